// The agenda for people (text), tools (JSON) and calendar programs (iCalendar, RFC 5545).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "agenda.h"

namespace agree::runtime {

std::string agendaText(const std::vector<AgendaItem>& items, const Timeline& timeline, Date from, Date to);
nlohmann::ordered_json agendaJson(const std::vector<AgendaItem>& items, const Timeline& timeline, Date from, Date to);
// `stamp`: DTSTAMP, UTC, as YYYYMMDDTHHMMSSZ.
std::string agendaIcs(const std::vector<AgendaItem>& items, const Timeline& timeline, const std::string& stamp);

}  // namespace agree::runtime
