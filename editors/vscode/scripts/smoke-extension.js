#!/usr/bin/env node
// Loads extension.js from an unpacked .vsix, outside the source tree, with a stand-in for the
// `vscode` module (which only VS Code provides), and checks that:
//   - the language client it requires is found inside the package itself;
//   - `agree.path` and `agree.lang` become the command that starts the server;
//   - the language configuration's patterns compile as VS Code compiles them (JavaScript) and
//     take a date, a duration's number and a parameter as one word each.
// Usage: smoke-extension.js EXTENSION_DIR
'use strict';

const Module = require('module');
const path = require('path');
const assert = require('assert');

const dir = path.resolve(process.argv[2]);

// Every property of the stand-in is a callable that returns the stand-in again, so the
// client library can be loaded; the extension's own calls are not made here.
const standIn = new Proxy(function vscode() {}, {
  get: (target, key) => (key === '__esModule' ? false : key === 'then' ? undefined : standIn),
  apply: () => standIn,
  construct: () => standIn,
});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return standIn;
  return load.call(this, request, parent, isMain);
};

const extension = require(path.join(dir, 'extension.js'));
const client = require.resolve('vscode-languageclient/node', { paths: [dir] });
assert.ok(client.startsWith(dir + path.sep), `vscode-languageclient comes from ${client}, not from the package`);
assert.strictEqual(typeof extension.activate, 'function');
assert.strictEqual(typeof extension.deactivate, 'function');

const settings = (values) => ({ get: (key) => values[key] });
assert.deepStrictEqual(extension.serverOptions(settings({ path: 'agree', lang: '' })), {
  command: 'agree',
  args: ['lsp'],
});
assert.deepStrictEqual(extension.serverOptions(settings({ path: ' /opt/agree/bin/agree ', lang: 'nl' })), {
  command: '/opt/agree/bin/agree',
  args: ['lsp', '--lang', 'nl'],
});
assert.deepStrictEqual(extension.serverOptions(settings({})), { command: 'agree', args: ['lsp'] });

const manifest = require(path.join(dir, 'package.json'));
assert.ok(manifest.activationEvents.includes('onLanguage:agree'));
assert.deepStrictEqual(manifest.contributes.languages[0].extensions, ['.agree', '.scenario']);
const config = require(path.join(dir, manifest.contributes.languages[0].configuration));
assert.deepStrictEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
const word = new RegExp(config.wordPattern, 'g');
const words = (text) => text.match(word);
assert.deepStrictEqual(words('start 2026-01-01T09:30 under 16.2'), ['start', '2026-01-01T09:30', 'under', '16.2']);
assert.deepStrictEqual(words('due by --07-15 or 2/3 of $notice_period'), ['due', 'by', '--07-15', 'or', '2/3', 'of', '$notice_period']);
const indent = new RegExp(config.indentationRules.increaseIndentPattern);
assert.ok(indent.test('article 4 "Term" {') && !indent.test('party acme { name "A" }'));
assert.ok(new RegExp(config.indentationRules.decreaseIndentPattern).test('  }'));
assert.ok(new RegExp(config.folding.markers.start).test('  // region payments'));
assert.ok(new RegExp(config.folding.markers.end).test('// endregion'));
console.log(`extension loads from the package, its client from ${path.relative(dir, client)}`);
