// The pages of docs/errors.md, carried inside the program (cmake/embed_text.cmake), for
// `agree explain-code`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace agree::cli {

// The code as docs/errors.md writes it ("AGR0402") from what a user typed: AGR0402, agr0402
// or 0402; nullopt when it is not of that shape.
std::optional<std::string> normalizedCode(std::string_view typed);

// The section "## AGR0402: ..." of docs/errors.md up to the next section; empty when the code
// has no page.
std::string_view errorPage(std::string_view code);

}  // namespace agree::cli
