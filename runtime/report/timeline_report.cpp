#include <fmt/format.h>

#include "cite.h"
#include "input_limits.h"
#include "deadlines.h"
#include "notice_day.h"
#include "report/report.h"
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

std::string renewalText(const model::Agreement& a) {
  if (!a.renewal) return "";
  std::string s = ", then renewed automatically by " + a.renewal->every.text();
  if (a.renewal->maxTimes) s += " at most " + std::to_string(*a.renewal->maxTimes) + " times";
  if (a.renewal->condition != model::Renewal::Condition::None) {
    s += std::string(a.renewal->condition == model::Renewal::Condition::If ? " if " : " unless ") +
         model::eventKindLabel(a, a.renewal->event.kind) +
         (a.renewal->event.outcome.empty() ? "" : " " + a.renewal->event.outcome);
  }
  return s + " (" + art(a.renewal->clause) + ")";
}

std::string termText(const model::Agreement& a) {
  const auto& t = a.term;
  switch (t.kind) {
    case model::Term::Kind::Indefinite:
      if (!t.untilEvent.empty()) {
        return "indefinite, until " + model::eventKindLabel(a, t.untilEvent) +
               (t.untilEventOf.empty() ? "" : " of " + t.untilEventOf) + " (" + art(t.clause) + ")";
      }
      return "indefinite (" + art(t.clause) + ")";
    case model::Term::Kind::OpenEnded:
      return "at least " + t.duration->text() + ", then until " + model::eventKindLabel(a, t.untilEvent) + " (" +
             art(t.clause) + ")";
    case model::Term::Kind::Fixed:
    case model::Term::Kind::Renewing: {
      std::string s = t.until ? "until " + t.until->iso()
                              : (t.kind == model::Term::Kind::Renewing ? "minimum " : "") + t.duration->text();
      return s + " (" + art(t.clause) + ")" + renewalText(a);
    }
  }
  return "";
}

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

std::string timelineText(const Timeline& t, Date until) {
  const auto& a = *t.agreement;
  std::string out;
  out += fmt::format("{} ({})\n", a.title.empty() ? a.id : a.title, a.id);
  if (!t.scenarioId.empty()) out += "scenario: " + t.scenarioId + "\n";
  out += "start: " + say(t.startReason, a) + "\n";
  if (t.retroactive) {
    out += "  retroactive: signed " +
           (t.signedOn ? t.signedOn->iso()
                       : "some day in " + model::monthText(*t.signedMonth) + " (the day is not known)") +
           ", in force from " + t.start->iso() + "\n";
  }
  out += "term: " + termText(a) + "\n";
  for (const auto& n : a.notices) {
    out += fmt::format("notice: {} {}, {}, by {} ({})\n", n.period.text(), n.whenText(), formLabel(n.form),
                       n.by.written.empty() ? "the holders" : n.by.written, art(n.clause));
  }
  long long last = lastListedPeriod(t, until);
  if (last > 0) {
    out += "\nperiods:\n";
    for (long long n = 1; n <= last; ++n) {
      auto p = t.period(n);
      std::string line =
          fmt::format("  {:>3}  {} .. {}  (last day {})", n, p.from.iso(), p.until->iso(), p.until->plusDays(-1).iso());
      for (const auto& rule : a.notices) {
        if (rule.beforeTermEnd && (!t.maxPeriods || n < *t.maxPeriods)) {
          NoticeDay day = noticeDay(a, *p.until, rule.period);
          line += "  notice by " + day.latest.iso() + " (" + art(rule.clause) + "; safe " + day.safe.iso() +
                  (day.workingDay && !*day.workingDay ? "; " + day.latest.iso() + " not a working day" : "") + ")";
        }
      }
      if (t.end && t.end->date == *p.until) line += "  <- ends";
      out += line + "\n";
    }
    bool anyNotice = false;
    for (const auto& rule : a.notices) anyNotice = anyNotice || rule.beforeTermEnd;
    if (anyNotice) {
      out += "  (notice by: the end read as the first day after the period; safe: read as its last day)\n";
    }
    if (truncated(t, until)) out += "  " + truncationWarning() + "\n";
    bool more = (!t.maxPeriods || last < *t.maxPeriods) && (!t.end || t.end->date > *t.period(last).until);
    if (t.chain->endOf(last + 1).outOfRange)
      out += "  (period " + std::to_string(last + 1) + " would end after 9999-12-31)\n";
    if (more) out += "  ...  renews every " + a.renewal->every.text() + (t.maxPeriods ? "" : " without end") + "\n";
  }
  if (auto m = minimumTerm(t)) {
    out += "\nminimum term: " + m->first.iso() + " .. " + m->second.iso() + "  (last day " +
           m->second.plusDays(-1).iso() + "), then until " + model::eventKindLabel(a, a.term.untilEvent) + "\n";
  }
  out += "\nend: " +
         (t.end ? t.end->date.iso() + " (last day " + t.end->date.plusDays(-1).iso() + "): " + say(t.end->reason, a)
                : std::string("none known")) +
         "\n";
  if (t.uncertain) out += "uncertain from " + t.uncertain->from.iso() + ": " + say(t.uncertain->reason, a) + "\n";

  out += "\nparties:\n";
  for (const auto& m : t.members) {
    std::string line = fmt::format("  {:<14} {}", m.party, m.name);
    if (m.from) line += "  from " + m.from->iso();
    if (m.acceded) line += " (acceded, " + art(m.accessionClause) + ")";
    if (m.until) line += "  until " + m.until->iso() + ": " + say(m.untilReason, a);
    out += line + "\n";
  }
  std::string surviving;
  std::size_t width = 6;  // quoted ids ("Bijlage 2, 3.3") widen the column
  for (const auto& c : a.clauses) {
    if (c.survival) width = std::max(width, c.id.size());
  }
  for (const auto& c : a.clauses) {
    if (!c.survival) continue;
    surviving +=
        fmt::format("  art. {:<{}} {}\n", c.id, width,
                    c.survival->period                ? "for " + c.survival->period->text() + " after the end"
                    : !c.survival->untilEvent.empty() ? "until " + model::eventKindLabel(a, c.survival->untilEvent)
                                                      : "indefinitely");
  }
  if (!surviving.empty()) out += "\nsurviving the end:\n" + surviving;
  auto dues = dueDates(t, last);
  if (!dues.empty()) {
    out += "\ndeadlines:\n";
    for (const auto& d : dues) out += fmt::format("  {:<16} {}\n", d.due.empty() ? "?" : d.due, d.rule);
  }
  if (!t.events.empty()) {
    out += "\nevents:\n";
    for (const auto& e : t.events) {
      out += std::string("  ") + (e.accepted ? "accepted  " : "REJECTED  ") + eventLabel(e.event, a) + "\n";
      out += "            " + say(e.effect, a) + "\n";
      if (e.caveat) out += "            not checked: " + say(e.caveat, a) + "\n";
    }
  }
  return source::printable(out);
}

json timelineJson(const Timeline& t, Date until) {
  const auto& a = *t.agreement;
  json j;
  j["agreement"] = a.id;
  j["scenario"] = t.scenarioId.empty() ? json(nullptr) : json(t.scenarioId);
  j["start"] = json{{"date", t.start ? json(t.start->iso()) : json(nullptr)},
                    {"reason", say(t.startReason, a)},
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
                          {"reason", say(t.end->reason, a)},
                          {"clause", t.end->clause}}
                   : json(nullptr);
  j["uncertain"] = t.uncertain ? json{{"from", t.uncertain->from.iso()},
                                      {"event", t.uncertain->event},
                                      {"reason", say(t.uncertain->reason, a)},
                                      {"clause", t.uncertain->clause}}
                               : json(nullptr);
  json members = json::array();
  for (const auto& m : t.members) {
    members.push_back(json{{"party", m.party},
                           {"name", m.name},
                           {"from", m.from ? json(m.from->iso()) : json(nullptr)},
                           {"until", m.until ? json(m.until->iso()) : json(nullptr)},
                           {"until_reason", m.untilReason ? json(say(m.untilReason, a)) : json("")},
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
            {"effect", say(e.effect, a)},
            {"clause", e.clause}};
    if (e.event.effective) ev["effective"] = e.event.effective->iso();
    ev["caveat"] = e.caveat ? json(say(e.caveat, a)) : json(nullptr);
    events.push_back(std::move(ev));
  }
  j["events"] = events;
  json dues = json::array();
  for (const auto& d : dueDates(t, last)) {
    dues.push_back(json{{"clause", d.clause}, {"due", d.due.empty() ? json(nullptr) : json(d.due)}, {"rule", d.rule}});
  }
  j["deadlines"] = dues;
  return j;
}

}  // namespace agree::runtime
