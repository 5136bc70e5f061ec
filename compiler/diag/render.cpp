#include "diag/render.h"

#include <fmt/format.h>

#include <algorithm>

#include "input_limits.h"
#include "source/printable.h"

namespace agree::diag {

namespace {

// Makes a source line safe to print: control characters become visible escapes, so a hostile
// file cannot move the terminal cursor or hide text. Returns the shown text and, per code
// point of the original, how many columns it takes in the shown text.
struct ShownLine {
  std::string text;
  std::vector<std::size_t> widths;
};

ShownLine showLine(std::string_view line) {
  ShownLine out;
  for (std::size_t i = 0; i < line.size();) {
    auto c = static_cast<unsigned char>(line[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    if (c == '\t') {
      out.text += "    ";
      out.widths.push_back(4);
    } else if (c < 0x20 || c == 0x7F) {
      out.text += fmt::format("\\x{:02x}", c);
      out.widths.push_back(4);
    } else {
      out.text.append(line.substr(i, n));
      out.widths.push_back(1);
    }
    i += n;
  }
  return out;
}

}  // namespace

std::string location(source::Span span, const source::SourceMap& sources) {
  const auto& f = sources.file(span.file);
  auto p = f.position(span.begin);
  return fmt::format("{}:{}:{}", source::printable(f.path(), false), p.line, p.column);
}

std::string renderText(const Diagnostic& d, const source::SourceMap& sources) {
  const auto& f = sources.file(d.span.file);
  auto begin = f.position(d.span.begin);
  auto end = f.position(d.span.end > d.span.begin ? d.span.end - 1 : d.span.begin);
  std::string out = fmt::format("{}:{}:{}: {}[{}]: {}\n", source::printable(f.path(), false), begin.line, begin.column,
                                d.severity == Severity::Error ? "error" : "warning", codeId(d.code),
                                source::printable(d.message, false));
  ShownLine shown = showLine(f.lineText(begin.line));
  std::string gutter(std::to_string(begin.line).size(), ' ');
  // The caret spans the whole span on its first line (at least one column).
  std::size_t lastColumn = end.line == begin.line ? end.column : shown.widths.size() + 1;
  if (lastColumn < begin.column) lastColumn = begin.column;
  std::string pad, carets;
  for (std::size_t col = 1; col < lastColumn + 1; ++col) {
    std::size_t w = col <= shown.widths.size() ? shown.widths[col - 1] : 1;
    if (col < begin.column)
      pad.append(w, ' ');
    else
      carets.append(w, '^');
  }
  out += fmt::format("{} |\n{} | {}\n{} | {}{}", gutter, begin.line, shown.text, gutter, pad, carets);
  out += "\n";
  for (const auto& l : d.secondary) {
    out += fmt::format("{} = note: {}: {}\n", gutter, location(l.span, sources), source::printable(l.message, false));
  }
  for (const auto& n : d.notes) out += fmt::format("{} = note: {}\n", gutter, source::printable(n, false));
  if (!d.help.empty()) out += fmt::format("{} = help: {}\n", gutter, source::printable(d.help, false));
  return out;
}

std::string renderAllText(const std::vector<Diagnostic>& unsorted, const source::SourceMap& sources) {
  // By file and position, stably, so the order does not depend on which pass found what.
  std::vector<Diagnostic> all = unsorted;
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.span.file != b.span.file) return a.span.file < b.span.file;
    return a.span.begin < b.span.begin;
  });
  std::string out;
  std::size_t shown = 0;
  for (const auto& d : all) {
    if (shown == limits::kMaxPrintedDiagnostics) break;
    out += renderText(d, sources);
    ++shown;
  }
  if (all.size() > shown) {
    out += fmt::format("error[{}]: ... and {} more (agree prints the first {})\n", codeId(Code::TooManyDiagnostics),
                       all.size() - shown, limits::kMaxPrintedDiagnostics);
  }
  return out;
}

}  // namespace agree::diag
