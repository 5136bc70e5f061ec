// agree fmt's engine: one source file in, its canonical layout out (docs/fmt.md). Only the
// parse has to succeed: names and meaning are not checked, so a file with a semantic error is
// formatted too.
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "source/source_map.h"

namespace agree::format {

struct Formatted {
  enum class Status {
    Ok,            // `text` is the canonical layout
    SyntaxErrors,  // the file does not parse: the diagnostics are in the sink
    Lossy,         // a bug: the layout would change a token; `problem` says which
  };
  Status status = Status::Ok;
  std::string text;
  std::string problem;
};

Formatted formatFile(const source::SourceFile& file, diag::Sink& sink);

}  // namespace agree::format
