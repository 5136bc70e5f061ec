#include "parse/builtin_words.h"

#include <vector>

#include "model/builtin_words.h"
#include "model/event_kinds.h"

namespace agree::parse {

namespace {

struct Spelling {
  std::string english;
  std::string dutch;
};

const std::vector<Spelling>& spellings(BuiltInWord kind) {
  // The tables live in the model (model/builtin_words.h), which answers read too.
  auto table = [](const auto& words) {
    std::vector<Spelling> out;
    for (const auto& w : words) out.push_back({w.id, w.dutchId});
    return out;
  };
  static const std::vector<Spelling> forms = table(model::kBuiltInForms);
  static const std::vector<Spelling> outcomes = table(model::kBuiltInOutcomes);
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
