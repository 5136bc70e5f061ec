// `agree radar` as a library: every date in a window that asks for a decision, across the
// files of a batch (docs/radar.md). Each file's timeline is turned into items on a worker
// thread (the dates come from the runtime: the agenda's notice days with their safe day, the
// evaluations that decide a renewal, the end); the items of all files are sorted after the
// batch, so formats are written from items, never from text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "batch.h"
#include "time/date.h"
#include "words/lang.h"

namespace agree::portfolio {

struct Radar {
  Batch batch;
  time::Date asOf;   // the window's first day
  time::Date until;  // its last day, included
  bool all = false;  // also every duty due (recurring duties, clause deadlines, scheduled acts)
  // The words of the items (rule, what happens); nullopt: each agreement's `language`.
  std::optional<words::Lang> lang;
};

// What happens if nothing is done by the item's day (language-independent codes).
enum class IfNothing {
  Renews,      // the term renews: in force from..until (the next period, or to the known end)
  Continues,   // a notice against a calendar period end: the agreement does not end then
  Ends,        // the agreement ends: its last day in force is `until`
  EndsAnyway,  // a notice would change nothing: the term ends then anyway (`until`: last day)
  HingesOn,    // the answer hinges on an event the scenario does not record (`event`)
  Late,        // a duty: late from the day after (`from`)
  Overruns,    // an instance not ended (nor extended) lasts too long from `from`
  Lapses       // a power usable only within a period after its event: lost after `until`
};
const char* ifNothingCode(IfNothing what);

struct RadarItem {
  time::Date date;                 // the day to act by: for a notice its safe day, which is never later
  time::Date ruleDate;             // the day the rule gives (for a notice: end − N, DESIGN.md)
  std::optional<time::Date> safe;  // a notice: the safe day of the other reading of "the end"
  // The rule's day is not a working day on the agreement's calendar: why ("zaterdag (Saturday)").
  std::string notWorkingDay;
  std::string kind;  // notice, evaluation, end, instance, power; with --all also recurring, deadline, scheduled
  std::string file, agreement, title, parties;  // parties: legal names, ", " between
  std::string clause, article;
  std::string who;   // who must act, when the clause says (names or "each party")
  std::string rule;  // how the date was found, in words, citing the clause
  IfNothing ifNothing = IfNothing::Late;
  std::optional<time::Date> from, until;  // the span `ifNothing` speaks of (until: last day, included)
  std::string event;                      // HingesOn: the event kind
  std::string ifNothingText;              // the same in words
  words::Lang lang = words::Lang::En;     // of rule, who and ifNothingText
  std::string key;                        // the rule, without the file: kind, clause, what it is for
};

// By date, then file, then article (then clause, kind and rule day, so the order is total).
void sortRadar(std::vector<RadarItem>& items);

// A calendar UID for the item: a hash of the agreement id, the item's rule key and its rule
// day; the same in every run and every window, and without the file's path.
std::string radarUid(const RadarItem& item);

// Answers every file; `items` receives every item in the window (unsorted).
Outcome runRadar(const Radar& radar, const Report& report, std::vector<RadarItem>& items);

// The items of one timeline (what runRadar does for each file).
std::vector<RadarItem> radarItems(const Radar& radar, const std::string& file, const runtime::Timeline& timeline,
                                  const std::string& party);

}  // namespace agree::portfolio
