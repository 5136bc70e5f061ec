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

// A due day moved to the next working day of the agreement's calendar, where the clause says
// so ("or next working day"); `note` says why it moved ("" when it did not).
struct Rolled {
  Date date;
  std::string note;
};
Rolled rollToWorkingDay(const model::Agreement& agreement, Date due);

// Deadlines before the end of periods 1..lastPeriod, and after the scenario's events.
std::vector<Due> dueDates(const Timeline& timeline, long long lastPeriod);

}  // namespace agree::runtime
