// The one-word answers of tables for people (`agree query --format text`): "yes", "no",
// "depends" / "ja", "nee", "hangt af" — the words `bound` uses for its verdict.
// Machine forms (CSV, JSON) never use these: they keep `yes`, `true` and the like.
#pragma once

#include <cstddef>
#include <optional>

#include "words/lang.h"

namespace agree::words {

// true: "yes" / "ja"; false: "no" / "nee"; nullopt (it depends on something not yet known):
// "depends" / "hangt af".
const char* answerWord(std::optional<bool> answer, Lang lang);

// The longest of the three in `lang` (7 / 8), for aligning a column of them.
std::size_t answerWordWidth(Lang lang);

}  // namespace agree::words
