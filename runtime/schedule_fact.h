// A recurrence as the clause writes it ("quarterly, due by the end of month 2 after each
// quarter": the same as model::scheduleText says it in English), as a fact (ScheduleRule), so
// the agenda, violations and diff say it in the reader's language.
#pragma once

#include "facts/fact.h"
#include "model/model.h"

namespace agree::runtime {

// Empty for a clause that does not recur.
Fact scheduleFact(const model::Schedule& schedule);

}  // namespace agree::runtime
