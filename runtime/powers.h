// When a power may be used: its trigger (an event, an event plus a cure period, or a state
// that has lasted long enough) and who may use it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "facts/fact.h"
#include "model/model.h"

namespace agree::runtime {

struct PowerAvailability {
  bool active = false;
  std::optional<time::Date> activeFrom;   // the first day it could be used (when known)
  std::string subject;                    // the party the trigger is about, if any
  Fact why;                               // explanation, citing the clause
  std::optional<time::Date> effectiveOn;  // a power `on effective date`: when the trigger takes effect
  Fact caveat;                            // active, but something could not be checked (a reasonable cure period)
};

// Whether `power` is available to `holder` on `date`, given the events before it.
PowerAvailability powerAvailableOn(const model::Power& power, const std::string& holder, time::Date date,
                                   const std::vector<model::Event>& history);

// When the power may be used: "at any time", "after a notice of default and a cure period of 30 days".
Fact triggerFact(const model::Power& power);

// For a power with a notice period: when a use on `given` takes effect (given + the period, or
// against the end of a calendar period); outOfRange past 9999-12-31.
time::Shifted noticeTakesEffect(const model::Power& power, time::Date given);
// The last day a use can be given to take effect on or before `limit`; nullopt: none.
std::optional<time::Date> latestNoticeFor(const model::Power& power, time::Date limit);
// "3 months", "6 months before the end of a calendar year".
std::string noticeText(const model::Power& power);
Fact noticeFact(const model::Power& power);
Fact calendarNotice(const time::Duration& notice, const model::CalendarAnchor& anchor);

}  // namespace agree::runtime
