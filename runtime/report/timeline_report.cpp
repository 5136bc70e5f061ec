#include <fmt/format.h>

#include "cite.h"
#include "input_limits.h"
#include "deadlines.h"
#include "notice_day.h"
#include "report/fact_json.h"
#include "report/report.h"
#include "words/calendar_words.h"
#include "words/say.h"
#include "source/printable.h"

namespace agree::runtime {

using json = nlohmann::ordered_json;

namespace {

constexpr long long kDefaultPeriods = 10;
using limits::kMaxListedPeriods;  // a listing never runs unbounded

// An open-ended term has no periods: its minimum term [start, start + minimum), after which it
// lasts until its closing event.
std::optional<std::pair<Date, Date>> minimumTerm(const Timeline& t) {
  const auto& term = t.agreement->term;
  if (term.kind != model::Term::Kind::OpenEnded || !t.start || !term.duration) return std::nullopt;
  return std::make_pair(*t.start, time::add(*t.start, *term.duration).date);
}

// The periods to list: 1..last, bounded by the end, the horizon and kMaxListedPeriods.
// The last period the horizon, the end and the term allow, before the listing limit.
long long wantedLastPeriod(const Timeline& t, Date until) {
  if (!t.chain) return 0;
  long long last = 1;
  if (auto n = t.chain->indexContaining(until.plusDays(-1))) last = *n;
  if (t.maxPeriods && last > *t.maxPeriods) last = *t.maxPeriods;
  if (t.end) {
    if (auto n = t.chain->indexContaining(t.end->date.plusDays(-1)); n && *n < last) last = *n;
  }
  return last;
}

// Periods that end after 9999-12-31 are not listed: they have no end to show.
long long lastListedPeriod(const Timeline& t, Date until) {
  long long last = std::min(wantedLastPeriod(t, until), kMaxListedPeriods);
  while (last > 0 && t.chain->endOf(last).outOfRange) --last;
  return last;
}

bool truncated(const Timeline& t, Date until) { return wantedLastPeriod(t, until) > kMaxListedPeriods; }

std::string truncationWarning() {
  return fmt::format("warning[AGR0601]: only the first {} periods are listed; ask with an earlier --until",
                     kMaxListedPeriods);
}

Fact renewalFact(const model::Agreement& a) {
  if (!a.renewal) return {};
  const auto& r = *a.renewal;
  Fact f = fact(FactKind::RenewalRule).with("every", r.every).with("clause", ClauseRef{r.clause});
  if (r.maxTimes) f.with("max", *r.maxTimes);
  if (r.condition != model::Renewal::Condition::None) {
    f.with(r.condition == model::Renewal::Condition::If ? "if" : "unless", 1LL)
        .with("event", EventKindRef{r.event.kind});
    if (!r.event.outcome.empty()) f.with("outcome", OutcomeRef{r.event.outcome});
  }
  return f;
}

Fact termFact(const model::Agreement& a) {
  const auto& t = a.term;
  switch (t.kind) {
    case model::Term::Kind::Indefinite:
      if (!t.untilEvent.empty()) {
        Fact f = fact(FactKind::TermIndefiniteUntil)
                     .with("event", EventKindRef{t.untilEvent})
                     .with("clause", ClauseRef{t.clause});
        // English has always named the party by its id; Dutch names it as answers do.
        if (!t.untilEventOf.empty()) f.with("of", Verbatim{t.untilEventOf}).with("ofParty", PartyRef{t.untilEventOf});
        return f;
      }
      return fact(FactKind::TermIndefinite).with("clause", ClauseRef{t.clause});
    case model::Term::Kind::OpenEnded:
      return fact(FactKind::TermOpenEnded)
          .with("duration", *t.duration)
          .with("event", EventKindRef{t.untilEvent})
          .with("clause", ClauseRef{t.clause});
    case model::Term::Kind::Fixed:
    case model::Term::Kind::Renewing: {
      Fact f = t.until ? fact(FactKind::TermUntilDate).with("date", *t.until)
                       : fact(FactKind::TermFor).with("duration", *t.duration);
      if (!t.until && t.kind == model::Term::Kind::Renewing) f.with("minimum", 1LL);
      return std::move(f).with("clause", ClauseRef{t.clause}).with("renewal", renewalFact(a));
    }
  }
  return {};
}

Fact whenFact(const model::NoticeRule& n) {
  if (n.calendar) {
    return fact(n.calendar->rule == model::CalendarAnchor::Rule::BeforeEnd ? FactKind::WhenBeforeCalendarEnd
                                                                           : FactKind::WhenFromCalendarEnd)
        .with("unit", CalendarUnitRef{n.calendar->unit});
  }
  return fact(n.beforeTermEnd ? FactKind::WhenBeforeTermEnd : FactKind::WhenAnyTime);
}

json factOrNull(const Fact& f) { return f ? factJson(f) : json(nullptr); }

}  // namespace

Date defaultHorizon(const Timeline& t) {
  if (!t.chain) return t.start ? t.start->plusDays(3653) : Date::min();
  Date h = t.chain->endOf(kDefaultPeriods).date;
  for (const auto& e : t.events) {
    if (e.event.date >= h) h = t.chain->endOf(*t.chain->indexContaining(e.event.date) + 1).date;
  }
  if (t.end && t.end->date > h) h = t.end->date;
  return h;
}

std::string timelineText(const Timeline& t, Date until, words::Lang lang) {
  const auto& a = *t.agreement;
  auto say = [&](const Fact& f) { return words::say(f, a, lang); };
  std::string out;
  out += fmt::format("{} ({})\n", a.title.empty() ? a.id : a.title, a.id);
  if (!t.scenarioId.empty())
    out += say(fact(FactKind::TimelineScenario).with("scenario", Verbatim{t.scenarioId})) + "\n";
  out += say(fact(FactKind::ReportStart).with("start", t.startReason)) + "\n";
  if (t.retroactive) {
    Fact retro = fact(FactKind::TimelineRetroactive).with("start", *t.start);
    if (t.signedOn) {
      retro.with("signed", *t.signedOn);
    } else {
      retro.with("month", MonthRef{*t.signedMonth});
    }
    out += "  " + say(retro) + "\n";
  }
  out += say(fact(FactKind::TimelineTerm).with("term", termFact(a))) + "\n";
  for (const auto& n : a.notices) {
    Fact holders = n.by.written.empty() ? fact(FactKind::TheHolders)
                                        : fact(FactKind::PartyName).with("party", Verbatim{n.by.written});
    out += say(fact(FactKind::TimelineNotice)
                   .with("duration", n.period)
                   .with("when", whenFact(n))
                   .with("form", n.form)
                   .with("holders", holders)
                   .with("who", holdersFact(n.by))
                   .with("clause", ClauseRef{n.clause})) +
           "\n";
  }
  long long last = lastListedPeriod(t, until);
  if (last > 0) {
    out += "\n" + say(fact(FactKind::HeadingPeriods)) + "\n";
    for (long long n = 1; n <= last; ++n) {
      auto p = t.period(n);
      std::string line = fmt::format("  {:>3}  {}", n,
                                     say(fact(FactKind::PeriodLine)
                                             .with("from", p.from)
                                             .with("until", *p.until)
                                             .with("last", p.until->plusDays(-1))));
      for (const auto& rule : a.notices) {
        if (rule.beforeTermEnd && (!t.maxPeriods || n < *t.maxPeriods)) {
          NoticeDay day = noticeDay(a, *p.until, rule.period);
          Fact notice = fact(FactKind::PeriodNotice)
                            .with("latest", day.latest)
                            .with("clause", ClauseRef{rule.clause})
                            .with("safe", day.safe);
          if (day.workingDay && !*day.workingDay) notice.with("notWorking", 1LL);
          line += say(notice);
        }
      }
      if (t.end && t.end->date == *p.until) line += say(fact(FactKind::PeriodEnds));
      out += line + "\n";
    }
    bool anyNotice = false;
    for (const auto& rule : a.notices) anyNotice = anyNotice || rule.beforeTermEnd;
    if (anyNotice) out += say(fact(FactKind::NoticeByFootnote)) + "\n";
    if (truncated(t, until)) out += "  " + truncationWarning() + "\n";
    bool more = (!t.maxPeriods || last < *t.maxPeriods) && (!t.end || t.end->date > *t.period(last).until);
    if (t.chain->endOf(last + 1).outOfRange)
      out += say(fact(FactKind::PeriodEndsBeyondCalendar).with("n", last + 1)) + "\n";
    if (more) {
      Fact renews = fact(FactKind::RenewsEvery).with("every", a.renewal->every);
      if (!t.maxPeriods) renews.with("withoutEnd", 1LL);
      out += say(renews) + "\n";
    }
  }
  if (auto m = minimumTerm(t)) {
    out += "\n" +
           say(fact(FactKind::MinimumTermLine)
                   .with("from", m->first)
                   .with("until", m->second)
                   .with("last", m->second.plusDays(-1))
                   .with("event", EventKindRef{a.term.untilEvent})) +
           "\n";
  }
  out += "\n" +
         say(t.end ? fact(FactKind::EndLine)
                         .with("date", t.end->date)
                         .with("last", t.end->date.plusDays(-1))
                         .with("reason", t.end->reason)
                   : fact(FactKind::EndNone)) +
         "\n";
  if (t.uncertain) {
    out +=
        say(fact(FactKind::UncertainLine).with("from", t.uncertain->from).with("reason", t.uncertain->reason)) + "\n";
  }

  out += "\n" + say(fact(FactKind::HeadingParties)) + "\n";
  for (const auto& m : t.members) {
    std::string line = fmt::format("  {:<14} {}", m.party, m.name);
    if (m.from) line += say(fact(FactKind::MemberFrom).with("date", *m.from));
    if (m.acceded) line += say(fact(FactKind::MemberAcceded).with("clause", ClauseRef{m.accessionClause}));
    if (m.until) line += say(fact(FactKind::MemberUntil).with("date", *m.until).with("reason", m.untilReason));
    out += line + "\n";
  }
  std::string surviving;
  std::size_t width = 6;  // quoted ids ("Bijlage 2, 3.3") widen the column
  for (const auto& c : a.clauses) {
    if (c.survival) width = std::max(width, c.id.size());
  }
  for (const auto& c : a.clauses) {
    if (!c.survival) continue;
    Fact how = c.survival->period ? fact(FactKind::SurvivalForAfterEnd).with("duration", *c.survival->period)
               : !c.survival->untilEvent.empty()
                   ? fact(FactKind::SurvivalUntil).with("event", EventKindRef{c.survival->untilEvent})
                   : fact(FactKind::SurvivalIndefinitely);
    surviving += fmt::format("  art. {:<{}} {}\n", c.id, width, say(how));
  }
  if (!surviving.empty()) out += "\n" + say(fact(FactKind::HeadingSurviving)) + "\n" + surviving;
  auto dues = dueDates(t, last);
  if (!dues.empty()) {
    out += "\n" + say(fact(FactKind::HeadingDeadlines)) + "\n";
    // Dutch dates differ in length ("1 mei 2026", "30 september 2026"): the column is as wide
    // as the longest.
    std::vector<std::string> days;
    std::size_t width = 16;
    for (const auto& d : dues) {
      std::string due = d.due.empty() ? "?" : d.due;
      if (lang == words::Lang::Nl) {
        if (auto day = Date::parseIso(d.due)) due = words::dateWords(*day, lang);
      }
      width = std::max(width, due.size());
      days.push_back(std::move(due));
    }
    for (std::size_t i = 0; i < dues.size(); ++i) {
      out += "  " + days[i] + std::string(width - days[i].size() + 1, ' ') + say(dues[i].rule) + "\n";
    }
  }
  if (!t.events.empty()) {
    out += "\n" + say(fact(FactKind::HeadingEvents)) + "\n";
    for (const auto& e : t.events) {
      out += "  " + say(fact(e.accepted ? FactKind::EventAccepted : FactKind::EventRejected)) +
             say(eventFact(e.event)) + "\n";
      out += "            " + say(e.effect) + "\n";
      if (e.caveat) out += "            " + say(fact(FactKind::NotChecked).with("why", e.caveat)) + "\n";
    }
  }
  return source::printable(out);
}

json timelineJson(const Timeline& t, Date until, words::Lang lang) {
  const auto& a = *t.agreement;
  auto say = [&](const Fact& f) { return words::say(f, a, lang); };
  json j;
  j["lang"] = words::langCode(lang);
  j["agreement"] = a.id;
  j["scenario"] = t.scenarioId.empty() ? json(nullptr) : json(t.scenarioId);
  j["start"] = json{{"date", t.start ? json(t.start->iso()) : json(nullptr)},
                    {"reason", say(t.startReason)},
                    {"reason_fact", factOrNull(t.startReason)},
                    {"signed", t.signedOn ? json(t.signedOn->iso()) : json(nullptr)},
                    {"signed_month", t.signedMonth ? json(t.signedMonth->iso().substr(0, 7)) : json(nullptr)},
                    {"retroactive", t.retroactive}};
  json periods = json::array();
  long long last = lastListedPeriod(t, until);
  for (long long n = 1; n <= last; ++n) {
    auto p = t.period(n);
    json notices = json::array();
    for (const auto& rule : a.notices) {
      if (rule.beforeTermEnd && (!t.maxPeriods || n < *t.maxPeriods)) {
        NoticeDay day = noticeDay(a, *p.until, rule.period);
        notices.push_back(json{{"clause", rule.clause},
                               {"deadline", day.latest.iso()},
                               {"deadline_safe", day.safe.iso()},
                               {"deadline_is_working_day", day.workingDay ? json(*day.workingDay) : json(nullptr)}});
      }
    }
    periods.push_back(json{{"index", n},
                           {"from", p.from.iso()},
                           {"until", p.until->iso()},
                           {"last_day", p.until->plusDays(-1).iso()},
                           {"notice_deadlines", notices}});
  }
  j["periods"] = periods;
  if (auto m = minimumTerm(t)) {
    j["minimum_term"] = json{{"from", m->first.iso()},
                             {"until", m->second.iso()},
                             {"last_day", m->second.plusDays(-1).iso()},
                             {"then_until_event", a.term.untilEvent}};
  } else {
    j["minimum_term"] = nullptr;
  }
  j["periods_listed_until"] = until.iso();
  j["periods_truncated"] = truncated(t, until);
  j["warnings"] = truncated(t, until) ? json::array({truncationWarning()}) : json::array();
  j["renews_without_end"] = t.chain && !t.maxPeriods && !t.end;
  j["end"] = t.end ? json{{"date", t.end->date.iso()},
                          {"last_day", t.end->date.plusDays(-1).iso()},
                          {"reason", say(t.end->reason)},
                          {"reason_fact", factOrNull(t.end->reason)},
                          {"clause", t.end->clause}}
                   : json(nullptr);
  j["uncertain"] = t.uncertain ? json{{"from", t.uncertain->from.iso()},
                                      {"event", t.uncertain->event},
                                      {"reason", say(t.uncertain->reason)},
                                      {"reason_fact", factOrNull(t.uncertain->reason)},
                                      {"clause", t.uncertain->clause}}
                               : json(nullptr);
  json members = json::array();
  for (const auto& m : t.members) {
    members.push_back(json{{"party", m.party},
                           {"name", m.name},
                           {"from", m.from ? json(m.from->iso()) : json(nullptr)},
                           {"until", m.until ? json(m.until->iso()) : json(nullptr)},
                           {"until_reason", m.untilReason ? json(say(m.untilReason)) : json("")},
                           {"until_reason_fact", factOrNull(m.untilReason)},
                           {"acceded", m.acceded}});
  }
  j["members"] = members;
  json surviving = json::array();
  for (const auto& c : a.clauses) {
    if (c.survival) {
      surviving.push_back(
          json{{"clause", c.id},
               {"period", c.survival->period ? json(c.survival->period->text()) : json(nullptr)},
               {"until_event", c.survival->untilEvent.empty() ? json(nullptr) : json(c.survival->untilEvent)},
               {"basis", c.survival->basis}});
    }
  }
  j["surviving"] = surviving;
  json events = json::array();
  for (const auto& e : t.events) {
    json ev{{"date", e.event.date.iso()},
            {"kind", e.event.kind},
            {"accepted", e.accepted},
            {"effect", say(e.effect)},
            {"effect_fact", factOrNull(e.effect)},
            {"clause", e.clause}};
    if (e.event.effective) ev["effective"] = e.event.effective->iso();
    ev["caveat"] = e.caveat ? json(say(e.caveat)) : json(nullptr);
    ev["caveat_fact"] = factOrNull(e.caveat);
    events.push_back(std::move(ev));
  }
  j["events"] = events;
  json dues = json::array();
  for (const auto& d : dueDates(t, last)) {
    dues.push_back(json{{"clause", d.clause},
                        {"due", d.due.empty() ? json(nullptr) : json(d.due)},
                        {"rule", say(d.rule)},
                        {"rule_fact", factOrNull(d.rule)}});
  }
  j["deadlines"] = dues;
  return j;
}

}  // namespace agree::runtime
