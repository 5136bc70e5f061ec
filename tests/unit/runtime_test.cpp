// Renewal, notice, power and membership computations, end to end from source text.
// Every expected date is worked out by hand in the comment beside it (DESIGN.md, "Time").
#include <doctest/doctest.h>

#include "words/say.h"

#include <string>

#include "bound.h"
#include "driver/driver.h"
#include "report/query_rows.h"
#include "timeline.h"

using agree::runtime::Verdict;
using agree::time::Date;

namespace {

Date d(const char* iso) { return *Date::parseIso(iso); }

const char* kParties = R"(
party a { name "Partij A" }
party b { name "Partij B" }
)";

struct Fixture {
  std::unique_ptr<agree::driver::Compilation> c;
  agree::runtime::Timeline t;
};

// Compiles `body` (articles) with a header and two parties, and simulates `scenario` (by name).
Fixture run(const std::string& body, const std::string& scenario = "", const std::string& header = "") {
  std::string text = "agreement t { title \"test\" " + header + " }\n" + kParties + body;
  Fixture f;
  f.c = agree::driver::compileText("test.agree", text);
  for (const auto& diag : f.c->sink.all()) FAIL_CHECK(diag.message.en);
  REQUIRE(f.c->agreement);
  const agree::model::Scenario* s = scenario.empty() ? nullptr : f.c->agreement->findScenario(scenario);
  if (!scenario.empty()) REQUIRE(s);
  f.t = agree::runtime::simulate(*f.c->agreement, s);
  return f;
}

std::string term(const std::string& rules) {
  return "article 1 \"Duur\" { clause 1.1 provision { holders each party\n" + rules +
         "\n} clause 1.2 duty { holders each party text \"doe iets\" } }\n";
}

}  // namespace

TEST_CASE("monthly renewal from 31 January clamps each end, computed from the start") {
  auto f = run(term("start 2025-01-31 term minimum 1 month renew automatically every 1 month"));
  // 2025-01-31 + 1 month = 2025-02-28 (clamped); + 2 months = 2025-03-31; + 3 = 2025-04-30.
  CHECK(f.t.chain->endOf(1).date == d("2025-02-28"));
  CHECK(f.t.chain->endOf(2).date == d("2025-03-31"));
  CHECK(f.t.chain->endOf(3).date == d("2025-04-30"));
  // 2025-03-30 lies in period 2 = [2025-02-28, 2025-03-31).
  CHECK(f.t.periodAt(d("2025-03-30")) == 2);
  CHECK(f.t.periodAt(d("2025-03-31")) == 3);
}

TEST_CASE("yearly periods from 29 February 2024") {
  auto f = run(term("start 2024-02-29 term minimum 1 year renew automatically every 1 year"));
  // Ends: 2025-02-28, 2026-02-28, 2027-02-28, 2028-02-29 (each start + 12n months, clamped).
  CHECK(f.t.chain->endOf(1).date == d("2025-02-28"));
  CHECK(f.t.chain->endOf(2).date == d("2026-02-28"));
  CHECK(f.t.chain->endOf(3).date == d("2027-02-28"));
  CHECK(f.t.chain->endOf(4).date == d("2028-02-29"));
}

TEST_CASE("notice before the term end: on the last allowed day and one day late") {
  const std::string rules =
      "start 2025-01-31 term minimum 1 month renew automatically every 1 month\n"
      "notice 1 month before term end form writing";
  const std::string scenarios =
      "scenario on_time { 2025-02-28 notice by a under 1.1 form letter }\n"
      "scenario late { 2025-03-01 notice by a under 1.1 form letter }\n";
  // Period 2 = [2025-02-28, 2025-03-31); deadline 2025-03-31 - 1 month = 2025-02-28.
  auto onTime = run(term(rules) + scenarios, "on_time");
  REQUIRE(onTime.t.end);
  CHECK(onTime.t.end->date == d("2025-03-31"));
  // One day later misses it: the end of period 3, 2025-04-30.
  auto late = run(term(rules) + scenarios, "late");
  REQUIRE(late.t.end);
  CHECK(late.t.end->date == d("2025-04-30"));
  // On the end date itself the agreement is no longer in force; the day before it is.
  CHECK(agree::runtime::bound(onTime.t, "a", d("2025-03-30")).inForce == true);
  CHECK(agree::runtime::bound(onTime.t, "a", d("2025-03-31")).inForce == false);
}

TEST_CASE("notice in the wrong form is rejected and changes nothing") {
  auto f = run(term("start 2025-01-01 term minimum 1 year renew automatically every 1 year\n"
                    "notice 1 month before term end form registered_letter") +
                   "scenario s { 2025-06-01 notice by b under 1.1 form email }\n",
               "s");
  CHECK_FALSE(f.t.end);
  REQUIRE(f.t.events.size() == 1);
  CHECK_FALSE(f.t.events[0].accepted);
  CHECK(f.t.events[0].effect.kind() == agree::runtime::FactKind::FormWrong);
  CHECK(agree::words::say(f.t.events[0].effect, *f.t.agreement).find("registered letter") != std::string::npos);
  CHECK(agree::words::say(f.t.events[0].effect, *f.t.agreement, agree::words::Lang::Nl) ==
        "gedaan per e-mail, maar art. 1.1 vereist dat het per aangetekende brief gebeurt");
}

TEST_CASE("notice at any time ends after the notice period, clamped") {
  auto f = run(term("start 2025-01-01 term indefinite\nnotice 3 months at any time") +
                   "scenario s { 2025-11-30 notice by b under 1.1 }\n",
               "s");
  // 2025-11-30 + 3 months = 2026-02-30, clamped to 2026-02-28.
  REQUIRE(f.t.end);
  CHECK(f.t.end->date == d("2026-02-28"));
}

TEST_CASE("a renewal limited in count ends after the last renewal") {
  auto f = run(term("start 2020-01-01 term minimum 1 year renew automatically every 1 year at most 2 times"));
  // 1 year + 2 renewals of 1 year: ends 2020-01-01 + 36 months = 2023-01-01.
  REQUIRE(f.t.end);
  CHECK(f.t.end->date == d("2023-01-01"));
  CHECK(agree::runtime::bound(f.t, "a", d("2022-12-31")).verdict == Verdict::Yes);
  CHECK(agree::runtime::bound(f.t, "a", d("2023-01-01")).verdict == Verdict::No);
}

TEST_CASE("renewal unless a negative evaluation: the period ends without renewal") {
  auto f = run(
      term("start 2025-04-01 term minimum 1 year renew automatically every 1 year unless evaluation outcome negative") +
          "scenario s { 2026-02-27 evaluation outcome negative }\n",
      "s");
  // The negative evaluation falls in period 1 = [2025-04-01, 2026-04-01): it ends on 2026-04-01.
  REQUIRE(f.t.end);
  CHECK(f.t.end->date == d("2026-04-01"));
}

TEST_CASE("renewal only if a positive evaluation: without one the answer depends") {
  auto f =
      run(term("start 2025-04-01 term minimum 1 year renew automatically every 1 year if evaluation outcome positive"));
  REQUIRE(f.t.uncertain);
  CHECK(f.t.uncertain->from == d("2026-04-01"));
  CHECK(agree::runtime::bound(f.t, "a", d("2026-03-31")).verdict == Verdict::Yes);
  CHECK(agree::runtime::bound(f.t, "a", d("2026-04-01")).verdict == Verdict::Depends);
}

TEST_CASE("open-ended term: the later of the minimum and the closing event") {
  const std::string body = "event study_done \"het onderzoek is afgerond\"\n" +
                           term("start 2019-01-01 term minimum 1 year until event study_done") +
                           "scenario late { 2020-03-15 study_done }\n"
                           "scenario early { 2019-06-01 study_done }\n";
  auto none = run(body);
  // Minimum end 2020-01-01; with no closing event the answer depends from then on.
  CHECK(agree::runtime::bound(none.t, "a", d("2019-12-31")).verdict == Verdict::Yes);
  CHECK(agree::runtime::bound(none.t, "a", d("2020-06-01")).verdict == Verdict::Depends);
  auto late = run(body, "late");
  REQUIRE(late.t.end);
  CHECK(late.t.end->date == d("2020-03-15"));
  auto early = run(body, "early");
  REQUIRE(early.t.end);
  CHECK(early.t.end->date == d("2020-01-01"));
}

TEST_CASE("retroactive start: in force before signing, with a caveat") {
  auto f = run(term("start 2025-04-01 term 1 year"), "", "signed 2025-04-29");
  CHECK(f.t.retroactive);
  auto answer = agree::runtime::bound(f.t, "a", d("2025-04-10"));
  CHECK(answer.verdict == Verdict::Yes);
  bool caveat = false;
  for (const auto& c : answer.caveats) caveat = caveat || c.kind() == agree::runtime::FactKind::CaveatRetroactive;
  CHECK(caveat);
  // A fixed term of 1 year: [2025-04-01, 2026-04-01).
  CHECK(f.t.end->date == d("2026-04-01"));
}

TEST_CASE("a withdrawal that leaves one party ends the agreement") {
  auto f = run(term("start 2025-01-01 term indefinite") +
                   "article 2 \"Uittreden\" { clause 2.1 power { holders each party withdraw immediately } }\n"
                   "scenario s { 2025-05-05 withdraw by b under 2.1 }\n",
               "s");
  REQUIRE(f.t.end);
  CHECK(f.t.end->date == d("2025-05-05"));
  CHECK(agree::runtime::bound(f.t, "a", d("2025-05-04")).inForce == true);
  CHECK(agree::runtime::bound(f.t, "a", d("2025-05-05")).inForce == false);
}

TEST_CASE("a cure period delays a power: default notice + 14 days") {
  const std::string body =
      term("start 2025-01-01 term indefinite") +
      "article 2 \"Ontbinding\" { clause 2.1 power { holders each party "
      "dissolve immediately when default_notice then cure 14 days } }\n"
      "scenario early { 2025-03-01 default_notice by a of b\n 2025-03-14 dissolve by a under 2.1 }\n"
      "scenario ok { 2025-03-01 default_notice by a of b\n 2025-03-15 dissolve by a under 2.1 }\n";
  // 2025-03-01 + 14 days = 2025-03-15: the power exists from that day, not before.
  auto early = run(body, "early");
  CHECK_FALSE(early.t.end);
  auto ok = run(body, "ok");
  REQUIRE(ok.t.end);
  CHECK(ok.t.end->date == d("2025-03-15"));
}

TEST_CASE("the period containing a date in 2999 is found without iterating") {
  auto f = run(term("start 2021-08-18 term minimum 1 year renew automatically every 1 year"));
  // 2999-01-01: 2020 + n = 2998, n = 978.
  CHECK(f.t.periodAt(d("2999-01-01")) == 978);
}

TEST_CASE("compile errors carry their code and position") {
  std::string text = std::string("agreement t { title \"x\" }\n") + kParties +
                     "article 1 \"Duur\" { clause 1.1 provision { holders each party\n"
                     "start 2025-01-01 term minimum 1 year renew automatically every 1 year\n"
                     "notice 13 months before term end } }\n";
  auto c = agree::driver::compileText("t.agree", text);
  REQUIRE(c->sink.all().size() >= 1);
  const auto& diag = c->sink.all().front();
  CHECK(diag.code == agree::diag::Code::NoticeLongerThanTerm);
  auto pos = c->sources.file(diag.span.file).position(diag.span.begin);
  // Line 7 of the text (header 1, parties 2-4, article 5, start 6, notice 7), column 8.
  CHECK(pos.line == 7);
  CHECK(pos.column == 8);
}

TEST_CASE("a scenario with more than 10,000 events is refused with its own code") {
  std::string text = std::string("agreement t { title \"x\" }\n") + kParties +
                     "article 1 \"Duur\" { clause 1.1 provision { start 2025-01-01 term indefinite } }\n"
                     "scenario enorm {\n";
  for (int i = 0; i < 10001; ++i) text += "2025-01-01 amendment\n";
  text += "}\n";
  auto c = agree::driver::compileText("t.agree", text);
  REQUIRE(c->sink.all().size() == 1);
  // The code as the check in tests/tools/check_codes.py looks for it: "AGR0508".
  CHECK(agree::diag::codeId(c->sink.all().front().code) == "AGR0508");
}

TEST_CASE("a rejected event does not trigger a power") {
  // No clause allows an accession, so the accession is rejected; the withdrawal power that an
  // accession triggers is then not available either.
  auto f =
      run(term("start 2025-01-01 term indefinite") +
              "article 2 \"Uittreden\" { clause 2.1 power { holders each party withdraw immediately when accede } }\n"
              "scenario s { 2025-03-01 accede of c name \"C\"\n 2025-03-02 withdraw by a under 2.1 }\n",
          "s");
  REQUIRE(f.t.events.size() == 2);
  CHECK_FALSE(f.t.events[0].accepted);
  CHECK_FALSE(f.t.events[1].accepted);
  CHECK_FALSE(f.t.end);
}

TEST_CASE("a term until a fixed date, then renewed: later periods count from that date") {
  // First period [2025-01-31, 2025-03-31); monthly renewals from 2025-03-31 in one step:
  // 2025-04-30, 2025-05-31 (not 04-28 and 05-29, which days-after-months would give).
  auto f = run(term("start 2025-01-31 term until 2025-03-31 renew automatically every 1 month"));
  CHECK(f.t.chain->endOf(1).date == d("2025-03-31"));
  CHECK(f.t.chain->endOf(2).date == d("2025-04-30"));
  CHECK(f.t.chain->endOf(3).date == d("2025-05-31"));
  CHECK(f.t.periodAt(d("2025-03-30")) == 1);
  CHECK(f.t.periodAt(d("2025-03-31")) == 2);
  CHECK(f.t.periodAt(d("2025-05-31")) == 4);
  // Calidus-like: until 2026-04-01, yearly: 2027-04-01, 2028-04-01, 2029-04-01.
  auto y = run(term("start 2025-04-01 term until 2026-04-01 renew automatically every 1 year"));
  CHECK(y.t.chain->endOf(3).date == d("2028-04-01"));
  CHECK(y.t.chain->endOf(4).date == d("2029-04-01"));
}

TEST_CASE("a start on the first day of the Nth month or year after a day") {
  agree::model::Start s;
  s.firstDayOf = true;
  // "de eerste dag van de tweede maand volgend op" 2024-03-15: April is the 1st, May the 2nd.
  s.offset = agree::time::Duration{2, agree::time::Unit::Month};
  CHECK(s.after(d("2024-03-15")).date == d("2024-05-01"));
  // From 31 December: January is the 1st month after, February the 2nd; no clamping.
  CHECK(s.after(d("2024-12-31")).date == d("2025-02-01"));
  // "de eerste dag van het kalenderjaar volgend op": 2024-07-10 -> 2025-01-01.
  s.offset = agree::time::Duration{1, agree::time::Unit::Year};
  CHECK(s.after(d("2024-07-10")).date == d("2025-01-01"));
  // On the first day itself: still the next one (the year after the one the day lies in).
  CHECK(s.after(d("2024-01-01")).date == d("2025-01-01"));
  // Without firstDayOf: an offset of a month from 31 January clamps to 29 February 2024.
  s.firstDayOf = false;
  s.offset = agree::time::Duration{1, agree::time::Unit::Month};
  CHECK(s.after(d("2024-01-31")).date == d("2024-02-29"));
}

TEST_CASE("the last day an event may happen for a start after it to fall on or before a day") {
  agree::model::Start s;
  // No offset: the day itself.
  CHECK(s.latestBaseFor(d("1993-01-15")) == d("1993-01-15"));
  // The first day of the 2nd month after: for a start on or before 1993-01-15 the event's month
  // must be November 1992 or earlier (November -> 1 January 1993; December -> 1 February).
  s.firstDayOf = true;
  s.offset = agree::time::Duration{2, agree::time::Unit::Month};
  CHECK(s.latestBaseFor(d("1993-01-15")) == d("1992-11-30"));
  CHECK(s.after(d("1992-11-30")).date <= d("1993-01-15"));
  CHECK(s.after(d("1992-12-01")).date > d("1993-01-15"));
  // The first day of the next year: for a start on or before 2025-06-01, an event in 2024.
  s.offset = agree::time::Duration{1, agree::time::Unit::Year};
  CHECK(s.latestBaseFor(d("2025-06-01")) == d("2024-12-31"));
  // One month after: 2024-02-29 + 1 month = 2024-03-29 <= 2024-03-31; 2024-03-01 gives 2024-04-01.
  s.firstDayOf = false;
  s.offset = agree::time::Duration{1, agree::time::Unit::Month};
  CHECK(s.latestBaseFor(d("2024-03-31")) == d("2024-02-29"));
}

TEST_CASE("CSV text that a spreadsheet would run as a formula gets a leading quote and is quoted (OWASP)") {
  using agree::runtime::csvText;
  CHECK(csvText("=1+1") == "\"'=1+1\"");
  CHECK(csvText("+31 6") == "\"'+31 6\"");
  CHECK(csvText("-5") == "\"'-5\"");
  CHECK(csvText("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csvText("\tx") == "\"'\tx\"");
  CHECK(csvText("\rx") == "\"'\rx\"");
  CHECK(csvText("=a,\"b\"") == "\"'=a,\"\"b\"\"\"");  // quoted once, its quotes doubled
  CHECK(csvText("a=b") == "a=b");                     // only the first character counts
  CHECK(csvText("") == "");
  CHECK(agree::runtime::csvField("-5") == "-5");  // numbers agree makes stay numbers
}
