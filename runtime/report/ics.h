// The pieces of an iCalendar file (RFC 5545) that `agenda --format ics` and `radar --format
// ics` share: TEXT escaping, line folding and compact dates.
#pragma once

#include <string>

namespace agree::runtime {

// RFC 5545 3.3.11: TEXT escapes backslash, semicolon, comma and line breaks; other control
// characters become spaces.
std::string icsText(const std::string& s);

// RFC 5545 3.1: one content line ending in CRLF, folded at 75 octets (never inside a UTF-8
// sequence).
std::string icsLine(const std::string& line);

// "2027-06-01" -> "20270601", "2027-06-01T09:30" -> "20270601T0930".
std::string icsCompact(const std::string& iso);

}  // namespace agree::runtime
