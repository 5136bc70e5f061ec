// Characters that come along with text copied from a word processor, a web page or a PDF and
// are invisible (zero-width, bidirectional controls, line separators), look like a space (no-break
// spaces) or look like a Latin letter (Cyrillic and Greek). Messages name them by code point and
// Unicode name, and shown lines put a placeholder in their place, so the user can find them.
// A small table of the usual suspects rather than ICU: ICU is not a dependency (it is on this
// machine only through libxml2-dev) and would add a 31 MB data library for these names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace agree::source {

struct Suspect {
  enum Kind { Invisible, Space, LooksLatin };
  std::uint32_t codePoint;
  const char* name;  // the Unicode name
  Kind kind;
  char looksLike;  // LooksLatin: the Latin letter it passes for
};

// The table entry for a code point, or null when it is not a usual suspect.
const Suspect* suspect(std::uint32_t codePoint);

// "U+200B ZERO WIDTH SPACE", "U+0430 CYRILLIC SMALL LETTER A, which looks like the Latin a";
// "U+2603" for a code point outside the table.
std::string describeCodePoint(std::uint32_t codePoint);

// "<U+200B>": what a shown source line holds in place of a suspect.
std::string placeholder(std::uint32_t codePoint);

// The code point of valid UTF-8 starting at text[i]; advances i past it.
std::uint32_t decodeUtf8(std::string_view text, std::size_t& i);

}  // namespace agree::source
