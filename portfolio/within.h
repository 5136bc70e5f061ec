// The window of `agree radar --within`: "120d", "6w", "4m", or written out in English or
// Dutch ("120 days", "6 weken", "4 maanden"). At most ten years: a longer window is a typo, and
// its answer would be too long to read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "time/date.h"

namespace agree::portfolio {

struct Within {
  enum class Unit { Day, Week, Month };
  long long count = 0;
  Unit unit = Unit::Day;
};

constexpr long long kMaxWithinDays = 3660;  // ten years and a bit, in each unit's terms
constexpr long long kMaxWithinWeeks = 523;
constexpr long long kMaxWithinMonths = 120;

// The window, or nullopt with `why` said for people (English; the CLI prints it).
std::optional<Within> parseWithin(std::string_view text, std::string& why);

// The last day of the window starting on `asOf` (included): asOf + count days, weeks or
// calendar months (clamped to the month's end). Nullopt past 9999-12-31.
std::optional<time::Date> windowEnd(time::Date asOf, const Within& within);

}  // namespace agree::portfolio
