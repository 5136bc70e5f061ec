#include "violations.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "agenda.h"
#include "cite.h"

namespace agree::runtime {

namespace {

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
  long long months = (static_cast<long long>(d.year()) - start.year()) * 12 +
                     (static_cast<long long>(d.month()) - start.month());
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
          out.push_back(Violation{e->date, "cap", c.id, e->by,
                                  "the " + std::to_string(n) + "th " + cap.event + (e->name.empty() ? "" : " (" + e->name + ")") +
                                      " in the " + (cap.calendarYear ? "calendar" : "agreement") + " year " + year +
                                      "; at most " + std::to_string(cap.max) + " (" + art(c.id) + ")"});
        }
      }
    }
  }
}

// "At least N times per year": the acts recorded (`done ... under CLAUSE`) counted per agreement
// year. A year is judged once the scenario records a later event. A year the agreement does not
// complete is not judged (N in a shortened year is not what the text asks; the agenda lists no
// occurrence for it either), nor is a year without any recorded act: the scenario may simply be
// silent about it.
void countViolations(const Timeline& t, std::vector<Violation>& out) {
  if (!t.start || t.events.empty()) return;
  const auto& a = *t.agreement;
  const Date lastEvent = t.events.back().event.date;  // events are in date order
  for (const auto& c : a.clauses) {
    for (const auto& s : c.schedules) {
      if (s.every != model::Recurrence::TimesPerYear) continue;
      std::map<std::pair<Date, Date>, std::vector<const model::Event*>> perYear;  // [from, until) -> acts
      for (const auto& e : t.events) {
        if (!e.accepted || e.event.kind != "done" || e.event.under != c.id || e.event.date < *t.start) continue;
        perYear[agreementYear(*t.start, e.event.date)].push_back(&e.event);
      }
      for (const auto& [year, acts] : perYear) {
        const auto& [from, until] = year;
        if (t.end && t.end->date < until) continue;  // cut short
        Date last = until;                            // exclusive
        if (lastEvent < last) continue;
        if (static_cast<long long>(acts.size()) >= s.timesPerYear) continue;
        std::string dates;
        for (const auto* e : acts) dates += (dates.empty() ? "" : ", ") + e->date.iso();
        out.push_back(Violation{last.plusDays(-1), "too few", c.id, "",
                                std::to_string(acts.size()) + " of at least " + std::to_string(s.timesPerYear) +
                                    " in the agreement year " + from.iso() + " .. " + last.plusDays(-1).iso() +
                                    ": on " + dates + " (" + art(c.id) + ")"});
      }
    }
  }
}

// Each instance: at most maxLength from its start, extendable `extensions` times; every end
// is counted from the instance's start in one step (started 2025-10-31, 6 months: ends
// 2026-04-30; extended by 6 months: 2025-10-31 + 12 months = 2026-10-31).
void instanceViolations(const Timeline& t, std::vector<Violation>& out) {
  const auto& a = *t.agreement;
  for (const auto& c : a.clauses) {
    for (const auto& rule : c.instances) {
      for (const auto* start : accepted(t, rule.startEvent)) {
        const std::string& name = start->name;
        auto allowedEnd = [&](long long extensions) {
          model::Duration total = rule.maxLength;
          if (extensions > 0 && rule.extensionLength) {
            if (rule.maxLength.isCalendar() && rule.extensionLength->isCalendar()) {
              total = model::Duration{rule.maxLength.months() + extensions * rule.extensionLength->months(), time::Unit::Month};
            } else if (rule.maxLength.isDayBased() && rule.extensionLength->isDayBased()) {
              total = model::Duration{rule.maxLength.days() + extensions * rule.extensionLength->days(), time::Unit::Day};
            }
          }
          return time::add(start->date, total).date;
        };
        long long extensions = 0;
        Date end = allowedEnd(0);
        for (const auto* ext : accepted(t, rule.extendEvent)) {
          if (ext->name != name || ext->date < start->date) continue;
          if (ext->date >= end) {
            out.push_back(Violation{ext->date, "instance", c.id, ext->by,
                                    rule.extendEvent + " (" + name + ") on " + ext->date.iso() + ", after it had to end on " +
                                        end.iso() + " (" + art(c.id) + ")"});
            continue;
          }
          if (extensions + 1 > rule.extensions) {
            out.push_back(Violation{ext->date, "instance", c.id, ext->by,
                                    "extension " + std::to_string(extensions + 1) + " of " + name + "; at most " +
                                        std::to_string(rule.extensions) + " (" + art(c.id) + ")"});
            continue;
          }
          end = allowedEnd(++extensions);
        }
        for (const auto* stop : accepted(t, rule.endEvent)) {
          if (stop->name != name || stop->date < start->date) continue;
          if (stop->date > end) {
            out.push_back(Violation{stop->date, "instance", c.id, stop->by,
                                    name + " started " + start->date.iso() + " ended on " + stop->date.iso() +
                                        "; it had to end by " + end.iso() + " (at most " + rule.maxLength.text() +
                                        (extensions ? " and " + std::to_string(extensions) + " extension(s) of at most " +
                                                           rule.extensionLength->text()
                                                     : "") +
                                        " from its start, " + art(c.id) + ")"});
          }
          break;
        }
      }
    }
  }
}

}  // namespace

std::vector<Violation> violations(const Timeline& t) {
  const auto& a = *t.agreement;
  std::vector<Violation> out;
  for (const auto& e : t.events) {
    if (!e.accepted) {
      out.push_back(Violation{e.event.date, "rejected", e.clause.empty() ? e.event.under : e.clause, e.event.by,
                              eventLabel(e.event, a) + ": " + e.effect});
    } else if (e.event.kind == "notice" && e.effect.rfind("late for", 0) == 0) {
      out.push_back(Violation{e.event.date, "late notice", e.clause, e.event.by, eventLabel(e.event, a) + ": " + e.effect});
    }
  }
  // Acts matched to their clause's occurrences in due order: the n-th act fulfils the n-th
  // occurrence; an act after that occurrence's due date is late.
  std::map<std::string, std::vector<const EventOutcome*>> acts;
  for (const auto& e : t.events) {
    if (e.accepted && e.event.kind == "done") acts[e.event.under].push_back(&e);
  }
  for (const auto& [clause, list] : acts) {
    if (!t.start) break;
    const auto* counted = a.findClause(clause);
    if (counted && std::any_of(counted->schedules.begin(), counted->schedules.end(), [](const model::Schedule& s) {
          return s.every == model::Recurrence::TimesPerYear;
        })) {
      continue;  // judged by count, in countViolations
    }
    Date last = list.back()->event.date;
    auto items = agenda(t, *t.start, last.plusDays(366 * 2));
    std::vector<const AgendaItem*> dues;
    for (const auto& i : items) {
      if (i.clause == clause && i.kind != "notice") dues.push_back(&i);
    }
    for (std::size_t k = 0; k < list.size(); ++k) {
      const auto& act = list[k]->event;
      if (k >= dues.size()) break;
      const auto& due = *dues[k];
      bool late = due.due.size() > 10 && act.minuteOfDay
                      ? time::DateTime{act.date, *act.minuteOfDay}.iso() > due.due
                      : act.date > due.date;
      if (late) {
        out.push_back(Violation{act.date, "late", clause, act.by,
                                partyLabel(a, act.by) + " did it on " +
                                    (act.minuteOfDay ? time::DateTime{act.date, *act.minuteOfDay}.iso() : act.date.iso()) +
                                    ", due by " + due.due + ": " + due.rule});
      }
    }
  }
  capViolations(t, out);
  countViolations(t, out);
  instanceViolations(t, out);
  std::stable_sort(out.begin(), out.end(), [](const Violation& x, const Violation& y) { return x.date < y.date; });
  return out;
}

}  // namespace agree::runtime
