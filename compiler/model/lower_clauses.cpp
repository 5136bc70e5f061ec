#include <algorithm>

#include "model/lowering.h"

namespace agree::model {

ClauseKind lowerKind(ast::ClauseKind k) {
  switch (k) {
    case ast::ClauseKind::Duty: return ClauseKind::Duty;
    case ast::ClauseKind::Effort: return ClauseKind::Effort;
    case ast::ClauseKind::Prohibition: return ClauseKind::Prohibition;
    case ast::ClauseKind::Permission: return ClauseKind::Permission;
    case ast::ClauseKind::Power: return ClauseKind::Power;
    case ast::ClauseKind::Provision: return ClauseKind::Provision;
  }
  return ClauseKind::Provision;
}

namespace {
// "16.2" belongs to article "16"; "16" to "16"; a quoted id to the article it is written in.
bool belongsTo(const std::string& clause, const std::string& article) {
  if (clause == article) return true;
  return clause.size() > article.size() && clause.compare(0, article.size(), article) == 0 &&
         clause[article.size()] == '.';
}

bool isNumbered(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}
}  // namespace

void Lowering::lowerArticles(const std::vector<const ast::File*>& files, Agreement& out) {
  std::map<std::string, source::Span> articles;
  for (const auto* f : files) {
    for (const auto& a : f->articles) {
      auto [it, fresh] = articles.emplace(a.id.id, a.id.span);
      if (!fresh) {
        sink_
            .error(diag::Code::DuplicateArticle, a.id.span,
                   {"article `" + a.id.id + "` is written twice", "artikel `" + a.id.id + "` staat er twee keer"})
            .secondary.push_back({it->second, {"first written here", "hier de eerste keer"}});
        continue;
      }
      Article article{a.id.id, a.title ? a.title->value : "", a.text ? a.text->value : "", {}};
      for (const auto& c : a.clauses) {
        if (isNumbered(a.id.id) && isNumbered(c.id.id) && !belongsTo(c.id.id, a.id.id)) {
          sink_
              .error(diag::Code::ClauseOutsideArticle, c.id.span,
                     {"clause `" + c.id.id + "` is written inside article `" + a.id.id + "`",
                      "bepaling `" + c.id.id + "` staat in artikel `" + a.id.id + "`"})
              .help = {"move it to its own article, or correct its number",
                       "verplaats haar naar haar eigen artikel, of verbeter haar nummer"};
        }
        auto [cit, cfresh] = clauseSpans_.emplace(c.id.id, c.id.span);
        if (!cfresh) {
          sink_
              .error(diag::Code::DuplicateClause, c.id.span,
                     {"clause `" + c.id.id + "` is written twice", "bepaling `" + c.id.id + "` staat er twee keer"})
              .secondary.push_back({cit->second, {"first written here", "hier de eerste keer"}});
          continue;
        }
        article.clauses.push_back(c.id.id);
        lowerClause(c, a.id.id, out);
      }
      out.articles.push_back(std::move(article));
    }
  }
}

void Lowering::lowerClause(const ast::Clause& written, const std::string& article, Agreement& out) {
  Clause clause;
  const ast::Clause* source = &written;
  if (written.uses) {
    auto x = expandClause(written, clause);
    if (!x) return;
    expanded_.push_back(std::move(*x));
    source = &expanded_.back();
    expandedById_[written.id.id] = source;
  } else {
    reportParamsOutsideTemplate(written);
  }
  const ast::Clause& c = *source;
  clause.id = c.id.id;
  clause.article = article;
  clause.kind = lowerKind(c.kind);
  if (c.holders) clause.holders = resolveHolders(*c.holders, out);
  if (c.counterparty) clause.counterparty = resolveHolders(*c.counterparty, out);
  if (c.text) clause.text = c.text->value;
  for (const auto& n : c.notes) clause.notes.push_back(n.value);
  clause.where = ref(c.id.span);
  for (const auto& r : c.recurrences) clause.schedules.push_back(lowerRecurrence(r));
  if (c.appliesAfterEnd) {
    clause.afterEnd = true;
    if (c.appliesFor) {
      sink_
          .error(diag::Code::ContradictoryTerm, *c.appliesAfterEnd,
                 {"a clause cannot bind only at first and only after the end",
                  "een bepaling kan niet alleen in het begin en alleen na het einde binden"})
          .help = {"keep one `applies`", "houd één `geldt`"};
    }
  }
  for (const auto& w : c.appliesIn) {
    if (auto window = lowerYearWindow(w)) clause.appliesIn.push_back(*window);
  }
  if (!c.appliesIn.empty() && (c.appliesFor || c.appliesAfterEnd)) {
    sink_
        .error(diag::Code::AppliesWindowConflict, c.appliesIn.front().span,
               diag::Text{"a clause that applies in a yearly window cannot also apply only ",
                          "een bepaling die in een jaarlijks venster geldt, kan niet ook alleen "} +
                   (c.appliesFor ? diag::Text{"for a time after the start", "een tijd na de aanvang gelden"}
                                 : diag::Text{"after the end", "na het einde gelden"}))
        .help = {"keep the window, or the other `applies`; a clause for both needs two clauses",
                 "houd het venster, of de andere `geldt`; voor allebei zijn twee bepalingen nodig"};
  }
  if (c.appliesFor) {
    clause.appliesFor = c.appliesFor->value;
    if (!c.appliesFor->value.isCalendar() && !c.appliesFor->value.isDayBased()) {
      sink_.error(diag::Code::UnitNotAllowed, c.appliesFor->span,
                  {"how long a clause applies is counted in days, weeks, months or years",
                   "hoe lang een bepaling geldt, wordt uitgedrukt in dagen, weken, maanden of jaren"});
    }
  }
  auto needKind = [&](const ast::Name& kind) {
    if (knownEventKind(kind.text, out)) return true;
    std::vector<std::string> names;
    for (const auto& k : out.eventKinds) names.push_back(k.id);
    sink_
        .error(diag::Code::UnknownEventKind, kind.span,
               {"no event kind is called `" + kind.text + "`", "er is geen soort gebeurtenis `" + kind.text + "`"})
        .help = suggest(kind.text, names, dutchEventNames(names));
    return false;
  };
  for (const auto& cap : c.caps) {
    if (!needKind(cap.event)) continue;
    if (cap.max < 1) {
      sink_.error(diag::Code::ZeroDuration, cap.span,
                  {"a cap of 0 forbids the event; write a prohibition instead",
                   "een maximum van 0 verbiedt de gebeurtenis; schrijf in plaats daarvan een verbod"});
      continue;
    }
    clause.caps.push_back(Cap{cap.event.text, cap.max, cap.calendarYear});
  }
  for (const auto& inst : c.instances) {
    if (!needKind(inst.startEvent)) continue;
    InstanceRule rule;
    rule.startEvent = inst.startEvent.text;
    const std::string suffix = "_started";
    std::string stem =
        rule.startEvent.size() > suffix.size() &&
                rule.startEvent.compare(rule.startEvent.size() - suffix.size(), suffix.size(), suffix) == 0
            ? rule.startEvent.substr(0, rule.startEvent.size() - suffix.size())
            : rule.startEvent;
    rule.extendEvent = stem + "_extended";
    rule.endEvent = stem + "_ended";
    rule.maxLength = inst.maxLength.value;
    rule.extensions = inst.extensions;
    if (inst.extensionLength) rule.extensionLength = inst.extensionLength->value;
    if (!rule.maxLength.isCalendar() && !rule.maxLength.isDayBased()) {
      sink_.error(diag::Code::UnitNotAllowed, inst.maxLength.span,
                  {"an instance's length is counted in days, weeks, months or years",
                   "de duur van een geval wordt uitgedrukt in dagen, weken, maanden of jaren"});
    }
    clause.instances.push_back(std::move(rule));
  }
  for (const auto& d : c.deadlines) {
    Deadline deadline{};
    deadline.kind = Deadline::Kind::ByDate;
    deadline.rollsForward = d.rollsForward;
    deadline.scheduled = d.scheduled;
    deadline.immediately = d.immediately;
    if (d.immediately) deadline.duration = Duration{0, time::Unit::Day};
    if (d.event && !knownEventKind(d.event->text, out)) {
      sink_
          .error(diag::Code::UnknownEventKind, d.event->span,
                 {"no event kind is called `" + d.event->text + "`",
                  "er is geen soort gebeurtenis `" + d.event->text + "`"})
          .help = suggest(d.event->text, eventNames(out), dutchEventNames(eventNames(out)));
    }
    if (d.event) deadline.event = d.event->text;
    switch (d.kind) {
      case ast::DeadlineRule::Kind::AfterEvent: deadline.kind = Deadline::Kind::AfterEvent; break;
      case ast::DeadlineRule::Kind::BeforeEvent: deadline.kind = Deadline::Kind::BeforeEvent; break;
      case ast::DeadlineRule::Kind::AtEvent: deadline.kind = Deadline::Kind::AtEvent; break;
      case ast::DeadlineRule::Kind::AfterStart: deadline.kind = Deadline::Kind::AfterStart; break;
      case ast::DeadlineRule::Kind::AfterEnd: deadline.kind = Deadline::Kind::AfterEnd; break;
      case ast::DeadlineRule::Kind::BeforeTermEnd: deadline.kind = Deadline::Kind::BeforeTermEnd; break;
      case ast::DeadlineRule::Kind::ByDate: deadline.kind = Deadline::Kind::ByDate; break;
      case ast::DeadlineRule::Kind::BeforeDate: deadline.kind = Deadline::Kind::BeforeDate; break;
    }
    if (d.duration) {
      deadline.duration = d.duration->value;
      if (d.kind == ast::DeadlineRule::Kind::BeforeTermEnd &&
          (d.duration->value.unit == time::Unit::Hour || d.duration->value.unit == time::Unit::WorkingDay)) {
        sink_.error(diag::Code::UnitNotAllowed, d.duration->span,
                    {"a deadline before the term end is counted in days, weeks, months or years",
                     "een termijn vóór het einde van de looptijd wordt uitgedrukt in dagen, weken, maanden of jaren"});
      }
      // Counting back from an event: calendar units only (working days back are not defined here).
      if (d.kind == ast::DeadlineRule::Kind::BeforeEvent && d.duration->value.unit == time::Unit::WorkingDay) {
        sink_.error(diag::Code::UnitNotAllowed, d.duration->span,
                    {"a deadline before an event is counted in hours, days, weeks, months or years",
                     "een termijn vóór een gebeurtenis wordt uitgedrukt in uren, dagen, weken, maanden of jaren"});
      }
      if (d.scheduled && d.duration->value.unit == time::Unit::WorkingDay) {
        sink_
            .error(diag::Code::UnitNotAllowed, d.duration->span,
                   {"a scheduled act is counted in days, weeks, months or years",
                    "een geplande handeling wordt uitgedrukt in dagen, weken, maanden of jaren"})
            .help = {"for \"the 5th working day after\", write a deadline: `deadline within 5 working days after ...`",
                     "schrijf voor \"de 5e werkdag na\" een termijn: `uiterlijk binnen 5 werk dagen na ...`"};
      }
    }
    if (d.earliest) {
      deadline.earliest = d.earliest->value;
      const auto& early = d.earliest->value;
      const auto& late = d.duration->value;
      bool comparable = (early.isCalendar() && late.isCalendar()) || (early.isDayBased() && late.isDayBased());
      if (early.unit == time::Unit::WorkingDay || early.unit == time::Unit::Hour || !comparable) {
        sink_.error(diag::Code::UnitNotAllowed, d.earliest->span,
                    {"both ends of a window are counted in days and weeks, or both in months and years",
                     "beide grenzen van een venster worden uitgedrukt in dagen en weken, of beide in maanden en "
                     "jaren"});
      } else {
        // Before an event the window opens at the longer period; after a moment at the shorter.
        bool before = d.kind == ast::DeadlineRule::Kind::BeforeEvent;
        long long e = early.isCalendar() ? early.months() : early.days();
        long long l = late.isCalendar() ? late.months() : late.days();
        if (before ? e <= l : e >= l) {
          sink_
              .error(diag::Code::WindowReversed, d.span,
                     diag::Text{"the window opens ", "het venster opent "} + durationText(early) +
                         diag::Text{" and closes ", " en sluit "} + durationText(late) +
                         (before ? diag::Text{" before", " ervoor"} : diag::Text{" after", " erna"}) +
                         diag::Text{": it must open earlier than it closes", ": het moet eerder openen dan sluiten"})
              .help =
              before ? diag::Text{"write the longer period first: `between 4 weeks and 2 weeks before event ...` (at "
                                  "the earliest 4 weeks, at the latest 2 weeks before)",
                                  "schrijf de langste termijn eerst: `tussen 4 weken en 2 weken voor gebeurtenis ...` "
                                  "(op zijn vroegst 4 weken, op zijn laatst 2 weken ervoor)"}
                     : diag::Text{"write the shorter period first: `between 3 months and 6 months after ...` (at the "
                                  "earliest 3 months, at the latest 6 months after)",
                                  "schrijf de kortste termijn eerst: `tussen 3 maanden en 6 maanden na ...` (op zijn "
                                  "vroegst 3 maanden, op zijn laatst 6 maanden erna)"};
        }
      }
    }
    if (d.date) deadline.date = d.date->value;
    if (d.period && d.eachSaid) {
      sink_
          .error(diag::Code::SyntaxError, d.span,
                 {"a deadline is before each term end or before the end of one period, not both",
                  "een termijn ligt vóór ieder einde van de looptijd of vóór het einde van één periode, niet allebei"})
          .help = {
          "write `before each term end` or `before term end of period " + std::to_string(d.period->first) + "`",
          "schrijf `voor iedere looptijd einde` of `voor looptijd einde van periode " +
              std::to_string(d.period->first) + "`"};
    }
    if (d.period) {
      if (d.period->first < 1 || d.period->first > 100000) {
        sink_.error(diag::Code::NumberTooLarge, d.period->second,
                    {"term periods are numbered from 1", "de perioden van de looptijd zijn genummerd vanaf 1"});
      }
      deadline.period = d.period->first;
    }
    if (d.kind == ast::DeadlineRule::Kind::BeforeTermEnd && !d.period && !d.eachSaid) {
      unsaidEachPeriod_.emplace_back(clause.id, d.span);
    }
    if (d.rollsForward && d.duration &&
        (d.duration->value.unit == time::Unit::Hour || d.duration->value.unit == time::Unit::WorkingDay)) {
      sink_
          .error(diag::Code::UnitNotAllowed, d.span,
                 {"`or next working day` moves a due day; a deadline in hours or working days has none to move",
                  "`of volgende werk dag` verschuift een vervaldag; een termijn in uren of werkdagen heeft er geen"})
          .help = {"leave `or next working day` out here", "laat `of volgende werk dag` hier weg"};
    }
    clause.deadlines.push_back(std::move(deadline));
  }
  if ((!c.powers.empty() || !c.notices.empty()) && clause.holders.kind == Holders::Kind::None) {
    bool noticeHasBy =
        std::all_of(c.notices.begin(), c.notices.end(), [](const ast::NoticeRule& n) { return !n.by.empty(); });
    if (!c.powers.empty() || !noticeHasBy) {
      sink_
          .error(diag::Code::PowerNeedsHolders, c.id.span,
                 {"clause `" + c.id.id + "` gives a power or a notice right but says nobody holds it",
                  "bepaling `" + c.id.id +
                      "` geeft een bevoegdheid of een recht van opzegging, maar zegt niet wie "
                      "het heeft"})
          .help = {"add `holders each party` (or the parties that hold it)",
                   "voeg `gehouden iedere partij` toe (of de partijen die het hebben)"};
    }
  }
  out.clauses.push_back(std::move(clause));
  lowerTermRules(c, out);
}

namespace {
Recurrence recurrenceOf(ast::Recurrence::Kind k) {
  switch (k) {
    case ast::Recurrence::Kind::Quarterly: return Recurrence::Quarterly;
    case ast::Recurrence::Kind::HalfYearly: return Recurrence::HalfYearly;
    case ast::Recurrence::Kind::Monthly: return Recurrence::Monthly;
    case ast::Recurrence::Kind::Yearly: return Recurrence::Yearly;
    case ast::Recurrence::Kind::TimesPerYear: return Recurrence::TimesPerYear;
  }
  return Recurrence::None;
}
}  // namespace

Schedule Lowering::lowerRecurrence(const ast::Recurrence& r) {
  Schedule clause;
  clause.every = recurrenceOf(r.kind);
  clause.rollsForward = r.rollsForward;
  if (r.kind == ast::Recurrence::Kind::TimesPerYear) {
    clause.timesPerYear = r.times;
    if (r.times < 1 || r.times > 366) {
      sink_.error(diag::Code::NumberTooLarge, r.span,
                  {"at least " + std::to_string(r.times) + " times per year cannot be",
                   "ten minste " + std::to_string(r.times) + " keer per jaar kan niet"});
    }
  }
  using Due = ast::Recurrence::Due;
  switch (r.due) {
    case Due::Unspecified: break;
    case Due::InAdvance: clause.due.kind = RecurrenceDue::Kind::InAdvance; break;
    case Due::ByMonthDay:
    case Due::BeforeMonthDay: {
      clause.due.kind =
          r.due == Due::ByMonthDay ? RecurrenceDue::Kind::ByMonthDay : RecurrenceDue::Kind::BeforeMonthDay;
      unsigned m = static_cast<unsigned>(std::stoi(r.monthDay.substr(2, 2)));
      unsigned d = static_cast<unsigned>(std::stoi(r.monthDay.substr(5, 2)));
      lowerMonthDay(r.monthDay, r.monthDaySpan);
      clause.due.month = m;
      clause.due.day = d;
      clause.due.nextYear = r.nextYear;
      clause.due.previousYear = r.previousYear;
      break;
    }
    case Due::EndOfMonthAfter:
      clause.due.kind = RecurrenceDue::Kind::EndOfMonthAfter;
      clause.due.nthMonth = static_cast<int>(r.nthMonth);
      clause.due.after = recurrenceOf(r.after);
      if (r.nthMonth < 1 || r.nthMonth > 12) {
        sink_.error(diag::Code::NumberTooLarge, r.nthMonthSpan,
                    {"the month after must be between 1 and 12", "de maand erna moet tussen 1 en 12 liggen"});
      }
      break;
    case Due::AfterPeriod: lowerDueAfter(r, clause); break;
  }
  if (r.window) {
    clause.window = lowerYearWindow(*r.window);
    if (r.due != Due::Unspecified) {
      sink_
          .error(diag::Code::WindowWithDue, r.window->span,
                 {"a yearly window already says when each occurrence is due: on the window's last day",
                  "een jaarlijks venster zegt al wanneer het telkens verschuldigd is: op de laatste dag van het "
                  "venster"})
          .help = {"leave out the `due ...`, or the window", "laat `verschuldigd ...` weg, of het venster"};
    }
  }
  if (r.calendarYear) clause.calendarYear = true;
  for (const auto& [q, where] : r.exceptQuarters) {
    if (r.kind != ast::Recurrence::Kind::Quarterly || q < 1 || q > 4) {
      sink_.error(diag::Code::NumberTooLarge, where,
                  {"`except quarter` names quarters 1 to 4 of a quarterly duty",
                   "`behalve kwartaal` noemt kwartalen 1 tot en met 4 van een driemaandelijkse verplichting"});
      continue;
    }
    clause.exceptQuarters.push_back(static_cast<int>(q));
  }
  return clause;
}

void Lowering::lowerDueAfter(const ast::Recurrence& r, Schedule& schedule) {
  using Kind = ast::Recurrence::Kind;
  using Noun = ast::Recurrence::Noun;
  schedule.due.kind = RecurrenceDue::Kind::AfterPeriod;
  schedule.due.afterSaidPeriod = r.noun == Noun::Period;
  if (r.delay) {
    schedule.due.delay = r.delay->value;
    if (r.delay->value.unit == time::Unit::Hour) {
      sink_
          .error(diag::Code::UnitNotAllowed, r.delay->span,
                 {"how long after the period an occurrence is due is counted in days, weeks, months, years or "
                  "working days",
                  "hoe lang na de periode het verschuldigd is, wordt uitgedrukt in dagen, weken, maanden, jaren of "
                  "werkdagen"})
          .help = {"a period ends with a day, not a moment: write days (`due 2 days after month`)",
                   "een periode eindigt met een dag, niet met een tijdstip: schrijf dagen "
                   "(`verschuldigd 2 dagen na maand`)"};
    }
  }
  // The noun must name the recurrence's own period: `quarterly due 6 weeks after quarter`.
  const char* fits = r.kind == Kind::Quarterly    ? "quarter"
                     : r.kind == Kind::Monthly    ? "month"
                     : r.kind == Kind::Yearly     ? "year"
                     : r.kind == Kind::HalfYearly ? "period"
                                                  : nullptr;
  bool ok =
      fits && (r.noun == Noun::Period || (r.noun == Noun::Quarter && r.kind == Kind::Quarterly) ||
               (r.noun == Noun::Month && r.kind == Kind::Monthly) || (r.noun == Noun::Year && r.kind == Kind::Yearly));
  if (!ok) {
    const char* said = r.noun == Noun::Quarter ? "quarter"
                       : r.noun == Noun::Month ? "month"
                       : r.noun == Noun::Year  ? "year"
                                               : "period";
    // The same in Dutch: the keywords of the nouns, the adjective of the recurrence.
    auto dutchNoun = [](const char* noun) -> std::string {
      std::string n = noun ? noun : "";
      return n == "quarter" ? "kwartaal" : n == "month" ? "maand" : n == "year" ? "jaar" : "periode";
    };
    const char* dutchKind = r.kind == Kind::Quarterly    ? "driemaandelijkse"
                            : r.kind == Kind::Monthly    ? "maandelijkse"
                            : r.kind == Kind::Yearly     ? "jaarlijkse"
                            : r.kind == Kind::HalfYearly ? "halfjaarlijkse"
                                                         : "";
    auto& d = sink_.error(
        diag::Code::DueAfterWrongPeriod, r.nounSpan,
        fits ? diag::Text{std::string("a ") + recurrenceName(recurrenceOf(r.kind)) + " duty has no " + said +
                              " to be due after",
                          std::string("een ") + dutchKind + " verplichting heeft geen " + dutchNoun(said) +
                              " waarna zij verschuldigd is"}
             : diag::Text{"\"at least N times\" has no period each act is due after",
                          "bij \"ten minste N keer\" hoort geen periode waarna elke handeling verschuldigd is"});
    d.help = fits ? diag::Text{std::string("write `after ") + fits + "` (or `after period`)",
                               "schrijf `na " + dutchNoun(fits) + "` (of `na periode`)"}
                  : diag::Text{"count the acts per year without `due`, or make it a yearly, quarterly or monthly duty",
                               "tel de handelingen per jaar zonder `verschuldigd`, of maak er een jaarlijkse, "
                               "driemaandelijkse of maandelijkse verplichting van"};
  }
}

std::optional<std::pair<unsigned, unsigned>> Lowering::lowerMonthDay(const std::string& written, source::Span where) {
  unsigned m = static_cast<unsigned>(std::stoi(written.substr(2, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(written.substr(5, 2)));
  // A leap year admits every month-day that any year has (29 February too).
  if (!time::Date::fromYmd(2024, m, d)) {
    sink_
        .error(diag::Code::ImpossibleDate, where,
               {"`" + written + "` is no day of any year", "`" + written + "` is in geen enkel jaar een dag"})
        .help = {"write the month and day as --MM-DD, e.g. --11-01 for 1 November",
                 "schrijf maand en dag als --MM-DD, bijv. --11-01 voor 1 november"};
    return std::nullopt;
  }
  return std::make_pair(m, d);
}

std::optional<YearWindow> Lowering::lowerYearWindow(const ast::YearWindow& w) {
  auto from = lowerMonthDay(w.from, w.fromSpan);
  auto to = lowerMonthDay(w.to, w.toSpan);
  if (!from || !to) return std::nullopt;
  // Three years in four have no 29 February to open on, and no reading of the day after 28
  // February is safer than the other: the writer says which.
  if (from->first == 2 && from->second == 29) {
    sink_
        .error(diag::Code::WindowOpensOnLeapDay, w.fromSpan,
               {"a yearly window cannot open on 29 February: most years have no such day",
                "een jaarlijks venster kan niet op 29 februari openen: de meeste jaren hebben die dag niet"})
        .help = {"open it on --02-28 or --03-01", "laat het openen op --02-28 of --03-01"};
    return std::nullopt;
  }
  return YearWindow{from->first, from->second, to->first, to->second};
}

void Lowering::lowerSurvival(const std::vector<const ast::File*>& files, Agreement& out) {
  std::map<std::string, source::Span> firstSaid;  // clause id -> where its survival was first given
  auto apply = [&](const std::string& target, const ast::SurvivalRule& rule, const std::string& basis,
                   source::Span where) {
    auto it = std::find_if(out.clauses.begin(), out.clauses.end(), [&](const Clause& c) { return c.id == target; });
    if (it == out.clauses.end()) {
      std::vector<std::string> ids;
      for (const auto& c : out.clauses) ids.push_back(c.id);
      sink_
          .error(diag::Code::UnknownClause, where,
                 {"no clause `" + target + "` to survive", "er is geen bepaling `" + target + "` die kan nawerken"})
          .help = suggest(target, ids);
      return;
    }
    std::optional<Duration> period;
    if (rule.period) period = rule.period->value;
    std::string until = rule.untilEvent ? rule.untilEvent->text : "";
    if (rule.untilEvent && !knownEventKind(until, out)) {
      sink_
          .error(diag::Code::UnknownEventKind, rule.untilEvent->span,
                 {"no event kind is called `" + until + "`", "er is geen soort gebeurtenis `" + until + "`"})
          .help = suggest(until, eventNames(out), dutchEventNames(eventNames(out)));
    }
    auto span = [](const std::optional<Duration>& p, const std::string& e) {
      return p            ? diag::Text{"of ", "van "} + durationText(*p)
             : !e.empty() ? diag::Text{"until ", "tot "} + eventKindText(e)
                          : diag::Text{"without end", "zonder einde"};
    };
    if (!it->survival) {
      it->survival = Survival{period, until, {basis}};
      firstSaid.emplace(target, where);
      return;
    }
    if (it->survival->period != period || it->survival->untilEvent != until) {
      auto& d = sink_.error(diag::Code::ConflictingSurvival, where,
                            diag::Text{"clause `" + target + "` is given a survival ",
                                       "bepaling `" + target + "` krijgt een nawerking "} +
                                span(period, until) + diag::Text{", but also ", ", maar ook een nawerking "} +
                                span(it->survival->period, it->survival->untilEvent));
      d.help = {"say once how long it survives", "zeg één keer hoe lang zij nawerkt"};
      if (auto f = firstSaid.find(target); f != firstSaid.end()) {
        d.secondary.push_back(
            {f->second, {"the other survival of `" + target + "`", "de andere nawerking van `" + target + "`"}});
      }
      return;
    }
    if (std::find(it->survival->basis.begin(), it->survival->basis.end(), basis) == it->survival->basis.end()) {
      it->survival->basis.push_back(basis);
    }
  };
  for (const auto* f : files) {
    for (const auto& a : f->articles) {
      for (const auto& written : a.clauses) {
        auto x = expandedById_.find(written.id.id);
        const ast::Clause& c = x != expandedById_.end() ? *x->second : written;
        if (c.survives) apply(c.id.id, *c.survives, c.id.id, c.survives->span);
        for (const auto& rule : c.survivalOf) {
          for (const auto& target : rule.clauses) {
            if (target.isParam()) continue;  // reported as outside a template
            if (target.id == c.id.id) {
              sink_
                  .error(diag::Code::SurvivalOfItself, target.span,
                         {"clause `" + c.id.id + "` names itself in `survival of`",
                          "bepaling `" + c.id.id + "` noemt zichzelf in `nawerking van`"})
                  .help = {"write `survives indefinitely` (or `survives for ...`) for the clause itself",
                           "schrijf voor de bepaling zelf `blijft onbeperkt` (of `blijft gedurende ...`)"};
              continue;
            }
            // An article number stands for all its clauses ("the articles about confidentiality").
            bool expanded = false;
            for (const auto& art : out.articles) {
              if (art.id == target.id && !(art.clauses.size() == 1 && art.clauses[0] == art.id)) {
                for (const auto& id : art.clauses) apply(id, rule, c.id.id, target.span);
                expanded = true;
              }
            }
            if (!expanded) apply(target.id, rule, c.id.id, target.span);
          }
        }
      }
    }
  }
  // A duty after the end binds from the end on: indefinitely, unless a survival says how long.
  for (auto& c : out.clauses) {
    if (c.afterEnd && !c.survival) c.survival = Survival{std::nullopt, "", {c.id}};
  }
}

}  // namespace agree::model
