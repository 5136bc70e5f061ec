// Names as people type and paste them: the key under which a name typed on the command line
// matches the name written in the file, whatever its case and its Unicode normal form.
#pragma once

#include <string>
#include <string_view>

namespace agree::source {

// Full Unicode case folding and canonical composition (NFC) over the canonical decomposition,
// by utf8proc: "Stichting Ééndracht", "STICHTING ÉÉNDRACHT" and either written decomposed
// (e + U+0301, as macOS writes names) give one key; "ß" folds to "ss". Text that is not
// valid UTF-8 is folded byte by byte, ASCII letters only.
std::string foldName(std::string_view text);

}  // namespace agree::source
