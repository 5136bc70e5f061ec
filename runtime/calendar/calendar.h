// Working-day calendars: which days count for "within N working days after D", and what the
// other days are called (for explanations). DESIGN.md, section "Time":
//   - working days come from a named calendar; stdlib ships `nl-atw`, the Dutch calendar of the
//     Algemene termijnenwet (Atw): Saturdays, Sundays, the art. 3(1) holidays, Good Friday
//     (art. 3(2)) and the days equated by royal decree under art. 3(3);
//   - the decree days are published a few years at a time, so they live in data
//     (stdlib/calendars/nl-atw.json) together with the years the published decrees cover;
//     counting through a year not covered carries a caveat (decreeDaysUnknown);
//   - "within N working days after D" is the N-th working day after D, D itself not counted;
//   - moving a deadline that falls on a non-working day to the next working day happens only
//     where the clause says so: nextWorkingDayOnOrAfter / rollForward exist, callers decide.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "time/date.h"

namespace agree::calendar {

// Upper bound for |n| in addWorkingDays (about 38 years of working days). Larger counts are
// not computed: the result is saturated (see WorkingDayResult::saturated).
inline constexpr int kMaxWorkingDays = 10000;

// Upper bound on the calendar days one count or roll may walk through. With at most six weekend
// days a week and finitely many holidays this is never reached by a count within
// kMaxWorkingDays; it only stops a degenerate calendar from looping.
inline constexpr long long kMaxScanDays = 8LL * kMaxWorkingDays + 1000;

// A holiday given by a rule, e.g. "Easter Sunday + 1".
struct HolidayRule {
  std::string name;  // in Dutch with the English in brackets: "Koningsdag (King's Day)"
  // The day in `year`, or nullopt when the rule has no day in that year.
  std::function<std::optional<time::Date>(int year)> dateIn;
  std::string dutchName;  // "Koningsdag"; empty: the same as `name`
};

struct NamedDay {
  time::Date date;
  std::string name;       // "Koningsdag (King's Day); zaterdag (Saturday)"
  std::string dutchName;  // "Koningsdag; zaterdag", for answers in Dutch
  bool operator==(const NamedDay&) const = default;
};

// How a day is named: in Dutch with the English in brackets ("zondag (Sunday)": answers in
// English and JSON), or in Dutch alone ("zondag": answers in Dutch).
enum class DayNames { Bilingual, Dutch };

struct WorkingDayResult {
  time::Date date;
  // True when some year in the counted range is not a "known year" (no published decree):
  // the answer holds only if no further days get equated by decree. unknownDecreeYears lists
  // those years in ascending order. The counted range is (d, date] for addWorkingDays with
  // n > 0, [date, d) for n < 0, [d, date] for rollForward; empty for n == 0.
  bool decreeDaysUnknown = false;
  std::vector<int> unknownDecreeYears;
  // The non-working days passed over, in the order they were passed, with their reason
  // ("Tweede Kerstdag (Boxing Day)", "zaterdag (Saturday)"), and in Dutch alone.
  std::vector<NamedDay> skipped;
  // True when the count was not computed: |n| > kMaxWorkingDays, the count would leave years
  // 1..9999, or kMaxScanDays were walked. `date` is then Date::max() (counting forward) or
  // Date::min() (backward), in line with the date library's "end of time"; the other fields
  // are empty/false. Callers must check this before using `date`.
  bool saturated = false;
};

class Calendar {
 public:
  explicit Calendar(std::string name);

  // The built-in rules of `nl-atw`: weekend Saturday/Sunday, the art. 3(1) and 3(2) holidays.
  // No decree days and no known years: load stdlib/calendars/nl-atw.json for those.
  static Calendar nlAtwRules();
  // The built-in rule set with this name (only "nl-atw" so far), without decree data.
  static std::optional<Calendar> builtin(std::string_view name);

  // Easter Sunday of `year` (Gregorian computus, anonymous algorithm of Meeus/Jones/Butcher).
  // Years before 1583 get the proleptic Gregorian computus, not the historical Julian Easter.
  // Precondition: 1 <= year <= 9999.
  static time::Date easterSunday(int year);

  const std::string& name() const { return name_; }
  const std::string& description() const { return description_; }
  const std::string& source() const { return source_; }
  void setDescription(std::string text) { description_ = std::move(text); }
  void setSource(std::string text) { source_ = std::move(text); }

  // ISO weekdays (Monday = 1 .. Sunday = 7). Returns false (and changes nothing) when a number
  // is outside 1..7 or all seven days would be weekend.
  bool setWeekend(const std::vector<unsigned>& isoWeekdays);
  void addRule(HolidayRule rule);
  // Name given to decree days (for nl-atw: "dag gelijkgesteld bij koninklijk besluit
  // (art. 3(3) Atw)").
  void setDecreeDayName(std::string name) { decreeDayName_ = std::move(name); }
  void addDecreeYear(int year) { decreeYears_.insert(year); }
  void addDecreeDay(time::Date d) { decreeDays_.insert(d); }

  bool isWeekend(time::Date d) const;
  bool isWorkingDay(time::Date d) const;
  // The holiday(s) on d — rule holidays and decree days, not plain weekends; several names
  // are joined with " / " (5 May 2016 was both Liberation Day and Ascension Day).
  std::optional<std::string> holidayName(time::Date d, DayNames names = DayNames::Bilingual) const;
  // Why d is not a working day: the holiday name(s), the weekday for a weekend day, or both
  // ("Koningsdag (King's Day); zaterdag (Saturday)" / "Koningsdag; zaterdag"). Nullopt for a
  // working day.
  std::optional<std::string> nonWorkingReason(time::Date d, DayNames names = DayNames::Bilingual) const;
  // Every rule holiday and decree day in `year`, by date (weekends not included).
  std::vector<NamedDay> holidaysIn(int year) const;

  // Whether the decree days of `year` are published (the year is listed in decree_years).
  bool decreeDaysKnown(int year) const { return decreeYears_.count(year) != 0; }
  const std::set<int>& decreeYears() const { return decreeYears_; }
  const std::set<time::Date>& decreeDays() const { return decreeDays_; }

  // The n-th working day after d, d itself not counted; for n < 0 the |n|-th working day
  // before d; for n == 0, d itself (whether or not it is a working day).
  WorkingDayResult addWorkingDays(time::Date d, int n) const;
  // d if it is a working day, else the first working day after it (with the days skipped).
  WorkingDayResult rollForward(time::Date d) const;
  // rollForward(d).date; Date::max() if no working day follows within the bounds.
  time::Date nextWorkingDayOnOrAfter(time::Date d) const;

 private:
  std::vector<std::string> holidayNames(time::Date d, DayNames names) const;
  // The day as WorkingDayResult::skipped lists it, in both namings.
  NamedDay nonWorkingDay(time::Date d) const;
  void markUnknownYears(WorkingDayResult& r, time::Date from, time::Date to) const;

  std::string name_;
  std::string description_;
  std::string source_;
  bool weekend_[8] = {};  // indexed by ISO weekday 1..7
  std::vector<HolidayRule> rules_;
  std::string decreeDayName_ = "equated day";
  std::set<int> decreeYears_;
  std::set<time::Date> decreeDays_;
};

// A calendar from its JSON text:
//   {"name": "nl-atw", "description": "...", "source": "...",
//    "decree_years": [2022, ...], "decree_days": ["2022-05-27", ...]}
// `name` selects the built-in rules; the decree days and years come from the text. Rejected,
// with a message naming the offending entry: malformed JSON, unknown or mistyped keys, a
// missing name/decree_years/decree_days, an unknown rule set, a year outside 1..9999, an
// impossible date ("2025-02-30"), a decree day outside the listed decree_years, a duplicate,
// or a decree day that is already a non-working day (a probable typo). Never throws.
std::optional<Calendar> parseCalendar(std::string_view jsonText, std::string& error);

// parseCalendar on the contents of the file at `path`; errors are prefixed with the path.
std::optional<Calendar> loadCalendar(const std::string& path, std::string& error);

// Where stdlib keeps the calendar `name`: <stdlibDir>/calendars/<name>.json.
std::string stdlibCalendarPath(const std::string& stdlibDir, const std::string& name = "nl-atw");

}  // namespace agree::calendar
