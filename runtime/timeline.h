// The timeline of one agreement under one scenario: when it starts, its term periods, when
// and why it ends, who is a member when, and which scenario events were accepted or rejected.
// Built once by simulate(); every query (bound, periods) reads it without iterating periods.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "facts/fact.h"
#include "model/model.h"
#include "time/period.h"

namespace agree::runtime {

using time::Date;
using time::Interval;

struct Membership {
  std::string party;
  std::string name;
  std::optional<Date> from;   // nullopt while the start is unknown
  std::optional<Date> until;  // left on this date (withdrawal, expulsion)
  Fact untilReason;           // withdrew under art. 13.2
  std::string untilClause;
  bool acceded = false;
  std::string accessionClause;
  bool expelled = false;  // until: expelled by the others, not withdrawn
};

struct End {
  Date date;           // the first day the agreement is no longer in force
  Fact reason;         // notice by Heliomare on 2027-07-10 (art. 16.2)
  std::string clause;  // the clause the end comes from
};

// From `from` on, whether the agreement is in force hinges on an event the scenario does not
// record (an open-ended term's closing event, a renewal that needs a positive evaluation).
struct Uncertainty {
  Date from;
  std::string event;  // the event kind it hinges on
  Fact reason;
  std::string clause;
};

// A date the agreement fixes that lies beyond the calendar (after 9999-12-31, before
// 0001-01-01): refused at the clause, never shown clamped (DESIGN.md).
struct OutOfRange {
  std::string clause;
  Fact message;
};

struct EventOutcome {
  model::Event event;
  bool accepted = false;
  Fact effect;  // accepted: what it did; rejected: why not
  std::string clause;
  bool lateNotice = false;  // a notice too late for the period end it aimed at (so: the next one)
  Fact caveat;              // accepted with a reservation: what could not be checked
};

class Timeline {
 public:
  const model::Agreement* agreement = nullptr;
  std::string scenarioId;

  std::optional<Date> start;       // nullopt: the start depends on an event that has not happened
  std::optional<int> startMinute;  // the time of day, when the starting event gives one
  Fact startReason;
  std::optional<Date> signedOn;
  std::optional<Date> signedMonth;  // signed some day in this month (its first day), the day not known
  bool retroactive = false;         // start before signing

  // The term's periods: period n is [chain.startOf(n), chain.endOf(n)).
  std::optional<time::PeriodChain> chain;
  std::optional<long long> maxPeriods;  // nullopt: renews without limit
  std::optional<End> end;               // nullopt: no end known
  std::optional<Uncertainty> uncertain;
  std::optional<OutOfRange> outOfRange;  // set: no answer may be given from this timeline

  std::vector<Membership> members;
  std::vector<EventOutcome> events;

  // The term period containing d (1-based), if d is within the chain (ignores the end).
  std::optional<long long> periodAt(Date d) const;
  Interval period(long long n) const;
  const Membership* member(const std::string& party) const;
  // Appends a member and indexes it for member().
  void addMember(Membership m);
  // The members on date d (joined on or before d, not yet left).
  std::vector<const Membership*> membersOn(Date d) const;

 private:
  model::IdIndex memberIndex_;
};

Timeline simulate(const model::Agreement& agreement, const model::Scenario* scenario);

}  // namespace agree::runtime
