// Plain text: one line per clause ("Art. 16.2 — ..."), its source text quoted below it.
#include "explain/render.h"

namespace agree::explain {

namespace {
void quote(std::string& out, const std::string& text) {
  if (text.empty()) return;
  for (const auto& line : lines(text)) out += "    > " + line + "\n";
}
}  // namespace

std::string renderText(const Explanation& e) {
  std::string out = e.title + "\n\n" + e.headerHeading + "\n";
  for (const auto& s : e.header) out += "  " + s + "\n";
  for (const auto& article : e.articles) {
    out += "\n" + (article.title.empty() ? article.label : article.label + ": " + article.title) + "\n";
    quote(out, article.text);
    for (const auto& c : article.clauses) {
      out += "\n" + c.label + " — " + paragraph(c.sentences) + "\n";
      quote(out, c.text);
    }
  }
  return out;
}

}  // namespace agree::explain
