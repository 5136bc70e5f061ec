#include "source/fold.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace agree::source {

std::string foldName(std::string_view text) {
  utf8proc_uint8_t* mapped = nullptr;
  auto n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                   &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  if (n >= 0) return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text)
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  return out;
}

}  // namespace agree::source
