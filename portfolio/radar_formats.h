// The radar's items written out: text for people, CSV and JSON for tools (keys the same in
// every language), iCalendar (RFC 5545) for calendar programs, with staged reminders.
#pragma once

#include <string>
#include <vector>

#include "radar.h"

namespace agree::portfolio {

struct RadarWindow {
  time::Date asOf, until;
  words::Lang lang = words::Lang::En;  // of the heading (the items carry their own)
};

std::string radarText(const std::vector<RadarItem>& items, const RadarWindow& window);
std::string radarCsv(const std::vector<RadarItem>& items);
std::string radarJson(const std::vector<RadarItem>& items, const RadarWindow& window);
// `stamp`: DTSTAMP (YYYYMMDDTHHMMSSZ); `remindDays`: a VALARM so many days before each date.
std::string radarIcs(const std::vector<RadarItem>& items, const std::string& stamp, const std::vector<int>& remindDays);

// The kind in words ("last day to give notice", "uiterste opzegdag").
std::string radarKindWords(const std::string& kind, words::Lang lang);

}  // namespace agree::portfolio
