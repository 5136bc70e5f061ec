// Civil dates for agree: proleptic Gregorian, no time zone, years 1..9999.
// A leaf library: the compiler uses it to check dates, the runtime to compute them.
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace agree::time {

class Date {
 public:
  Date();  // 0001-01-01, so that records holding a date can be default-constructed
  // Nullopt for an impossible date (2025-02-30) or a year outside 1..9999.
  static std::optional<Date> fromYmd(int year, unsigned month, unsigned day);
  // Strict ISO 8601 calendar date, "YYYY-MM-DD".
  static std::optional<Date> parseIso(std::string_view text);
  static Date fromDays(std::chrono::sys_days days);
  static Date min();
  static Date max();

  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::chrono::sys_days days() const { return days_; }
  std::string iso() const;

  // Saturates at min()/max(): dates past year 9999 are "the end of time".
  Date plusDays(long long n) const;
  // other - this, in days.
  long long daysUntil(Date other) const;
  // Monday = 1 .. Sunday = 7.
  unsigned isoWeekday() const;

  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(std::chrono::sys_days d) : days_(d) {}
  std::chrono::sys_days days_;
};

// A date with a time of day, for clauses that count hours ("within 24 hours").
struct DateTime {
  Date date;
  int minute_of_day = 0;  // 0..1439

  static std::optional<DateTime> parseIso(std::string_view text);  // "YYYY-MM-DDTHH:MM"
  DateTime plusHours(long long hours) const;
  std::string iso() const;
  auto operator<=>(const DateTime&) const = default;
};

}  // namespace agree::time
