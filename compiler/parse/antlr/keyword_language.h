// Reads a lexed file's keywords in its language (parse/keywords.h). The lexer knows only the
// English spellings; in a Dutch file every Dutch keyword is given its keyword's token type and
// every English one becomes a plain name, so the parser runs unchanged on either.
#pragma once

#include <antlr4-runtime.h>

#include <string>

#include "parse/keywords.h"

namespace agree::parse {

struct KeywordReading {
  KeywordLanguage language = KeywordLanguage::English;
  // The token that settled the language (its text and 1-based place); empty when none did and
  // the file is read as English.
  std::string settledBy;
  std::size_t line = 0;
  std::size_t column = 0;
  // Settled by most of the file's keywords (its first word is the same in both languages):
  // `settledBy` is then the first keyword of the winning language.
  bool byMajority = false;
};

// Settles the language of `tokens` (filled) and, for a Dutch file, retypes its words in place.
KeywordReading readKeywords(antlr4::CommonTokenStream& tokens);

// The English spelling of a keyword token type ("party"); empty for any other type.
std::string englishSpelling(size_t tokenType);

}  // namespace agree::parse
