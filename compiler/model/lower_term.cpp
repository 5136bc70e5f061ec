#include <algorithm>

#include "model/lowering.h"
#include "time/period.h"

namespace agree::model {

CalendarAnchor Lowering::lowerCalendarAnchor(const ast::CalendarAnchor& anchor) {
  CalendarAnchor out;
  out.unit = anchor.unit == ast::CalendarAnchor::Unit::Month     ? CalendarAnchor::Unit::Month
             : anchor.unit == ast::CalendarAnchor::Unit::Quarter ? CalendarAnchor::Unit::Quarter
                                                                 : CalendarAnchor::Unit::Year;
  out.rule = anchor.fromEnd ? CalendarAnchor::Rule::FromEnd : CalendarAnchor::Rule::BeforeEnd;
  return out;
}

void Lowering::checkTriggerWindow(const ast::Trigger& trigger) {
  const Duration& within = trigger.within->value;
  if (within.unit == time::Unit::Hour || within.unit == time::Unit::WorkingDay) {
    sink_.error(diag::Code::UnitNotAllowed, trigger.within->span,
                "the time to use a power after an event is counted in days, weeks, months or years");
    return;
  }
  if (!trigger.period) return;
  const Duration& cure = trigger.period->value;
  // Compared only where the units make it certain: days with days, months with months.
  bool shorter = (within.isDayBased() && cure.isDayBased() && within.days() < cure.days()) ||
                 (within.isCalendar() && cure.isCalendar() && within.months() < cure.months());
  if (shorter) {
    auto& d = sink_.error(diag::Code::TriggerWindowClosed, trigger.within->span,
                          "the power can be used only within " + within.text() +
                              " after the event, but the cure "
                              "period of " +
                              cure.text() + " ends later: it can never be used");
    d.secondary.push_back({trigger.period->span, "the cure period"});
    d.help = "both periods are counted from the event; check which the text means";
  }
}

std::optional<Form> Lowering::lowerForm(const std::optional<ast::Name>& form) {
  if (!form) return Form::Any;
  static const std::vector<std::pair<std::string, Form>> forms = {{"writing", Form::Writing},
                                                                  {"letter", Form::Letter},
                                                                  {"registered_letter", Form::RegisteredLetter},
                                                                  {"email", Form::Email},
                                                                  {"oral", Form::Oral}};
  for (const auto& [n, f] : forms) {
    if (n == form->text) return f;
  }
  std::vector<std::string> names;
  for (const auto& [n, f] : forms) names.push_back(n);
  auto& d = sink_.error(diag::Code::UnknownForm, form->span, "`" + form->text + "` is not a form agree knows");
  d.help = suggest(form->text, names);
  d.notes.push_back("forms: writing, letter, registered_letter, email, oral");
  return std::nullopt;
}

std::optional<EventCondition> Lowering::lowerEventPattern(const ast::EventPattern& p, const Agreement& a) {
  if (!knownEventKind(p.kind.text, a)) {
    auto& d = sink_.error(diag::Code::UnknownEventKind, p.kind.span, "no event kind is called `" + p.kind.text + "`");
    d.help = suggest(p.kind.text, eventNames(a));
    if (d.help.empty()) d.help = "declare it with `event " + p.kind.text + " \"what it means\"`";
    return std::nullopt;
  }
  EventCondition c{p.kind.text, p.outcome ? p.outcome->text : ""};
  if (p.kind.text == "evaluation" && p.outcome && p.outcome->text != "positive" && p.outcome->text != "negative") {
    sink_.error(diag::Code::UnknownOutcome, p.outcome->span,
                "an evaluation is `positive` or `negative`, not `" + p.outcome->text + "`");
    return std::nullopt;
  }
  return c;
}

void Lowering::lowerTermRules(const ast::Clause& c, Agreement& out) {
  auto contradict = [&](source::Span here, std::optional<source::Span>& first, const char* what) {
    if (first) {
      sink_.error(diag::Code::ContradictoryTerm, here, std::string("the ") + what + " is fixed a second time")
          .secondary.push_back({*first, "first fixed here"});
      return true;
    }
    first = here;
    return false;
  };
  if (c.start && !contradict(c.start->span, startSpan_, "start")) {
    Start s;
    s.clause = c.id.id;
    switch (c.start->kind) {
      case ast::StartRule::Kind::OnSigning: s.kind = Start::Kind::OnSigning; break;
      case ast::StartRule::Kind::OnDate:
        s.kind = Start::Kind::OnDate;
        if (c.start->date) s.date = c.start->date->value;
        s.retroactiveSaid = c.start->retroactive;
        // "met terugwerkende kracht tot": said so, it must lie before the signing (the whole
        // month, when only the month of the signing is known).
        if (c.start->retroactive && s.date && (out.signedOn || out.signedMonth)) {
          bool before = out.signedOn ? *s.date < *out.signedOn : *s.date < *out.signedMonth;
          if (!before) {
            sink_
                .error(diag::Code::RetroactiveNotBeforeSigning, c.start->span,
                       "this start is said to be retroactive, but " + s.date->iso() + " is not before the signing (" +
                           (out.signedOn ? out.signedOn->iso() : "some day in " + monthText(*out.signedMonth)) + ")")
                .help = "leave `retroactive` out, or check the start date and the `signed` date in the header";
          }
        }
        break;
      case ast::StartRule::Kind::OnEvent:
        s.kind = Start::Kind::OnEvent;
        s.event = c.start->event->text;
        if (!knownEventKind(s.event, out)) {
          sink_.error(diag::Code::UnknownEventKind, c.start->event->span, "no event kind is called `" + s.event + "`")
              .help = suggest(s.event, eventNames(out));
        }
        break;
    }
    if (c.start->offset) {
      s.offset = c.start->offset->value;
      s.firstDayOf = c.start->firstDayOf;
      if (s.firstDayOf && (s.offset->count < 1 || s.offset->count > 1200)) {
        sink_.error(diag::Code::NumberTooLarge, c.start->offset->span, "the month or year after is counted from 1")
            .help = "`first day of month 1 after` is the first day of the next month";
      }
      if (!s.offset->isCalendar() && !s.offset->isDayBased()) {
        sink_
            .error(diag::Code::UnitNotAllowed, c.start->offset->span,
                   "a start after an event is counted in days, weeks, months or years")
            .help = "e.g. `start 1 month after event goedkeuring`";
      }
    }
    out.start = s;
  }
  if (c.term && !contradict(c.term->span, termSpan_, "term")) {
    Term t;
    t.clause = c.id.id;
    if (c.term->duration) t.duration = c.term->duration->value;
    switch (c.term->kind) {
      case ast::TermRule::Kind::Minimum:
        t.kind = c.term->untilEvent ? Term::Kind::OpenEnded : Term::Kind::Renewing;
        break;
      case ast::TermRule::Kind::Fixed: t.kind = Term::Kind::Fixed; break;
      case ast::TermRule::Kind::Until:
        t.kind = Term::Kind::Fixed;
        if (c.term->until) t.until = c.term->until->value;
        break;
      case ast::TermRule::Kind::Indefinite:
        t.kind = Term::Kind::Indefinite;
        if (c.term->untilEventOf) {
          std::vector<std::string> ids;
          if (resolvePartyName(*c.term->untilEventOf, out, ids) && ids.size() == 1) {
            t.untilEventOf = ids[0];
          } else if (ids.size() > 1) {
            sink_.error(
                diag::Code::UnknownParty, c.term->untilEventOf->span,
                "`" + c.term->untilEventOf->text + "` is a group; name the one party whose event ends the term");
          }
        }
        break;
    }
    // The event that closes an open-ended or indefinite term.
    if (c.term->untilEvent) {
      t.untilEvent = c.term->untilEvent->text;
      if (!knownEventKind(t.untilEvent, out)) {
        sink_
            .error(diag::Code::UnknownEventKind, c.term->untilEvent->span,
                   "no event kind is called `" + t.untilEvent + "`")
            .help = "declare it with `event " + t.untilEvent + " \"what it means\"`";
      }
    }
    if (t.duration && (t.duration->unit == time::Unit::Hour || t.duration->unit == time::Unit::WorkingDay)) {
      sink_.error(diag::Code::UnitNotAllowed, c.term->duration->span,
                  "a term is counted in days, weeks, months or years");
    }
    out.term = t;
  }
  if (c.renew && !contradict(c.renew->span, renewSpan_, "renewal")) {
    Renewal r;
    r.clause = c.id.id;
    r.every = c.renew->every.value;
    r.maxTimes = c.renew->maxTimes;
    if (r.every.unit == time::Unit::Hour || r.every.unit == time::Unit::WorkingDay) {
      sink_.error(diag::Code::UnitNotAllowed, c.renew->every.span,
                  "a renewal period is counted in days, weeks, months or years");
    }
    if (c.renew->event) {
      r.condition =
          c.renew->condition == ast::RenewRule::Condition::If ? Renewal::Condition::If : Renewal::Condition::Unless;
      if (auto e = lowerEventPattern(*c.renew->event, out)) r.event = *e;
    }
    out.renewal = r;
  }
  // Resolved once, by lowerClause, which has just added this clause.
  const Holders clauseHolders = out.clauses.back().holders;
  for (const auto& n : c.notices) {
    NoticeRule rule;
    rule.clause = c.id.id;
    rule.period = n.period.value;
    rule.beforeTermEnd = n.beforeTermEnd;
    if (n.calendar) rule.calendar = lowerCalendarAnchor(*n.calendar);
    rule.by = n.by.empty() ? clauseHolders : resolveHolders(n.by, out);
    if (auto f = lowerForm(n.form)) rule.form = *f;
    if (rule.period.unit == time::Unit::Hour || rule.period.unit == time::Unit::WorkingDay) {
      sink_.error(diag::Code::UnitNotAllowed, n.period.span,
                  "a notice period is counted in days, weeks, months or years");
    }
    noticeSpans_.emplace_back(c.id.id, n.period.span);
    out.notices.push_back(std::move(rule));
  }
  for (const auto& p : c.powers) {
    Power power;
    power.clause = c.id.id;
    power.action = p.action == ast::PowerRule::Action::Terminate  ? Power::Action::Terminate
                   : p.action == ast::PowerRule::Action::Dissolve ? Power::Action::Dissolve
                   : p.action == ast::PowerRule::Action::Withdraw ? Power::Action::Withdraw
                                                                  : Power::Action::Expel;
    if (p.notice) power.notice = p.notice->value;
    if (p.noticeCalendar) power.noticeCalendar = lowerCalendarAnchor(*p.noticeCalendar);
    if (p.notice && (p.notice->value.unit == time::Unit::Hour || p.notice->value.unit == time::Unit::WorkingDay) &&
        p.noticeCalendar) {
      sink_.error(diag::Code::UnitNotAllowed, p.notice->span,
                  "a notice period against the end of a calendar period is counted in days, weeks, months or years");
    }
    power.onEffectiveDate = p.onEffectiveDate;
    if (p.onEffectiveDate && (!p.trigger || p.trigger->kind != ast::Trigger::Kind::Event)) {
      sink_
          .error(diag::Code::EffectiveDateWithoutEvent, p.span,
                 "`on effective date` needs an event whose effective date it takes: add `when EVENT`")
          .help = "e.g. `withdraw on effective date when amendment form writing`";
    }
    power.holders = clauseHolders;
    if (auto f = lowerForm(p.form)) power.form = *f;
    if (p.trigger) {
      if (p.trigger->kind == ast::Trigger::Kind::State) {
        power.trigger.kind = Trigger::Kind::State;
        const auto& states = builtInStates();
        if (std::find(states.begin(), states.end(), p.trigger->event.kind.text) == states.end()) {
          sink_
              .error(diag::Code::UnknownEventKind, p.trigger->event.kind.span,
                     "no state is called `" + p.trigger->event.kind.text + "`")
              .help = "states that can last: force_majeure";
        }
        power.trigger.event.kind = p.trigger->event.kind.text;
      } else {
        power.trigger.kind = Trigger::Kind::Event;
        if (auto e = lowerEventPattern(p.trigger->event, out)) power.trigger.event = *e;
      }
      if (p.trigger->period) power.trigger.period = p.trigger->period->value;
      power.trigger.reasonableCure = p.trigger->reasonableCure;
      if (p.trigger->within) {
        power.trigger.within = p.trigger->within->value;
        checkTriggerWindow(*p.trigger);
      }
    }
    out.powers.push_back(std::move(power));
  }
  if (c.accession) out.accession = Accession{c.id.id, c.accession->needsConsentOfAll};
}

void Lowering::checkTerm(Agreement& out) {
  const auto& t = out.term;
  if (!termSpan_) {
    auto& d = sink_.error(diag::Code::MissingTerm, headerSpan_, "the agreement never says how long it runs");
    d.help = "add `term ...` to the clause that fixes the duration (e.g. `term minimum 1 year`, `term indefinite`)";
  }
  if (!startSpan_) {
    sink_.error(diag::Code::MissingStart, headerSpan_, "the agreement never says when it starts").help =
        "add `start on signing` or `start 2025-04-01` to the clause that says so";
  }
  // The start date, where the agreement itself fixes it (a date, or signing with a date).
  std::optional<Date> start = out.start.kind == Start::Kind::OnDate      ? out.start.date
                              : out.start.kind == Start::Kind::OnSigning ? out.signedOn
                                                                         : std::nullopt;
  if (start && out.start.offset) start = out.start.after(*start).date;
  if (termSpan_ && t.kind == Term::Kind::Fixed && t.until && start && *t.until <= *start) {
    sink_
        .error(diag::Code::NonPositiveTerm, *termSpan_,
               "the term ends on " + t.until->iso() + ", not after its start on " + start->iso())
        .secondary.push_back({*startSpan_, "the start"});
  }
  // Dates past the calendar are refused where they come from, never clamped (DESIGN.md).
  if (start && termSpan_ && t.duration && time::add(*start, *t.duration).outOfRange) {
    sink_
        .error(diag::Code::DateOutOfRange, *termSpan_,
               "a term of " + t.duration->text() + " from " + start->iso() + " would end after 9999-12-31")
        .help = "agree computes dates from 0001-01-01 to 9999-12-31; check the length of the term";
  } else if (start && renewSpan_ && out.renewal && out.renewal->maxTimes && (t.duration || t.until)) {
    time::PeriodChain chain{*start, t.duration.value_or(Duration{1, time::Unit::Day}), out.renewal->every, t.until};
    if (chain.endOf(1 + *out.renewal->maxTimes).outOfRange) {
      sink_
          .error(diag::Code::DateOutOfRange, *renewSpan_,
                 "the last of " + std::to_string(*out.renewal->maxTimes) + " renewals from " + start->iso() +
                     " would end after 9999-12-31")
          .help = "agree computes dates from 0001-01-01 to 9999-12-31; check the number and length of the renewals";
    }
  }
  if (renewSpan_) {
    if (t.kind == Term::Kind::Indefinite || t.kind == Term::Kind::OpenEnded) {
      sink_.error(diag::Code::RenewalWithoutEnd, *renewSpan_, "a renewal of a term that has no fixed end")
          .secondary.push_back({*termSpan_, "the term"});
    }
  }
  // A notice before the term end needs a term end, and a period no longer than the periods.
  for (std::size_t i = 0; i < out.notices.size(); ++i) {
    const auto& n = out.notices[i];
    source::Span where = noticeSpans_[i].second;
    if (!n.beforeTermEnd) continue;
    if (t.kind == Term::Kind::Indefinite || t.kind == Term::Kind::OpenEnded) {
      sink_.error(diag::Code::NoticeWithoutRenewal, where, "notice before the term end, but the term has no fixed end")
          .help = "for an indefinite term write `notice " + n.period.text() + " at any time`, or `notice " +
                  n.period.text() + " before end of calendar year` when it runs against the end of a year";
      continue;
    }
    auto tooLong = [&](const Duration& period, const char* what, source::Span other) {
      if (!time::surelyNotLonger(n.period, period)) {
        sink_
            .error(diag::Code::NoticeLongerThanTerm, where,
                   "the notice period of " + n.period.text() + " is longer than the " + what + " of " + period.text())
            .secondary.push_back({other, std::string("the ") + what});
      }
    };
    if (t.duration) tooLong(*t.duration, "term", *termSpan_);
    if (t.until && start && *t.until > *start && time::subtract(*t.until, n.period).date < *start) {
      sink_
          .error(diag::Code::NoticeLongerThanTerm, where,
                 "the notice period of " + n.period.text() + " is longer than the term from " + start->iso() +
                     " until " + t.until->iso())
          .secondary.push_back({*termSpan_, "the term"});
    }
    if (out.renewal) tooLong(out.renewal->every, "renewal period", *renewSpan_);
  }
  // "Uiterlijk zes maanden voor de einddatum": of the first term, or of every renewal? A text
  // about "the end of the first ten years" must not fall due again on each renewal.
  if (out.renewal) {
    for (const auto& [clause, where] : unsaidEachPeriod_) {
      auto& d = sink_.warning(diag::Code::DeadlineEachPeriod, where,
                              "this deadline falls due before the end of every term period, renewals included");
      d.secondary.push_back({*renewSpan_, "the term renews here"});
      d.help = "say which: `before each term end`, or `before term end of period 1` for the first term only";
    }
  }
}

}  // namespace agree::model
