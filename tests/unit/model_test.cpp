// Looking up parties and clauses by id: the index built after lowering answers exactly what a
// scan would, also for duplicates and for entries added after it was built.
#include <doctest/doctest.h>

#include "model/model.h"

using agree::model::Agreement;
using agree::model::Clause;
using agree::model::Party;

namespace {

Party party(const std::string& id, const std::string& name) {
  Party p;
  p.id = id;
  p.name = name;
  return p;
}

}  // namespace

TEST_CASE("findParty before and after indexIds") {
  Agreement a;
  a.parties = {party("a", "A"), party("b", "B"), party("c", "C")};
  REQUIRE(a.findParty("b") != nullptr);
  CHECK(a.findParty("b")->name == "B");
  a.indexIds();
  CHECK(a.findParty("a")->name == "A");
  CHECK(a.findParty("c")->name == "C");
  CHECK(a.findParty("d") == nullptr);
  // Added after the index was built: still found (the scan covers it).
  a.parties.push_back(party("d", "D"));
  REQUIRE(a.findParty("d") != nullptr);
  CHECK(a.findParty("d")->name == "D");
  CHECK(a.findParty("e") == nullptr);
}

TEST_CASE("findParty with a duplicate id gives the first, as the scan does") {
  Agreement a;
  a.parties = {party("a", "first"), party("a", "second"), party("b", "B")};
  a.indexIds();
  CHECK(a.findParty("a")->name == "first");
  CHECK(a.findParty("b")->name == "B");
  CHECK(a.findParty("x") == nullptr);
}

TEST_CASE("findClause through the index") {
  Agreement a;
  for (const char* id : {"1.1", "2.1", "Bijlage 2, Artikel 3"}) {
    Clause c;
    c.id = id;
    a.clauses.push_back(c);
  }
  a.indexIds();
  REQUIRE(a.findClause("Bijlage 2, Artikel 3") != nullptr);
  CHECK(a.findClause("Bijlage 2, Artikel 3")->id == "Bijlage 2, Artikel 3");
  CHECK(a.findClause("2.1") == &a.clauses[1]);
  CHECK(a.findClause("3.1") == nullptr);
}

// Yearly windows (`recurs yearly between --10-15 and --04-14`): both ends included; over the
// year end the window for year Y closes in Y + 1; a last day of 29 February closes on the 28th
// in a year without it.
TEST_CASE("year windows over the year end and on 29 February") {
  using agree::model::Date;
  using agree::model::YearWindow;
  auto day = [](int y, unsigned m, unsigned d) { return *Date::fromYmd(y, m, d); };
  YearWindow winter{10, 15, 4, 14};
  CHECK(winter.crossesYearEnd());
  CHECK(*winter.opens(2025) == day(2025, 10, 15));
  CHECK(*winter.closes(2025) == day(2026, 4, 14));
  CHECK(winter.yearAround(day(2026, 1, 10)) == 2025);
  CHECK(winter.yearAround(day(2026, 4, 14)) == 2025);
  CHECK(!winter.yearAround(day(2026, 4, 15)));
  CHECK(!winter.yearAround(day(2026, 10, 14)));
  CHECK(winter.yearAround(day(2026, 10, 15)) == 2026);
  CHECK(winter.text() == "15 October to 14 April of the next year");

  YearWindow february{2, 1, 2, 29};
  CHECK(!february.crossesYearEnd());
  CHECK(*february.closes(2024) == day(2024, 2, 29));
  CHECK(*february.closes(2026) == day(2026, 2, 28));
  CHECK(february.yearAround(day(2026, 2, 28)) == 2026);

  YearWindow june{6, 1, 6, 30};
  CHECK(june.fromIso() == "--06-01");
  CHECK(june.toIso() == "--06-30");
  CHECK(!june.closes(9999 + 1));
  YearWindow lastNight{12, 31, 1, 1};
  CHECK(!lastNight.closes(9999));  // would close in 10000: no date
}
