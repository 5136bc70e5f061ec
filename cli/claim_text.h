// An expectation's claim written back as code (`ends 2027-08-18 by notice under 16.2`), with the
// keywords of the answer's language, so `agree test` can show what holds in the words the
// author would write to expect it.
#pragma once

#include <string>

#include "expectations.h"
#include "model/model.h"
#include "words/lang.h"

namespace agree::cli {

std::string claimText(const model::Expectation& claim, words::Lang lang);

// What holds instead of the claim: the actual claims joined by "; ", or the event the answer
// depends on, or the problem that kept the question from being asked.
std::string actualText(const runtime::ExpectationResult& result, const model::Agreement& agreement, words::Lang lang);

}  // namespace agree::cli
