// A place in a source file: a file id and code-point offsets [begin, end). Code points, not
// bytes, because ANTLR's 4.9 runtime counts them and Dutch text has é, ë and curly quotes.
#pragma once

#include <cstdint>

namespace agree::source {

using FileId = std::uint32_t;

struct Span {
  FileId file = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// A span from the start of `a` to the end of `b` (same file).
inline Span cover(Span a, Span b) { return Span{a.file, a.begin, b.end > a.end ? b.end : a.end}; }

}  // namespace agree::source
