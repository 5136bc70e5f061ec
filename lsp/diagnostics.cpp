#include "diagnostics.h"

#include <cctype>

#include "diag/render.h"
#include "driver/driver.h"
#include "uri.h"

namespace agree::lsp {

// The installed docs (share/doc/agree beside the program, from cmake --install or the .deb),
// else the source tree's.
std::string docsDir() {
  static const std::string installed = driver::installedBeside(AGREE_DOCS_FROM_BIN);
  return installed.empty() ? AGREE_DOCS_DIR : installed;
}

std::string codeHref(std::string_view code) {
  std::string anchor;
  for (char c : code) anchor += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return "file://" + docsDir() + "/errors.md#" + anchor;
}

namespace {

// A span of any file of the compilation as a place: its URI and range.
struct Spot {
  std::string uri;
  Range range;
};

Spot spotOf(const Analysis& a, source::Span span, const std::string& documentUri) {
  const auto& sources = a.compilation->sources;
  if (span.file == 0 || span.file >= sources.size()) {
    return Spot{documentUri, Range{a.lines->positionOfCodePoint(span.begin), a.lines->positionOfCodePoint(span.end)}};
  }
  const auto& file = sources.file(span.file);
  LineIndex lines(file.text());
  return Spot{uriOfPath(realPath(file.path())),
              Range{lines.positionOfCodePoint(span.begin), lines.positionOfCodePoint(span.end)}};
}

}  // namespace

json diagnosticsOf(const Analysis& a, const std::string& uri) {
  json out = json::array();
  const bool nl = a.lang == diag::Lang::Nl;
  for (const auto& d : a.compilation->sink.all()) {
    std::string message = d.message.in(a.lang);
    for (const auto& note : d.notes) message += std::string("\n") + (nl ? "opmerking: " : "note: ") + note.in(a.lang);
    if (!d.help.empty()) message += std::string("\n") + (nl ? "tip: " : "help: ") + d.help.in(a.lang);
    json related = json::array();
    Spot at = spotOf(a, d.span, uri);
    Range range = at.range;
    if (at.uri != uri) {
      // A problem inside an imported file: shown at the top of the document, pointing there.
      message = diag::location(d.span, a.compilation->sources) + ": " + message;
      related.push_back(json{{"location", location(at.uri, at.range)}, {"message", d.message.in(a.lang)}});
      range = Range{};
    }
    for (const auto& label : d.secondary) {
      Spot s = spotOf(a, label.span, uri);
      related.push_back(json{{"location", location(s.uri, s.range)}, {"message", label.message.in(a.lang)}});
    }
    std::string code(diag::codeId(d.code));
    json item{{"range", toJson(range)}, {"severity", d.severity == diag::Severity::Error ? 1 : 2},
              {"code", code},           {"codeDescription", {{"href", codeHref(code)}}},
              {"source", "agree"},      {"message", message}};
    if (!related.empty()) item["relatedInformation"] = related;
    out.push_back(item);
  }
  return out;
}

}  // namespace agree::lsp
