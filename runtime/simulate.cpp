// Builds the timeline: the start and the term's periods from the agreement, then the
// scenario's events in date order, each accepted (with its effect) or rejected (with why).
#include <algorithm>

#include "cite.h"
#include "evaluation.h"
#include "decision.h"
#include "powers.h"
#include "timeline.h"

namespace agree::runtime {

using model::Event;
using model::Form;

std::optional<long long> Timeline::periodAt(Date d) const {
  if (!chain) return std::nullopt;
  auto n = chain->indexContaining(d);
  if (!n) return std::nullopt;
  if (maxPeriods && *n > *maxPeriods) return std::nullopt;
  return n;
}

// A period that ends beyond the calendar has no end to show (until: nullopt).
Interval Timeline::period(long long n) const {
  auto end = chain->endOf(n);
  return Interval{chain->startOf(n), end.outOfRange ? std::nullopt : std::optional<Date>(end.date)};
}

const Membership* Timeline::member(const std::string& party) const {
  return memberIndex_.find(members, &Membership::party, party);
}

void Timeline::addMember(Membership m) {
  members.push_back(std::move(m));
  memberIndex_.addLast(members, &Membership::party);
}

std::vector<const Membership*> Timeline::membersOn(Date d) const {
  std::vector<const Membership*> out;
  for (const auto& m : members) {
    if (m.from && *m.from <= d && (!m.until || d < *m.until)) out.push_back(&m);
  }
  return out;
}

namespace {

class Simulation {
 public:
  Simulation(const model::Agreement& a, const model::Scenario* s) : a_(a), scenario_(s) {
    t_.agreement = &a;
    if (s) t_.scenarioId = s->id;
  }

  Timeline run() {
    fixStart();
    fixTerm();
    for (const auto& p : a_.parties) {
      t_.addMember(Membership{p.id, p.name, t_.start, std::nullopt, {}, "", false, "", false});
    }
    if (scenario_) {
      for (const auto& e : scenario_->events) {
        apply(e);
        // Only what happened counts as a trigger later: a rejected accession is no accession.
        if (t_.events.back().accepted) history_.push_back(e);
      }
    }
    return std::move(t_);
  }

 private:
  // ---- the start -------------------------------------------------------------------------
  void fixStart() {
    const auto& s = a_.start;
    t_.signedOn = a_.signedOn;
    if (!t_.signedOn) t_.signedMonth = a_.signedMonth;
    std::optional<int> signedMinute;
    if (!t_.signedOn && scenario_) {
      for (const auto& e : scenario_->events) {
        if (e.kind == "signing") {
          t_.signedOn = e.date;
          signedMinute = e.minuteOfDay;
          break;
        }
      }
    }
    switch (s.kind) {
      case model::Start::Kind::OnDate:
        t_.start = s.date;
        t_.startReason = fact(FactKind::StartOnDate).with("date", *s.date).with("clause", ClauseRef{s.clause});
        break;
      case model::Start::Kind::OnSigning:
        t_.start = t_.signedOn;
        t_.startMinute = signedMinute;
        t_.startReason = t_.signedOn ? fact(FactKind::StartOnSigning).with("date", *t_.signedOn)
                         : t_.signedMonth
                             ? fact(FactKind::StartOnSigningInMonth).with("month", MonthRef{*t_.signedMonth})
                             : fact(FactKind::StartOnSigningUnknown);
        t_.startReason.with("clause", ClauseRef{s.clause});
        break;
      case model::Start::Kind::OnEvent:
        if (scenario_) {
          for (const auto& e : scenario_->events) {
            if (e.kind != s.event) continue;
            // A start on an event that takes effect later starts on its effective date.
            t_.start = e.effective.value_or(e.date);
            if (!e.effective) t_.startMinute = e.minuteOfDay;
            t_.startReason = fact(FactKind::StartOnEvent)
                                 .with("event", EventKindRef{s.event})
                                 .with("date", e.date)
                                 .with("clause", ClauseRef{s.clause});
            if (e.effective) t_.startReason.with("effective", *e.effective);
            break;
          }
        }
        if (!t_.start) {
          t_.startReason = fact(FactKind::StartOnEventPending)
                               .with("event", EventKindRef{s.event})
                               .with("clause", ClauseRef{s.clause});
        }
        break;
    }
    if (t_.start && s.offset) {
      // "een maand na X" is X + 1 month, clamped as always; the time of day no longer applies.
      auto shifted = s.after(*t_.start);
      // "the first day of the second month after": of the month (year) the day lies in.
      Fact later = !s.firstDayOf ? fact(FactKind::LaterBy).with("duration", *s.offset)
                   : s.offset->unit == time::Unit::Year
                       ? fact(FactKind::LaterFirstDayOfYear).with("n", Ordinal{s.offset->count})
                       : fact(FactKind::LaterFirstDayOfMonth).with("n", Ordinal{s.offset->count});
      if (shifted.outOfRange) {
        t_.start.reset();
        t_.startReason =
            fact(FactKind::StartLaterBeyondCalendar).with("base", std::move(t_.startReason)).with("later", later);
      } else {
        t_.startReason = fact(s.firstDayOf ? FactKind::StartOnFirstDayAfter : FactKind::StartLaterBy)
                             .with("base", std::move(t_.startReason))
                             .with("later", later)
                             .with("date", shifted.date);
        if (shifted.clamped) t_.startReason.with("clamped", 1LL);
        t_.start = shifted.date;
        t_.startMinute.reset();
      }
    }
    t_.retroactive =
        t_.start && ((t_.signedOn && *t_.start < *t_.signedOn) || (t_.signedMonth && *t_.start < *t_.signedMonth));
  }

  // ---- the term --------------------------------------------------------------------------
  void fixTerm() {
    if (!t_.start) return;
    const auto& term = a_.term;
    const auto& renewal = a_.renewal;
    time::Duration first;
    switch (term.kind) {
      case model::Term::Kind::Indefinite:
        if (!term.untilEvent.empty()) fixEndingEvent();
        return;
      case model::Term::Kind::OpenEnded: fixOpenEnded(); return;
      case model::Term::Kind::Fixed:
      case model::Term::Kind::Renewing:
        if (term.until) {
          first = time::Duration{t_.start->daysUntil(*term.until), time::Unit::Day};
          if (first.count <= 0) {
            t_.end = End{*t_.start, fact(FactKind::TermEndsBeforeStart).with("until", *term.until), term.clause};
            return;
          }
        } else {
          first = *term.duration;
        }
        break;
    }
    if (renewal) {
      t_.chain = time::PeriodChain{*t_.start, first, renewal->every, term.until};
      if (renewal->maxTimes) t_.maxPeriods = 1 + *renewal->maxTimes;
    } else {
      t_.chain = time::PeriodChain{*t_.start, first, time::Duration{0, time::Unit::Day}, term.until};
      t_.maxPeriods = 1;
    }
    if (t_.chain->endOf(1).outOfRange) {
      return beyondCalendar(term.clause,
                            fact(FactKind::FirstPeriodBeyondCalendar).with("duration", first).with("start", *t_.start));
    }
    if (t_.maxPeriods && t_.chain->endOf(*t_.maxPeriods).outOfRange) {
      return beyondCalendar(
          renewal->clause,
          fact(FactKind::LastRenewalBeyondCalendar).with("n", *t_.maxPeriods).with("start", *t_.start));
    }
    if (t_.maxPeriods) {
      auto last = t_.chain->endOf(*t_.maxPeriods).date;
      Fact why = *t_.maxPeriods == 1 ? fact(FactKind::TermEnds).with("clause", ClauseRef{term.clause})
                                     : fact(FactKind::TermEndsAfterRenewals)
                                           .with("renewals", *t_.maxPeriods - 1)
                                           .with("clause", ClauseRef{renewal->clause});
      setEnd(last, why, *t_.maxPeriods == 1 ? term.clause : renewal->clause);
    }
    if (renewal && renewal->condition != model::Renewal::Condition::None) applyRenewalCondition();
  }

  // "Met ingang van de datum van uittreding eindigt deze DVO van rechtswege": the first such
  // event (of the party named, when one is) ends an indefinite term on its date.
  void fixEndingEvent() {
    const auto& term = a_.term;
    if (!scenario_) return;
    for (const auto& e : scenario_->events) {
      if (e.kind != term.untilEvent) continue;
      if (!ofTheNamedParty(e)) continue;
      Date endDate = std::max(*t_.start, e.date);
      Fact why = fact(FactKind::EndingEventEnds)
                     .with("event", EventKindRef{term.untilEvent})
                     .with("date", e.date)
                     .with("clause", ClauseRef{term.clause});
      if (!e.of.empty()) why.with("of", PartyRef{e.of});
      setEnd(endDate, std::move(why), term.clause);
      return;
    }
  }

  // A date beyond the calendar: no timeline is built from it (the CLI refuses at the clause).
  void beyondCalendar(const std::string& clause, Fact message) {
    t_.outOfRange = OutOfRange{clause, std::move(message)};
    t_.chain.reset();
    t_.maxPeriods.reset();
  }

  void fixOpenEnded() {
    const auto& term = a_.term;
    auto shifted = time::add(*t_.start, *term.duration);
    if (shifted.outOfRange) {
      return beyondCalendar(
          term.clause,
          fact(FactKind::MinimumTermBeyondCalendar).with("duration", *term.duration).with("start", *t_.start));
    }
    Date minimumEnd = shifted.date;
    const Event* closing = nullptr;
    if (scenario_) {
      for (const auto& e : scenario_->events) {
        if (e.kind == term.untilEvent) {
          closing = &e;
          break;
        }
      }
    }
    if (closing) {
      Date endDate = std::max(minimumEnd, closing->date);
      Fact why = closing->date <= minimumEnd ? fact(FactKind::MinimumTermEnds).with("duration", *term.duration)
                                             : fact(FactKind::ClosingEventEndsTerm);
      setEnd(endDate,
             std::move(why)
                 .with("clause", ClauseRef{term.clause})
                 .with("event", EventKindRef{term.untilEvent})
                 .with("date", closing->date),
             term.clause);
    } else {
      t_.uncertain = Uncertainty{minimumEnd, term.untilEvent,
                                 fact(FactKind::OpenEndedUntilEvent)
                                     .with("duration", *term.duration)
                                     .with("until", minimumEnd)
                                     .with("event", EventKindRef{term.untilEvent}),
                                 term.clause};
    }
  }

  // A renewal that needs (if) or is stopped by (unless) an event during the period before it.
  void applyRenewalCondition() {
    const auto& r = *a_.renewal;
    std::vector<const Event*> matches;
    if (scenario_) {
      for (const auto& e : scenario_->events) {
        if (e.kind == r.event.kind && (r.event.outcome.empty() || e.outcome == r.event.outcome)) matches.push_back(&e);
      }
    }
    Fact what = fact(FactKind::EventWithOutcome).with("event", EventKindRef{r.event.kind});
    if (!r.event.outcome.empty()) what.with("outcome", OutcomeRef{r.event.outcome});
    if (r.condition == model::Renewal::Condition::Unless) {
      if (matches.empty()) return;
      auto n = t_.periodAt(matches.front()->date);
      if (!n) return;
      Date e = t_.chain->endOf(*n).date;
      setEnd(e,
             fact(FactKind::NotRenewedAfter)
                 .with("what", what)
                 .with("date", matches.front()->date)
                 .with("clause", ClauseRef{r.clause}),
             r.clause);
      return;
    }
    // If: period n is renewed only when the event happened during it. Walk only as far as
    // there are events, so the loop is bounded by the scenario's size.
    long long n = 1;
    std::size_t i = 0;
    while (true) {
      if (t_.maxPeriods && n >= *t_.maxPeriods) return;
      Interval p = t_.period(n);
      bool found = false;
      while (i < matches.size() && matches[i]->date < *p.until) {
        if (matches[i]->date >= p.from) found = true;
        ++i;
      }
      if (!found) {
        // A later event but none in this period: the renewal did not happen. No later event:
        // the scenario is silent, so from this period's end the answer depends on it.
        bool laterKnown = i < matches.size();
        if (laterKnown) {
          setEnd(*p.until,
                 fact(FactKind::NotRenewedWithout).with("what", what).with("n", n).with("clause", ClauseRef{r.clause}),
                 r.clause);
        } else {
          t_.uncertain = Uncertainty{*p.until, r.event.kind,
                                     fact(FactKind::RenewalNeeds)
                                         .with("date", *p.until)
                                         .with("what", what)
                                         .with("n", n)
                                         .with("clause", ClauseRef{r.clause})
                                         .with("unrecorded", evaluationNotRecorded(t_, n)),
                                     r.clause};
        }
        return;
      }
      ++n;
    }
  }

  void setEnd(Date d, Fact reason, std::string clause) {
    if (t_.end && t_.end->date <= d) return;
    t_.end = End{d, std::move(reason), std::move(clause)};
    if (t_.uncertain && t_.uncertain->from >= d) t_.uncertain.reset();
  }

  // ---- events ----------------------------------------------------------------------------
  void accept(const Event& e, Fact effect, std::string clause) {
    t_.events.push_back(EventOutcome{e, true, std::move(effect), std::move(clause), false, {}});
  }
  void reject(const Event& e, Fact why, std::string clause = "") {
    t_.events.push_back(EventOutcome{e, false, std::move(why), std::move(clause), false, {}});
  }

  bool isAct(const Event& e) const {
    return e.kind == "notice" || e.kind == "terminate" || e.kind == "dissolve" || e.kind == "withdraw" ||
           e.kind == "expel" || e.kind == "accede";
  }

  void apply(const Event& e) {
    // A duty performed by someone who does not hold it answers nothing: reporting it as done
    // would hide that the holder never did it.
    if (e.kind == "done" && !e.under.empty()) {
      const model::Clause* c = a_.findClause(e.under);
      if (c && c->holders.kind != model::Holders::Kind::None && !c->holders.mayAct(e.by) &&
          c->holders.kind != model::Holders::Kind::OtherParty) {
        reject(e,
               fact(FactKind::NotHolder)
                   .with("party", PartyRef{e.by})
                   .with("clause", ClauseRef{c->id})
                   .with("holders", Verbatim{c->holders.written}),
               c->id);
        return;
      }
    }
    if (!isAct(e)) {
      if (!a_.term.untilEvent.empty() && e.kind == a_.term.untilEvent) {
        accept(e, closingEffect(e), a_.term.clause);
        return;
      }
      accept(e, fact(FactKind::Recorded), "");
      return;
    }
    if (!t_.start) {
      reject(e, fact(FactKind::NotStarted).with("start", t_.startReason));
      return;
    }
    if (e.date < *t_.start) {
      reject(e, fact(FactKind::StartsOnlyOn).with("date", *t_.start));
      return;
    }
    if (t_.end && e.date >= t_.end->date) {
      reject(e, fact(FactKind::AlreadyEnded).with("date", t_.end->date).with("reason", t_.end->reason));
      return;
    }
    const Membership* actor = e.by.empty() ? nullptr : t_.member(e.by);
    if (e.kind != "accede" && actor &&
        (!actor->from || e.date < *actor->from || (actor->until && e.date >= *actor->until))) {
      Fact why = fact(FactKind::NotAPartyOn).with("party", PartyRef{e.by}).with("date", e.date);
      if (actor->until) why.with("left", *actor->until);
      reject(e, std::move(why));
      return;
    }
    if (e.kind == "notice") {
      applyNotice(e);
    } else if (e.kind == "accede") {
      applyAccession(e);
    } else {
      applyPower(e);
    }
  }

  // `until event E of P`: only P's E closes the term (any E when no party is named).
  bool ofTheNamedParty(const Event& e) const {
    const auto& of = a_.term.untilEventOf;
    return of.empty() || e.of == of || e.by == of;
  }

  // What the event that closes an open-ended or indefinite term did (the end is fixed already).
  Fact closingEffect(const Event& e) const {
    const auto& term = a_.term;
    if (!ofTheNamedParty(e)) {
      return fact(FactKind::RecordedOnlyOf)
          .with("event", EventKindRef{term.untilEvent})
          .with("of", PartyRef{term.untilEventOf})
          .with("clause", ClauseRef{term.clause});
    }
    if (t_.end && t_.end->clause == term.clause && t_.start && t_.end->date == std::max(*t_.start, e.date)) {
      return fact(FactKind::ClosingEnds)
          .with("date", t_.end->date)
          .with("last", t_.end->date.plusDays(-1))
          .with("clause", ClauseRef{term.clause});
    }
    return fact(FactKind::Recorded);
  }

  // A form requirement: returns the reason to reject, or no fact.
  Fact formProblem(const Event& e, Form required, const std::string& clause) {
    if (required == Form::Any) return {};
    if (!e.form) return fact(FactKind::FormNotStated).with("clause", ClauseRef{clause}).with("required", required);
    if (!model::satisfies(*e.form, required)) {
      return fact(FactKind::FormWrong)
          .with("given", *e.form)
          .with("clause", ClauseRef{clause})
          .with("required", required);
    }
    return {};
  }

  void applyNotice(const Event& e) {
    // A notice under a power with a notice period is a use of that power.
    for (const auto& p : a_.powers) {
      if (p.clause == e.under && p.notice) {
        applyPower(e);
        return;
      }
    }
    const model::NoticeRule* rule = nullptr;
    for (const auto& n : a_.notices) {
      if ((e.under.empty() || n.clause == e.under) && n.by.mayAct(e.by)) {
        rule = &n;
        break;
      }
    }
    if (!rule) {
      reject(e, e.under.empty()
                    ? fact(FactKind::NoNoticeRight).with("party", PartyRef{e.by})
                    : fact(FactKind::NoNoticeUnder).with("party", PartyRef{e.by}).with("clause", ClauseRef{e.under}));
      return;
    }
    if (auto why = formProblem(e, rule->form, rule->clause)) {
      reject(e, why, rule->clause);
      return;
    }
    if (auto why = decisionProblem(rule->by, e, t_, rule->clause)) {
      reject(e, why, rule->clause);
      return;
    }
    if (rule->calendar) {
      applyCalendarNotice(e, *rule);
      return;
    }
    if (!rule->beforeTermEnd) {
      auto shifted = time::add(e.date, rule->period);
      if (shifted.outOfRange) {
        reject(e, fact(FactKind::NoticeFromBeyondCalendar).with("duration", rule->period).with("date", e.date),
               rule->clause);
        return;
      }
      Date ends = shifted.date;
      setEndFromAct(e, ends,
                    fact(FactKind::NoticeAfterDate)
                        .with("party", PartyRef{e.by})
                        .with("date", e.date)
                        .with("duration", rule->period)
                        .with("clause", ClauseRef{rule->clause}),
                    rule->clause);
      return;
    }
    auto n = t_.periodAt(e.date);
    if (!n) {
      reject(e, fact(FactKind::NoPeriodContains).with("date", e.date), rule->clause);
      return;
    }
    auto shiftedEnd = t_.chain->endOf(*n);
    if (shiftedEnd.outOfRange) {
      reject(e, fact(FactKind::PeriodBeyondCalendar).with("date", e.date), rule->clause);
      return;
    }
    Date periodEnd = shiftedEnd.date;
    Date deadline = time::subtract(periodEnd, rule->period).date;
    if (e.date <= deadline) {
      setEndFromAct(e, periodEnd,
                    fact(FactKind::NoticeInTime)
                        .with("party", PartyRef{e.by})
                        .with("date", e.date)
                        .with("deadline", deadline)
                        .with("duration", rule->period)
                        .with("n", *n)
                        .with("clause", ClauseRef{rule->clause}),
                    rule->clause);
      return;
    }
    if (t_.maxPeriods && *n >= *t_.maxPeriods) {
      reject(e, fact(FactKind::NoticeLateLastPeriod).with("end", periodEnd).with("deadline", deadline), rule->clause);
      return;
    }
    auto nextEnd = t_.chain->endOf(*n + 1);
    if (nextEnd.outOfRange) {
      reject(e, fact(FactKind::NoticeLateNextBeyond).with("end", periodEnd), rule->clause);
      return;
    }
    Date next = nextEnd.date;
    setEndFromAct(e, next,
                  fact(FactKind::NoticeLateNextPeriod)
                      .with("party", PartyRef{e.by})
                      .with("date", e.date)
                      .with("end", periodEnd)
                      .with("deadline", deadline)
                      .with("clause", ClauseRef{rule->clause}),
                  rule->clause, fact(FactKind::LateFor).with("end", periodEnd).with("deadline", deadline));
  }

  // Notice against the end of a calendar year, quarter or month. `before end of`: received on
  // or before (end - notice period), else it takes effect at a later end; `from end of`: the
  // notice period runs from the end of the calendar period it is given in.
  void applyCalendarNotice(const Event& e, const model::NoticeRule& rule) {
    const auto& anchor = *rule.calendar;
    const int months = anchor.months();
    const bool fromEnd = anchor.rule == model::CalendarAnchor::Rule::FromEnd;
    auto ends = fromEnd ? time::endWithNoticeFrom(e.date, rule.period, months)
                        : time::endWithNoticeBefore(e.date, rule.period, months);
    if (ends.outOfRange) {
      reject(
          e,
          fact(FactKind::NoticeBeyondCalendar).with("notice", calendarNotice(rule.period, anchor)).with("date", e.date),
          rule.clause);
      return;
    }
    if (fromEnd) {
      setEndFromAct(e, ends.date,
                    fact(FactKind::CalendarNoticeFromEnd)
                        .with("party", PartyRef{e.by})
                        .with("date", e.date)
                        .with("duration", rule.period)
                        .with("unit", CalendarUnitRef{anchor.unit})
                        .with("end", time::calendarPeriodEnd(e.date, months).date)
                        .with("clause", ClauseRef{rule.clause}),
                    rule.clause);
      return;
    }
    Date deadline = time::subtract(ends.date, rule.period).date;
    Date first = time::calendarPeriodEnd(e.date, months).date;
    Fact reason = fact(FactKind::CalendarNoticeInTime)
                      .with("party", PartyRef{e.by})
                      .with("date", e.date)
                      .with("deadline", deadline)
                      .with("duration", rule.period)
                      .with("unit", CalendarUnitRef{anchor.unit})
                      .with("end", ends.date)
                      .with("clause", ClauseRef{rule.clause});
    if (first == ends.date) {
      setEndFromAct(e, ends.date, reason, rule.clause);
      return;
    }
    // Too late for the first end after the notice: it takes effect at the first end it is in time for.
    Date missed = time::subtract(first, rule.period).date;
    setEndFromAct(e, ends.date,
                  fact(FactKind::CalendarNoticeLate)
                      .with("party", PartyRef{e.by})
                      .with("date", e.date)
                      .with("unit", CalendarUnitRef{anchor.unit})
                      .with("first", first)
                      .with("missed", missed)
                      .with("end", ends.date)
                      .with("clause", ClauseRef{rule.clause}),
                  rule.clause, fact(FactKind::LateFor).with("end", first).with("deadline", missed));
  }

  // `late`: the notice was too late for the end it aimed at (LateFor), or no fact.
  void setEndFromAct(const Event& e, Date ends, Fact reason, const std::string& clause, Fact late = {}) {
    const bool isLate = static_cast<bool>(late);
    if (t_.end && t_.end->date <= ends) {
      reject(e,
             fact(FactKind::NoEffectAlreadyEnds)
                 .with("late", std::move(late))
                 .with("date", t_.end->date)
                 .with("reason", t_.end->reason),
             clause);
      t_.events.back().lateNotice = isLate;
      return;
    }
    setEnd(ends, std::move(reason), clause);
    accept(e,
           fact(FactKind::EndsAgreementOn)
               .with("late", std::move(late))
               .with("date", ends)
               .with("last", ends.plusDays(-1)),
           clause);
    t_.events.back().lateNotice = isLate;
  }

  void applyAccession(const Event& e) {
    if (!a_.accession) {
      reject(e, fact(FactKind::NoAccessionClause));
      return;
    }
    t_.addMember(Membership{
        e.of, e.name.empty() ? e.of : e.name, e.date, std::nullopt, {}, "", true, a_.accession->clause, false});
    // A scenario records the accession, not the consent: say what the clause asks, never that
    // it was given.
    Fact accedes = fact(FactKind::Accedes)
                       .with("name", Verbatim{e.name.empty() ? e.of : e.name})
                       .with("date", e.date)
                       .with("clause", ClauseRef{a_.accession->clause});
    if (a_.accession->needsConsentOfAll) accedes.with("consent", 1LL);
    accept(e, std::move(accedes), a_.accession->clause);
  }

  void applyPower(const Event& e) {
    using Action = model::Power::Action;
    auto matchesAction = [&](const model::Power& p) {
      if (e.kind == "notice") return p.notice.has_value();
      if (e.kind == "terminate" || e.kind == "dissolve")
        return p.action == Action::Terminate || p.action == Action::Dissolve;
      if (e.kind == "withdraw") return p.action == Action::Withdraw;
      return p.action == Action::Expel;
    };
    std::vector<const model::Power*> candidates;
    for (const auto& p : a_.powers) {
      if ((e.under.empty() || p.clause == e.under) && matchesAction(p)) candidates.push_back(&p);
    }
    if (candidates.empty()) {
      Fact why = fact(FactKind::NoPowerFor).with("action", ActRef{e.kind});
      if (!e.under.empty()) why.with("under", ClauseRef{e.under});
      reject(e, std::move(why));
      return;
    }
    // Why no candidate could be used: each one's reason, joined.
    Fact why;
    auto add = [&why](Fact f) {
      why = why ? fact(FactKind::Both).with("first", std::move(why)).with("second", std::move(f)) : std::move(f);
    };
    for (const auto* p : candidates) {
      auto avail = powerAvailableOn(*p, e.by, e.date, history_);
      if (!avail.active) {
        add(avail.why);
        continue;
      }
      if (auto f = formProblem(e, p->form, p->clause)) {
        add(std::move(f));
        continue;
      }
      if (auto f = decisionProblem(p->holders, e, t_, p->clause)) {
        add(std::move(f));
        continue;
      }
      usePower(e, *p, avail);
      if (avail.caveat && t_.events.back().accepted) t_.events.back().caveat = avail.caveat;
      return;
    }
    reject(e, why, candidates.size() == 1 ? candidates.front()->clause : "");
  }

  void usePower(const Event& e, const model::Power& p, const PowerAvailability& avail) {
    using Action = model::Power::Action;
    std::optional<time::Shifted> afterNotice;
    if (p.notice) afterNotice = noticeTakesEffect(p, e.date);
    if (afterNotice && afterNotice->outOfRange) {
      reject(e, fact(FactKind::NoticeBeyondCalendar).with("notice", noticeFact(p)).with("date", e.date), p.clause);
      return;
    }
    Date effective = afterNotice ? afterNotice->date : avail.effectiveOn.value_or(e.date);
    Fact how = p.notice            ? fact(FactKind::WithNotice).with("notice", noticeFact(p))
               : avail.effectiveOn ? fact(FactKind::AsOfEffective)
                                         .with("date", *avail.effectiveOn)
                                         .with("event", EventKindRef{p.trigger.event.kind})
                                   : fact(FactKind::WithImmediateEffect);
    if (p.action == Action::Terminate || p.action == Action::Dissolve) {
      setEndFromAct(e, effective,
                    fact(p.action == Action::Terminate ? FactKind::TerminatedBy : FactKind::DissolvedBy)
                        .with("party", PartyRef{e.by})
                        .with("date", e.date)
                        .with("how", how)
                        .with("clause", ClauseRef{p.clause})
                        .with("why", avail.why),
                    p.clause);
      return;
    }
    std::string leaving = p.action == Action::Withdraw ? e.by : e.of;
    auto* m = memberMut(leaving);
    if (!m || (m->until && *m->until <= effective)) {
      reject(e, fact(FactKind::NotAPartyThen).with("party", PartyRef{leaving}), p.clause);
      return;
    }
    m->until = effective;
    m->untilClause = p.clause;
    m->expelled = p.action == Action::Expel;
    m->untilReason =
        p.action == Action::Withdraw
            ? fact(FactKind::WithdrewOn).with("date", e.date).with("how", how).with("clause", ClauseRef{p.clause})
            : fact(FactKind::ExpelledBy)
                  .with("party", PartyRef{e.by})
                  .with("date", e.date)
                  .with("how", how)
                  .with("clause", ClauseRef{p.clause});
    auto remaining = t_.membersOn(effective);
    accept(e,
           fact(remaining.size() < 2 ? FactKind::LeavesAgreementEnds : FactKind::LeavesOthersContinue)
               .with("party", PartyRef{leaving})
               .with("date", effective),
           p.clause);
    if (remaining.size() < 2) {
      setEnd(effective,
             fact(FactKind::FewerThanTwoLeft).with("party", PartyRef{leaving}).with("clause", ClauseRef{p.clause}),
             p.clause);
    }
  }

  Membership* memberMut(const std::string& party) {
    for (auto& m : t_.members) {
      if (m.party == party) return &m;
    }
    return nullptr;
  }

  const model::Agreement& a_;
  const model::Scenario* scenario_;
  Timeline t_;
  std::vector<Event> history_;  // accepted events before the current one, for triggers
};

}  // namespace

Timeline simulate(const model::Agreement& agreement, const model::Scenario* scenario) {
  return Simulation(agreement, scenario).run();
}

}  // namespace agree::runtime
