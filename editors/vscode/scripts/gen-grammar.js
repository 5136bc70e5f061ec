#!/usr/bin/env node
// Writes syntaxes/agree.tmLanguage.json from the language's own sources: every keyword of
// grammar/keywords.def in English and in Dutch, and the lexer rules of grammar/Agree.g4 for
// dates, numbers, names, strings and comments. Run it again after adding a keyword or a token:
//   node scripts/gen-grammar.js           writes the grammar
//   node scripts/gen-grammar.js --check   exits 1 when the committed grammar is not what it
//                                         would write (the test that nobody forgot to run it)
'use strict';

const fs = require('fs');
const path = require('path');
const lexicon = require('./lexicon');
const { readLexer } = require('./antlr-lexer');

// How each token of the lexer is coloured, by its name. A token the lexer gains that is not a
// keyword and not listed here stops the generator: someone decides how it looks.
const valueScopes = {
  DATETIME: 'constant.numeric.date.datetime.agree',
  DATE: 'constant.numeric.date.agree',
  YEAR_MONTH: 'constant.numeric.date.year-month.agree',
  MONTH_DAY: 'constant.numeric.date.month-day.agree',
  FRACTION: 'constant.numeric.fraction.agree',
  BAD_DATE: 'invalid.illegal.date.agree',
  // An article or clause number with its dots (16.2): where the agreement points at its text.
  DOTTED: 'constant.other.reference.article.agree',
  NUMBER: 'constant.numeric.integer.agree',
  PARAM: 'variable.parameter.agree',
};
const punctuationScopes = {
  LBRACE: 'punctuation.section.block.begin.agree',
  RBRACE: 'punctuation.section.block.end.agree',
  LPAREN: 'punctuation.section.parens.begin.agree',
  RPAREN: 'punctuation.section.parens.end.agree',
  COMMA: 'punctuation.separator.comma.agree',
  COLON: 'punctuation.separator.key-value.agree',
  EQUALS: 'keyword.operator.assignment.agree',
};
// Tokens the grammar below reads from their own rule, not from the tables above.
const structuralTokens = [
  'IDENT',
  'STRING',
  'UNTERMINATED_STRING',
  'LINE_COMMENT',
  'BLOCK_COMMENT',
  'UNTERMINATED_COMMENT',
  'WS',
  'BAD_CHAR',
];
// A date-like token is not taken where the lexer's longest match would run on into a longer
// one: before a digit, or before `-`/`/` and a digit (then it is a malformed date, BAD_DATE).
const runsOn = { DOTTED: '(?![0-9])', BAD_DATE: '(?![0-9])', NUMBER: '(?![0-9])' };
const runsOnDefault = '(?![-/]?[0-9])';

// The words that steer a clause: conditions and the joints between its parts.
const controlTokens = ['IF', 'UNLESS', 'WHEN', 'THEN', 'WHILE', 'UNTIL', 'AND', 'OR', 'EXCEPT'];

// What a declaration's name is, by the keyword that declares it (the rest: entity.name.type).
const declaredScopes = {
  AGREEMENT: 'entity.name.type.agreement.agree',
  PARTY: 'entity.name.type.party.agree',
  GROUP: 'entity.name.type.group.agree',
  BODY: 'entity.name.type.body.agree',
  EVENT: 'entity.name.function.event.agree',
  SCENARIO: 'entity.name.function.scenario.agree',
  TEMPLATE: 'entity.name.function.template.agree',
  ARTICLE: 'entity.name.section.article.agree',
  CLAUSE: 'entity.name.section.clause.agree',
};

const alternation = (words) =>
  [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');

function build(root) {
  const rows = lexicon.readKeywords(root);
  const grammar = lexicon.readAntlrGrammar(root);
  const lexer = readLexer(grammar);
  const byToken = new Map(rows.map((r) => [r.token, r]));

  // Every lexer rule is accounted for: a keyword of the table, a value, punctuation or one of
  // the structural rules.
  for (const [name, rule] of lexer) {
    const known =
      byToken.has(name) || name in valueScopes || name in punctuationScopes || structuralTokens.includes(name);
    if (!known) throw new Error(`lexer rule ${name} has no colour: give it a scope in scripts/gen-grammar.js`);
    if (byToken.has(name) && rule.literal !== byToken.get(name).english)
      throw new Error(`keyword ${name} is '${rule.literal}' in Agree.g4 but "${byToken.get(name).english}" in keywords.def`);
  }
  for (const r of rows) if (!lexer.has(r.token)) throw new Error(`keywords.def lists ${r.token}, Agree.g4 has no such rule`);

  const ident = lexer.get('IDENT').regex;
  const wordEnd = '(?![a-zA-Z0-9_])';
  if (ident !== '[a-zA-Z_][a-zA-Z0-9_]*')
    throw new Error(`IDENT is now ${ident}: check wordEnd in scripts/gen-grammar.js`);

  // Strings and comments: their delimiters come from the lexer rules, whose shape is checked so
  // a change to them is noticed here.
  const string = lexer.get('STRING');
  const stringShape = /^'(.)'\s*\(\s*~\[([^\]]*)\]\s*\|\s*'(\\\\)'\s*~\[\\n\]\s*\)\*\s*'(.)'$/.exec(string.body);
  if (!stringShape || !stringShape[2].includes('\\n'))
    throw new Error('STRING is no longer "one line, backslash escapes": update the string rule of scripts/gen-grammar.js');
  const quote = stringShape[1];
  const lineComment = /^'(.+)'\s*~\[\\r\\n\]\*$/.exec(lexer.get('LINE_COMMENT').body);
  const blockComment = /^'(.+)'\s*\.\*\?\s*'(.+)'$/.exec(lexer.get('BLOCK_COMMENT').body);
  if (!lineComment || !blockComment) throw new Error('the comment rules changed shape: update scripts/gen-grammar.js');
  const esc = (s) => s.replace(/[.*+?^$()[\]{}|\\/]/g, '\\$&');
  // Whitespace is nothing; anything else the lexer takes for no token is a bad character.
  const ws = /^\[(.*)\]\+$/.exec(lexer.get('WS').regex);
  if (!ws) throw new Error('WS is no longer one set of characters: update scripts/gen-grammar.js');

  const repository = {
    comments: {
      patterns: [
        {
          name: 'comment.line.double-slash.agree',
          begin: esc(lineComment[1]),
          beginCaptures: { 0: { name: 'punctuation.definition.comment.agree' } },
          end: '$',
        },
        {
          name: 'comment.block.agree',
          begin: esc(blockComment[1]),
          beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.agree' } },
          end: esc(blockComment[2]),
          endCaptures: { 0: { name: 'punctuation.definition.comment.end.agree' } },
        },
      ],
    },
    // A text stays on its line: one without its closing quote ends there (the lexer reports it).
    strings: {
      name: 'string.quoted.double.agree',
      begin: esc(quote),
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.agree' } },
      end: `${esc(stringShape[4])}|$`,
      endCaptures: { 0: { name: 'punctuation.definition.string.end.agree' } },
      patterns: [{ name: 'constant.character.escape.agree', match: `\\\\[^\\n]` }],
    },
    values: {
      patterns: [...lexer.keys()]
        .filter((t) => t in valueScopes)
        .map((t) => ({ name: valueScopes[t], match: lexer.get(t).regex + (runsOn[t] || runsOnDefault) })),
    },
    identifiers: { name: 'variable.other.agree', match: ident },
    punctuation: {
      patterns: Object.entries(punctuationScopes).map(([t, name]) => ({ name, match: lexer.get(t).regex })),
    },
    'bad-characters': { name: 'invalid.illegal.character.agree', match: `[^${ws[1]}]` },
  };

  const unitTokens = lexicon.ruleTokens(grammar, 'unit');
  const declarations = lexicon.declarations(grammar);
  const declarationTokens = new Set(
    [...grammar.matchAll(/^\w+Decl\s*:\s*([A-Z][A-Z_]*)/gm)].map((m) => m[1]),
  );
  const templateUse = /^templateUse\s*:\s*([A-Z][A-Z_]*)\s+ident\b/m.exec(grammar);

  // The patterns of one language: its keywords, and the names its declarations introduce.
  const language = (lang) => {
    const word = (token) => byToken.get(token)[lang];
    const words = (tokens) => alternation(tokens.filter((t) => byToken.has(t)).map(word));
    const allWords = alternation(rows.map((r) => r[lang]));
    // A name is not a keyword: `group parties` keeps `parties` a keyword, as the lexer does.
    const name = `(?!(?:${allWords})${wordEnd})${ident}`;
    const articleId = `${lexer.get('DOTTED').regex}|${lexer.get('NUMBER').regex}`;
    const heads = declarations.map((d) => ({
      match: `\\b(${word(d.token)})\\s+(${d.names === 'ident' ? name : `(?:${articleId})${runsOn.NUMBER}`})`,
      captures: {
        1: { name: 'keyword.other.declaration.agree' },
        2: { name: declaredScopes[d.token] || `entity.name.type.${d.token.toLowerCase()}.agree` },
      },
    }));
    if (templateUse)
      heads.push({
        match: `\\b(${word(templateUse[1])})\\s+(${name})`,
        captures: { 1: { name: 'keyword.other.agree' }, 2: { name: 'entity.name.function.template.agree' } },
      });
    // The unit rule spelled in words: `working days` is one unit.
    const unitBody = /^unit\s*:([^;]*);/m.exec(grammar)[1];
    const unit = unitBody
      .replace(/\b([A-Z][A-Z_]*)\b/g, (t) => `\u0000${t}`)
      .split('|')
      .map((alt) => alt.trim())
      .join('|')
      .replace(/\(\s*/g, '(?:')
      .replace(/\s*\)/g, ')')
      .replace(/\u0000([A-Z][A-Z_]*)\s+(?=\u0000|\(\?:)/g, (m, t) => `${word(t)}\\s+`)
      .replace(/\u0000([A-Z][A-Z_]*)/g, (m, t) => word(t))
      .replace(/\s*\|\s*/g, '|');
    const duration = {
      match: `(${lexer.get('NUMBER').regex})\\s*((?:${unit})${wordEnd})`,
      captures: { 1: { name: 'constant.numeric.duration.agree' }, 2: { name: 'keyword.other.unit.agree' } },
    };
    const groupOf = (tokens) => rows.filter((r) => tokens.has(r.token)).map((r) => r.token);
    const control = new Set(controlTokens);
    const declarationSet = new Set(declarationTokens);
    const units = new Set(unitTokens);
    const others = rows.map((r) => r.token).filter((t) => !control.has(t) && !declarationSet.has(t) && !units.has(t));
    const keyword = (tokens, scope) => ({ name: scope, match: `(?:${words(tokens)})${wordEnd}` });
    return {
      patterns: [
        { include: '#comments' },
        { include: '#strings' },
        ...heads,
        duration,
        { include: '#values' },
        keyword(groupOf(control), 'keyword.control.agree'),
        keyword(groupOf(declarationSet), 'keyword.other.declaration.agree'),
        keyword(groupOf(units), 'keyword.other.unit.agree'),
        keyword(others, 'keyword.other.agree'),
        { include: '#identifiers' },
        { include: '#punctuation' },
        { include: '#bad-characters' },
      ],
    };
  };
  repository.english = language('english');
  repository.dutch = language('dutch');

  // A file is in the language of its first keyword (docs/language.md, "One language per
  // file"): the first word only one language has opens that language's region, which runs to
  // the end of the file. A declaration both languages spell alike (`scenario`) is read before
  // that, its name aside, so a scenario called `opzegging` does not make its file Dutch.
  const { onlyEnglish, onlyDutch } = lexicon.languageSets(rows);
  const shared = declarations.filter((d) => byToken.get(d.token).english === byToken.get(d.token).dutch);
  const toEnd = '(?!)';
  const region = (lang, onlyWords) => ({
    name: `meta.language.${lang}.agree`,
    begin: `(?<![a-zA-Z0-9_$])(?=(?:${alternation(onlyWords)})${wordEnd})`,
    end: toEnd,
    patterns: [{ include: `#${lang}` }],
  });
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'agree',
    scopeName: 'source.agree',
    comment: 'GENERATED by editors/vscode/scripts/gen-grammar.js from grammar/keywords.def and grammar/Agree.g4; do not edit, run the script.',
    fileTypes: ['agree', 'scenario'],
    patterns: [
      { include: '#comments' },
      { include: '#strings' },
      ...shared.map((d) => ({
        match: `\\b(${byToken.get(d.token).english})\\s+(${ident})`,
        captures: {
          1: { name: 'keyword.other.declaration.agree' },
          2: { name: declaredScopes[d.token] || `entity.name.type.${d.token.toLowerCase()}.agree` },
        },
      })),
      region('english', onlyEnglish),
      region('dutch', onlyDutch),
      { include: '#english' },
    ],
    repository,
  };
}

function render(root) {
  return `${JSON.stringify(build(root), null, 2)}\n`;
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const rootArg = args.find((a) => !a.startsWith('--'));
  const root = rootArg ? path.resolve(rootArg) : lexicon.repoRoot;
  const target = path.join(__dirname, '..', 'syntaxes', 'agree.tmLanguage.json');
  const fresh = render(root);
  if (check) {
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (committed !== fresh) {
      console.error(
        `${path.relative(process.cwd(), target)} is not what scripts/gen-grammar.js makes of grammar/keywords.def ` +
          'and grammar/Agree.g4: run `node editors/vscode/scripts/gen-grammar.js` and commit the result',
      );
      process.exit(1);
    }
    console.log('agree.tmLanguage.json is up to date');
    return;
  }
  fs.writeFileSync(target, fresh);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

if (require.main === module) main();
module.exports = { build, render };
