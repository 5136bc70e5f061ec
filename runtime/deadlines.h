// Dates on which clause deadlines fall: "6 months before the term end" for each listed term
// period, "within 24 hours after data_breach_detected" for each such scenario event.
#pragma once

#include <string>
#include <vector>

#include "timeline.h"

namespace agree::runtime {

struct Due {
  std::string clause;
  std::string due;   // the last allowed day (YYYY-MM-DD), or moment (YYYY-MM-DDTHH:MM) for hours
  std::string rule;  // how the date was computed, citing the clause
};

// Deadlines before the end of periods 1..lastPeriod, and after the scenario's events.
std::vector<Due> dueDates(const Timeline& timeline, long long lastPeriod);

}  // namespace agree::runtime
