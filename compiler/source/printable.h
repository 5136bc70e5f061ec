// Text that is safe to show on a terminal: control characters and the bidirectional
// formatting characters that can make a line read differently from what it holds
// ("Trojan Source") are shown as escapes; everything else, é and emoji included, is kept.
#pragma once

#include <string>
#include <string_view>

namespace agree::source {

// Line breaks are kept when keepNewlines is true; every other control becomes \xNN, and
// U+061C, U+200E/F, U+202A..U+202E and U+2066..U+2069 become \u{XXXX}.
std::string printable(std::string_view text, bool keepNewlines = true);

}  // namespace agree::source
