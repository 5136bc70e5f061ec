#include "words/lang.h"

#include <cctype>
#include <string>

namespace agree::words {

std::optional<Lang> parseLang(std::string_view text) {
  std::string code;
  for (char c : text.substr(0, text.find_first_of("-_"))) {
    code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (code == "en") return Lang::En;
  if (code == "nl") return Lang::Nl;
  return std::nullopt;
}

const char* langCode(Lang lang) { return lang == Lang::Nl ? "nl" : "en"; }

}  // namespace agree::words
