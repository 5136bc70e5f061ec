// What changed between two versions of an agreement: the header, the parties, each clause
// (matched by id, field by field by meaning, with a word-level diff of its text; a clause
// whose id changed but whose content did not is "renumbered"), the term, and the timeline
// impact up to a horizon: the days on which `bound` answers differently for a party, term
// periods that moved, clause deadlines and last notice days that appeared, disappeared or
// moved.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "facts/fact.h"
#include "model/model.h"
#include "time/date.h"

namespace agree::diff {

using time::Date;

// Facts, never words: the report says them in the reader's language (docs/diff.md).
struct FieldChange {
  runtime::Fact field;   // DiffField*: "notice period"
  runtime::Fact before;  // empty: the field was absent
  runtime::Fact after;
};

struct TextSegment {
  enum class Kind { Same, Removed, Added };
  Kind kind;
  std::string text;
};

struct ClauseChange {
  enum class Kind { Added, Removed, Changed, Renumbered };
  Kind kind;
  std::string id;     // the old id (the new one for Added)
  std::string newId;  // Renumbered: the new id
  std::vector<FieldChange> fields;
  std::vector<TextSegment> text;  // when the source text changed
};

struct PartyChange {
  enum class Kind { Added, Removed, Changed };
  Kind kind;
  std::string id;
  std::string name;
  std::vector<FieldChange> fields;
};

// A stretch of days on which `bound` answers differently for a party: [from, until).
struct BoundDifference {
  std::string party;
  Date from;
  Date until;
  runtime::Fact before;  // DiffStanding*: in force, surviving clauses only, not bound, depends, not a party
  runtime::Fact after;
};

// A clause deadline, or the last day to give notice "before term end" for one term period
// (periodEnd set: the period's end, the first day after it), that differs between versions.
struct DeadlineChange {
  enum class Kind { Appeared, Disappeared, Moved };
  Kind kind;
  std::string clause;
  std::string before;  // the due date (or moment) in the old version
  std::string after;
  std::optional<Date> periodEnd;  // a last notice day: the end of the period it is for
};

// A version whose start is not known (it starts on an event, or on a signing no date is known
// for) has no timeline to compare. Both are then compared as if they started on one assumed
// day: given with --assume-start, else (only when neither start is known) the signing date of
// NEW, else of OLD. With no such day the timeline impact is not compared, and the report says so.
struct AssumedStart {
  std::optional<Date> date;  // nullopt: none could be chosen; the timeline is not compared
  std::string rule;          // "option", "signing date of new", "signing date of old", "none"
  runtime::Fact reason;      // which start is unknown and why, and what is assumed
};

struct AgreementDiff {
  std::string oldLabel, newLabel;
  Date horizonFrom, horizon;
  std::optional<AssumedStart> assumedStart;  // set when a version's start is unknown and assumed
  bool timelineCompared = true;
  std::vector<FieldChange> header;
  std::vector<PartyChange> parties;
  std::vector<FieldChange> groups;
  std::vector<ClauseChange> clauses;
  std::vector<FieldChange> term;  // start, term, renewal, notice rules, powers, accession; period ends
  std::vector<BoundDifference> bound;
  std::vector<DeadlineChange> deadlines;

  bool empty() const {
    return header.empty() && parties.empty() && groups.empty() && clauses.empty() && term.empty() && bound.empty() &&
           deadlines.empty();
  }
};

// Compares two versions; the scenarios (may be null) are simulated for the timeline impact,
// from the earlier start up to `horizon`. `assumeStart`: the start of a version whose start is
// unknown (see AssumedStart).
AgreementDiff compare(const model::Agreement& before, const model::Agreement& after,
                      const model::Scenario* scenarioBefore, const model::Scenario* scenarioAfter,
                      std::optional<Date> horizon, std::optional<Date> assumeStart = std::nullopt);

// Word-level diff of two texts.
std::vector<TextSegment> diffWords(const std::string& before, const std::string& after);

// The lines that changed, as `diff -u` shows them (hunks with 3 lines of context); "" when the
// texts are the same.
std::string unifiedLineDiff(const std::string& before, const std::string& after, const std::string& oldLabel,
                            const std::string& newLabel);

}  // namespace agree::diff
