// The DTSTAMP of the iCalendar files agree writes (agenda, radar): now, or
// $SOURCE_DATE_EPOCH for reproducible output.
#pragma once

#include <ctime>
#include <optional>
#include <string>

namespace agree::cli {

// Now, or $SOURCE_DATE_EPOCH (whole seconds since 1970-01-01 UTC). Anything else would give an
// invalid DTSTAMP, so it is refused (nullopt, after saying why on stderr).
std::optional<std::time_t> stampTime();

// YYYYMMDDTHHMMSSZ (UTC).
std::string icsStamp(std::time_t when);

}  // namespace agree::cli
