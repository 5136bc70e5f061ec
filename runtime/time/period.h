// A chain of periods: the first lasts `first`, each later one `each`. The n-th period (n ≥ 1)
// ends at start + first + (n−1)×each, computed from the start in one step, so ends never drift
// and any period is found without walking the chain.
#pragma once

#include <optional>

#include "time/duration.h"

namespace agree::time {

struct PeriodChain {
  Date start;
  Duration first;
  Duration each;  // unused when maxPeriods == 1
  // A first period that ends on a fixed date ("until 1 April 2026") instead of after `first`:
  // the later periods are then counted from that date, period n ending at firstEnd +
  // (n-1) x each, again in one step.
  std::optional<Date> firstEnd = std::nullopt;

  // End of period n (n ≥ 1); saturates at Date::max().
  Shifted endOf(long long n) const;
  Date startOf(long long n) const { return n <= 1 ? start : endOf(n - 1).date; }
  // The period n with startOf(n) ≤ d < endOf(n); nullopt before the start.
  // O(log n): a query in the year 2999 costs about as much as one in 2027.
  std::optional<long long> indexContaining(Date d) const;
};

// Half-open interval [from, until); until == nullopt means open (no known end).
struct Interval {
  Date from;
  std::optional<Date> until;
  bool contains(Date d) const { return from <= d && (!until || d < *until); }
};

}  // namespace agree::time

namespace agree::time {

// Calendar periods that a notice can be given "against": a month, a quarter or a year (`months`
// is 1, 3 or 12), each starting on the first day of a month that is a multiple of it.

// The first day of the calendar period that holds d.
Date calendarPeriodStart(Date d, int months);
// The first day of the next calendar period after the one that holds d (its end, half-open);
// outOfRange when that lies past 9999-12-31.
Shifted calendarPeriodEnd(Date d, int months);

// "Opzegging tegen het einde van een kalenderjaar met een opzegtermijn van zes maanden": the
// first end E of a calendar period with `given` on or before E - notice (DESIGN.md, notice
// before the end), so a later notice takes effect at the following period's end.
Shifted endWithNoticeBefore(Date given, const Duration& notice, int months);
// "Een opzegtermijn van twee jaar, te rekenen vanaf het einde van het kalenderjaar": the end of
// the calendar period holding `given`, plus the notice period.
Shifted endWithNoticeFrom(Date given, const Duration& notice, int months);
// The last day a notice can be given so that it takes effect on or before `limit`; nullopt
// when no such day lies in the calendar.
std::optional<Date> latestNoticeBefore(Date limit, const Duration& notice, int months);
std::optional<Date> latestNoticeFrom(Date limit, const Duration& notice, int months);

}  // namespace agree::time
