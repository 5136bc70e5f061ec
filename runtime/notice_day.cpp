#include "notice_day.h"

#include "calendars.h"

namespace agree::runtime {

NoticeDay noticeDay(const model::Agreement& a, time::Date periodEnd, const time::Duration& notice) {
  NoticeDay out{time::subtract(periodEnd, notice).date,
                time::subtract(periodEnd.plusDays(-1), notice).date,
                std::nullopt,
                "",
                "",
                false};
  std::string error;
  if (const auto* cal = workingDayCalendar(a.calendar, error)) {
    auto why = cal->nonWorkingReason(out.latest);
    out.workingDay = !why;
    if (why) {
      out.notWorkingBecause = *why;
      out.notWorkingDutch = cal->nonWorkingReason(out.latest, calendar::DayNames::Dutch).value_or(*why);
    }
    out.decreeDaysUnknown = !why && !cal->decreeDaysKnown(out.latest.year());
  }
  return out;
}

Fact noticeDayNote(const NoticeDay& day, time::Date periodEnd) {
  Fact out = fact(FactKind::NoticeDayNote).with("safe", day.safe).with("last", periodEnd.plusDays(-1));
  if (day.workingDay && !*day.workingDay) {
    out.with("latest", day.latest).with("notWorking", DayName{day.notWorkingBecause, day.notWorkingDutch});
  }
  return out;
}

}  // namespace agree::runtime
