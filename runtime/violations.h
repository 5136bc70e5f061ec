// Compliance as of a date (DESIGN.md, "Occurrences, compliance"): what a scenario violates and
// what was never done. Events the agreement did not allow (a power not active, a wrong form,
// an act after the end), notices too late for the period end they aimed at, duties performed
// (`done` events) after their due date, occurrences due on or before the date that no `done`
// answers, agreement years with too few acts of an "at least N times per year" duty, exceeded
// caps, and instances that last too long or are extended too often.
#pragma once

#include <string>
#include <vector>

#include "timeline.h"

namespace agree::runtime {

struct Violation {
  Date date;
  std::string kind;  // "rejected", "late notice", "late", "early", "never done", "too few", "cap", "instance"
  std::string clause;
  std::string party;
  Fact detail;  // why, with the dates and the clause
};

// Which occurrence a `done` act answered, and how it was chosen.
struct ActAnswer {
  const model::Event* act = nullptr;
  std::string clause;
  enum class How { ForPeriod, EventName, InsideWindow, LatestOpen, NextDue, Counted, CountedCalendar, Nothing };
  How how = How::Nothing;
  std::string occurrence;  // the occurrence's label ("2026", "Q3 2020", "factuur 2 on 2027-04-01")
  Fact occurrenceFact;     // the same in words
  std::string due;         // its last allowed day or moment
  bool late = false;
  bool early = false;  // before the window of its occurrence opened (reported as `early`)
};
// "the latest open occurrence due on or before the act".
Fact howFact(ActAnswer::How how);
// "late", "early", "on time" (nothing when the act answers no occurrence).
Fact actStatusFact(const ActAnswer& answer);
// "late notice", "never done": a violation's kind in words.
Fact violationKindFact(const std::string& kind);

// A `done` that names an occurrence its clause does not have: an input error, at the event.
// A `done` whose `for` label or event name matches no occurrence of its clause: an input
// error, said by the CLI as a diagnostic.
struct UnansweredName {
  enum class Why { ForNamesNoOccurrence, NoEventNamed };
  model::SourceRef where;
  Why why = Why::ForNamesNoOccurrence;
  std::string written;              // the `for` label or the event name, as the scenario writes it
  std::string clause;               // the clause the act is under
  Date asOf;                        // occurrences are listed up to this day
  std::vector<std::string> labels;  // the clause's occurrence labels up to asOf (at most 8)
  bool more = false;                // there are more than `labels`
};

struct Compliance {
  Date asOf;
  std::vector<Violation> violations;  // in date order
  std::vector<ActAnswer> acts;        // in the scenario's order
  std::vector<UnansweredName> problems;
  bool complete = true;  // false: more occurrences than agree lists; the listing is cut short
};

// Occurrences are judged up to `asOf` (those due later are not yet owed); every event the
// scenario records is judged, whatever its date.
Compliance compliance(const Timeline& timeline, Date asOf);

}  // namespace agree::runtime
