#include "parse/antlr/keyword_language.h"

#include <string_view>
#include <unordered_map>

#include "AgreeLexer.h"

namespace agree::parse {

namespace {

using L = grammar::AgreeLexer;

struct Keyword {
  size_t type;
  const char* english;
  const char* dutch;
};

constexpr Keyword kKeywords[] = {
#define AGREE_KEYWORD(token, english, dutch) {L::token, english, dutch},
#include "keywords.def"
#undef AGREE_KEYWORD
};

// Dutch word → token type, and token type → its row (built once, then only read).
const std::unordered_map<std::string_view, size_t>& dutchTypes() {
  static const auto m = [] {
    std::unordered_map<std::string_view, size_t> out;
    for (const auto& k : kKeywords) out.emplace(k.dutch, k.type);
    return out;
  }();
  return m;
}

const Keyword* keywordOfType(size_t type) {
  static const auto m = [] {
    std::unordered_map<size_t, const Keyword*> out;
    for (const auto& k : kKeywords) out.emplace(k.type, &k);
    return out;
  }();
  auto it = m.find(type);
  return it == m.end() ? nullptr : it->second;
}

bool isWord(const antlr4::Token* t) { return t->getType() == L::IDENT || keywordOfType(t->getType()); }

void settle(KeywordReading& reading, KeywordLanguage language, const antlr4::Token* by) {
  reading.language = language;
  reading.settledBy = by->getText();
  reading.line = by->getLine();
  reading.column = by->getCharPositionInLine() + 1;
}

// The language of a file's keywords (docs/language.md): its first keyword's, or, when that is
// the same in both languages (`scenario`), the language most of its words are keywords of, the
// name right after `scenario` aside (a scenario named `opzegging` in an English file); English
// on a tie.
void settleLanguage(KeywordReading& reading, const std::vector<antlr4::Token*>& all) {
  const antlr4::Token* first[2] = {nullptr, nullptr};
  std::size_t votes[2] = {0, 0};
  bool afterScenario = false, firstWord = true;
  for (auto* t : all) {
    if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    bool word = isWord(t);
    bool skip = afterScenario;
    afterScenario = t->getType() == L::SCENARIO;
    if (!word || skip) {
      firstWord = false;
      continue;
    }
    auto language = languageOfKeyword(t->getText());
    if (firstWord && language) return settle(reading, *language, t);
    firstWord = false;
    if (!language) continue;
    auto i = static_cast<std::size_t>(*language);
    ++votes[i];
    if (!first[i]) first[i] = t;
  }
  auto dutch = static_cast<std::size_t>(KeywordLanguage::Dutch),
       english = static_cast<std::size_t>(KeywordLanguage::English);
  if (votes[dutch] > votes[english]) {
    settle(reading, KeywordLanguage::Dutch, first[dutch]);
  } else if (first[english]) {
    settle(reading, KeywordLanguage::English, first[english]);
  }
  reading.byMajority = !reading.settledBy.empty();
}

}  // namespace

KeywordReading readKeywords(antlr4::CommonTokenStream& tokens) {
  KeywordReading reading;
  const auto& all = tokens.getTokens();
  settleLanguage(reading, all);
  if (reading.language == KeywordLanguage::English) return reading;
  const auto& dutch = dutchTypes();
  for (auto* t : all) {
    if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL || !isWord(t)) continue;
    auto* writable = dynamic_cast<antlr4::WritableToken*>(t);
    if (!writable) continue;
    auto it = dutch.find(t->getText());
    if (it != dutch.end())
      writable->setType(it->second);
    else if (t->getType() != L::IDENT)
      writable->setType(L::IDENT);  // an English keyword is only a name in a Dutch file
  }
  return reading;
}

std::string englishSpelling(size_t tokenType) {
  const auto* k = keywordOfType(tokenType);
  return k ? k->english : "";
}

}  // namespace agree::parse
