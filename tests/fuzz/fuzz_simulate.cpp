// libFuzzer target: an agreement (with scenario blocks) -> timeline under each scenario and
// none -> bound for every party on a few dates, timeline text and JSON, the agenda over a few
// windows and the violations. Never crashes or hangs.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "agenda.h"
#include "bound.h"
#include "calendars.h"
#include "driver/driver.h"
#include "report/report.h"
#include "timeline.h"
#include "violations.h"

using agree::time::Date;

namespace {

// The work per input is bounded (a few parties, a dozen dates) so that a long but legitimate
// input stays well inside the fuzzer's timeout under sanitizers; the engine's own cost per
// party and date is what is being exercised, not their number.
constexpr std::size_t kMaxParties = 4;
constexpr std::size_t kMaxDates = 12;

void query(const agree::runtime::Timeline& t) {
  std::vector<Date> dates = {*Date::fromYmd(2021, 8, 18), *Date::fromYmd(2027, 11, 1), *Date::fromYmd(2999, 1, 1),
                             Date::max(), Date::min()};
  if (t.start) {
    dates.push_back(*t.start);
    dates.push_back(t.start->plusDays(-1));
    dates.push_back(t.start->plusDays(365));
  }
  if (t.end) dates.push_back(t.end->date);
  for (const auto& e : t.events) {
    if (dates.size() >= kMaxDates) break;
    dates.push_back(e.event.date);
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  // The first parties and the last one: members added late (accession) are often the last.
  std::vector<std::size_t> parties;
  for (std::size_t i = 0; i < t.members.size() && i + 1 < kMaxParties; ++i) parties.push_back(i);
  if (!t.members.empty() && parties.back() != t.members.size() - 1) parties.push_back(t.members.size() - 1);
  for (std::size_t i : parties) {
    for (Date d : dates) {
      auto answer = agree::runtime::bound(t, t.members[i].party, d);
      (void)agree::runtime::boundText(answer, t);
      (void)agree::runtime::boundJson(answer, t).dump();
    }
  }
  Date horizon = agree::runtime::defaultHorizon(t);
  (void)agree::runtime::timelineText(t, horizon);
  (void)agree::runtime::timelineJson(t, horizon).dump();
  // Far past the default horizon: the chain is walked to Date::max() by bound() above already.
  if (t.start) (void)agree::runtime::timelineText(t, t.start->plusDays(366 * 100));
  // The agenda over a few windows, and what the scenario violates.
  for (Date d : {*Date::fromYmd(2021, 1, 1), t.start.value_or(Date::min()), *Date::fromYmd(2999, 1, 1)}) {
    (void)agree::runtime::agenda(t, d, d.plusDays(400));
  }
  (void)agree::runtime::compliance(t, *Date::fromYmd(2030, 1, 1));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool handed = (agree::runtime::useStandardLibrary(agree::driver::stdlibDir()), true);
  (void)handed;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto c = agree::driver::compileText("fuzz.agree", std::move(text));
  if (!c->agreement) return 0;
  query(agree::runtime::simulate(*c->agreement, nullptr));
  for (const auto& s : c->agreement->scenarios) query(agree::runtime::simulate(*c->agreement, &s));
  return 0;
}
