// agree init: an .agree skeleton from an agreement's plain text. The text is cleaned
// (lines.h), its structure recognised (structure.h), time phrases found (phrases.h), and the
// skeleton written (writer.h): every article and numbered paragraph quoted verbatim, every
// recognised rule only suggested in a comment, everything else kept as comments.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace agree::skeleton {

enum class Lang { Nl, En };

struct Options {
  std::optional<Lang> lang;  // the comments' language; default: nl when the text looks Dutch
  std::string sourceName;    // shown in the skeleton's first comment
};

struct Result {
  std::string text;  // the skeleton (empty when no article was found)
  int articles = 0;
  int clauses = 0;
  int suggestions = 0;
  Lang lang = Lang::Nl;
};

// Whether the text reads as Dutch (more common Dutch than English function words).
bool looksDutch(std::string_view text);

Result makeSkeleton(std::string_view text, const Options& options);

}  // namespace agree::skeleton
