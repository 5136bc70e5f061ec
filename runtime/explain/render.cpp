#include "explain/render.h"

namespace agree::explain {

std::optional<Format> parseFormat(std::string_view text) {
  if (text == "text") return Format::Text;
  if (text == "markdown") return Format::Markdown;
  if (text == "html") return Format::Html;
  return std::nullopt;
}

std::string render(const Explanation& explanation, Format format) {
  switch (format) {
    case Format::Text: return renderText(explanation);
    case Format::Markdown: return renderMarkdown(explanation);
    case Format::Html: return renderHtml(explanation);
  }
  return renderText(explanation);
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= text.size()) {
    std::size_t nl = text.find('\n', from);
    if (nl == std::string::npos) nl = text.size();
    out.push_back(text.substr(from, nl - from));
    from = nl + 1;
  }
  return out;
}

std::string paragraph(const std::vector<std::string>& sentences) {
  std::string out;
  for (const auto& s : sentences) out += (out.empty() ? "" : " ") + s;
  return out;
}

}  // namespace agree::explain
