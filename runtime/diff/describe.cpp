#include "diff/describe.h"

#include "powers.h"
#include "schedule_fact.h"

namespace agree::diff {

using runtime::Fact;
using runtime::fact;
using runtime::FactKind;
using runtime::Verbatim;

namespace {

using K = FactKind;

// Words the user wrote (a name, a note, holders as written); nothing when empty.
Fact text(const std::string& s) { return s.empty() ? Fact() : fact(K::DiffText).with("text", Verbatim{s}); }

Fact yesNo(bool b) { return fact(b ? K::DiffYes : K::DiffNo); }

Fact duration(const std::optional<model::Duration>& d) {
  return d ? fact(K::DiffDuration).with("duration", *d) : Fact();
}

// An event kind: English shows the id the code names it by, Dutch its label.
Fact event(const std::string& id) {
  return fact(K::DiffEvent).with("id", Verbatim{id}).with("event", runtime::EventKindRef{id});
}

Fact withOutcome(Fact f, const model::EventCondition& e) {
  f.with("event", event(e.kind));
  if (!e.outcome.empty()) f.with("outcome", runtime::OutcomeRef{e.outcome});
  return f;
}

// "within 2 weeks", "immediately", or nothing: the length of a deadline.
Fact length(const model::Deadline& d) {
  if (d.immediately) return fact(K::LengthImmediately);
  return d.duration ? fact(K::LengthWithin).with("duration", *d.duration) : Fact();
}

// The items as one list, each after the other (DiffList: "; ", DiffCommaList: ", ").
Fact list(const std::vector<Fact>& items, FactKind kind = K::DiffList) {
  Fact rest;
  for (auto i = items.rbegin(); i != items.rend(); ++i) rest = fact(kind).with("first", *i).with("rest", rest);
  return rest;
}

std::string join(const std::vector<std::string>& items, const char* sep = "; ") {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : sep) + i;
  return s;
}

Fact month(time::Date first) {
  return fact(K::DiffMonth).with("label", Verbatim{first.iso().substr(0, 7)}).with("month", runtime::MonthRef{first});
}

Fact clauseKind(model::ClauseKind k) {
  switch (k) {
    case model::ClauseKind::Duty: return fact(K::DiffDuty);
    case model::ClauseKind::Effort: return fact(K::DiffEffort);
    case model::ClauseKind::Prohibition: return fact(K::DiffProhibition);
    case model::ClauseKind::Permission: return fact(K::DiffPermission);
    case model::ClauseKind::Power: return fact(K::DiffPower);
    case model::ClauseKind::Provision: return fact(K::DiffProvision);
  }
  return Fact();
}

Fact numbered(FactKind kind, std::size_t n) { return fact(kind).with("n", static_cast<long long>(n)); }

Fact deadline(const model::Deadline& d) {
  switch (d.kind) {
    case model::Deadline::Kind::BeforeEvent:
      if (d.earliest) {
        return fact(K::DiffBetweenBefore)
            .with("earliest", duration(d.earliest))
            .with("duration", duration(d.duration))
            .with("event", event(d.event));
      }
      if (d.duration) return fact(K::DiffDurationBefore).with("duration", *d.duration).with("event", event(d.event));
      return fact(K::DiffBeforeEvent).with("event", event(d.event));
    case model::Deadline::Kind::AtEvent: return fact(K::DiffAtEvent).with("event", event(d.event));
    case model::Deadline::Kind::AfterEvent:
      return fact(K::DiffAfterEvent).with("length", length(d)).with("event", event(d.event));
    case model::Deadline::Kind::AfterStart: return fact(K::DiffAfterStart).with("length", length(d));
    case model::Deadline::Kind::AfterEnd: return fact(K::DiffAfterEnd).with("length", length(d));
    case model::Deadline::Kind::BeforeTermEnd:
      if (d.period) {
        return fact(K::DiffBeforePeriodEnd)
            .with("duration", duration(d.duration))
            .with("n", static_cast<long long>(d.period));
      }
      return fact(K::DiffBeforeEachTermEnd).with("duration", duration(d.duration));
    case model::Deadline::Kind::ByDate: return fact(K::DiffByDate).with("date", *d.date);
    case model::Deadline::Kind::BeforeDate: return fact(K::DiffBeforeDate).with("date", *d.date);
  }
  return Fact();
}

// `scheduled 6 months after start`, `scheduled 2026-03-01`: the day it happens.
Fact scheduled(const model::Deadline& d) {
  if (d.date) return fact(K::DiffOnDate).with("date", *d.date);
  if (d.kind == model::Deadline::Kind::AfterStart) return fact(K::DiffAfterStart).with("length", duration(d.duration));
  if (d.kind == model::Deadline::Kind::AfterEnd) return fact(K::DiffAfterEnd).with("length", duration(d.duration));
  return fact(K::DiffAfterEvent).with("length", duration(d.duration)).with("event", event(d.event));
}

Fact start(const model::Start& s) {
  Fact on = event(s.kind == model::Start::Kind::OnSigning ? "signing" : s.event);
  if (s.kind == model::Start::Kind::OnDate) {
    Fact f = fact(K::DiffStartDate).with("date", *s.date);
    if (s.retroactiveSaid) f.with("retroactive", 1LL);
    return f;
  }
  if (s.offset && s.firstDayOf) return fact(K::DiffFirstDayAfter).with("duration", *s.offset).with("event", on);
  if (s.offset) return fact(K::DiffAfterEvent).with("length", duration(s.offset)).with("event", on);
  return fact(K::DiffOnEvent).with("event", on);
}

Fact term(const model::Term& t) {
  if (t.kind == model::Term::Kind::Indefinite) {
    Fact f = fact(K::DiffIndefiniteTerm);
    if (!t.untilEvent.empty()) {
      f.with("until", event(t.untilEvent));
      if (!t.untilEventOf.empty()) f.with("of", Verbatim{t.untilEventOf});
    }
    return f;
  }
  if (t.kind == model::Term::Kind::OpenEnded) {
    return fact(K::DiffOpenEnded).with("duration", duration(t.duration)).with("event", event(t.untilEvent));
  }
  if (t.until) return fact(K::DiffUntilDate).with("date", *t.until);
  if (t.kind == model::Term::Kind::Renewing) return fact(K::DiffMinimum).with("duration", duration(t.duration));
  return duration(t.duration);
}

Fact noticeWhen(const model::NoticeRule& rule) {
  if (rule.calendar) {
    return fact(rule.calendar->rule == model::CalendarAnchor::Rule::BeforeEnd ? K::DiffWhenBeforeCalendarEnd
                                                                              : K::DiffWhenFromCalendarEnd)
        .with("unit", runtime::CalendarUnitRef{rule.calendar->unit});
  }
  return fact(rule.beforeTermEnd ? K::DiffWhenBeforeTermEnd : K::DiffWhenAnyTime);
}

// A recurrence: English shows it as model::scheduleText writes it, Dutch says its fact.
Fact schedule(const model::Schedule& sc) {
  std::string written = model::scheduleText(sc);
  if (written.empty()) return Fact();
  return fact(K::DiffSchedule).with("text", Verbatim{written}).with("schedule", runtime::scheduleFact(sc));
}

// The yearly windows a clause applies in: English as written ("yearly from 15 October to 13
// April of the next year"), with the windows as facts for Dutch.
Fact windows(const std::vector<model::YearWindow>& in) {
  if (in.empty()) return Fact();
  std::string written;
  for (const auto& w : in) written += (written.empty() ? "yearly from " : "; and from ") + w.text();
  Fact list;
  for (auto w = in.rbegin(); w != in.rend(); ++w) {
    Fact one = fact(K::YearWindow)
                   .with("from", runtime::DayOfYear{w->fromMonth, w->fromDay})
                   .with("to", runtime::DayOfYear{w->toMonth, w->toDay});
    if (w->crossesYearEnd()) one.with("nextYear", 1LL);
    list = fact(K::DiffWindowList).with("first", std::move(one)).with("rest", std::move(list));
  }
  return fact(K::DiffWindows).with("text", Verbatim{written}).with("windows", std::move(list));
}

Fact form(model::Form f) { return fact(K::DiffForm).with("name", Verbatim{model::formName(f)}).with("form", f); }

Fact trigger(const model::Trigger& t) {
  if (t.kind == model::Trigger::Kind::Always) return fact(K::DiffAlways);
  if (t.kind == model::Trigger::Kind::Event) {
    Fact f = withOutcome(fact(K::DiffTriggerEvent), t.event);
    if (t.period)
      f.with("cure", *t.period);
    else if (t.reasonableCure)
      f.with("reasonable", 1LL);
    if (t.within) f.with("within", *t.within);
    return f;
  }
  return fact(K::DiffTriggerState).with("event", event(t.event.kind)).with("period", duration(t.period));
}

}  // namespace

Fields describeHeader(const model::Agreement& a) {
  Fact law;
  if (!a.governingLaw.empty() || !a.governingLawArticle.empty()) {
    law = fact(K::DiffGoverningLaw).with("law", Verbatim{a.governingLaw});
    if (!a.governingLawArticle.empty()) law.with("article", Verbatim{a.governingLawArticle});
  }
  Fields f = {{fact(K::DiffFieldTitle), text(a.title)},
              {fact(K::DiffFieldVersion), text(a.version)},
              {fact(K::DiffFieldLanguage), text(a.language)},
              {fact(K::DiffFieldGoverningLaw), law},
              {fact(K::DiffFieldEnforceable), a.enforceable ? yesNo(*a.enforceable) : Fact()},
              {fact(K::DiffFieldSigned), a.signedOn      ? fact(K::DiffDate).with("date", *a.signedOn)
                                         : a.signedMonth ? month(*a.signedMonth)
                                                         : Fact()},
              {fact(K::DiffFieldSignedAt), text(a.signedPlace)},
              {fact(K::DiffFieldCalendar), text(a.calendar)}};
  // Signatures per party: each its own field ("signed by gamma": "2024-03-18 at Gammaveen").
  for (const auto& s : a.signatures) {
    if (s.party.empty()) continue;
    Fact when = s.day ? fact(K::DiffDate).with("date", *s.day) : s.month ? month(*s.month) : Fact();
    Fact value;
    if (when || !s.place.empty()) {
      value = fact(K::DiffSignature).with("when", when);
      if (!s.place.empty()) value.with("place", Verbatim{s.place});
    }
    f.push_back({fact(K::DiffFieldSignedBy).with("id", Verbatim{s.party}), value});
  }
  // One field per preamble line and note, so a changed one shows alone.
  for (std::size_t i = 0; i < a.preamble.size(); ++i)
    f.push_back({numbered(K::DiffFieldPreamble, i + 1), text(a.preamble[i])});
  for (std::size_t i = 0; i < a.notes.size(); ++i) f.push_back({numbered(K::DiffFieldNote, i + 1), text(a.notes[i])});
  return f;
}

Fields describeParty(const model::Agreement& a, const model::Party& p) {
  std::vector<std::string> reps, groups;
  for (const auto& r : p.representatives) reps.push_back(r.name + (r.role.empty() ? "" : ", " + r.role));
  for (const auto& g : a.groups) {
    for (const auto& m : g.members) {
      if (m == p.id) groups.push_back(g.id);
    }
  }
  return {{fact(K::DiffFieldName), text(p.name)},
          {fact(K::DiffFieldShortName), text(p.shortName)},
          {fact(K::DiffFieldSeat), text(p.seat)},
          {fact(K::DiffFieldRegistration), text(p.registration)},
          {fact(K::DiffFieldRepresentatives), text(join(reps))},
          {fact(K::DiffFieldPlaceholder), yesNo(p.placeholder)},
          {fact(K::DiffFieldGroups), text(join(groups, ", "))},
          {fact(K::DiffFieldNotes), text(join(p.notes, " | "))}};
}

Fields describeClause(const model::Agreement& a, const model::Clause& c) {
  Fields f = {{fact(K::DiffFieldKind), clauseKind(c.kind)},
              {fact(K::DiffFieldHolders), text(c.holders.written)},
              {fact(K::DiffFieldCounterparty), text(c.counterparty.written)}};
  Fact uses = fact(K::DiffNone);
  if (!c.templateName.empty()) {
    std::vector<std::string> args;
    for (const auto& [k, v] : c.templateArgs) args.push_back(k + " = " + v);
    uses = text(c.templateName + "(" + join(args, ", ") + ")");
  }
  f.push_back({fact(K::DiffFieldTemplate), uses});
  f.push_back({fact(K::DiffFieldApplies), c.afterEnd     ? fact(K::DiffFromEnd)
                                          : c.appliesFor ? fact(K::DiffFirstAfterStart).with("duration", *c.appliesFor)
                                          : !c.appliesIn.empty() ? windows(c.appliesIn)
                                                                 : fact(K::DiffWholeTerm)});
  Fact survives = yesNo(false);
  if (c.survival) {
    survives = c.survival->period ? fact(K::DiffSurvivesFor).with("duration", *c.survival->period)
               : !c.survival->untilEvent.empty()
                   ? fact(K::DiffSurvivesUntil).with("event", event(c.survival->untilEvent))
                   : fact(K::DiffIndefinitely);
  }
  f.push_back({fact(K::DiffFieldSurvives), survives});
  for (const auto& cap : c.caps) {
    Fact value = fact(K::DiffCap).with("max", static_cast<long long>(cap.max));
    if (cap.calendarYear) value.with("calendar", 1LL);
    f.push_back({fact(K::DiffFieldCap).with("event", event(cap.event)), value});
  }
  for (const auto& in : c.instances) {
    Fact value = fact(K::DiffInstance).with("duration", in.maxLength);
    if (in.extensions) {
      value.with("extensions", static_cast<long long>(in.extensions)).with("extension", duration(in.extensionLength));
    }
    f.push_back({fact(K::DiffFieldEach).with("event", event(in.startEvent)), value});
  }
  for (std::size_t i = 0; i < c.schedules.size(); ++i) {
    f.push_back({c.schedules.size() == 1 ? fact(K::DiffFieldRecurs) : numbered(K::DiffFieldRecurs, i + 1),
                 schedule(c.schedules[i])});
  }
  std::vector<Fact> deadlines, scheduledOnes;
  for (const auto& d : c.deadlines) {
    if (d.scheduled)
      scheduledOnes.push_back(scheduled(d));
    else
      deadlines.push_back(deadline(d));
  }
  if (!deadlines.empty()) f.push_back({fact(K::DiffFieldDeadline), list(deadlines)});
  if (!scheduledOnes.empty()) f.push_back({fact(K::DiffFieldScheduled), list(scheduledOnes)});
  if (a.start.clause == c.id) f.push_back({fact(K::DiffFieldStart), start(a.start)});
  if (a.term.clause == c.id) f.push_back({fact(K::DiffFieldTerm), term(a.term)});
  if (a.renewal && a.renewal->clause == c.id) {
    const auto& r = *a.renewal;
    f.push_back({fact(K::DiffFieldRenewalPeriod), duration(r.every)});
    f.push_back(
        {fact(K::DiffFieldRenewalsAtMost),
         r.maxTimes ? fact(K::DiffCount).with("n", static_cast<long long>(*r.maxTimes)) : fact(K::DiffWithoutLimit)});
    if (r.condition != model::Renewal::Condition::None) {
      f.push_back(
          {fact(K::DiffFieldRenewalCondition),
           withOutcome(fact(r.condition == model::Renewal::Condition::If ? K::DiffIf : K::DiffUnless), r.event)});
    }
  }
  std::size_t n = 0;
  for (const auto& rule : a.notices) {
    if (rule.clause != c.id) continue;
    ++n;
    // The first rule's fields are unnumbered, a second one's "notice period 2".
    auto name = [&](FactKind k) { return n > 1 ? numbered(k, n) : fact(k); };
    f.push_back({name(K::DiffFieldNoticePeriod), duration(rule.period)});
    f.push_back({name(K::DiffFieldNotice), noticeWhen(rule)});
    f.push_back({name(K::DiffFieldNoticeForm), form(rule.form)});
    f.push_back({name(K::DiffFieldNoticeBy), text(rule.by.written)});
  }
  for (const auto& p : a.powers) {
    if (p.clause != c.id) continue;
    runtime::ActRef action{model::actionName(p.action)};
    Fact how = p.notice ? fact(K::DiffWithNotice)
                              .with("notice", p.noticeCalendar ? runtime::calendarNotice(*p.notice, *p.noticeCalendar)
                                                               : duration(p.notice))
               : p.onEffectiveDate ? fact(K::DiffOnEffective)
                                   : fact(K::DiffImmediate);
    f.push_back({fact(K::DiffFieldPower).with("action", action), how});
    f.push_back({fact(K::DiffFieldPowerTrigger).with("action", action), trigger(p.trigger)});
    f.push_back({fact(K::DiffFieldPowerForm).with("action", action), form(p.form)});
  }
  if (a.accession && a.accession->clause == c.id) {
    f.push_back(
        {fact(K::DiffFieldAccession), fact(a.accession->needsConsentOfAll ? K::DiffConsentOfAll : K::DiffAllowed)});
  }
  for (std::size_t i = 0; i < c.notes.size(); ++i) f.push_back({numbered(K::DiffFieldNote, i + 1), text(c.notes[i])});
  return f;
}

}  // namespace agree::diff
