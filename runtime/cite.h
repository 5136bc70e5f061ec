// How answers cite clauses, parties and dates: one wording everywhere.
#pragma once

#include <string>

#include "model/model.h"

namespace agree::runtime {

inline std::string art(const std::string& clause) { return "art. " + clause; }
std::string partyLabel(const model::Agreement& a, const std::string& party);
std::string formLabel(model::Form form);
std::string eventLabel(const model::Event& e, const model::Agreement& a);

}  // namespace agree::runtime
