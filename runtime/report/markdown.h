// Text from an agreement made safe to interpolate into Markdown (a pull-request comment, a
// report). Ids, names and clause texts are the user's: each character that Markdown or HTML
// gives a meaning is escaped, so a quoted clause id can neither break a table nor inject a
// heading, a link or raw HTML. Line breaks never reach the output as line breaks: they would
// end a heading or a table row and start a block of the user's choosing.
#pragma once

#include <string>
#include <string_view>

namespace agree::report {

// Inline text: punctuation escaped with a backslash, < > & as entities, line breaks as spaces.
std::string markdownText(std::string_view s);
// A table cell: as markdownText, with line breaks as <br> and "—" for an empty value.
std::string markdownCell(std::string_view s);
// Escaped text that begins a line (after "> "): a leading "-", "+" or "1." would start a list.
std::string markdownLineStart(std::string escaped);
// A code span (`id`): the fence is longer than any run of backticks inside, line breaks become
// spaces. Inside a code span nothing is markup, HTML included.
std::string markdownCode(std::string_view s);

}  // namespace agree::report
