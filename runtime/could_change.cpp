#include "could_change.h"

#include <algorithm>

#include "cite.h"
#include "evaluation.h"
#include "notice_day.h"
#include "powers.h"
#include "time/period.h"

namespace agree::runtime {

namespace {

std::string holdersText(const model::Holders& h, const model::Agreement& a) {
  switch (h.kind) {
    case model::Holders::Kind::EachParty: return "any party";
    case model::Holders::Kind::AllParties: return "all parties together";
    case model::Holders::Kind::OtherParty: return "the other party";
    case model::Holders::Kind::EventParty: return "the party of the event";
    case model::Holders::Kind::Listed: {
      std::string s;
      for (std::size_t i = 0; i < h.parties.size(); ++i) s += (i ? " or " : "") + partyLabel(a, h.parties[i]);
      for (std::size_t i = 0; i < h.bodies.size(); ++i) s += (s.empty() ? "" : " or ") + partyLabel(a, h.bodies[i]);
      return s;
    }
    case model::Holders::Kind::Decision:
      return h.decision ? partyLabel(a, h.decision->group) + " by a decision (" + h.decision->thresholdText() + ")"
                        : "";
    case model::Holders::Kind::None: return "nobody";
  }
  return "";
}

std::string formSuffix(model::Form f) { return f == model::Form::Any ? "" : " " + formLabel(f); }

}  // namespace

std::vector<PossibleChange> whatCouldChange(const Timeline& t, const std::string& party, Date d) {
  const auto& a = *t.agreement;
  std::vector<PossibleChange> out;
  if (!t.start) return out;
  Date start = *t.start;
  const std::string who = partyLabel(a, party);
  const Membership* m = t.member(party);
  Date from = m && m->from ? *m->from : start;

  if (t.uncertain && d >= t.uncertain->from) {
    // A renewal `if E` needs E during the period it renews, so by the period's last day; an
    // open-ended term's closing event on D itself still changes the answer on D.
    bool renewalCondition = a.renewal && a.renewal->condition == model::Renewal::Condition::If &&
                            a.renewal->event.kind == t.uncertain->event;
    Date latest = renewalCondition ? std::min(d, t.uncertain->from.plusDays(-1)) : d;
    out.push_back(PossibleChange{t.uncertain->event, "", t.uncertain->clause, latest,
                                 "the answer on " + d.iso() + " turns on " +
                                     model::eventKindLabel(a, t.uncertain->event) + ": " + say(t.uncertain->reason, a),
                                 true, std::nullopt, std::nullopt});
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
      out.push_back(PossibleChange{"notice", holdersText(n.by, a), n.clause, *latest,
                                   "a notice" + formSuffix(n.form) + " on or before " + latest->iso() + " by " +
                                       holdersText(n.by, a) + " ends the agreement on " + endsOn.iso() + " (" +
                                       n.calendar->text(n.period) + ", " + art(n.clause) + ")",
                                   true, std::nullopt, std::nullopt});
      continue;
    }
    // A notice at any time needs no term period; one before the term end does.
    if (!n.beforeTermEnd) {
      Date latest = time::latestStartFor(d, n.period);
      if (latest >= from) {
        out.push_back(PossibleChange{"notice", holdersText(n.by, a), n.clause, latest,
                                     "a notice" + formSuffix(n.form) + " on or before " + latest.iso() + " by " +
                                         holdersText(n.by, a) + " ends the agreement by " + d.iso() + " (" +
                                         n.period.text() + " notice, " + art(n.clause) + ")",
                                     true, std::nullopt, std::nullopt});
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
        out.push_back(PossibleChange{
            "notice", holdersText(n.by, a), n.clause, deadline,
            "a notice" + formSuffix(n.form) + " by " + holdersText(n.by, a) + " on or before " + deadline.iso() +
                " would have ended the agreement on " + boundary.iso() + " (" + n.period.text() +
                " before the end of period " + std::to_string(*k - 1) + ", " + art(n.clause) + "); on " + d.iso() +
                " only surviving clauses would then bind " + who + noticeDayNote(day, boundary),
            true, day.safe, day.workingDay});
      }
    }
    bool lastPeriod = t.maxPeriods && *k >= *t.maxPeriods;
    auto shiftedEnd = t.chain->endOf(*k);
    if (!lastPeriod && shiftedEnd.outOfRange) {
      // Refuse, never clamp: the period's end, and so the last day to give notice, is no date.
      out.push_back(PossibleChange{"notice", holdersText(n.by, a), n.clause, std::nullopt,
                                   "the earliest regular end: period " + std::to_string(*k) +
                                       " ends after 9999-12-31, beyond the calendar, so agree gives no date for it "
                                       "nor for the last day to give notice (" +
                                       art(n.clause) + ")",
                                   false, std::nullopt, std::nullopt});
      continue;
    }
    Date periodEnd = shiftedEnd.date;
    if (!lastPeriod && (!t.end || t.end->date > periodEnd)) {
      NoticeDay day = noticeDay(a, periodEnd, n.period);
      Date deadline = day.latest;
      out.push_back(PossibleChange{"notice", holdersText(n.by, a), n.clause, deadline,
                                   "the earliest regular end: the agreement ends on " + periodEnd.iso() +
                                       " if a party gives notice" + formSuffix(n.form) + " on or before " +
                                       deadline.iso() + " (" + art(n.clause) + "); otherwise it renews" +
                                       noticeDayNote(day, periodEnd),
                                   false, day.safe, day.workingDay});
    }
  }

  // A renewal that an event stops ("unless the evaluation is negative").
  if (a.renewal && a.renewal->condition == model::Renewal::Condition::Unless && t.chain) {
    const auto& r = *a.renewal;
    std::string what =
        model::eventKindLabel(a, r.event.kind) + (r.event.outcome.empty() ? "" : " (" + r.event.outcome + ")");
    if (auto k = t.periodAt(d)) {
      if (*k >= 2) {
        Date boundary = t.chain->startOf(*k);
        out.push_back(PossibleChange{
            r.event.kind, "", r.clause, boundary.plusDays(-1),
            "an " + what + " on or before " + boundary.plusDays(-1).iso() + " (in period " + std::to_string(*k - 1) +
                ") would have stopped the renewal, ending the agreement on " + boundary.iso() + " (" + art(r.clause) +
                "); on " + d.iso() + " only surviving clauses would then bind " + who,
            true, std::nullopt, std::nullopt});
      }
      Date periodEnd = t.chain->endOf(*k).date;
      bool lastPeriod = t.maxPeriods && *k >= *t.maxPeriods;
      if (!lastPeriod && (!t.end || t.end->date > periodEnd)) {
        auto [due, dueBasis] = evaluationDue(t, *k);
        out.push_back(PossibleChange{r.event.kind, "", r.clause, periodEnd.plusDays(-1),
                                     "an " + what + " on or before " + periodEnd.plusDays(-1).iso() +
                                         " stops the renewal: the agreement then ends on " + periodEnd.iso() + " (" +
                                         art(r.clause) + "); the " + model::eventKindLabel(a, r.event.kind) +
                                         " for period " + std::to_string(*k) + " is due by " + due.iso() + " (" +
                                         say(dueBasis, a) + ")",
                                     false, std::nullopt, std::nullopt});
      }
    }
  }

  // An event that ends an indefinite term by law.
  if (a.term.kind == model::Term::Kind::Indefinite && !a.term.untilEvent.empty() && (!t.end || t.end->date > d)) {
    std::string whose = a.term.untilEventOf.empty() ? "" : " of " + partyLabel(a, a.term.untilEventOf);
    out.push_back(PossibleChange{a.term.untilEvent, a.term.untilEventOf, a.term.clause, d,
                                 model::eventKindLabel(a, a.term.untilEvent) + whose + " on or before " + d.iso() +
                                     " ends the agreement on that day (" + art(a.term.clause) +
                                     "); only surviving clauses would then bind " + who,
                                 true, std::nullopt, std::nullopt});
  }

  // Powers that could end the agreement, or this party's membership, by D.
  bool anySurvives = false;
  for (const auto& c : a.clauses) anySurvives = anySurvives || c.survival.has_value();
  for (const auto& p : a.powers) {
    using Action = model::Power::Action;
    auto latestUse = latestNoticeFor(p, d);
    if (!latestUse || *latestUse < from) continue;
    Date latest = *latestUse;
    std::string needs;
    if (p.trigger.kind == model::Trigger::Kind::Event) {
      Date eventBy = p.trigger.period ? time::subtract(latest, *p.trigger.period).date : latest;
      if (eventBy < from) continue;
      needs = " after " + model::eventKindLabel(a, p.trigger.event.kind) +
              (p.trigger.event.outcome.empty() ? "" : " (" + p.trigger.event.outcome + ")") + " on or before " +
              eventBy.iso() +
              (p.trigger.reasonableCure
                   ? " and a reasonable period to cure (as long as the " +
                         model::eventKindLabel(a, p.trigger.event.kind) + " gives; the text fixes none)"
                   : "") +
              (p.trigger.within ? ", and within " + p.trigger.within->text() + " after it" : "");
    } else if (p.trigger.kind == model::Trigger::Kind::State) {
      Date stateBy = p.trigger.period->isCalendar() ? time::subtract(latest, *p.trigger.period).date
                                                    : latest.plusDays(-p.trigger.period->days());
      if (stateBy < from) continue;
      needs = " once " + model::eventKindLabel(a, p.trigger.event.kind) + " has lasted " + p.trigger.period->text() +
              " (it must start on or before " + stateBy.iso() + ")";
    }
    std::string how = p.noticeCalendar    ? " with notice of " + noticeText(p)
                      : p.notice          ? " with " + p.notice->text() + " notice"
                      : p.onEffectiveDate ? " taking effect when the " +
                                                model::eventKindLabel(a, p.trigger.event.kind) + " takes effect"
                                          : " with immediate effect";
    std::string act = std::string(model::actionName(p.action));
    std::string effect;
    switch (p.action) {
      case Action::Terminate:
      case Action::Dissolve:
        effect = "ends the agreement by " + d.iso() + "; " + who + " would then be bound only by surviving clauses";
        break;
      case Action::Withdraw:
        effect = p.holders.includes(party) || p.holders.kind == model::Holders::Kind::EachParty
                     ? who + " can withdraw itself; " +
                           (anySurvives ? "from then only its surviving clauses bind it"
                                        : "no clause survives, so from then nothing binds it") +
                           (t.membersOn(d).size() <= 2 ? " (with two parties, a withdrawal ends the agreement)" : "")
                     : "a withdrawal by another party; the agreement ends if fewer than two parties remain";
        break;
      case Action::Expel:
        effect = "the other parties can end the cooperation with " + who +
                 " (with two parties this ends the agreement); from then only surviving clauses bind " + who;
        break;
    }
    out.push_back(PossibleChange{act, holdersText(p.holders, a), p.clause, latest,
                                 act + formSuffix(p.form) + how + " by " + holdersText(p.holders, a) +
                                     " on or before " + latest.iso() + needs + " (" + art(p.clause) + "): " + effect,
                                 true, std::nullopt, std::nullopt});
  }
  return out;
}

}  // namespace agree::runtime
