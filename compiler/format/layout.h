// The canonical layout of a parsed file (docs/fmt.md): the same tokens in the same order and
// on the same lines as written, with indentation, spacing and blank lines made uniform.
#pragma once

#include <string>

#include "parse/tokens.h"

namespace agree::format {

inline constexpr std::size_t kIndent = 2;        // spaces per block level
inline constexpr std::size_t kContinuation = 4;  // extra spaces for a statement's next line

std::string layout(const parse::SourceOutline& outline);

}  // namespace agree::format
