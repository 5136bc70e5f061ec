// Durations as written in agreements ("1 year", "one month", "30 days", "24 hours") and the
// one rule for adding them: months and years move the calendar month and clamp to the month's
// last day; days and weeks count days. A duration is never folded into days.
#pragma once

#include <string>

#include "time/date.h"

namespace agree::time {

enum class Unit { Day, Week, Month, Year, Hour, WorkingDay };

struct Duration {
  long long count = 0;
  Unit unit = Unit::Day;

  bool isCalendar() const { return unit == Unit::Month || unit == Unit::Year; }
  bool isDayBased() const { return unit == Unit::Day || unit == Unit::Week; }
  // Whole months for Month/Year, whole days for Day/Week; 0 otherwise.
  long long months() const;
  long long days() const;
  // "1 month", "2 years", "30 days".
  std::string text() const;
  bool operator==(const Duration&) const = default;
};

const char* unitName(Unit unit, bool plural);

struct Shifted {
  Date date;
  bool clamped = false;  // the day did not exist in the target month and became its last day
  // The true result lies before 0001-01-01 or after 9999-12-31: `date` is then the nearest
  // end of the calendar and no answer may show it as a date (DESIGN.md: refuse, never clamp).
  bool outOfRange = false;
};

// date + n days, saying when the result leaves the calendar.
Shifted addDays(Date date, long long n);

// date + n months, clamped to the end of the month (31 Jan + 1 month = 28/29 Feb).
Shifted addMonths(Date date, long long months);

// date + (k × duration) in one step, k ≥ 0 (so a chain of periods never drifts).
// Only day- and month-based durations; hours and working days need a calendar or a time.
Shifted addTimes(Date date, const Duration& duration, long long k);
inline Shifted add(Date date, const Duration& d) { return addTimes(date, d, 1); }

// date − duration with the same clamping rule (31 Mar − 1 month = 28/29 Feb).
Shifted subtract(Date date, const Duration& duration);

// The latest day x with x + duration ≤ limit: the last day on which an act with that lead
// time can still take effect by `limit`.
Date latestStartFor(Date limit, const Duration& duration);

// Whether `a` is not longer than `b` for every start date (used to compare a notice period
// with a term). Months are compared with days by their shortest and longest lengths.
bool surelyNotLonger(const Duration& a, const Duration& b);

}  // namespace agree::time
