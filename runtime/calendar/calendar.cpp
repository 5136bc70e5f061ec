#include "calendar/calendar.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace agree::calendar {

using time::Date;

namespace {

constexpr const char* kWeekdayNames[8] = {
    "",
    "maandag (Monday)",
    "dinsdag (Tuesday)",
    "woensdag (Wednesday)",
    "donderdag (Thursday)",
    "vrijdag (Friday)",
    "zaterdag (Saturday)",
    "zondag (Sunday)",
};
constexpr const char* kWeekdayNamesNl[8] = {"",          "maandag", "dinsdag",  "woensdag",
                                            "donderdag", "vrijdag", "zaterdag", "zondag"};

std::optional<Date> ymd(int year, unsigned month, unsigned day) { return Date::fromYmd(year, month, day); }

// Easter Sunday + offset days, in `year`.
std::function<std::optional<Date>(int)> easterPlus(long long offset) {
  return [offset](int year) -> std::optional<Date> {
    if (year < 1 || year > 9999) return std::nullopt;
    Date d = Calendar::easterSunday(year).plusDays(offset);
    if (d.year() != year) return std::nullopt;  // only at the ends of the date range
    return d;
  };
}

std::function<std::optional<Date>(int)> fixed(unsigned month, unsigned day) {
  return [month, day](int year) { return ymd(year, month, day); };
}

// The day the monarch's birthday is celebrated (art. 3(1) Atw: "de dag waarop de verjaardag
// van de Koning wordt gevierd").
//   - From 2014: King's Day, 27 April, or 26 April when the 27th is a Sunday (the first one
//     was Saturday 26 April 2014).
//   - Before 2014: Queen's Day, 30 April, or 29 April when the 30th is a Sunday. This is the
//     rule of 1980-2013; it is applied to every earlier year as well. Earlier practice
//     differed (another date before 1949, another Sunday shift before 1980) and is not
//     modelled: the Atw itself dates from 1965 and agreements counted here are recent.
std::optional<Date> monarchsDay(int year) {
  const bool king = year >= 2014;
  auto d = ymd(year, 4, king ? 27 : 30);
  if (!d) return std::nullopt;
  if (d->isoWeekday() == 7) return d->plusDays(-1);
  return d;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

Calendar::Calendar(std::string name) : name_(std::move(name)) {}

Date Calendar::easterSunday(int year) {
  year = std::clamp(year, 1, 9999);
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher), all integer arithmetic on
  // non-negative numbers (so / and % are floor division and modulo).
  const int a = year % 19;   // position in the 19-year Metonic cycle
  const int b = year / 100;  // century
  const int c = year % 100;  // year within the century
  const int d = b / 4;       // leap centuries ...
  const int e = b % 4;
  const int f = (b + 8) / 25;  // ... and the lunar (Metonic) correction
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;  // epact: days from 21 March to the full moon
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;  // days from the full moon to the Sunday
  const int m = (a + 11 * h + 22 * l) / 451;       // the two exceptions (19 and 18 April)
  const int monthDay = h + l - 7 * m + 114;
  const unsigned month = static_cast<unsigned>(monthDay / 31);  // 3 = March, 4 = April
  const unsigned day = static_cast<unsigned>(monthDay % 31 + 1);
  // Always a valid date (22 March .. 25 April).
  return *Date::fromYmd(year, month, day);
}

Calendar Calendar::nlAtwRules() {
  Calendar c("nl-atw");
  c.setDescription(
      "Dutch working days under the Algemene termijnenwet: not Saturdays, Sundays, the "
      "holidays of art. 3(1), Good Friday (art. 3(2)) or days equated by royal decree "
      "(art. 3(3)).");
  c.setSource("Algemene termijnenwet art. 3");
  c.setWeekend({6, 7});
  c.setDecreeDayName("dag gelijkgesteld bij koninklijk besluit (art. 3(3) Atw)");
  // Art. 3(1), in calendar order; Good Friday from art. 3(2). Easter Sunday and Whit Sunday
  // are Sundays anyway and are not listed. Every rule applies to every year; in particular
  // 5 May, which the Atw lists only since an amendment of the 1980s, is a holiday in every
  // year here, as the current text says ("de vijfde mei", every year, not only lustrum years).
  c.addRule({"Nieuwjaarsdag (New Year's Day)", fixed(1, 1), "Nieuwjaarsdag"});
  c.addRule({"Goede Vrijdag (Good Friday)", easterPlus(-2), "Goede Vrijdag"});
  c.addRule({"Tweede Paasdag (Easter Monday)", easterPlus(1), "Tweede Paasdag"});
  c.addRule({"Koninginnedag (Queen's Day)",
             [](int year) -> std::optional<Date> {
               if (year >= 2014) return std::nullopt;
               return monarchsDay(year);
             },
             "Koninginnedag"});
  c.addRule({"Koningsdag (King's Day)",
             [](int year) -> std::optional<Date> {
               if (year < 2014) return std::nullopt;
               return monarchsDay(year);
             },
             "Koningsdag"});
  c.addRule({"Bevrijdingsdag (Liberation Day)", fixed(5, 5), "Bevrijdingsdag"});
  c.addRule({"Hemelvaartsdag (Ascension Day)", easterPlus(39), "Hemelvaartsdag"});
  c.addRule({"Tweede Pinksterdag (Whit Monday)", easterPlus(50), "Tweede Pinksterdag"});
  c.addRule({"Eerste Kerstdag (Christmas Day)", fixed(12, 25), "Eerste Kerstdag"});
  c.addRule({"Tweede Kerstdag (Boxing Day)", fixed(12, 26), "Tweede Kerstdag"});
  return c;
}

std::optional<Calendar> Calendar::builtin(std::string_view name) {
  if (name == "nl-atw") return nlAtwRules();
  return std::nullopt;
}

bool Calendar::setWeekend(const std::vector<unsigned>& isoWeekdays) {
  bool next[8] = {};
  int count = 0;
  for (unsigned w : isoWeekdays) {
    if (w < 1 || w > 7) return false;
    if (!next[w]) ++count;
    next[w] = true;
  }
  if (count == 7) return false;
  std::copy(std::begin(next), std::end(next), std::begin(weekend_));
  return true;
}

void Calendar::addRule(HolidayRule rule) { rules_.push_back(std::move(rule)); }

bool Calendar::isWeekend(Date d) const { return weekend_[d.isoWeekday()]; }

std::vector<std::string> Calendar::holidayNames(Date d, DayNames naming) const {
  std::vector<std::string> names;
  for (const auto& rule : rules_) {
    auto day = rule.dateIn(d.year());
    if (day && *day == d)
      names.push_back(naming == DayNames::Dutch && !rule.dutchName.empty() ? rule.dutchName : rule.name);
  }
  if (decreeDays_.count(d)) names.push_back(decreeDayName_);
  return names;
}

bool Calendar::isWorkingDay(Date d) const {
  if (isWeekend(d) || decreeDays_.count(d)) return false;
  for (const auto& rule : rules_) {
    auto day = rule.dateIn(d.year());
    if (day && *day == d) return false;
  }
  return true;
}

std::optional<std::string> Calendar::holidayName(Date d, DayNames naming) const {
  auto names = holidayNames(d, naming);
  if (names.empty()) return std::nullopt;
  std::string out = names[0];
  for (std::size_t i = 1; i < names.size(); ++i) out += " / " + names[i];
  return out;
}

std::optional<std::string> Calendar::nonWorkingReason(Date d, DayNames naming) const {
  auto holiday = holidayName(d, naming);
  const bool weekend = isWeekend(d);
  const char* weekday = (naming == DayNames::Dutch ? kWeekdayNamesNl : kWeekdayNames)[d.isoWeekday()];
  if (holiday && weekend) return *holiday + "; " + weekday;
  if (holiday) return holiday;
  if (weekend) return std::string(weekday);
  return std::nullopt;
}

NamedDay Calendar::nonWorkingDay(Date d) const {
  return {d, nonWorkingReason(d).value_or(""), nonWorkingReason(d, DayNames::Dutch).value_or("")};
}

std::vector<NamedDay> Calendar::holidaysIn(int year) const {
  std::vector<NamedDay> out;
  for (const auto& rule : rules_) {
    if (auto day = rule.dateIn(year))
      out.push_back({*day, rule.name, rule.dutchName.empty() ? rule.name : rule.dutchName});
  }
  for (Date d : decreeDays_) {
    if (d.year() == year) out.push_back({d, decreeDayName_, decreeDayName_});
  }
  std::stable_sort(out.begin(), out.end(), [](const NamedDay& a, const NamedDay& b) { return a.date < b.date; });
  return out;
}

void Calendar::markUnknownYears(WorkingDayResult& r, Date from, Date to) const {
  if (to < from) return;
  for (int y = from.year(); y <= to.year(); ++y) {
    if (!decreeDaysKnown(y)) r.unknownDecreeYears.push_back(y);
  }
  r.decreeDaysUnknown = !r.unknownDecreeYears.empty();
}

namespace {
WorkingDayResult saturatedResult(bool forward) {
  WorkingDayResult r;
  r.date = forward ? Date::max() : Date::min();
  r.saturated = true;
  return r;
}
}  // namespace

WorkingDayResult Calendar::addWorkingDays(Date d, int n) const {
  WorkingDayResult r;
  r.date = d;
  if (n == 0) return r;
  const bool forward = n > 0;
  long long remaining = forward ? static_cast<long long>(n) : -static_cast<long long>(n);
  if (remaining > kMaxWorkingDays) return saturatedResult(forward);
  const long long step = forward ? 1 : -1;

  Date cur = d;
  long long scanned = 0;
  while (remaining > 0) {
    const Date next = cur.plusDays(step);
    if (next == cur || ++scanned > kMaxScanDays) return saturatedResult(forward);
    cur = next;
    if (isWorkingDay(cur)) {
      --remaining;
    } else {
      r.skipped.push_back(nonWorkingDay(cur));
    }
  }
  r.date = cur;
  if (forward) {
    markUnknownYears(r, d.plusDays(1), cur);
  } else {
    markUnknownYears(r, cur, d.plusDays(-1));
  }
  return r;
}

WorkingDayResult Calendar::rollForward(Date d) const {
  WorkingDayResult r;
  Date cur = d;
  long long scanned = 0;
  while (!isWorkingDay(cur)) {
    r.skipped.push_back(nonWorkingDay(cur));
    const Date next = cur.plusDays(1);
    if (next == cur || ++scanned > kMaxScanDays) return saturatedResult(true);
    cur = next;
  }
  r.date = cur;
  markUnknownYears(r, d, cur);
  return r;
}

Date Calendar::nextWorkingDayOnOrAfter(Date d) const { return rollForward(d).date; }

// ---------------------------------------------------------------------------------------------
// Loading

namespace {

std::string typeName(const nlohmann::json& j) { return j.type_name(); }

}  // namespace

std::optional<Calendar> parseCalendar(std::string_view jsonText, std::string& error) {
  using nlohmann::json;
  json j;
  try {
    j = json::parse(jsonText.begin(), jsonText.end());
  } catch (const json::exception& e) {
    error = std::string("malformed JSON: ") + e.what();
    return std::nullopt;
  }
  if (!j.is_object()) {
    error = "the calendar must be a JSON object, not " + typeName(j);
    return std::nullopt;
  }

  static const std::set<std::string> kKeys = {"name", "description", "source", "decree_years", "decree_days"};
  for (const auto& [key, value] : j.items()) {
    if (!kKeys.count(key)) {
      error = "unknown key \"" + key + "\" (expected name, description, source, decree_years, decree_days)";
      return std::nullopt;
    }
  }
  for (const char* key : {"name", "description", "source"}) {
    if (j.contains(key) && !j.at(key).is_string()) {
      error = std::string("\"") + key + "\" must be a string, not " + typeName(j.at(key));
      return std::nullopt;
    }
  }
  for (const char* key : {"name", "decree_years", "decree_days"}) {
    if (!j.contains(key)) {
      error = std::string("missing \"") + key + "\"";
      return std::nullopt;
    }
  }

  const std::string name = j.at("name").get<std::string>();
  auto cal = Calendar::builtin(name);
  if (!cal) {
    error = "no built-in rules for calendar \"" + name + "\" (known: nl-atw)";
    return std::nullopt;
  }
  if (j.contains("description")) cal->setDescription(j.at("description").get<std::string>());
  if (j.contains("source")) cal->setSource(j.at("source").get<std::string>());

  const json& years = j.at("decree_years");
  if (!years.is_array()) {
    error = "\"decree_years\" must be an array of years, not " + typeName(years);
    return std::nullopt;
  }
  for (std::size_t i = 0; i < years.size(); ++i) {
    const json& y = years[i];
    const std::string where = "decree_years[" + std::to_string(i) + "]";
    if (!y.is_number_integer()) {
      error = where + ": " + y.dump() + " is not a whole year";
      return std::nullopt;
    }
    const long long year = y.get<long long>();
    if (year < 1 || year > 9999) {
      error = where + ": year " + std::to_string(year) + " is outside 1..9999";
      return std::nullopt;
    }
    if (cal->decreeDaysKnown(static_cast<int>(year))) {
      error = where + ": year " + std::to_string(year) + " is listed twice";
      return std::nullopt;
    }
    cal->addDecreeYear(static_cast<int>(year));
  }

  const json& days = j.at("decree_days");
  if (!days.is_array()) {
    error = "\"decree_days\" must be an array of dates, not " + typeName(days);
    return std::nullopt;
  }
  for (std::size_t i = 0; i < days.size(); ++i) {
    const json& v = days[i];
    const std::string where = "decree_days[" + std::to_string(i) + "]";
    if (!v.is_string()) {
      error = where + ": " + v.dump() + " is not a date string \"YYYY-MM-DD\"";
      return std::nullopt;
    }
    const std::string text = v.get<std::string>();
    auto d = Date::parseIso(text);
    if (!d) {
      error = where + ": \"" + text + "\" is not a valid date (expected YYYY-MM-DD, a day that exists)";
      return std::nullopt;
    }
    if (!cal->decreeDaysKnown(d->year())) {
      error = where + ": " + text + " lies in " + std::to_string(d->year()) + ", which is not listed in decree_years";
      return std::nullopt;
    }
    if (cal->decreeDays().count(*d)) {
      error = where + ": " + text + " is listed twice";
      return std::nullopt;
    }
    if (auto reason = cal->nonWorkingReason(*d)) {
      error = where + ": " + text + " is already a non-working day (" + *reason + "); probably a typo";
      return std::nullopt;
    }
    cal->addDecreeDay(*d);
  }
  return cal;
}

std::optional<Calendar> loadCalendar(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open the calendar file";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    error = path + ": cannot read the calendar file";
    return std::nullopt;
  }
  std::string inner;
  auto cal = parseCalendar(text.str(), inner);
  if (!cal) error = path + ": " + inner;
  return cal;
}

std::string stdlibCalendarPath(const std::string& stdlibDir, const std::string& name) {
  return (std::filesystem::path(stdlibDir) / "calendars" / (name + ".json")).string();
}

}  // namespace agree::calendar
