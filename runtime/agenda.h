// The agenda: everything due in a window of dates, each with the clause, its holders and the
// rule that produced the date: recurring duties ("quarterly reports by the end of the second
// month after the quarter"), clause deadlines (before a term end, after an event, by a date)
// and the last days to give notice for each term end.
#pragma once

#include <string>
#include <vector>

#include "timeline.h"

namespace agree::runtime {

struct AgendaItem {
  Date date;          // the last allowed day
  std::string due;    // that day, or a moment (YYYY-MM-DDTHH:MM) for deadlines in hours
  std::string kind;   // "recurring", "deadline", "notice"
  std::string clause;
  std::string holders;  // as written in the clause ("each party", "werksaam")
  std::string what;     // the clause text, shortened
  std::string rule;     // how the date was computed, citing the clause
};

// Items with a date in [from, to] (both included), in date order. `party`: only items that
// party must act on (empty: all). At most limits::kMaxAgendaItems items.
std::vector<AgendaItem> agenda(const Timeline& timeline, Date from, Date to, const std::string& party = "");

}  // namespace agree::runtime
