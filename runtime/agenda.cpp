#include "agenda.h"

#include <algorithm>

#include "calendars.h"
#include "cite.h"
#include "deadlines.h"
#include "input_limits.h"
#include "notice_day.h"
#include "schedule_fact.h"
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

// Who must act: listed parties and bodies by name, one after the other ("Heliomare, WerkSaam");
// else as answers say holders ("each party").
Fact whoFact(const model::Holders& h) {
  if (h.kind != model::Holders::Kind::Listed) return holdersFact(h);
  Fact out;
  for (const auto* ids : {&h.parties, &h.bodies}) {
    for (const auto& id : *ids) {
      Fact one = fact(FactKind::PartyName).with("party", PartyRef{id});
      out =
          out ? fact(FactKind::PartyList).with("first", std::move(out)).with("second", std::move(one)) : std::move(one);
    }
  }
  return out;
}

// Which occurrence a clause deadline is: a term period ("period 2"), the event that created it
// ("data breach (lek-1) on 2026-03-02"), else its label as it stands.
Fact dueForFact(const Due& d) {
  if (d.label.empty()) return {};
  const std::string_view period = "period ";
  if (d.period && d.label.compare(0, period.size(), period) == 0) {
    return fact(FactKind::ForPeriod)
        .with("label", Verbatim{d.label})
        .with("n", std::stoll(d.label.substr(period.size())));
  }
  const auto* event = d.rule.arg("event");
  auto on = d.label.size() > 10 ? Date::parseIso(d.label.substr(d.label.size() - 10)) : std::nullopt;
  if (event && on) {
    Fact f = fact(FactKind::ForEvent).with("label", Verbatim{d.label}).with("event", *event).with("at", *on);
    if (!d.eventName.empty()) f.with("name", Verbatim{d.eventName});
    return f;
  }
  return fact(FactKind::ForLabel).with("label", Verbatim{d.label});
}

class AgendaBuilder {
 public:
  AgendaBuilder(const Timeline& t, Date from, Date to, std::string party)
      : t_(t), from_(from), to_(to), party_(std::move(party)) {
    inForceFrom_ = t.start ? *t.start : Date::max();
    inForceUntil_ = t.end ? t.end->date : Date::max();
  }

  AgendaItem* add(Date date, std::string due, const char* kind, const model::Clause* c, std::string holders, Fact who,
                  Fact rule) {
    if (date < from_ || to_ < date || !concernsParty(c, kind, holders)) return nullptr;
    // Memory stays bounded however long the window: past twice the cap, only the earliest
    // items can still be listed, and nothing after them needs to be made.
    if (items_.size() >= 2 * limits::kMaxAgendaItems) keepEarliest();
    if (to_ < date) return nullptr;
    AgendaItem item;
    item.date = date;
    item.due = std::move(due);
    item.kind = kind;
    item.clause = c ? c->id : "";
    item.holders = std::move(holders);
    item.who = std::move(who);
    item.what = c ? shortText(c->text) : "";
    item.rule = std::move(rule);
    items_.push_back(std::move(item));
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
    const Fact schedule = scheduleFact(sc);
    // Each occurrence: for [a, b), labelled `label` (in words: `label`'s fact), due on d, moved
    // to the next working day where the clause says so. `rule` is completed with the clause.
    auto put = [&](Date a, Date b, std::string label, Fact forFact, Date d, Fact rule) -> AgendaItem* {
      rule.with("clause", ClauseRef{c.id}).with("schedule", schedule);
      if (sc.rollsForward) {
        auto rolled = rollToWorkingDay(*t_.agreement, d);
        d = rolled.date;
        rule.with("rolled", rolled.note);
      }
      auto* item = add(d, d.iso(), "recurring", &c, c.holders.written, whoFact(c.holders), std::move(rule));
      if (item) {
        item->forLabel = std::move(label);
        item->forFact = std::move(forFact);
        item->forPeriod = Interval{a, b};
        item->countedPerYear = sc.every == Recurrence::TimesPerYear;
      }
      return item;
    };
    // `due 6 weeks after quarter`: the period's last day + the delay (working days: the N-th
    // after it, the day itself not counted); nullopt past the calendar.
    Fact howCounted;  // the working days skipped, for the rule
    auto after = [&](Date lastDay) -> std::optional<Date> {
      howCounted = Fact();
      if (due.delay->unit == time::Unit::WorkingDay) return nthWorkingDayAfter(lastDay, *due.delay, howCounted);
      auto shifted = time::add(lastDay, *due.delay);
      if (shifted.outOfRange) return std::nullopt;
      return shifted.date;
    };
    const bool dueAfter = due.kind == RecurrenceDue::Kind::AfterPeriod && due.delay;
    // "due 6 weeks after the quarter's last day 2026-03-31": `noun` names the period.
    auto afterRule = [&](Fact forFact, const char* noun, Date lastDay) {
      return fact(FactKind::RecurAfterPeriod)
          .with("occurrence", std::move(forFact))
          .with("delay", *due.delay)
          .with(noun, 1LL)
          .with("last", lastDay)
          .with("how", howCounted);
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
          Fact forMonth = fact(FactKind::ForMonth).with("label", Verbatim{month}).with("month", MonthRef{a});
          if (due.kind == RecurrenceDue::Kind::InAdvance) {
            if (owed(c, a, b, a))
              put(a, b, month, forMonth, a, fact(FactKind::RecurInAdvance).with("occurrence", forMonth));
          } else if (due.kind == RecurrenceDue::Kind::EndOfMonthAfter) {
            Date d = lastOfMonthIndex(m + due.nthMonth);
            if (owed(c, a, b, d)) put(a, b, month, forMonth, d, fact(FactKind::RecurFor).with("occurrence", forMonth));
          } else if (dueAfter) {
            Date last = b.plusDays(-1);
            auto d = after(last);
            if (d && owed(c, a, b, *d)) put(a, b, month, forMonth, *d, afterRule(forMonth, "month", last));
          } else {
            Date d = lastOfMonthIndex(m);
            if (owed(c, a, b, d))
              put(a, b, month, forMonth, d,
                  fact(FactKind::RecurByLastDay).with("occurrence", forMonth).with("month", 1LL));
          }
        }
        break;
      case Recurrence::Quarterly:
      case Recurrence::HalfYearly: {
        // Calendar quarters (Q1 2026) or half-years (H1 2026: January to June).
        const long long span = sc.every == Recurrence::Quarterly ? 3 : 6;
        const char* noun = sc.every == Recurrence::Quarterly ? "quarter" : "halfYear";
        for (long long m = firstMonth - firstMonth % span; m <= lastMonth; m += span) {
          int n = static_cast<int>(m % 12 / span) + 1;
          if (std::find(sc.exceptQuarters.begin(), sc.exceptQuarters.end(), n) != sc.exceptQuarters.end()) continue;
          Date a = firstOfMonthIndex(m), b = firstOfMonthIndex(m + span);
          if (!concerns(a, b)) continue;
          std::string q = (span == 3 ? "Q" : "H") + std::to_string(n) + " " + std::to_string(a.year());
          Fact forQ = fact(span == 3 ? FactKind::ForQuarter : FactKind::ForHalfYear)
                          .with("label", Verbatim{q})
                          .with("n", static_cast<long long>(n))
                          .with("year", static_cast<long long>(a.year()));
          Date last = lastOfMonthIndex(m + span - 1);
          std::optional<Date> d = due.kind == RecurrenceDue::Kind::EndOfMonthAfter
                                      ? lastOfMonthIndex(m + span - 1 + due.nthMonth)
                                  : dueAfter ? after(last)
                                             : last;
          if (!d || !owed(c, a, b, *d)) continue;
          put(a, b, q, forQ, *d,
              due.kind == RecurrenceDue::Kind::EndOfMonthAfter ? fact(FactKind::RecurFor).with("occurrence", forQ)
              : dueAfter                                       ? afterRule(forQ, noun, last)
                         : fact(FactKind::RecurByLastDay).with("occurrence", forQ).with(noun, 1LL));
        }
        break;
      }
      case Recurrence::Yearly:
        if (sc.window) {
          yearlyWindow(c, *sc.window, firstMonth, lastMonth, put);
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
            Fact forYear = fact(FactKind::ForLabel).with("label", Verbatim{std::to_string(y)});
            Date d;
            Fact rule = fact(FactKind::RecurFor).with("occurrence", forYear);
            if (due.kind == RecurrenceDue::Kind::EndOfMonthAfter) {
              d = lastOfMonthIndex(static_cast<long long>(y) * 12 + 11 + due.nthMonth);
            } else if (dueAfter) {
              auto shifted = after(b.plusDays(-1));
              if (!shifted) continue;
              d = *shifted;
              rule = afterRule(forYear, "year", b.plusDays(-1));
            } else {
              int in = y + (due.nextYear ? 1 : 0) - (due.previousYear ? 1 : 0);
              if (in < 1 || in > 9999) continue;
              d = ymd(in, due.month, due.day);
              if (due.kind == RecurrenceDue::Kind::BeforeMonthDay) d = d.plusDays(-1);
            }
            if (!owed(c, a, b, d)) continue;
            put(a, b, std::to_string(y), forYear, d, std::move(rule));
          }
          break;
        }
        [[fallthrough]];
      case Recurrence::TimesPerYear:
        if (sc.calendarYear) {
          calendarYears(c, sc, firstMonth, lastMonth, put);
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
            Fact forYear = fact(FactKind::ForAgreementYear).with("from", a).with("last", d);
            Fact what = sc.every == Recurrence::TimesPerYear
                            ? fact(FactKind::RecurTimesInYear).with("n", sc.timesPerYear).with("year", forYear)
                            : fact(FactKind::RecurOnceInYear).with("year", forYear);
            put(a, b, year, forYear, d, std::move(what));
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
      add(day.latest, day.latest.iso(), "notice", c, n.by.written, whoFact(n.by),
          fact(FactKind::AgendaCalendarNotice)
              .with("duration", n.period)
              .with("unit", CalendarUnitRef{n.calendar->unit})
              .with("form", n.form)
              .with("end", end.date)
              .with("clause", ClauseRef{n.clause})
              .with("note", noticeDayNote(day, end.date)));
    }
  }

  // `recurs yearly between --06-01 and --06-30`: the occurrence for year Y (the calendar year
  // its window opens in) is due on the window's last day, and too early before its first.
  template <typename Put>
  void yearlyWindow(const model::Clause& c, const model::YearWindow& w, long long firstMonth, long long lastMonth,
                    Put& put) {
    // One year before the window's: an occurrence over the year end is due in the next year.
    for (int y = static_cast<int>(firstMonth / 12) - 1; y <= static_cast<int>(lastMonth / 12); ++y) {
      if (y < 1 || y > 9999) continue;
      auto opens = w.opens(y), closes = w.closes(y);
      if (!opens || !closes) continue;
      Date a = ymd(y, 1, 1), b = y < 9999 ? ymd(y + 1, 1, 1) : Date::max();
      // Owed as the window's own days are: none closing before the start, none cut short by the end.
      if (!owed(c, *opens, closes->plusDays(1), *closes)) continue;
      std::string year = std::to_string(y);
      Fact forYear = fact(FactKind::ForLabel).with("label", Verbatim{year});
      if (auto* item = put(
              a, b, year, forYear, *closes,
              fact(FactKind::RecurWindow).with("occurrence", forYear).with("opens", *opens).with("closes", *closes))) {
        item->earliest = opens->iso();
      }
    }
  }

  // The n-th working day after `day` on the agreement's calendar, `day` itself not counted;
  // `note` says which holidays were skipped and whether decree days are not yet known.
  std::optional<Date> nthWorkingDayAfter(Date day, const time::Duration& n, Fact& note) const {
    std::string error;
    const auto* cal = workingDayCalendar(t_.agreement->calendar, error);
    if (!cal) return std::nullopt;
    auto r = cal->addWorkingDays(day, static_cast<int>(n.count));
    if (r.saturated) return std::nullopt;
    Fact skipped;
    for (const auto& s : r.skipped) {
      Fact one = fact(FactKind::SkippedDay).with("date", s.date).with("name", DayName{s.name, s.dutchName});
      skipped = skipped ? fact(FactKind::Both).with("first", std::move(skipped)).with("second", std::move(one))
                        : std::move(one);
    }
    note = fact(FactKind::HowWorkingDays)
               .with("calendar", Verbatim{t_.agreement->calendar})
               .with("day", day)
               .with("skipped", std::move(skipped));
    if (r.decreeDaysUnknown) {
      std::string years;
      for (int y : r.unknownDecreeYears) years += (years.empty() ? "" : " ") + std::to_string(y);
      note.with("decree", fact(FactKind::DecreeCaveat).with("years", Verbatim{years}));
    }
    return r.date;
  }

  // "At least N times per calendar year": one item per calendar year, due on 31 December. A
  // calendar year the agreement is not in force for wholly is not judged (countViolations), so
  // it is not listed either.
  template <typename Put>
  void calendarYears(const model::Clause& c, const model::Schedule& sc, long long firstMonth, long long lastMonth,
                     Put& put) {
    for (int y = static_cast<int>(firstMonth / 12); y <= static_cast<int>(lastMonth / 12); ++y) {
      if (y < 1 || y > 9998) continue;
      Date a = ymd(y, 1, 1), b = ymd(y + 1, 1, 1), d = ymd(y, 12, 31);
      if (a < inForceFrom_ || !owed(c, a, b, d)) continue;
      std::string year = std::to_string(y);
      put(a, b, year, fact(FactKind::ForLabel).with("label", Verbatim{year}), d,
          fact(FactKind::RecurTimesInCalendarYear).with("n", sc.timesPerYear).with("year", static_cast<long long>(y)));
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
        add(day.latest, day.latest.iso(), "notice", c, n.by.written, whoFact(n.by),
            fact(FactKind::AgendaNotice)
                .with("duration", n.period)
                .with("form", n.form)
                .with("end", end)
                .with("clause", ClauseRef{n.clause})
                .with("note", noticeDayNote(day, end)));
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
      Fact who = ofEvent ? fact(FactKind::PartyName).with("party", PartyRef{d.eventParty})
                 : c     ? whoFact(c->holders)
                         : Fact();
      if (auto* item = add(*date, d.due, d.scheduled ? "scheduled" : "deadline", c, holders, std::move(who), d.rule)) {
        item->forLabel = d.label;
        item->forFact = dueForFact(d);
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
