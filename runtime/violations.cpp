#include "violations.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "agenda.h"
#include "cite.h"
#include "input_limits.h"
#include "instances.h"

namespace agree::runtime {

namespace {

// A due day ("2026-03-01") or moment ("2026-03-01T14:30") as a fact's value.
FactValue momentValue(const std::string& due) {
  if (auto d = Date::parseIso(due)) return *d;
  if (auto dt = time::DateTime::parseIso(due)) return *dt;
  return Verbatim{due};
}

// "2026-01-05, 2026-03-02": the days of the acts recorded (none: no fact).
Fact dateList(const std::vector<Date>& dates) {
  Fact out;
  for (auto d = dates.rbegin(); d != dates.rend(); ++d)
    out = fact(FactKind::DateList).with("date", *d).with("more", out);
  return out;
}

std::vector<const model::Event*> accepted(const Timeline& t, const std::string& kind) {
  std::vector<const model::Event*> out;
  for (const auto& e : t.events) {
    if (e.accepted && e.event.kind == kind) out.push_back(&e.event);
  }
  return out;
}

// The agreement year that contains d (d on or after start): [start + 12k months,
// start + 12(k+1) months), each end counted from the start in one step.
std::pair<Date, Date> agreementYear(Date start, Date d) {
  long long months =
      (static_cast<long long>(d.year()) - start.year()) * 12 + (static_cast<long long>(d.month()) - start.month());
  long long k = months / 12;
  while (k > 0 && d < time::addMonths(start, 12 * k).date) --k;
  while (time::addMonths(start, 12 * (k + 1)).date <= d) ++k;
  return {time::addMonths(start, 12 * k).date, time::addMonths(start, 12 * (k + 1)).date};
}

// "At most N per agreement year": the year from the term's start, [start + 12k months,
// start + 12(k+1) months), unless the clause names the calendar year (DESIGN.md).
void capViolations(const Timeline& t, std::vector<Violation>& out) {
  const auto& a = *t.agreement;
  for (const auto& c : a.clauses) {
    for (const auto& cap : c.caps) {
      std::map<std::string, long long> seen;  // year label -> count
      for (const auto* e : accepted(t, cap.event)) {
        Date from, until;
        if (cap.calendarYear) {
          from = *Date::fromYmd(e->date.year(), 1, 1);
          until = *Date::fromYmd(e->date.year() + 1 <= 9999 ? e->date.year() + 1 : 9999, 1, 1);
        } else {
          if (!t.start || e->date < *t.start) continue;
          std::tie(from, until) = agreementYear(*t.start, e->date);
        }
        std::string year = from.iso() + " .. " + until.plusDays(-1).iso();
        long long n = ++seen[year];
        if (n > cap.max) {
          // English has always named the event by its id; Dutch by its label.
          Fact f = fact(FactKind::ViolationCap)
                       .with("n", n)
                       .with("eventId", Verbatim{cap.event})
                       .with("event", EventKindRef{cap.event});
          if (!e->name.empty()) f.with("name", Verbatim{e->name});
          if (cap.calendarYear) f.with("calendar", 1LL);
          f.with("from", from)
              .with("last", until.plusDays(-1))
              .with("max", static_cast<long long>(cap.max))
              .with("clause", ClauseRef{c.id});
          out.push_back(Violation{e->date, "cap", c.id, e->by, std::move(f)});
        }
      }
    }
  }
}

// "At least N times per year": the acts recorded (`done ... under CLAUSE`) counted per agreement
// year, for every agreement year that ended on or before the date judged, also a year without
// any recorded act. A year the agreement does not complete is not judged (N in a shortened
// year is not what the text asks; the agenda lists no occurrence for it either).
void countViolations(const Timeline& t, Date asOf, std::vector<Violation>& out) {
  if (!t.start) return;
  const auto& a = *t.agreement;
  for (const auto& c : a.clauses) {
    for (const auto& s : c.schedules) {
      if (s.every != model::Recurrence::TimesPerYear) continue;
      std::vector<const model::Event*> acts;
      for (const auto& e : t.events) {
        if (e.accepted && e.event.kind == "done" && e.event.under == c.id) acts.push_back(&e.event);
      }
      // Agreement year k is [start + 12k months, start + 12(k+1) months), each from the start;
      // calendar year k is [Y-01-01, Y+1-01-01) for the k-th year from the first one that the
      // agreement is in force for wholly (a year it starts in after 1 January is not judged).
      int firstYear = t.start->year() + (t.start->month() == 1 && t.start->day() == 1 ? 0 : 1);
      for (long long k = 0;; ++k) {
        Date from, until;
        if (s.calendarYear) {
          if (firstYear + k > 9998) break;
          from = *Date::fromYmd(static_cast<int>(firstYear + k), 1, 1);
          until = *Date::fromYmd(static_cast<int>(firstYear + k + 1), 1, 1);
        } else {
          from = time::addMonths(*t.start, 12 * k).date;
          until = time::addMonths(*t.start, 12 * (k + 1)).date;
        }
        Date last = until.plusDays(-1);
        if (asOf < last || until == Date::max()) break;  // not complete on the date judged
        if (t.end && t.end->date < until) break;         // cut short
        // `each party` / `each of GROUP`: every member owes its own N; else the acts of all count.
        std::vector<std::string> owing{""};
        if (c.holders.individually) {
          owing.clear();
          for (const auto* m : t.membersOn(last)) {
            if (c.holders.kind == model::Holders::Kind::EachParty || c.holders.includes(m->party))
              owing.push_back(m->party);
          }
        }
        for (const auto& party : owing) {
          std::vector<Date> dates;
          for (const auto* e : acts) {
            if (e->date < from || until <= e->date || (!party.empty() && e->by != party)) continue;
            dates.push_back(e->date);
          }
          auto n = static_cast<long long>(dates.size());
          if (n >= s.timesPerYear) continue;
          Fact f = fact(FactKind::ViolationTooFew);
          if (!party.empty()) f.with("party", PartyRef{party});
          f.with("n", n).with("min", s.timesPerYear);
          if (s.calendarYear) f.with("calendar", 1LL);
          f.with("from", from).with("last", last).with("dates", dateList(dates)).with("clause", ClauseRef{c.id});
          out.push_back(Violation{last, "too few", c.id, party, std::move(f)});
        }
      }
    }
  }
}

// Each instance: at most maxLength from its start, extendable `extensions` times; every end
// is counted from the instance's start in one step (started 2025-10-31, 6 months: ends
// 2026-04-30; extended by 6 months: 2025-10-31 + 12 months = 2026-10-31).
void instanceViolations(const Timeline& t, Date asOf, std::vector<Violation>& out) {
  const auto& a = *t.agreement;
  for (const auto& c : a.clauses) {
    for (const auto& rule : c.instances) {
      for (const auto* start : accepted(t, rule.startEvent)) {
        const std::string& name = start->name;
        auto allowedEnd = [&](long long extensions) { return instanceEnd(rule, start->date, extensions); };
        long long extensions = 0;
        Date end = allowedEnd(0);
        for (const auto* ext : accepted(t, rule.extendEvent)) {
          if (ext->name != name || ext->date < start->date) continue;
          if (ext->date >= end) {
            out.push_back(Violation{ext->date, "instance", c.id, ext->by,
                                    fact(FactKind::ViolationExtendedAfterEnd)
                                        .with("eventId", Verbatim{rule.extendEvent})
                                        .with("event", EventKindRef{rule.extendEvent})
                                        .with("name", Verbatim{name})
                                        .with("date", ext->date)
                                        .with("end", end)
                                        .with("last", end.plusDays(-1))
                                        .with("clause", ClauseRef{c.id})});
            continue;
          }
          if (extensions + 1 > rule.extensions) {
            out.push_back(Violation{ext->date, "instance", c.id, ext->by,
                                    fact(FactKind::ViolationTooManyExtensions)
                                        .with("n", extensions + 1)
                                        .with("name", Verbatim{name})
                                        .with("max", static_cast<long long>(rule.extensions))
                                        .with("clause", ClauseRef{c.id})});
            continue;
          }
          end = allowedEnd(++extensions);
        }
        // "at most 6 months and 1 extension(s) of at most 6 months from its start".
        auto limit = [&] {
          Fact f = fact(FactKind::InstanceLimit).with("duration", rule.maxLength);
          if (extensions) f.with("extensions", extensions).with("extension", *rule.extensionLength);
          return f;
        };
        bool ended = false;
        for (const auto* stop : accepted(t, rule.endEvent)) {
          if (stop->name != name || stop->date < start->date) continue;
          ended = true;
          if (stop->date > end) {
            out.push_back(Violation{stop->date, "instance", c.id, stop->by,
                                    fact(FactKind::ViolationEndedLate)
                                        .with("name", Verbatim{name})
                                        .with("start", start->date)
                                        .with("stop", stop->date)
                                        .with("end", end)
                                        .with("last", end.plusDays(-1))
                                        .with("limit", limit())
                                        .with("clause", ClauseRef{c.id})});
          }
          break;
        }
        // Not ended, and the date judged lies after the day it had to end on (ending on that day
        // is still in time); unless the agreement itself ended first.
        bool agreementEndedFirst = t.end && t.end->date <= end;
        if (!ended && end < asOf && !agreementEndedFirst) {
          out.push_back(Violation{end, "instance", c.id, start->by,
                                  fact(FactKind::ViolationNotEnded)
                                      .with("name", Verbatim{name})
                                      .with("start", start->date)
                                      .with("end", end)
                                      .with("last", end.plusDays(-1))
                                      .with("limit", limit())
                                      .with("clause", ClauseRef{c.id})
                                      .with("eventLabel", Verbatim{model::eventKindLabel(a, rule.endEvent)})
                                      .with("event", EventKindRef{rule.endEvent})
                                      .with("asOf", asOf)});
        }
      }
    }
  }
}

// The occurrences of duties (recurring and deadlines) with a due day, per clause, in due order.
// A duty held `each party` or `each of GROUP` has one occurrence per party that owes it: one
// party's act does not discharge another's.
struct Occurrence {
  AgendaItem item;
  bool answered = false;
  std::string party;  // the one party that owes it; empty: one act by any holder answers it
  bool owedBy(const std::string& actor) const { return party.empty() || party == actor; }
};

// DESIGN.md: a `done` answers the occurrence it names (the period it is for, or the name of
// the event that created the duty); otherwise the latest open occurrence due on or before the
// act, else the next one due after it.
class ActMatcher {
 public:
  ActMatcher(const Timeline& t, std::vector<Occurrence>& occurrences, Compliance& out)
      : t_(t), occ_(occurrences), out_(out) {}

  void match(const model::Event& act) {
    ActAnswer answer;
    answer.act = &act;
    answer.clause = act.under;
    Occurrence* chosen = nullptr;
    if (auto counted = countedPerYear(act.under); counted && !act.forPeriod) {
      answer.how = *counted;  // "at least N times per year": see countViolations
    } else if (act.forPeriod) {
      chosen = byPeriod(act.under, *act.forPeriod, act.by);
      if (!chosen) return unanswered(act, UnansweredName::Why::ForNamesNoOccurrence, act.forPeriod->written);
      answer.how = ActAnswer::How::ForPeriod;
    } else if (!act.name.empty() && createdByNamedEvents(act.under)) {
      for (auto& o : occ_) {
        if (o.item.clause == act.under && o.item.eventName == act.name && o.owedBy(act.by) && !o.answered) chosen = &o;
        if (chosen) break;
      }
      if (!chosen) return unanswered(act, UnansweredName::Why::NoEventNamed, act.name);
      answer.how = ActAnswer::How::EventName;
    } else if ((chosen = openWindowAround(act))) {
      answer.how = ActAnswer::How::InsideWindow;
    } else {
      for (auto& o : occ_) {  // in due order: the last one due on or before the act
        if (o.item.clause != act.under || o.answered || !o.owedBy(act.by)) continue;
        if (o.item.date <= act.date) {
          chosen = &o;
          answer.how = ActAnswer::How::LatestOpen;
        } else if (!chosen) {
          chosen = &o;
          answer.how = ActAnswer::How::NextDue;
          break;
        } else {
          break;
        }
      }
    }
    if (chosen) {
      chosen->answered = true;
      answer.occurrence = chosen->item.forLabel;
      answer.occurrenceFact = chosen->item.forFact;
      answer.due = chosen->item.due;
      answer.late = chosen->item.due.size() > 10 && act.minuteOfDay
                        ? time::DateTime{act.date, *act.minuteOfDay}.iso() > chosen->item.due
                        : act.date > chosen->item.date;
      // A window before an event ("ten hoogste 4 weken voor"): an act before it opens is too early.
      const std::string& opens = chosen->item.earliest;
      bool early = !opens.empty() &&
                   (opens.size() > 10 && act.minuteOfDay ? time::DateTime{act.date, *act.minuteOfDay}.iso() < opens
                                                         : act.date.iso() < opens.substr(0, 10));
      answer.early = early;
      FactValue when = act.minuteOfDay ? FactValue{time::DateTime{act.date, *act.minuteOfDay}} : FactValue{act.date};
      if (early) {
        out_.violations.push_back(Violation{act.date, "early", act.under, act.by,
                                            fact(FactKind::ViolationEarly)
                                                .with("party", PartyRef{act.by})
                                                .with("when", when)
                                                .with("opens", momentValue(opens))
                                                .with("rule", chosen->item.rule)
                                                .with("answers", describe(answer))});
      }
      if (answer.late) {
        Fact f = fact(FactKind::ViolationLate).with("party", PartyRef{act.by}).with("when", when);
        if (chosen->item.kind == "scheduled") f.with("scheduled", 1LL);
        f.with("due", momentValue(chosen->item.due)).with("rule", chosen->item.rule).with("answers", describe(answer));
        out_.violations.push_back(Violation{act.date, "late", act.under, act.by, std::move(f)});
      }
    }
    out_.acts.push_back(std::move(answer));
  }

 private:
  // A period named by `for`: the occurrence for exactly those days, else the one whose period
  // contains its first day (`for 2026-03-01` names March 2026, or the agreement year around it).
  // A clause may recur in several ways (a yearly budget and monthly payments): of the occurrences
  // the period names, an open one before one already answered, the exact period before one that
  // only contains its first day, and of those the shortest period (`for 2022-01-01`: January).
  Occurrence* byPeriod(const std::string& clause, const model::PeriodRef& p, const std::string& actor) {
    Occurrence* best = nullptr;
    // `for 2026-10-20` with two yearly windows (June, October): the one whose window holds the day.
    auto windowHolds = [&](const Occurrence& o) {
      return p.kind == model::PeriodRef::Kind::Day && !o.item.earliest.empty() &&
             o.item.earliest.substr(0, 10) <= p.day.iso() && p.day <= o.item.date;
    };
    auto rank = [&](const Occurrence& o) {
      const auto& period = *o.item.forPeriod;
      bool exact = period.from == p.from() && period.until == p.until();
      long long days = period.until ? period.from.daysUntil(*period.until) : (1LL << 40);
      return std::make_tuple(o.answered ? 1 : 0, windowHolds(o) ? 0 : 1, exact ? 0 : 1, days);
    };
    for (auto& o : occ_) {
      if (o.item.clause != clause || !o.item.forPeriod || !o.owedBy(actor)) continue;
      const auto& period = *o.item.forPeriod;
      bool exact = period.from == p.from() && period.until == p.until();
      if (!exact && !period.contains(p.from())) continue;
      if (!best || rank(o) < rank(*best)) best = &o;
    }
    return best;
  }

  // An act inside the window of an open occurrence (`recurs yearly between ...`, `deadline
  // between ...`) answers it before any older open one: the June inspection answers June, even
  // while last October's is still open. The first such occurrence in due order.
  Occurrence* openWindowAround(const model::Event& act) {
    for (auto& o : occ_) {
      if (o.item.clause != act.under || o.answered || !o.owedBy(act.by) || o.item.earliest.empty()) continue;
      if (o.item.earliest.substr(0, 10) <= act.date.iso() && act.date <= o.item.date) return &o;
    }
    return nullptr;
  }

  // How the acts under a clause with an "at least N times per year" recurrence are counted.
  std::optional<ActAnswer::How> countedPerYear(const std::string& clause) const {
    const auto* c = t_.agreement->findClause(clause);
    if (!c) return std::nullopt;
    for (const auto& s : c->schedules) {
      if (s.every == model::Recurrence::TimesPerYear)
        return s.calendarYear ? ActAnswer::How::CountedCalendar : ActAnswer::How::Counted;
    }
    return std::nullopt;
  }

  // Whether some event that created a duty under the clause has a name: then a `done` with a
  // name must name one of them (a name is otherwise only a description).
  bool createdByNamedEvents(const std::string& clause) const {
    return std::any_of(occ_.begin(), occ_.end(),
                       [&](const Occurrence& o) { return o.item.clause == clause && !o.item.eventName.empty(); });
  }

  void unanswered(const model::Event& act, UnansweredName::Why why, const std::string& written) {
    UnansweredName problem{act.where, why, written, act.under, out_.asOf, {}, false};
    for (const auto& o : occ_) {
      if (o.item.clause != act.under || o.item.date > out_.asOf || o.item.forLabel.empty()) continue;
      if (problem.labels.size() == 8) {
        problem.more = true;
        break;
      }
      problem.labels.push_back(o.item.forLabel);
    }
    out_.problems.push_back(std::move(problem));
  }

  static Fact describe(const ActAnswer& a) {
    if (a.occurrence.empty())
      return fact(FactKind::AnswersDue).with("due", momentValue(a.due)).with("how", howFact(a.how));
    return fact(FactKind::AnswersOccurrence).with("occurrence", a.occurrenceFact).with("how", howFact(a.how));
  }

  const Timeline& t_;
  std::vector<Occurrence>& occ_;
  Compliance& out_;
};

}  // namespace

Fact howFact(ActAnswer::How how) {
  switch (how) {
    case ActAnswer::How::ForPeriod: return fact(FactKind::AnswerNamedByFor);
    case ActAnswer::How::EventName: return fact(FactKind::AnswerNamedByEvent);
    case ActAnswer::How::LatestOpen: return fact(FactKind::AnswerLatestOpen);
    case ActAnswer::How::NextDue: return fact(FactKind::AnswerNextDue);
    case ActAnswer::How::InsideWindow: return fact(FactKind::AnswerInsideWindow);
    case ActAnswer::How::Counted: return fact(FactKind::AnswerCounted);
    case ActAnswer::How::CountedCalendar: return fact(FactKind::AnswerCountedCalendar);
    case ActAnswer::How::Nothing: return fact(FactKind::AnswerNothing);
  }
  return {};
}

Fact actStatusFact(const ActAnswer& a) {
  if (a.due.empty()) return {};
  return fact(a.late ? FactKind::ActLate : a.early ? FactKind::ActEarly : FactKind::ActOnTime);
}

Fact violationKindFact(const std::string& kind) {
  static const std::pair<const char*, FactKind> kKinds[] = {{"rejected", FactKind::KindRejected},
                                                            {"late notice", FactKind::KindLateNotice},
                                                            {"late", FactKind::KindLate},
                                                            {"early", FactKind::KindEarly},
                                                            {"never done", FactKind::KindNeverDone},
                                                            {"too few", FactKind::KindTooFew},
                                                            {"cap", FactKind::KindCap},
                                                            {"instance", FactKind::KindInstance}};
  for (const auto& [name, k] : kKinds) {
    if (kind == name) return fact(k);
  }
  return fact(FactKind::ForLabel).with("label", Verbatim{kind});
}

Compliance compliance(const Timeline& t, Date asOf) {
  const auto& a = *t.agreement;
  Compliance out;
  out.asOf = asOf;
  for (const auto& e : t.events) {
    Fact what = fact(FactKind::ViolationEvent).with("event", eventFact(e.event)).with("effect", e.effect);
    if (!e.accepted) {
      out.violations.push_back(Violation{e.event.date, "rejected", e.clause.empty() ? e.event.under : e.clause,
                                         e.event.by, std::move(what)});
    } else if (e.lateNotice) {
      out.violations.push_back(Violation{e.event.date, "late notice", e.clause, e.event.by, std::move(what)});
    }
  }
  if (t.start) {
    // Every occurrence of a duty from the start to well past the last act and the date judged:
    // an act may answer one due after it.
    Date last = asOf;
    for (const auto& e : t.events) {
      if (e.event.kind != "done") continue;
      last = std::max(last, e.event.date);
      if (e.event.forPeriod) last = std::max(last, e.event.forPeriod->until());
    }
    auto listed = agenda(t, *t.start, time::addMonths(last, 36).date);
    out.complete = !listed.truncated;
    auto& items = listed.items;
    std::vector<Occurrence> occurrences;
    for (auto& i : items) {
      if (i.kind == "notice" || i.countedPerYear) continue;  // an option, or judged by count
      const auto* c = a.findClause(i.clause);
      if (c && c->holders.individually) {
        // One per party that owes it on the due day: the members then, of the group when named.
        for (const auto* m : t.membersOn(i.date)) {
          if (c->holders.kind == model::Holders::Kind::EachParty || c->holders.includes(m->party)) {
            occurrences.push_back(Occurrence{i, false, m->party});
          }
        }
        continue;
      }
      occurrences.push_back(Occurrence{std::move(i), false, ""});
    }
    ActMatcher matcher(t, occurrences, out);
    for (const auto& e : t.events) {
      if (!e.accepted || e.event.kind != "done") continue;
      matcher.match(e.event);
    }
    // Never done: each occurrence of a duty due on or before the date judged that no act answers.
    for (const auto& o : occurrences) {
      if (o.answered || asOf < o.item.date) continue;
      const auto* c = a.findClause(o.item.clause);
      if (!c || (c->kind != model::ClauseKind::Duty && c->kind != model::ClauseKind::Effort)) continue;
      // The party that owes it, where one party does: its own occurrence, the holder, or the party of the event.
      std::string party = !o.party.empty()                                      ? o.party
                          : c->holders.kind == model::Holders::Kind::EventParty ? o.item.holders
                          : c->holders.kind == model::Holders::Kind::Listed && c->holders.parties.size() == 1 &&
                                  c->holders.bodies.empty()
                              ? c->holders.parties.front()
                          : c->holders.kind == model::Holders::Kind::Listed && c->holders.bodies.size() == 1 &&
                                  c->holders.parties.empty()
                              ? c->holders.bodies.front()
                              : "";
      out.violations.push_back(Violation{o.item.date, "never done", o.item.clause, party,
                                         fact(FactKind::ViolationNeverDone)
                                             .with("due", momentValue(o.item.due))
                                             .with("asOf", asOf)
                                             .with("rule", o.item.rule)});
    }
  }
  capViolations(t, out.violations);
  countViolations(t, asOf, out.violations);
  instanceViolations(t, asOf, out.violations);
  std::stable_sort(out.violations.begin(), out.violations.end(),
                   [](const Violation& x, const Violation& y) { return x.date < y.date; });
  return out;
}

}  // namespace agree::runtime
