// The diff for people (text, Markdown) and for tools (JSON, docs/diff.md), with the same
// content in every form and a one-line summary per category first.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "diff/diff.h"

namespace agree::diff {

std::string diffText(const AgreementDiff& d);
std::string diffMarkdown(const AgreementDiff& d);
nlohmann::ordered_json diffJson(const AgreementDiff& d);

}  // namespace agree::diff
