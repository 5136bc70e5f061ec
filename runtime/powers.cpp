#include "powers.h"

#include "cite.h"
#include "time/period.h"

namespace agree::runtime {

using model::Event;
using model::Power;
using model::Trigger;

Fact triggerFact(const Power& p) {
  switch (p.trigger.kind) {
    case Trigger::Kind::Always: return fact(FactKind::TriggerAlways);
    case Trigger::Kind::Event: {
      Fact f = fact(FactKind::TriggerEvent).with("event", EventKindRef{p.trigger.event.kind});
      if (!p.trigger.event.outcome.empty()) f.with("outcome", OutcomeRef{p.trigger.event.outcome});
      if (p.trigger.period) f.with("cure", *p.trigger.period);
      if (p.trigger.reasonableCure) f.with("reasonable", 1LL);
      if (p.trigger.within) f.with("within", *p.trigger.within);
      return f;
    }
    case Trigger::Kind::State: {
      Fact f = fact(FactKind::TriggerState).with("event", EventKindRef{p.trigger.event.kind});
      if (p.trigger.period) f.with("period", *p.trigger.period);
      return f;
    }
  }
  return {};
}

time::Shifted noticeTakesEffect(const Power& p, time::Date given) {
  if (!p.notice) return time::Shifted{given};
  if (!p.noticeCalendar) return time::add(given, *p.notice);
  int months = p.noticeCalendar->months();
  return p.noticeCalendar->rule == model::CalendarAnchor::Rule::BeforeEnd
             ? time::endWithNoticeBefore(given, *p.notice, months)
             : time::endWithNoticeFrom(given, *p.notice, months);
}

std::optional<time::Date> latestNoticeFor(const Power& p, time::Date limit) {
  if (!p.notice) return limit;
  if (!p.noticeCalendar) return time::latestStartFor(limit, *p.notice);
  int months = p.noticeCalendar->months();
  return p.noticeCalendar->rule == model::CalendarAnchor::Rule::BeforeEnd
             ? time::latestNoticeBefore(limit, *p.notice, months)
             : time::latestNoticeFrom(limit, *p.notice, months);
}

std::string noticeText(const Power& p) {
  if (!p.notice) return "";
  return p.noticeCalendar ? p.noticeCalendar->text(*p.notice) : p.notice->text();
}

Fact calendarNotice(const time::Duration& notice, const model::CalendarAnchor& anchor) {
  return fact(anchor.rule == model::CalendarAnchor::Rule::BeforeEnd ? FactKind::NoticeBeforeCalendarEnd
                                                                    : FactKind::NoticeFromCalendarEnd)
      .with("duration", notice)
      .with("unit", CalendarUnitRef{anchor.unit});
}

Fact noticeFact(const Power& p) {
  if (!p.notice) return {};
  if (p.noticeCalendar) return calendarNotice(*p.notice, *p.noticeCalendar);
  return fact(FactKind::NoticeLength).with("duration", *p.notice);
}

namespace {
// Why `holder` may not use the power: said by who does hold it.
Fact heldBy(const Power& p) {
  if (p.holders.kind == model::Holders::Kind::OtherParty) return fact(FactKind::HeldByOtherParty);
  return fact(FactKind::HeldBy).with("holders", Verbatim{p.holders.written});
}

bool holderMayUse(const Power& p, const std::string& holder, const std::string& subject) {
  if (p.holders.kind == model::Holders::Kind::OtherParty) return !holder.empty() && holder != subject;
  return p.holders.mayAct(holder);
}
}  // namespace

PowerAvailability powerAvailableOn(const Power& p, const std::string& holder, time::Date date,
                                   const std::vector<Event>& history) {
  PowerAvailability out;
  if (p.trigger.kind == Trigger::Kind::Always) {
    out.active = holderMayUse(p, holder, "");
    if (!out.active) {
      out.why = fact(FactKind::NotPowerHolder).with("party", PartyRef{holder}).with("clause", ClauseRef{p.clause});
      if (p.holders.kind == model::Holders::Kind::Decision) out.why.with("decision", Verbatim{p.holders.written});
    }
    return out;
  }
  if (p.trigger.kind == Trigger::Kind::Event) {
    Fact what = fact(FactKind::EventWithOutcome).with("event", EventKindRef{p.trigger.event.kind});
    if (!p.trigger.event.outcome.empty()) what.with("outcome", OutcomeRef{p.trigger.event.outcome});
    Fact lastWhy = fact(FactKind::TriggerNotRecorded)
                       .with("what", std::move(what))
                       .with("date", date)
                       .with("clause", ClauseRef{p.clause})
                       .with("trigger", triggerFact(p));
    for (const auto& e : history) {
      if (e.date > date) break;
      if (e.kind != p.trigger.event.kind) continue;
      if (!p.trigger.event.outcome.empty() && e.outcome != p.trigger.event.outcome) continue;
      // A reasonable period ("redelijke termijn") takes its length from the event that opened it.
      std::optional<time::Duration> cure = p.trigger.period;
      if (p.trigger.reasonableCure && e.cure) cure = e.cure;
      time::Date from = cure ? time::add(e.date, *cure).date : e.date;
      std::string subject = !e.of.empty() ? e.of : e.by;
      if (!holderMayUse(p, holder, subject)) {
        lastWhy = fact(FactKind::CannotUseOn)
                      .with("party", PartyRef{holder})
                      .with("clause", ClauseRef{p.clause})
                      .with("event", EventKindRef{e.kind})
                      .with("subject", PartyRef{subject})
                      .with("held", heldBy(p));
        continue;
      }
      if (from > date) {
        out.activeFrom = from;
        lastWhy = fact(FactKind::UsableFrom)
                      .with("clause", ClauseRef{p.clause})
                      .with("from", from)
                      .with("event", EventKindRef{e.kind})
                      .with("date", e.date)
                      .with("cure", *cure)
                      .with("on", date);
        if (p.trigger.reasonableCure) lastWhy.with("reasonable", 1LL);
        continue;
      }
      if (p.trigger.within) {
        // "binnen drie maanden na de ontvangst": the last day is the event's date + the period.
        auto closes = time::add(e.date, *p.trigger.within);
        if (!closes.outOfRange && closes.date < date) {
          lastWhy = fact(FactKind::UsableOnlyWithin)
                        .with("clause", ClauseRef{p.clause})
                        .with("within", *p.trigger.within)
                        .with("event", EventKindRef{e.kind})
                        .with("date", e.date)
                        .with("closes", closes.date)
                        .with("on", date);
          continue;
        }
      }
      if (p.onEffectiveDate) {
        // "met ingang van het tijdstip waarop het gewijzigde Convenant van kracht wordt": used
        // on or before that moment, it takes effect then; afterwards there is nothing to leave.
        time::Date takesEffect = e.effective.value_or(e.date);
        if (takesEffect < date) {
          lastWhy = fact(FactKind::EffectiveMomentPassed)
                        .with("clause", ClauseRef{p.clause})
                        .with("event", EventKindRef{e.kind})
                        .with("date", e.date)
                        .with("effective", takesEffect)
                        .with("on", date);
          continue;
        }
        out.effectiveOn = takesEffect;
      }
      out.active = true;
      out.activeFrom = from;
      out.subject = subject;
      out.why = fact(FactKind::TriggeredBy).with("event", EventKindRef{e.kind}).with("date", e.date);
      if (out.effectiveOn) out.why.with("effective", *out.effectiveOn);
      if (p.trigger.within) {
        auto closes = time::add(e.date, *p.trigger.within);
        if (!closes.outOfRange) out.why.with("until", closes.date);
      }
      if (p.trigger.reasonableCure) {
        if (e.cure) {
          out.why.with("cure", *e.cure).with("cureEnded", from);
        } else {
          out.caveat = fact(FactKind::CureNotChecked)
                           .with("event", EventKindRef{e.kind})
                           .with("date", e.date)
                           .with("clause", ClauseRef{p.clause});
        }
      }
      return out;
    }
    out.why = lastWhy;
    return out;
  }
  // A state: <state>_start of X .. <state>_end of X; the power exists from start + period
  // while the state lasts.
  const std::string startKind = p.trigger.event.kind + "_start";
  const std::string endKind = p.trigger.event.kind + "_end";
  Fact lastWhy = fact(FactKind::TriggerNotRecorded)
                     .with("what", fact(FactKind::EventWithOutcome).with("event", EventKindRef{p.trigger.event.kind}))
                     .with("date", date)
                     .with("clause", ClauseRef{p.clause})
                     .with("trigger", triggerFact(p));
  for (std::size_t i = 0; i < history.size(); ++i) {
    const auto& s = history[i];
    if (s.date > date) break;
    if (s.kind != startKind) continue;
    std::optional<time::Date> stateEnd;
    for (std::size_t j = i + 1; j < history.size(); ++j) {
      if (history[j].kind == endKind && history[j].of == s.of) {
        stateEnd = history[j].date;
        break;
      }
    }
    time::Date from = s.date.plusDays(p.trigger.period ? p.trigger.period->days() : 0);
    if (p.trigger.period && p.trigger.period->isCalendar()) from = time::add(s.date, *p.trigger.period).date;
    if (!holderMayUse(p, holder, s.of)) {
      lastWhy = fact(FactKind::CannotUseOnState)
                    .with("party", PartyRef{holder})
                    .with("clause", ClauseRef{p.clause})
                    .with("event", EventKindRef{p.trigger.event.kind})
                    .with("held", heldBy(p));
      if (p.holders.kind == model::Holders::Kind::OtherParty) lastWhy.with("own", 1LL);
      continue;
    }
    if (stateEnd && *stateEnd < from) {
      lastWhy = fact(FactKind::StateEndedEarly)
                    .with("event", EventKindRef{p.trigger.event.kind})
                    .with("party", PartyRef{s.of})
                    .with("from", s.date)
                    .with("ended", *stateEnd)
                    .with("period", *p.trigger.period)
                    .with("clause", ClauseRef{p.clause});
      continue;
    }
    if (from > date) {
      out.activeFrom = from;
      lastWhy = fact(FactKind::StateGivesPowerFrom)
                    .with("event", EventKindRef{p.trigger.event.kind})
                    .with("party", PartyRef{s.of})
                    .with("since", s.date)
                    .with("clause", ClauseRef{p.clause})
                    .with("from", from)
                    .with("period", *p.trigger.period)
                    .with("on", date);
      continue;
    }
    if (stateEnd && *stateEnd <= date) {
      lastWhy = fact(FactKind::StateEnded)
                    .with("event", EventKindRef{p.trigger.event.kind})
                    .with("party", PartyRef{s.of})
                    .with("ended", *stateEnd)
                    .with("clause", ClauseRef{p.clause});
      continue;
    }
    out.active = true;
    out.activeFrom = from;
    out.subject = s.of;
    out.why = fact(FactKind::StateTriggered)
                  .with("event", EventKindRef{p.trigger.event.kind})
                  .with("party", PartyRef{s.of})
                  .with("since", s.date)
                  .with("period", *p.trigger.period)
                  .with("from", from);
    return out;
  }
  out.why = lastWhy;
  return out;
}

}  // namespace agree::runtime
