// agree fmt's engine: one source file in, its canonical layout out (docs/fmt.md), its keywords
// and built-in words in another language when asked. Only the parse has to succeed: names and
// meaning are not checked, so a file with a semantic error is formatted too.
#pragma once

#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "parse/keywords.h"
#include "source/source_map.h"

namespace agree::format {

struct Formatted {
  enum class Status {
    Ok,              // `text` is the canonical layout
    SyntaxErrors,    // the file does not parse: the diagnostics are in the sink
    Untranslatable,  // a name is a keyword of the target language: the diagnostics are in the sink
    Lossy,           // a bug: the layout would change a token; `problem` says which
  };
  Status status = Status::Ok;
  std::string text;
  std::string problem;
};

// `to`: the language to write keywords in (nullopt: the file's own).
Formatted formatFile(const source::SourceFile& file, diag::Sink& sink,
                     std::optional<parse::KeywordLanguage> to = std::nullopt);

}  // namespace agree::format
