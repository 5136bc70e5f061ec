// agree radar: every date in a window that asks for a decision, across many agreements
// (docs/radar.md). The options and the messages are here; the dates are the portfolio
// library's (portfolio/radar.h), the formats its writers' (portfolio/radar_formats.h).
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <thread>

#include "batch_options.h"
#include "cache_options.h"
#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "ics_stamp.h"
#include "output.h"
#include "radar.h"
#include "radar_formats.h"
#include "within.h"

namespace agree::cli {

namespace {

namespace fs = std::filesystem;

constexpr int kMaxRemindDays = 3660;  // a reminder ten years ahead is a typo
constexpr std::size_t kMaxReminders = 10;

// --remind 120,90,30: days before each date, each 0 to kMaxRemindDays, at most kMaxReminders.
std::optional<std::vector<int>> readRemind(const std::string& text) {
  std::vector<int> days;
  std::size_t at = 0;
  while (!text.empty()) {
    std::size_t comma = text.find(',', at);
    std::string_view part(text.data() + at, (comma == std::string::npos ? text.size() : comma) - at);
    int n = -1;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), n);
    if (part.empty() || ec != std::errc{} || end != part.data() + part.size() || n < 0 || n > kMaxRemindDays ||
        days.size() >= kMaxReminders) {
      std::cerr << "agree: --remind takes up to " << kMaxReminders << " whole numbers of days from 0 to "
                << kMaxRemindDays << ", separated by commas (such as 120,90,30), not `" << text << "`\n";
      return std::nullopt;
    }
    if (std::find(days.begin(), days.end(), n) == days.end()) days.push_back(n);
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  return days;
}

void toStderr(const std::string& text) { std::cerr << text; }

}  // namespace

int runRadar(const Args& args) {
  po::options_description options("agree radar options");
  options.add_options()("path", po::value<std::vector<std::string>>()->required(), "agreement files or folders")(
      "within", po::value<std::string>()->required(), "the window: 120d, 6w or 4m (also `120 dagen`, `4 months`)")(
      "as-of", po::value<std::string>(), "the window's first day (YYYY-MM-DD; default: today)")(
      "all", po::bool_switch(), "also every duty due (recurring duties, clause deadlines)")(
      "party", po::value<std::string>(), "only what this party may or must decide (id, short or legal name)")(
      "scenario-dir", po::value<std::string>()->default_value(""),
      "take NAME.scenario from this folder for NAME.agree (default: beside it)")(
      "format,f", po::value<std::string>()->default_value("text"), "text, csv, json or ics")(
      "remind", po::value<std::string>()->default_value("120,90,30"), "ics: reminders so many days before each date")(
      "lang", po::value<std::string>()->default_value(""),
      "the words of the answer: nl or en (default: each agreement's `language`, else en)")(
      "jobs,j", po::value<std::string>(), "threads, 1 to 256 (default: the number of cores)")(
      "output,o", po::value<std::string>()->default_value(""), "write the answer to this file")(
      "include-versions", po::bool_switch(), "also the files in versions/ and versies/ folders");
  addCacheOptions(options);
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree radar PATH... --within 120d [--as-of D] [--all] [--party P] [--scenario-dir DIR]\n"
      "                   [--format text|csv|json|ics] [--remind 120,90,30] [--lang nl|en] [--jobs N] [-o OUT]\n"
      "                   [--include-versions] [--cache-dir DIR | --no-cache]\n\n"
      "Every date from --as-of (default today) to --as-of + --within that asks for a decision, across\n"
      "every agreement under PATH, sorted by date: the last days to give notice (the safe day first),\n"
      "evaluations that decide a renewal, the last day in force; --all adds every duty due. Each with\n"
      "the agreement's title, its parties, the rule and article, and what happens if nothing is done\n"
      "(docs/radar.md). `ics` is an iCalendar file with reminders (--remind days before).\n"
      "A file with errors is reported on stderr and skipped; the others are answered.\n"
      "Exit status: 0 all files answered, 1 some files had errors, 2 wrong usage.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  auto format = readFormat(vm, {"text", "csv", "json", "ics"});
  if (!format) return kExitUsage;
  portfolio::Radar radar;
  if (!readLang(vm, radar.lang)) return kExitUsage;
  radar.all = vm["all"].as<bool>();
  std::string why;
  auto within = portfolio::parseWithin(vm["within"].as<std::string>(), why);
  if (!within) {
    std::cerr << "agree: " << why << "\n";
    return kExitUsage;
  }
  if (vm.count("as-of")) {
    auto d = readDate(vm, "as-of");
    if (!d) return kExitUsage;
    radar.asOf = *d;
  } else {
    radar.asOf = today();
  }
  auto until = portfolio::windowEnd(radar.asOf, *within);
  if (!until) {
    std::cerr << "agree: --within `" << vm["within"].as<std::string>() << "` from " << radar.asOf.iso()
              << " ends after 9999-12-31\n";
    return kExitUsage;
  }
  radar.until = *until;
  auto remind = readRemind(vm["remind"].as<std::string>());
  if (!remind) return kExitUsage;
  std::optional<std::time_t> stamp = std::time(nullptr);
  if (*format == "ics" && !(stamp = stampTime())) return kExitUsage;
  auto& batch = radar.batch;
  bool pathProblems = false;
  if (auto stop = readBatch(vm, batch, chosenDiagnosticLang().value_or(diag::Lang::En), pathProblems)) return *stop;
  const auto& outputPath = vm["output"].as<std::string>();
  if (outputIsInput(outputPath, batch.files)) return kExitUsage;

  auto cache = openCache(vm);
  batch.cache = cache.get();
  std::vector<portfolio::RadarItem> items;
  auto outcome = portfolio::runRadar(radar, toStderr, items);
  noteCacheTrouble(cache.get());
  using Stop = portfolio::Outcome::Stop;
  if (outcome.stop != Stop::None) {
    if (outcome.stop == Stop::NoThread) std::cerr << "agree: could not start a thread: " << outcome.why << "\n";
    if (outcome.stop == Stop::OutOfMemory) std::cerr << "agree: out of memory\n";
    std::cerr << "agree: the radar stopped: its answer is incomplete (-o writes nothing)\n";
    return kExitInputErrors;
  }
  portfolio::sortRadar(items);
  const portfolio::RadarWindow window{radar.asOf, radar.until, radar.lang.value_or(words::Lang::En)};
  std::string text = *format == "csv"    ? portfolio::radarCsv(items)
                     : *format == "json" ? portfolio::radarJson(items, window)
                     : *format == "ics"  ? portfolio::radarIcs(items, icsStamp(*stamp), *remind)
                                         : portfolio::radarText(items, window);
  if (!writeOutput(outputPath, text)) return kExitInputErrors;
  if (batch.party && outcome.anyAnswered && !outcome.anyHasParty) {
    std::cerr << "agree: no agreement has a party `" << *batch.party << "`\n";
    return kExitInputErrors;
  }
  if (outcome.anyFailed || pathProblems) {
    std::cerr << "agree: some " << (pathProblems ? "paths could not be read or " : "") << "files had errors"
              << " and were skipped\n";
    return kExitInputErrors;
  }
  return kExitOk;
}

}  // namespace agree::cli
