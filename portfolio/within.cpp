#include "within.h"

#include <array>
#include <cctype>
#include <utility>

#include "time/duration.h"

namespace agree::portfolio {

namespace {

std::optional<Within::Unit> unitNamed(const std::string& word) {
  using U = Within::Unit;
  static const std::array<std::pair<const char*, U>, 15> kNames{{{"d", U::Day},
                                                                 {"day", U::Day},
                                                                 {"days", U::Day},
                                                                 {"dag", U::Day},
                                                                 {"dagen", U::Day},
                                                                 {"w", U::Week},
                                                                 {"week", U::Week},
                                                                 {"weeks", U::Week},
                                                                 {"weken", U::Week},
                                                                 {"m", U::Month},
                                                                 {"month", U::Month},
                                                                 {"months", U::Month},
                                                                 {"maand", U::Month},
                                                                 {"maanden", U::Month},
                                                                 {"mnd", U::Month}}};
  for (const auto& [name, unit] : kNames) {
    if (word == name) return unit;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Within> parseWithin(std::string_view text, std::string& why) {
  const std::string shown(text);
  auto fail = [&](std::string reason) -> std::optional<Within> {
    why = "--within `" + shown + "`: " + reason;
    return std::nullopt;
  };
  std::size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  std::size_t digits = i;
  long long count = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    if (i - digits >= 6) return fail("too long; at most ten years");
    count = count * 10 + (text[i] - '0');
    ++i;
  }
  if (i == digits) {
    return fail("give a whole number of days, weeks or months, such as 120d, 6w or 4m");
  }
  while (i < text.size() && text[i] == ' ') ++i;
  std::string word;
  for (; i < text.size(); ++i) word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  while (!word.empty() && word.back() == ' ') word.pop_back();
  if (word.empty()) return fail("say the unit: d (days), w (weeks) or m (months), such as 120d");
  auto unit = unitNamed(word);
  if (!unit) return fail("unknown unit `" + word + "`; use d (days), w (weeks) or m (months)");
  long long max = *unit == Within::Unit::Day    ? kMaxWithinDays
                  : *unit == Within::Unit::Week ? kMaxWithinWeeks
                                                : kMaxWithinMonths;
  if (count > max) return fail("too long; at most ten years (3660d, 523w or 120m)");
  return Within{count, *unit};
}

std::optional<time::Date> windowEnd(time::Date asOf, const Within& w) {
  if (w.unit == Within::Unit::Month) {
    auto shifted = time::addMonths(asOf, w.count);
    if (shifted.outOfRange) return std::nullopt;
    return shifted.date;
  }
  long long days = w.unit == Within::Unit::Week ? 7 * w.count : w.count;
  if (asOf.daysUntil(time::Date::max()) < days) return std::nullopt;
  return asOf.plusDays(days);
}

}  // namespace agree::portfolio
