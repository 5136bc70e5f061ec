#include "powers.h"

#include "cite.h"
#include "time/period.h"

namespace agree::runtime {

using model::Event;
using model::Power;
using model::Trigger;

std::string describeTrigger(const Power& p, const model::Agreement& a) {
  switch (p.trigger.kind) {
    case Trigger::Kind::Always: return "at any time";
    case Trigger::Kind::Event: {
      const std::string kind = model::eventKindLabel(a, p.trigger.event.kind);
      bool vowel = !kind.empty() && std::string("aeiou").find(kind[0]) != std::string::npos;
      std::string s = (vowel ? "after an " : "after a ") + kind;
      if (!p.trigger.event.outcome.empty()) s += " (" + p.trigger.event.outcome + ")";
      if (p.trigger.period) s += " and a cure period of " + p.trigger.period->text();
      if (p.trigger.reasonableCure) s += " and a reasonable period to cure";
      if (p.trigger.within) s += ", within " + p.trigger.within->text() + " after it";
      return s;
    }
    case Trigger::Kind::State:
      return "when " + model::eventKindLabel(a, p.trigger.event.kind) + " has lasted " +
             (p.trigger.period ? p.trigger.period->text() : "");
  }
  return "";
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

namespace {
// Why `holder` may not use the power: said by who does hold it.
std::string heldBy(const Power& p) {
  if (p.holders.kind == model::Holders::Kind::OtherParty) return "only the other party can";
  return "it is held by " + p.holders.written;
}

bool holderMayUse(const Power& p, const std::string& holder, const std::string& subject) {
  if (p.holders.kind == model::Holders::Kind::OtherParty) return !holder.empty() && holder != subject;
  return p.holders.mayAct(holder);
}
}  // namespace

PowerAvailability powerAvailableOn(const Power& p, const std::string& holder, time::Date date,
                                   const std::vector<Event>& history, const model::Agreement& a) {
  PowerAvailability out;
  if (p.trigger.kind == Trigger::Kind::Always) {
    out.active = holderMayUse(p, holder, "");
    out.why =
        out.active
            ? ""
            : partyLabel(a, holder) + " does not hold the power of " + art(p.clause) +
                  (p.holders.kind == model::Holders::Kind::Decision ? ": it is used by " + p.holders.written : "");
    return out;
  }
  if (p.trigger.kind == Trigger::Kind::Event) {
    std::string lastWhy = "no " + model::eventKindLabel(a, p.trigger.event.kind) +
                          (p.trigger.event.outcome.empty() ? "" : " (" + p.trigger.event.outcome + ")") +
                          " is recorded on or before " + date.iso() + "; " + art(p.clause) + " applies only " +
                          describeTrigger(p, a);
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
        lastWhy = partyLabel(a, holder) + " cannot use " + art(p.clause) + " on the " +
                  model::eventKindLabel(a, e.kind) + " of " + partyLabel(a, subject) + " (" + heldBy(p) + ")";
        continue;
      }
      if (from > date) {
        out.activeFrom = from;
        lastWhy = art(p.clause) + " can be used from " + from.iso() + " (" + model::eventKindLabel(a, e.kind) + " on " +
                  e.date.iso() + " + cure period of " + cure->text() +
                  (p.trigger.reasonableCure ? ", the reasonable period it gave" : "") + "), not on " + date.iso();
        continue;
      }
      if (p.trigger.within) {
        // "binnen drie maanden na de ontvangst": the last day is the event's date + the period.
        auto closes = time::add(e.date, *p.trigger.within);
        if (!closes.outOfRange && closes.date < date) {
          lastWhy = art(p.clause) + " could be used only within " + p.trigger.within->text() + " after the " +
                    model::eventKindLabel(a, e.kind) + " of " + e.date.iso() + ", up to " + closes.date.iso() +
                    "; not on " + date.iso();
          continue;
        }
      }
      if (p.onEffectiveDate) {
        // "met ingang van het tijdstip waarop het gewijzigde Convenant van kracht wordt": used
        // on or before that moment, it takes effect then; afterwards there is nothing to leave.
        time::Date takesEffect = e.effective.value_or(e.date);
        if (takesEffect < date) {
          lastWhy = art(p.clause) + " takes effect when the " + model::eventKindLabel(a, e.kind) + " of " +
                    e.date.iso() + " takes effect, on " + takesEffect.iso() + "; on " + date.iso() +
                    " that moment has passed";
          continue;
        }
        out.effectiveOn = takesEffect;
      }
      out.active = true;
      out.activeFrom = from;
      out.subject = subject;
      out.why = model::eventKindLabel(a, e.kind) + " on " + e.date.iso() +
                (out.effectiveOn ? ", taking effect on " + out.effectiveOn->iso() : std::string());
      if (p.trigger.within) {
        auto closes = time::add(e.date, *p.trigger.within);
        if (!closes.outOfRange) out.why += ", usable up to " + closes.date.iso();
      }
      if (p.trigger.reasonableCure) {
        if (e.cure) {
          out.why += ", and the reasonable period to cure of " + e.cure->text() + " it gave ended on " + from.iso();
        } else {
          out.caveat = "the reasonable period to cure after the " + model::eventKindLabel(a, e.kind) + " of " +
                       e.date.iso() + " (" + art(p.clause) + ") has no length in the text or in the " +
                       model::eventKindLabel(a, e.kind) + ", so whether it had passed was not checked";
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
  std::string lastWhy = "no " + model::eventKindLabel(a, p.trigger.event.kind) + " is recorded on or before " +
                        date.iso() + "; " + art(p.clause) + " applies only " + describeTrigger(p, a);
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
      lastWhy = partyLabel(a, holder) + " cannot use " + art(p.clause) + " on " +
                (p.holders.kind == model::Holders::Kind::OtherParty ? "its own " : "the ") +
                model::eventKindLabel(a, p.trigger.event.kind) + "; " + heldBy(p);
      continue;
    }
    if (stateEnd && *stateEnd < from) {
      lastWhy = model::eventKindLabel(a, p.trigger.event.kind) + " of " + partyLabel(a, s.of) + " from " +
                s.date.iso() + " ended on " + stateEnd->iso() + ", before it had lasted " + p.trigger.period->text() +
                " (" + art(p.clause) + ")";
      continue;
    }
    if (from > date) {
      out.activeFrom = from;
      lastWhy = model::eventKindLabel(a, p.trigger.event.kind) + " of " + partyLabel(a, s.of) + " since " +
                s.date.iso() + " gives the power of " + art(p.clause) + " from " + from.iso() + " (after " +
                p.trigger.period->text() + "), not on " + date.iso();
      continue;
    }
    if (stateEnd && *stateEnd <= date) {
      lastWhy = model::eventKindLabel(a, p.trigger.event.kind) + " of " + partyLabel(a, s.of) + " ended on " +
                stateEnd->iso() + "; the power of " + art(p.clause) + " lasted only while it did";
      continue;
    }
    out.active = true;
    out.activeFrom = from;
    out.subject = s.of;
    out.why = model::eventKindLabel(a, p.trigger.event.kind) + " of " + partyLabel(a, s.of) + " since " + s.date.iso() +
              ", " + p.trigger.period->text() + " on " + from.iso();
    return out;
  }
  out.why = lastWhy;
  return out;
}

}  // namespace agree::runtime
