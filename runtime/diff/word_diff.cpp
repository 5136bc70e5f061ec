// Word-level text diff with dtl (Debian's libdtl-dev: Wu's O(NP) sequence diff), so a
// reader sees which words of an article changed.
#include <dtl/dtl.hpp>

#include <cctype>
#include <utility>

#include "diff/diff.h"

namespace agree::diff {

namespace {
// Words with the white space that follows each, so joining the pieces gives the text back.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}
}  // namespace

std::vector<TextSegment> diffWords(const std::string& before, const std::string& after) {
  auto a = words(before), b = words(after);
  dtl::Diff<std::string, std::vector<std::string>> d(a, b);
  d.compose();
  std::vector<TextSegment> out;
  for (const auto& [word, info] : d.getSes().getSequence()) {
    TextSegment::Kind kind = info.type == dtl::SES_COMMON ? TextSegment::Kind::Same
                             : info.type == dtl::SES_ADD  ? TextSegment::Kind::Added
                                                          : TextSegment::Kind::Removed;
    if (!out.empty() && out.back().kind == kind) {
      out.back().text += word;
    } else {
      out.push_back(TextSegment{kind, word});
    }
  }
  // Show what went before what came: a removal ahead of the addition that replaces it.
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i].kind == TextSegment::Kind::Added && out[i + 1].kind == TextSegment::Kind::Removed) {
      std::swap(out[i], out[i + 1]);
    }
  }
  return out;
}

}  // namespace agree::diff
