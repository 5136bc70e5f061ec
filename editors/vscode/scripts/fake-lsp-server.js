// A stand-in for `agree lsp` in the extension's smoke test: writes its arguments and the
// method of each message it receives to the file named by AGREE_FAKE_LSP_LOG, and answers
// just enough of the protocol (initialize, shutdown, exit) for a client to start and stop it.
'use strict';

const fs = require('fs');

const log = process.env.AGREE_FAKE_LSP_LOG;
fs.writeFileSync(log, `${JSON.stringify(process.argv.slice(2))}\n`);

const send = (message) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  process.stdout.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
};

let pending = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  for (;;) {
    const headerEnd = pending.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(pending.subarray(0, headerEnd).toString('ascii'))[1]);
    if (pending.length < headerEnd + 4 + length) return;
    const message = JSON.parse(pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    pending = pending.subarray(headerEnd + 4 + length);
    fs.appendFileSync(log, `${message.method}\n`);
    if (message.method === 'initialize') {
      send({ id: message.id, result: { capabilities: { textDocumentSync: 2 }, serverInfo: { name: 'fake agree lsp' } } });
    } else if (message.method === 'shutdown') {
      send({ id: message.id, result: null });
    } else if (message.method === 'exit') {
      process.exit(0);
    }
  }
});
