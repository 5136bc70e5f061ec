// The one change agree fmt makes inside a comment: white space at the end of its lines goes,
// and its line breaks become LF. Shared by the layout and by the check that nothing was lost.
#pragma once

#include <string>
#include <string_view>

namespace agree::format {

// `text` (a line or block comment) without trailing white space on any of its lines, its CRLF
// and CR line breaks written as LF.
std::string tidyComment(std::string_view text);

}  // namespace agree::format
