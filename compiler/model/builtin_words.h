// The built-in words that are names, not keywords, other than the event kinds (event_kinds.h):
// the forms (`writing`) and the outcomes of an evaluation (`negative`), each with its spelling in
// a file written with Dutch keywords (docs/language.md). The model holds the English id; the
// parser reads either spelling (parse/builtin_words.h), and answers in Dutch write an outcome as
// its Dutch word (words/say.h: outcomeWords).
#pragma once

#include <string_view>

namespace agree::model {

struct BuiltInSpelling {
  const char* id;       // as the model holds it
  const char* dutchId;  // as a file written with Dutch keywords spells it
};

inline constexpr BuiltInSpelling kBuiltInForms[] = {{"writing", "schriftelijk"},
                                                    {"letter", "brief"},
                                                    {"registered_letter", "aangetekend"},
                                                    {"email", "email"},
                                                    {"oral", "mondeling"}};

inline constexpr BuiltInSpelling kBuiltInOutcomes[] = {{"positive", "positief"}, {"negative", "negatief"}};

// The Dutch word of a built-in outcome ("negatief"); nullptr for an outcome that is none.
inline const char* dutchOutcome(std::string_view id) {
  for (const auto& o : kBuiltInOutcomes) {
    if (id == o.id) return o.dutchId;
  }
  return nullptr;
}

}  // namespace agree::model
