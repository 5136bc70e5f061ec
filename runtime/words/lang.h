// The languages answers are written in. Facts never depend on it: only the words layer reads it.
#pragma once

#include <optional>
#include <string_view>

#include "diag/lang.h"

namespace agree::words {

// The same two languages as the diagnostics' (diag/lang.h): one choice on the command line
// sets both.
using Lang = diag::Lang;

// "en" or "nl" (also "EN", "nl-NL", "en_GB": the region is ignored); nullopt otherwise.
std::optional<Lang> parseLang(std::string_view text);
const char* langCode(Lang lang);

}  // namespace agree::words
