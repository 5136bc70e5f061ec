// The lexer the parser reads from: a hand-written token source that yields exactly the tokens
// the grammar's lexer rules (grammar/Agree.g4) yield — the same types, channels, code-point
// offsets, lines, columns and texts — several times faster than ANTLR 4.9's generated lexer,
// which spent most of a compilation in ATN closures and per-character locks (docs/PERFORMANCE.md).
// It holds no shared state, so files are scanned on every thread at once. The generated lexer
// stays in the build as the reference: a test compares the two token for token on every file
// the project has and on random input (tests/unit/scanner_test.cpp).
#pragma once

#include <antlr4-runtime.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace agree::parse {

// The scanned text as ANTLR's CharStream, by code point, for error messages that look at the
// characters around a token (syntax_errors.cpp). Built on first use: files without errors never
// pay for it. Only reading by interval and size are meaningful; it is never lexed from.
class CodePointText : public antlr4::CharStream {
 public:
  explicit CodePointText(std::string_view text) : text_(text) {}
  std::string getText(const antlr4::misc::Interval& interval) override;
  std::string toString() const override { return std::string(text_); }
  void consume() override {}
  size_t LA(ssize_t) override { return antlr4::Token::EOF; }
  ssize_t mark() override { return -1; }
  void release(ssize_t) override {}
  size_t index() override { return 0; }
  void seek(size_t) override {}
  size_t size() override;
  std::string getSourceName() const override { return "<agree>"; }

 private:
  void buildIndex();
  std::string_view text_;            // after a byte order mark, as the scanner counts code points
  std::vector<std::size_t> starts_;  // byte offset of each code point, then the end
};

class Scanner : public antlr4::TokenSource {
 public:
  // `text` must outlive the scanner. With `capErrors`, past limits::kMaxSyntaxErrors error
  // tokens the rest are only counted (as the parser's syntax errors are): a file of 4 million
  // `@` would otherwise become 4 million tokens and diagnostics.
  // With `hidden` false, white space and comments are skipped rather than handed on: the parser
  // never reads them, and a file is about half white-space tokens.
  Scanner(std::string_view text, bool capErrors, bool hidden = true);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return line_; }
  size_t getCharPositionInLine() override { return column_; }
  antlr4::CharStream* getInputStream() override { return &chars_; }
  std::string getSourceName() override { return "<agree>"; }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

  // Error tokens counted but not handed on, and where the first of them starts (code points).
  std::size_t dropped() const { return errors_ > limit_ ? errors_ - limit_ : 0; }
  std::optional<std::size_t> firstDropped() const { return firstDropped_; }

 private:
  // One token's extent: its type and how many bytes it takes from the current position.
  struct Match {
    size_t type;
    std::size_t bytes;
  };
  std::unique_ptr<antlr4::Token> scanOne();
  Match matchAt() const;
  Match matchNumberLike() const;
  Match matchText() const;
  Match matchComment() const;
  Match matchSpace() const;
  // Moves past `bytes` bytes, counting code points, lines and columns as ANTLR does.
  void advance(std::size_t bytes);

  std::string_view text_;
  CodePointText chars_;
  std::size_t content_ = 0;    // the byte where code point 0 is (after a byte order mark)
  std::size_t pos_ = 0;        // bytes
  std::size_t codePoint_ = 0;  // code points before pos_
  std::size_t line_ = 1;
  std::size_t column_ = 0;  // code points since the last line feed
  std::size_t limit_;
  bool hidden_;
  std::size_t errors_ = 0;
  std::optional<std::size_t> firstDropped_;
};

// The names of the grammar's token types (literal and symbolic), as the generated lexer has them.
const antlr4::dfa::Vocabulary& tokenVocabulary();

}  // namespace agree::parse
