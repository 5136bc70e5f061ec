#include "report/agenda_report.h"

#include <fmt/format.h>

#include "input_limits.h"
#include "source/printable.h"

namespace agree::runtime {

using json = nlohmann::ordered_json;

namespace {

// RFC 5545 3.3.11: TEXT escapes backslash, semicolon, comma and line breaks.
std::string icsText(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r' || (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
      out += ' ';  // control characters are not allowed in TEXT
    } else {
      out += c;
    }
  }
  return out;
}

// RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and a space; never inside a
// UTF-8 sequence.
std::string icsLine(const std::string& line) {
  std::string out;
  std::size_t start = 0, limit = 75;
  while (line.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(start, cut - start) + "\r\n ";
    start = cut;
    limit = 74;  // the leading space counts
  }
  return out + line.substr(start) + "\r\n";
}

std::string compact(const std::string& iso) {
  std::string out;
  for (char c : iso) {
    if (c != '-' && c != ':') out += c;
  }
  return out;
}

}  // namespace

std::string agendaTruncationNote(const AgendaItems& agenda, Date to) {
  if (!agenda.listedThrough) {
    return fmt::format(
        "more than {} items fall on the first day of the window; only {} of them are listed: ask for a party "
        "(--party)",
        limits::kMaxAgendaItems, agenda.items.size());
  }
  return fmt::format(
      "more than {} items fall in the window: every item up to and including {} is listed ({}), none after it; "
      "ask again from {} to see the rest up to {}",
      limits::kMaxAgendaItems, agenda.listedThrough->iso(), agenda.items.size(),
      agenda.listedThrough->plusDays(1).iso(), to.iso());
}

std::string agendaText(const AgendaItems& agenda, const Timeline& t, Date from, Date to) {
  const auto& items = agenda.items;
  std::string out = fmt::format("agenda of {} from {} to {}{}: {} item{}\n", t.agreement->id, from.iso(), to.iso(),
                                t.scenarioId.empty() ? "" : " (scenario " + t.scenarioId + ")", items.size(),
                                items.size() == 1 ? "" : "s");
  for (const auto& i : items) {
    out += fmt::format("\n{:<16} art. {:<8} {:<9} {}\n", i.due, i.clause, i.kind, i.holders.empty() ? "-" : i.holders);
    out += "    " + i.rule + "\n";
    if (!i.what.empty()) out += "    \"" + i.what + "\"\n";
  }
  if (agenda.truncated) out += "\nwarning[AGR0601]: " + agendaTruncationNote(agenda, to) + "\n";
  return source::printable(out);
}

json agendaJson(const AgendaItems& agenda, const Timeline& t, Date from, Date to) {
  const auto& items = agenda.items;
  json j{{"agreement", t.agreement->id},
         {"scenario", t.scenarioId.empty() ? json(nullptr) : json(t.scenarioId)},
         {"from", from.iso()},
         {"to", to.iso()},
         {"truncated", agenda.truncated},
         {"listed_through", agenda.listedThrough ? json(agenda.listedThrough->iso()) : json(nullptr)},
         {"note", agenda.truncated ? json(agendaTruncationNote(agenda, to)) : json(nullptr)}};
  json list = json::array();
  for (const auto& i : items) {
    list.push_back(json{{"date", i.date.iso()},
                        {"due", i.due},
                        {"kind", i.kind},
                        {"clause", i.clause},
                        {"holders", i.holders},
                        {"rule", i.rule},
                        {"text", i.what},
                        {"for", i.forLabel.empty() ? json(nullptr) : json(i.forLabel)},
                        {"earliest", i.earliest.empty() ? json(nullptr) : json(i.earliest)}});
  }
  j["items"] = list;
  return j;
}

std::string agendaIcs(const AgendaItems& agenda, const Timeline& t, const std::string& stamp) {
  const auto& items = agenda.items;
  std::string out;
  out += icsLine("BEGIN:VCALENDAR");
  out += icsLine("VERSION:2.0");
  out += icsLine("PRODID:-//agree//agenda//EN");
  out += icsLine("CALSCALE:GREGORIAN");
  out += icsLine("X-WR-CALNAME:" + icsText(t.agreement->title.empty() ? t.agreement->id : t.agreement->title));
  int n = 0;
  for (const auto& i : items) {
    out += icsLine("BEGIN:VEVENT");
    out += icsLine(fmt::format("UID:{}-{}-{}-{}@agree.invalid", compact(i.due), ++n, i.kind, t.agreement->id));
    out += icsLine("DTSTAMP:" + stamp);
    if (i.due.size() > 10) {
      // A moment (deadlines in hours): floating local time, as the agreement counts it.
      out += icsLine("DTSTART:" + compact(i.due) + "00");
    } else {
      out += icsLine("DTSTART;VALUE=DATE:" + compact(i.due));
      out += icsLine("DTEND;VALUE=DATE:" + compact(i.date.plusDays(1).iso()));
    }
    out +=
        icsLine("SUMMARY:" + icsText("art. " + i.clause + " (" + i.kind + "): " + (i.what.empty() ? i.rule : i.what)));
    out += icsLine("DESCRIPTION:" + icsText(i.rule + (i.holders.empty() ? "" : "\nwho: " + i.holders)));
    out += icsLine("CATEGORIES:" + icsText(i.kind));
    out += icsLine("TRANSP:TRANSPARENT");
    out += icsLine("END:VEVENT");
  }
  out += icsLine("END:VCALENDAR");
  return out;
}

}  // namespace agree::runtime
