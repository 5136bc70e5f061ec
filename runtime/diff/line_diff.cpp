// A unified line diff (diff -u) with dtl: what `agree diff --git` shows for a file it cannot
// compile, so a git diff over a repository goes on while one agreement is being edited.
#include <dtl/dtl.hpp>

#include <sstream>

#include "diff/diff.h"

namespace agree::diff {

namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string unifiedLineDiff(const std::string& before, const std::string& after, const std::string& oldLabel,
                            const std::string& newLabel) {
  auto a = lines(before), b = lines(after);
  dtl::Diff<std::string, std::vector<std::string>> d(a, b);
  d.compose();
  d.composeUnifiedHunks();
  std::ostringstream out;
  if (d.getUniHunks().empty()) return "";
  out << "--- " << oldLabel << "\n+++ " << newLabel << "\n";
  d.printUnifiedFormat(out);
  return out.str();
}

}  // namespace agree::diff
