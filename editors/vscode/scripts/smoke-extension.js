#!/usr/bin/env node
// Loads extension.js from an unpacked .vsix, outside the source tree, with a stand-in for the
// `vscode` module (which only VS Code provides), and checks that:
//   - the language client it requires is found inside the package itself;
//   - `agree.path` and `agree.lang` become the command that starts the server;
//   - activating it starts that command (here fake-lsp-server.js) as `PATH lsp --lang nl`,
//     talks the protocol with it over stdio (initialize, initialized) and, on deactivation,
//     shuts it down (shutdown, exit);
//   - a missing executable is reported once with the setting to fix, and activation goes on;
//   - the language configuration's patterns compile as VS Code compiles them (JavaScript) and
//     take a date, a duration's number and a parameter as one word each.
// Usage: smoke-extension.js EXTENSION_DIR
'use strict';

const Module = require('module');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.resolve(process.argv[2]);

// The stand-in: what the extension and its client read is given; anything else is a callable
// that returns the stand-in again (an event to subscribe to, a disposable, a channel).
const anything = new Proxy(function vscode() {}, {
  get: (target, key) => {
    if (key === 'then' || key === Symbol.iterator) return undefined;
    if (key === Symbol.toPrimitive) return () => '';
    return anything;
  },
  apply: () => anything,
  construct: () => anything,
});
const withFallback = (object) =>
  new Proxy(object, { get: (target, key) => (key in target ? target[key] : key === 'then' ? undefined : anything) });
let settings = {};
const errors = [];
const vscode = withFallback({
  version: '1.90.0',
  env: withFallback({ language: 'en' }),
  workspace: withFallback({
    getConfiguration: (section) => {
      assert.strictEqual(section, 'agree');
      return { get: (key) => settings[key] };
    },
    workspaceFolders: undefined,
    textDocuments: [],
    notebookDocuments: [],
  }),
  window: withFallback({
    showErrorMessage: (message) => {
      errors.push(message);
      return Promise.resolve(undefined);
    },
  }),
});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return load.call(this, request, parent, isMain);
};

async function main() {
  const extension = require(path.join(dir, 'extension.js'));
  const client = require.resolve('vscode-languageclient/node', { paths: [dir] });
  assert.ok(client.startsWith(dir + path.sep), `vscode-languageclient comes from ${client}, not from the package`);

  const get = (values) => ({ get: (key) => values[key] });
  assert.deepStrictEqual(extension.serverOptions(get({ path: 'agree', lang: '' })), { command: 'agree', args: ['lsp'] });
  assert.deepStrictEqual(extension.serverOptions(get({ path: ' /opt/agree/bin/agree ', lang: 'nl' })), {
    command: '/opt/agree/bin/agree',
    args: ['lsp', '--lang', 'nl'],
  });
  assert.deepStrictEqual(extension.serverOptions(get({})), { command: 'agree', args: ['lsp'] });

  // A real start and stop, with the stand-in server behind a small executable as agree.path.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agree-vscode-'));
  try {
    const server = path.join(tmp, 'agree');
    const log = path.join(tmp, 'server.log');
    fs.writeFileSync(
      server,
      `#!/bin/sh\nAGREE_FAKE_LSP_LOG='${log}' exec '${process.execPath}' '${path.join(__dirname, 'fake-lsp-server.js')}' "$@"\n`,
      { mode: 0o755 },
    );
    settings = { path: server, lang: 'nl' };
    const context = { subscriptions: [] };
    await extension.activate(context);
    await extension.deactivate();
    assert.deepStrictEqual(errors, []);
    // The client sends `exit` without waiting for the server to read it.
    const seen = () => fs.readFileSync(log, 'utf8').trim().split('\n');
    for (let i = 0; i < 50 && !seen().includes('exit'); ++i) await new Promise((r) => setTimeout(r, 100));
    assert.deepStrictEqual(seen(), [
      '["lsp","--lang","nl"]',
      'initialize',
      'initialized',
      'shutdown',
      'exit',
    ]);
    assert.ok(context.subscriptions.length >= 2, 'the restart command and the settings watch are registered');

    settings = { path: path.join(tmp, 'no-such-agree') };
    await extension.activate({ subscriptions: [] });
    await extension.deactivate();
    assert.ok(
      errors.some((e) => e.includes('no-such-agree lsp') && e.includes('"agree.path"')),
      `no message names the missing executable and the setting:\n${errors.join('\n')}`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const manifest = require(path.join(dir, 'package.json'));
  assert.ok(manifest.activationEvents.includes('onLanguage:agree'));
  assert.deepStrictEqual(manifest.contributes.languages[0].extensions, ['.agree', '.scenario']);
  const config = require(path.join(dir, manifest.contributes.languages[0].configuration));
  assert.deepStrictEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
  const word = new RegExp(config.wordPattern, 'g');
  const words = (text) => text.match(word);
  assert.deepStrictEqual(words('start 2026-01-01T09:30 under 16.2'), ['start', '2026-01-01T09:30', 'under', '16.2']);
  assert.deepStrictEqual(words('due by --07-15 or 2/3 of $notice_period'), [
    'due',
    'by',
    '--07-15',
    'or',
    '2/3',
    'of',
    '$notice_period',
  ]);
  const indent = new RegExp(config.indentationRules.increaseIndentPattern);
  assert.ok(indent.test('article 4 "Term" {') && !indent.test('party acme { name "A" }'));
  assert.ok(new RegExp(config.indentationRules.decreaseIndentPattern).test('  }'));
  assert.ok(new RegExp(config.folding.markers.start).test('  // region payments'));
  assert.ok(new RegExp(config.folding.markers.end).test('// endregion'));
  console.log(
    `extension loads from the package (client: ${path.relative(dir, client)}), starts and stops ` +
      '`agree lsp --lang nl` over stdio, and reports a missing executable',
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
