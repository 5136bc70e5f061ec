// libFuzzer target: two versions of an agreement (the input split at its first NUL byte, or
// in halves) -> agree diff in all three forms. Never crashes or hangs.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diff/diff.h"
#include "diff/diff_report.h"
#include "calendars.h"
#include "driver/driver.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool handed = (agree::runtime::useStandardLibrary(agree::driver::stdlibDir()), true);
  (void)handed;
  std::string all(reinterpret_cast<const char*>(data), size);
  std::size_t cut = all.find('\0');
  if (cut == std::string::npos) cut = all.size() / 2;
  auto before = agree::driver::compileText("old.agree", all.substr(0, cut));
  auto after = agree::driver::compileText("new.agree", cut < all.size() ? all.substr(cut + 1) : std::string());
  if (!before->agreement || !after->agreement) return 0;
  const auto& a = *before->agreement;
  const auto& b = *after->agreement;
  const agree::model::Scenario* sa = a.scenarios.empty() ? nullptr : &a.scenarios.front();
  const agree::model::Scenario* sb = b.scenarios.empty() ? nullptr : &b.scenarios.front();
  // A short horizon keeps each run fast; the day-by-day comparison is bounded anyway.
  auto d = agree::diff::compare(a, b, sa, sb, agree::time::Date::fromYmd(2030, 1, 1));
  // Both languages: every fact kind a diff finds must have a sentence in each.
  for (auto lang : {agree::words::Lang::En, agree::words::Lang::Nl}) {
    (void)agree::diff::diffText(d, b, lang);
    (void)agree::diff::diffMarkdown(d, b, lang);
    (void)agree::diff::diffJson(d, b, lang).dump();
  }
  return 0;
}
