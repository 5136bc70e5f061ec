#include "parse/keywords.h"

#include <unordered_map>

namespace agree::parse {

namespace {

struct Spelling {
  const char* english;
  const char* dutch;
};

constexpr Spelling kKeywords[] = {
#define AGREE_KEYWORD(token, english, dutch) {english, dutch},
#include "keywords.def"
#undef AGREE_KEYWORD
};

const char* spelled(const Spelling& s, KeywordLanguage lang) {
  return lang == KeywordLanguage::Dutch ? s.dutch : s.english;
}

// Word → its row, per language (built once; read-only afterwards, so safe across threads).
const std::unordered_map<std::string_view, const Spelling*>& index(KeywordLanguage lang) {
  static const auto build = [](KeywordLanguage l) {
    std::unordered_map<std::string_view, const Spelling*> m;
    for (const auto& s : kKeywords) m.emplace(spelled(s, l), &s);
    return m;
  };
  static const auto english = build(KeywordLanguage::English);
  static const auto dutch = build(KeywordLanguage::Dutch);
  return lang == KeywordLanguage::Dutch ? dutch : english;
}

}  // namespace

const char* keywordLanguageName(KeywordLanguage lang) { return lang == KeywordLanguage::Dutch ? "Dutch" : "English"; }

KeywordLanguage otherKeywordLanguage(KeywordLanguage lang) {
  return lang == KeywordLanguage::Dutch ? KeywordLanguage::English : KeywordLanguage::Dutch;
}

bool isKeyword(std::string_view word, KeywordLanguage lang) { return index(lang).count(word) > 0; }

std::optional<std::string> translateKeyword(std::string_view word, KeywordLanguage from, KeywordLanguage to) {
  auto it = index(from).find(word);
  if (it == index(from).end()) return std::nullopt;
  return std::string(spelled(*it->second, to));
}

std::string translateEnglishPhrase(std::string_view english, KeywordLanguage to) {
  std::string out;
  std::size_t from = 0;
  while (from <= english.size()) {
    std::size_t space = english.find(' ', from);
    std::string_view word = english.substr(from, space == std::string_view::npos ? english.npos : space - from);
    if (!out.empty()) out += ' ';
    out += translateKeyword(word, KeywordLanguage::English, to).value_or(std::string(word));
    if (space == std::string_view::npos) break;
    from = space + 1;
  }
  return out;
}

std::optional<KeywordLanguage> languageOfKeyword(std::string_view word) {
  bool english = isKeyword(word, KeywordLanguage::English);
  bool dutch = isKeyword(word, KeywordLanguage::Dutch);
  if (english == dutch) return std::nullopt;
  return english ? KeywordLanguage::English : KeywordLanguage::Dutch;
}

}  // namespace agree::parse
