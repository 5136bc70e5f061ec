#include "words/calendar_words.h"

#include <array>

namespace agree::words {

namespace {

constexpr std::array<const char*, 12> kMonthsEn{"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 12> kMonthsNl{"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                "juli",    "augustus", "september", "oktober", "november", "december"};
constexpr std::array<const char*, 7> kWeekdaysEn{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                 "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 7> kWeekdaysNl{"maandag", "dinsdag",  "woensdag", "donderdag",
                                                 "vrijdag", "zaterdag", "zondag"};
constexpr std::array<const char*, 12> kCountEn{"one",   "two",   "three", "four", "five",   "six",
                                               "seven", "eight", "nine",  "ten",  "eleven", "twelve"};
// "één" carries its accents: "een maand" would read as "a month", not "one month".
constexpr std::array<const char*, 12> kCountNl{"één",   "twee", "drie",  "vier", "vijf", "zes",
                                               "zeven", "acht", "negen", "tien", "elf",  "twaalf"};

// Dutch writes "2 jaar" and "24 uur" (no plural after a number), but "2 maanden", "3 weken".
const char* unitWordNl(time::Unit unit, bool plural) {
  switch (unit) {
    case time::Unit::Day: return plural ? "dagen" : "dag";
    case time::Unit::Week: return plural ? "weken" : "week";
    case time::Unit::Month: return plural ? "maanden" : "maand";
    case time::Unit::Year: return "jaar";
    case time::Unit::Hour: return "uur";
    case time::Unit::WorkingDay: return plural ? "werkdagen" : "werkdag";
  }
  return "";
}

}  // namespace

const char* monthWord(unsigned month, Lang lang) {
  if (month < 1 || month > 12) return "";
  return (lang == Lang::Nl ? kMonthsNl : kMonthsEn)[month - 1];
}

const char* weekdayWord(unsigned isoWeekday, Lang lang) {
  if (isoWeekday < 1 || isoWeekday > 7) return "";
  return (lang == Lang::Nl ? kWeekdaysNl : kWeekdaysEn)[isoWeekday - 1];
}

std::string dateWords(time::Date date, Lang lang) {
  if (lang == Lang::En) return date.iso();
  return std::to_string(date.day()) + " " + monthWord(date.month(), lang) + " " + std::to_string(date.year());
}

std::string dateWithWeekday(time::Date date, Lang lang) {
  if (lang == Lang::En) return date.iso();
  return std::string(weekdayWord(date.isoWeekday(), lang)) + " " + dateWords(date, lang);
}

std::string rangeWords(time::Date first, time::Date last, Lang lang) {
  if (lang == Lang::En) return first.iso() + " .. " + last.iso();
  return dateWords(first, lang) + " t/m " + dateWords(last, lang);
}

std::string countWords(long long n, Lang lang) {
  if (n >= 1 && n <= 12) return (lang == Lang::Nl ? kCountNl : kCountEn)[n - 1];
  return std::to_string(n);
}

std::string ordinalWords(long long n, Lang lang) {
  if (lang == Lang::Nl) return std::to_string(n) + "e";
  long long tens = n % 100;
  const char* suffix = tens >= 11 && tens <= 13 ? "th"
                       : n % 10 == 1            ? "st"
                       : n % 10 == 2            ? "nd"
                       : n % 10 == 3            ? "rd"
                                                : "th";
  return std::to_string(n) + suffix;
}

std::string durationWords(const time::Duration& d, Lang lang, Count count) {
  std::string number = count == Count::Spelled ? countWords(d.count, lang) : std::to_string(d.count);
  if (lang == Lang::En) return number + " " + time::unitName(d.unit, d.count != 1);
  return number + " " + unitWordNl(d.unit, d.count != 1);
}

}  // namespace agree::words
