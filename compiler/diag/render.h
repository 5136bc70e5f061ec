// Renders diagnostics for people (rustc-like text with a caret) and for tools (JSON).
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "source/source_map.h"

namespace agree::diag {

// file:line:col: error[CODE]: message, the source line, a caret under the span, notes, help;
// in Dutch: fout[CODE], opmerking, tip.
std::string renderText(const Diagnostic& d, const source::SourceMap& sources, Lang lang = Lang::En);

// All diagnostics sorted by position, capped at limits::kMaxPrintedDiagnostics with an
// "and N more" line.
std::string renderAllText(const std::vector<Diagnostic>& all, const source::SourceMap& sources, Lang lang = Lang::En);

// "file:line:col" of a span's start.
std::string location(source::Span span, const source::SourceMap& sources);

}  // namespace agree::diag
