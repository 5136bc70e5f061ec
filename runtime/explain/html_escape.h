// Text from an agreement placed in HTML: every page agree writes (explain, report) escapes
// names, titles and clause texts through here, so one party called "<script>" is shown, never run.
#pragma once

#include <string>
#include <string_view>

namespace agree::explain {

// &, <, >, " and ' as character references: safe in element content and in a quoted attribute.
std::string htmlEscaped(std::string_view text);

}  // namespace agree::explain
