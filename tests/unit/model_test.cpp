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
