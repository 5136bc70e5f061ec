#include "time/period.h"

namespace agree::time {

Shifted PeriodChain::endOf(long long n) const {
  if (n < 1) return {start, false};
  if (firstEnd) return n == 1 ? Shifted{*firstEnd, false} : addTimes(*firstEnd, each, n - 1);
  // start + first + (n−1)×each in one step. first and each may differ in unit; years and
  // months are applied first, then days, as one addition (never period by period).
  long long months = first.months();
  long long days = first.days();
  long long k = n - 1;
  if (k > 0) {
    if (each.months() != 0 && k > 200000 / each.months()) return {Date::max(), false, true};
    if (each.days() != 0 && k > 4000000 / each.days()) return {Date::max(), false, true};
    months += each.months() * k;
    days += each.days() * k;
  }
  Shifted s = addMonths(start, months);
  if (s.outOfRange) return s;
  Shifted d = addDays(s.date, days);
  d.clamped = s.clamped;
  return d;
}

std::optional<long long> PeriodChain::indexContaining(Date d) const {
  if (d < start) return std::nullopt;
  if (firstEnd) {
    if (d < *firstEnd) return 1;
    if (each.months() == 0 && each.days() == 0) return 2;
    auto n = PeriodChain{*firstEnd, each, each, std::nullopt}.indexContaining(d);
    return n ? std::optional<long long>(*n + 1) : std::nullopt;
  }
  if (each.months() == 0 && each.days() == 0) return endOf(1).date <= d ? 2 : 1;  // no chain
  // One step when first and each are both whole months (or both days): estimate n from the
  // distance, then correct by at most a couple of periods (month ends clamp by a few days).
  if ((first.isCalendar() && each.isCalendar()) || (first.isDayBased() && each.isDayBased())) {
    long long span = first.isCalendar() ? (static_cast<long long>(d.year()) - start.year()) * 12 +
                                              (static_cast<long long>(d.month()) - start.month())
                                        : start.daysUntil(d);
    long long firstLen = first.isCalendar() ? first.months() : first.days();
    long long eachLen = each.isCalendar() ? each.months() : each.days();
    long long n = span < firstLen ? 1 : 2 + (span - firstLen) / eachLen;
    while (n > 1 && d < endOf(n - 1).date) --n;
    while (endOf(n).date <= d && endOf(n).date != Date::max()) ++n;
    return n;
  }
  // Otherwise exponential then binary search on the monotonic period ends: O(log n).
  long long hi = 1;
  while (endOf(hi).date <= d) {
    if (endOf(hi).date == Date::max()) return hi;  // the end of time
    hi *= 2;
  }
  long long lo = 1;
  while (lo < hi) {
    long long mid = lo + (hi - lo) / 2;
    if (endOf(mid).date <= d)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

}  // namespace agree::time

namespace agree::time {

Date calendarPeriodStart(Date d, int months) {
  unsigned m = d.month() - (d.month() - 1) % static_cast<unsigned>(months);
  return *Date::fromYmd(d.year(), m, 1);
}

Shifted calendarPeriodEnd(Date d, int months) { return addMonths(calendarPeriodStart(d, months), months); }

Shifted endWithNoticeBefore(Date given, const Duration& notice, int months) {
  // Walk the period ends from the first after `given`: subtracting is monotonic, so the first
  // end far enough ahead is the one. The walk is as long as the notice period in periods.
  Shifted end = calendarPeriodEnd(given, months);
  while (!end.outOfRange) {
    Shifted last = subtract(end.date, notice);
    if (!last.outOfRange && given <= last.date) return end;
    end = addMonths(end.date, months);
  }
  return end;
}

Shifted endWithNoticeFrom(Date given, const Duration& notice, int months) {
  Shifted end = calendarPeriodEnd(given, months);
  if (end.outOfRange) return end;
  return add(end.date, notice);
}

std::optional<Date> latestNoticeBefore(Date limit, const Duration& notice, int months) {
  // The latest period end on or before `limit` is the start of the period holding it.
  Shifted last = subtract(calendarPeriodStart(limit, months), notice);
  if (last.outOfRange) return std::nullopt;
  return last.date;
}

std::optional<Date> latestNoticeFrom(Date limit, const Duration& notice, int months) {
  // The period holding the notice must end on or before limit - notice.
  Date endBy = latestStartFor(limit, notice);
  Date start = calendarPeriodStart(endBy, months);
  if (start == Date::min()) return std::nullopt;
  return start.plusDays(-1);
}

}  // namespace agree::time
