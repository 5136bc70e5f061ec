// The lexer rules of grammar/Agree.g4 read as regular expressions, so the TextMate grammar
// matches dates, numbers and names exactly as the compiler's lexer spells them. Only the
// notation the lexer uses is understood: 'literals', [sets], ~negation, `.`, fragments,
// ( | ) groups and the * + ? *? repeats; anything else stops the generator with its rule name.
'use strict';

// Splits the lexer part of the grammar into rules: [{name, fragment, body, hidden}].
function lexerRules(grammar) {
  const start = grammar.search(/^[A-Z][A-Z_]*\s*:/m);
  // Comments of the grammar stand on lines of their own (a `//` inside a rule is a literal).
  const text = grammar.slice(start).replace(/^[ \t]*\/\/[^\n]*/gm, (c) => ' '.repeat(c.length));
  const rules = [];
  const head = /(fragment\s+)?([A-Z][A-Z_]*)\s*:/g;
  for (let m; (m = head.exec(text));) {
    let i = head.lastIndex;
    let inQuote = false;
    let inSet = false;
    for (; i < text.length; ++i) {
      const c = text[i];
      if (c === '\\' && (inQuote || inSet)) {
        ++i;
      } else if (inQuote) {
        if (c === "'") inQuote = false;
      } else if (inSet) {
        if (c === ']') inSet = false;
      } else if (c === "'") {
        inQuote = true;
      } else if (c === '[') {
        inSet = true;
      } else if (c === ';') {
        break;
      }
    }
    let body = text.slice(head.lastIndex, i).trim();
    const action = /->\s*([\w(), ]+)$/.exec(body);
    const hidden = action !== null;
    if (action) body = body.slice(0, action.index).trim();
    rules.push({ name: m[2], fragment: Boolean(m[1]), body, hidden });
    head.lastIndex = i + 1;
  }
  return rules;
}

// One character of a literal or a set, in regex notation.
function regexChar(c, inSet) {
  const special = inSet ? /[\]\\^\-[]/ : /[.*+?^$()[\]{}|\\/-]/;
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  if (c === '\f') return '\\f';
  const code = c.codePointAt(0);
  if (code < 0x20 || code > 0x7e) return `\\x{${code.toString(16).toUpperCase()}}`;
  return special.test(c) ? `\\${c}` : c;
}

// ANTLR escapes inside '...' and [...]: \n \r \t \f \\ \' \] \- \uXXXX.
function unescapeAntlr(s, i) {
  const c = s[i + 1];
  const simple = { n: '\n', r: '\r', t: '\t', f: '\f', b: '\b' };
  if (c in simple) return [simple[c], i + 2];
  if (c === 'u') return [String.fromCodePoint(parseInt(s.slice(i + 2, i + 6), 16)), i + 6];
  return [c, i + 2];
}

function translate(ruleName, body, rulesByName) {
  let i = 0;
  const fail = (why) => {
    throw new Error(`grammar/Agree.g4, lexer rule ${ruleName}: ${why} at "${body.slice(i)}"`);
  };
  const skipSpace = () => {
    while (i < body.length && /\s/.test(body[i])) ++i;
  };

  // A set [..] from i (at '['), as the inside of a regex class.
  const set = () => {
    ++i;
    let out = '';
    while (body[i] !== ']') {
      if (i >= body.length) fail('unclosed set');
      if (body[i] === '-' && out !== '') {
        out += '-';
        ++i;
        continue;
      }
      let c;
      if (body[i] === '\\') [c, i] = unescapeAntlr(body, i);
      else c = body[i++];
      out += regexChar(c, true);
    }
    ++i;
    return out;
  };
  const literal = () => {
    ++i;
    let out = '';
    while (body[i] !== "'") {
      if (i >= body.length) fail('unclosed literal');
      let c;
      if (body[i] === '\\') [c, i] = unescapeAntlr(body, i);
      else c = body[i++];
      out += c;
    }
    ++i;
    return out;
  };

  const alternatives = () => {
    const alts = [sequence()];
    while (body[i] === '|') {
      ++i;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  };
  const sequence = () => {
    let out = '';
    for (;;) {
      skipSpace();
      if (i >= body.length || body[i] === '|' || body[i] === ')') return out;
      let atom = element();
      skipSpace();
      if (i < body.length && '*+?'.includes(body[i])) {
        atom = /^(\\?.|\[[^\]]*\]|\(\?:.*\))$/.test(atom) ? atom : `(?:${atom})`;
        atom += body[i++];
        if (body[i] === '?') atom += body[i++];
      }
      out += atom;
    }
  };
  const element = () => {
    const c = body[i];
    if (c === "'") {
      const text = literal();
      const chars = [...text].map((ch) => regexChar(ch, false)).join('');
      return text.length === 1 ? chars : `(?:${chars})`;
    }
    if (c === '[') return `[${set()}]`;
    if (c === '.') {
      ++i;
      return '[\\s\\S]';
    }
    if (c === '~') {
      ++i;
      skipSpace();
      if (body[i] === '[') return `[^${set()}]`;
      if (body[i] === "'") {
        const text = literal();
        if ([...text].length !== 1) fail('~ of a literal longer than one character');
        return `[^${regexChar(text, true)}]`;
      }
      fail('~ before something that is not a set or a character');
    }
    if (c === '(') {
      ++i;
      const inner = alternatives();
      if (body[i] !== ')') fail('unclosed group');
      ++i;
      return inner.startsWith('(?:') && balancedGroup(inner) ? inner : `(?:${inner})`;
    }
    const name = /^[A-Z][A-Z_]*/.exec(body.slice(i));
    if (name && name[0] === 'EOF') {
      i += 3;
      return '\\z';
    }
    if (name) {
      i += name[0].length;
      const rule = rulesByName.get(name[0]);
      if (!rule || !rule.fragment) fail(`${name[0]} is not a fragment`);
      const inner = translate(name[0], rule.body, rulesByName);
      return /^(\\?.|\[[^\]]*\])$/.test(inner) ? inner : `(?:${inner})`;
    }
    return fail('notation this translator does not know');
  };

  const out = alternatives();
  if (i !== body.length) fail('unexpected');
  return out;
}

// True when a (?:...) string is one group from its first character to its last.
function balancedGroup(s) {
  let depth = 0;
  for (let i = 0; i < s.length; ++i) {
    if (s[i] === '\\') {
      ++i;
      continue;
    }
    if (s[i] === '[') {
      while (s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
      continue;
    }
    if (s[i] === '(') ++depth;
    if (s[i] === ')' && --depth === 0 && i !== s.length - 1) return false;
  }
  return true;
}

// name -> {regex, literal (the text when the rule is one literal), hidden, body}
function readLexer(grammar) {
  const rules = lexerRules(grammar);
  const byName = new Map(rules.map((r) => [r.name, r]));
  const out = new Map();
  for (const r of rules) {
    if (r.fragment) continue;
    const lit = /^'((?:[^'\\]|\\.)*)'$/.exec(r.body);
    out.set(r.name, {
      regex: translate(r.name, r.body, byName),
      literal: lit ? lit[1].replace(/\\(.)/g, '$1') : null,
      hidden: r.hidden,
      body: r.body,
    });
  }
  return out;
}

module.exports = { readLexer, translate, lexerRules };
