#include "format/format.h"

#include <cstdlib>
#include <string>

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
  // Test hook: AGREE_FAULT_INJECT=fmt_lossy adds a token, as a bug in the layout would, so the
  // test suite can show that fmt then refuses to write (tests/e2e/fmt/lossy-refused.test).
  if (const char* fault = std::getenv("AGREE_FAULT_INJECT"); fault && std::string(fault) == "fmt_lossy") {
    result.text += "// injected\n";
  }
  // Lex the result again: if any token changed, write nothing rather than lose it.
  if (auto problem = firstDifference(outline->tokens, parse::lexTokens(result.text))) {
    result.status = Formatted::Status::Lossy;
    result.problem = *problem;
    result.text.clear();
  }
  return result;
}

}  // namespace agree::format
