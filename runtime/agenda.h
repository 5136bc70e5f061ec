// The agenda: everything due in a window of dates, each with the clause, its holders and the
// rule that produced the date: recurring duties ("quarterly reports by the end of the second
// month after the quarter"), clause deadlines (before a term end, after an event, by a date)
// and the last days to give notice for each term end.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "facts/fact.h"
#include "timeline.h"

namespace agree::runtime {

struct AgendaItem {
  Date date;         // the last allowed day
  std::string due;   // that day, or a moment (YYYY-MM-DDTHH:MM) for deadlines in hours
  std::string kind;  // "recurring", "deadline", "scheduled" (happens on the day), "notice"
  std::string clause;
  std::string holders;  // as written in the clause ("each party", "werksaam")
  Fact who;             // the same holders in words (the party of the event, each party, names)
  std::string what;     // the clause text, shortened
  Fact rule;            // how the date was computed, citing the clause
  // Which occurrence it is (DESIGN.md, "Occurrences"): the period it is for ("2028", "Q3 2020",
  // "2026-03", "period 2", an agreement year), or the event that created it; the label is
  // what `done ... for` and JSON show, the fact says it in words.
  std::string forLabel;
  Fact forFact;
  std::optional<Interval> forPeriod;  // the days of that period, [from, until)
  std::string eventName;              // the `name` of the event that created it
  bool countedPerYear = false;        // "at least N times per year": judged by count, not one act
  std::string earliest;               // a window before an event: not before this day or moment
};

struct AgendaItems {
  std::vector<AgendaItem> items;  // in date order
  // More than limits::kMaxAgendaItems items fell in the window: only the earliest are listed,
  // every item up to and including listedThrough (nullopt: the first day alone held more).
  bool truncated = false;
  std::optional<Date> listedThrough;
};

// Items with a date in [from, to] (both included), in date order. `party`: only items that
// party must act on (empty: all). At most limits::kMaxAgendaItems items, the earliest.
AgendaItems agenda(const Timeline& timeline, Date from, Date to, const std::string& party = "");

}  // namespace agree::runtime
