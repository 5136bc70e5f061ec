// Diagnostics for tools: one JSON object per diagnostic, one per line (JSON Lines). The schema
// is docs/diagnostics.schema.json; docs/errors.md "For tools" explains each field.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "diag/render.h"
#include "input_limits.h"

namespace agree::diag {

namespace {

// Keys in the order a person reads them (code first), as docs/errors.md shows.
using json = nlohmann::ordered_json;

// {"line", "column"}: 1-based, the column in code points (as the text form counts it).
json at(const source::SourceFile& f, std::uint32_t codePoint) {
  auto p = f.position(std::min(codePoint, f.codePointCount()));
  return json{{"line", p.line}, {"column", p.column}};
}

// The span's file, start and end (the position just after its last character; the start again
// for an empty span), merged into `out`.
void placeOf(source::Span span, const source::SourceMap& sources, json& out) {
  const auto& f = sources.file(span.file);
  auto start = at(f, span.begin);
  out["file"] = f.path();
  out["line"] = start["line"];
  out["column"] = start["column"];
  out["end"] = at(f, std::max(span.end, span.begin));
}

const char* severityName(Severity s) { return s == Severity::Error ? "error" : "warning"; }

std::string line(const json& j) {
  // Invalid UTF-8 cannot reach a message (files are checked first); replace, never throw.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string renderJson(const Diagnostic& d, const source::SourceMap& sources, Lang lang) {
  json j;
  j["code"] = codeId(d.code);
  j["severity"] = severityName(d.severity);
  j["message"] = d.message.in(lang);
  placeOf(d.span, sources, j);
  j["help"] = d.help.in(lang).empty() ? json(nullptr) : json(d.help.in(lang));
  j["notes"] = json::array();
  for (const auto& n : d.notes) j["notes"].push_back(n.in(lang));
  j["labels"] = json::array();
  for (const auto& l : d.secondary) {
    json label;
    placeOf(l.span, sources, label);
    label["message"] = l.message.in(lang);
    j["labels"].push_back(label);
  }
  j["language"] = lang == Lang::Nl ? "nl" : "en";
  return line(j);
}

std::string renderUnplaced(Code code, const Text& message, Style style, const Text& help) {
  const bool nl = style.lang == Lang::Nl;
  if (style.format == Format::Text) {
    std::string out = std::string("agree: ") + (nl ? "fout[" : "error[") + std::string(codeId(code)) +
                      "]: " + message.in(style.lang) + "\n";
    if (!help.in(style.lang).empty())
      out += std::string("  = ") + (nl ? "tip: " : "help: ") + help.in(style.lang) + "\n";
    return out;
  }
  json j{{"code", codeId(code)},
         {"severity", "error"},
         {"message", message.in(style.lang)},
         {"file", nullptr},
         {"line", nullptr},
         {"column", nullptr},
         {"end", nullptr},
         {"help", help.in(style.lang).empty() ? json(nullptr) : json(help.in(style.lang))},
         {"notes", json::array()},
         {"labels", json::array()},
         {"language", style.lang == Lang::Nl ? "nl" : "en"}};
  return line(j);
}

std::string renderAll(const std::vector<Diagnostic>& all, const source::SourceMap& sources, Style style) {
  if (style.format == Format::Text) return renderAllText(all, sources, style.lang);
  // The same order and the same cap as for people; the rest is counted in a last AGR0004.
  std::vector<const Diagnostic*> sorted;
  sorted.reserve(all.size());
  for (const auto& d : all) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    if (a->span.file != b->span.file) return a->span.file < b->span.file;
    return a->span.begin < b->span.begin;
  });
  std::string out;
  std::size_t shown = 0;
  for (const auto* d : sorted) {
    if (shown == limits::kMaxPrintedDiagnostics) break;
    out += renderJson(*d, sources, style.lang);
    ++shown;
  }
  if (all.size() > shown) {
    const auto more = std::to_string(all.size() - shown), first = std::to_string(limits::kMaxPrintedDiagnostics);
    out += renderUnplaced(Code::TooManyDiagnostics,
                          {"... and " + more + " more (agree prints the first " + first + ")",
                           "... en nog " + more + " (agree toont de eerste " + first + ")"},
                          style);
  }
  return out;
}

}  // namespace agree::diag
