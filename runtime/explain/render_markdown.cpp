// Markdown for a review document: headings per article, the source text as a block quote.
#include "explain/render.h"

namespace agree::explain {

namespace {
void quote(std::string& out, const std::string& text) {
  if (text.empty()) return;
  for (const auto& line : lines(text)) out += line.empty() ? ">\n" : "> " + line + "\n";
  out += "\n";
}
}  // namespace

std::string renderMarkdown(const Explanation& e) {
  std::string out = "# " + e.title + "\n\n## " + e.headerHeading + "\n\n";
  for (const auto& s : e.header) out += "- " + s + "\n";
  for (const auto& article : e.articles) {
    out += "\n## " + (article.title.empty() ? article.label : article.label + ": " + article.title) + "\n\n";
    quote(out, article.text);
    for (const auto& c : article.clauses) {
      out += "**" + c.label + "** — " + paragraph(c.sentences) + "\n\n";
      quote(out, c.text);
    }
  }
  return out;
}

}  // namespace agree::explain
