// One diagnostic: a stable code, a primary span, labelled secondary spans, notes and help.
// Detecting code fills these; renderers (render.h) decide how they look.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/text.h"
#include "source/span.h"

namespace agree::diag {

enum class Code {
#define AGREE_CODE(code, name, summary) name,
#include "diag/codes.def"
#undef AGREE_CODE
};

std::string_view codeId(Code code);       // "AGR0301"
std::string_view codeSummary(Code code);  // one line, for --explain and docs
std::vector<Code> allCodes();

enum class Severity { Error, Warning };

struct Label {
  source::Span span;
  Text message;
};

struct Diagnostic {
  Code code;
  Severity severity = Severity::Error;
  source::Span span;
  Text message;
  std::vector<Label> secondary;
  std::vector<Text> notes;
  Text help;
};

// Collects diagnostics within a pass; the driver stops at a pass boundary when any is an error.
class Sink {
 public:
  Diagnostic& error(Code code, source::Span span, Text message);
  Diagnostic& warning(Code code, source::Span span, Text message);
  bool hasErrors() const;
  std::size_t errorCount() const;
  const std::vector<Diagnostic>& all() const { return items_; }

  // The language of the keywords of the first file parsed into this sink (the main file):
  // its diagnostics are read in that language unless the command line chooses. Later files
  // (imports, a scenario file) do not change it.
  void keywordsRead(Lang language) {
    if (!language_) language_ = language;
  }
  std::optional<Lang> language() const { return language_; }

 private:
  std::vector<Diagnostic> items_;
  std::optional<Lang> language_;
};

}  // namespace agree::diag
