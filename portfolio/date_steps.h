// The dates a batch answers for a range: --from, then one step at a time up to --to.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "time/date.h"

namespace agree::portfolio {

inline constexpr std::size_t kMaxDates = 100000;  // one batch never asks more dates than this

enum class Step { Day, Week, Month };

// "day", "week" or "month"; nullopt otherwise.
std::optional<Step> parseStep(std::string_view text);

// The dates from `from` to `to` (both included), each counted from `from` in one step, so
// monthly dates clamp to the month's end and never drift. Nullopt when there would be more
// than kMaxDates.
std::optional<std::vector<time::Date>> datesFromTo(time::Date from, time::Date to, Step step);

}  // namespace agree::portfolio
