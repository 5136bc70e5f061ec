// Turns ANTLR's syntax errors into agree diagnostics in the user's words.
#pragma once

#include <antlr4-runtime.h>

#include "diag/diagnostic.h"
#include "parse/antlr/keyword_language.h"

namespace agree::parse {

class SyntaxErrorListener : public antlr4::BaseErrorListener {
 public:
  SyntaxErrorListener(source::FileId file, diag::Sink& sink, KeywordReading keywords = {})
      : file_(file), sink_(sink), keywords_(std::move(keywords)) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                   const std::string& msg, std::exception_ptr e) override;

  void reportAttemptingFullContext(antlr4::Parser*, const antlr4::dfa::DFA&, size_t, size_t, const antlrcpp::BitSet&,
                                   antlr4::atn::ATNConfigSet*) override {
    ++fullContextAttempts_;
  }

  std::size_t count() const { return count_; }
  std::size_t fullContextAttempts() const { return fullContextAttempts_; }

 private:
  // A word of the other language's keywords where the parser stopped: its own error (AGR0107).
  bool reportMixedLanguage(antlr4::Token* offending, const source::Span& where);

  source::FileId file_;
  diag::Sink& sink_;
  KeywordReading keywords_;  // the file's keyword language: how expected keywords are spelled
  std::size_t count_ = 0;
  std::size_t fullContextAttempts_ = 0;
};

// Whether a token type is one of the lexer's error tokens (reported by reportLexicalErrors).
bool isErrorToken(size_t type);

// Reports the lexer's error tokens (bad characters, unterminated strings, malformed dates)
// with their own codes, and then how many more the lexer dropped (`dropped`, the first at code
// point `firstDropped`; see CappedLexer). Returns whether any was found.
bool reportLexicalErrors(antlr4::CommonTokenStream& tokens, source::FileId file, diag::Sink& sink,
                         std::size_t dropped = 0, std::size_t firstDropped = 0);

// Reports why a parse stopped with an exception, called from a `catch (...)` after the parser
// and its tokens are gone (so reporting may allocate again): a cancelled parse was reported by
// the listener already; running out of memory is a compiler failure; any other standard
// exception is a file the parser could not read. Anything else is rethrown.
void reportParseFailure(std::exception_ptr failure, source::FileId file, diag::Sink& sink);

}  // namespace agree::parse
