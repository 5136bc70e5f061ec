// Each part of the model as named fields with their values as facts ("notice period" = 1
// month), so two versions compare field by field and a change reads as "1 month -> 3 months"
// in the reader's language.
#pragma once

#include <vector>

#include "facts/fact.h"
#include "model/model.h"

namespace agree::diff {

struct Field {
  runtime::Fact name;   // DiffField*
  runtime::Fact value;  // empty: the field is absent
};
using Fields = std::vector<Field>;

Fields describeHeader(const model::Agreement& a);
Fields describeParty(const model::Agreement& a, const model::Party& p);
// A clause's own fields and the rules it carries (term, renewal, notice, powers, ...).
Fields describeClause(const model::Agreement& a, const model::Clause& c);

}  // namespace agree::diff
