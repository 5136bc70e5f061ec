#include "report/agenda_report.h"

#include <fmt/format.h>

#include "cite.h"
#include "input_limits.h"
#include "report/fact_json.h"
#include "report/ics.h"
#include "source/printable.h"
#include "words/calendar_words.h"
#include "words/say.h"

namespace agree::runtime {

using json = nlohmann::ordered_json;

Fact agendaTruncationFact(const AgendaItems& agenda, Date to) {
  const auto max = static_cast<long long>(limits::kMaxAgendaItems);
  const auto n = static_cast<long long>(agenda.items.size());
  if (!agenda.listedThrough) return fact(FactKind::AgendaTruncatedFirstDay).with("max", max).with("n", n);
  return fact(FactKind::AgendaTruncated)
      .with("max", max)
      .with("through", *agenda.listedThrough)
      .with("n", n)
      .with("from", agenda.listedThrough->plusDays(1))
      .with("to", to);
}

std::string agendaTruncationNote(const AgendaItems& agenda, const Timeline& t, Date to, words::Lang lang) {
  return words::say(agendaTruncationFact(agenda, to), *t.agreement, lang);
}

namespace {

Fact kindFact(const std::string& kind) {
  if (kind == "recurring") return fact(FactKind::AgendaRecurring);
  if (kind == "deadline") return fact(FactKind::AgendaDeadline);
  if (kind == "scheduled") return fact(FactKind::AgendaScheduled);
  if (kind == "notice") return fact(FactKind::AgendaNoticeDay);
  return fact(FactKind::ForLabel).with("label", Verbatim{kind});
}

// Who must act, in the answer's language: English shows the holders as the clause writes
// them (as it always has); Dutch names them as answers do ("elke partij", short names).
std::string holderWords(const AgendaItem& i, const model::Agreement& a, words::Lang lang) {
  if (lang == words::Lang::En || i.holders.empty() || !i.who) return i.holders;
  return words::say(i.who, a, lang);
}

// The due day or moment as the language writes it: "2027-11-01" / "1 november 2027".
std::string dueWords(const std::string& due, words::Lang lang) {
  if (lang == words::Lang::En) return due;
  if (auto d = Date::parseIso(due)) return words::dateWords(*d, lang);
  if (auto dt = time::DateTime::parseIso(due)) return words::dateWords(dt->date, lang) + " om " + due.substr(11);
  return due;
}

json factOrNull(const Fact& f) { return f ? factJson(f) : json(nullptr); }

}  // namespace

std::string agendaText(const AgendaItems& agenda, const Timeline& t, Date from, Date to, words::Lang lang) {
  const auto& a = *t.agreement;
  auto say = [&](const Fact& f) { return words::say(f, a, lang); };
  const auto& items = agenda.items;
  Fact heading = fact(FactKind::AgendaHeading)
                     .with("agreement", Verbatim{a.id})
                     .with("from", from)
                     .with("to", to)
                     .with("n", static_cast<long long>(items.size()));
  if (!t.scenarioId.empty()) heading.with("scenario", Verbatim{t.scenarioId});
  if (items.size() == 1) heading.with("one", 1LL);
  std::string out = say(heading) + "\n";
  // Dutch dates differ in length ("1 mei 2026", "30 september 2026"): the column is as wide as
  // the longest.
  std::size_t width = 16;
  for (const auto& i : items) width = std::max(width, dueWords(i.due, lang).size());
  for (const auto& i : items) {
    std::string holders = holderWords(i, a, lang);
    out += fmt::format("\n{:<{}} art. {:<8} {:<9} {}\n", dueWords(i.due, lang), width, i.clause, say(kindFact(i.kind)),
                       holders.empty() ? "-" : holders);
    out += "    " + say(i.rule) + "\n";
    if (!i.what.empty()) out += "    \"" + i.what + "\"\n";
  }
  if (agenda.truncated) out += "\nwarning[AGR0601]: " + agendaTruncationNote(agenda, t, to, lang) + "\n";
  return source::printable(out);
}

json agendaJson(const AgendaItems& agenda, const Timeline& t, Date from, Date to, words::Lang lang) {
  const auto& a = *t.agreement;
  auto say = [&](const Fact& f) { return words::say(f, a, lang); };
  const auto& items = agenda.items;
  json j{{"agreement", a.id},
         {"scenario", t.scenarioId.empty() ? json(nullptr) : json(t.scenarioId)},
         {"from", from.iso()},
         {"to", to.iso()},
         {"truncated", agenda.truncated},
         {"listed_through", agenda.listedThrough ? json(agenda.listedThrough->iso()) : json(nullptr)},
         {"note", agenda.truncated ? json(agendaTruncationNote(agenda, t, to, lang)) : json(nullptr)},
         {"note_fact", agenda.truncated ? factJson(agendaTruncationFact(agenda, to)) : json(nullptr)},
         {"lang", words::langCode(lang)}};
  json list = json::array();
  for (const auto& i : items) {
    list.push_back(json{{"date", i.date.iso()},
                        {"due", i.due},
                        {"kind", i.kind},
                        {"clause", i.clause},
                        {"holders", i.holders},
                        {"rule", say(i.rule)},
                        {"rule_fact", factOrNull(i.rule)},
                        {"text", i.what},
                        {"for", i.forLabel.empty() ? json(nullptr) : json(i.forLabel)},
                        {"for_fact", factOrNull(i.forFact)},
                        {"earliest", i.earliest.empty() ? json(nullptr) : json(i.earliest)}});
  }
  j["items"] = list;
  return j;
}

std::string agendaIcs(const AgendaItems& agenda, const Timeline& t, const std::string& stamp, words::Lang lang) {
  const auto& a = *t.agreement;
  auto say = [&](const Fact& f) { return words::say(f, a, lang); };
  const auto& items = agenda.items;
  std::string out;
  out += icsLine("BEGIN:VCALENDAR");
  out += icsLine("VERSION:2.0");
  out += icsLine("PRODID:-//agree//agenda//EN");
  out += icsLine("CALSCALE:GREGORIAN");
  out += icsLine("X-WR-CALNAME:" + icsText(a.title.empty() ? a.id : a.title));
  int n = 0;
  for (const auto& i : items) {
    std::string rule = say(i.rule), holders = holderWords(i, a, lang);
    out += icsLine("BEGIN:VEVENT");
    out += icsLine(fmt::format("UID:{}-{}-{}-{}@agree.invalid", icsCompact(i.due), ++n, i.kind, a.id));
    out += icsLine("DTSTAMP:" + stamp);
    if (i.due.size() > 10) {
      // A moment (deadlines in hours): floating local time, as the agreement counts it.
      out += icsLine("DTSTART:" + icsCompact(i.due) + "00");
    } else {
      out += icsLine("DTSTART;VALUE=DATE:" + icsCompact(i.due));
      out += icsLine("DTEND;VALUE=DATE:" + icsCompact(i.date.plusDays(1).iso()));
    }
    out += icsLine("SUMMARY:" + icsText("art. " + i.clause + " (" + say(kindFact(i.kind)) +
                                        "): " + (i.what.empty() ? rule : i.what)));
    out += icsLine(
        "DESCRIPTION:" +
        icsText(rule +
                (holders.empty() ? "" : "\n" + say(fact(FactKind::AgendaWho).with("holders", Verbatim{holders})))));
    out += icsLine("CATEGORIES:" + icsText(say(kindFact(i.kind))));
    out += icsLine("TRANSP:TRANSPARENT");
    out += icsLine("END:VEVENT");
  }
  out += icsLine("END:VCALENDAR");
  return out;
}

}  // namespace agree::runtime
