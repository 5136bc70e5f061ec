#include "diag/render.h"

#include <fmt/format.h>

#include <algorithm>

#include "input_limits.h"
#include "source/printable.h"
#include "source/unicode_names.h"

namespace agree::diag {

namespace {

// Makes a source line safe to print: control characters become visible escapes, so a hostile
// file cannot move the terminal cursor or hide text, and invisible or look-alike characters
// (source/unicode_names.h) become placeholders such as <U+200B>. Returns the shown text and,
// per code point of the original, how many columns it takes in the shown text.
struct ShownLine {
  std::string text;
  std::vector<std::size_t> widths;
};

void showCodePoint(std::string_view line, std::size_t at, std::size_t next, ShownLine& out) {
  auto c = static_cast<unsigned char>(line[at]);
  std::size_t i = at;
  std::uint32_t cp = source::decodeUtf8(line, i);
  std::string shown;
  if (c == '\t') {
    shown = "    ";
  } else if (c < 0x20 || c == 0x7F) {
    shown = fmt::format("\\x{:02x}", c);
  } else if (source::suspect(cp)) {
    shown = source::placeholder(cp);
  } else {
    out.text.append(line.substr(at, next - at));
    out.widths.push_back(1);
    return;
  }
  out.text += shown;
  out.widths.push_back(shown.size());
}

ShownLine showLine(std::string_view line) {
  ShownLine out;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t next = i;
    source::decodeUtf8(line, next);
    showCodePoint(line, i, next, out);
    i = next;
  }
  return out;
}

// The code points of a line that are shown: all of a short line; of a long one (a minified or
// generated file, a file with CR line ends read wrongly) a window of kShownColumns around the
// caret, so that 50 errors on a 4 MiB line do not print 200 MB.
constexpr std::uint32_t kShownColumns = 100;
constexpr std::uint32_t kShownBeforeCaret = 40;

struct Window {
  std::uint32_t begin, end;  // code points
  bool cutBefore, cutAfter;
};

Window windowAround(source::Span line, std::uint32_t caret) {
  if (line.end - line.begin <= kShownColumns) return {line.begin, line.end, false, false};
  std::uint32_t begin = caret > line.begin + kShownBeforeCaret ? caret - kShownBeforeCaret : line.begin;
  std::uint32_t end = std::min(line.end, begin + kShownColumns);
  begin = end - kShownColumns;  // near the end of the line, still a full window
  return {begin, end, begin > line.begin, end < line.end};
}

// The source line (or its window) and the carets under [caret, last], both code points in the file.
std::string sourceExcerpt(const source::SourceFile& f, std::uint32_t lineNo, std::uint32_t caret, std::uint32_t last) {
  source::Span line = f.lineSpan(lineNo);
  Window w = windowAround(line, caret);
  ShownLine shown = showLine(f.slice(w.begin, w.end));
  const std::string ellipsis = "\u2026";  // …
  std::string text = (w.cutBefore ? ellipsis : "") + shown.text + (w.cutAfter ? ellipsis : "");
  std::string pad = w.cutBefore ? " " : "", carets;
  std::uint32_t stop = w.cutAfter ? std::min(last, w.end - 1) : last;
  for (std::uint32_t cp = w.begin; cp <= stop; ++cp) {
    std::size_t width = cp - w.begin < shown.widths.size() ? shown.widths[cp - w.begin] : 1;
    (cp < caret ? pad : carets).append(width, cp < caret ? ' ' : '^');
  }
  std::string gutter(std::to_string(lineNo).size(), ' ');
  return fmt::format("{} |\n{} | {}\n{} | {}{}\n", gutter, lineNo, text, gutter, pad, carets);
}

// A message, path, note or help made safe to print: printable() escapes, and the usual
// suspects of pasted text (source/unicode_names.h) as placeholders, as in shown lines.
std::string shownText(std::string_view text) {
  std::string safe = source::printable(text, false);
  std::string out;
  for (std::size_t i = 0; i < safe.size();) {
    std::size_t at = i;
    std::uint32_t cp = source::decodeUtf8(safe, i);
    if (source::suspect(cp))
      out += source::placeholder(cp);
    else
      out.append(safe, at, i - at);
  }
  return out;
}

}  // namespace

std::string location(source::Span span, const source::SourceMap& sources) {
  const auto& f = sources.file(span.file);
  auto p = f.position(span.begin);
  return fmt::format("{}:{}:{}", shownText(f.path()), p.line, p.column);
}

std::string renderText(const Diagnostic& d, const source::SourceMap& sources, Lang lang) {
  const bool nl = lang == Lang::Nl;
  const auto& f = sources.file(d.span.file);
  auto begin = f.position(d.span.begin);
  auto end = f.position(d.span.end > d.span.begin ? d.span.end - 1 : d.span.begin);
  const char* severity = d.severity == Severity::Error ? (nl ? "fout" : "error") : (nl ? "waarschuwing" : "warning");
  std::string out = fmt::format("{}:{}:{}: {}[{}]: {}\n", shownText(f.path()), begin.line, begin.column, severity,
                                codeId(d.code), shownText(d.message.in(lang)));
  // The caret spans the whole span on its first line (at least one column).
  source::Span line = f.lineSpan(begin.line);
  std::uint32_t caret = line.begin + begin.column - 1;
  std::uint32_t last = end.line == begin.line ? line.begin + end.column - 1 : line.end;
  out += sourceExcerpt(f, begin.line, caret, std::max(last, caret));
  std::string gutter(std::to_string(begin.line).size(), ' ');
  const char* note = nl ? "opmerking" : "note";
  for (const auto& l : d.secondary) {
    out += fmt::format("{} = {}: {}: {}\n", gutter, note, location(l.span, sources), shownText(l.message.in(lang)));
  }
  for (const auto& n : d.notes) out += fmt::format("{} = {}: {}\n", gutter, note, shownText(n.in(lang)));
  if (!d.help.in(lang).empty())
    out += fmt::format("{} = {}: {}\n", gutter, nl ? "tip" : "help", shownText(d.help.in(lang)));
  return out;
}

std::string renderAllText(const std::vector<Diagnostic>& unsorted, const source::SourceMap& sources, Lang lang) {
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
    out += renderText(d, sources, lang);
    ++shown;
  }
  if (all.size() > shown) {
    const auto more = all.size() - shown;
    out += lang == Lang::Nl ? fmt::format("fout[{}]: ... en nog {} (agree toont de eerste {})\n",
                                          codeId(Code::TooManyDiagnostics), more, limits::kMaxPrintedDiagnostics)
                            : fmt::format("error[{}]: ... and {} more (agree prints the first {})\n",
                                          codeId(Code::TooManyDiagnostics), more, limits::kMaxPrintedDiagnostics);
  }
  return out;
}

}  // namespace agree::diag
