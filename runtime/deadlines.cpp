#include "deadlines.h"

#include <algorithm>

#include "calendars.h"
#include "cite.h"

namespace agree::runtime {

Rolled rollToWorkingDay(const model::Agreement& a, Date due) {
  std::string error;
  const auto* cal = workingDayCalendar(a.calendar, error);
  if (!cal) return Rolled{due, " (the calendar cannot be read: " + error + "; not moved)"};
  auto r = cal->rollForward(due);
  if (r.saturated) return Rolled{due, " (no working day follows; not moved)"};
  std::string note;
  if (!r.skipped.empty()) {
    note = " (" + due.iso() + " is no working day:";
    for (std::size_t i = 0; i < r.skipped.size(); ++i) {
      note += (i ? "; " : " ") + r.skipped[i].date.iso() + " " + r.skipped[i].name;
    }
    note += "; so the next working day, " + r.date.iso() + ", " + a.calendar + " calendar)";
  }
  if (r.decreeDaysUnknown) {
    note += " (caveat: days equated by royal decree for";
    for (int y : r.unknownDecreeYears) note += " " + std::to_string(y);
    note += " are not yet known)";
  }
  return Rolled{r.date, note};
}

std::vector<Due> dueDates(const Timeline& t, long long lastPeriod) {
  const auto& a = *t.agreement;
  std::vector<Due> out;
  for (const auto& c : a.clauses) {
    for (const auto& d : c.deadlines) {
      const std::size_t first = out.size();
      if (d.kind == model::Deadline::Kind::BeforeTermEnd && t.chain) {
        for (long long n = 1; n <= lastPeriod; ++n) {
          Date end = t.chain->endOf(n).date;
          Date due = time::subtract(end, *d.duration).date;
          // A period that an act cut short: its deadline still fell due if it came while the
          // agreement was in force (nobody knew then that the period would not run out).
          if (t.end && end > t.end->date) {
            if (due < t.end->date) {
              out.push_back(Due{c.id, due.iso(),
                                d.duration->text() + " before the planned end of period " + std::to_string(n) + " on " +
                                    end.iso() + "; the agreement ended earlier, on " + t.end->date.iso() + " (" +
                                    art(c.id) + ")"});
            }
            break;
          }
          out.push_back(Due{c.id, due.iso(),
                            d.duration->text() + " before the end of period " + std::to_string(n) + " on " + end.iso() +
                                " (" + art(c.id) + ")"});
        }
      } else if (d.kind == model::Deadline::Kind::AfterEvent) {
        for (const auto& e : t.events) {
          if (e.event.kind != d.event) continue;
          std::string rule = "within " + d.duration->text() + " after " + d.event + " on " + e.event.date.iso();
          if (d.duration->unit == time::Unit::Hour) {
            time::DateTime from{e.event.date, e.event.minuteOfDay.value_or(0)};
            auto due = from.plusHours(d.duration->count);
            out.push_back(Due{c.id, e.event.minuteOfDay ? due.iso() : due.date.iso(),
                              rule + (e.event.minuteOfDay ? "" : " (no time given: at the same time of day as the event)") +
                                  " (" + art(c.id) + ")"});
          } else if (d.duration->unit == time::Unit::WorkingDay) {
            std::string error;
            const auto* cal = workingDayCalendar(a.calendar, error);
            if (!cal) {
              out.push_back(Due{c.id, "", rule + ": the calendar cannot be read: " + error + " (" + art(c.id) + ")"});
              continue;
            }
            auto r = cal->addWorkingDays(e.event.date, static_cast<int>(d.duration->count));
            std::string note = " (" + a.calendar + " calendar, the event's day not counted";
            for (const auto& skipped : r.skipped) note += "; " + skipped.date.iso() + " " + skipped.name;
            note += ")";
            if (r.decreeDaysUnknown) {
              note += " (caveat: days equated by royal decree for";
              for (int y : r.unknownDecreeYears) note += " " + std::to_string(y);
              note += " are not yet known)";
            }
            out.push_back(Due{c.id, r.saturated ? "" : r.date.iso(), rule + note + " (" + art(c.id) + ")"});
          } else {
            out.push_back(Due{c.id, time::add(e.event.date, *d.duration).date.iso(), rule + " (" + art(c.id) + ")"});
          }
        }
      } else if (d.kind == model::Deadline::Kind::AfterStart) {
        // "uiterlijk 1 jaar na inwerkingtreding": from the start, when it is known.
        if (!t.start) {
          out.push_back(Due{c.id, "", "within " + d.duration->text() + " after the start, which is not known (" +
                                          t.startReason + ") (" + art(c.id) + ")"});
          continue;
        }
        out.push_back(Due{c.id, time::add(*t.start, *d.duration).date.iso(),
                          "within " + d.duration->text() + " after the start on " + t.start->iso() + " (" + art(c.id) + ")"});
      } else if (d.date) {
        Date due = d.kind == model::Deadline::Kind::BeforeDate ? d.date->plusDays(-1) : *d.date;
        out.push_back(Due{c.id, due.iso(),
                          std::string(d.kind == model::Deadline::Kind::BeforeDate ? "before " : "by ") + d.date->iso() +
                              " (" + art(c.id) + ")"});
      }
      if (d.rollsForward) {
        for (std::size_t i = first; i < out.size(); ++i) {
          auto day = Date::parseIso(out[i].due);
          if (out[i].due.size() != 10 || !day) continue;  // a moment in hours, or no date
          auto rolled = rollToWorkingDay(a, *day);
          out[i].due = rolled.date.iso();
          out[i].rule += rolled.note;
        }
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Due& x, const Due& y) { return x.due < y.due; });
  return out;
}

}  // namespace agree::runtime
