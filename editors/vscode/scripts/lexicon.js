// What the language's own sources say about its words: the keyword table (grammar/keywords.def)
// and the parser rules of grammar/Agree.g4 that group keywords (units, clause kinds, the
// declarations). The grammar generator and the corpus check both read the language from here,
// so a keyword added to keywords.def is coloured, and checked, without touching this folder.
'use strict';

const fs = require('fs');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..', '..');

// AGREE_KEYWORD(TOKEN, "english", "dutch"), one row per keyword of the lexer.
function readKeywords(root = repoRoot) {
  const text = fs.readFileSync(path.join(root, 'grammar', 'keywords.def'), 'utf8');
  const rows = [];
  const row = /^AGREE_KEYWORD\((\w+),\s*"(\w+)",\s*"(\w+)"\)/gm;
  for (let m; (m = row.exec(text));) rows.push({ token: m[1], english: m[2], dutch: m[3] });
  if (rows.length === 0) throw new Error('grammar/keywords.def lists no keyword');
  return rows;
}

function readAntlrGrammar(root = repoRoot) {
  return fs.readFileSync(path.join(root, 'grammar', 'Agree.g4'), 'utf8');
}

// The tokens a parser rule is made of (`unit : DAY | DAYS | ...;`), in order, without repeats.
function ruleTokens(grammar, rule) {
  const m = new RegExp(`^${rule}\\s*:([^;]*);`, 'm').exec(grammar);
  if (!m) throw new Error(`grammar/Agree.g4 has no rule ${rule}`);
  const body = m[1].replace(/\/\/[^\n]*/g, '').replace(/#\s*\w+/g, '');
  return [...new Set(body.match(/\b[A-Z][A-Z_]*\b/g) || [])];
}

// The declarations that name something with their first words: `partyDecl : PARTY ident ...`,
// `articleDecl : ARTICLE articleId ...`. Returns [{token, names}] with names 'ident' or
// 'articleId'.
function declarations(grammar) {
  const out = [];
  const decl = /^(\w+Decl)\s*:\s*([A-Z][A-Z_]*)\s+(ident|articleId)\b/gm;
  for (let m; (m = decl.exec(grammar));) out.push({ rule: m[1], token: m[2], names: m[3] });
  return out;
}

// A keyword's language, as the compiler settles a file's (docs/language.md, "One language per
// file"): a word spelled the same in both tables (`scenario`, `in`, `of`) tells nothing.
function languageSets(rows) {
  const english = new Set(rows.map((r) => r.english));
  const dutch = new Set(rows.map((r) => r.dutch));
  const onlyEnglish = [...english].filter((w) => !dutch.has(w));
  const onlyDutch = [...dutch].filter((w) => !english.has(w));
  return { english, dutch, onlyEnglish, onlyDutch };
}

module.exports = { repoRoot, readKeywords, readAntlrGrammar, ruleTokens, declarations, languageSets };
