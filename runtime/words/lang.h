// The languages answers are written in. Facts never depend on it: only the words layer reads it.
#pragma once

#include <optional>
#include <string_view>

namespace agree::words {

enum class Lang { En, Nl };

// "en" or "nl" (also "EN", "nl-NL", "en_GB": the region is ignored); nullopt otherwise.
std::optional<Lang> parseLang(std::string_view text);
const char* langCode(Lang lang);

}  // namespace agree::words
