// The one door into the parser. Text in, the project's own AST out; no ANTLR type crosses
// this header. Never throws: every problem becomes a diagnostic in the sink.
#pragma once

#include <cstddef>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "source/source_map.h"

namespace agree::parse {

// Seconds spent in each step, for benchmarks (bench/).
struct ParseProfile {
  double lex = 0;
  double parse = 0;
  double build = 0;  // parse tree -> AST
  // Times the parser fell back from SLL to full-context prediction: always 0 for an LL(1)
  // grammar; a test holds it there.
  std::size_t fullContextAttempts = 0;
};

ast::File parseFile(const source::SourceFile& file, diag::Sink& sink, ParseProfile* profile = nullptr);

}  // namespace agree::parse
