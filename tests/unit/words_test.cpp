// Unit tests for the words layer's calendar words (runtime/words): Dutch dates, counts and
// durations as the seeds write them ("1 november 2027", "één maand", "2 jaar").
#include <doctest/doctest.h>

#include "time/date.h"
#include "words/answer_words.h"
#include "words/calendar_words.h"
#include "words/lang.h"
#include "words/say.h"

using agree::time::Date;
using agree::time::Duration;
using agree::time::Unit;
using namespace agree::words;

using agree::runtime::ClauseRef;
using agree::runtime::fact;
using agree::runtime::FactKind;
using agree::runtime::PartyRef;
using agree::runtime::Verbatim;

namespace {
Date d(int y, unsigned m, unsigned day) { return *Date::fromYmd(y, m, day); }

// An agreement with one party, as answers name it (by its short name).
agree::model::Agreement withParty(const char* id, const char* name, const char* shortName) {
  agree::model::Agreement a;
  agree::model::Party p;
  p.id = id;
  p.name = name;
  p.shortName = shortName;
  a.parties.push_back(p);
  return a;
}
}  // namespace

TEST_CASE("parseLang accepts a language code with or without a region") {
  CHECK(parseLang("nl") == Lang::Nl);
  CHECK(parseLang("NL") == Lang::Nl);
  CHECK(parseLang("nl-NL") == Lang::Nl);
  CHECK(parseLang("en_GB") == Lang::En);
  CHECK(parseLang("en") == Lang::En);
  CHECK_FALSE(parseLang("de").has_value());
  CHECK_FALSE(parseLang("").has_value());
  CHECK_FALSE(parseLang("dutch").has_value());
}

TEST_CASE("Dutch dates are written as a Dutch lawyer writes them; English keeps ISO") {
  CHECK(dateWords(d(2027, 11, 1), Lang::Nl) == "1 november 2027");
  CHECK(dateWords(d(2027, 11, 1), Lang::En) == "2027-11-01");
  CHECK(dateWords(d(2024, 2, 29), Lang::Nl) == "29 februari 2024");
  // 1 November 2027 is a Monday (1 January 2027 is a Friday; +304 days = 43 weeks + 3 days).
  CHECK(dateWithWeekday(d(2027, 11, 1), Lang::Nl) == "maandag 1 november 2027");
  CHECK(rangeWords(d(2027, 8, 18), d(2028, 8, 17), Lang::Nl) == "18 augustus 2027 t/m 17 augustus 2028");
  CHECK(rangeWords(d(2027, 8, 18), d(2028, 8, 17), Lang::En) == "2027-08-18 .. 2028-08-17");
}

TEST_CASE("Dutch durations: no plural after a number for jaar and uur") {
  CHECK(durationWords(Duration{1, Unit::Year}, Lang::Nl) == "1 jaar");
  CHECK(durationWords(Duration{2, Unit::Year}, Lang::Nl) == "2 jaar");
  CHECK(durationWords(Duration{2, Unit::Month}, Lang::Nl) == "2 maanden");
  CHECK(durationWords(Duration{1, Unit::Month}, Lang::Nl, Count::Spelled) == "één maand");
  CHECK(durationWords(Duration{3, Unit::Week}, Lang::Nl, Count::Spelled) == "drie weken");
  CHECK(durationWords(Duration{24, Unit::Hour}, Lang::Nl) == "24 uur");
  CHECK(durationWords(Duration{5, Unit::WorkingDay}, Lang::Nl) == "5 werkdagen");
  CHECK(durationWords(Duration{30, Unit::Day}, Lang::Nl, Count::Spelled) == "30 dagen");
  CHECK(durationWords(Duration{1, Unit::Year}, Lang::En) == "1 year");
  CHECK(durationWords(Duration{6, Unit::Month}, Lang::En, Count::Spelled) == "six months");
}

TEST_CASE("ordinals") {
  CHECK(ordinalWords(1, Lang::En) == "1st");
  CHECK(ordinalWords(2, Lang::En) == "2nd");
  CHECK(ordinalWords(11, Lang::En) == "11th");
  CHECK(ordinalWords(23, Lang::En) == "23rd");
  CHECK(ordinalWords(7, Lang::Nl) == "7e");
}

// Every sentence of every fact kind, in both languages, names only the arguments its kind
// declares (facts/fact_kinds.def), and its sections are balanced: a typo in a template would
// otherwise drop words silently.
TEST_CASE("the one-word answers of the query table, and the width of their column") {
  CHECK(std::string(answerWord(true, Lang::Nl)) == "ja");
  CHECK(std::string(answerWord(false, Lang::Nl)) == "nee");
  CHECK(std::string(answerWord(std::nullopt, Lang::Nl)) == "hangt af");
  CHECK(std::string(answerWord(true, Lang::En)) == "yes");
  CHECK(std::string(answerWord(false, Lang::En)) == "no");
  CHECK(std::string(answerWord(std::nullopt, Lang::En)) == "depends");
  CHECK(answerWordWidth(Lang::Nl) == 8);
  CHECK(answerWordWidth(Lang::En) == 7);
}

TEST_CASE("every fact kind has a well-formed sentence in each language") {
  using agree::runtime::FactKind;
  for (FactKind kind : agree::runtime::allFactKinds()) {
    std::string declared = std::string(" ") + agree::runtime::factArgNames(kind) + " ";
    for (Lang lang : {Lang::En, Lang::Nl}) {
      std::string t = sentenceTemplate(kind, lang);
      INFO(agree::runtime::factKindName(kind), " in ", langCode(lang), ": ", t);
      int depth = 0;
      for (std::size_t i = 0; i < t.size(); ++i) {
        std::string name;
        if (t[i] == '{') {
          std::size_t close = t.find('}', i);
          REQUIRE(close != std::string::npos);
          name = t.substr(i + 1, close - i - 1);
          for (const char* article : {"a ", "the "}) {
            if (name.rfind(article, 0) == 0) name = name.substr(std::string(article).size());
          }
        } else if (t[i] == '[') {
          ++depth;
          std::size_t bar = t.find('|', i);
          REQUIRE(bar != std::string::npos);
          name = t.substr(i + 1, bar - i - 1);
          if (!name.empty() && name[0] == '!') name = name.substr(1);
        } else if (t[i] == ']') {
          --depth;
          CHECK(depth >= 0);
        }
        if (!name.empty()) CHECK(declared.find(" " + name + " ") != std::string::npos);
      }
      CHECK(depth == 0);
      if (kind != FactKind::Recorded && kind != FactKind::None) CHECK_FALSE(t.empty());
    }
  }
}

TEST_CASE("a fact in Dutch: a notice in time, and optional parts that drop") {
  const auto a = withParty("heliomare", "Stichting Heliomare", "Heliomare");
  // Period 6 of Heliomare ends on 2027-08-18; one month before: 2027-07-18.
  auto notice = fact(FactKind::NoticeInTime)
                    .with("party", PartyRef{"heliomare"})
                    .with("date", d(2027, 7, 10))
                    .with("deadline", d(2027, 7, 18))
                    .with("duration", Duration{1, Unit::Month})
                    .with("n", 6LL)
                    .with("clause", ClauseRef{"16.2"});
  CHECK(say(notice, a, Lang::Nl) ==
        "opzegging door Heliomare op 10 juli 2027, uiterlijk 18 juli 2027 (1 maand vóór het einde van termijn 6, art. "
        "16.2)");
  CHECK(say(notice, a, Lang::En) ==
        "notice by Heliomare on 2027-07-10, on or before 2027-07-18 (1 month before the end of period 6, art. 16.2)");
  auto notParty = fact(FactKind::NotAPartyOn).with("party", PartyRef{"heliomare"}).with("date", d(2027, 7, 10));
  CHECK(say(notParty, a, Lang::Nl) == "Heliomare is op 10 juli 2027 geen partij");
  notParty.with("left", d(2026, 1, 1));
  CHECK(say(notParty, a, Lang::Nl) == "Heliomare is op 10 juli 2027 geen partij (uitgetreden op 1 januari 2026)");
  // Articles: "a" or "an" by the label in English; "het kalenderjaar" but "de kalendermaand" in Dutch.
  using agree::runtime::CalendarUnitRef;
  using Cal = agree::model::CalendarAnchor::Unit;
  auto fromYear = fact(FactKind::NoticeFromCalendarEnd)
                      .with("duration", Duration{2, Unit::Year})
                      .with("unit", CalendarUnitRef{Cal::Year});
  CHECK(say(fromYear, a, Lang::Nl) == "2 jaar na het einde van het kalenderjaar waarin zij wordt gedaan");
  auto beforeMonth = fact(FactKind::NoticeBeforeCalendarEnd)
                         .with("duration", Duration{1, Unit::Month})
                         .with("unit", CalendarUnitRef{Cal::Month});
  CHECK(say(beforeMonth, a, Lang::En) == "1 month before the end of a calendar month");
  auto trigger = fact(FactKind::TriggerEvent).with("event", agree::runtime::EventKindRef{"evaluation"});
  CHECK(say(trigger, a, Lang::En) == "after an evaluation");
  CHECK(say(trigger, a, Lang::Nl) == "na een evaluatie");
}

// Who is still bound after leaving or after the end, as the seeds say it ("blijven na
// beëindiging van de overeenkomst bestaan", Heliomare 16.4): "X is alleen nog gebonden aan de
// bepalingen die ...", never "alleen bepalingen ... binden X".
TEST_CASE("Dutch: who is still bound, and a notice with its notice period") {
  const auto a = withParty("heliomare", "Stichting Heliomare", "Heliomare");
  const Verbatim who{"Stichting Heliomare"};
  CHECK(say(fact(FactKind::OnlySurvivingBind).with("party", who), a, Lang::Nl) ==
        "Stichting Heliomare is alleen nog gebonden aan de bepalingen die na het einde van kracht blijven");
  CHECK(say(fact(FactKind::OnlySurvivingAndAfterEndBind).with("party", who), a, Lang::Nl) ==
        "Stichting Heliomare is alleen nog gebonden aan de bepalingen die na het einde van kracht blijven en aan de "
        "verplichtingen na het einde");
  CHECK(say(fact(FactKind::NoSurvivingBindsOn).with("party", who).with("date", d(2030, 10, 1)), a, Lang::Nl) ==
        "op 1 oktober 2030 is Stichting Heliomare aan geen bepaling gebonden die na het einde van kracht blijft");
  auto left = fact(FactKind::SummaryLeft)
                  .with("party", who)
                  .with("standing", fact(FactKind::StandingWithdrawn))
                  .with("date", d(2026, 4, 16))
                  .with("reason", fact(FactKind::Recorded));
  CHECK(say(left, a, Lang::Nl) == "Stichting Heliomare is sinds 16 april 2026 uitgetreden: vastgelegd");
  auto withdraw = fact(FactKind::EffectWithdrawSelf).with("party", PartyRef{"heliomare"});
  CHECK(say(withdraw, a, Lang::Nl) ==
        "Heliomare kan zelf uittreden; geen bepaling blijft van kracht, dus daarna is zij nergens meer aan gebonden");
  withdraw.with("anySurvives", 1LL);
  CHECK(say(withdraw, a, Lang::Nl) ==
        "Heliomare kan zelf uittreden; daarna is zij alleen nog gebonden aan de bepalingen die van kracht blijven");
  // Notice on 19 July 2027 with one month's notice (16.2): the notice period in words, not "+ 1 maand".
  auto notice = fact(FactKind::NoticeAfterDate)
                    .with("party", PartyRef{"heliomare"})
                    .with("date", d(2027, 7, 19))
                    .with("duration", Duration{1, Unit::Month})
                    .with("clause", ClauseRef{"16.2"});
  CHECK(say(notice, a, Lang::Nl) ==
        "opzegging door Heliomare op 19 juli 2027 met een opzegtermijn van 1 maand (art. 16.2)");
}

// The agenda's and violations' facts: English keeps the words answers always had ("for Q3
// 2020 (art. 12.3: quarterly, ...)"), Dutch says the same in the agreements' words.
TEST_CASE("agenda and violations facts in both languages") {
  const auto a = withParty("sittard_geleen", "Gemeente Sittard-Geleen", "Sittard-Geleen");
  // DVO Beek 12.3: quarterly reports by the end of the second month after the quarter, none for Q4.
  auto schedule = fact(FactKind::ScheduleRule)
                      .with("every", fact(FactKind::EveryQuarterly))
                      .with("due", fact(FactKind::ScheduleEndOfMonthAfter).with("n", 2LL).with("quarter", 1LL))
                      .with("except", Verbatim{"4"});
  auto q3 = fact(FactKind::ForQuarter).with("label", Verbatim{"Q3 2020"}).with("n", 3LL).with("year", 2020LL);
  auto rule =
      fact(FactKind::RecurFor).with("occurrence", q3).with("clause", ClauseRef{"12.3"}).with("schedule", schedule);
  CHECK(say(rule, a, Lang::En) ==
        "for Q3 2020 (art. 12.3: quarterly, due by the end of month 2 after each quarter, except quarter 4)");
  CHECK(say(rule, a, Lang::Nl) ==
        "voor het 3e kwartaal van 2020 (art. 12.3: per kwartaal, uiterlijk aan het einde van de 2e maand na afloop "
        "van elk kwartaal, behalve kwartaal 4)");
  // Done on 2 December 2020, due by 30 November 2020 (Q3 ends 30 September; + 2 months).
  auto late =
      fact(FactKind::ViolationLate)
          .with("party", PartyRef{"sittard_geleen"})
          .with("when", d(2020, 12, 2))
          .with("due", d(2020, 11, 30))
          .with("rule", rule)
          .with("answers",
                fact(FactKind::AnswersOccurrence).with("occurrence", q3).with("how", fact(FactKind::AnswerNamedByFor)));
  CHECK(say(late, a, Lang::En) ==
        "Sittard-Geleen did it on 2020-12-02, due by 2020-11-30: for Q3 2020 (art. 12.3: quarterly, due by the end of "
        "month 2 after each quarter, except quarter 4); the act answers Q3 2020 (named by `for`)");
  CHECK(say(late, a, Lang::Nl)
            .rfind("Sittard-Geleen deed het op 2 december 2020, terwijl het uiterlijk 30 november "
                   "2020 moest gebeuren: voor het 3e kwartaal van 2020",
                   0) == 0);
  // Too few: the dates of the acts recorded, or none; the party only where each owes its own.
  auto dates = fact(FactKind::DateList)
                   .with("date", d(2027, 3, 1))
                   .with("more", fact(FactKind::DateList).with("date", d(2027, 5, 1)));
  auto tooFew = fact(FactKind::ViolationTooFew)
                    .with("n", 2LL)
                    .with("min", 4LL)
                    .with("calendar", 1LL)
                    .with("from", d(2027, 1, 1))
                    .with("last", d(2027, 12, 31))
                    .with("dates", dates)
                    .with("clause", ClauseRef{"4.1"});
  CHECK(say(tooFew, a, Lang::En) ==
        "2 of at least 4 in the calendar year 2027-01-01 .. 2027-12-31: on 2027-03-01, 2027-05-01 (art. 4.1)");
  CHECK(say(tooFew, a, Lang::Nl) ==
        "2 van ten minste 4 in het kalenderjaar 1 januari 2027 t/m 31 december 2027: op 1 maart 2027, 1 mei 2027 "
        "(art. 4.1)");
  auto none = fact(FactKind::ViolationTooFew)
                  .with("party", PartyRef{"sittard_geleen"})
                  .with("n", 0LL)
                  .with("min", 1LL)
                  .with("from", d(2020, 1, 1))
                  .with("last", d(2020, 12, 31))
                  .with("clause", ClauseRef{"5.1"});
  CHECK(say(none, a, Lang::En) ==
        "Sittard-Geleen: 0 of at least 1 in the agreement year 2020-01-01 .. 2020-12-31: none recorded (art. 5.1)");
  CHECK(say(none, a, Lang::Nl) ==
        "Sittard-Geleen: 0 van ten minste 1 in het contractjaar 1 januari 2020 t/m 31 december 2020: geen vastgelegd "
        "(art. 5.1)");
  // A heading counts its items: one, or more.
  auto heading = fact(FactKind::AgendaHeading)
                     .with("agreement", Verbatim{"dvo_beek"})
                     .with("from", d(2021, 5, 1))
                     .with("to", d(2021, 5, 31))
                     .with("n", 1LL)
                     .with("one", 1LL);
  CHECK(say(heading, a, Lang::En) == "agenda of dvo_beek from 2021-05-01 to 2021-05-31: 1 item");
  CHECK(say(heading, a, Lang::Nl) == "agenda van dvo_beek, 1 mei 2021 t/m 31 mei 2021: 1 punt");
}

TEST_CASE("diff facts in both languages: a field, a last notice day, an assumed start") {
  agree::model::Agreement a;
  using agree::runtime::ClauseRef;
  using agree::runtime::EventKindRef;
  using agree::runtime::fact;
  using agree::runtime::FactKind;
  using agree::runtime::Verbatim;
  // English shows an event kind by the id the code names it by, Dutch by its label.
  auto evaluation = fact(FactKind::DiffEvent).with("id", Verbatim{"signing"}).with("event", EventKindRef{"signing"});
  auto start = fact(FactKind::DiffOnEvent).with("event", evaluation);
  CHECK(say(start, a, Lang::En) == "on signing");
  CHECK(say(start, a, Lang::Nl) == "bij ondertekening");
  auto field = fact(FactKind::DiffFieldNoticePeriod);
  CHECK(say(field, a, Lang::En) == "notice period");
  CHECK(say(fact(FactKind::DiffFieldNoticePeriod).with("n", 2LL), a, Lang::Nl) == "opzegtermijn 2");
  auto value = fact(FactKind::DiffDuration).with("duration", Duration{3, Unit::Month});
  CHECK(say(value, a, Lang::Nl) == "3 maanden");
  // A last notice day names the end of its period: the first day after it.
  auto day = fact(FactKind::DiffLastNoticeDay).with("clause", ClauseRef{"16.2"}).with("end", d(2039, 1, 1));
  CHECK(say(day, a, Lang::En) == "art. 16.2 last notice day for the period ending 2039-01-01");
  CHECK(say(day, a, Lang::Nl) ==
        "art. 16.2 laatste dag voor opzegging tegen het einde van de termijn op 1 januari 2039");
  // A stretch of days: English the first day after it, Dutch its last day.
  auto range =
      fact(FactKind::DiffRange).with("from", d(2027, 8, 18)).with("until", d(2028, 8, 18)).with("last", d(2028, 8, 17));
  CHECK(say(range, a, Lang::En) == "2027-08-18 .. 2028-08-18 (last day 2028-08-17)");
  CHECK(say(range, a, Lang::Nl) == "18 augustus 2027 t/m 17 augustus 2028");
  auto assumed = fact(FactKind::DiffStartAssumed)
                     .with("unknown", fact(FactKind::DiffStartUnknownNew).with("reason", Verbatim{"x"}))
                     .with("date", d(2026, 1, 1))
                     .with("source", fact(FactKind::DiffSourceOption));
  CHECK(say(assumed, a, Lang::En) ==
        "the start of the new version is unknown (x); compared as if it started on 2026-01-01, the date given with "
        "--assume-start");
  CHECK(say(assumed, a, Lang::Nl) ==
        "de ingangsdatum van de nieuwe versie is niet bekend (x); vergeleken alsof zij op 1 januari 2026 inging, de "
        "datum gegeven met --assume-start");
}
