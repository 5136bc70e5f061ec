#include "time/date.h"

#include <cstdio>

namespace agree::time {

using namespace std::chrono;

namespace {
constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

std::optional<unsigned> digits(std::string_view text, std::size_t pos, std::size_t n) {
  if (pos + n > text.size()) return std::nullopt;
  unsigned v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    v = v * 10 + static_cast<unsigned>(text[i] - '0');
  }
  return v;
}
}  // namespace

Date::Date() : days_(sys_days{std::chrono::year{kMinYear} / January / 1}) {}

std::optional<Date> Date::fromYmd(int y, unsigned m, unsigned d) {
  if (y < kMinYear || y > kMaxYear) return std::nullopt;
  // chrono::month/day keep only 8 bits: reject out-of-range numbers before they wrap (257 -> 1).
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return Date(sys_days{ymd});
}

std::optional<Date> Date::parseIso(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto y = digits(t, 0, 4), m = digits(t, 5, 2), d = digits(t, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  return fromYmd(static_cast<int>(*y), *m, *d);
}

Date Date::fromDays(sys_days d) {
  if (d < min().days_) return min();
  if (d > max().days_) return max();
  return Date(d);
}

Date Date::min() { return Date(sys_days{std::chrono::year{kMinYear} / January / 1}); }
Date Date::max() { return Date(sys_days{std::chrono::year{kMaxYear} / December / 31}); }

int Date::year() const { return static_cast<int>(year_month_day{days_}.year()); }
unsigned Date::month() const { return static_cast<unsigned>(year_month_day{days_}.month()); }
unsigned Date::day() const { return static_cast<unsigned>(year_month_day{days_}.day()); }

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
  return buf;
}

Date Date::plusDays(long long n) const {
  // Clamp the count first so the addition itself cannot overflow.
  const long long span = max().days_.time_since_epoch().count() - min().days_.time_since_epoch().count();
  if (n > span) n = span + 1;
  if (n < -span) n = -span - 1;
  return fromDays(days_ + std::chrono::days{n});
}

long long Date::daysUntil(Date other) const { return (other.days_ - days_).count(); }

unsigned Date::isoWeekday() const { return weekday{days_}.iso_encoding(); }

std::optional<DateTime> DateTime::parseIso(std::string_view t) {
  if (t.size() != 16 || t[10] != 'T' || t[13] != ':') return std::nullopt;
  auto d = Date::parseIso(t.substr(0, 10));
  auto h = digits(t, 11, 2), m = digits(t, 14, 2);
  if (!d || !h || !m || *h > 23 || *m > 59) return std::nullopt;
  return DateTime{*d, static_cast<int>(*h * 60 + *m)};
}

DateTime DateTime::plusHours(long long hours) const {
  long long total = minute_of_day + hours * 60;
  long long dayShift = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
  return DateTime{date.plusDays(dayShift), static_cast<int>(total - dayShift * 1440)};
}

std::string DateTime::iso() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", minute_of_day / 60, minute_of_day % 60);
  return date.iso() + buf;
}

}  // namespace agree::time
