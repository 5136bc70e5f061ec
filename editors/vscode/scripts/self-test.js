#!/usr/bin/env node
// The grammar's checks can fail, and the generator follows the language:
//   1. a keyword added to grammar/keywords.def and Agree.g4 (in a copy of grammar/) is
//      coloured in both its spellings by a fresh generation, and `gen-grammar.js --check`
//      then reports the committed grammar as out of date;
//   2. a lexer rule without a colour stops the generator;
//   3. a grammar that has lost a keyword (`notice`) fails the check over the examples.
// Usage: self-test.js REPO_ROOT WORK_DIR
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { build, render } = require('./gen-grammar');
const { committedGrammar } = require('./tokenize');

const root = path.resolve(process.argv[2]);
const work = path.resolve(process.argv[3]);
fs.rmSync(work, { recursive: true, force: true });

// A copy of grammar/ with one more keyword, as a worker adding `expect` would write it.
const copy = path.join(work, 'root');
fs.mkdirSync(path.join(copy, 'grammar'), { recursive: true });
const def = fs.readFileSync(path.join(root, 'grammar', 'keywords.def'), 'utf8');
const g4 = fs.readFileSync(path.join(root, 'grammar', 'Agree.g4'), 'utf8');
fs.writeFileSync(path.join(copy, 'grammar', 'keywords.def'), `${def}AGREE_KEYWORD(ZZPROBE, "zzprobe", "zzpeiling")\n`);
fs.writeFileSync(path.join(copy, 'grammar', 'Agree.g4'), g4.replace(/^IMPORT : 'import' ;$/m, "$&\nZZPROBE : 'zzprobe' ;"));

const fresh = build(copy);
const keywordsOf = (lang) =>
  fresh.repository[lang].patterns.filter((p) => p.name === 'keyword.other.agree').map((p) => p.match).join('');
assert.match(keywordsOf('english'), /\bzzprobe\b/, 'the new English keyword is not in the English keywords');
assert.match(keywordsOf('dutch'), /\bzzpeiling\b/, 'the new Dutch keyword is not in the Dutch keywords');
assert.doesNotMatch(keywordsOf('english'), /zzpeiling/, 'the Dutch spelling is an English keyword');
const gen = path.join(__dirname, 'gen-grammar.js');
const check = spawnSync(process.execPath, [gen, '--check', copy], { encoding: 'utf8' });
assert.strictEqual(check.status, 1, `--check passed on a grammar that lacks a keyword:\n${check.stdout}${check.stderr}`);
assert.match(check.stderr, /run `node editors\/vscode\/scripts\/gen-grammar.js`/);
console.log('1. a new keyword is coloured in English and Dutch; --check flags the stale grammar');

// A token nobody gave a colour.
fs.writeFileSync(path.join(copy, 'grammar', 'Agree.g4'), g4.replace(/^NUMBER : /m, "PERCENT : DIGIT+ '%' ;\n$&"));
assert.throws(() => render(copy), /lexer rule PERCENT has no colour/);
console.log('2. a lexer rule without a colour stops the generator');

// The committed grammar without `notice`: the examples use it as a keyword.
const grammar = JSON.parse(fs.readFileSync(committedGrammar, 'utf8'));
for (const p of grammar.repository.english.patterns)
  if (p.name === 'keyword.other.agree') p.match = p.match.replace(/\|notice\|/, '|');
const broken = path.join(work, 'without-notice.tmLanguage.json');
fs.writeFileSync(broken, JSON.stringify(grammar));
const corpus = spawnSync(process.execPath, [path.join(__dirname, 'check-corpus.js'), root, '--grammar', broken], {
  encoding: 'utf8',
});
assert.strictEqual(corpus.status, 1, `the check over the examples passed without "notice":\n${corpus.stdout}`);
assert.match(corpus.stderr, /keyword "notice" \(english file\) coloured .*variable\.other\.agree/);
console.log('3. a grammar without "notice" fails the check over the examples');
fs.rmSync(work, { recursive: true, force: true });
