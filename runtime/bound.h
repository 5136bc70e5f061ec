// bound(P, D): is party P still bound on date D, and why (DESIGN.md, "What bound means").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "evaluation.h"
#include "standing.h"
#include "timeline.h"

namespace agree::runtime {

// Points into the agreement's model, which outlives every answer about it.
struct Reason {
  const model::Clause* clause;
  Fact basis;  // in force; or survives the end on ... (art. 8.2, 16.4)
  Date from;
  std::optional<Date> until;         // nullopt: no known end
  bool untilRenews = false;          // until is the current period's end; the term renews after it
  std::string untilDependsOn;        // until is the minimum end; after it the term lasts until this event
  bool untilBeyondCalendar = false;  // until is nullopt because the end lies past 9999-12-31
};

struct PossibleChange {
  std::string action;  // "notice", "terminate", ...
  Fact by;             // who can do it (any party, a party)
  std::string clause;
  std::optional<Date> latest;  // the last day it can be done to have that effect
  Fact effect;                 // what it would do
  bool changesAnswer = true;   // false: informative (the next exit), not a change on D
  // A notice "before the end": the safe day of the other reading of the end, and whether
  // `latest` is a working day (notice_day.h). Nullopt for other actions.
  std::optional<Date> latestSafe;
  std::optional<bool> latestIsWorkingDay;
};

struct BoundAnswer {
  std::string party;
  std::string partyName;
  Date date;
  Verdict verdict = Verdict::No;
  std::optional<bool> inForce;  // nullopt when it depends
  bool survivingOnly = false;
  // The party's own standing: "party" (since it joined), "not yet a party", "withdrawn" or
  // "expelled" (since the first day it is no longer a party); since is nullopt while unknown.
  std::string standing;
  std::optional<Date> standingSince;
  Fact standingReason;
  std::optional<long long> periodIndex;
  std::optional<Interval> period;  // the term period containing D; nullopt once the agreement ended
  std::vector<Fact> summary;       // one line: why (its parts, joined by "; ")
  std::vector<Reason> reasons;
  // Depends: the clauses that bind the party on D if the agreement is still in force then.
  std::vector<const model::Clause*> ifInForce;
  std::vector<Fact> caveats;
  std::optional<PendingEvaluation> evaluation;  // the unrecorded evaluation the answer hinges on
  std::vector<PossibleChange> couldChange;
  std::vector<EventOutcome> rejectedEvents;
};

BoundAnswer bound(const Timeline& timeline, const std::string& party, Date date);

// The party's standing ("party", "not yet a party", "withdrawn", "expelled") as a fact to say.
Fact standingFact(const std::string& standing);

// A party named on the command line, by id, short name or legal name (acceded ones included).
// Tried in this order, the first level that matches deciding: the exact id; the id in any case;
// the short name; the legal name. All but the first compare folded names (source::foldName:
// full Unicode case folding and NFC, so case and the decomposed form macOS writes do not
// matter). Two parties matching at the deciding level make the name ambiguous: `party` stays
// empty and `candidates` lists them, in member order, for the CLI to name; it never picks one.
struct PartyMatch {
  std::optional<std::string> party;
  std::vector<std::string> candidates;  // two or more when ambiguous
  std::string level;                    // "id", "id in another case", "short name", "legal name"
};
PartyMatch matchParty(const Timeline& timeline, const std::string& query);

// The one party `query` names, or nullopt when none or more than one does.
std::optional<std::string> findParty(const Timeline& timeline, const std::string& query);

// "`X` is ambiguous in AGREEMENT: it is the short name of `a` (Stichting A) and of `b`
// (Stichting B); name the party by its id" (no "agree: " prefix, no newline).
std::string ambiguousPartyMessage(const Timeline& timeline, const std::string& query, const PartyMatch& match);

}  // namespace agree::runtime
