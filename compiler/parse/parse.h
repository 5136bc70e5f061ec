// The one door into the parser. Text in, the project's own AST out; no ANTLR type crosses
// this header. Never throws: every problem becomes a diagnostic in the sink.
#pragma once

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "source/source_map.h"

namespace agree::parse {

ast::File parseFile(const source::SourceFile& file, diag::Sink& sink);

}  // namespace agree::parse
