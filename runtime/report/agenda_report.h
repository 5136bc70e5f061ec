// The agenda for people (text), tools (JSON) and calendar programs (iCalendar, RFC 5545).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "agenda.h"
#include "words/lang.h"

namespace agree::runtime {

// What a truncated agenda left out (the days after the last one listed whole), for a warning.
Fact agendaTruncationFact(const AgendaItems& agenda, Date to);
std::string agendaTruncationNote(const AgendaItems& agenda, const Timeline& timeline, Date to,
                                 words::Lang lang = words::Lang::En);
std::string agendaText(const AgendaItems& agenda, const Timeline& timeline, Date from, Date to,
                       words::Lang lang = words::Lang::En);
nlohmann::ordered_json agendaJson(const AgendaItems& agenda, const Timeline& timeline, Date from, Date to,
                                  words::Lang lang = words::Lang::En);
// `stamp`: DTSTAMP, UTC, as YYYYMMDDTHHMMSSZ.
std::string agendaIcs(const AgendaItems& agenda, const Timeline& timeline, const std::string& stamp,
                      words::Lang lang = words::Lang::En);

}  // namespace agree::runtime
