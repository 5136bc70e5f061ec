// The last day to give notice "N before the end" of a term period, with the safe day of the
// other reading. DESIGN.md reads "the end" as the first day after the period (end − N); a
// lawyer may read it as the period's last day ("drie jaar vóór de afloopdatum" of a term
// whose last day is 31 December 2038), which gives (last day − N): one day earlier, or more
// where months clamp. Answers give both, and say when the computed day is not a working day.
#pragma once

#include <optional>
#include <string>

#include "facts/fact.h"
#include "model/model.h"

namespace agree::runtime {

struct NoticeDay {
  time::Date latest;               // end − N, the rule
  time::Date safe;                 // (end − 1 day) − N, the other reading
  std::optional<bool> workingDay;  // latest on the agreement's calendar; nullopt: calendar unavailable
  std::string notWorkingBecause;   // "zondag (Sunday)"
  std::string notWorkingDutch;     // "zondag"
  bool decreeDaysUnknown = false;  // latest falls in a year whose decree days are not published
};

NoticeDay noticeDay(const model::Agreement& agreement, time::Date periodEnd, const time::Duration& notice);

// "; safe day 2035-12-31 (reading the end as the last day of the period, 2038-12-31); 2036-01-01
// is not a working day (...)", for appending to an answer about `day.latest`.
Fact noticeDayNote(const NoticeDay& day, time::Date periodEnd);

}  // namespace agree::runtime
