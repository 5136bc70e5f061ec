// Each part of the model as named fields with values in words ("notice period" = "1 month"),
// so two versions compare field by field and a change reads as "1 month -> 3 months".
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/model.h"

namespace agree::diff {

using Fields = std::vector<std::pair<std::string, std::string>>;

Fields describeHeader(const model::Agreement& a);
Fields describeParty(const model::Agreement& a, const model::Party& p);
// A clause's own fields and the rules it carries (term, renewal, notice, powers, ...).
Fields describeClause(const model::Agreement& a, const model::Clause& c);

}  // namespace agree::diff
