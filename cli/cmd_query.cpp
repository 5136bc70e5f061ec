// agree query: many agreements, many dates, one row per agreement x party x date.
// Each file is compiled and simulated once; files run on --jobs threads (parsing itself is
// serialized inside the parser, see compiler/parse/parse.cpp); rows come out in file order.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "commands.h"
#include "common.h"
#include "diag/render.h"
#include "exit_codes.h"
#include "output.h"
#include "report/query_rows.h"

namespace agree::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxDates = 100000;  // one query never asks more dates than this

// Files named on the command line, and every *.agree below the folders named, sorted.
bool collectFiles(const std::vector<std::string>& paths, std::vector<std::string>& out) {
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".agree") found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);  // a missing file is reported by the compiler, like any other
    }
  }
  return !out.empty();
}

bool collectDates(const po::variables_map& vm, std::vector<time::Date>& out) {
  auto date = [](const std::string& name, const std::string& text) -> std::optional<time::Date> {
    auto d = time::Date::parseIso(text);
    if (!d) std::cerr << "agree: " << name << " `" << text << "` is not a date (YYYY-MM-DD)\n";
    return d;
  };
  const auto& single = vm["date"].as<std::string>();
  const auto& fromText = vm["from"].as<std::string>();
  const auto& toText = vm["to"].as<std::string>();
  if (!single.empty() == (!fromText.empty() || !toText.empty()) || fromText.empty() != toText.empty()) {
    std::cerr << "agree: give either --date D, or --from D and --to D\n";
    return false;
  }
  if (!single.empty()) {
    auto d = date("--date", single);
    if (d) out.push_back(*d);
    return d.has_value();
  }
  auto from = date("--from", fromText), to = date("--to", toText);
  if (!from || !to) return false;
  if (*to < *from) {
    std::cerr << "agree: --to " << to->iso() << " is before --from " << from->iso() << "\n";
    return false;
  }
  const auto& step = vm["step"].as<std::string>();
  if (step != "day" && step != "week" && step != "month") {
    std::cerr << "agree: --step must be day, week or month, not `" << step << "`\n";
    return false;
  }
  time::Duration unit{1, step == "day" ? time::Unit::Day : step == "week" ? time::Unit::Week : time::Unit::Month};
  // Each date counted from --from in one step, so monthly dates clamp and never drift.
  for (long long k = 0;; ++k) {
    time::Date d = time::addTimes(*from, unit, k).date;
    if (*to < d) break;
    if (out.size() == kMaxDates) {
      std::cerr << "agree: more than " << kMaxDates << " dates; ask for a shorter range or a longer --step\n";
      return false;
    }
    out.push_back(d);
    if (d == time::Date::max()) break;
  }
  return true;
}

struct FileResult {
  bool done = false;
  bool failed = false;
  std::string rows;
  std::string diagnostics;
};

}  // namespace

int runQuery(const Args& args) {
  po::options_description options("agree query options");
  options.add_options()("path", po::value<std::vector<std::string>>()->required(), "agreement files or folders")(
      "date", po::value<std::string>()->default_value(""), "one date (YYYY-MM-DD)")(
      "from", po::value<std::string>()->default_value(""), "first date of a range")(
      "to", po::value<std::string>()->default_value(""), "last date of a range (included)")(
      "step", po::value<std::string>()->default_value("day"), "day, week or month (counted from --from)")(
      "party", po::value<std::string>(), "only this party (id, legal or short name, any case)")(
      "scenario-dir", po::value<std::string>()->default_value(""),
      "take NAME.scenario from this folder for NAME.agree (default: beside it)")(
      "format,f", po::value<std::string>()->default_value("csv"), "csv, jsonl or text")(
      "jobs,j", po::value<unsigned>()->default_value(std::max(1u, std::thread::hardware_concurrency())), "threads")(
      "output,o", po::value<std::string>()->default_value(""), "write the rows to this file");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree query PATH... (--date D | --from D --to D [--step day|week|month])\n"
      "                   [--party P] [--scenario-dir DIR] [--format csv|jsonl|text] [--jobs N] [-o OUT]\n\n"
      "One row per agreement x party x date: file, agreement, party, date, verdict, in force,\n"
      "surviving only, the binding articles, the term period (docs/query.md). PATH is a file or a\n"
      "folder (every *.agree below it). NAME.scenario beside NAME.agree is its scenario.\n"
      "A file with errors is reported on stderr and skipped; the others are answered.\n"
      "Exit status: 0 all files answered, 1 some files had errors, 2 wrong usage.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  const auto& format = vm["format"].as<std::string>();
  if (format != "csv" && format != "jsonl" && format != "text") {
    std::cerr << "agree: --format must be csv, jsonl or text, not `" << format << "`\n";
    return kExitUsage;
  }
  auto rowFormat = format == "csv"     ? runtime::RowFormat::Csv
                   : format == "jsonl" ? runtime::RowFormat::Jsonl
                                       : runtime::RowFormat::Text;
  std::vector<time::Date> dates;
  if (!collectDates(vm, dates)) return kExitUsage;
  std::vector<std::string> files;
  if (!collectFiles(vm["path"].as<std::vector<std::string>>(), files)) {
    std::cerr << "agree: no agreement files found\n";
    return kExitUsage;
  }
  std::optional<std::string> party;
  if (vm.count("party")) party = vm["party"].as<std::string>();
  const std::string scenarioDir = vm["scenario-dir"].as<std::string>();
  unsigned jobs = std::clamp(vm["jobs"].as<unsigned>(), 1u, 64u);

  Output out;
  if (!out.open(vm["output"].as<std::string>())) return kExitInputErrors;
  out.write(runtime::queryHeader(rowFormat));

  // Workers take files in order, at most `window` ahead of the writer, so memory stays bounded
  // however many files there are.
  const std::size_t window = 4 * static_cast<std::size_t>(jobs);
  std::vector<FileResult> results(files.size());
  std::mutex lock;
  std::condition_variable changed;
  std::size_t next = 0, written = 0;

  auto work = [&](std::size_t i) {
    FileResult r;
    auto c = driver::compileFile(files[i], compileOptions());
    if (c->agreement) {
      fs::path f(files[i]);
      fs::path scenarioPath =
          (scenarioDir.empty() ? f.parent_path() : fs::path(scenarioDir)) / (f.stem().string() + ".scenario");
      std::optional<model::Scenario> scenario;
      std::error_code ec;
      if (fs::is_regular_file(scenarioPath, ec)) scenario = driver::compileScenarioFile(*c, scenarioPath.string());
      if (!c->sink.hasErrors()) {
        auto timeline = runtime::simulate(*c->agreement, scenario ? &*scenario : nullptr);
        if (withinCalendar(*c, timeline)) runtime::appendQueryRows(r.rows, rowFormat, files[i], timeline, dates, party);
      }
    }
    r.failed = c->sink.hasErrors();
    if (!c->sink.all().empty()) r.diagnostics = diag::renderAllText(c->sink.all(), c->sources);
    // A file without an agreement header (and nothing else wrong) is a library that agreements
    // import (templates, shared parties): not an agreement to answer, and not an error.
    const auto& all = c->sink.all();
    if (all.size() == 1 && all[0].code == diag::Code::MissingHeader) {
      r.failed = false;
      r.diagnostics = "note: " + files[i] + " has no `agreement` header: a library file, skipped\n";
    }
    r.done = true;
    return r;
  };
  auto worker = [&] {
    while (true) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> hold(lock);
        changed.wait(hold, [&] { return next >= files.size() || next < written + window; });
        if (next >= files.size()) return;
        i = next++;
      }
      FileResult r = work(i);
      {
        std::lock_guard<std::mutex> hold(lock);
        results[i] = std::move(r);
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned k = 0; k < jobs; ++k) threads.emplace_back(worker);
  bool anyFailed = false;
  bool writeOk = true;
  for (std::size_t i = 0; i < files.size(); ++i) {
    FileResult r;
    {
      std::unique_lock<std::mutex> hold(lock);
      changed.wait(hold, [&] { return results[i].done; });
      r = std::move(results[i]);
      results[i] = FileResult{true, false, {}, {}};
      written = i + 1;
    }
    changed.notify_all();
    if (!r.diagnostics.empty()) std::cerr << r.diagnostics;
    anyFailed = anyFailed || r.failed;
    writeOk = writeOk && out.write(r.rows);
  }
  for (auto& t : threads) t.join();
  if (!writeOk || !out.commit()) return kExitInputErrors;
  if (anyFailed) {
    std::cerr << "agree: some files had errors and were skipped\n";
    return kExitInputErrors;
  }
  return kExitOk;
}

}  // namespace agree::cli
