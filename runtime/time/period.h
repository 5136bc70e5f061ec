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
