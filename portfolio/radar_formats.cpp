#include "radar_formats.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "report/ics.h"
#include "report/query_rows.h"
#include "source/printable.h"
#include "words/calendar_words.h"

namespace agree::portfolio {

namespace {

using json = nlohmann::ordered_json;
using words::Lang;

std::string day(time::Date d, Lang lang) { return lang == Lang::Nl ? words::dateWords(d, lang) : d.iso(); }

std::string isoOrEmpty(const std::optional<time::Date>& d) { return d ? d->iso() : ""; }
json isoOrNull(const std::optional<time::Date>& d) { return d ? json(d->iso()) : json(nullptr); }
json textOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// "act by 2027-06-15 (the safe day); the rule's day is 2027-06-16, not a working day: ...".
std::string dayLine(const RadarItem& i) {
  const Lang l = i.lang;
  std::string out;
  if (i.safe && *i.safe != i.ruleDate) {
    out = l == Lang::Nl ? "uiterlijk " + day(*i.safe, l) + " (de veilige dag); volgens de regel " + day(i.ruleDate, l)
                        : "act by " + day(*i.safe, l) + " (the safe day); by the rule " + day(i.ruleDate, l);
  } else {
    out = (l == Lang::Nl ? "uiterlijk " : "act by ") + day(i.ruleDate, l);
  }
  if (!i.notWorkingDay.empty()) {
    out += l == Lang::Nl ? ", geen werkdag: " + i.notWorkingDay : ", not a working day: " + i.notWorkingDay;
  }
  return out;
}

std::string articleWords(const RadarItem& i) { return i.clause.empty() ? "" : "art. " + i.clause; }

}  // namespace

std::string radarKindWords(const std::string& kind, Lang lang) {
  static const std::map<std::string, std::pair<const char*, const char*>> kWords{
      {"notice", {"last day to give notice", "uiterste opzegdag"}},
      {"evaluation", {"evaluation decides the renewal", "evaluatie beslist over verlenging"}},
      {"end", {"last day in force", "laatste dag van kracht"}},
      {"recurring", {"recurring duty due", "terugkerende plicht"}},
      {"deadline", {"deadline", "termijn"}},
      {"scheduled", {"scheduled", "gepland"}},
      {"instance", {"last day of a running instance", "laatste dag van een lopend geval"}},
      {"power", {"last day to use a right", "uiterste dag voor een recht"}}};
  auto it = kWords.find(kind);
  if (it == kWords.end()) return kind;
  return lang == Lang::Nl ? it->second.second : it->second.first;
}

std::string radarText(const std::vector<RadarItem>& items, const RadarWindow& w) {
  const Lang l = w.lang;
  std::string out =
      l == Lang::Nl
          ? fmt::format("agree radar: {} {} van {} tot en met {}\n", items.size(),
                        items.size() == 1 ? "beslisdatum" : "beslisdata", day(w.asOf, l), day(w.until, l))
          : fmt::format("agree radar: {} {} from {} to {}\n", items.size(),
                        items.size() == 1 ? "decision date" : "decision dates", day(w.asOf, l), day(w.until, l));
  for (const auto& i : items) {
    const Lang il = i.lang;
    auto label = [&](const char* en, const char* nl) {
      return std::string("    ") + (il == Lang::Nl ? nl : en) + ": ";
    };
    out += fmt::format("\n{}  {}  {}  {}\n", day(i.date, il), radarKindWords(i.kind, il), i.title, articleWords(i));
    out += "    " + dayLine(i) + "\n";
    out += label("parties", "partijen") + i.parties + "\n";
    if (!i.who.empty()) out += label("who acts", "wie handelt") + i.who + "\n";
    out += label("rule", "regel") + i.rule + "\n";
    out += label("if nothing is done", "als niets gebeurt") + i.ifNothingText + "\n";
    out += label("file", "bestand") + i.file + "\n";
  }
  return source::printable(out);
}

std::string radarCsv(const std::vector<RadarItem>& items) {
  std::string out =
      "date,kind,rule_date,safe_day,not_working_day,file,agreement,title,parties,article,clause,who,if_nothing,"
      "from,until,event,rule,uid\n";
  for (const auto& i : items) {
    // Text from the input (paths, names, ids, rule words) is neutralised against spreadsheet
    // formulas as `query` does (runtime::csvText); dates and codes are written as they are.
    using runtime::csvText;
    std::vector<std::string> cells{i.date.iso(),
                                   i.kind,
                                   i.ruleDate.iso(),
                                   isoOrEmpty(i.safe),
                                   csvText(i.notWorkingDay),
                                   csvText(i.file),
                                   csvText(i.agreement),
                                   csvText(i.title),
                                   csvText(i.parties),
                                   csvText(i.article),
                                   csvText(i.clause),
                                   csvText(i.who),
                                   ifNothingCode(i.ifNothing),
                                   isoOrEmpty(i.from),
                                   isoOrEmpty(i.until),
                                   csvText(i.event),
                                   csvText(i.rule),
                                   radarUid(i)};
    for (std::size_t k = 0; k < cells.size(); ++k) out += (k ? "," : "") + cells[k];
    out += "\n";
  }
  return out;
}

std::string radarJson(const std::vector<RadarItem>& items, const RadarWindow& w) {
  json list = json::array();
  for (const auto& i : items) {
    list.push_back(json{{"date", i.date.iso()},
                        {"kind", i.kind},
                        {"rule_date", i.ruleDate.iso()},
                        {"safe_day", isoOrNull(i.safe)},
                        {"not_working_day", textOrNull(i.notWorkingDay)},
                        {"file", i.file},
                        {"agreement", i.agreement},
                        {"title", i.title},
                        {"parties", i.parties},
                        {"article", i.article},
                        {"clause", i.clause},
                        {"who", textOrNull(i.who)},
                        {"if_nothing", ifNothingCode(i.ifNothing)},
                        {"from", isoOrNull(i.from)},
                        {"until", isoOrNull(i.until)},
                        {"event", textOrNull(i.event)},
                        {"rule", i.rule},
                        {"if_nothing_text", i.ifNothingText},
                        {"lang", words::langCode(i.lang)},
                        {"uid", radarUid(i)}});
  }
  json j{{"as_of", w.asOf.iso()}, {"until", w.until.iso()}, {"items", list}};
  return j.dump(2) + "\n";
}

std::string radarIcs(const std::vector<RadarItem>& items, const std::string& stamp,
                     const std::vector<int>& remindDays) {
  using runtime::icsLine;
  using runtime::icsText;
  std::string out;
  out += icsLine("BEGIN:VCALENDAR");
  out += icsLine("VERSION:2.0");
  out += icsLine("PRODID:-//agree//radar//EN");
  out += icsLine("CALSCALE:GREGORIAN");
  out += icsLine("X-WR-CALNAME:agree radar");
  std::map<std::string, int> seen;  // two files with one agreement id: their UIDs must still differ
  for (const auto& i : items) {
    const Lang l = i.lang;
    std::string uid = radarUid(i);
    if (int n = seen[uid]++) uid = std::to_string(n + 1) + "-" + uid;
    std::string summary =
        radarKindWords(i.kind, l) + ": " + i.title + (i.clause.empty() ? "" : " (" + articleWords(i) + ")");
    std::string description = dayLine(i) + "\n" + (l == Lang::Nl ? "partijen: " : "parties: ") + i.parties + "\n" +
                              (l == Lang::Nl ? "regel: " : "rule: ") + i.rule + "\n" +
                              (l == Lang::Nl ? "als niets gebeurt: " : "if nothing is done: ") + i.ifNothingText +
                              "\n" + (l == Lang::Nl ? "bestand: " : "file: ") + i.file;
    out += icsLine("BEGIN:VEVENT");
    out += icsLine("UID:" + uid);
    out += icsLine("DTSTAMP:" + stamp);
    out += icsLine("DTSTART;VALUE=DATE:" + runtime::icsCompact(i.date.iso()));
    out += icsLine("DTEND;VALUE=DATE:" + runtime::icsCompact(i.date.plusDays(1).iso()));
    out += icsLine("SUMMARY:" + icsText(summary));
    out += icsLine("DESCRIPTION:" + icsText(description));
    out += icsLine("CATEGORIES:" + icsText(radarKindWords(i.kind, l)));
    out += icsLine("TRANSP:TRANSPARENT");
    for (int days : remindDays) {
      out += icsLine("BEGIN:VALARM");
      out += icsLine("ACTION:DISPLAY");
      out += icsLine("DESCRIPTION:" + icsText(summary));
      out += icsLine(fmt::format("TRIGGER:-P{}D", days));
      out += icsLine("END:VALARM");
    }
    out += icsLine("END:VEVENT");
  }
  out += icsLine("END:VCALENDAR");
  return out;
}

}  // namespace agree::portfolio
