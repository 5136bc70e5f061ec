#include "format/comments.h"

namespace agree::format {

namespace {
bool isTrailingSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }
}  // namespace

std::string tidyComment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto endLine = [&] {
    while (!out.empty() && isTrailingSpace(out.back())) out.pop_back();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n') {
      endLine();
      out += '\n';
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  endLine();
  return out;
}

}  // namespace agree::format
