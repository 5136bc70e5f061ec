#include "deadlines.h"

#include <algorithm>

#include "calendars.h"
#include "cite.h"

namespace agree::runtime {

namespace {

Fact decreeCaveat(const std::vector<int>& years) {
  std::string list;
  for (int y : years) list += (list.empty() ? "" : " ") + std::to_string(y);
  return fact(FactKind::DecreeCaveat).with("years", Verbatim{list});
}

// The moment a rule is counted from: a day, or a day and a time.
FactValue momentValue(Date day, std::optional<int> minute) {
  if (minute) return time::DateTime{day, *minute};
  return day;
}

// A computed due ("2026-03-01", "2026-03-01T14:30", or "" when there is none) as a value.
FactValue dueValue(const std::string& due) {
  if (auto d = Date::parseIso(due)) return *d;
  if (auto dt = time::DateTime::parseIso(due)) return *dt;
  return Verbatim{"?"};
}

// "within 3 months", "scheduled 6 months" (the act happens on the day), "immediately".
Fact lengthFact(const model::Deadline& d) {
  if (d.immediately) return fact(FactKind::LengthImmediately);
  return fact(d.scheduled ? FactKind::LengthScheduled : FactKind::LengthWithin).with("duration", *d.duration);
}

// The last allowed day (or moment) `d` after a moment: the day plus days, weeks, months or
// years; the N-th working day after it (the day itself not counted); or the moment plus hours.
// A moment without a time of day counts hours from the same time of day, so the due is a day.
// Skipped non-working days, "2026-04-27 Koningsdag; ...", as one fact (none: no fact).
Fact skippedDays(const std::vector<calendar::NamedDay>& days) {
  Fact out;
  for (const auto& s : days) {
    Fact one = fact(FactKind::SkippedDay).with("date", s.date).with("name", DayName{s.name, s.dutchName});
    out = out ? fact(FactKind::Both).with("first", std::move(out)).with("second", std::move(one)) : std::move(one);
  }
  return out;
}

// Returns the due as text ("" when it cannot be computed) and sets `how` to what the rule says
// about the count, if anything.
std::string dueAfter(const model::Agreement& a, Date day, std::optional<int> minute, const time::Duration& d,
                     Fact& how) {
  if (d.unit == time::Unit::Hour) {
    auto due = time::DateTime{day, minute.value_or(0)}.plusHours(d.count);
    if (!minute) how = fact(FactKind::HowSameTimeOfDay);
    return minute ? due.iso() : due.date.iso();
  }
  if (d.unit == time::Unit::WorkingDay) {
    std::string error;
    const auto* cal = workingDayCalendar(a.calendar, error);
    if (!cal) {
      how = fact(FactKind::HowCalendarUnreadable).with("error", Verbatim{error});
      return "";
    }
    auto r = cal->addWorkingDays(day, static_cast<int>(d.count));
    how = fact(FactKind::HowWorkingDays)
              .with("calendar", Verbatim{a.calendar})
              .with("day", day)
              .with("skipped", skippedDays(r.skipped));
    if (r.decreeDaysUnknown) how.with("decree", decreeCaveat(r.unknownDecreeYears));
    return r.saturated ? "" : r.date.iso();
  }
  auto shifted = time::add(day, d);
  if (shifted.outOfRange) {
    how = fact(FactKind::HowAfterCalendar);
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

// A window after a moment ("tussen de 3 en de 6 maanden na"): the first allowed day, said in
// `window`; "" without a window.
std::string windowOpens(const model::Agreement& a, const model::Deadline& d, Date day, std::optional<int> minute,
                        Fact& window) {
  if (!d.earliest) return "";
  Fact how;
  std::string opens = dueAfter(a, day, minute, *d.earliest, how);
  window = fact(FactKind::WindowOpens)
               .with("duration", *d.earliest)
               .with("how", std::move(how))
               .with("opens", dueValue(opens));
  return opens;
}

// So long before a moment: hours from the event's time (or the day, without one), else the
// day minus days, weeks, months or years (clamped to the month's end like any month count).
std::string dueBefore(Date day, std::optional<int> minute, const time::Duration& d, Fact& how) {
  if (d.unit == time::Unit::Hour) {
    auto due = time::DateTime{day, minute.value_or(0)}.plusHours(-d.count);
    if (!minute) how = fact(FactKind::HowSameTimeOfDay);
    return minute ? due.iso() : due.date.iso();
  }
  auto shifted = time::subtract(day, d);
  if (shifted.outOfRange) {
    how = fact(FactKind::HowBeforeCalendar);
    return "";
  }
  return shifted.date.iso();
}

// Deadlines before or at each occurrence of an event ("ten minste 2 en ten hoogste 4 weken voor
// de vergadering", "uiterlijk op het tijdstip van"): one per recorded occurrence.
void beforeEventDues(const Timeline& t, const model::Clause& c, const model::Deadline& d, std::vector<Due>& out) {
  const auto& a = *t.agreement;
  const std::string what = model::eventKindLabel(a, d.event);
  for (const auto& e : startingEvents(t, d.event)) {
    std::string at = e.minuteOfDay ? time::DateTime{e.date, *e.minuteOfDay}.iso() : e.date.iso();
    std::string named = what + (e.name.empty() ? "" : " (" + e.name + ")");
    std::string due, earliest;
    Fact rule;
    if (d.kind == model::Deadline::Kind::AtEvent) {
      rule = fact(FactKind::DueAtEvent).with("at", momentValue(e.date, e.minuteOfDay));
      due = at;
    } else if (!d.duration) {
      rule = fact(FactKind::DueDayBeforeEvent).with("date", e.date);
      due = e.date.plusDays(-1).iso();
    } else {
      Fact how;
      due = dueBefore(e.date, e.minuteOfDay, *d.duration, how);
      rule = fact(FactKind::DueBeforeEvent)
                 .with("duration", *d.duration)
                 .with("at", momentValue(e.date, e.minuteOfDay))
                 .with("how", std::move(how));
      if (d.earliest) {
        Fact opensHow;
        earliest = dueBefore(e.date, e.minuteOfDay, *d.earliest, opensHow);
        rule.with("latest", 1LL)
            .with("window", fact(FactKind::EarliestBefore)
                                .with("duration", *d.earliest)
                                .with("how", std::move(opensHow))
                                .with("opens", dueValue(earliest)));
      }
    }
    rule.with("event", EventKindRef{d.event}).with("clause", ClauseRef{c.id});
    if (!e.name.empty()) rule.with("name", Verbatim{e.name});
    std::string party = e.of.empty() ? e.by : e.of;
    std::string label = named + " on " + e.date.iso();
    out.push_back(Due{c.id, due, std::move(rule), label, std::nullopt, e.name, party, earliest, false});
  }
}

}  // namespace

Rolled rollToWorkingDay(const model::Agreement& a, Date due) {
  std::string error;
  const auto* cal = workingDayCalendar(a.calendar, error);
  if (!cal) return Rolled{due, fact(FactKind::RolledCalendarUnreadable).with("error", Verbatim{error})};
  auto r = cal->rollForward(due);
  if (r.saturated) return Rolled{due, fact(FactKind::RolledNoWorkingDay)};
  if (r.skipped.empty() && !r.decreeDaysUnknown) return Rolled{r.date, {}};
  Fact note = fact(FactKind::RolledForward)
                  .with("due", due)
                  .with("skipped", skippedDays(r.skipped))
                  .with("date", r.date)
                  .with("calendar", Verbatim{a.calendar});
  if (r.decreeDaysUnknown) note.with("decree", decreeCaveat(r.unknownDecreeYears));
  return Rolled{r.date, note};
}

std::vector<Due> dueDates(const Timeline& t, long long lastPeriod) {
  const auto& a = *t.agreement;
  std::vector<Due> out;
  for (const auto& c : a.clauses) {
    for (const auto& d : c.deadlines) {
      const std::size_t first = out.size();
      const ClauseRef cite{c.id};
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
                                fact(FactKind::DueBeforePlannedEnd)
                                    .with("duration", *d.duration)
                                    .with("n", n)
                                    .with("end", end)
                                    .with("ended", t.end->date)
                                    .with("clause", cite),
                                label, period, "", "", "", false});
            }
            break;
          }
          out.push_back(Due{c.id, due.iso(),
                            fact(FactKind::DueBeforePeriodEnd)
                                .with("duration", *d.duration)
                                .with("n", n)
                                .with("end", end)
                                .with("clause", cite),
                            label, period, "", "", "", false});
        }
      } else if (d.kind == model::Deadline::Kind::AfterEvent) {
        const std::string what = model::eventKindLabel(a, d.event);
        for (const auto& e : startingEvents(t, d.event)) {
          std::string party = e.of.empty() ? e.by : e.of;
          Fact how, window;
          std::string due = dueAfter(a, e.date, e.minuteOfDay, *d.duration, how);
          std::string opens = windowOpens(a, d, e.date, e.minuteOfDay, window);
          Fact rule = fact(FactKind::DueAfterEvent)
                          .with("length", lengthFact(d))
                          .with("event", EventKindRef{d.event})
                          .with("at", momentValue(e.date, e.minuteOfDay))
                          .with("how", std::move(how))
                          .with("window", std::move(window))
                          .with("clause", cite);
          if (!e.name.empty()) rule.with("name", Verbatim{e.name});
          if (c.holders.kind == model::Holders::Kind::EventParty && !party.empty()) {
            rule.with("owedBy", PartyRef{party});
          }
          std::string label = what + (e.name.empty() ? "" : " (" + e.name + ")") + " on " + e.date.iso();
          out.push_back(Due{c.id, due, std::move(rule), label, std::nullopt, e.name, party, opens, false});
        }
      } else if (d.kind == model::Deadline::Kind::AfterEnd) {
        // "binnen 3 maanden na beëindiging": from the end, once an end is known.
        if (!t.end) continue;  // no end known: nothing falls due (yet)
        Fact how, window;
        std::string due = dueAfter(a, t.end->date, std::nullopt, *d.duration, how);
        std::string opens = windowOpens(a, d, t.end->date, std::nullopt, window);
        out.push_back(Due{c.id, due,
                          fact(FactKind::DueAfterEnd)
                              .with("length", lengthFact(d))
                              .with("date", t.end->date)
                              .with("how", std::move(how))
                              .with("window", std::move(window))
                              .with("clause", cite),
                          "", std::nullopt, "", "", opens, false});
      } else if (d.kind == model::Deadline::Kind::AfterStart) {
        // "uiterlijk 1 jaar na inwerkingtreding": from the start, when it is known.
        if (!t.start) {
          out.push_back(Due{c.id, "",
                            fact(FactKind::DueAfterStartUnknown)
                                .with("length", lengthFact(d))
                                .with("start", t.startReason)
                                .with("clause", cite),
                            "", std::nullopt, "", "", "", false});
          continue;
        }
        Fact how, window;
        std::string due = dueAfter(a, *t.start, t.startMinute, *d.duration, how);
        std::string opens = windowOpens(a, d, *t.start, t.startMinute, window);
        out.push_back(Due{c.id, due,
                          fact(FactKind::DueAfterStart)
                              .with("length", lengthFact(d))
                              .with("at", momentValue(*t.start, t.startMinute))
                              .with("how", std::move(how))
                              .with("window", std::move(window))
                              .with("clause", cite),
                          "", std::nullopt, "", "", opens, false});
      } else if (d.kind == model::Deadline::Kind::BeforeEvent || d.kind == model::Deadline::Kind::AtEvent) {
        beforeEventDues(t, c, d, out);
      } else if (d.date) {
        Date due = d.kind == model::Deadline::Kind::BeforeDate ? d.date->plusDays(-1) : *d.date;
        Fact rule =
            d.kind == model::Deadline::Kind::BeforeDate ? fact(FactKind::DueBeforeDate) : fact(FactKind::DueByDate);
        if (d.scheduled && d.kind != model::Deadline::Kind::BeforeDate) rule.with("scheduled", 1LL);
        out.push_back(Due{c.id, due.iso(), std::move(rule).with("date", *d.date).with("clause", cite), "", std::nullopt,
                          "", "", "", false});
      }
      if (d.scheduled) {
        // "na zes maanden wordt ... geëvalueerd": the day it happens, not a last day.
        // (Its rule says so already: lengthFact and DueByDate read `scheduled`.)
        for (std::size_t i = first; i < out.size(); ++i) out[i].scheduled = true;
      }
      if (d.rollsForward) {
        for (std::size_t i = first; i < out.size(); ++i) {
          auto day = Date::parseIso(out[i].due);
          if (out[i].due.size() != 10 || !day) continue;  // a moment in hours, or no date
          auto rolled = rollToWorkingDay(a, *day);
          out[i].due = rolled.date.iso();
          out[i].rule.with("rolled", rolled.note);
        }
      }
    }
    // A duty after the end with no time set is due at once: on the end date (art. 6:38 BW).
    if (c.afterEnd && c.kind == model::ClauseKind::Duty && c.deadlines.empty() && c.schedules.empty() && t.end) {
      out.push_back(Due{c.id, t.end->date.iso(),
                        fact(FactKind::DueAtOnceAfterEnd).with("date", t.end->date).with("clause", ClauseRef{c.id}), "",
                        std::nullopt, "", "", "", false});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Due& x, const Due& y) { return x.due < y.due; });
  return out;
}

}  // namespace agree::runtime
