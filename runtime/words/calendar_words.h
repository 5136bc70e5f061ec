// Dates, periods and durations as a reader of each language writes them. English keeps the
// ISO dates every answer has shown so far ("2027-11-01"); Dutch writes them as a Dutch lawyer
// does ("1 november 2027", "18 augustus 2027 t/m 17 augustus 2028").
#pragma once

#include <string>

#include "time/date.h"
#include "time/duration.h"
#include "words/lang.h"

namespace agree::words {

// "2027-11-01" / "1 november 2027".
std::string dateWords(time::Date date, Lang lang);
// "2027-11-01" / "maandag 1 november 2027".
std::string dateWithWeekday(time::Date date, Lang lang);
// "January" / "januari" (month 1..12).
const char* monthWord(unsigned month, Lang lang);
// "Monday" / "maandag" (ISO weekday, Monday = 1).
const char* weekdayWord(unsigned isoWeekday, Lang lang);
// An inclusive range of days: "2027-08-18 .. 2028-08-17" / "18 augustus 2027 t/m 17 augustus 2028".
std::string rangeWords(time::Date first, time::Date last, Lang lang);

// How a count is written in running text: digits ("1 month"), or words for one to twelve
// ("one month", "één maand"), as agreements write them in a sentence.
enum class Count { Digits, Spelled };
// "1 month", "2 years", "30 days" / "1 maand", "2 jaar", "30 dagen", "5 werkdagen".
std::string durationWords(const time::Duration& duration, Lang lang, Count count = Count::Digits);
// "one", "één" for 1..12; digits otherwise.
std::string countWords(long long n, Lang lang);
// "1st", "2nd" / "1e", "2e".
std::string ordinalWords(long long n, Lang lang);

}  // namespace agree::words
