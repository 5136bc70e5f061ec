// The working-day calendars answers count with, loaded once from stdlib/calendars/ (the data
// can be extended without a rebuild). The folder is $AGREE_STDLIB, or the project's stdlib/.
#pragma once

#include <string>

#include "calendar/calendar.h"

namespace agree::runtime {

// The calendar called `name`, or null with `error` set.
const calendar::Calendar* workingDayCalendar(const std::string& name, std::string& error);

}  // namespace agree::runtime
