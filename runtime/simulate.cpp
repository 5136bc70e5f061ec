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
      t_.addMember(Membership{p.id, p.name, t_.start, std::nullopt, "", "", false, "", false});
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
        t_.startReason = "in force from " + s.date->iso() + " (" + art(s.clause) + ")";
        break;
      case model::Start::Kind::OnSigning:
        t_.start = t_.signedOn;
        t_.startMinute = signedMinute;
        t_.startReason = t_.signedOn      ? "in force on signing, " + t_.signedOn->iso() + " (" + art(s.clause) + ")"
                         : t_.signedMonth ? "in force on signing (" + art(s.clause) + "), some day in " +
                                                model::monthText(*t_.signedMonth) + ": the day is not known"
                                          : "in force on signing (" + art(s.clause) + "); no signing date is known";
        break;
      case model::Start::Kind::OnEvent:
        if (scenario_) {
          for (const auto& e : scenario_->events) {
            if (e.kind != s.event) continue;
            // A start on an event that takes effect later starts on its effective date.
            t_.start = e.effective.value_or(e.date);
            if (!e.effective) t_.startMinute = e.minuteOfDay;
            t_.startReason = "in force on " + model::eventKindLabel(a_, s.event) + " of " + e.date.iso() +
                             (e.effective ? ", taking effect on " + e.effective->iso() : "") + " (" + art(s.clause) +
                             ")";
            break;
          }
        }
        if (!t_.start) {
          t_.startReason =
              "in force on " + model::eventKindLabel(a_, s.event) + " (" + art(s.clause) + "), which has not happened";
        }
        break;
    }
    if (t_.start && s.offset) {
      // "een maand na X" is X + 1 month, clamped as always; the time of day no longer applies.
      auto shifted = s.after(*t_.start);
      // "the first day of the second month after": of the month (year) the day lies in.
      auto ordinal = [](long long n) {
        long long tens = n % 100;
        const char* suffix = tens >= 11 && tens <= 13 ? "th"
                             : n % 10 == 1            ? "st"
                             : n % 10 == 2            ? "nd"
                             : n % 10 == 3            ? "rd"
                                                      : "th";
        return std::to_string(n) + suffix;
      };
      const std::string unit = s.offset->unit == time::Unit::Year ? "year" : "month";
      const std::string later = s.firstDayOf
                                    ? "on the first day of the " + ordinal(s.offset->count) + " " + unit + " after"
                                    : s.offset->text() + " later";
      if (shifted.outOfRange) {
        t_.start.reset();
        t_.startReason += "; " + later + " lies after 9999-12-31";
      } else {
        t_.startReason += "; it starts " + (s.firstDayOf ? later + ", " : later + ", on ") + shifted.date.iso() +
                          (shifted.clamped ? " (the month has no such day: its last day)" : "");
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
            t_.end = End{*t_.start, "the term ends on " + term.until->iso() + ", before it starts", term.clause};
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
      return beyondCalendar(term.clause, "the first term period, " + first.text() + " from " + t_.start->iso() +
                                             ", would end after 9999-12-31");
    }
    if (t_.maxPeriods && t_.chain->endOf(*t_.maxPeriods).outOfRange) {
      return beyondCalendar(renewal->clause, "the last renewal, period " + std::to_string(*t_.maxPeriods) +
                                                 " from the start on " + t_.start->iso() +
                                                 ", would end after 9999-12-31");
    }
    if (t_.maxPeriods) {
      auto last = t_.chain->endOf(*t_.maxPeriods).date;
      std::string why = *t_.maxPeriods == 1 ? "the term ends (" + art(term.clause) + ")"
                                            : "the term ends after " + std::to_string(*t_.maxPeriods - 1) +
                                                  " renewals (" + art(renewal->clause) + ")";
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
      setEnd(endDate,
             model::eventKindLabel(a_, term.untilEvent) + (e.of.empty() ? "" : " of " + partyLabel(a_, e.of)) + " on " +
                 e.date.iso() + " ends the agreement (" + art(term.clause) + ")",
             term.clause);
      return;
    }
  }

  // A date beyond the calendar: no timeline is built from it (the CLI refuses at the clause).
  void beyondCalendar(const std::string& clause, std::string message) {
    t_.outOfRange = OutOfRange{clause, std::move(message)};
    t_.chain.reset();
    t_.maxPeriods.reset();
  }

  void fixOpenEnded() {
    const auto& term = a_.term;
    auto shifted = time::add(*t_.start, *term.duration);
    if (shifted.outOfRange) {
      return beyondCalendar(term.clause, "the minimum term of " + term.duration->text() + " from " + t_.start->iso() +
                                             " would end after 9999-12-31");
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
      setEnd(endDate,
             closing->date <= minimumEnd
                 ? "the minimum term of " + term.duration->text() + " ends (" + art(term.clause) + "); " +
                       model::eventKindLabel(a_, term.untilEvent) + " happened on " + closing->date.iso()
                 : model::eventKindLabel(a_, term.untilEvent) + " on " + closing->date.iso() + " ends the term (" +
                       art(term.clause) + ")",
             term.clause);
    } else {
      t_.uncertain = Uncertainty{minimumEnd, term.untilEvent,
                                 "after the minimum term of " + term.duration->text() + " (until " + minimumEnd.iso() +
                                     ") the term lasts until " + model::eventKindLabel(a_, term.untilEvent) +
                                     ", which the scenario does not record",
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
    std::string what =
        model::eventKindLabel(a_, r.event.kind) + (r.event.outcome.empty() ? "" : " (" + r.event.outcome + ")");
    if (r.condition == model::Renewal::Condition::Unless) {
      if (matches.empty()) return;
      auto n = t_.periodAt(matches.front()->date);
      if (!n) return;
      Date e = t_.chain->endOf(*n).date;
      setEnd(e, "not renewed: " + what + " on " + matches.front()->date.iso() + " (" + art(r.clause) + ")", r.clause);
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
                 "not renewed: no " + what + " during period " + std::to_string(n) + " (" + art(r.clause) + ")",
                 r.clause);
        } else {
          t_.uncertain =
              Uncertainty{*p.until, r.event.kind,
                          "renewal on " + p.until->iso() + " needs " + what + " during period " + std::to_string(n) +
                              " (" + art(r.clause) + "); " + evaluationNotRecorded(t_, n),
                          r.clause};
        }
        return;
      }
      ++n;
    }
  }

  void setEnd(Date d, std::string reason, std::string clause) {
    if (t_.end && t_.end->date <= d) return;
    t_.end = End{d, std::move(reason), std::move(clause)};
    if (t_.uncertain && t_.uncertain->from >= d) t_.uncertain.reset();
  }

  // ---- events ----------------------------------------------------------------------------
  void accept(const Event& e, std::string effect, std::string clause) {
    t_.events.push_back(EventOutcome{e, true, std::move(effect), std::move(clause), false, ""});
  }
  void reject(const Event& e, std::string why, std::string clause = "") {
    t_.events.push_back(EventOutcome{e, false, std::move(why), std::move(clause), false, ""});
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
        reject(e, partyLabel(a_, e.by) + " does not hold " + art(c->id) + " (held by " + c->holders.written + ")",
               c->id);
        return;
      }
    }
    if (!isAct(e)) {
      if (!a_.term.untilEvent.empty() && e.kind == a_.term.untilEvent) {
        accept(e, closingEffect(e), a_.term.clause);
        return;
      }
      accept(e, "recorded", "");
      return;
    }
    if (!t_.start) {
      reject(e, "the agreement has not started (" + t_.startReason + ")");
      return;
    }
    if (e.date < *t_.start) {
      reject(e, "the agreement starts only on " + t_.start->iso());
      return;
    }
    if (t_.end && e.date >= t_.end->date) {
      reject(e, "the agreement already ended on " + t_.end->date.iso() + ": " + t_.end->reason);
      return;
    }
    const Membership* actor = e.by.empty() ? nullptr : t_.member(e.by);
    if (e.kind != "accede" && actor &&
        (!actor->from || e.date < *actor->from || (actor->until && e.date >= *actor->until))) {
      reject(e, partyLabel(a_, e.by) + " is not a party on " + e.date.iso() +
                    (actor->until ? " (left on " + actor->until->iso() + ")" : ""));
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
  std::string closingEffect(const Event& e) const {
    const auto& term = a_.term;
    if (!ofTheNamedParty(e)) {
      return "recorded; only " + model::eventKindLabel(a_, term.untilEvent) + " of " +
             partyLabel(a_, term.untilEventOf) + " ends the agreement (" + art(term.clause) + ")";
    }
    if (t_.end && t_.end->clause == term.clause && t_.start && t_.end->date == std::max(*t_.start, e.date)) {
      return "ends the agreement on " + t_.end->date.iso() + " (last day " + t_.end->date.plusDays(-1).iso() + ", " +
             art(term.clause) + ")";
    }
    return "recorded";
  }

  // A form requirement: returns the reason to reject, or "".
  std::string formProblem(const Event& e, Form required, const std::string& clause) {
    if (required == Form::Any) return "";
    if (!e.form) return "the form is not stated; " + art(clause) + " requires it " + formLabel(required);
    if (!model::satisfies(*e.form, required)) {
      return "given " + formLabel(*e.form) + ", but " + art(clause) + " requires it " + formLabel(required);
    }
    return "";
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
      reject(e, e.under.empty() ? partyLabel(a_, e.by) + " has no right to give notice under this agreement"
                                : partyLabel(a_, e.by) + " may not give notice under " + art(e.under));
      return;
    }
    if (auto why = formProblem(e, rule->form, rule->clause); !why.empty()) {
      reject(e, why, rule->clause);
      return;
    }
    if (auto why = decisionProblem(rule->by, e, t_, rule->clause); !why.empty()) {
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
        reject(e,
               "a notice of " + rule->period.text() + " from " + e.date.iso() + " would take effect after 9999-12-31",
               rule->clause);
        return;
      }
      Date ends = shifted.date;
      setEndFromAct(e, ends,
                    "notice by " + partyLabel(a_, e.by) + " on " + e.date.iso() + " + " + rule->period.text() + " (" +
                        art(rule->clause) + ")",
                    rule->clause);
      return;
    }
    auto n = t_.periodAt(e.date);
    if (!n) {
      reject(e, "no term period contains " + e.date.iso(), rule->clause);
      return;
    }
    auto shiftedEnd = t_.chain->endOf(*n);
    if (shiftedEnd.outOfRange) {
      reject(e, "the period containing " + e.date.iso() + " ends after 9999-12-31", rule->clause);
      return;
    }
    Date periodEnd = shiftedEnd.date;
    Date deadline = time::subtract(periodEnd, rule->period).date;
    if (e.date <= deadline) {
      setEndFromAct(e, periodEnd,
                    "notice by " + partyLabel(a_, e.by) + " on " + e.date.iso() + ", on or before " + deadline.iso() +
                        " (" + rule->period.text() + " before the end of period " + std::to_string(*n) + ", " +
                        art(rule->clause) + ")",
                    rule->clause);
      return;
    }
    if (t_.maxPeriods && *n >= *t_.maxPeriods) {
      reject(e,
             "late: the deadline for the end on " + periodEnd.iso() + " was " + deadline.iso() +
                 ", and the agreement ends on that date anyway (no further renewal)",
             rule->clause);
      return;
    }
    auto nextEnd = t_.chain->endOf(*n + 1);
    if (nextEnd.outOfRange) {
      reject(e, "late for " + periodEnd.iso() + ", and the end of the next period lies after 9999-12-31", rule->clause);
      return;
    }
    Date next = nextEnd.date;
    setEndFromAct(e, next,
                  "notice by " + partyLabel(a_, e.by) + " on " + e.date.iso() + ", late for " + periodEnd.iso() +
                      " (deadline " + deadline.iso() + "), so it takes effect at the end of the next period (" +
                      art(rule->clause) + ")",
                  rule->clause, "late for " + periodEnd.iso() + " (deadline " + deadline.iso() + "); ");
  }

  // Notice against the end of a calendar year, quarter or month. `before end of`: received on
  // or before (end - notice period), else it takes effect at a later end; `from end of`: the
  // notice period runs from the end of the calendar period it is given in.
  void applyCalendarNotice(const Event& e, const model::NoticeRule& rule) {
    const auto& anchor = *rule.calendar;
    const int months = anchor.months();
    const std::string given = "notice by " + partyLabel(a_, e.by) + " on " + e.date.iso();
    const bool fromEnd = anchor.rule == model::CalendarAnchor::Rule::FromEnd;
    auto ends = fromEnd ? time::endWithNoticeFrom(e.date, rule.period, months)
                        : time::endWithNoticeBefore(e.date, rule.period, months);
    if (ends.outOfRange) {
      reject(e,
             "a notice of " + anchor.text(rule.period) + " given on " + e.date.iso() +
                 " would take effect after 9999-12-31",
             rule.clause);
      return;
    }
    if (fromEnd) {
      setEndFromAct(e, ends.date,
                    given + ": " + rule.period.text() + " from the end of the " + anchor.unitName() + " on " +
                        time::calendarPeriodEnd(e.date, months).date.iso() + " (" + art(rule.clause) + ")",
                    rule.clause);
      return;
    }
    Date deadline = time::subtract(ends.date, rule.period).date;
    Date first = time::calendarPeriodEnd(e.date, months).date;
    std::string reason = given + ", on or before " + deadline.iso() + " (" + rule.period.text() +
                         " before the end of the " + anchor.unitName() + " on " + ends.date.iso() + ", " +
                         art(rule.clause) + ")";
    if (first == ends.date) {
      setEndFromAct(e, ends.date, reason, rule.clause);
      return;
    }
    // Too late for the first end after the notice: it takes effect at the first end it is in time for.
    Date missed = time::subtract(first, rule.period).date;
    setEndFromAct(e, ends.date,
                  given + ", late for the end of the " + anchor.unitName() + " on " + first.iso() + " (deadline " +
                      missed.iso() + "), so it takes effect at the end on " + ends.date.iso() + " (" +
                      art(rule.clause) + ")",
                  rule.clause, "late for " + first.iso() + " (deadline " + missed.iso() + "); ");
  }

  void setEndFromAct(const Event& e, Date ends, const std::string& reason, const std::string& clause,
                     const std::string& prefix = "") {
    if (t_.end && t_.end->date <= ends) {
      reject(e, prefix + "no effect: the agreement already ends on " + t_.end->date.iso() + " (" + t_.end->reason + ")",
             clause);
      t_.events.back().lateNotice = !prefix.empty();
      return;
    }
    setEnd(ends, reason, clause);
    accept(e, prefix + "ends the agreement on " + ends.iso() + " (last day " + ends.plusDays(-1).iso() + ")", clause);
    t_.events.back().lateNotice = !prefix.empty();
  }

  void applyAccession(const Event& e) {
    if (!a_.accession) {
      reject(e, "the agreement has no clause that lets a party accede");
      return;
    }
    t_.addMember(Membership{e.of, e.name.empty() ? e.of : e.name, e.date, std::nullopt, "", "", true,
                            a_.accession->clause, false});
    // A scenario records the accession, not the consent: say what the clause asks, never that
    // it was given.
    accept(e,
           (e.name.empty() ? e.of : e.name) + " accedes from " + e.date.iso() + " (" + art(a_.accession->clause) +
               (a_.accession->needsConsentOfAll
                    ? ", which requires the consent of all parties; the scenario does not record that consent"
                    : "") +
               ")",
           a_.accession->clause);
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
      reject(e, "no clause " + (e.under.empty() ? std::string("") : "(" + art(e.under) + ") ") + "gives a power to " +
                    e.kind);
      return;
    }
    std::string why;
    for (const auto* p : candidates) {
      auto avail = powerAvailableOn(*p, e.by, e.date, history_, a_);
      if (!avail.active) {
        why += (why.empty() ? "" : "; ") + avail.why;
        continue;
      }
      if (auto f = formProblem(e, p->form, p->clause); !f.empty()) {
        why += (why.empty() ? "" : "; ") + f;
        continue;
      }
      if (auto f = decisionProblem(p->holders, e, t_, p->clause); !f.empty()) {
        why += (why.empty() ? "" : "; ") + f;
        continue;
      }
      usePower(e, *p, avail);
      if (!avail.caveat.empty() && t_.events.back().accepted) t_.events.back().caveat = avail.caveat;
      return;
    }
    reject(e, why, candidates.size() == 1 ? candidates.front()->clause : "");
  }

  void usePower(const Event& e, const model::Power& p, const PowerAvailability& avail) {
    using Action = model::Power::Action;
    std::optional<time::Shifted> afterNotice;
    if (p.notice) afterNotice = noticeTakesEffect(p, e.date);
    if (afterNotice && afterNotice->outOfRange) {
      reject(e, "a notice of " + noticeText(p) + " given on " + e.date.iso() + " would take effect after 9999-12-31",
             p.clause);
      return;
    }
    Date effective = afterNotice ? afterNotice->date : avail.effectiveOn.value_or(e.date);
    std::string how = p.notice            ? " with notice of " + noticeText(p)
                      : avail.effectiveOn ? " as of " + avail.effectiveOn->iso() + ", when the " +
                                                p.trigger.event.kind + " takes effect"
                                          : " with immediate effect";
    if (p.action == Action::Terminate || p.action == Action::Dissolve) {
      setEndFromAct(e, effective,
                    std::string(p.action == Action::Terminate ? "terminated" : "dissolved") + " by " +
                        partyLabel(a_, e.by) + " on " + e.date.iso() + how + " (" + art(p.clause) +
                        (avail.why.empty() ? "" : "; " + avail.why) + ")",
                    p.clause);
      return;
    }
    std::string leaving = p.action == Action::Withdraw ? e.by : e.of;
    auto* m = memberMut(leaving);
    if (!m || (m->until && *m->until <= effective)) {
      reject(e, partyLabel(a_, leaving) + " is not a party then", p.clause);
      return;
    }
    m->until = effective;
    m->untilClause = p.clause;
    m->expelled = p.action == Action::Expel;
    m->untilReason = p.action == Action::Withdraw ? "withdrew on " + e.date.iso() + how + " (" + art(p.clause) + ")"
                                                  : "the cooperation with it was ended by " + partyLabel(a_, e.by) +
                                                        " on " + e.date.iso() + how + " (" + art(p.clause) + ")";
    auto remaining = t_.membersOn(effective);
    accept(e,
           partyLabel(a_, leaving) + " is no longer a party from " + effective.iso() +
               (remaining.size() < 2 ? "; fewer than two parties remain, so the agreement ends then"
                                     : "; the others continue"),
           p.clause);
    if (remaining.size() < 2) {
      setEnd(effective,
             "fewer than two parties left after " + partyLabel(a_, leaving) + " left (" + art(p.clause) + ")",
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
