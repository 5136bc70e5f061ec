// Unit tests for `agree radar`'s pieces: the --within parser and the calendar UIDs. Expected
// windows are worked out by hand from the calendar.
#include <doctest/doctest.h>

#include <string>

#include "radar.h"
#include "within.h"

using agree::portfolio::parseWithin;
using agree::portfolio::RadarItem;
using agree::portfolio::radarUid;
using agree::portfolio::windowEnd;
using agree::portfolio::Within;
using agree::time::Date;

namespace {
Date ymd(int y, unsigned m, unsigned d) { return *Date::fromYmd(y, m, d); }
}  // namespace

TEST_CASE("--within reads days, weeks and months, in English and Dutch") {
  std::string why;
  auto d = parseWithin("120d", why);
  REQUIRE(d);
  CHECK(d->count == 120);
  CHECK(d->unit == Within::Unit::Day);
  auto w = parseWithin("6w", why);
  REQUIRE(w);
  CHECK(w->count == 6);
  CHECK(w->unit == Within::Unit::Week);
  auto m = parseWithin("4m", why);
  REQUIRE(m);
  CHECK(m->unit == Within::Unit::Month);
  auto dagen = parseWithin("120 dagen", why);
  REQUIRE(dagen);
  CHECK(dagen->count == 120);
  CHECK(dagen->unit == Within::Unit::Day);
  auto maanden = parseWithin("4 Maanden", why);
  REQUIRE(maanden);
  CHECK(maanden->unit == Within::Unit::Month);
  CHECK(parseWithin("3 weeks", why)->unit == Within::Unit::Week);
  CHECK(parseWithin("0d", why)->count == 0);  // today alone
}

TEST_CASE("--within refuses nonsense, saying why") {
  for (const char* bad : {"", "d", "-3d", "0x", "99999999d", "3661d", "524w", "121m", "1.5m", "12", "3 d d", "+3d"}) {
    std::string why;
    CHECK_MESSAGE(!parseWithin(bad, why), bad);
    CHECK_MESSAGE(why.find("--within") != std::string::npos, bad);
  }
  std::string why;
  CHECK(parseWithin("3660d", why));
  CHECK(parseWithin("523w", why));
  CHECK(parseWithin("120m", why));
}

TEST_CASE("the window's last day") {
  std::string why;
  // 2027-06-01 + 120 days: June has 29 more days (to 06-30), July 31 (60), August 31 (91),
  // then 29 days into September: 2027-09-29.
  CHECK(*windowEnd(ymd(2027, 6, 1), *parseWithin("120d", why)) == ymd(2027, 9, 29));
  // 6 weeks = 42 days: 2027-06-01 + 29 = 06-30, + 13 = 07-13.
  CHECK(*windowEnd(ymd(2027, 6, 1), *parseWithin("6w", why)) == ymd(2027, 7, 13));
  // Calendar months clamp: 2027-10-31 + 4 months = 2028-02-31, which is 2028-02-29 (leap year).
  CHECK(*windowEnd(ymd(2027, 10, 31), *parseWithin("4m", why)) == ymd(2028, 2, 29));
  // Past the calendar's end: no window.
  CHECK(!windowEnd(ymd(9999, 12, 1), *parseWithin("31d", why)));
  CHECK(*windowEnd(ymd(9999, 12, 1), *parseWithin("30d", why)) == ymd(9999, 12, 31));
}

TEST_CASE("calendar UIDs are stable across runs and windows, and name no file") {
  RadarItem a;
  a.agreement = "heliomare";
  a.kind = "notice";
  a.clause = "16.2";
  a.key = "notice|16.2|2027-08-18";
  a.ruleDate = ymd(2027, 7, 18);
  a.date = ymd(2027, 7, 17);
  a.file = "examples/heliomare/heliomare.agree";
  RadarItem b = a;
  b.file = "/elsewhere/heliomare.agree";  // another folder, another run
  b.title = "another title";
  b.date = ymd(2027, 7, 16);  // the same rule day: the same event
  CHECK(radarUid(a) == radarUid(b));
  CHECK(radarUid(a).find("heliomare") == std::string::npos);
  CHECK(radarUid(a).size() == std::string("0123456789abcdef@radar.agree.invalid").size());
  RadarItem next = a;
  next.ruleDate = ymd(2028, 7, 18);
  next.key = "notice|16.2|2028-08-18";
  CHECK(radarUid(next) != radarUid(a));
  RadarItem other = a;
  other.agreement = "calidus";
  CHECK(radarUid(other) != radarUid(a));
  // FNV-1a over fixed bytes: the value is fixed too (a change here breaks every subscribed
  // calendar, which would then see new events instead of updated ones). Worked out with an
  // independent FNV-1a in Python over "heliomare", "notice|16.2|2027-08-18", "2027-07-18",
  // each followed by the separator byte 0xFF.
  CHECK(radarUid(a) == "0c53091ec9de2eb8@radar.agree.invalid");
}
