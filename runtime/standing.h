// Where a party stands on a date: in force, not yet, ended (surviving clauses only) or
// uncertain, and which clauses bind it. The one place these rules live: `bound` explains the
// standing, batch queries read it directly. Precomputed per party, so asking for a date costs
// a period lookup (O(log n)) and a few comparisons.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "timeline.h"

namespace agree::runtime {

enum class Verdict { Yes, No, Depends };
const char* verdictName(Verdict v);

struct Standing {
  enum class Phase {
    StartUnknown,  // the agreement's start depends on an event that has not happened
    NotYet,        // before the agreement's start or the party's accession
    InForce,       // the agreement binds the party
    Uncertain,     // whether it is still in force hinges on an unrecorded event
    Ended          // after the end or the party's leaving: surviving clauses only
  };
  enum class ClauseSet { None, AllBinding, Surviving, SurvivingLimited };

  Phase phase = Phase::NotYet;
  Verdict verdict = Verdict::No;
  std::optional<bool> inForce;  // the agreement's own state, also for a party that left
  bool survivingOnly = false;
  bool left = false;  // Ended: the party left (withdrew, was expelled) while the agreement went on
  ClauseSet clauseSet = ClauseSet::None;
  std::optional<long long> periodIndex;  // the term period containing the date, if any
  std::optional<Date> endDate;           // Ended, Uncertain: the first day after the agreement (for this party)
};

class PartyStanding {
 public:
  PartyStanding(const Timeline& timeline, const std::string& party);

  Standing at(Date d) const;
  // The clauses that bind the party on d under `standing` (in the order of the agreement).
  std::vector<const model::Clause*> clausesOn(const Standing& standing, Date d) const;

  const Membership* membership() const { return member_; }
  const std::vector<const model::Clause*>& binding() const { return binding_; }
  const std::vector<const model::Clause*>& surviving() const { return surviving_; }
  std::optional<Date> partyEnd() const { return end_; }
  // The first day a clause that applies only for a while after the start no longer binds;
  // nullopt when that day lies past 9999-12-31 (it binds to the end of the calendar).
  std::optional<Date> clauseEnd(const model::Clause& clause) const;
  // The first day a surviving clause no longer binds, after an end on `end`: end + its period,
  // or the date of the first `until event` on or after the end; nullopt: no end known, or the
  // end lies past 9999-12-31.
  std::optional<Date> survivalEnd(const model::Clause& clause, Date end) const;
  const Fact& partyEndReason() const { return endReason_; }
  // Whether the clauses that bind differ from day to day within one standing: some apply only
  // for a while after the start or only in yearly windows (then ask clausesOn for each day).
  bool variesByDay() const { return limitedUntil_.has_value() || seasonal_; }
  // A clause that applies only in yearly windows (`applies yearly between ...`): the window
  // that holds d, as [first day, day after the last); nullopt when none does. A clause without
  // windows applies every day: [d, d + 1).
  std::optional<time::Interval> windowAround(const model::Clause& clause, Date d) const;
  // The first day after d on which one of its windows opens (nullopt: none, or past 9999).
  std::optional<Date> nextWindowOpens(const model::Clause& clause, Date d) const;

 private:
  const Timeline& t_;
  const Membership* member_ = nullptr;
  std::optional<Date> end_;  // the earlier of the party's leaving and the agreement's end
  Fact endReason_;
  std::vector<const model::Clause*> binding_;    // every clause that binds the party
  std::vector<const model::Clause*> surviving_;  // those of them that survive the end
  bool survivalLimited_ = false;                 // some survive only for a period
  std::size_t unlimited_ = 0;                    // binding clauses that apply for the whole term
  std::optional<Date> limitedUntil_;             // the latest end of those that apply for a while
  bool seasonal_ = false;                        // some apply only in yearly windows
};

}  // namespace agree::runtime
