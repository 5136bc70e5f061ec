// Small text helpers for the skeleton writer: trimming, ASCII-only case, UTF-8 aware tests on a
// word's first letter. Dutch text is UTF-8; only the letters that matter here are handled.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace agree::skeleton {

std::string trim(std::string_view s);
// Collapses runs of spaces and tabs into one space.
std::string collapseSpaces(std::string_view s);
// ASCII letters lowered, and the accented capitals of Dutch (É, Ë, Ó, ...) lowered too.
std::string lower(std::string_view s);
bool startsWithUpper(std::string_view s);  // A-Z or an accented capital
bool startsWithLower(std::string_view s);  // a-z or an accented small letter
std::vector<std::string> words(std::string_view s);
// Joins lines with one space.
std::string joinLines(const std::vector<std::string>& lines);

}  // namespace agree::skeleton
