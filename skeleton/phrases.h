// Time phrases: recognises the phrases of Dutch (and a few English) agreements that fix a time
// rule ("voor de duur van een jaar", "stilzwijgend verlengd", "binnen 24 uur", "uiterlijk
// 1 maart") and says which agree rule each suggests. The skeleton only writes these as
// comments: a person decides whether and where to encode them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace agree::skeleton {

struct Suggestion {
  std::string phrase;  // the words as found (lowered, spaces collapsed)
  std::string rule;    // the agree rule it suggests, e.g. "term 1 year"
};

// Every time phrase in `text`, in order of appearance, each rule once.
std::vector<Suggestion> findTimePhrases(std::string_view text);

// A Dutch number word or digits ("één", "twaalf", "24") as a number; nullopt otherwise.
std::optional<int> numberWord(std::string_view word);

// A clause kind other than `provision` that the wording hints at ("zal" → duty, "mag" →
// permission, "kan ... opzeggen" → power), each with the words that suggest it.
struct KindHint {
  std::string kind;
  std::string words;
};
std::vector<KindHint> findKindHints(std::string_view text);

}  // namespace agree::skeleton
