// Unit tests for the words layer's calendar words (runtime/words): Dutch dates, counts and
// durations as the seeds write them ("1 november 2027", "één maand", "2 jaar").
#include <doctest/doctest.h>

#include "time/date.h"
#include "words/calendar_words.h"
#include "words/lang.h"

using agree::time::Date;
using agree::time::Duration;
using agree::time::Unit;
using namespace agree::words;

namespace {
Date d(int y, unsigned m, unsigned day) { return *Date::fromYmd(y, m, day); }
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
