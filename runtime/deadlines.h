// Dates on which clause deadlines fall: "6 months before the term end" for each term period
// (or only the one the clause names), "within 24 hours after data_breach_detected" for each
// such scenario event, "within 5 working days after the start", "by 2026-02-28".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "timeline.h"

namespace agree::runtime {

struct Due {
  std::string clause;
  std::string due;  // the last allowed day (YYYY-MM-DD), or moment (YYYY-MM-DDTHH:MM) for hours
  Fact rule;        // how the date was computed, citing the clause
  // Which occurrence this is: the term period it precedes ("period 2"), or the event that
  // created it (its kind, its `name`, the party it happened to); empty for a single deadline.
  std::string label;
  std::optional<Interval> period;  // BeforeTermEnd: the term period
  std::string eventName;
  std::string eventParty;
  // A window before an event: the first allowed day or moment; an act before it is too early.
  std::string earliest;
  bool scheduled = false;  // the act happens on `due` (a scheduled act), not by it
};

// A due day moved to the next working day of the agreement's calendar, where the clause says
// so ("or next working day"); `note` says why it moved ("" when it did not).
struct Rolled {
  Date date;
  Fact note;
};
Rolled rollToWorkingDay(const model::Agreement& agreement, Date due);

// Deadlines before the end of periods 1..lastPeriod, and after the scenario's events.
std::vector<Due> dueDates(const Timeline& timeline, long long lastPeriod);

}  // namespace agree::runtime
