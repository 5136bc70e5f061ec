#include "notice_day.h"

#include "calendars.h"

namespace agree::runtime {

NoticeDay noticeDay(const model::Agreement& a, time::Date periodEnd, const time::Duration& notice) {
  NoticeDay out{time::subtract(periodEnd, notice).date, time::subtract(periodEnd.plusDays(-1), notice).date,
                std::nullopt, "", false};
  std::string error;
  if (const auto* cal = workingDayCalendar(a.calendar, error)) {
    auto why = cal->nonWorkingReason(out.latest);
    out.workingDay = !why;
    if (why) out.notWorkingBecause = *why;
    out.decreeDaysUnknown = !why && !cal->decreeDaysKnown(out.latest.year());
  }
  return out;
}

std::string noticeDayNote(const NoticeDay& day, time::Date periodEnd) {
  std::string out = "; safe day " + day.safe.iso() + " (reading the end as the period's last day, " +
                    periodEnd.plusDays(-1).iso() + ")";
  if (day.workingDay && !*day.workingDay) {
    out += "; " + day.latest.iso() + " is not a working day: " + day.notWorkingBecause;
  }
  return out;
}

}  // namespace agree::runtime
