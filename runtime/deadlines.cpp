#include "deadlines.h"

#include <algorithm>

#include "calendars.h"
#include "cite.h"

namespace agree::runtime {

namespace {

std::string decreeCaveat(const std::vector<int>& years) {
  std::string note = " (caveat: days equated by royal decree for";
  for (int y : years) note += " " + std::to_string(y);
  return note + " are not yet known)";
}

// The last allowed day (or moment) `d` after a moment: the day plus days, weeks, months or
// years; the N-th working day after it (the day itself not counted); or the moment plus hours.
// A moment without a time of day counts hours from the same time of day, so the due is a day.
// Returns the due as text ("" when it cannot be computed) and appends to `rule` how.
std::string dueAfter(const model::Agreement& a, Date day, std::optional<int> minute, const time::Duration& d,
                     std::string& rule) {
  if (d.unit == time::Unit::Hour) {
    auto due = time::DateTime{day, minute.value_or(0)}.plusHours(d.count);
    if (!minute) rule += " (no time given: at the same time of day)";
    return minute ? due.iso() : due.date.iso();
  }
  if (d.unit == time::Unit::WorkingDay) {
    std::string error;
    const auto* cal = workingDayCalendar(a.calendar, error);
    if (!cal) {
      rule += ": the calendar cannot be read: " + error;
      return "";
    }
    auto r = cal->addWorkingDays(day, static_cast<int>(d.count));
    rule += " (" + a.calendar + " calendar, " + day.iso() + " itself not counted";
    for (const auto& skipped : r.skipped) rule += "; " + skipped.date.iso() + " " + skipped.name;
    rule += ")";
    if (r.decreeDaysUnknown) rule += decreeCaveat(r.unknownDecreeYears);
    return r.saturated ? "" : r.date.iso();
  }
  auto shifted = time::add(day, d);
  if (shifted.outOfRange) {
    rule += ": after 9999-12-31, beyond the calendar";
    return "";
  }
  return shifted.date.iso();
}

// The events that start an "after EVENT" deadline. The header's signing date counts as the
// signing when the scenario records none (`start on signing` reads it the same way).
std::vector<model::Event> startingEvents(const Timeline& t, const std::string& kind) {
  std::vector<model::Event> out;
  for (const auto& e : t.events) {
    if (e.event.kind == kind) out.push_back(e.event);
  }
  if (out.empty() && kind == "signing" && t.agreement->signedOn) {
    model::Event signing;
    signing.date = *t.agreement->signedOn;
    signing.kind = "signing";
    out.push_back(signing);
  }
  return out;
}

// A window after a moment ("tussen de 3 en de 6 maanden na"): the first allowed day, added to
// the rule; "" without a window.
std::string windowOpens(const model::Agreement& a, const model::Deadline& d, Date day, std::optional<int> minute,
                        std::string& rule) {
  if (!d.earliest) return "";
  std::string how;
  std::string opens = dueAfter(a, day, minute, *d.earliest, how);
  rule += ", at the earliest " + d.earliest->text() + " after" + how + ": not before " + opens;
  return opens;
}

// So long before a moment: hours from the event's time (or the day, without one), else the
// day minus days, weeks, months or years (clamped to the month's end like any month count).
std::string dueBefore(Date day, std::optional<int> minute, const time::Duration& d, std::string& rule) {
  if (d.unit == time::Unit::Hour) {
    auto due = time::DateTime{day, minute.value_or(0)}.plusHours(-d.count);
    if (!minute) rule += " (no time given: at the same time of day)";
    return minute ? due.iso() : due.date.iso();
  }
  auto shifted = time::subtract(day, d);
  if (shifted.outOfRange) {
    rule += ": before 0001-01-01, beyond the calendar";
    return "";
  }
  return shifted.date.iso();
}

// Deadlines before or at each occurrence of an event ("ten minste 2 en ten hoogste 4 weken voor
// de vergadering", "uiterlijk op het tijdstip van"): one per recorded occurrence.
void beforeEventDues(const Timeline& t, const model::Clause& c, const model::Deadline& d, std::vector<Due>& out) {
  const auto& a = *t.agreement;
  const std::string cite = " (" + art(c.id) + ")";
  const std::string what = model::eventKindLabel(a, d.event);
  for (const auto& e : startingEvents(t, d.event)) {
    std::string at = e.minuteOfDay ? time::DateTime{e.date, *e.minuteOfDay}.iso() : e.date.iso();
    std::string named = what + (e.name.empty() ? "" : " (" + e.name + ")");
    std::string rule, due, earliest;
    if (d.kind == model::Deadline::Kind::AtEvent) {
      rule = "at the latest at the " + named + " on " + at;
      due = at;
    } else if (!d.duration) {
      rule = "before the " + named + " on " + e.date.iso() + ": by the day before";
      due = e.date.plusDays(-1).iso();
    } else {
      rule = (d.earliest ? "at the latest " : "") + d.duration->text() + " before the " + named + " on " + at;
      due = dueBefore(e.date, e.minuteOfDay, *d.duration, rule);
      if (d.earliest) {
        std::string opens = "at the earliest " + d.earliest->text() + " before";
        earliest = dueBefore(e.date, e.minuteOfDay, *d.earliest, opens);
        rule += ", " + opens + ": not before " + earliest;
      }
    }
    std::string party = e.of.empty() ? e.by : e.of;
    std::string label = named + " on " + e.date.iso();
    out.push_back(Due{c.id, due, rule + cite, label, std::nullopt, e.name, party, earliest, false});
  }
}

}  // namespace

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
  if (r.decreeDaysUnknown) note += decreeCaveat(r.unknownDecreeYears);
  return Rolled{r.date, note};
}

std::vector<Due> dueDates(const Timeline& t, long long lastPeriod) {
  const auto& a = *t.agreement;
  std::vector<Due> out;
  for (const auto& c : a.clauses) {
    for (const auto& d : c.deadlines) {
      const std::size_t first = out.size();
      const std::string cite = " (" + art(c.id) + ")";
      if (d.kind == model::Deadline::Kind::BeforeTermEnd && t.chain) {
        // Before the end of each period, or only of the period the clause names.
        long long from = d.period ? d.period : 1, to = d.period ? std::min(d.period, lastPeriod) : lastPeriod;
        if (t.maxPeriods) to = std::min(to, *t.maxPeriods);
        for (long long n = from; n <= to; ++n) {
          auto shiftedEnd = t.chain->endOf(n);
          if (shiftedEnd.outOfRange) break;  // the periods from here on end beyond the calendar
          Date end = shiftedEnd.date;
          Date due = time::subtract(end, *d.duration).date;
          std::string label = "period " + std::to_string(n);
          Interval period{t.chain->startOf(n), end};
          // A period that an act cut short: its deadline still fell due if it came while the
          // agreement was in force (nobody knew then that the period would not run out).
          if (t.end && end > t.end->date) {
            if (due < t.end->date) {
              out.push_back(Due{c.id, due.iso(),
                                d.duration->text() + " before the planned end of period " + std::to_string(n) + " on " +
                                    end.iso() + "; the agreement ended earlier, on " + t.end->date.iso() + cite,
                                label, period, "", "", "", false});
            }
            break;
          }
          out.push_back(
              Due{c.id, due.iso(),
                  d.duration->text() + " before the end of period " + std::to_string(n) + " on " + end.iso() + cite,
                  label, period, "", "", "", false});
        }
      } else if (d.kind == model::Deadline::Kind::AfterEvent) {
        const std::string what = model::eventKindLabel(a, d.event);
        for (const auto& e : startingEvents(t, d.event)) {
          std::string party = e.of.empty() ? e.by : e.of;
          std::string rule = d.lengthText() + " after " + what + (e.name.empty() ? "" : " (" + e.name + ")") + " on " +
                             (e.minuteOfDay ? time::DateTime{e.date, *e.minuteOfDay}.iso() : e.date.iso());
          std::string due = dueAfter(a, e.date, e.minuteOfDay, *d.duration, rule);
          std::string opens = windowOpens(a, d, e.date, e.minuteOfDay, rule);
          if (c.holders.kind == model::Holders::Kind::EventParty && !party.empty()) {
            rule += "; owed by " + partyLabel(a, party) + ", the party of the event";
          }
          std::string label = what + (e.name.empty() ? "" : " (" + e.name + ")") + " on " + e.date.iso();
          out.push_back(Due{c.id, due, rule + cite, label, std::nullopt, e.name, party, opens, false});
        }
      } else if (d.kind == model::Deadline::Kind::AfterEnd) {
        // "binnen 3 maanden na beëindiging": from the end, once an end is known.
        if (!t.end) continue;  // no end known: nothing falls due (yet)
        std::string rule = d.lengthText() + " after the end on " + t.end->date.iso();
        std::string due = dueAfter(a, t.end->date, std::nullopt, *d.duration, rule);
        std::string opens = windowOpens(a, d, t.end->date, std::nullopt, rule);
        out.push_back(Due{c.id, due, rule + cite, "", std::nullopt, "", "", opens, false});
      } else if (d.kind == model::Deadline::Kind::AfterStart) {
        // "uiterlijk 1 jaar na inwerkingtreding": from the start, when it is known.
        if (!t.start) {
          out.push_back(Due{
              c.id, "", d.lengthText() + " after the start, which is not known (" + say(t.startReason, a) + ")" + cite,
              "", std::nullopt, "", "", "", false});
          continue;
        }
        std::string rule = d.lengthText() + " after the start on " +
                           (t.startMinute ? time::DateTime{*t.start, *t.startMinute}.iso() : t.start->iso());
        std::string due = dueAfter(a, *t.start, t.startMinute, *d.duration, rule);
        std::string opens = windowOpens(a, d, *t.start, t.startMinute, rule);
        out.push_back(Due{c.id, due, rule + cite, "", std::nullopt, "", "", opens, false});
      } else if (d.kind == model::Deadline::Kind::BeforeEvent || d.kind == model::Deadline::Kind::AtEvent) {
        beforeEventDues(t, c, d, out);
      } else if (d.date) {
        Date due = d.kind == model::Deadline::Kind::BeforeDate ? d.date->plusDays(-1) : *d.date;
        out.push_back(
            Due{c.id, due.iso(),
                std::string(d.kind == model::Deadline::Kind::BeforeDate ? "before " : "by ") + d.date->iso() + cite, "",
                std::nullopt, "", "", "", false});
      }
      if (d.scheduled) {
        // "na zes maanden wordt ... geëvalueerd": the day it happens, not a last day.
        for (std::size_t i = first; i < out.size(); ++i) {
          out[i].scheduled = true;
          if (out[i].rule.rfind("within ", 0) == 0)
            out[i].rule = "scheduled " + out[i].rule.substr(7);
          else if (out[i].rule.rfind("by ", 0) == 0)
            out[i].rule = "scheduled on " + out[i].rule.substr(3);
        }
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
    // A duty after the end with no time set is due at once: on the end date (art. 6:38 BW).
    if (c.afterEnd && c.kind == model::ClauseKind::Duty && c.deadlines.empty() && c.schedules.empty() && t.end) {
      out.push_back(
          Due{c.id, t.end->date.iso(),
              "after the end on " + t.end->date.iso() + ", no time set: due at once (art. 6:38 BW) (" + art(c.id) + ")",
              "", std::nullopt, "", "", "", false});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Due& x, const Due& y) { return x.due < y.due; });
  return out;
}

}  // namespace agree::runtime
