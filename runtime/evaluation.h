// An evaluation that decides a renewal ("renewed unless the evaluation is negative", "only if
// it is positive") and that the scenario does not record: which one, and the day it is due, so
// an answer that hinges on it can name it (DESIGN.md, "Occurrences, compliance ...").
#pragma once

#include <optional>
#include <string>

#include "timeline.h"

namespace agree::runtime {

struct PendingEvaluation {
  std::string event;    // "evaluation"
  std::string outcome;  // the outcome the renewal turns on ("negative"); may be empty
  std::string clause;   // the renewal's clause
  long long forPeriod = 0;
  Date renewalOn;              // the renewal it decides: the first day after period forPeriod
  Date due;                    // the clause's deadline for it, else the period's last day
  Fact dueBasis;               // art. 5, alinea 2; or the last day of period 1, whose renewal it decides
  bool renewsWithout = false;  // unless: renews without it; if: depends on it
  Fact text;                   // what answers say, the same for both conditions
};

// The due day of the evaluation in period n of a renewal condition.
std::pair<Date, Fact> evaluationDue(const Timeline& t, long long n);

// "no evaluation with outcome negative is recorded for period 1 (2025-04-01 .. 2026-03-31);
// it is due by 2026-02-28 (art. 5, alinea 2)".
Fact evaluationNotRecorded(const Timeline& t, long long n);

// The unrecorded evaluation the answer on d hinges on, if any.
std::optional<PendingEvaluation> pendingEvaluation(const Timeline& t, Date d);

}  // namespace agree::runtime
