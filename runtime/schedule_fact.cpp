#include "schedule_fact.h"

namespace agree::runtime {

using model::Recurrence;
using model::RecurrenceDue;

Fact scheduleFact(const model::Schedule& sc) {
  Fact every;
  switch (sc.every) {
    case Recurrence::Monthly: every = fact(FactKind::EveryMonthly); break;
    case Recurrence::Quarterly: every = fact(FactKind::EveryQuarterly); break;
    case Recurrence::HalfYearly: every = fact(FactKind::EveryHalfYearly); break;
    case Recurrence::Yearly: every = fact(FactKind::EveryYearly); break;
    case Recurrence::TimesPerYear:
      every = fact(FactKind::EveryTimesPerYear).with("n", sc.timesPerYear);
      if (sc.calendarYear) every.with("calendar", 1LL);
      break;
    case Recurrence::None: return {};
  }
  Fact f = fact(FactKind::ScheduleRule).with("every", std::move(every));
  if (sc.window) {
    Fact w = fact(FactKind::YearWindow)
                 .with("from", DayOfYear{sc.window->fromMonth, sc.window->fromDay})
                 .with("to", DayOfYear{sc.window->toMonth, sc.window->toDay});
    if (sc.window->crossesYearEnd()) w.with("nextYear", 1LL);
    f.with("window", std::move(w));
  }
  const auto& due = sc.due;
  Fact d;
  switch (due.kind) {
    case RecurrenceDue::Kind::Unspecified: break;
    case RecurrenceDue::Kind::InAdvance: d = fact(FactKind::ScheduleInAdvance); break;
    case RecurrenceDue::Kind::ByMonthDay:
    case RecurrenceDue::Kind::BeforeMonthDay:
      d = fact(due.kind == RecurrenceDue::Kind::ByMonthDay ? FactKind::ScheduleByDay : FactKind::ScheduleBeforeDay);
      if (due.month >= 1 && due.month <= 12) d.with("day", DayOfYear{due.month, due.day});
      if (due.nextYear) {
        d.with("nextYear", 1LL);
      } else if (due.previousYear) {
        d.with("previousYear", 1LL);
      }
      break;
    case RecurrenceDue::Kind::EndOfMonthAfter:
      d = fact(FactKind::ScheduleEndOfMonthAfter)
              .with("n", static_cast<long long>(due.nthMonth))
              .with(due.after == Recurrence::Quarterly ? "quarter"
                    : due.after == Recurrence::Monthly ? "month"
                                                       : "year",
                    1LL);
      break;
    case RecurrenceDue::Kind::AfterPeriod:
      d = fact(FactKind::ScheduleAfterPeriod)
              .with(due.afterSaidPeriod                  ? "period"
                    : sc.every == Recurrence::Quarterly  ? "quarter"
                    : sc.every == Recurrence::Monthly    ? "month"
                    : sc.every == Recurrence::HalfYearly ? "halfYear"
                                                         : "year",
                    1LL);
      if (due.delay) {
        d.with("delay", *due.delay);
      } else {
        d.with("delay", Verbatim{"?"});
      }
      break;
  }
  f.with("due", std::move(d));
  if (!sc.exceptQuarters.empty()) {
    std::string list;
    for (int q : sc.exceptQuarters) list += (list.empty() ? "" : ", ") + std::to_string(q);
    f.with("except", Verbatim{list});
  }
  if (sc.rollsForward) f.with("rolls", 1LL);
  return f;
}

}  // namespace agree::runtime
