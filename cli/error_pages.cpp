#include "error_pages.h"

#include <cctype>

namespace agree::cli {

extern const std::string_view kErrorsMarkdown;

std::optional<std::string> normalizedCode(std::string_view typed) {
  std::string digits(typed);
  if (digits.size() == 7 && (digits[0] == 'A' || digits[0] == 'a') && (digits[1] == 'G' || digits[1] == 'g') &&
      (digits[2] == 'R' || digits[2] == 'r'))
    digits = digits.substr(3);
  if (digits.size() != 4) return std::nullopt;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  }
  return "AGR" + digits;
}

std::string_view errorPage(std::string_view code) {
  const std::string heading = "\n## " + std::string(code) + ":";
  auto begin = kErrorsMarkdown.find(heading);
  if (begin == std::string_view::npos) return {};
  ++begin;  // the heading's own line break stays out
  auto end = kErrorsMarkdown.find("\n## ", begin);
  if (end == std::string_view::npos) end = kErrorsMarkdown.size();
  return kErrorsMarkdown.substr(begin, end + 1 - begin);
}

}  // namespace agree::cli
