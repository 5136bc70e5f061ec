#include "ics_stamp.h"

#include <charconv>
#include <cstdlib>
#include <iostream>
#include <string_view>

namespace agree::cli {

namespace {
constexpr long long kLastStampSecond = 253402300799;  // 9999-12-31T23:59:59Z: DTSTAMP has four year digits
}  // namespace

std::optional<std::time_t> stampTime() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch) return std::time(nullptr);
  std::string_view text(epoch);
  long long seconds = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc{} || end != text.data() + text.size() || seconds < 0 || seconds > kLastStampSecond) {
    std::cerr << "agree: SOURCE_DATE_EPOCH `" << text << "` is not a time agree can stamp: give whole seconds "
              << "since 1970-01-01 UTC, from 0 to " << kLastStampSecond << " (9999-12-31T23:59:59Z)\n";
    return std::nullopt;
  }
  return static_cast<std::time_t>(seconds);
}

std::string icsStamp(std::time_t when) {
  std::tm utc{};
  gmtime_r(&when, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &utc);
  return buf;
}

}  // namespace agree::cli
