// The diff for people (text, Markdown) and for tools (JSON, docs/diff.md), with the same
// content in every form and a one-line summary per category first. Every word is said in
// `lang` from the facts the comparison found, naming things as `agreement` (the new version)
// does; JSON gives each fact beside its sentence.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "diff/diff.h"
#include "words/lang.h"

namespace agree::diff {

std::string diffText(const AgreementDiff& d, const model::Agreement& agreement, words::Lang lang);
std::string diffMarkdown(const AgreementDiff& d, const model::Agreement& agreement, words::Lang lang);
nlohmann::ordered_json diffJson(const AgreementDiff& d, const model::Agreement& agreement, words::Lang lang);

}  // namespace agree::diff
