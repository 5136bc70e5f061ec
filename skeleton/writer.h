// Writing .agree text: escaped strings, long texts as adjacent strings, wrapped comments, and
// identifiers derived from names ("Stichting Heliomare" → heliomare).
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace agree::skeleton {

// `text` as one agree string literal: `"` and `\` escaped, control characters as spaces.
std::string quote(std::string_view text);

// `keyword "..."` with the text split at spaces into adjacent strings of about `width` bytes,
// continuation lines aligned under the first quote. Ends with a newline.
std::string field(std::string_view indent, std::string_view keyword, std::string_view text, std::size_t width = 96);

// `text` as `//` comment lines of about `width` bytes, each starting with `indent`.
std::string comment(std::string_view indent, std::string_view text, std::size_t width = 96);

// An identifier for a name: lowercase ASCII letters, digits and `_`, accents dropped, words like
// "Stichting", "gemeente" and "de" left out, never a keyword of the language, not in `taken`.
std::string identifierFor(std::string_view name, const std::set<std::string>& taken, std::string_view fallback);

// A clause or article id as agree writes it: bare when it is a number ("16", "16.2"), else quoted.
std::string idLiteral(std::string_view id);

}  // namespace agree::skeleton
