#include "format/format.h"

#include "format/layout.h"
#include "format/verify.h"
#include "parse/tokens.h"

namespace agree::format {

Formatted formatFile(const source::SourceFile& file, diag::Sink& sink) {
  Formatted result;
  auto outline = parse::outlineFile(file, sink);
  if (!outline) {
    result.status = Formatted::Status::SyntaxErrors;
    return result;
  }
  result.text = layout(*outline);
  // Lex the result again: if any token changed, write nothing rather than lose it.
  if (auto problem = firstDifference(outline->tokens, parse::lexTokens(result.text))) {
    result.status = Formatted::Status::Lossy;
    result.problem = *problem;
    result.text.clear();
  }
  return result;
}

}  // namespace agree::format
