// agree fmt --lang: writes a file's keywords and built-in words in the other language, keeping
// every name, number, text and comment as written (docs/fmt.md, "Translating keywords").
#pragma once

#include <string>
#include <vector>

#include "parse/tokens.h"

namespace agree::format {

// A name that would become a keyword in the target language (an English file with a group
// called `partijen`): the file cannot be translated until it is renamed.
struct NameClash {
  const parse::SourceToken* token = nullptr;
  std::string keyword;  // the keyword it would read as, in English ("parties")
};

// The names of `outline` that clash with the keywords of `to`.
std::vector<NameClash> nameClashes(const parse::SourceOutline& outline, parse::KeywordLanguage to);

// Respells every keyword and built-in word of `outline` in `to`.
void translate(parse::SourceOutline& outline, parse::KeywordLanguage to);

// A token as it must survive formatting and translation: keywords and built-in words by their
// English meaning, every other token (comments tidied) by its kind and exact text.
std::string meaningOf(const parse::SourceToken& token, parse::KeywordLanguage language);

}  // namespace agree::format
