// Renders diagnostics for people (rustc-like text with a caret) and for tools (JSON).
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "source/source_map.h"

namespace agree::diag {

// How diagnostics are written: text for people, or JSON Lines for tools (--error-format).
enum class Format { Text, Json };

struct Style {
  Lang lang = Lang::En;
  Format format = Format::Text;
};

// file:line:col: error[CODE]: message, the source line, a caret under the span, notes, help;
// in Dutch: fout[CODE], opmerking, tip.
std::string renderText(const Diagnostic& d, const source::SourceMap& sources, Lang lang = Lang::En);

// All diagnostics sorted by position, capped at limits::kMaxPrintedDiagnostics with an
// "and N more" line.
std::string renderAllText(const std::vector<Diagnostic>& all, const source::SourceMap& sources, Lang lang = Lang::En);

// One JSON object on one line: code, severity, message, file, line, column, end, help, notes,
// labels, language (docs/diagnostics.schema.json).
std::string renderJson(const Diagnostic& d, const source::SourceMap& sources, Lang lang = Lang::En);

// All diagnostics in the style asked for; JSON capped as the text is, then one AGR0004 object.
std::string renderAll(const std::vector<Diagnostic>& all, const source::SourceMap& sources, Style style);

// An error about no place in a file (a scenario name that names nothing, a thread that could
// not start): "agree: error[CODE]: message", or a JSON object whose file and line are null.
std::string renderUnplaced(Code code, const Text& message, Style style, const Text& help = {});

// "file:line:col" of a span's start.
std::string location(source::Span span, const source::SourceMap& sources);

}  // namespace agree::diag
