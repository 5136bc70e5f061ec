// Unit tests for the civil-date library (runtime/time): dates, durations, period chains.
// Expected values are worked out by hand from the rules, never produced by the library.
#include <doctest/doctest.h>

#include "csv_table.h"

#include <climits>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "time/date.h"
#include "time/duration.h"
#include "time/period.h"

using agree::time::Date;
using agree::time::DateTime;
using agree::time::Duration;
using agree::time::Interval;
using agree::time::PeriodChain;
using agree::time::Shifted;
using agree::time::Unit;

// Readable failure messages: print dates as ISO text instead of "{?}".
namespace doctest {
template <>
struct StringMaker<Date> {
  static String convert(const Date& d) { return d.iso().c_str(); }
};
template <>
struct StringMaker<DateTime> {
  static String convert(const DateTime& d) { return d.iso().c_str(); }
};
template <>
struct StringMaker<std::optional<Date>> {
  static String convert(const std::optional<Date>& d) { return d ? d->iso().c_str() : "nullopt"; }
};
template <>
struct StringMaker<std::optional<long long>> {
  static String convert(const std::optional<long long>& n) { return n ? std::to_string(*n).c_str() : "nullopt"; }
};
}  // namespace doctest

namespace {

// A date written in a test; a typo in a test is a test failure, not a crash.
Date D(std::string_view iso) {
  auto d = Date::parseIso(iso);
  REQUIRE_MESSAGE(d.has_value(), "bad date literal in test: " << std::string(iso));
  return *d;
}

DateTime DT(std::string_view iso) {
  auto d = DateTime::parseIso(iso);
  REQUIRE_MESSAGE(d.has_value(), "bad date-time literal in test: " << std::string(iso));
  return *d;
}

Duration Days(long long n) { return {n, Unit::Day}; }
Duration Weeks(long long n) { return {n, Unit::Week}; }
Duration Months(long long n) { return {n, Unit::Month}; }
Duration Years(long long n) { return {n, Unit::Year}; }
Duration Hours(long long n) { return {n, Unit::Hour}; }

// startOf(n) <= d < endOf(n), with a message naming the period.
void checkContains(const PeriodChain& c, Date d) {
  auto n = c.indexContaining(d);
  INFO("chain start " << c.start.iso() << ", first " << c.first.text() << ", each " << c.each.text() << ", query "
                      << d.iso());
  REQUIRE(n.has_value());
  CAPTURE(*n);
  CHECK(*n >= 1);
  CHECK(c.startOf(*n) <= d);
  CHECK(d < c.endOf(*n).date);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

TEST_CASE("Date::fromYmd accepts possible dates") {
  CHECK(Date::fromYmd(2024, 2, 29).has_value());  // 2024 is a leap year
  CHECK(Date::fromYmd(2000, 2, 29).has_value());  // divisible by 400
  CHECK(Date::fromYmd(2025, 1, 31).has_value());
  CHECK(Date::fromYmd(2025, 4, 30).has_value());
  CHECK(Date::fromYmd(1, 1, 1).has_value());
  CHECK(Date::fromYmd(9999, 12, 31).has_value());

  auto d = Date::fromYmd(2024, 10, 3);
  REQUIRE(d.has_value());
  CHECK(d->year() == 2024);
  CHECK(d->month() == 10u);
  CHECK(d->day() == 3u);
}

TEST_CASE("Date::fromYmd rejects impossible dates") {
  CHECK_FALSE(Date::fromYmd(2025, 2, 30).has_value());
  CHECK_FALSE(Date::fromYmd(2023, 2, 29).has_value());  // not a leap year
  CHECK_FALSE(Date::fromYmd(2025, 2, 29).has_value());
  CHECK_FALSE(Date::fromYmd(1900, 2, 29).has_value());  // divisible by 100, not by 400
  CHECK_FALSE(Date::fromYmd(2100, 2, 29).has_value());
  CHECK_FALSE(Date::fromYmd(2024, 2, 30).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 4, 31).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 6, 31).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 9, 31).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 11, 31).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 1, 32).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 13, 1).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 0, 1).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 1, 0).has_value());
  CHECK_FALSE(Date::fromYmd(0, 1, 1).has_value());
  CHECK_FALSE(Date::fromYmd(-1, 1, 1).has_value());
  CHECK_FALSE(Date::fromYmd(10000, 1, 1).has_value());
  // Out-of-range month/day numbers must not wrap around into a valid one (257 = 256 + 1).
  CHECK_FALSE(Date::fromYmd(2025, 257, 1).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 1, 257).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 4294967295u, 1).has_value());
  CHECK_FALSE(Date::fromYmd(2025, 1, 4294967295u).has_value());
}

TEST_CASE("Date::parseIso rejects impossible dates and malformed text") {
  const char* bad[] = {"2025-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "2025-04-31", "2025-13-01", "2025-00-10",
                       "2025-01-00", "2025-01-32", "0000-01-01",
                       // malformed
                       "2025-2-3", "2025-02-03x", "2025-02-3", "2025-2-03", "", "2025", "2025-02", "20250203",
                       "2025/02/03", "2025-02-03 ", " 2025-02-03", "x2025-02-03", "abcd-ef-gh", "+025-02-03",
                       "-001-02-03", "2025-+2-03", "2025-02-+3", "2025-02-03T00:00", "12025-02-03", "2025--02-03",
                       "2025-02--3"};
  for (const char* text : bad) {
    CAPTURE(text);
    CHECK_FALSE(Date::parseIso(text).has_value());
  }
}

TEST_CASE("Date ISO parse and format round trip") {
  const char* good[] = {"2024-02-29", "2000-02-29", "2025-01-01", "2025-12-31", "2024-10-03",
                        "0001-01-01", "0099-09-09", "1900-03-01", "9999-12-31", "2021-08-18"};
  for (const char* text : good) {
    CAPTURE(text);
    auto d = Date::parseIso(text);
    REQUIRE(d.has_value());
    CHECK(d->iso() == text);
    CHECK(Date::fromYmd(d->year(), d->month(), d->day()) == d);
  }
  CHECK(D("2024-10-03") == Date::fromYmd(2024, 10, 3));
  CHECK(Date::min().iso() == "0001-01-01");
  CHECK(Date::max().iso() == "9999-12-31");
  CHECK(Date::fromYmd(7, 8, 9)->iso() == "0007-08-09");
}

TEST_CASE("Date ordering") {
  CHECK(D("2024-02-28") < D("2024-02-29"));
  CHECK(D("2024-12-31") < D("2025-01-01"));
  CHECK(D("2025-01-01") > D("2024-12-31"));
  CHECK(D("2024-10-03") == D("2024-10-03"));
  CHECK(Date::min() < Date::max());
}

TEST_CASE("Date::daysUntil") {
  CHECK(D("2024-10-03").daysUntil(D("2024-10-17")) == 14);
  CHECK(D("2024-10-17").daysUntil(D("2024-10-03")) == -14);
  CHECK(D("2024-10-03").daysUntil(D("2024-10-03")) == 0);
  CHECK(D("2024-01-01").daysUntil(D("2025-01-01")) == 366);  // leap year
  CHECK(D("2023-01-01").daysUntil(D("2024-01-01")) == 365);
  CHECK(D("2024-02-28").daysUntil(D("2024-03-01")) == 2);
  CHECK(D("2023-02-28").daysUntil(D("2023-03-01")) == 1);
  CHECK(D("1900-02-28").daysUntil(D("1900-03-01")) == 1);
  CHECK(D("2000-02-28").daysUntil(D("2000-03-01")) == 2);
  // 100 years with 25 leap days (2000, 2004, ..., 2096).
  CHECK(D("2000-01-01").daysUntil(D("2100-01-01")) == 36525);
  // 9999 years with 2499 - 99 + 24 = 2424 leap days, minus one for the last day itself.
  CHECK(Date::min().daysUntil(Date::max()) == 9999LL * 365 + 2424 - 1);
  // 2024..9999: 7976 years with 2424 - 490 = 1934 leap days, minus the last two days.
  CHECK(D("2024-01-01").daysUntil(D("9999-12-30")) == 7976LL * 365 + 1934 - 2);
}

TEST_CASE("Date::isoWeekday") {
  CHECK(D("2024-10-03").isoWeekday() == 4u);  // Thursday
  CHECK(D("2024-10-06").isoWeekday() == 7u);  // Sunday
  CHECK(D("2024-10-07").isoWeekday() == 1u);  // Monday
  CHECK(D("2024-02-29").isoWeekday() == 4u);  // Thursday
  CHECK(D("2000-01-01").isoWeekday() == 6u);  // Saturday
  CHECK(D("1970-01-01").isoWeekday() == 4u);  // Thursday
  CHECK(Date::min().isoWeekday() == 1u);      // proleptic Gregorian 1 January 1: Monday
}

TEST_CASE("Date::plusDays across the leap day") {
  CHECK(D("2024-02-28").plusDays(1) == D("2024-02-29"));
  CHECK(D("2024-02-28").plusDays(2) == D("2024-03-01"));
  CHECK(D("2024-02-29").plusDays(1) == D("2024-03-01"));
  CHECK(D("2024-03-01").plusDays(-1) == D("2024-02-29"));
  CHECK(D("2023-02-28").plusDays(1) == D("2023-03-01"));
  CHECK(D("2025-03-01").plusDays(-1) == D("2025-02-28"));
  CHECK(D("1900-02-28").plusDays(1) == D("1900-03-01"));
  CHECK(D("2000-02-28").plusDays(1) == D("2000-02-29"));
  CHECK(D("2100-02-28").plusDays(1) == D("2100-03-01"));
  CHECK(D("2024-01-01").plusDays(366) == D("2025-01-01"));
  CHECK(D("2023-01-01").plusDays(365) == D("2024-01-01"));
  CHECK(D("2024-12-31").plusDays(1) == D("2025-01-01"));
  CHECK(D("2025-01-01").plusDays(-1) == D("2024-12-31"));
  CHECK(D("2024-10-03").plusDays(0) == D("2024-10-03"));
  CHECK(D("2024-10-03").plusDays(14) == D("2024-10-17"));
}

TEST_CASE("Date::plusDays saturates at the ends of time") {
  CHECK(Date::max().plusDays(1) == Date::max());
  CHECK(Date::min().plusDays(-1) == Date::min());
  CHECK(D("2024-10-03").plusDays(LLONG_MAX) == Date::max());
  CHECK(D("2024-10-03").plusDays(LLONG_MIN) == Date::min());
  CHECK(D("9999-12-30").plusDays(5) == Date::max());
  CHECK(D("0001-01-02").plusDays(-5) == Date::min());
  CHECK(Date::min().plusDays(Date::min().daysUntil(Date::max())) == Date::max());
}

// ---------------------------------------------------------------------------------------------
// DateTime
// ---------------------------------------------------------------------------------------------

TEST_CASE("DateTime parse and format") {
  CHECK(DT("2024-03-10T15:30").iso() == "2024-03-10T15:30");
  CHECK(DT("2024-03-10T00:00").minute_of_day == 0);
  CHECK(DT("2024-03-10T23:59").minute_of_day == 1439);
  CHECK(DT("2024-03-10T15:30").date == D("2024-03-10"));
  const char* bad[] = {"2024-03-10 15:30",  "2024-03-10T24:00", "2024-03-10T23:60",
                       "2024-03-10T1:30",   "2024-03-10T15:3",  "2024-02-30T10:00",
                       "2024-03-10T15:30Z", "2024-03-10",       "2024-03-10T15-30"};
  for (const char* text : bad) {
    CAPTURE(text);
    CHECK_FALSE(DateTime::parseIso(text).has_value());
  }
}

TEST_CASE("DateTime::plusHours") {
  CHECK(DT("2024-03-10T15:30").plusHours(24) == DT("2024-03-11T15:30"));
  CHECK(DT("2024-03-10T15:30").plusHours(24).iso() == "2024-03-11T15:30");
  CHECK(DT("2024-03-10T15:30").plusHours(0) == DT("2024-03-10T15:30"));
  CHECK(DT("2024-03-10T15:30").plusHours(8) == DT("2024-03-10T23:30"));
  CHECK(DT("2024-03-10T15:30").plusHours(9) == DT("2024-03-11T00:30"));
  CHECK(DT("2024-03-10T15:30").plusHours(48) == DT("2024-03-12T15:30"));
  // month and year ends
  CHECK(DT("2024-02-28T23:00").plusHours(2) == DT("2024-02-29T01:00"));
  CHECK(DT("2023-02-28T23:00").plusHours(2) == DT("2023-03-01T01:00"));
  CHECK(DT("2024-03-31T12:00").plusHours(12) == DT("2024-04-01T00:00"));
  CHECK(DT("2024-04-30T23:59").plusHours(1) == DT("2024-05-01T00:59"));
  CHECK(DT("2024-12-31T23:30").plusHours(1) == DT("2025-01-01T00:30"));
  CHECK(DT("2024-12-31T00:00").plusHours(24) == DT("2025-01-01T00:00"));
  // 2 weeks in hours
  CHECK(DT("2024-10-03T09:00").plusHours(14 * 24) == DT("2024-10-17T09:00"));
  // a leap year in hours
  CHECK(DT("2024-01-01T06:00").plusHours(366 * 24) == DT("2025-01-01T06:00"));
  // backwards
  CHECK(DT("2025-01-01T00:30").plusHours(-1) == DT("2024-12-31T23:30"));
  CHECK(DT("2024-03-01T00:00").plusHours(-1) == DT("2024-02-29T23:00"));
  CHECK(DT("2024-03-10T00:00").plusHours(-24) == DT("2024-03-09T00:00"));
  CHECK(DT("2024-03-10T00:00").plusHours(-25) == DT("2024-03-08T23:00"));
}

// ---------------------------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------------------------

TEST_CASE("Duration months, days and text") {
  CHECK(Years(2).months() == 24);
  CHECK(Months(7).months() == 7);
  CHECK(Weeks(2).days() == 14);
  CHECK(Days(30).days() == 30);
  CHECK(Days(30).months() == 0);
  CHECK(Months(1).days() == 0);
  CHECK(Years(1).isCalendar());
  CHECK(Weeks(1).isDayBased());
  CHECK_FALSE(Hours(24).isCalendar());
  CHECK_FALSE(Hours(24).isDayBased());
  CHECK(Months(1).text() == "1 month");
  CHECK(Years(2).text() == "2 years");
  CHECK(Days(30).text() == "30 days");
  CHECK(Hours(24).text() == "24 hours");
}

TEST_CASE("addMonths: data table add_months.csv") {
  int rows = forEachCsvRow("add_months.csv", "start,months,expected,clamped", [](const std::vector<std::string>& f) {
    REQUIRE(f.size() == 4);
    auto start = Date::parseIso(f[0]);
    auto expected = Date::parseIso(f[2]);
    REQUIRE(start.has_value());
    REQUIRE(expected.has_value());
    REQUIRE((f[3] == "true" || f[3] == "false"));
    const long long months = std::stoll(f[1]);
    const bool clamped = f[3] == "true";

    Shifted s = agree::time::addMonths(*start, months);
    CHECK(s.date == *expected);
    CHECK(s.clamped == clamped);
  });
  CHECK(rows >= 40);
}

TEST_CASE("addMonths saturates beyond year 9999 and before year 1") {
  CHECK(agree::time::addMonths(D("9999-06-15"), 12).date == Date::max());
  CHECK(agree::time::addMonths(D("9999-12-31"), 1).date == Date::max());
  CHECK(agree::time::addMonths(D("0001-06-15"), -12).date == Date::min());
  CHECK(agree::time::addMonths(D("2024-10-03"), LLONG_MAX).date == Date::max());
  CHECK(agree::time::addMonths(D("2024-10-03"), LLONG_MIN).date == Date::min());
  CHECK(agree::time::addTimes(D("2024-10-03"), Years(1), LLONG_MAX).date == Date::max());
  CHECK(agree::time::addTimes(D("2024-10-03"), Days(1), LLONG_MAX).date == Date::max());
}

TEST_CASE("a result beyond the calendar is marked out of range, never passed off as a date") {
  using agree::time::add;
  // 9999-06-15 + 12 months = 10000-06-15; 9999-12-31 + 1 day = 10000-01-01.
  CHECK(agree::time::addMonths(D("9999-06-15"), 12).outOfRange);
  CHECK(agree::time::addDays(D("9999-12-31"), 1).outOfRange);
  CHECK(agree::time::addDays(D("0001-01-01"), -1).outOfRange);
  CHECK(add(D("2999-01-01"), Years(8000)).outOfRange);  // would be 10999-01-01
  CHECK(agree::time::addTimes(D("2024-10-03"), Days(1), LLONG_MAX).outOfRange);
  // The last days inside are not: 9999-12-30 + 1 day, 9998-12-31 + 12 months.
  CHECK(agree::time::addDays(D("9999-12-30"), 1).date == D("9999-12-31"));
  CHECK_FALSE(agree::time::addDays(D("9999-12-30"), 1).outOfRange);
  CHECK_FALSE(agree::time::addMonths(D("9998-12-31"), 12).outOfRange);
  // A chain: yearly from 2021-08-18, period 7978 ends 9999-08-18, period 7979 would end in
  // the year 10000.
  agree::time::PeriodChain chain{D("2021-08-18"), Years(1), Years(1)};
  CHECK(chain.endOf(7978).date == D("9999-08-18"));
  CHECK_FALSE(chain.endOf(7978).outOfRange);
  CHECK(chain.endOf(7979).outOfRange);
}

TEST_CASE("add, addTimes and subtract") {
  using agree::time::add;
  using agree::time::addTimes;
  using agree::time::subtract;

  // "Within 2 weeks of 3 October 2024" is due by 17 October 2024.
  CHECK(add(D("2024-10-03"), Weeks(2)).date == D("2024-10-17"));
  CHECK(add(D("2024-10-03"), Days(14)).date == D("2024-10-17"));
  CHECK_FALSE(add(D("2024-10-03"), Days(14)).clamped);

  // A year is 12 months.
  CHECK(add(D("2024-02-29"), Years(1)).date == D("2025-02-28"));
  CHECK(add(D("2024-02-29"), Years(1)).clamped);
  CHECK(add(D("2024-02-29"), Years(1)).date == add(D("2024-02-29"), Months(12)).date);

  // k × duration in one step: 31 Jan + 3 × 1 month = 30 April, not 28 April.
  CHECK(addTimes(D("2024-01-31"), Months(1), 3).date == D("2024-04-30"));
  CHECK(addTimes(D("2024-01-31"), Months(1), 3).clamped);
  CHECK(addTimes(D("2024-01-31"), Months(1), 0).date == D("2024-01-31"));
  CHECK(addTimes(D("2021-08-18"), Years(1), 6).date == D("2027-08-18"));
  CHECK(addTimes(D("2024-01-01"), Days(30), 2).date == D("2024-03-01"));
  CHECK(addTimes(D("2024-01-01"), Weeks(1), 9).date == D("2024-03-04"));

  // An extension counted from the instance's start (31 October 2025).
  CHECK(add(D("2025-10-31"), Months(6)).date == D("2026-04-30"));
  CHECK(addTimes(D("2025-10-31"), Months(6), 2).date == D("2026-10-31"));
  // ... whereas stepping from the clamped end would drift to the 30th.
  CHECK(add(D("2026-04-30"), Months(6)).date == D("2026-10-30"));

  // subtract uses the same clamp.
  CHECK(subtract(D("2024-03-31"), Months(1)).date == D("2024-02-29"));
  CHECK(subtract(D("2024-03-31"), Months(1)).clamped);
  CHECK(subtract(D("2025-03-31"), Months(1)).date == D("2025-02-28"));
  CHECK(subtract(D("2023-03-31"), Months(1)).date == D("2023-02-28"));
  CHECK(subtract(D("2024-03-15"), Months(1)).date == D("2024-02-15"));
  CHECK_FALSE(subtract(D("2024-03-15"), Months(1)).clamped);
  CHECK(subtract(D("2024-03-31"), Years(1)).date == D("2023-03-31"));
  CHECK(subtract(D("2024-02-29"), Years(1)).date == D("2023-02-28"));
  CHECK(subtract(D("2025-01-15"), Months(1)).date == D("2024-12-15"));
  CHECK(subtract(D("2024-03-01"), Days(1)).date == D("2024-02-29"));
  CHECK(subtract(D("2024-03-14"), Weeks(2)).date == D("2024-02-29"));
}

TEST_CASE("latestStartFor") {
  using agree::time::latestStartFor;
  // The examples from the design.
  CHECK(latestStartFor(D("2027-11-01"), Months(1)) == D("2027-10-01"));
  CHECK(latestStartFor(D("2027-03-30"), Months(1)) == D("2027-02-28"));
  CHECK(latestStartFor(D("2027-03-01"), Months(1)) == D("2027-02-01"));
  // 29, 30 and 31 January + 1 month all clamp to 29 February 2024: the latest is the 31st.
  CHECK(latestStartFor(D("2024-02-29"), Months(1)) == D("2024-01-31"));
  CHECK(latestStartFor(D("2023-02-28"), Months(1)) == D("2023-01-31"));
  CHECK(latestStartFor(D("2024-02-28"), Months(1)) == D("2024-01-28"));
  CHECK(latestStartFor(D("2027-03-31"), Months(1)) == D("2027-02-28"));
  CHECK(latestStartFor(D("2024-03-31"), Months(1)) == D("2024-02-29"));
  CHECK(latestStartFor(D("2024-04-30"), Months(1)) == D("2024-03-31"));
  // 2024-02-29 + 1 year = 2025-02-28 (clamped); 2024-03-01 + 1 year is too late.
  CHECK(latestStartFor(D("2025-02-28"), Years(1)) == D("2024-02-29"));
  CHECK(latestStartFor(D("2026-08-18"), Years(1)) == D("2025-08-18"));
  CHECK(latestStartFor(D("2024-10-17"), Weeks(2)) == D("2024-10-03"));
  CHECK(latestStartFor(D("2024-03-01"), Days(1)) == D("2024-02-29"));
  // At the calendar's last day: a sum past 9999-12-31 saturates there but does not fit.
  // 9998-12-31 + 1 year = 9999-12-31; 9999-01-01 + 1 year = 10000-01-01.
  CHECK(latestStartFor(D("9999-12-31"), Years(1)) == D("9998-12-31"));
  // 9999-11-30 + 1 month = 9999-12-30; 9999-12-01 + 1 month = 10000-01-01 (as 2027-12-31 gives 2027-11-30).
  CHECK(latestStartFor(D("9999-12-31"), Months(1)) == D("9999-11-30"));
  CHECK(latestStartFor(D("9999-12-31"), Days(1)) == D("9999-12-30"));
  CHECK(latestStartFor(D("2024-10-17"), Days(0)) == D("2024-10-17"));
}

TEST_CASE("surelyNotLonger") {
  using agree::time::surelyNotLonger;
  CHECK(surelyNotLonger(Months(1), Years(1)));
  CHECK_FALSE(surelyNotLonger(Months(13), Years(1)));
  CHECK(surelyNotLonger(Months(12), Years(1)));
  CHECK(surelyNotLonger(Years(1), Months(12)));
  CHECK_FALSE(surelyNotLonger(Years(1), Months(11)));
  CHECK_FALSE(surelyNotLonger(Days(30), Months(1)));  // February can be 28 days
  CHECK(surelyNotLonger(Days(28), Months(1)));
  CHECK(surelyNotLonger(Weeks(4), Months(1)));
  CHECK_FALSE(surelyNotLonger(Days(29), Months(1)));
  CHECK(surelyNotLonger(Months(1), Days(31)));
  CHECK_FALSE(surelyNotLonger(Months(1), Days(30)));
  CHECK(surelyNotLonger(Weeks(2), Days(14)));
  CHECK_FALSE(surelyNotLonger(Days(15), Weeks(2)));
  CHECK(surelyNotLonger(Days(14), Days(14)));
  CHECK(surelyNotLonger(Hours(24), Days(1)));
  CHECK_FALSE(surelyNotLonger(Hours(25), Days(1)));
}

// ---------------------------------------------------------------------------------------------
// Period chains
// ---------------------------------------------------------------------------------------------

TEST_CASE("PeriodChain: Heliomare, yearly from 2021-08-18") {
  const PeriodChain c{D("2021-08-18"), Years(1), Years(1)};
  CHECK(c.startOf(1) == D("2021-08-18"));
  CHECK(c.endOf(1).date == D("2022-08-18"));
  CHECK(c.startOf(7) == D("2027-08-18"));
  CHECK(c.endOf(7).date == D("2028-08-18"));
  CHECK_FALSE(c.endOf(7).clamped);
  CHECK(c.endOf(0).date == c.start);

  CHECK(c.indexContaining(D("2021-08-17")) == std::nullopt);  // before the start
  CHECK(c.indexContaining(D("2021-08-18")) == 1);
  CHECK(c.indexContaining(D("2022-08-17")) == 1);
  CHECK(c.indexContaining(D("2022-08-18")) == 2);
  CHECK(c.indexContaining(D("2027-08-17")) == 6);
  CHECK(c.indexContaining(D("2027-08-18")) == 7);
  CHECK(c.indexContaining(D("2028-02-29")) == 7);
  CHECK(c.indexContaining(D("2028-08-17")) == 7);
  CHECK(c.indexContaining(D("2028-08-18")) == 8);
}

TEST_CASE("PeriodChain: yearly from 29 February never drifts") {
  const PeriodChain c{D("2024-02-29"), Years(1), Years(1)};
  CHECK(c.endOf(1).date == D("2025-02-28"));
  CHECK(c.endOf(2).date == D("2026-02-28"));
  CHECK(c.endOf(3).date == D("2027-02-28"));
  CHECK(c.endOf(4).date == D("2028-02-29"));
  CHECK(c.endOf(1).clamped);
  CHECK_FALSE(c.endOf(4).clamped);
  CHECK(c.endOf(8).date == D("2032-02-29"));
  CHECK(c.startOf(5) == D("2028-02-29"));

  CHECK(c.indexContaining(D("2024-02-29")) == 1);
  CHECK(c.indexContaining(D("2025-02-27")) == 1);
  CHECK(c.indexContaining(D("2025-02-28")) == 2);  // the end of period 1 starts period 2
  CHECK(c.indexContaining(D("2025-03-01")) == 2);
  CHECK(c.indexContaining(D("2028-02-28")) == 4);
  CHECK(c.indexContaining(D("2028-02-29")) == 5);
}

TEST_CASE("PeriodChain: monthly from 31 January") {
  const PeriodChain leap{D("2024-01-31"), Months(1), Months(1)};
  const char* leapEnds[] = {"2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30",
                            "2024-07-31", "2024-08-31", "2024-09-30", "2024-10-31", "2024-11-30",
                            "2024-12-31", "2025-01-31", "2025-02-28", "2025-03-31"};
  for (long long n = 1; n <= 14; ++n) {
    CAPTURE(n);
    CHECK(leap.endOf(n).date == D(leapEnds[n - 1]));
  }
  CHECK(leap.endOf(1).clamped);
  CHECK_FALSE(leap.endOf(2).clamped);
  CHECK(leap.endOf(3).clamped);

  const PeriodChain plain{D("2025-01-31"), Months(1), Months(1)};
  CHECK(plain.endOf(1).date == D("2025-02-28"));
  CHECK(plain.endOf(2).date == D("2025-03-31"));
  CHECK(plain.endOf(3).date == D("2025-04-30"));

  CHECK(leap.indexContaining(D("2024-02-28")) == 1);
  CHECK(leap.indexContaining(D("2024-02-29")) == 2);
  CHECK(leap.indexContaining(D("2024-03-30")) == 2);
  CHECK(leap.indexContaining(D("2024-03-31")) == 3);
  CHECK(leap.indexContaining(D("2024-04-29")) == 3);
  CHECK(leap.indexContaining(D("2024-04-30")) == 4);
}

TEST_CASE("PeriodChain: extension counted from the instance's start") {
  // Started 31 October 2025, half a year at a time.
  const PeriodChain c{D("2025-10-31"), Months(6), Months(6)};
  CHECK(c.endOf(1).date == D("2026-04-30"));
  CHECK(c.endOf(1).clamped);
  CHECK(c.endOf(2).date == D("2026-10-31"));  // 12 months from the start, not from 30 April
  CHECK_FALSE(c.endOf(2).clamped);
  CHECK(c.endOf(3).date == D("2027-04-30"));
  CHECK(c.endOf(4).date == D("2027-10-31"));
}

TEST_CASE("PeriodChain: first and each of different lengths and units") {
  // Minimum 2 years, then yearly.
  const PeriodChain y{D("2024-02-29"), Years(2), Years(1)};
  CHECK(y.endOf(1).date == D("2026-02-28"));
  CHECK(y.endOf(2).date == D("2027-02-28"));
  CHECK(y.endOf(3).date == D("2028-02-29"));
  CHECK(y.indexContaining(D("2027-02-28")) == 3);

  // Months first, then days: 31 Jan + 1 month = 29 Feb, + 2 × 1 week = 14 March.
  const PeriodChain m{D("2024-01-31"), Months(1), Weeks(1)};
  CHECK(m.endOf(1).date == D("2024-02-29"));
  CHECK(m.endOf(2).date == D("2024-03-07"));
  CHECK(m.endOf(3).date == D("2024-03-14"));
  CHECK(m.indexContaining(D("2024-03-07")) == 3);
  CHECK(m.indexContaining(D("2024-03-06")) == 2);
}

TEST_CASE("PeriodChain: 30-day periods") {
  const PeriodChain c{D("2024-01-01"), Days(30), Days(30)};
  CHECK(c.endOf(1).date == D("2024-01-31"));
  CHECK(c.endOf(2).date == D("2024-03-01"));   // 31 Jan + 29 days = 29 Feb, + 1 = 1 March
  CHECK(c.endOf(12).date == D("2024-12-26"));  // 360 days = 366 − 6
  CHECK(c.endOf(13).date == D("2025-01-25"));  // 390 days = 366 + 24
  CHECK_FALSE(c.endOf(2).clamped);

  CHECK(c.indexContaining(D("2024-01-01")) == 1);
  CHECK(c.indexContaining(D("2024-01-30")) == 1);
  CHECK(c.indexContaining(D("2024-01-31")) == 2);
  CHECK(c.indexContaining(D("2024-02-29")) == 2);
  CHECK(c.indexContaining(D("2024-03-01")) == 3);
  CHECK(c.indexContaining(D("2024-12-25")) == 12);
  CHECK(c.indexContaining(D("2024-12-26")) == 13);
}

TEST_CASE("PeriodChain::indexContaining far in the future" * doctest::timeout(10)) {
  // Monthly from 31 Jan 2024: June 2999 is (2999 − 2024) × 12 + 5 = 11705 months on.
  // endOf(11705) = 2999-06-30 (clamped), endOf(11704) = 2999-05-31.
  const PeriodChain monthly{D("2024-01-31"), Months(1), Months(1)};
  CHECK(monthly.indexContaining(D("2999-06-15")) == 11705);
  CHECK(monthly.startOf(11705) == D("2999-05-31"));
  CHECK(monthly.endOf(11705).date == D("2999-06-30"));

  // Yearly from 2021-08-18: period n starts in year 2020 + n; 9999-12-30 is in period 7979,
  // whose end (year 10000) saturates at the end of time.
  const PeriodChain yearly{D("2021-08-18"), Years(1), Years(1)};
  CHECK(yearly.indexContaining(D("9999-12-30")) == 7979);
  CHECK(yearly.indexContaining(D("9999-08-17")) == 7978);
  CHECK(yearly.indexContaining(D("9999-08-18")) == 7979);
  CHECK(yearly.endOf(7979).date == Date::max());

  // Daily from 2024-01-01: 2999-01-01 is 975 × 365 + 237 = 356112 days on (237 leap days
  // in 2024..2998), so it is period 356113.
  const PeriodChain daily{D("2024-01-01"), Days(1), Days(1)};
  CHECK(daily.indexContaining(D("2999-01-01")) == 356113);

  // 30-day periods from 2024-01-01: 9999-12-30 is 2913172 days on = 97105 × 30 + 22.
  const PeriodChain thirty{D("2024-01-01"), Days(30), Days(30)};
  CHECK(thirty.indexContaining(D("9999-12-30")) == 97106);

  const PeriodChain chains[] = {
      monthly,
      yearly,
      daily,
      thirty,
      PeriodChain{D("2024-02-29"), Years(1), Years(1)},
      PeriodChain{D("2025-10-31"), Months(6), Months(6)},
      PeriodChain{D("2024-01-31"), Years(2), Months(1)},
      PeriodChain{D("2024-01-31"), Months(1), Weeks(2)},
      PeriodChain{D("0001-01-01"), Days(1), Days(1)},
  };
  // Many queries in 2999 and 9999: would be far too slow if the search walked the chain.
  for (const auto& c : chains) {
    for (Date d = D("2999-01-01"); d <= D("2999-12-31"); d = d.plusDays(3)) checkContains(c, d);
    for (Date d = D("9999-01-01"); d < Date::max(); d = d.plusDays(1)) checkContains(c, d);
    checkContains(c, D("9999-12-30"));
    // The last day of time: an answer, no overflow, no endless loop.
    auto n = c.indexContaining(Date::max());
    REQUIRE(n.has_value());
    CHECK(*n >= 1);
    CHECK(c.startOf(*n) <= Date::max());
    CHECK(c.endOf(*n).date == Date::max());
  }
}

TEST_CASE("PeriodChain::endOf saturates") {
  const PeriodChain yearly{D("2021-08-18"), Years(1), Years(1)};
  CHECK(yearly.endOf(8000).date == Date::max());
  CHECK(yearly.endOf(LLONG_MAX).date == Date::max());
  const PeriodChain daily{D("2021-08-18"), Days(1), Days(1)};
  CHECK(daily.endOf(LLONG_MAX).date == Date::max());
  CHECK(daily.startOf(LLONG_MAX) == Date::max());
}

TEST_CASE("Interval is half-open") {
  const Interval i{D("2027-08-18"), D("2028-08-18")};
  CHECK(i.contains(D("2027-08-18")));
  CHECK(i.contains(D("2028-08-17")));
  CHECK_FALSE(i.contains(D("2028-08-18")));
  CHECK_FALSE(i.contains(D("2027-08-17")));
  const Interval open{D("2027-08-18"), std::nullopt};
  CHECK(open.contains(Date::max()));
  CHECK_FALSE(open.contains(D("2027-08-17")));
}

// ---------------------------------------------------------------------------------------------
// Properties over many days
// ---------------------------------------------------------------------------------------------

TEST_CASE("property: addMonths is monotonic in the date") {
  const long long ns[] = {-25, -13, -12, -1, 1, 2, 3, 6, 11, 12, 13, 24, 48};
  for (long long n : ns) {
    int failures = 0;
    for (Date d = D("2022-12-01"); d < D("2026-12-31"); d = d.plusDays(1)) {
      const Date a = agree::time::addMonths(d, n).date;
      const Date b = agree::time::addMonths(d.plusDays(1), n).date;
      if (!(a <= b) && ++failures <= 5) {
        CAPTURE(n);
        CAPTURE(d);
        CHECK(a <= b);
      }
    }
    CAPTURE(n);
    CHECK(failures == 0);
  }
}

TEST_CASE("property: monthly chains and latestStartFor, every start day 2023-2025") {
  using agree::time::addMonths;
  using agree::time::latestStartFor;
  const Duration leads[] = {Months(1), Months(3), Years(1), Weeks(2), Days(30)};
  int failures = 0;
  long long checked = 0;
  auto fail = [&](const char* what, Date start, long long n, std::string extra) {
    if (++failures <= 10) FAIL_CHECK(what << " start " << start.iso() << " n " << n << extra);
  };
  for (Date start = D("2023-01-01"); start <= D("2025-12-31"); start = start.plusDays(1)) {
    const PeriodChain c{start, Months(1), Months(1)};
    for (long long n = 1; n <= 30; ++n) {
      const Shifted end = c.endOf(n);
      const Shifted direct = addMonths(start, n);
      ++checked;
      if (end.date != direct.date || end.clamped != direct.clamped)
        fail("endOf(n) != addMonths(start, n):", start, n, " got " + end.date.iso() + " want " + direct.date.iso());
      for (const Duration& d : leads) {
        const Date x = latestStartFor(end.date, d);
        if (!(agree::time::add(x, d).date <= end.date))
          fail("latestStartFor(end, d) + d > end:", start, n, " d " + d.text() + " x " + x.iso());
        if (!(agree::time::add(x.plusDays(1), d).date > end.date))
          fail("latestStartFor is not the latest:", start, n, " d " + d.text() + " x " + x.iso());
      }
    }
  }
  CHECK(failures == 0);
  CHECK(checked == 1096LL * 30);
}

// Notice against the end of a calendar period (runtime/time/period.h). Worked by hand.
TEST_CASE("calendar periods: start and end") {
  using agree::time::calendarPeriodEnd;
  using agree::time::calendarPeriodStart;
  CHECK(calendarPeriodStart(D("2026-08-17"), 12) == D("2026-01-01"));
  CHECK(calendarPeriodStart(D("2026-08-17"), 3) == D("2026-07-01"));
  CHECK(calendarPeriodStart(D("2026-03-31"), 3) == D("2026-01-01"));
  CHECK(calendarPeriodStart(D("2026-08-17"), 1) == D("2026-08-01"));
  CHECK(calendarPeriodEnd(D("2026-12-31"), 12).date == D("2027-01-01"));
  CHECK(calendarPeriodEnd(D("2026-01-01"), 12).date == D("2027-01-01"));
  CHECK(calendarPeriodEnd(D("2026-02-15"), 3).date == D("2026-04-01"));
  CHECK(calendarPeriodEnd(D("2024-02-29"), 1).date == D("2024-03-01"));
  CHECK(calendarPeriodEnd(D("9999-12-01"), 12).outOfRange);
  CHECK_FALSE(calendarPeriodEnd(D("9999-11-30"), 1).outOfRange);
}

TEST_CASE("notice before the end of a calendar period") {
  using agree::time::endWithNoticeBefore;
  const Duration six{6, Unit::Month}, month{1, Unit::Month}, quarter{3, Unit::Month};
  // 2026-01-01 - 6 months = 2025-07-01: that day is in time, the next is not.
  CHECK(endWithNoticeBefore(D("2025-07-01"), six, 12).date == D("2026-01-01"));
  CHECK(endWithNoticeBefore(D("2025-07-02"), six, 12).date == D("2027-01-01"));
  CHECK(endWithNoticeBefore(D("2025-01-01"), six, 12).date == D("2026-01-01"));
  // Month ends: 2026-02-01 - 1 month = 2026-01-01 < 31 January, so 2026-03-01 (- 1 month = 1 February).
  CHECK(endWithNoticeBefore(D("2026-01-31"), month, 1).date == D("2026-03-01"));
  CHECK(endWithNoticeBefore(D("2026-01-01"), month, 1).date == D("2026-02-01"));
  // Quarters: 2026-04-01 - 3 months = 2026-01-01 < 15 February; 2026-07-01 - 3 months = 2026-04-01.
  CHECK(endWithNoticeBefore(D("2026-02-15"), quarter, 3).date == D("2026-07-01"));
  // In days: 2026-01-01 - 30 days = 2025-12-02.
  CHECK(endWithNoticeBefore(D("2025-12-02"), Duration{30, Unit::Day}, 12).date == D("2026-01-01"));
  CHECK(endWithNoticeBefore(D("2025-12-03"), Duration{30, Unit::Day}, 12).date == D("2027-01-01"));
  CHECK(endWithNoticeBefore(D("9999-03-01"), six, 12).outOfRange);
}

TEST_CASE("notice counted from the end of a calendar period") {
  using agree::time::endWithNoticeFrom;
  const Duration two{2, Unit::Year};
  CHECK(endWithNoticeFrom(D("2025-06-15"), two, 12).date == D("2028-01-01"));
  CHECK(endWithNoticeFrom(D("2025-12-31"), two, 12).date == D("2028-01-01"));
  CHECK(endWithNoticeFrom(D("2026-01-01"), two, 12).date == D("2029-01-01"));
  // From the end of the quarter of 2026-05-20 (2026-07-01) + 1 month.
  CHECK(endWithNoticeFrom(D("2026-05-20"), Duration{1, Unit::Month}, 3).date == D("2026-08-01"));
  CHECK(endWithNoticeFrom(D("9997-06-01"), two, 12).outOfRange);
}

TEST_CASE("latest notice for an end by a day") {
  using agree::time::latestNoticeBefore;
  using agree::time::latestNoticeFrom;
  const Duration six{6, Unit::Month}, two{2, Unit::Year};
  // Ended by 2026-06-01: at the end on 2026-01-01, so given by 2025-07-01.
  CHECK(latestNoticeBefore(D("2026-06-01"), six, 12) == D("2025-07-01"));
  CHECK(latestNoticeBefore(D("2026-01-01"), six, 12) == D("2025-07-01"));
  CHECK(latestNoticeBefore(D("2025-12-31"), six, 12) == D("2024-07-01"));
  // 2 years from the end of the year: ended by 2028-01-01 needs a notice in 2025 at the latest.
  CHECK(latestNoticeFrom(D("2028-01-01"), two, 12) == D("2025-12-31"));
  CHECK(latestNoticeFrom(D("2027-12-31"), two, 12) == D("2024-12-31"));
}
