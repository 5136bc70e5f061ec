#include "parse/builtin_words.h"

#include <vector>

#include "model/event_kinds.h"

namespace agree::parse {

namespace {

struct Spelling {
  std::string english;
  std::string dutch;
};

const std::vector<Spelling>& spellings(BuiltInWord kind) {
  static const std::vector<Spelling> forms = {{"writing", "schriftelijk"},
                                              {"letter", "brief"},
                                              {"registered_letter", "aangetekend"},
                                              {"email", "email"},
                                              {"oral", "mondeling"}};
  static const std::vector<Spelling> outcomes = {{"positive", "positief"}, {"negative", "negatief"}};
  static const std::vector<Spelling> events = [] {
    std::vector<Spelling> out;
    for (const auto& k : model::kBuiltInEventKinds) out.push_back({k.id, k.dutchId});
    return out;
  }();
  switch (kind) {
    case BuiltInWord::Form: return forms;
    case BuiltInWord::Outcome: return outcomes;
    case BuiltInWord::EventKind: return events;
  }
  return forms;
}

}  // namespace

std::optional<std::string> translateBuiltInWord(std::string_view word, BuiltInWord kind, KeywordLanguage from,
                                                KeywordLanguage to) {
  bool dutch = from == KeywordLanguage::Dutch;
  for (const auto& s : spellings(kind)) {
    if ((dutch ? s.dutch : s.english) == word) return to == KeywordLanguage::Dutch ? s.dutch : s.english;
  }
  return std::nullopt;
}

}  // namespace agree::parse
