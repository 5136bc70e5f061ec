// Unit tests for `agree explain`'s sentences (runtime/explain): one construct at a time, in
// both languages, with dates worked by hand.
#include <doctest/doctest.h>

#include "explain/explanation.h"
#include "explain/phrase.h"
#include "explain/sentences.h"
#include "model/model.h"

using agree::time::Date;
using agree::time::Duration;
using agree::time::Unit;
namespace model = agree::model;
namespace explain = agree::explain;

namespace {

Date d(int y, unsigned m, unsigned day) { return *Date::fromYmd(y, m, day); }

model::Agreement twoParties() {
  model::Agreement a;
  model::Party alfa;
  alfa.id = "alfa";
  alfa.name = "Gemeente Alfastad";
  alfa.shortName = "Alfastad";
  a.parties.push_back(alfa);
  return a;
}

}  // namespace

TEST_CASE("explain: a start one month after a signing on 31 January clamps to the month's end") {
  auto a = twoParties();
  a.signedOn = d(2024, 1, 31);
  a.start.kind = model::Start::Kind::OnSigning;
  a.start.offset = Duration{1, Unit::Month};
  a.term.kind = model::Term::Kind::Fixed;
  a.term.duration = Duration{2, Unit::Year};
  // 31 January 2024 + 1 month = 29 February 2024 (a leap year).
  CHECK(explain::dutchSentences(a)->term(nullptr, nullptr) ==
        "Deze overeenkomst gaat in op 29 februari 2024 en loopt twee jaar.");
  CHECK(explain::englishSentences(a)->term(nullptr, nullptr) ==
        "This agreement takes effect on 2024-02-29 and runs for two years.");
  CHECK(explain::dutchSentences(a)->start() ==
        "Deze overeenkomst gaat in één maand na de ondertekening, op 29 februari 2024.");
}

TEST_CASE("explain: a term until a date shows its last day") {
  auto a = twoParties();
  a.start.kind = model::Start::Kind::OnDate;
  a.start.date = d(2025, 4, 1);
  a.term.kind = model::Term::Kind::Fixed;
  a.term.until = d(2026, 4, 1);
  // Half-open: until 1 April 2026 means the last day is 31 March 2026.
  CHECK(explain::dutchSentences(a)->term(nullptr, nullptr) ==
        "Deze overeenkomst gaat in op 1 april 2025 en loopt tot 1 april 2026 (de laatste dag is 31 maart 2026).");
  CHECK(explain::englishSentences(a)->term(nullptr, nullptr) ==
        "This agreement takes effect on 2025-04-01 and runs until 2026-04-01 (its last day is 2026-03-31).");
}

TEST_CASE("explain: a retroactive start says so") {
  auto a = twoParties();
  a.signedOn = d(2019, 2, 14);
  a.start.kind = model::Start::Kind::OnDate;
  a.start.date = d(2019, 1, 1);
  CHECK(explain::dutchSentences(a)->start() == "Deze overeenkomst gaat met terugwerkende kracht in op 1 januari 2019.");
  CHECK(explain::englishSentences(a)->start() == "This agreement takes effect retroactively on 2019-01-01.");
}

TEST_CASE("explain: a deadline before a date is due the day before") {
  auto a = twoParties();
  model::Deadline before{};
  before.kind = model::Deadline::Kind::BeforeDate;
  before.date = d(2024, 3, 1);
  // The day before 1 March 2024 is 29 February (2024 is a leap year).
  CHECK(explain::dutchSentences(a)->deadline(before) ==
        "Dit moet vóór 1 maart 2024 gebeuren, dus uiterlijk op 29 februari 2024.");
  CHECK(explain::englishSentences(a)->deadline(before) == "It is due before 2024-03-01, that is by 2024-02-29.");
  model::Deadline within{};
  within.kind = model::Deadline::Kind::AfterEvent;
  within.duration = Duration{24, Unit::Hour};
  within.event = "data_breach_detected";
  CHECK(explain::dutchSentences(a)->deadline(within) ==
        "Dit moet uiterlijk binnen 24 uur na de ontdekking van een datalek gebeuren.");
  CHECK(explain::englishSentences(a)->deadline(within) ==
        "It is due within 24 hours after the detection of a data breach.");
}

TEST_CASE("explain: a notice against the end of a calendar year, in the seed's words") {
  auto a = twoParties();
  model::NoticeRule n;
  n.period = Duration{6, Unit::Month};
  n.beforeTermEnd = false;
  n.calendar = model::CalendarAnchor{model::CalendarAnchor::Unit::Year, model::CalendarAnchor::Rule::BeforeEnd};
  n.by.kind = model::Holders::Kind::Listed;
  n.by.parties = {"alfa"};
  n.form = model::Form::RegisteredLetter;
  CHECK(explain::dutchSentences(a)->notice(n) ==
        "Alfastad kan de overeenkomst bij aangetekende brief opzeggen tegen het einde van een kalenderjaar met "
        "inachtneming van een opzegtermijn van zes maanden; na een latere opzegging eindigt zij aan het einde van het "
        "volgende kalenderjaar.");
  CHECK(explain::englishSentences(a)->notice(n) ==
        "Alfastad may give notice by registered letter at least six months before the end of a calendar year; this "
        "agreement then ends at the end of that calendar year, after a later notice at the end of the next.");
}

TEST_CASE("explain: a power after a default with a cure period") {
  auto a = twoParties();
  model::Power p;
  p.action = model::Power::Action::Dissolve;
  p.trigger.kind = model::Trigger::Kind::Event;
  p.trigger.event.kind = "default_notice";
  p.trigger.period = Duration{14, Unit::Day};
  p.holders.kind = model::Holders::Kind::OtherParty;
  p.form = model::Form::Writing;
  CHECK(explain::dutchSentences(a)->power(p) ==
        "Na een ingebrekestelling en het verstrijken van een hersteltermijn van 14 dagen kan de andere partij de "
        "overeenkomst schriftelijk met onmiddellijke ingang ontbinden.");
  CHECK(
      explain::englishSentences(a)->power(p) ==
      "After a notice of default, once a period of 14 days to remedy it has passed, the other party may dissolve this "
      "agreement in writing with immediate effect.");
}

TEST_CASE("explain: a yearly window over the year end") {
  auto a = twoParties();
  model::Schedule s;
  s.every = model::Recurrence::Yearly;
  s.window = model::YearWindow{10, 15, 4, 14};
  CHECK(explain::dutchSentences(a)->schedule(s) ==
        "Dit moet elk jaar gebeuren in de periode van 15 oktober tot en met 14 april van het volgende jaar.");
  CHECK(explain::englishSentences(a)->schedule(s) ==
        "It is due every year between 15 October and 14 April of the next year, both days included.");
}

TEST_CASE("explain: the language is --lang, else the agreement's, else English") {
  model::Agreement a;
  CHECK(explain::defaultLang(a) == agree::words::Lang::En);
  a.language = "nl";
  CHECK(explain::defaultLang(a) == agree::words::Lang::Nl);
  a.language = "fr";
  CHECK(explain::defaultLang(a) == agree::words::Lang::En);
}

TEST_CASE("explain: clause lists with commas in their ids are kept apart by semicolons") {
  CHECK(explain::clauseList({"8.1", "10"}, "art.", "en") == "art. 8.1 en 10");
  CHECK(explain::clauseList({"18", "Bijlage 2, 3.3", "Bijlage 2, 3.4"}, "art.", "and") ==
        "art. 18; Bijlage 2, 3.3 and Bijlage 2, 3.4");
}
