#include "time/duration.h"

#include <string>

namespace agree::time {

using namespace std::chrono;

long long Duration::months() const {
  if (unit == Unit::Month) return count;
  if (unit == Unit::Year) return count * 12;
  return 0;
}

long long Duration::days() const {
  if (unit == Unit::Day) return count;
  if (unit == Unit::Week) return count * 7;
  return 0;
}

const char* unitName(Unit u, bool plural) {
  switch (u) {
    case Unit::Day: return plural ? "days" : "day";
    case Unit::Week: return plural ? "weeks" : "week";
    case Unit::Month: return plural ? "months" : "month";
    case Unit::Year: return plural ? "years" : "year";
    case Unit::Hour: return plural ? "hours" : "hour";
    case Unit::WorkingDay: return plural ? "working days" : "working day";
  }
  return "?";
}

std::string Duration::text() const { return std::to_string(count) + " " + unitName(unit, count != 1); }

Shifted addDays(Date date, long long n) {
  if (n > date.daysUntil(Date::max())) return {Date::max(), false, true};
  if (n < date.daysUntil(Date::min())) return {Date::min(), false, true};
  return {date.plusDays(n), false, false};
}

Shifted addMonths(Date date, long long n) {
  // Far beyond year 9999 there is nothing to clamp: saturate, and say so.
  if (n > 12LL * 10000) return {Date::max(), false, true};
  if (n < -12LL * 10000) return {Date::min(), false, true};
  long long monthIndex = static_cast<long long>(date.year()) * 12 + (date.month() - 1) + n;
  long long y = monthIndex >= 0 ? monthIndex / 12 : -((-monthIndex + 11) / 12);
  unsigned m = static_cast<unsigned>(monthIndex - y * 12) + 1;
  if (y > 9999) return {Date::max(), false, true};
  if (y < 1) return {Date::min(), false, true};
  auto exact = Date::fromYmd(static_cast<int>(y), m, date.day());
  if (exact) return {*exact, false};
  year_month_day_last last{year{static_cast<int>(y)}, month_day_last{month{m}}};
  return {Date::fromDays(sys_days{last}), true};
}

Shifted addTimes(Date date, const Duration& d, long long k) {
  if (d.isCalendar()) {
    long long months = d.months();
    // Saturate the product rather than overflow: beyond year 9999 is the end of time.
    if (months != 0 && (k > 200000 / months || k < -200000 / months)) {
      return {k > 0 ? Date::max() : Date::min(), false, true};
    }
    return addMonths(date, months * k);
  }
  long long days = d.days();
  if (days != 0 && (k > 4000000 / days || k < -4000000 / days)) {
    return {k > 0 ? Date::max() : Date::min(), false, true};
  }
  return addDays(date, days * k);
}

Shifted subtract(Date date, const Duration& d) { return addTimes(date, d, -1); }

Date latestStartFor(Date limit, const Duration& d) {
  // Adding a duration is monotonic, so step from the clamped difference to the last day that
  // still fits; at most a few steps (a month end can absorb up to 3 days).
  // A sum past 9999-12-31 saturates at it: it does not fit however close the limit is.
  auto fits = [&](Date start) {
    Shifted end = add(start, d);
    return !end.outOfRange && end.date <= limit;
  };
  Date x = subtract(limit, d).date;
  while (x < limit && fits(x.plusDays(1))) x = x.plusDays(1);
  while (x > Date::min() && !fits(x)) x = x.plusDays(-1);
  return x;
}

namespace {
// Shortest and longest length in days of `months` calendar months over every start day of an
// eight-year window that holds leap years and the non-leap century year 2100.
std::pair<long long, long long> monthSpanDays(long long months) {
  long long lo = -1, hi = 0;
  Date d = *Date::fromYmd(2096, 1, 1);
  Date stop = *Date::fromYmd(2104, 1, 1);
  for (; d < stop; d = d.plusDays(1)) {
    long long n = d.daysUntil(addMonths(d, months).date);
    if (lo < 0 || n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return {lo, hi};
}
}  // namespace

bool surelyNotLonger(const Duration& a, const Duration& b) {
  if (a.isCalendar() && b.isCalendar()) return a.months() <= b.months();
  if (a.isDayBased() && b.isDayBased()) return a.days() <= b.days();
  auto bounds = [](const Duration& x) -> std::pair<long long, long long> {
    if (x.isCalendar()) return monthSpanDays(x.months());
    if (x.unit == Unit::Hour) return {x.count / 24, (x.count + 23) / 24};
    if (x.unit == Unit::WorkingDay) return {x.count, x.count * 3};  // generous: holidays
    return {x.days(), x.days()};
  };
  return bounds(a).second <= bounds(b).first;
}

}  // namespace agree::time
