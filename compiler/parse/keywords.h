// The language's keywords in English and in Dutch (grammar/keywords.def). A file is written in
// one of them: the first keyword that is only English or only Dutch decides (docs/language.md,
// "Dutch keywords"). No ANTLR type crosses this header: tools that translate or check words
// (agree fmt --lang) use it as well as the parser.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace agree::parse {

enum class KeywordLanguage { English, Dutch };

// "English" / "Dutch", for messages.
const char* keywordLanguageName(KeywordLanguage lang);
KeywordLanguage otherKeywordLanguage(KeywordLanguage lang);

// Whether `word` is a keyword when a file is written in `lang`.
bool isKeyword(std::string_view word, KeywordLanguage lang);

// The same keyword in `to`; nullopt when `word` is no keyword of `from`.
std::optional<std::string> translateKeyword(std::string_view word, KeywordLanguage from, KeywordLanguage to);
// English code ("not in force on", "term end") spelled in `to`, word by word; a word that is
// no keyword is kept as it is.
std::string translateEnglishPhrase(std::string_view english, KeywordLanguage to);

// The language `word` settles when a file's keywords are read: nullopt when it is a keyword of
// both languages alike ("per", "scenario") or of neither.
std::optional<KeywordLanguage> languageOfKeyword(std::string_view word);

}  // namespace agree::parse
