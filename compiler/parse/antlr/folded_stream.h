// The input as the lexer sees it: every code point above 127 that the grammar never names is
// shown to the lexer as U+0001, which, like them, is only valid inside texts and comments.
// ANTLR 4.9's lexer caches DFA edges only for code points up to 127 and runs a full ATN
// closure for every other one (ANTLR.md); Dutch prose is full of é, ë and curly quotes, so
// folding them makes lexing several times faster. Token positions and token text are those of
// the real input: only the lexer's lookahead is folded.
#pragma once

#include <antlr4-runtime.h>

namespace agree::parse {

class FoldedInputStream : public antlr4::ANTLRInputStream {
 public:
  using antlr4::ANTLRInputStream::ANTLRInputStream;

  size_t LA(ssize_t i) override {
    size_t c = antlr4::ANTLRInputStream::LA(i);
    // U+00A0 and U+FEFF are white space in the grammar (WS); EOF stays EOF. U+FEFF is white
    // space only as the byte order mark at the start: inside the text it is an invisible
    // character pasted along, so a bad character (named in its message) outside texts.
    if (c == 0xFEFF && at(i) != 0) return 0x01;
    if (c > 127 && c != antlr4::Token::EOF && c != 0xA0 && c != 0xFEFF) return 0x01;
    return c;
  }

 private:
  // The offset LA(i) looks at (LA(1) is the next code point).
  size_t at(ssize_t i) const { return i > 0 ? p + static_cast<size_t>(i) - 1 : p - static_cast<size_t>(-i); }
};

}  // namespace agree::parse
