// How an explanation is written out: plain text for the terminal, Markdown for a review
// document, or one self-contained HTML page (no scripts, no network; every string escaped).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "explain/explanation.h"

namespace agree::explain {

enum class Format { Text, Markdown, Html };
// "text", "markdown", "html"; nullopt otherwise.
std::optional<Format> parseFormat(std::string_view text);

std::string renderText(const Explanation& explanation);
std::string renderMarkdown(const Explanation& explanation);
std::string renderHtml(const Explanation& explanation);
std::string render(const Explanation& explanation, Format format);

// The lines of a source text (texts keep the source's line breaks).
std::vector<std::string> lines(const std::string& text);
// An explanation's sentences as one paragraph.
std::string paragraph(const std::vector<std::string>& sentences);

}  // namespace agree::explain
