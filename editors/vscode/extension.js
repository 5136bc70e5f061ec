// The agree extension: colours come from the TextMate grammar (package.json); everything that
// needs the compiler — diagnostics, hovers, definitions, completion, formatting — comes from
// the language server `agree lsp`, started here over stdio. Plain JavaScript, no build step.
'use strict';

const vscode = require('vscode');
const { LanguageClient, State } = require('vscode-languageclient/node');

let client;

// How `agree lsp` is started, from the settings `agree.path` and `agree.lang`. No transport
// is named: the client then talks over the server's stdin and stdout without adding a
// `--stdio` argument the server does not need.
function serverOptions(settings) {
  const command = (settings.get('path') || '').trim() || 'agree';
  const args = ['lsp'];
  const lang = (settings.get('lang') || '').trim();
  if (lang) args.push('--lang', lang);
  return { command, args };
}

function clientOptions() {
  return {
    documentSelector: [
      { scheme: 'file', language: 'agree' },
      { scheme: 'untitled', language: 'agree' },
    ],
    // An imported file or a scenario changed on disk changes the answers of the files open.
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{agree,scenario}'),
    },
  };
}

async function start() {
  const settings = vscode.workspace.getConfiguration('agree');
  const options = serverOptions(settings);
  client = new LanguageClient('agree', 'agree language server', options, clientOptions());
  try {
    await client.start();
  } catch (err) {
    const message =
      `agree: could not start \`${options.command} ${options.args.join(' ')}\` (${err && err.message ? err.message : err}). ` +
      'Set "agree.path" to the agree executable; colouring works without it.';
    vscode.window.showErrorMessage(message);
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running && running.state !== State.Stopped) await running.stop();
}

async function restart() {
  await stop();
  await start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('agree.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('agree.path') || e.affectsConfiguration('agree.lang')) restart();
    }),
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate, serverOptions };
