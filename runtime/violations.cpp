#include "violations.h"

#include <algorithm>
#include <map>

#include "agenda.h"
#include "cite.h"

namespace agree::runtime {

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
  std::stable_sort(out.begin(), out.end(), [](const Violation& x, const Violation& y) { return x.date < y.date; });
  return out;
}

}  // namespace agree::runtime
