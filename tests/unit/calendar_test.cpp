// Unit tests for the working-day calendars (runtime/calendar) and the stdlib calendar nl-atw.
// Expected values are worked out by hand from the rules of the Algemene termijnenwet and the
// published decree days (DESIGN.md, "Time"), never produced by the library. Weekdays written
// in comments are also checked against the date library (isoWeekday), which is independent of
// the calendar code.
#include <doctest/doctest.h>

#include "csv_table.h"

#include <climits>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "time/date.h"

using agree::calendar::Calendar;
using agree::calendar::NamedDay;
using agree::calendar::WorkingDayResult;
using agree::time::Date;

namespace {

const char* const kNewYear = "Nieuwjaarsdag (New Year's Day)";
const char* const kGoodFriday = "Goede Vrijdag (Good Friday)";
const char* const kEasterMonday = "Tweede Paasdag (Easter Monday)";
const char* const kKingsDay = "Koningsdag (King's Day)";
const char* const kQueensDay = "Koninginnedag (Queen's Day)";
const char* const kLiberation = "Bevrijdingsdag (Liberation Day)";
const char* const kAscension = "Hemelvaartsdag (Ascension Day)";
const char* const kWhitMonday = "Tweede Pinksterdag (Whit Monday)";
const char* const kChristmas = "Eerste Kerstdag (Christmas Day)";
const char* const kBoxingDay = "Tweede Kerstdag (Boxing Day)";
const char* const kDecree = "dag gelijkgesteld bij koninklijk besluit (art. 3(3) Atw)";
const char* const kSaturday = "zaterdag (Saturday)";
const char* const kSunday = "zondag (Sunday)";

// A date written in a test; a typo in a test is a test failure, not a crash.
Date D(std::string_view iso) {
  auto d = Date::parseIso(iso);
  REQUIRE_MESSAGE(d.has_value(), "bad date literal in test: " << std::string(iso));
  return *d;
}

// tests/unit/data -> repository root -> stdlib
std::string stdlibDir() { return std::string(AGREE_TEST_DATA_DIR) + "/../../../stdlib"; }

// The stdlib calendar nl-atw, loaded from its data file.
Calendar atw() {
  std::string error;
  auto cal = agree::calendar::loadCalendar(agree::calendar::stdlibCalendarPath(stdlibDir()), error);
  REQUIRE_MESSAGE(cal.has_value(), "cannot load stdlib nl-atw: " << error);
  return *cal;
}

std::string isoList(const std::vector<NamedDay>& days) {
  std::string out;
  for (const auto& d : days) out += d.date.iso() + " " + d.name + "\n";
  return out;
}

std::string isoList(const std::vector<Date>& days) {
  std::string out;
  for (const auto& d : days) out += d.iso() + " ";
  return out;
}

std::vector<Date> skippedDates(const WorkingDayResult& r) {
  std::vector<Date> out;
  for (const auto& s : r.skipped) out.push_back(s.date);
  return out;
}

struct ExpectedHoliday {
  const char* date;
  unsigned isoWeekday;  // worked out by hand, checked against the date library
  const char* name;
};

// holidaysIn(year) is exactly `expected`; every day of the year is a working day unless it is
// a weekend day or in `expected`; the year has `workingDays` working days.
void checkYear(const Calendar& cal, int year, const std::vector<ExpectedHoliday>& expected, int workingDays) {
  std::vector<NamedDay> want;
  for (const auto& e : expected) {
    INFO("expected holiday " << e.date << " " << e.name);
    CHECK(D(e.date).isoWeekday() == e.isoWeekday);
    want.push_back({D(e.date), e.name, ""});
  }
  CHECK(isoList(cal.holidaysIn(year)) == isoList(want));

  std::set<Date> holidays;
  for (const auto& w : want) holidays.insert(w.date);
  int working = 0;
  for (Date d = D(std::to_string(year) + "-01-01"); d.year() == year; d = d.plusDays(1)) {
    INFO("day " << d.iso());
    const bool weekend = d.isoWeekday() >= 6;
    const bool holiday = holidays.count(d) != 0;
    CHECK(cal.isWorkingDay(d) == (!weekend && !holiday));
    CHECK(cal.holidayName(d).has_value() == holiday);
    CHECK(cal.nonWorkingReason(d).has_value() == (weekend || holiday));
    if (cal.isWorkingDay(d)) ++working;
  }
  CHECK(working == workingDays);
}

// Writes files into a fresh temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ =
        std::filesystem::temp_directory_path() / ("agree_calendar_test_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    const auto p = path_ / name;
    std::ofstream out(p, std::ios::binary);
    out << text;
    return p.string();
  }
  std::string path(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Easter

TEST_CASE("calendar: Easter Sunday matches published dates (easter.csv)") {
  int rows = forEachCsvRow("easter.csv", "year,easter", [](const std::vector<std::string>& f) {
    REQUIRE(f.size() == 2);
    const int year = std::stoi(f[0]);
    auto expected = Date::parseIso(f[1]);
    REQUIRE(expected.has_value());
    REQUIRE(expected->year() == year);
    CHECK(Calendar::easterSunday(year).iso() == expected->iso());
  });
  CHECK(rows >= 40);
}

TEST_CASE("calendar: Easter Sunday is a Sunday from 22 March to 25 April in every year") {
  std::set<std::string> seen;
  for (int year = 1583; year <= 9999; ++year) {
    const Date e = Calendar::easterSunday(year);
    INFO("year " << year << ": " << e.iso());
    REQUIRE(e.year() == year);
    REQUIRE(e.isoWeekday() == 7);
    REQUIRE(e >= D(std::to_string(year) + "-03-22"));
    REQUIRE(e <= D(std::to_string(year) + "-04-25"));
    seen.insert(e.iso().substr(5));
  }
  // All 35 possible dates (22 March .. 25 April) occur.
  CHECK(seen.size() == 35);
  // Out-of-range years are clamped, not undefined.
  CHECK(Calendar::easterSunday(0).year() == 1);
  CHECK(Calendar::easterSunday(10000).year() == 9999);
}

// ---------------------------------------------------------------------------------------------
// Holidays of nl-atw

TEST_CASE("calendar: nl-atw holidays 2024") {
  // 1 Jan 2024 is a Monday; 2024 is a leap year. Easter Sunday 31 March 2024.
  //   Good Friday = Easter - 2 = Fri 29 March; Easter Monday = Easter + 1 = Mon 1 April.
  //   King's Day: 27 April 2024 is day 118 (31+29+31+27); (118-1) mod 7 = 5 -> Monday + 5 =
  //     Saturday, not a Sunday, so King's Day stays on Sat 27 April.
  //   5 May 2024 is day 126; 125 mod 7 = 6 -> Sunday.
  //   Ascension = Easter + 39 = 31 Mar + 39 = Thu 9 May; decree day Fri 10 May.
  //   Whit Monday = Easter + 50 = Mon 20 May.
  //   25 Dec 2024 is day 360; 359 mod 7 = 2 -> Wednesday; 26 Dec Thursday; decree day Fri 27 Dec.
  // Working days: 366 days = 52 weeks + Mon, Tue -> 104 weekend days; 11 holidays of which 2
  // on a weekend -> 366 - 104 - 9 = 253.
  checkYear(atw(), 2024,
            {{"2024-01-01", 1, kNewYear},
             {"2024-03-29", 5, kGoodFriday},
             {"2024-04-01", 1, kEasterMonday},
             {"2024-04-27", 6, kKingsDay},
             {"2024-05-05", 7, kLiberation},
             {"2024-05-09", 4, kAscension},
             {"2024-05-10", 5, kDecree},
             {"2024-05-20", 1, kWhitMonday},
             {"2024-12-25", 3, kChristmas},
             {"2024-12-26", 4, kBoxingDay},
             {"2024-12-27", 5, kDecree}},
            253);
}

TEST_CASE("calendar: nl-atw holidays 2025") {
  // 1 Jan 2025 is a Wednesday. Easter Sunday 20 April 2025.
  //   Good Friday Fri 18 April; Easter Monday Mon 21 April.
  //   King's Day: 27 April 2025 is Easter + 7, a Sunday -> Sat 26 April.
  //   5 May 2025: 4 May is Sunday (27 Apr + 7) -> Monday.
  //   Ascension = 20 Apr + 39 = Thu 29 May; decree day Fri 30 May.
  //   Whit Monday = 20 Apr + 50 = Mon 9 June.
  //   25 Dec 2025 is day 359; 358 mod 7 = 1 -> Wednesday + 1 = Thursday; 26 Dec Friday.
  // Working days: 365 = 52 weeks + Wed -> 104 weekend days; 10 holidays, 1 on a weekend
  // -> 365 - 104 - 9 = 252.
  checkYear(atw(), 2025,
            {{"2025-01-01", 3, kNewYear},
             {"2025-04-18", 5, kGoodFriday},
             {"2025-04-21", 1, kEasterMonday},
             {"2025-04-26", 6, kKingsDay},
             {"2025-05-05", 1, kLiberation},
             {"2025-05-29", 4, kAscension},
             {"2025-05-30", 5, kDecree},
             {"2025-06-09", 1, kWhitMonday},
             {"2025-12-25", 4, kChristmas},
             {"2025-12-26", 5, kBoxingDay}},
            252);
}

TEST_CASE("calendar: nl-atw holidays 2026") {
  // 1 Jan 2026 is a Thursday; decree day Fri 2 Jan. Easter Sunday 5 April 2026.
  //   Good Friday Fri 3 April; Easter Monday Mon 6 April.
  //   King's Day: 26 April is Easter + 21, a Sunday, so 27 April is a Monday -> Mon 27 April.
  //   5 May 2026: Tuesday.
  //   Ascension = 5 Apr + 39 = Thu 14 May; decree day Fri 15 May.
  //   Whit Monday = 5 Apr + 50 = Mon 25 May.
  //   25 Dec 2026 is day 359; 358 mod 7 = 1 -> Thursday + 1 = Friday; 26 Dec Saturday.
  // Working days: 365 = 52 weeks + Thu -> 104 weekend days; 11 holidays, 1 on a weekend
  // -> 365 - 104 - 10 = 251.
  checkYear(atw(), 2026,
            {{"2026-01-01", 4, kNewYear},
             {"2026-01-02", 5, kDecree},
             {"2026-04-03", 5, kGoodFriday},
             {"2026-04-06", 1, kEasterMonday},
             {"2026-04-27", 1, kKingsDay},
             {"2026-05-05", 2, kLiberation},
             {"2026-05-14", 4, kAscension},
             {"2026-05-15", 5, kDecree},
             {"2026-05-25", 1, kWhitMonday},
             {"2026-12-25", 5, kChristmas},
             {"2026-12-26", 6, kBoxingDay}},
            251);
}

TEST_CASE("calendar: Easter Sunday and Whit Sunday are not named, only weekend days") {
  const Calendar cal = atw();
  // Easter Sunday 20 April 2025, Whit Sunday 8 June 2025.
  for (const char* iso : {"2025-04-20", "2025-06-08"}) {
    INFO(iso);
    CHECK_FALSE(cal.isWorkingDay(D(iso)));
    CHECK_FALSE(cal.holidayName(D(iso)).has_value());
    CHECK(cal.nonWorkingReason(D(iso)) == std::optional<std::string>(kSunday));
  }
  CHECK(cal.nonWorkingReason(D("2025-04-19")) == std::optional<std::string>(kSaturday));
  // King's Day 2025 on a Saturday: both reasons.
  CHECK(cal.nonWorkingReason(D("2025-04-26")) == std::optional<std::string>(std::string(kKingsDay) + "; " + kSaturday));
  CHECK_FALSE(cal.nonWorkingReason(D("2025-04-22")).has_value());
  // In Dutch alone, for answers in Dutch.
  using agree::calendar::DayNames;
  CHECK(cal.nonWorkingReason(D("2025-04-26"), DayNames::Dutch) == std::optional<std::string>("Koningsdag; zaterdag"));
  CHECK(cal.nonWorkingReason(D("2025-04-20"), DayNames::Dutch) == std::optional<std::string>("zondag"));
  CHECK_FALSE(cal.nonWorkingReason(D("2025-04-22"), DayNames::Dutch).has_value());
}

TEST_CASE("calendar: King's Day from 2014, Queen's Day before") {
  const Calendar cal = atw();
  // 2013: Queen's Day Tue 30 April 2013 (1 Jan 2013 Tuesday, day 120, 119 mod 7 = 0).
  CHECK(D("2013-04-30").isoWeekday() == 2);
  CHECK(cal.holidayName(D("2013-04-30")) == std::optional<std::string>(kQueensDay));
  CHECK(cal.isWorkingDay(D("2013-04-26")));  // Friday, no King's Day yet
  // 2006: 30 April 2006 was a Sunday (1 Jan 2006 Sunday, day 120) -> Sat 29 April.
  CHECK(D("2006-04-30").isoWeekday() == 7);
  CHECK(cal.holidayName(D("2006-04-29")) == std::optional<std::string>(kQueensDay));
  CHECK_FALSE(cal.holidayName(D("2006-04-30")).has_value());
  // 2014: 27 April 2014 was a Sunday (1 Jan 2014 Wednesday, day 117, 116 mod 7 = 4) -> the
  // first King's Day was Sat 26 April 2014; 30 April 2014 (Wednesday) is an ordinary day.
  CHECK(D("2014-04-27").isoWeekday() == 7);
  CHECK(cal.holidayName(D("2014-04-26")) == std::optional<std::string>(kKingsDay));
  CHECK(cal.isWorkingDay(D("2014-04-30")));
  // 2023: Thu 27 April, and the decree day Fri 28 April.
  CHECK(cal.holidayName(D("2023-04-27")) == std::optional<std::string>(kKingsDay));
  CHECK(cal.holidayName(D("2023-04-28")) == std::optional<std::string>(kDecree));
  // 2022: King's Day Wed 27 April 2022.
  CHECK(D("2022-04-27").isoWeekday() == 3);
  CHECK(cal.holidayName(D("2022-04-27")) == std::optional<std::string>(kKingsDay));
}

TEST_CASE("calendar: holidays that coincide get both names") {
  const Calendar cal = atw();
  // Easter 27 March 2016 -> Ascension = 27 Mar + 39 = Thu 5 May 2016, also Liberation Day.
  CHECK(cal.holidayName(D("2016-05-05")) == std::optional<std::string>(std::string(kLiberation) + " / " + kAscension));
  const auto days = cal.holidaysIn(2016);
  int onFifthMay = 0;
  for (const auto& d : days) onFifthMay += d.date == D("2016-05-05");
  CHECK(onFifthMay == 2);
}

TEST_CASE("calendar: holidays in years of every decree") {
  const Calendar cal = atw();
  // Each published decree day is a Friday after a Thursday holiday:
  //   2022: Easter 17 Apr -> Ascension Thu 26 May; decree Fri 27 May.
  //   2023: King's Day Thu 27 Apr; Easter 9 Apr -> Ascension Thu 18 May; decrees 28 Apr, 19 May.
  //   2024: Ascension Thu 9 May; Boxing Day Thu 26 Dec; decrees 10 May, 27 Dec.
  //   2025: Ascension Thu 29 May; decree 30 May.
  //   2026: New Year Thu 1 Jan; Ascension Thu 14 May; decrees 2 Jan, 15 May.
  //   2027: Easter 28 Mar -> Ascension Thu 6 May; decree 7 May.
  //   2028: King's Day Thu 27 Apr; Easter 16 Apr -> Ascension Thu 25 May; decrees 28 Apr, 26 May.
  struct Row {
    const char* thursday;
    const char* thursdayName;
    const char* decree;
  };
  const std::vector<Row> rows = {
      {"2022-05-26", kAscension, "2022-05-27"}, {"2023-04-27", kKingsDay, "2023-04-28"},
      {"2023-05-18", kAscension, "2023-05-19"}, {"2024-05-09", kAscension, "2024-05-10"},
      {"2024-12-26", kBoxingDay, "2024-12-27"}, {"2025-05-29", kAscension, "2025-05-30"},
      {"2026-01-01", kNewYear, "2026-01-02"},   {"2026-05-14", kAscension, "2026-05-15"},
      {"2027-05-06", kAscension, "2027-05-07"}, {"2028-04-27", kKingsDay, "2028-04-28"},
      {"2028-05-25", kAscension, "2028-05-26"},
  };
  std::set<Date> decrees;
  for (const auto& r : rows) {
    INFO(r.decree);
    CHECK(D(r.thursday).isoWeekday() == 4);
    CHECK(D(r.decree).isoWeekday() == 5);
    CHECK(cal.holidayName(D(r.thursday)) == std::optional<std::string>(r.thursdayName));
    CHECK(cal.holidayName(D(r.decree)) == std::optional<std::string>(kDecree));
    CHECK_FALSE(cal.isWorkingDay(D(r.decree)));
    decrees.insert(D(r.decree));
  }
  CHECK(cal.decreeDays() == decrees);
}

// ---------------------------------------------------------------------------------------------
// Counting working days

struct CountCase {
  const char* from;
  int n;
  const char* expected;
  std::vector<const char*> skipped;  // in counting order
};

void checkCount(const Calendar& cal, const CountCase& c) {
  INFO(c.n << " working days from " << c.from);
  const WorkingDayResult r = cal.addWorkingDays(D(c.from), c.n);
  CHECK_FALSE(r.saturated);
  CHECK(r.date.iso() == std::string(c.expected));
  CHECK(cal.isWorkingDay(r.date));
  std::vector<Date> want;
  for (const char* s : c.skipped) want.push_back(D(s));
  CHECK(isoList(skippedDates(r)) == isoList(want));
  for (const auto& s : r.skipped) {
    CHECK_FALSE(cal.isWorkingDay(s.date));
    CHECK(cal.nonWorkingReason(s.date) == std::optional<std::string>(s.name));
  }
}

TEST_CASE("calendar: working days across Christmas 2024") {
  const Calendar cal = atw();
  // From Tue 24 Dec 2024 (not counted): Wed 25 Christmas, Thu 26 Boxing Day, Fri 27 decree
  // day, Sat 28, Sun 29 -> Mon 30 Dec is the 1st working day, Tue 31 Dec the 2nd.
  checkCount(cal,
             {"2024-12-24", 1, "2024-12-30", {"2024-12-25", "2024-12-26", "2024-12-27", "2024-12-28", "2024-12-29"}});
  checkCount(cal,
             {"2024-12-24", 2, "2024-12-31", {"2024-12-25", "2024-12-26", "2024-12-27", "2024-12-28", "2024-12-29"}});
  const auto r = cal.addWorkingDays(D("2024-12-24"), 2);
  REQUIRE(r.skipped.size() == 5);
  CHECK(r.skipped[0].name == kChristmas);
  CHECK(r.skipped[1].name == kBoxingDay);
  CHECK(r.skipped[2].name == kDecree);
  CHECK(r.skipped[3].name == kSaturday);
  CHECK(r.skipped[4].name == kSunday);
  CHECK(r.skipped[0].dutchName == "Eerste Kerstdag");
  CHECK(r.skipped[1].dutchName == "Tweede Kerstdag");
  CHECK(r.skipped[2].dutchName == kDecree);
  CHECK(r.skipped[3].dutchName == "zaterdag");
  CHECK(r.skipped[4].dutchName == "zondag");
  CHECK_FALSE(r.decreeDaysUnknown);
  // Christmas 2025: from Wed 24 Dec: Thu 25, Fri 26, Sat 27, Sun 28 -> Mon 29 Dec.
  checkCount(cal, {"2025-12-24", 1, "2025-12-29", {"2025-12-25", "2025-12-26", "2025-12-27", "2025-12-28"}});
  // New Year 2026: from Wed 31 Dec 2025: Thu 1 Jan, Fri 2 Jan (decree), Sat 3, Sun 4
  // -> Mon 5 Jan 2026.
  checkCount(cal, {"2025-12-31", 1, "2026-01-05", {"2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"}});
}

TEST_CASE("calendar: working days across Easter, King's Day and Liberation Day 2025") {
  const Calendar cal = atw();
  // From Wed 16 Apr: Thu 17 is the 1st; Fri 18 Good Friday, Sat 19, Sun 20 (Easter),
  // Mon 21 Easter Monday; Tue 22 the 2nd, Wed 23 the 3rd.
  checkCount(cal, {"2025-04-16", 3, "2025-04-23", {"2025-04-18", "2025-04-19", "2025-04-20", "2025-04-21"}});
  // Counting from a non-working day: from Sat 19 Apr: Sun 20, Mon 21 -> Tue 22 is the 1st.
  checkCount(cal, {"2025-04-19", 1, "2025-04-22", {"2025-04-20", "2025-04-21"}});
  // From Thu 24 Apr: Fri 25 the 1st; Sat 26 (King's Day on a Saturday), Sun 27; Mon 28 the 2nd.
  checkCount(cal, {"2025-04-24", 2, "2025-04-28", {"2025-04-26", "2025-04-27"}});
  // From Thu 1 May: Fri 2 the 1st; Sat 3, Sun 4, Mon 5 (Liberation Day); Tue 6 .. Fri 9 the
  // 2nd .. 5th.
  checkCount(cal, {"2025-05-01", 5, "2025-05-09", {"2025-05-03", "2025-05-04", "2025-05-05"}});
  // From Wed 28 May: Thu 29 Ascension, Fri 30 decree day, Sat 31, Sun 1 Jun -> Mon 2 June.
  checkCount(cal, {"2025-05-28", 1, "2025-06-02", {"2025-05-29", "2025-05-30", "2025-05-31", "2025-06-01"}});
  // From Fri 6 June: Sat 7, Sun 8 (Whit Sunday), Mon 9 Whit Monday -> Tue 10 June.
  checkCount(cal, {"2025-06-06", 1, "2025-06-10", {"2025-06-07", "2025-06-08", "2025-06-09"}});
}

TEST_CASE("calendar: working days across King's Day 2026") {
  const Calendar cal = atw();
  // 27 April 2026 is a Monday. From Fri 24 Apr: Sat 25, Sun 26, Mon 27 King's Day;
  // Tue 28 the 1st, Wed 29 the 2nd.
  checkCount(cal, {"2026-04-24", 2, "2026-04-29", {"2026-04-25", "2026-04-26", "2026-04-27"}});
  // ... Thu 30 the 3rd, Fri 1 May the 4th; Sat 2, Sun 3; Mon 4 May the 5th (4 May is no
  // holiday); Tue 5 May Liberation Day; Wed 6 May the 6th.
  checkCount(cal,
             {"2026-04-24", 5, "2026-05-04", {"2026-04-25", "2026-04-26", "2026-04-27", "2026-05-02", "2026-05-03"}});
  checkCount(cal, {"2026-04-24",
                   6,
                   "2026-05-06",
                   {"2026-04-25", "2026-04-26", "2026-04-27", "2026-05-02", "2026-05-03", "2026-05-05"}});
  const auto r = cal.addWorkingDays(D("2026-04-24"), 6);
  CHECK_FALSE(r.decreeDaysUnknown);
  CHECK(r.unknownDecreeYears.empty());
}

TEST_CASE("calendar: zero and negative working-day counts") {
  const Calendar cal = atw();
  // n == 0 is d itself, even on a non-working day, with nothing skipped or flagged.
  auto r = cal.addWorkingDays(D("2025-12-25"), 0);
  CHECK(r.date.iso() == "2025-12-25");
  CHECK(r.skipped.empty());
  CHECK_FALSE(r.decreeDaysUnknown);
  CHECK(cal.addWorkingDays(D("2035-12-25"), 0).unknownDecreeYears.empty());
  // Two working days before Tue 31 Dec 2024: Mon 30 the 1st; Sun 29, Sat 28, Fri 27 (decree),
  // Thu 26, Wed 25; Tue 24 the 2nd.
  checkCount(cal,
             {"2024-12-31", -2, "2024-12-24", {"2024-12-29", "2024-12-28", "2024-12-27", "2024-12-26", "2024-12-25"}});
  // Three working days before Tue 22 Apr 2025: Mon 21, Sun 20, Sat 19, Fri 18 skipped;
  // Thu 17 the 1st, Wed 16 the 2nd, Tue 15 the 3rd.
  checkCount(cal, {"2025-04-22", -3, "2025-04-15", {"2025-04-21", "2025-04-20", "2025-04-19", "2025-04-18"}});
}

TEST_CASE("calendar: decreeDaysUnknown for counts into years without a published decree") {
  const Calendar cal = atw();
  CHECK(cal.decreeDaysKnown(2022));
  CHECK(cal.decreeDaysKnown(2026));
  CHECK(cal.decreeDaysKnown(2028));
  CHECK_FALSE(cal.decreeDaysKnown(2021));
  CHECK_FALSE(cal.decreeDaysKnown(2029));

  // 28 Dec 2028 is a Thursday (1 Jan 2028 Saturday, leap year, day 363, 362 mod 7 = 5).
  // From Wed 27 Dec 2028: Thu 28 the 1st, Fri 29 the 2nd -> stays in 2028, known.
  CHECK(D("2028-12-28").isoWeekday() == 4);
  auto r = cal.addWorkingDays(D("2028-12-27"), 2);
  CHECK(r.date.iso() == "2028-12-29");
  CHECK_FALSE(r.decreeDaysUnknown);
  // From Fri 29 Dec 2028: Sat 30, Sun 31, Mon 1 Jan 2029 (New Year) -> Tue 2 Jan 2029.
  // 2029 has no published decree: caveat.
  checkCount(cal, {"2028-12-29", 1, "2029-01-02", {"2028-12-30", "2028-12-31", "2029-01-01"}});
  r = cal.addWorkingDays(D("2028-12-29"), 1);
  CHECK(r.decreeDaysUnknown);
  CHECK(r.unknownDecreeYears == std::vector<int>{2029});
  // Counting entirely inside 2026: no caveat.
  r = cal.addWorkingDays(D("2026-01-05"), 200);
  CHECK(r.date.year() == 2026);
  CHECK_FALSE(r.decreeDaysUnknown);
  // Backwards into 2021: 1 Jan 2022 was a Saturday. One working day before Mon 3 Jan 2022:
  // Sun 2, Sat 1 (New Year) -> Fri 31 Dec 2021, a year without decree data here.
  checkCount(cal, {"2022-01-03", -1, "2021-12-31", {"2022-01-02", "2022-01-01"}});
  r = cal.addWorkingDays(D("2022-01-03"), -1);
  CHECK(r.unknownDecreeYears == std::vector<int>{2021});
  // About 500 working days from 1 June 2028 (~ 700 calendar days plus holidays) end in mid 2030:
  // both 2029 and 2030 are unknown.
  r = cal.addWorkingDays(D("2028-06-01"), 500);
  CHECK(r.date.year() == 2030);
  CHECK(r.unknownDecreeYears == std::vector<int>{2029, 2030});
}

TEST_CASE("calendar: rollForward and nextWorkingDayOnOrAfter") {
  const Calendar cal = atw();
  // A working day stays.
  CHECK(cal.nextWorkingDayOnOrAfter(D("2025-04-23")).iso() == "2025-04-23");
  CHECK(cal.rollForward(D("2025-04-23")).skipped.empty());
  // Sat 26 Apr 2025 (King's Day), Sun 27 -> Mon 28 April.
  auto r = cal.rollForward(D("2025-04-26"));
  CHECK(r.date.iso() == "2025-04-28");
  REQUIRE(r.skipped.size() == 2);
  CHECK(r.skipped[0].name == std::string(kKingsDay) + "; " + kSaturday);
  CHECK(r.skipped[1].name == kSunday);
  // Thu 25 Dec 2025 .. Sun 28 -> Mon 29 Dec.
  CHECK(cal.nextWorkingDayOnOrAfter(D("2025-12-25")).iso() == "2025-12-29");
  // Thu 29 May 2025 (Ascension), Fri 30 (decree), weekend -> Mon 2 June.
  CHECK(cal.nextWorkingDayOnOrAfter(D("2025-05-29")).iso() == "2025-06-02");
  // Sat 30 Dec 2028, Sun 31, Mon 1 Jan 2029 -> Tue 2 Jan 2029, with the caveat for 2029.
  r = cal.rollForward(D("2028-12-30"));
  CHECK(r.date.iso() == "2029-01-02");
  CHECK(r.unknownDecreeYears == std::vector<int>{2029});
  // A working day in 2035 is judged without decree data: caveat, even with nothing skipped.
  // (Mon 2 July 2035.)
  CHECK(D("2035-07-02").isoWeekday() == 1);
  r = cal.rollForward(D("2035-07-02"));
  CHECK(r.date.iso() == "2035-07-02");
  CHECK(r.decreeDaysUnknown);
}

TEST_CASE("calendar: counts are bounded and saturate") {
  const Calendar cal = atw();
  const int cap = agree::calendar::kMaxWorkingDays;
  auto r = cal.addWorkingDays(D("2025-01-01"), cap + 1);
  CHECK(r.saturated);
  CHECK(r.date == Date::max());
  CHECK(r.skipped.empty());
  r = cal.addWorkingDays(D("2025-01-01"), -(cap + 1));
  CHECK(r.saturated);
  CHECK(r.date == Date::min());
  CHECK(cal.addWorkingDays(D("2025-01-01"), INT_MAX).saturated);
  CHECK(cal.addWorkingDays(D("2025-01-01"), INT_MIN).saturated);
  // The cap itself is computed: 10,000 working days are roughly 10,000 * 7/5 = 14,000
  // calendar days plus about 9 weekday holidays a year, about 38.5 years -> mid 2063.
  r = cal.addWorkingDays(D("2025-01-01"), cap);
  CHECK_FALSE(r.saturated);
  CHECK(r.date.year() >= 2062);
  CHECK(r.date.year() <= 2064);
  CHECK(r.decreeDaysUnknown);
  CHECK(r.unknownDecreeYears.front() == 2029);
  // Running off the end of the date range (9999-12-31 is a Friday) or before 0001-01-01.
  r = cal.addWorkingDays(D("9999-12-28"), 5);
  CHECK(r.saturated);
  CHECK(r.date == Date::max());
  r = cal.addWorkingDays(D("0001-01-03"), -5);
  CHECK(r.saturated);
  CHECK(r.date == Date::min());
  CHECK(cal.addWorkingDays(D("9999-12-30"), 1).date.iso() == "9999-12-31");
}

TEST_CASE("calendar: degenerate calendars cannot loop") {
  Calendar c("test-only-sundays");
  CHECK_FALSE(c.setWeekend({1, 2, 3, 4, 5, 6, 7}));  // no working day at all: refused
  CHECK_FALSE(c.setWeekend({0}));
  CHECK_FALSE(c.setWeekend({8}));
  REQUIRE(c.setWeekend({1, 2, 3, 4, 5, 6}));  // only Sundays work
  CHECK(c.isWorkingDay(D("2025-04-20")));     // a Sunday
  CHECK_FALSE(c.isWorkingDay(D("2025-04-21")));
  // Every Sunday from 2025 on equated by decree: no working day within kMaxScanDays.
  for (Date d = D("2025-04-27"); d.year() < 2300; d = d.plusDays(7)) c.addDecreeDay(d);
  auto r = c.addWorkingDays(D("2025-04-21"), 1);
  CHECK(r.saturated);
  CHECK(r.date == Date::max());
  CHECK(c.rollForward(D("2025-04-21")).saturated);
  // 9999-12-31 is a Friday: with only Sundays working, rolling forward from Mon 27 Dec 9999
  // runs off the date range.
  Calendar e("test-end");
  REQUIRE(e.setWeekend({1, 2, 3, 4, 5, 6}));
  CHECK(e.rollForward(D("9999-12-27")).saturated);
  CHECK(e.nextWorkingDayOnOrAfter(D("9999-12-27")) == Date::max());
}

TEST_CASE("calendar: rules-only nl-atw without decree data") {
  const Calendar cal = Calendar::nlAtwRules();
  CHECK(cal.name() == "nl-atw");
  CHECK(cal.decreeYears().empty());
  CHECK(cal.isWorkingDay(D("2024-12-27")));  // decree day not loaded
  CHECK_FALSE(cal.isWorkingDay(D("2024-12-26")));
  // From Tue 24 Dec 2024: 25, 26 holidays; Fri 27 the 1st; 28, 29 weekend; Mon 30 the 2nd.
  auto r = cal.addWorkingDays(D("2024-12-24"), 2);
  CHECK(r.date.iso() == "2024-12-30");
  CHECK(r.unknownDecreeYears == std::vector<int>{2024});
  CHECK(Calendar::builtin("nl-atw").has_value());
  CHECK_FALSE(Calendar::builtin("be-fod").has_value());
}

// ---------------------------------------------------------------------------------------------
// Loading calendar files

TEST_CASE("calendar: stdlib nl-atw file loads") {
  CHECK(agree::calendar::stdlibCalendarPath("stdlib") == "stdlib/calendars/nl-atw.json");
  CHECK(agree::calendar::stdlibCalendarPath("/x/stdlib", "other") == "/x/stdlib/calendars/other.json");
  const Calendar cal = atw();
  CHECK(cal.name() == "nl-atw");
  CHECK(cal.source() == "Algemene termijnenwet art. 3");
  CHECK_FALSE(cal.description().empty());
  CHECK(cal.decreeYears() == std::set<int>{2022, 2023, 2024, 2025, 2026, 2027, 2028});
  // The published decree days (DESIGN.md): 27 May 2022; 28 April and 19 May 2023; 10 May and
  // 27 December 2024; 30 May 2025; 2 January and 15 May 2026; 7 May 2027; 28 April and 26 May
  // 2028.
  std::set<Date> expected;
  for (const char* iso : {"2022-05-27", "2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27", "2025-05-30",
                          "2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"}) {
    expected.insert(D(iso));
  }
  CHECK(cal.decreeDays() == expected);
}

TEST_CASE("calendar: loader rejects broken files with a message") {
  TempDir dir;
  struct Bad {
    const char* file;
    const char* text;
    std::vector<const char*> inError;  // substrings the message must contain
  };
  const std::vector<Bad> cases = {
      {"impossible.json",
       R"({"name": "nl-atw", "decree_years": [2025], "decree_days": ["2025-05-30", "2025-02-30"]})",
       {"decree_days[1]", "2025-02-30", "not a valid date"}},
      {"outside.json",
       R"({"name": "nl-atw", "decree_years": [2027, 2028], "decree_days": ["2028-05-26", "2029-05-11"]})",
       {"decree_days[1]", "2029-05-11", "2029", "decree_years"}},
      {"malformed.json", R"({"name": "nl-atw", "decree_years": [2025,)", {"malformed JSON"}},
      {"empty.json", "", {"malformed JSON"}},
      {"array.json", "[1, 2]", {"JSON object"}},
      {"unknown-key.json",
       R"({"name": "nl-atw", "decree_years": [], "decree_day": []})",
       {"unknown key", "decree_day"}},
      {"missing-days.json", R"({"name": "nl-atw", "decree_years": [2025]})", {"missing", "decree_days"}},
      {"unknown-rules.json", R"({"name": "be-fod", "decree_years": [], "decree_days": []})", {"be-fod", "built-in"}},
      {"name-type.json", R"({"name": 3, "decree_years": [], "decree_days": []})", {"\"name\"", "string"}},
      {"year-string.json",
       R"({"name": "nl-atw", "decree_years": ["2025"], "decree_days": []})",
       {"decree_years[0]", "whole year"}},
      {"year-range.json",
       R"({"name": "nl-atw", "decree_years": [10000], "decree_days": []})",
       {"decree_years[0]", "1..9999"}},
      {"year-twice.json",
       R"({"name": "nl-atw", "decree_years": [2025, 2025], "decree_days": []})",
       {"decree_years[1]", "twice"}},
      {"day-format.json",
       R"({"name": "nl-atw", "decree_years": [2025], "decree_days": ["30-05-2025"]})",
       {"decree_days[0]", "30-05-2025", "not a valid date"}},
      {"day-number.json",
       R"({"name": "nl-atw", "decree_years": [2025], "decree_days": [20250530]})",
       {"decree_days[0]", "YYYY-MM-DD"}},
      {"day-twice.json",
       R"({"name": "nl-atw", "decree_years": [2025], "decree_days": ["2025-05-30", "2025-05-30"]})",
       {"decree_days[1]", "twice"}},
      // Sat 31 May 2025 and Ascension Thu 29 May 2025 are non-working days already.
      {"day-saturday.json",
       R"({"name": "nl-atw", "decree_years": [2025], "decree_days": ["2025-05-31"]})",
       {"decree_days[0]", "2025-05-31", "already a non-working day", "zaterdag"}},
      {"day-holiday.json",
       R"({"name": "nl-atw", "decree_years": [2025], "decree_days": ["2025-05-29"]})",
       {"decree_days[0]", "Hemelvaartsdag"}},
  };
  for (const auto& c : cases) {
    INFO(c.file);
    const std::string path = dir.write(c.file, c.text);
    std::string error;
    auto cal = agree::calendar::loadCalendar(path, error);
    CHECK_FALSE(cal.has_value());
    INFO("error: " << error);
    CHECK(error.find(path) == 0);  // the message names the file
    for (const char* part : c.inError) {
      CHECK_MESSAGE(error.find(part) != std::string::npos, "missing \"" << part << "\"");
    }
  }
  std::string error;
  CHECK_FALSE(agree::calendar::loadCalendar(dir.path("does-not-exist.json"), error).has_value());
  CHECK(error.find("cannot open") != std::string::npos);
  error.clear();
  CHECK_FALSE(agree::calendar::parseCalendar("{\"name\": \"nl-atw\"", error).has_value());
  CHECK(error.find("malformed JSON") == 0);
}

TEST_CASE("calendar: next years' decree days are added by data, without a rebuild") {
  TempDir dir;
  // A hypothetical decree for 2029 (Easter 1 April 2029 -> Ascension Thu 10 May; Friday
  // 11 May 2029), to show that an extended file is picked up. Not a published decree.
  const std::string path = dir.write("nl-atw-extended.json", R"({
    "name": "nl-atw",
    "description": "test",
    "source": "test",
    "decree_years": [2028, 2029],
    "decree_days": ["2028-04-28", "2028-05-26", "2029-05-11"]
  })");
  std::string error;
  auto cal = agree::calendar::loadCalendar(path, error);
  REQUIRE_MESSAGE(cal.has_value(), error);
  CHECK(error.empty());
  CHECK(cal->decreeDaysKnown(2029));
  CHECK(cal->holidayName(D("2029-05-10")) == std::optional<std::string>(kAscension));
  CHECK(cal->holidayName(D("2029-05-11")) == std::optional<std::string>(kDecree));
  // From Fri 29 Dec 2028 -> Tue 2 Jan 2029, now without a caveat.
  auto r = cal->addWorkingDays(D("2028-12-29"), 1);
  CHECK(r.date.iso() == "2029-01-02");
  CHECK_FALSE(r.decreeDaysUnknown);
  // A minimal file: no decree data at all is valid.
  const std::string minimal = dir.write("min.json", R"({"name": "nl-atw", "decree_years": [], "decree_days": []})");
  auto m = agree::calendar::loadCalendar(minimal, error);
  REQUIRE_MESSAGE(m.has_value(), error);
  CHECK(m->decreeYears().empty());
}
