#include "agenda.h"

#include <algorithm>

#include "calendars.h"
#include "cite.h"
#include "deadlines.h"
#include "input_limits.h"
#include "notice_day.h"
#include "time/period.h"

namespace agree::runtime {

namespace {

using model::Recurrence;
using model::RecurrenceDue;

Date ymd(int y, unsigned m, unsigned d) {
  // Clamp to the month's end (29 February in a year without one is the 28th).
  auto first = Date::fromYmd(y, m, 1);
  if (!first) return y < 1 ? Date::min() : Date::max();
  auto exact = Date::fromYmd(y, m, d);
  return exact ? *exact : time::addMonths(*first, 1).date.plusDays(-1);
}

Date lastDayOfMonth(int y, unsigned m) { return ymd(y, m, 31); }

// Month index (year * 12 + month - 1) arithmetic for the recurrences.
long long monthIndex(Date d) { return static_cast<long long>(d.year()) * 12 + d.month() - 1; }
Date firstOfMonthIndex(long long i) { return ymd(static_cast<int>(i / 12), static_cast<unsigned>(i % 12) + 1, 1); }
Date lastOfMonthIndex(long long i) {
  return lastDayOfMonth(static_cast<int>(i / 12), static_cast<unsigned>(i % 12) + 1);
}

std::string shortText(const std::string& text) {
  std::string flat;
  for (char c : text) flat += (c == '\n' || c == '\t') ? ' ' : c;
  if (flat.size() <= 80) return flat;
  std::size_t cut = flat.rfind(' ', 80);
  if (cut == std::string::npos || cut < 40) cut = 80;
  while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;
  return flat.substr(0, cut) + " ...";
}

class AgendaBuilder {
 public:
  AgendaBuilder(const Timeline& t, Date from, Date to, std::string party)
      : t_(t), from_(from), to_(to), party_(std::move(party)) {
    inForceFrom_ = t.start ? *t.start : Date::max();
    inForceUntil_ = t.end ? t.end->date : Date::max();
  }

  AgendaItem* add(Date date, std::string due, const char* kind, const model::Clause* c, std::string holders,
                  std::string rule) {
    if (date < from_ || to_ < date || !concernsParty(c, kind, holders)) return nullptr;
    // Memory stays bounded however long the window: past twice the cap, only the earliest
    // items can still be listed, and nothing after them needs to be made.
    if (items_.size() >= 2 * limits::kMaxAgendaItems) keepEarliest();
    if (to_ < date) return nullptr;
    items_.push_back(AgendaItem{date, std::move(due), kind, c ? c->id : "", std::move(holders),
                                c ? shortText(c->text) : "", std::move(rule), "", std::nullopt, "", false, ""});
    return &items_.back();
  }

  // With a party: the items it must act on. Deadlines of a `party of event` clause are the
  // holder's named in the event; a notice is an option every party may take.
  bool concernsParty(const model::Clause* c, const char* kind, const std::string& holders) const {
    if (party_.empty() || !c) return true;
    std::string_view k(kind);
    bool ofEvent = c->holders.kind == model::Holders::Kind::EventParty && k != "recurring" && k != "notice";
    return ofEvent ? holders == party_ : c->holders.mayAct(party_) || k == "notice";
  }

  // Whether the period [a, b) (concerned by an occurrence) overlaps the time in force.
  bool concerns(Date a, Date b) const { return a < inForceUntil_ && inForceFrom_ < b; }

  // An occurrence for the period [a, b) due on `due`. Nothing falls due before the start (the
  // budget for the first year, due the day before). For a period cut short by the end it is
  // owed only if it falls due while the agreement is in force (no Q1 report for a quarter the
  // agreement left in January); for a whole period it is owed even when due after the end (the
  // annual report on the last year). A surviving clause keeps all its occurrences.
  bool owed(const model::Clause& c, Date a, Date b, Date due) const {
    if (!concerns(a, b) || due < inForceFrom_) return false;
    return c.survival || b <= inForceUntil_ || due < inForceUntil_;
  }

  void recurring(const model::Clause& c, const model::Schedule& sc) {
    const auto& due = sc.due;
    std::string schedule = model::scheduleText(sc);
    std::string cite = " (" + art(c.id) + ": " + schedule + ")";
    // Each occurrence: for [a, b), labelled `label`, due on d, moved to the next working day
    // where the clause says so.
    auto put = [&](Date a, Date b, std::string label, Date d, std::string rule) -> AgendaItem* {
      if (sc.rollsForward) {
        auto rolled = rollToWorkingDay(*t_.agreement, d);
        d = rolled.date;
        rule += say(rolled.note, *t_.agreement);
      }
      auto* item = add(d, d.iso(), "recurring", &c, c.holders.written, std::move(rule));
      if (item) {
        item->forLabel = std::move(label);
        item->forPeriod = Interval{a, b};
        item->countedPerYear = sc.every == Recurrence::TimesPerYear;
      }
      return item;
    };
    // `due 6 weeks after quarter`: the period's last day + the delay (working days: the N-th
    // after it, the day itself not counted); nullopt past the calendar.
    std::string howCounted;  // the working days skipped, for the rule
    auto after = [&](Date lastDay) -> std::optional<Date> {
      howCounted.clear();
      if (due.delay->unit == time::Unit::WorkingDay) return nthWorkingDayAfter(lastDay, *due.delay, howCounted);
      auto shifted = time::add(lastDay, *due.delay);
      if (shifted.outOfRange) return std::nullopt;
      return shifted.date;
    };
    const bool dueAfter = due.kind == RecurrenceDue::Kind::AfterPeriod && due.delay;
    auto afterText = [&](const char* noun, Date lastDay) {
      return ", due " + due.delay->text() + " after the " + noun + "'s last day " + lastDay.iso() + howCounted;
    };
    // Occurrences are walked from a little before the window to its end: bounded by the window.
    long long firstMonth = std::max(monthIndex(from_) - 24, monthIndex(inForceFrom_));
    long long lastMonth = monthIndex(to_);
    switch (sc.every) {
      case Recurrence::Monthly:
        for (long long m = firstMonth; m <= lastMonth; ++m) {
          Date a = firstOfMonthIndex(m), b = firstOfMonthIndex(m + 1);
          if (!concerns(a, b)) continue;
          std::string month = a.iso().substr(0, 7);
          if (due.kind == RecurrenceDue::Kind::InAdvance) {
            if (owed(c, a, b, a)) put(a, b, month, a, "for " + month + ", due in advance on its first day" + cite);
          } else if (due.kind == RecurrenceDue::Kind::EndOfMonthAfter) {
            Date d = lastOfMonthIndex(m + due.nthMonth);
            if (owed(c, a, b, d)) put(a, b, month, d, "for " + month + cite);
          } else if (dueAfter) {
            Date last = b.plusDays(-1);
            auto d = after(last);
            if (d && owed(c, a, b, *d)) put(a, b, month, *d, "for " + month + afterText("month", last) + cite);
          } else {
            Date d = lastOfMonthIndex(m);
            if (owed(c, a, b, d)) put(a, b, month, d, "for " + month + ", by the month's last day" + cite);
          }
        }
        break;
      case Recurrence::Quarterly:
      case Recurrence::HalfYearly: {
        // Calendar quarters (Q1 2026) or half-years (H1 2026: January to June).
        const long long span = sc.every == Recurrence::Quarterly ? 3 : 6;
        const char* name = sc.every == Recurrence::Quarterly ? "quarter" : "half-year";
        for (long long m = firstMonth - firstMonth % span; m <= lastMonth; m += span) {
          int n = static_cast<int>(m % 12 / span) + 1;
          if (std::find(sc.exceptQuarters.begin(), sc.exceptQuarters.end(), n) != sc.exceptQuarters.end()) continue;
          Date a = firstOfMonthIndex(m), b = firstOfMonthIndex(m + span);
          if (!concerns(a, b)) continue;
          std::string q = (span == 3 ? "Q" : "H") + std::to_string(n) + " " + std::to_string(a.year());
          Date last = lastOfMonthIndex(m + span - 1);
          std::optional<Date> d = due.kind == RecurrenceDue::Kind::EndOfMonthAfter
                                      ? lastOfMonthIndex(m + span - 1 + due.nthMonth)
                                  : dueAfter ? after(last)
                                             : last;
          if (!d || !owed(c, a, b, *d)) continue;
          put(a, b, q, *d,
              "for " + q +
                  (due.kind == RecurrenceDue::Kind::EndOfMonthAfter ? std::string()
                   : dueAfter                                       ? afterText(name, last)
                                                                    : std::string(", by the ") + name + "'s last day") +
                  cite);
        }
        break;
      }
      case Recurrence::Yearly:
        if (sc.window) {
          yearlyWindow(c, *sc.window, firstMonth, lastMonth, cite, put);
          break;
        }
        if (due.kind == RecurrenceDue::Kind::ByMonthDay || due.kind == RecurrenceDue::Kind::BeforeMonthDay ||
            due.kind == RecurrenceDue::Kind::EndOfMonthAfter || dueAfter) {
          // The year an occurrence is for can lie after its due day (a budget for Y + 1 due in
          // Y, or `before --01-01`): walk one year past the window so that every item due in it
          // is listed, whatever it is for.
          for (int y = static_cast<int>(firstMonth / 12) - 1; y <= static_cast<int>(lastMonth / 12) + 1; ++y) {
            if (y < 1 || y > 9999) continue;
            Date a = ymd(y, 1, 1), b = y < 9999 ? ymd(y + 1, 1, 1) : Date::max();
            if (!concerns(a, b)) continue;
            Date d;
            std::string how;
            if (due.kind == RecurrenceDue::Kind::EndOfMonthAfter) {
              d = lastOfMonthIndex(static_cast<long long>(y) * 12 + 11 + due.nthMonth);
            } else if (dueAfter) {
              auto shifted = after(b.plusDays(-1));
              if (!shifted) continue;
              d = *shifted;
              how = afterText("year", b.plusDays(-1));
            } else {
              int in = y + (due.nextYear ? 1 : 0) - (due.previousYear ? 1 : 0);
              if (in < 1 || in > 9999) continue;
              d = ymd(in, due.month, due.day);
              if (due.kind == RecurrenceDue::Kind::BeforeMonthDay) d = d.plusDays(-1);
            }
            if (!owed(c, a, b, d)) continue;
            put(a, b, std::to_string(y), d, "for " + std::to_string(y) + how + cite);
          }
          break;
        }
        [[fallthrough]];
      case Recurrence::TimesPerYear:
        if (sc.calendarYear) {
          calendarYears(c, sc, firstMonth, lastMonth, cite, put);
          break;
        }
        // Per agreement year, from the start: due by each agreement year's last day.
        if (t_.start) {
          for (long long k = 0; k < 2000; ++k) {
            auto from = time::addMonths(*t_.start, 12 * k), until = time::addMonths(*t_.start, 12 * (k + 1));
            if (from.outOfRange) break;
            Date a = from.date, b = until.date;
            if (to_ < a || inForceUntil_ <= a) break;
            Date d = b.plusDays(-1);
            if (until.outOfRange) {
              // The year ends past 9999-12-31 (saturated, not clamped): its last day is 9999-12-31
              // only when it starts on 9999-01-01; otherwise it has no date agree can give.
              if (a != *Date::fromYmd(9999, 1, 1)) break;
              d = Date::max();
            }
            if (!owed(c, a, b, d)) continue;
            std::string year = "the agreement year " + a.iso() + " .. " + d.iso();
            std::string what = sc.every == Recurrence::TimesPerYear
                                   ? "at least " + std::to_string(sc.timesPerYear) + " times in " + year
                                   : "once in " + year;
            put(a, b, year, d, what + cite);
          }
        }
        break;
      case Recurrence::None: break;
    }
  }

  // Notice against the end of a calendar year (quarter, month): the last day for each end.
  void calendarNotices(const model::NoticeRule& n) {
    const auto& a = *t_.agreement;
    const model::Clause* c = a.findClause(n.clause);
    const int months = n.calendar->months();
    auto end = time::calendarPeriodEnd(std::max(from_, inForceFrom_), months);
    for (int steps = 0; steps < 100000 && !end.outOfRange; ++steps, end = time::addMonths(end.date, months)) {
      if (t_.end && end.date > t_.end->date) break;
      auto day = noticeDay(a, end.date, n.period);
      if (to_ < day.latest) break;
      if (day.latest < inForceFrom_) continue;
      add(day.latest, day.latest.iso(), "notice", c, n.by.written,
          "last day for a notice (" + n.period.text() + " before the end of a " + n.calendar->unitName() + ", " +
              formLabel(n.form) + ") that ends the agreement on " + end.date.iso() + " (" + art(n.clause) + ")" +
              say(noticeDayNote(day, end.date), a));
    }
  }

  // `recurs yearly between --06-01 and --06-30`: the occurrence for year Y (the calendar year
  // its window opens in) is due on the window's last day, and too early before its first.
  template <typename Put>
  void yearlyWindow(const model::Clause& c, const model::YearWindow& w, long long firstMonth, long long lastMonth,
                    const std::string& cite, Put& put) {
    // One year before the window's: an occurrence over the year end is due in the next year.
    for (int y = static_cast<int>(firstMonth / 12) - 1; y <= static_cast<int>(lastMonth / 12); ++y) {
      if (y < 1 || y > 9999) continue;
      auto opens = w.opens(y), closes = w.closes(y);
      if (!opens || !closes) continue;
      Date a = ymd(y, 1, 1), b = y < 9999 ? ymd(y + 1, 1, 1) : Date::max();
      // Owed as the window's own days are: none closing before the start, none cut short by the end.
      if (!owed(c, *opens, closes->plusDays(1), *closes)) continue;
      std::string year = std::to_string(y);
      if (auto* item =
              put(a, b, year, *closes, "for " + year + ", between " + opens->iso() + " and " + closes->iso() + cite)) {
        item->earliest = opens->iso();
      }
    }
  }

  // The n-th working day after `day` on the agreement's calendar, `day` itself not counted;
  // `note` says which holidays were skipped and whether decree days are not yet known.
  std::optional<Date> nthWorkingDayAfter(Date day, const time::Duration& n, std::string& note) const {
    std::string error;
    const auto* cal = workingDayCalendar(t_.agreement->calendar, error);
    if (!cal) return std::nullopt;
    auto r = cal->addWorkingDays(day, static_cast<int>(n.count));
    if (r.saturated) return std::nullopt;
    note = " (" + t_.agreement->calendar + " calendar, " + day.iso() + " itself not counted";
    for (const auto& skipped : r.skipped) note += "; " + skipped.date.iso() + " " + skipped.name;
    note += ")";
    if (r.decreeDaysUnknown) {
      note += " (caveat: days equated by royal decree for";
      for (int y : r.unknownDecreeYears) note += " " + std::to_string(y);
      note += " are not yet known)";
    }
    return r.date;
  }

  // "At least N times per calendar year": one item per calendar year, due on 31 December. A
  // calendar year the agreement is not in force for wholly is not judged (countViolations), so
  // it is not listed either.
  template <typename Put>
  void calendarYears(const model::Clause& c, const model::Schedule& sc, long long firstMonth, long long lastMonth,
                     const std::string& cite, Put& put) {
    for (int y = static_cast<int>(firstMonth / 12); y <= static_cast<int>(lastMonth / 12); ++y) {
      if (y < 1 || y > 9998) continue;
      Date a = ymd(y, 1, 1), b = ymd(y + 1, 1, 1), d = ymd(y, 12, 31);
      if (a < inForceFrom_ || !owed(c, a, b, d)) continue;
      std::string year = std::to_string(y);
      put(a, b, year, d, "at least " + std::to_string(sc.timesPerYear) + " times in the calendar year " + year + cite);
    }
  }

  void notices() {
    const auto& a = *t_.agreement;
    for (const auto& n : a.notices) {
      if (n.calendar && n.calendar->rule == model::CalendarAnchor::Rule::BeforeEnd) calendarNotices(n);
    }
    if (!t_.chain) return;
    for (const auto& n : a.notices) {
      if (!n.beforeTermEnd) continue;
      const model::Clause* c = a.findClause(n.clause);
      auto first = t_.periodAt(std::max(from_, inForceFrom_));
      if (!first) continue;
      for (long long k = *first; k < *first + 2000; ++k) {
        if (t_.maxPeriods && k >= *t_.maxPeriods) break;  // the last period ends anyway
        auto shifted = t_.chain->endOf(k);
        if (shifted.outOfRange) break;  // ends beyond the calendar: no date to give
        Date end = shifted.date;
        if (t_.end && end > t_.end->date) break;
        // The computed day, with the safe day of the other reading of "before the end" and a
        // warning when it is no working day: the agenda exists so that nobody is late.
        auto day = noticeDay(a, end, n.period);
        if (to_ < day.latest) break;
        add(day.latest, day.latest.iso(), "notice", c, n.by.written,
            "last day for a notice (" + n.period.text() + ", " + formLabel(n.form) + ") that ends the agreement on " +
                end.iso() + " (" + art(n.clause) + ")" + say(noticeDayNote(day, end), a));
      }
    }
  }

  void deadlines() {
    long long last = 0;
    if (t_.chain) {
      if (auto n = t_.chain->indexContaining(to_)) last = std::min<long long>(*n + 1, 2000);
    }
    for (const auto& d : dueDates(t_, last)) {
      if (d.due.empty()) continue;
      auto date = Date::parseIso(d.due.substr(0, 10));
      if (!date) continue;
      const model::Clause* c = t_.agreement->findClause(d.clause);
      // "De partij die het datalek ontdekt": the party the event happened to holds it.
      bool ofEvent = c && c->holders.kind == model::Holders::Kind::EventParty && !d.eventParty.empty();
      std::string holders = ofEvent ? d.eventParty : c ? c->holders.written : "";
      if (auto* item =
              add(*date, d.due, d.scheduled ? "scheduled" : "deadline", c, holders, say(d.rule, *t_.agreement))) {
        item->forLabel = d.label;
        item->forPeriod = d.period;
        item->eventName = d.eventName;
        item->earliest = d.earliest;
      }
    }
  }

  // The items in date order; over the cap, the earliest whole days that fit in it, and the
  // last of those days (AgendaItems::listedThrough).
  AgendaItems take() {
    sortByDate();
    AgendaItems out;
    if (items_.size() > limits::kMaxAgendaItems) {
      out.truncated = true;
      Date first = items_[limits::kMaxAgendaItems].date;  // the first day not listed whole
      std::size_t keep = limits::kMaxAgendaItems;
      while (keep > 0 && items_[keep - 1].date == first) --keep;
      if (keep == 0) {
        keep = limits::kMaxAgendaItems;  // one day holds more than the cap: part of it is shown
      } else {
        out.listedThrough = items_[keep - 1].date;
      }
      items_.resize(keep);
    }
    out.items = std::move(items_);
    return out;
  }

 private:
  void sortByDate() {
    std::stable_sort(items_.begin(), items_.end(), [](const AgendaItem& a, const AgendaItem& b) {
      if (a.date != b.date) return a.date < b.date;
      return a.due < b.due;
    });
  }

  // Keeps the items up to the day of the cap-th earliest, and makes nothing after that day.
  void keepEarliest() {
    sortByDate();
    Date last = items_[limits::kMaxAgendaItems - 1].date;
    std::size_t keep = limits::kMaxAgendaItems;
    while (keep < items_.size() && items_[keep].date == last) ++keep;
    items_.resize(keep);
    to_ = last;
  }

  const Timeline& t_;
  Date from_, to_;
  Date inForceFrom_, inForceUntil_;
  std::string party_;
  std::vector<AgendaItem> items_;
};

}  // namespace

AgendaItems agenda(const Timeline& t, Date from, Date to, const std::string& party) {
  AgendaBuilder b(t, from, to, party);
  for (const auto& c : t.agreement->clauses) {
    if (!party.empty() && !c.holders.mayAct(party)) continue;
    for (const auto& sc : c.schedules) b.recurring(c, sc);
  }
  b.deadlines();
  b.notices();
  return b.take();
}

}  // namespace agree::runtime
