// What a scenario violates: events the agreement did not allow (a power not active, a wrong
// form, an act after the end), notices too late for the period end they aimed at, and duties
// performed (`done` events) after their due date.
#pragma once

#include <string>
#include <vector>

#include "timeline.h"

namespace agree::runtime {

struct Violation {
  Date date;
  std::string kind;    // "rejected", "late notice", "late", "too few", "cap", "instance"
  std::string clause;
  std::string party;
  std::string detail;  // why, with the dates and the clause
};

std::vector<Violation> violations(const Timeline& timeline);

}  // namespace agree::runtime
