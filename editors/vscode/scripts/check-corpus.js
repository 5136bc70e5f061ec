#!/usr/bin/env node
// Colours every example, corpus and standard-library file with the committed TextMate grammar
// and compares it with the compiler's reading of the same text, found here independently of
// the grammar (a small scanner after grammar/Agree.g4 and the language rule of
// docs/language.md, "One language per file"):
//   - every word that is a keyword in the file's language gets a keyword scope, and no other
//     word does (an English keyword in a Dutch file is a name);
//   - every string and comment is coloured as one, from its first character to its last, and
//     nothing outside them is (no string or comment runs past its end; no line starts in a
//     string).
// Usage: check-corpus.js REPO_ROOT [--grammar FILE]
//   exits 1 with file:line:col for each difference (FILE: another grammar than the committed one)
'use strict';

const fs = require('fs');
const path = require('path');
const lexicon = require('./lexicon');
const { loadGrammar, tokenizeText } = require('./tokenize');

// The lexer's tokens that matter here: comments, strings, words, and the rest as one class.
function scan(text) {
  const tokens = [];
  const re =
    /(\/\/[^\r\n]*)|(\/\*[\s\S]*?(?:\*\/|$(?![\s\S])))|("(?:[^"\\\n]|\\[^\n])*(?:"|\\?))|(\$[A-Za-z_]\w*)|([A-Za-z_][A-Za-z0-9_]*)|([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}|--[0-9]{2}-[0-9]{2}|[0-9]+(?:[-/.][0-9]+)*)|(\s+)|([\s\S])/gy;
  const kinds = ['lineComment', 'blockComment', 'string', 'param', 'word', 'number', 'space', 'other'];
  for (let m; re.lastIndex < text.length && (m = re.exec(text));) {
    const k = kinds.findIndex((_, i) => m[i + 1] !== undefined);
    if (kinds[k] !== 'space') tokens.push({ kind: kinds[k], text: m[0], offset: m.index });
  }
  return tokens;
}

// docs/language.md: a file is in the language of its first word when that is a keyword of one
// language only; else the language most of its keywords are in, a scenario's own name aside;
// English on a tie.
function fileLanguage(tokens, sets) {
  const words = [];
  for (let i = 0; i < tokens.length; ++i) {
    const t = tokens[i];
    if (t.kind === 'lineComment' || t.kind === 'blockComment') continue;
    words.push({ word: t.kind === 'word' ? t.text : null });
  }
  const of = (w) => {
    const en = sets.english.has(w);
    const nl = sets.dutch.has(w);
    if (en === nl) return null;
    return en ? 'english' : 'dutch';
  };
  if (words.length && words[0].word && of(words[0].word)) return of(words[0].word);
  const votes = { english: 0, dutch: 0 };
  for (let i = 0; i < words.length; ++i) {
    if (i > 0 && words[i - 1].word === 'scenario') continue;
    const l = words[i].word && of(words[i].word);
    if (l) ++votes[l];
  }
  return votes.dutch > votes.english ? 'dutch' : 'english';
}

function filesUnder(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else if (/\.(agree|scenario)$/.test(e.name)) out.push(p);
  }
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const g = args.indexOf('--grammar');
  const grammarFile = g >= 0 ? path.resolve(args.splice(g, 2)[1]) : undefined;
  const root = path.resolve(args[0] || lexicon.repoRoot);
  const rows = lexicon.readKeywords(root);
  const sets = lexicon.languageSets(rows);
  const grammar = await loadGrammar(grammarFile);
  const files = [...filesUnder(path.join(root, 'examples')), ...filesUnder(path.join(root, 'stdlib'))];
  const failures = [];
  let keywords = 0;
  let names = 0;
  let texts = 0;
  const languages = { english: 0, dutch: 0 };

  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const tokens = scan(text);
    const language = fileLanguage(tokens, sets);
    ++languages[language];
    const lines = tokenizeText(grammar, text);
    const lineStarts = [0];
    for (let i = 0; i < text.length; ++i) if (text[i] === '\n') lineStarts.push(i + 1);
    const where = (offset) => {
      let line = lineStarts.length - 1;
      while (lineStarts[line] > offset) --line;
      return { line, col: offset - lineStarts[line] };
    };
    const scopesAt = (offset) => {
      const { line, col } = where(offset);
      const t = lines[line].find((tok) => tok.start <= col && col < tok.end);
      return t ? t.scopes : [];
    };
    const rel = path.relative(root, file);
    const fail = (offset, why) => {
      const { line, col } = where(offset);
      failures.push(`${rel}:${line + 1}:${col + 1}: ${why}`);
    };
    const has = (scopes, prefix) => scopes.some((s) => s.startsWith(prefix));
    const inside = (kind) => (kind === 'string' ? 'string.quoted.double.' : 'comment.');

    for (const t of tokens) {
      if (t.kind === 'word') {
        const scopes = scopesAt(t.offset);
        const isKeyword = sets[language].has(t.text);
        if (isKeyword && !has(scopes, 'keyword.')) {
          fail(t.offset, `keyword "${t.text}" (${language} file) coloured ${scopes.slice(1).join(' ') || 'as nothing'}`);
        } else if (!isKeyword && has(scopes, 'keyword.')) {
          fail(t.offset, `name "${t.text}" (${language} file) coloured as a keyword`);
        }
        if (isKeyword) ++keywords;
        else ++names;
      }
      const kind = t.kind === 'string' ? 'string' : /Comment$/.test(t.kind) ? 'comment' : null;
      // Every character of a string or comment is in it; every other character is in neither.
      for (let i = 0; i < t.text.length; ++i) {
        if (t.text[i] === '\n') continue;
        const scopes = scopesAt(t.offset + i);
        if (kind && !has(scopes, inside(kind))) {
          fail(t.offset + i, `${kind} ${JSON.stringify(t.text.slice(0, 40))} not coloured as one here`);
          break;
        }
        if (!kind && (has(scopes, 'string.') || has(scopes, 'comment.'))) {
          fail(t.offset + i, `${JSON.stringify(t.text)} coloured as ${scopes.slice(1).join(' ')}: a string or comment ran on`);
          break;
        }
      }
      if (kind === 'string') ++texts;
    }
  }

  for (const f of failures.slice(0, 50)) console.error(f);
  if (failures.length > 50) console.error(`... and ${failures.length - 50} more`);
  console.log(
    `${files.length} files (${languages.english} English, ${languages.dutch} Dutch): ${keywords} keywords, ` +
      `${names} names and ${texts} texts checked, ${failures.length} differences`,
  );
  process.exit(failures.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
