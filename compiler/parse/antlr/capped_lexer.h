// The lexer, with the lexical errors it hands on capped like syntax errors: past
// limits::kMaxSyntaxErrors error tokens it only counts them. A file of 4 million `@` otherwise
// became 4 million tokens and diagnostics (about 14 s and 2.6 GB).
#pragma once

#include <antlr4-runtime.h>

#include <memory>
#include <optional>

#include "AgreeLexer.h"
#include "input_limits.h"
#include "parse/antlr/syntax_errors.h"

namespace agree::parse {

class CappedLexer : public grammar::AgreeLexer {
 public:
  using grammar::AgreeLexer::AgreeLexer;

  std::unique_ptr<antlr4::Token> nextToken() override {
    auto t = grammar::AgreeLexer::nextToken();
    while (isErrorToken(t->getType()) && ++errors_ > limits::kMaxSyntaxErrors) {
      if (!firstDropped_) firstDropped_ = t->getStartIndex();
      t = grammar::AgreeLexer::nextToken();
    }
    return t;
  }

  // Error tokens counted but not handed on, and where the first of them starts (code points).
  std::size_t dropped() const { return errors_ > limits::kMaxSyntaxErrors ? errors_ - limits::kMaxSyntaxErrors : 0; }
  std::optional<std::size_t> firstDropped() const { return firstDropped_; }

 private:
  std::size_t errors_ = 0;
  std::optional<std::size_t> firstDropped_;
};

}  // namespace agree::parse
