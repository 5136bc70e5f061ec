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

namespace {
// "March 2026", "maart 2026": the month of a signing known only to the month.
diag::Text monthWords(Date date) {
  static const char* const kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                        "juli",    "augustus", "september", "oktober", "november", "december"};
  unsigned m = date.month();
  return {monthText(date), std::string(m >= 1 && m <= 12 ? kMonths[m - 1] : "?") + " " + std::to_string(date.year())};
}
}  // namespace

void Lowering::checkTriggerWindow(const ast::Trigger& trigger) {
  const Duration& within = trigger.within->value;
  if (within.unit == time::Unit::Hour || within.unit == time::Unit::WorkingDay) {
    sink_.error(diag::Code::UnitNotAllowed, trigger.within->span,
                {"the time to use a power after an event is counted in days, weeks, months or years",
                 "de tijd om een bevoegdheid na een gebeurtenis te gebruiken wordt uitgedrukt in dagen, weken, maanden "
                 "of jaren"});
    return;
  }
  if (!trigger.period) return;
  const Duration& cure = trigger.period->value;
  // Compared only where the units make it certain: days with days, months with months.
  bool shorter = (within.isDayBased() && cure.isDayBased() && within.days() < cure.days()) ||
                 (within.isCalendar() && cure.isCalendar() && within.months() < cure.months());
  if (shorter) {
    auto& d = sink_.error(
        diag::Code::TriggerWindowClosed, trigger.within->span,
        diag::Text{"the power can be used only within ", "de bevoegdheid kan alleen binnen "} + durationText(within) +
            diag::Text{" after the event, but the cure period of ",
                       " na de gebeurtenis worden gebruikt, maar de hersteltermijn van "} +
            durationText(cure) +
            diag::Text{" ends later: it can never be used", " eindigt later: zij kan nooit worden gebruikt"});
    d.secondary.push_back({trigger.period->span, {"the cure period", "de hersteltermijn"}});
    d.help = {"both periods are counted from the event; check which the text means",
              "beide termijnen lopen vanaf de gebeurtenis; ga na wat de tekst bedoelt"};
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
  // The same forms as a file with Dutch keywords writes them (docs/language.md).
  static const std::vector<std::string> dutch = {"schriftelijk", "brief", "aangetekend", "email", "mondeling"};
  auto& d = sink_.error(
      diag::Code::UnknownForm, form->span,
      {"`" + form->text + "` is not a form agree knows", "`" + form->text + "` is geen vorm die agree kent"});
  d.help = suggest(form->text, names, dutch);
  d.notes.push_back({"forms: writing, letter, registered_letter, email, oral",
                     "vormen: schriftelijk, brief, aangetekend, email, mondeling"});
  return std::nullopt;
}

std::optional<EventCondition> Lowering::lowerEventPattern(const ast::EventPattern& p, const Agreement& a) {
  if (!knownEventKind(p.kind.text, a)) {
    auto& d = sink_.error(
        diag::Code::UnknownEventKind, p.kind.span,
        {"no event kind is called `" + p.kind.text + "`", "er is geen soort gebeurtenis `" + p.kind.text + "`"});
    d.help = suggest(p.kind.text, eventNames(a), dutchEventNames(eventNames(a)));
    if (d.help.empty())
      d.help = {"declare it with `event " + p.kind.text + " \"what it means\"`",
                "declareer het met `gebeurtenis " + p.kind.text + " \"wat het betekent\"`"};
    return std::nullopt;
  }
  EventCondition c{p.kind.text, p.outcome ? p.outcome->text : ""};
  if (p.kind.text == "evaluation" && p.outcome && p.outcome->text != "positive" && p.outcome->text != "negative") {
    sink_.error(diag::Code::UnknownOutcome, p.outcome->span,
                {"an evaluation is `positive` or `negative`, not `" + p.outcome->text + "`",
                 "een evaluatie is `positief` of `negatief`, niet `" + p.outcome->text + "`"});
    return std::nullopt;
  }
  return c;
}

void Lowering::lowerTermRules(const ast::Clause& c, Agreement& out) {
  auto contradict = [&](source::Span here, std::optional<source::Span>& first, const diag::Text& what) {
    if (first) {
      sink_
          .error(diag::Code::ContradictoryTerm, here,
                 diag::Text{"the ", "de "} + what +
                     diag::Text{" is fixed a second time", " wordt een tweede keer vastgelegd"})
          .secondary.push_back({*first, {"first fixed here", "hier voor het eerst vastgelegd"}});
      return true;
    }
    first = here;
    return false;
  };
  if (c.start && !contradict(c.start->span, startSpan_, {"start", "aanvang"})) {
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
                       diag::Text{"this start is said to be retroactive, but " + s.date->iso() +
                                      " is not before the signing (",
                                  "deze aanvang is terugwerkend genoemd, maar " + s.date->iso() +
                                      " ligt niet vóór de ondertekening ("} +
                           (out.signedOn ? diag::Text::same(out.signedOn->iso())
                                         : diag::Text{"some day in ", "een dag in "} + monthWords(*out.signedMonth)) +
                           diag::Text::same(")"))
                .help = {"leave `retroactive` out, or check the start date and the `signed` date in the header",
                         "laat `terugwerkend` weg, of controleer de ingangsdatum en de datum bij `ondertekend` in de "
                         "kop"};
          }
        }
        break;
      case ast::StartRule::Kind::OnEvent:
        s.kind = Start::Kind::OnEvent;
        s.event = c.start->event->text;
        if (!knownEventKind(s.event, out)) {
          sink_
              .error(diag::Code::UnknownEventKind, c.start->event->span,
                     {"no event kind is called `" + s.event + "`", "er is geen soort gebeurtenis `" + s.event + "`"})
              .help = suggest(s.event, eventNames(out), dutchEventNames(eventNames(out)));
        }
        break;
    }
    if (c.start->offset) {
      s.offset = c.start->offset->value;
      s.firstDayOf = c.start->firstDayOf;
      if (s.firstDayOf && (s.offset->count < 1 || s.offset->count > 1200)) {
        sink_
            .error(diag::Code::NumberTooLarge, c.start->offset->span,
                   {"the month or year after is counted from 1", "de maand of het jaar erna telt vanaf 1"})
            .help = {"`first day of month 1 after` is the first day of the next month",
                     "`eerste dag van maand 1 na` is de eerste dag van de volgende maand"};
      }
      if (!s.offset->isCalendar() && !s.offset->isDayBased()) {
        sink_
            .error(diag::Code::UnitNotAllowed, c.start->offset->span,
                   {"a start after an event is counted in days, weeks, months or years",
                    "een aanvang na een gebeurtenis wordt uitgedrukt in dagen, weken, maanden of jaren"})
            .help = {"e.g. `start 1 month after event goedkeuring`",
                     "bijv. `aanvang 1 maand na gebeurtenis goedkeuring`"};
      }
    }
    out.start = s;
  }
  if (c.term && !contradict(c.term->span, termSpan_, {"term", "looptijd"})) {
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
                {"`" + c.term->untilEventOf->text + "` is a group; name the one party whose event ends the term",
                 "`" + c.term->untilEventOf->text +
                     "` is een groep; noem de ene partij van wie de gebeurtenis de looptijd beëindigt"});
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
                   {"no event kind is called `" + t.untilEvent + "`",
                    "er is geen soort gebeurtenis `" + t.untilEvent + "`"})
            .help = {"declare it with `event " + t.untilEvent + " \"what it means\"`",
                     "declareer het met `gebeurtenis " + t.untilEvent + " \"wat het betekent\"`"};
      }
    }
    if (t.duration && (t.duration->unit == time::Unit::Hour || t.duration->unit == time::Unit::WorkingDay)) {
      sink_.error(diag::Code::UnitNotAllowed, c.term->duration->span,
                  {"a term is counted in days, weeks, months or years",
                   "een looptijd wordt uitgedrukt in dagen, weken, maanden of jaren"});
    }
    out.term = t;
  }
  if (c.renew && !contradict(c.renew->span, renewSpan_, {"renewal", "verlenging"})) {
    Renewal r;
    r.clause = c.id.id;
    r.every = c.renew->every.value;
    r.maxTimes = c.renew->maxTimes;
    if (r.every.unit == time::Unit::Hour || r.every.unit == time::Unit::WorkingDay) {
      sink_.error(diag::Code::UnitNotAllowed, c.renew->every.span,
                  {"a renewal period is counted in days, weeks, months or years",
                   "een verlengingsperiode wordt uitgedrukt in dagen, weken, maanden of jaren"});
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
                  {"a notice period is counted in days, weeks, months or years",
                   "een opzegtermijn wordt uitgedrukt in dagen, weken, maanden of jaren"});
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
                  {"a notice period against the end of a calendar period is counted in days, weeks, months or years",
                   "een opzegtermijn tegen het einde van een kalenderperiode wordt uitgedrukt in dagen, weken, maanden "
                   "of jaren"});
    }
    power.onEffectiveDate = p.onEffectiveDate;
    if (p.onEffectiveDate && (!p.trigger || p.trigger->kind != ast::Trigger::Kind::Event)) {
      sink_
          .error(diag::Code::EffectiveDateWithoutEvent, p.span,
                 {"`on effective date` needs an event whose effective date it takes: add `when EVENT`",
                  "`op ingang datum` vraagt om een gebeurtenis met een ingangsdatum: voeg `wanneer GEBEURTENIS` toe"})
          .help = {"e.g. `withdraw on effective date when amendment form writing`",
                   "bijv. `uittreden op ingang datum wanneer wijziging vorm schriftelijk`"};
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
                     {"no state is called `" + p.trigger->event.kind.text + "`",
                      "er is geen toestand `" + p.trigger->event.kind.text + "`"})
              .help = {"states that can last: force_majeure", "toestanden die kunnen duren: force_majeure"};
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
    auto& d =
        sink_.error(diag::Code::MissingTerm, headerSpan_,
                    {"the agreement never says how long it runs", "de overeenkomst zegt nergens hoe lang zij loopt"});
    d.help = {"add `term ...` to the clause that fixes the duration (e.g. `term minimum 1 year`, `term indefinite`)",
              "voeg `looptijd ...` toe aan de bepaling die de duur vastlegt (bijv. `looptijd minimaal 1 jaar`, "
              "`looptijd onbepaald`)"};
  }
  if (!startSpan_) {
    sink_
        .error(diag::Code::MissingStart, headerSpan_,
               {"the agreement never says when it starts", "de overeenkomst zegt nergens wanneer zij ingaat"})
        .help = {"add `start on signing` or `start 2025-04-01` to the clause that says so",
                 "voeg `aanvang op ondertekening` of `aanvang 2025-04-01` toe aan de bepaling die dat zegt"};
  }
  // The start date, where the agreement itself fixes it (a date, or signing with a date).
  std::optional<Date> start = out.start.kind == Start::Kind::OnDate      ? out.start.date
                              : out.start.kind == Start::Kind::OnSigning ? out.signedOn
                                                                         : std::nullopt;
  if (start && out.start.offset) start = out.start.after(*start).date;
  if (termSpan_ && t.kind == Term::Kind::Fixed && t.until && start && *t.until <= *start) {
    sink_
        .error(diag::Code::NonPositiveTerm, *termSpan_,
               {"the term ends on " + t.until->iso() + ", not after its start on " + start->iso(),
                "de looptijd eindigt op " + t.until->iso() + ", niet na de aanvang op " + start->iso()})
        .secondary.push_back({*startSpan_, {"the start", "de aanvang"}});
  }
  // Dates past the calendar are refused where they come from, never clamped (DESIGN.md).
  if (start && termSpan_ && t.duration && time::add(*start, *t.duration).outOfRange) {
    sink_
        .error(diag::Code::DateOutOfRange, *termSpan_,
               diag::Text{"a term of ", "een looptijd van "} + durationText(*t.duration) +
                   diag::Text{" from " + start->iso() + " would end after 9999-12-31",
                              " vanaf " + start->iso() + " zou na 9999-12-31 eindigen"})
        .help = {"agree computes dates from 0001-01-01 to 9999-12-31; check the length of the term",
                 "agree rekent met datums van 0001-01-01 tot en met 9999-12-31; controleer de duur van de looptijd"};
  } else if (start && renewSpan_ && out.renewal && out.renewal->maxTimes && (t.duration || t.until)) {
    time::PeriodChain chain{*start, t.duration.value_or(Duration{1, time::Unit::Day}), out.renewal->every, t.until};
    if (chain.endOf(1 + *out.renewal->maxTimes).outOfRange) {
      sink_
          .error(diag::Code::DateOutOfRange, *renewSpan_,
                 {"the last of " + std::to_string(*out.renewal->maxTimes) + " renewals from " + start->iso() +
                      " would end after 9999-12-31",
                  (*out.renewal->maxTimes == 1
                       ? std::string("de verlenging")
                       : "de laatste van " + std::to_string(*out.renewal->maxTimes) + " verlengingen") +
                      " vanaf " + start->iso() + " zou na 9999-12-31 eindigen"})
          .help = {"agree computes dates from 0001-01-01 to 9999-12-31; check the number and length of the renewals",
                   "agree rekent met datums van 0001-01-01 tot en met 9999-12-31; controleer het aantal en de duur "
                   "van de verlengingen"};
    }
  }
  if (renewSpan_) {
    if (t.kind == Term::Kind::Indefinite || t.kind == Term::Kind::OpenEnded) {
      sink_
          .error(diag::Code::RenewalWithoutEnd, *renewSpan_,
                 {"a renewal of a term that has no fixed end", "een verlenging van een looptijd zonder vast einde"})
          .secondary.push_back({*termSpan_, {"the term", "de looptijd"}});
    }
  }
  // A notice before the term end needs a term end, and a period no longer than the periods.
  for (std::size_t i = 0; i < out.notices.size(); ++i) {
    const auto& n = out.notices[i];
    source::Span where = noticeSpans_[i].second;
    if (!n.beforeTermEnd) continue;
    if (t.kind == Term::Kind::Indefinite || t.kind == Term::Kind::OpenEnded) {
      sink_
          .error(diag::Code::NoticeWithoutRenewal, where,
                 {"notice before the term end, but the term has no fixed end",
                  "opzegging vóór het einde van de looptijd, maar de looptijd heeft geen vast einde"})
          .help = {"for an indefinite term write `notice " + n.period.text() + " at any time`, or `notice " +
                       n.period.text() + " before end of calendar year` when it runs against the end of a year",
                   "schrijf bij een looptijd voor onbepaalde tijd `opzegging " + durationCode(n.period).nl +
                       " ten allen tijde`, of `opzegging " + durationCode(n.period).nl +
                       " voor einde van kalender jaar` als de opzegging tegen het einde van een jaar loopt"};
      continue;
    }
    auto tooLong = [&](const Duration& period, const diag::Text& what, source::Span other) {
      if (!time::surelyNotLonger(n.period, period)) {
        sink_
            .error(diag::Code::NoticeLongerThanTerm, where,
                   diag::Text{"the notice period of ", "de opzegtermijn van "} + durationText(n.period) +
                       diag::Text{" is longer than the ", " is langer dan de "} + what + diag::Text{" of ", " van "} +
                       durationText(period))
            .secondary.push_back({other, diag::Text{"the ", "de "} + what});
      }
    };
    if (t.duration) tooLong(*t.duration, {"term", "looptijd"}, *termSpan_);
    if (t.until && start && *t.until > *start && time::subtract(*t.until, n.period).date < *start) {
      sink_
          .error(diag::Code::NoticeLongerThanTerm, where,
                 diag::Text{"the notice period of ", "de opzegtermijn van "} + durationText(n.period) +
                     diag::Text{" is longer than the term from " + start->iso() + " until " + t.until->iso(),
                                " is langer dan de looptijd van " + start->iso() + " tot " + t.until->iso()})
          .secondary.push_back({*termSpan_, {"the term", "de looptijd"}});
    }
    if (out.renewal) tooLong(out.renewal->every, {"renewal period", "verlengingsperiode"}, *renewSpan_);
  }
  // "Uiterlijk zes maanden voor de einddatum": of the first term, or of every renewal? A text
  // about "the end of the first ten years" must not fall due again on each renewal.
  if (out.renewal) {
    for (const auto& [clause, where] : unsaidEachPeriod_) {
      auto& d = sink_.warning(diag::Code::DeadlineEachPeriod, where,
                              {"this deadline falls due before the end of every term period, renewals included",
                               "deze termijn valt vóór het einde van iedere periode van de looptijd, verlengingen "
                               "inbegrepen"});
      d.secondary.push_back({*renewSpan_, {"the term renews here", "hier wordt de looptijd verlengd"}});
      d.help = {"say which: `before each term end`, or `before term end of period 1` for the first term only",
                "zeg welke: `voor iedere looptijd einde`, of `voor looptijd einde van periode 1` voor alleen de eerste "
                "periode"};
    }
  }
}

}  // namespace agree::model
