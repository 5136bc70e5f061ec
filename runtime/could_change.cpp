#include "could_change.h"

#include <algorithm>

#include "cite.h"
#include "evaluation.h"
#include "notice_day.h"
#include "powers.h"
#include "time/period.h"

namespace agree::runtime {

namespace {

// The form an act needs, when it needs one.
void withForm(Fact& f, model::Form form) {
  if (form != model::Form::Any) f.with("form", form);
}

}  // namespace

std::vector<PossibleChange> whatCouldChange(const Timeline& t, const std::string& party, Date d) {
  const auto& a = *t.agreement;
  std::vector<PossibleChange> out;
  if (!t.start) return out;
  Date start = *t.start;
  const PartyRef who{party};
  const Membership* m = t.member(party);
  Date from = m && m->from ? *m->from : start;

  if (t.uncertain && d >= t.uncertain->from) {
    // A renewal `if E` needs E during the period it renews, so by the period's last day; an
    // open-ended term's closing event on D itself still changes the answer on D.
    bool renewalCondition = a.renewal && a.renewal->condition == model::Renewal::Condition::If &&
                            a.renewal->event.kind == t.uncertain->event;
    Date latest = renewalCondition ? std::min(d, t.uncertain->from.plusDays(-1)) : d;
    out.push_back(PossibleChange{t.uncertain->event,
                                 {},
                                 t.uncertain->clause,
                                 latest,
                                 fact(FactKind::ChangeTurnsOn)
                                     .with("date", d)
                                     .with("event", EventKindRef{t.uncertain->event})
                                     .with("reason", t.uncertain->reason),
                                 true,
                                 std::nullopt,
                                 std::nullopt});
    return out;
  }

  // Notice before the end of a term period.
  for (const auto& n : a.notices) {
    if (n.calendar) {
      // Against the end of a calendar year (quarter, month): the latest notice that still ends
      // the agreement by D.
      int months = n.calendar->months();
      bool before = n.calendar->rule == model::CalendarAnchor::Rule::BeforeEnd;
      auto latest =
          before ? time::latestNoticeBefore(d, n.period, months) : time::latestNoticeFrom(d, n.period, months);
      if (!latest || *latest < from) continue;
      Date endsOn =
          before ? time::calendarPeriodStart(d, months) : time::endWithNoticeFrom(*latest, n.period, months).date;
      Fact effect = fact(FactKind::ChangeCalendarNotice)
                        .with("latest", *latest)
                        .with("holders", holdersFact(n.by))
                        .with("end", endsOn)
                        .with("notice", calendarNotice(n.period, *n.calendar))
                        .with("clause", ClauseRef{n.clause});
      withForm(effect, n.form);
      out.push_back(PossibleChange{"notice", holdersFact(n.by), n.clause, *latest, std::move(effect), true,
                                   std::nullopt, std::nullopt});
      continue;
    }
    // A notice at any time needs no term period; one before the term end does.
    if (!n.beforeTermEnd) {
      Date latest = time::latestStartFor(d, n.period);
      if (latest >= from) {
        Fact effect = fact(FactKind::ChangeNoticeAnyTime)
                          .with("latest", latest)
                          .with("holders", holdersFact(n.by))
                          .with("date", d)
                          .with("duration", n.period)
                          .with("clause", ClauseRef{n.clause});
        withForm(effect, n.form);
        out.push_back(PossibleChange{"notice", holdersFact(n.by), n.clause, latest, std::move(effect), true,
                                     std::nullopt, std::nullopt});
      }
      continue;
    }
    if (!t.chain) continue;
    auto k = t.periodAt(d);
    if (!k) continue;
    if (*k >= 2) {
      Date boundary = t.chain->startOf(*k);
      NoticeDay day = noticeDay(a, boundary, n.period);
      Date deadline = day.latest;
      if (deadline >= from) {
        Fact effect = fact(FactKind::ChangeNoticeWouldHave)
                          .with("holders", holdersFact(n.by))
                          .with("deadline", deadline)
                          .with("boundary", boundary)
                          .with("duration", n.period)
                          .with("n", *k - 1)
                          .with("clause", ClauseRef{n.clause})
                          .with("date", d)
                          .with("party", who)
                          .with("note", noticeDayNote(day, boundary));
        withForm(effect, n.form);
        out.push_back(PossibleChange{"notice", holdersFact(n.by), n.clause, deadline, std::move(effect), true, day.safe,
                                     day.workingDay});
      }
    }
    bool lastPeriod = t.maxPeriods && *k >= *t.maxPeriods;
    auto shiftedEnd = t.chain->endOf(*k);
    if (!lastPeriod && shiftedEnd.outOfRange) {
      // Refuse, never clamp: the period's end, and so the last day to give notice, is no date.
      out.push_back(
          PossibleChange{"notice", holdersFact(n.by), n.clause, std::nullopt,
                         fact(FactKind::ChangeEndBeyondCalendar).with("n", *k).with("clause", ClauseRef{n.clause}),
                         false, std::nullopt, std::nullopt});
      continue;
    }
    Date periodEnd = shiftedEnd.date;
    if (!lastPeriod && (!t.end || t.end->date > periodEnd)) {
      NoticeDay day = noticeDay(a, periodEnd, n.period);
      Date deadline = day.latest;
      Fact effect = fact(FactKind::ChangeEarliestEnd)
                        .with("end", periodEnd)
                        .with("deadline", deadline)
                        .with("clause", ClauseRef{n.clause})
                        .with("note", noticeDayNote(day, periodEnd));
      withForm(effect, n.form);
      out.push_back(PossibleChange{"notice", holdersFact(n.by), n.clause, deadline, std::move(effect), false, day.safe,
                                   day.workingDay});
    }
  }

  // A renewal that an event stops ("unless the evaluation is negative").
  if (a.renewal && a.renewal->condition == model::Renewal::Condition::Unless && t.chain) {
    const auto& r = *a.renewal;
    Fact what = fact(FactKind::EventWithOutcome).with("event", EventKindRef{r.event.kind});
    if (!r.event.outcome.empty()) what.with("outcome", OutcomeRef{r.event.outcome});
    if (auto k = t.periodAt(d)) {
      if (*k >= 2) {
        Date boundary = t.chain->startOf(*k);
        out.push_back(PossibleChange{r.event.kind,
                                     {},
                                     r.clause,
                                     boundary.plusDays(-1),
                                     fact(FactKind::ChangeRenewalWouldHaveStopped)
                                         .with("what", what)
                                         .with("latest", boundary.plusDays(-1))
                                         .with("n", *k - 1)
                                         .with("boundary", boundary)
                                         .with("clause", ClauseRef{r.clause})
                                         .with("date", d)
                                         .with("party", who),
                                     true,
                                     std::nullopt,
                                     std::nullopt});
      }
      Date periodEnd = t.chain->endOf(*k).date;
      bool lastPeriod = t.maxPeriods && *k >= *t.maxPeriods;
      if (!lastPeriod && (!t.end || t.end->date > periodEnd)) {
        auto [due, dueBasis] = evaluationDue(t, *k);
        out.push_back(PossibleChange{r.event.kind,
                                     {},
                                     r.clause,
                                     periodEnd.plusDays(-1),
                                     fact(FactKind::ChangeRenewalStops)
                                         .with("what", what)
                                         .with("latest", periodEnd.plusDays(-1))
                                         .with("end", periodEnd)
                                         .with("clause", ClauseRef{r.clause})
                                         .with("event", EventKindRef{r.event.kind})
                                         .with("n", *k)
                                         .with("due", due)
                                         .with("basis", dueBasis),
                                     false,
                                     std::nullopt,
                                     std::nullopt});
      }
    }
  }

  // An event that ends an indefinite term by law.
  if (a.term.kind == model::Term::Kind::Indefinite && !a.term.untilEvent.empty() && (!t.end || t.end->date > d)) {
    Fact effect = fact(FactKind::ChangeEndingEvent)
                      .with("event", EventKindRef{a.term.untilEvent})
                      .with("date", d)
                      .with("clause", ClauseRef{a.term.clause})
                      .with("party", who);
    Fact by;
    if (!a.term.untilEventOf.empty()) {
      effect.with("of", PartyRef{a.term.untilEventOf});
      by = fact(FactKind::PartyName).with("party", PartyRef{a.term.untilEventOf});
    }
    out.push_back(PossibleChange{a.term.untilEvent, std::move(by), a.term.clause, d, std::move(effect), true,
                                 std::nullopt, std::nullopt});
  }

  // Powers that could end the agreement, or this party's membership, by D.
  bool anySurvives = false;
  for (const auto& c : a.clauses) anySurvives = anySurvives || c.survival.has_value();
  for (const auto& p : a.powers) {
    using Action = model::Power::Action;
    auto latestUse = latestNoticeFor(p, d);
    if (!latestUse || *latestUse < from) continue;
    Date latest = *latestUse;
    Fact needs;
    if (p.trigger.kind == model::Trigger::Kind::Event) {
      Date eventBy = p.trigger.period ? time::subtract(latest, *p.trigger.period).date : latest;
      if (eventBy < from) continue;
      Fact what = fact(FactKind::EventWithOutcome).with("event", EventKindRef{p.trigger.event.kind});
      if (!p.trigger.event.outcome.empty()) what.with("outcome", OutcomeRef{p.trigger.event.outcome});
      needs = fact(FactKind::NeedsEvent).with("what", std::move(what)).with("eventBy", eventBy);
      if (p.trigger.reasonableCure) needs.with("reasonable", EventKindRef{p.trigger.event.kind});
      if (p.trigger.within) needs.with("within", *p.trigger.within);
    } else if (p.trigger.kind == model::Trigger::Kind::State) {
      Date stateBy = p.trigger.period->isCalendar() ? time::subtract(latest, *p.trigger.period).date
                                                    : latest.plusDays(-p.trigger.period->days());
      if (stateBy < from) continue;
      needs = fact(FactKind::NeedsState)
                  .with("event", EventKindRef{p.trigger.event.kind})
                  .with("period", *p.trigger.period)
                  .with("stateBy", stateBy);
    }
    Fact how = p.noticeCalendar    ? fact(FactKind::HowCalendarNotice).with("notice", noticeFact(p))
               : p.notice          ? fact(FactKind::HowNotice).with("duration", *p.notice)
               : p.onEffectiveDate ? fact(FactKind::HowOnEffective).with("event", EventKindRef{p.trigger.event.kind})
                                   : fact(FactKind::WithImmediateEffect);
    std::string act = std::string(model::actionName(p.action));
    Fact effect;
    switch (p.action) {
      case Action::Terminate:
      case Action::Dissolve: effect = fact(FactKind::EffectEndsAgreement).with("date", d).with("party", who); break;
      case Action::Withdraw:
        if (p.holders.includes(party) || p.holders.kind == model::Holders::Kind::EachParty) {
          effect = fact(FactKind::EffectWithdrawSelf).with("party", who);
          if (anySurvives) effect.with("anySurvives", 1LL);
          if (t.membersOn(d).size() <= 2) effect.with("twoParties", 1LL);
        } else {
          effect = fact(FactKind::EffectWithdrawOther);
        }
        break;
      case Action::Expel: effect = fact(FactKind::EffectExpel).with("party", who); break;
    }
    Fact change = fact(FactKind::ChangePower)
                      .with("action", ActRef{act})
                      .with("actionNoun", EventKindRef{p.action == Action::Expel ? "expel" : act})
                      .with("how", std::move(how))
                      .with("holders", holdersFact(p.holders))
                      .with("latest", latest)
                      .with("needs", std::move(needs))
                      .with("clause", ClauseRef{p.clause})
                      .with("effect", std::move(effect));
    withForm(change, p.form);
    out.push_back(PossibleChange{act, holdersFact(p.holders), p.clause, latest, std::move(change), true, std::nullopt,
                                 std::nullopt});
  }
  return out;
}

}  // namespace agree::runtime
