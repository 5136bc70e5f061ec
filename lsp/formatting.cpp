#include "formatting.h"

#include "format/format.h"

namespace agree::lsp {

json formatting(const Analysis& a) {
  json edits = json::array();
  driver::Compilation scratch;  // diagnostics of a file that does not parse are published already
  const auto* source = driver::readText(scratch, a.compilation->sources.file(0).path(), a.text);
  if (!source) return edits;
  auto result = format::formatFile(*source, scratch.sink);
  if (result.status != format::Formatted::Status::Ok || result.text == a.text) return edits;
  Range whole{Position{0, 0}, a.lines->positionOfByte(a.text.size())};
  edits.push_back(json{{"range", toJson(whole)}, {"newText", result.text}});
  return edits;
}

}  // namespace agree::lsp
