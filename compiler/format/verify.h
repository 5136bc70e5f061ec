// The check that makes agree fmt lossless: the formatted text must hold the same tokens as the
// original, in the same order, each with the same text (comments too, their trailing white
// space aside) — only the white space between them may differ, and, when fmt translates, the
// spelling of keywords and built-in words (compared by their meaning, translate.h).
#pragma once

#include <optional>
#include <string>

#include "parse/tokens.h"

namespace agree::format {

// Nullopt when `after` holds the tokens of `before`; else where they first differ, in words.
std::optional<std::string> firstDifference(const parse::SourceOutline& before, const parse::SourceOutline& after);

}  // namespace agree::format
