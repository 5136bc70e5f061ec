// The working-day calendars answers count with, loaded once from the standard library's
// calendars/ folder (the data can be extended without a rebuild). The runtime does not look
// for that folder itself: whoever runs it (the CLI, a test, a benchmark) hands it over with
// useStandardLibrary, from driver::stdlibDir().
#pragma once

#include <string>

#include "calendar/calendar.h"

namespace agree::runtime {

// The standard library's folder, where calendars/ is; before the first answer is computed.
void useStandardLibrary(std::string folder);

// The calendar called `name`, or null with `error` set.
const calendar::Calendar* workingDayCalendar(const std::string& name, std::string& error);

}  // namespace agree::runtime
