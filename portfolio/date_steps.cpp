#include "date_steps.h"

#include "time/duration.h"

namespace agree::portfolio {

std::optional<Step> parseStep(std::string_view text) {
  if (text == "day") return Step::Day;
  if (text == "week") return Step::Week;
  if (text == "month") return Step::Month;
  return std::nullopt;
}

std::optional<std::vector<time::Date>> datesFromTo(time::Date from, time::Date to, Step step) {
  time::Duration unit{1, step == Step::Day    ? time::Unit::Day
                         : step == Step::Week ? time::Unit::Week
                                              : time::Unit::Month};
  std::vector<time::Date> out;
  for (long long k = 0;; ++k) {
    time::Date d = time::addTimes(from, unit, k).date;
    if (to < d) break;
    if (out.size() == kMaxDates) return std::nullopt;
    out.push_back(d);
    if (d == time::Date::max()) break;  // the calendar's last day: no step goes past it
  }
  return out;
}

}  // namespace agree::portfolio
