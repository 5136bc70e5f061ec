// libFuzzer target: an agreement (with scenario blocks) -> timeline under each scenario and
// none -> bound for every party on a few dates, timeline text and JSON, the agenda over a few
// windows and the violations. Never crashes or hangs.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "agenda.h"
#include "bound.h"
#include "driver/driver.h"
#include "report/report.h"
#include "timeline.h"
#include "violations.h"

using agree::time::Date;

namespace {

void query(const agree::runtime::Timeline& t) {
  std::vector<Date> dates = {*Date::fromYmd(2021, 8, 18), *Date::fromYmd(2027, 11, 1), *Date::fromYmd(2999, 1, 1),
                             Date::max(), Date::min()};
  if (t.start) {
    dates.push_back(*t.start);
    dates.push_back(t.start->plusDays(-1));
    dates.push_back(t.start->plusDays(365));
  }
  if (t.end) dates.push_back(t.end->date);
  for (const auto& e : t.events) dates.push_back(e.event.date);
  for (const auto& m : t.members) {
    for (Date d : dates) {
      auto answer = agree::runtime::bound(t, m.party, d);
      (void)agree::runtime::boundText(answer, t);
      (void)agree::runtime::boundJson(answer, t).dump();
    }
  }
  Date horizon = agree::runtime::defaultHorizon(t);
  (void)agree::runtime::timelineText(t, horizon);
  (void)agree::runtime::timelineJson(t, horizon).dump();
  (void)agree::runtime::timelineText(t, Date::max());
  // The agenda over a few windows, and what the scenario violates.
  for (Date d : {*Date::fromYmd(2021, 1, 1), t.start.value_or(Date::min()), *Date::fromYmd(2999, 1, 1)}) {
    (void)agree::runtime::agenda(t, d, d.plusDays(400));
  }
  (void)agree::runtime::compliance(t, *Date::fromYmd(2030, 1, 1));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto c = agree::driver::compileText("fuzz.agree", std::move(text));
  if (!c->agreement) return 0;
  query(agree::runtime::simulate(*c->agreement, nullptr));
  for (const auto& s : c->agreement->scenarios) query(agree::runtime::simulate(*c->agreement, &s));
  return 0;
}
