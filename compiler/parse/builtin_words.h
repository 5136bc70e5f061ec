// The built-in words that are names, not keywords: forms (`writing`), event kinds
// (`evaluation`) and outcomes (`negative`). A file written with Dutch keywords writes them in
// Dutch (`schriftelijk`, `evaluatie`, `negatief`); the model always holds the English name, so
// both spellings of an agreement compile to the same model (docs/language.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parse/keywords.h"

namespace agree::parse {

enum class BuiltInWord { Form, EventKind, Outcome };

// The same built-in word in `to`; nullopt when `word` is no built-in word of this kind in `from`.
std::optional<std::string> translateBuiltInWord(std::string_view word, BuiltInWord kind, KeywordLanguage from,
                                                KeywordLanguage to);

}  // namespace agree::parse
