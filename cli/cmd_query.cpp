// agree query: many agreements, many dates, one row per agreement x party x date.
// Each file is compiled and simulated once; files run on --jobs threads (parsing itself is
// serialized inside the parser, see compiler/parse/parse.cpp); rows come out in file order,
// streamed: a worker hands its rows over in pieces and waits while too many are unwritten, so
// memory stays bounded however many rows a file has.
#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>

#include "bound.h"
#include "commands.h"
#include "common.h"
#include "diag/render.h"
#include "exit_codes.h"
#include "output.h"
#include "query_paths.h"
#include "report/query_rows.h"

namespace agree::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxDates = 100000;             // one query never asks more dates than this
constexpr unsigned kMaxJobs = 256;                    // more threads than this is a typo
constexpr std::size_t kMaxUnwrittenBytes = 1u << 20;  // per file, made but not yet written

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
    if (!vm["step"].defaulted()) {
      std::cerr << "agree: --step goes with --from and --to, not with --date\n";
      return false;
    }
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

// --jobs: a whole number of threads, 1 to kMaxJobs; nullopt (after saying why) otherwise.
std::optional<unsigned> readJobs(const po::variables_map& vm) {
  if (!vm.count("jobs")) return std::max(1u, std::min(kMaxJobs, std::thread::hardware_concurrency()));
  const auto& text = vm["jobs"].as<std::string>();
  unsigned jobs = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), jobs);
  if (ec != std::errc{} || end != text.data() + text.size() || jobs < 1 || jobs > kMaxJobs) {
    std::cerr << "agree: --jobs must be a whole number from 1 to " << kMaxJobs << ", not `" << text << "`\n";
    return std::nullopt;
  }
  return jobs;
}

// --scenario-dir must be a folder: a mistyped one would silently answer without scenarios.
bool checkScenarioDir(const std::string& dir) {
  std::error_code ec;
  if (dir.empty() || fs::is_directory(dir, ec)) return true;
  std::cerr << "agree: --scenario-dir `" << dir << "` is not a folder\n";
  return false;
}

// Test hook: AGREE_FAULT_INJECT=query_bad_alloc makes a worker run out of memory as it hands
// over its first rows, so the test suite can show that this becomes AGR0005, not an abort.
bool injectRowFault() {
  const char* fault = std::getenv("AGREE_FAULT_INJECT");
  return fault && std::string(fault) == "query_bad_alloc";
}

// What a worker found for one file, besides its rows.
struct FileOutcome {
  bool failed = false;
  bool outOfMemory = false;  // the rows are incomplete: the whole query fails
  bool hasParty = false;     // the file has the --party asked for
  std::string diagnostics;
};

// Files in order between the workers and the writer. A worker takes the next file (at most
// `window` ahead of the writer) and hands over its rows piece by piece; the writer takes them
// file by file, in order.
class RowQueue {
 public:
  RowQueue(std::size_t files, std::size_t window) : slots_(files), window_(window) {}

  std::optional<std::size_t> take() {
    std::unique_lock<std::mutex> hold(lock_);
    changed_.wait(hold, [&] { return stopped_ || next_ >= slots_.size() || next_ < writing_ + window_; });
    if (stopped_ || next_ >= slots_.size()) return std::nullopt;
    return next_++;
  }

  // Waits while the file has too many unwritten rows; drops them once the writer has stopped.
  void put(std::size_t i, std::string& rows) {
    std::unique_lock<std::mutex> hold(lock_);
    auto& s = slots_[i];
    changed_.wait(hold, [&] { return stopped_ || s.bytes < kMaxUnwrittenBytes; });
    if (stopped_) return;
    s.bytes += rows.size();
    s.rows.push_back(std::move(rows));
    changed_.notify_all();
  }

  void finish(std::size_t i, FileOutcome outcome) {
    std::lock_guard<std::mutex> hold(lock_);
    slots_[i].outcome = std::move(outcome);
    slots_[i].done = true;
    changed_.notify_all();
  }

  // The writer: the next piece of file i's rows; false once the file is done and all written.
  bool nextRows(std::size_t i, std::string& rows) {
    std::unique_lock<std::mutex> hold(lock_);
    writing_ = i;
    auto& s = slots_[i];
    changed_.notify_all();
    changed_.wait(hold, [&] { return s.done || !s.rows.empty(); });
    if (s.rows.empty()) return false;
    rows = std::move(s.rows.front());
    s.rows.pop_front();
    s.bytes -= rows.size();
    changed_.notify_all();
    return true;
  }

  FileOutcome outcome(std::size_t i) {
    std::lock_guard<std::mutex> hold(lock_);
    return std::move(slots_[i].outcome);
  }

  void stop() {
    std::lock_guard<std::mutex> hold(lock_);
    stopped_ = true;
    changed_.notify_all();
  }

 private:
  struct Slot {
    std::deque<std::string> rows;
    std::size_t bytes = 0;
    bool done = false;
    FileOutcome outcome;
  };
  std::mutex lock_;
  std::condition_variable changed_;
  std::vector<Slot> slots_;
  std::size_t window_;
  std::size_t next_ = 0, writing_ = 0;
  bool stopped_ = false;
};

struct QuerySpec {
  runtime::RowFormat format;
  std::vector<time::Date> dates;
  std::optional<std::string> party;
  std::string scenarioDir;
};

// Compiles, simulates and answers one file, handing its rows to the queue.
FileOutcome answerFile(const QuerySpec& q, const std::string& file, std::size_t i, RowQueue& queue) {
  FileOutcome r;
  std::string ambiguous;  // the --party names two parties of this file
  auto c = driver::compileFile(file, compileOptions());
  if (c->agreement) {
    fs::path f(file);
    fs::path scenarioPath =
        (q.scenarioDir.empty() ? f.parent_path() : fs::path(q.scenarioDir)) / (f.stem().string() + ".scenario");
    std::optional<model::Scenario> scenario;
    std::error_code ec;
    if (fs::is_regular_file(scenarioPath, ec)) scenario = driver::compileScenarioFile(*c, scenarioPath.string());
    if (!c->sink.hasErrors()) {
      auto timeline = runtime::simulate(*c->agreement, scenario ? &*scenario : nullptr);
      runtime::PartyMatch match;
      if (q.party) match = runtime::matchParty(timeline, *q.party);
      if (!match.candidates.empty()) {
        // Never a silent pick: the file is skipped, saying between which parties.
        ambiguous = "agree: ";
        ambiguous += file;
        ambiguous += ": ";
        ambiguous += runtime::ambiguousPartyMessage(timeline, *q.party, match);
        ambiguous += "\n";
        r.hasParty = true;  // it has the name, twice: not "no agreement has a party"
      } else if (withinCalendar(*c, timeline)) {
        bool fault = injectRowFault();
        r.hasParty = runtime::writeQueryRows(q.format, file, timeline, q.dates, q.party, [&](std::string& rows) {
          if (fault) throw std::bad_alloc();
          queue.put(i, rows);
        });
      }
    }
  }
  r.failed = c->sink.hasErrors() || !ambiguous.empty();
  if (!c->sink.all().empty()) r.diagnostics = diag::renderAllText(c->sink.all(), c->sources);
  r.diagnostics += ambiguous;
  // A file without an agreement header (and nothing else wrong) is a library that agreements
  // import (templates, shared parties): not an agreement to answer, and not an error.
  const auto& all = c->sink.all();
  if (all.size() == 1 && all[0].code == diag::Code::MissingHeader) {
    r.failed = false;
    r.diagnostics = "note: " + file + " has no `agreement` header: a library file, skipped\n";
  }
  return r;
}

// An AGR0005 at the top of `file`: agree ran out of memory or failed inside answering it.
std::string answerFailure(const std::string& file, const std::string& what) {
  driver::Compilation c;
  const auto& f = c.sources.add(file, "");
  c.sink.error(diag::Code::CompilerFailure, source::Span{f.id(), 0, 0}, what);
  return diag::renderAllText(c.sink.all(), c.sources);
}

// A worker's loop: whatever it throws is caught here and carried to the writer with its file,
// never left to end the program in a thread.
void work(const QuerySpec& q, const std::vector<std::string>& files, RowQueue& queue) {
  while (auto i = queue.take()) {
    FileOutcome r;
    try {
      r = answerFile(q, files[*i], *i, queue);
    } catch (const std::bad_alloc&) {
      r = FileOutcome{true, true, false, ""};
      r.diagnostics = answerFailure(files[*i], "agree ran out of memory while answering this file");
    } catch (const std::exception& e) {
      r = FileOutcome{true, true, false, ""};
      r.diagnostics =
          answerFailure(files[*i], std::string("agree failed inside while answering this file: ") + e.what());
    }
    queue.finish(*i, std::move(r));
  }
}

// The worker threads; stopped and joined however the writer leaves (an error, an exception).
class Workers {
 public:
  Workers(unsigned n, const QuerySpec& q, const std::vector<std::string>& files, RowQueue& queue) : queue_(queue) {
    threads_.reserve(n);
    for (unsigned k = 0; k < n; ++k) {
      try {
        threads_.emplace_back([&] { work(q, files, queue); });
      } catch (const std::system_error&) {
        if (threads_.empty()) throw;  // not even one: the caller reports it
        break;                        // fewer threads: slower, not wrong
      }
    }
  }
  ~Workers() {
    queue_.stop();
    for (auto& t : threads_) t.join();
  }

 private:
  RowQueue& queue_;
  std::vector<std::thread> threads_;
};

struct Tally {
  bool anyFailed = false;
  bool anyAnswered = false;
  bool anyHasParty = false;
};

// Writes the rows of every file in order; false when the query cannot be completed (out of
// memory in a worker, a write error): then nothing is committed.
bool writeAll(const std::vector<std::string>& files, RowQueue& queue, Output& out, Tally& tally) {
  std::string rows;
  for (std::size_t i = 0; i < files.size(); ++i) {
    bool writeOk = true;
    while (queue.nextRows(i, rows)) writeOk = writeOk && out.write(rows);
    FileOutcome r = queue.outcome(i);
    if (!r.diagnostics.empty()) std::cerr << r.diagnostics;
    if (r.outOfMemory) std::cerr << "agree: the query stopped: its answer is incomplete (-o writes nothing)\n";
    if (!writeOk || r.outOfMemory) return false;
    tally.anyFailed = tally.anyFailed || r.failed;
    tally.anyAnswered = tally.anyAnswered || !r.failed;
    tally.anyHasParty = tally.anyHasParty || r.hasParty;
  }
  return true;
}

}  // namespace

int runQuery(const Args& args) {
  po::options_description options("agree query options");
  options.add_options()("path", po::value<std::vector<std::string>>()->required(), "agreement files or folders")(
      "date", po::value<std::string>()->default_value(""), "one date (YYYY-MM-DD)")(
      "from", po::value<std::string>()->default_value(""), "first date of a range")(
      "to", po::value<std::string>()->default_value(""), "last date of a range (included)")(
      "step", po::value<std::string>()->default_value("day"), "day, week or month (counted from --from)")(
      "party", po::value<std::string>(), "only this party (id, short or legal name, any case or Unicode form)")(
      "scenario-dir", po::value<std::string>()->default_value(""),
      "take NAME.scenario from this folder for NAME.agree (default: beside it)")(
      "format,f", po::value<std::string>()->default_value("csv"), "csv, jsonl or text")(
      "jobs,j", po::value<std::string>(), "threads, 1 to 256 (default: the number of cores)")(
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
  QuerySpec q;
  q.format = format == "csv"     ? runtime::RowFormat::Csv
             : format == "jsonl" ? runtime::RowFormat::Jsonl
                                 : runtime::RowFormat::Text;
  if (!collectDates(vm, q.dates)) return kExitUsage;
  auto jobs = readJobs(vm);
  if (!jobs) return kExitUsage;
  q.scenarioDir = vm["scenario-dir"].as<std::string>();
  if (!checkScenarioDir(q.scenarioDir)) return kExitUsage;
  if (vm.count("party")) q.party = vm["party"].as<std::string>();
  QueryPaths paths = collectQueryPaths(vm["path"].as<std::vector<std::string>>());
  const auto& files = paths.files;
  if (files.empty()) {
    std::cerr << "agree: no agreement files found\n";
    return paths.problems ? kExitInputErrors : kExitUsage;
  }
  if (outputIsInput(vm["output"].as<std::string>(), files)) return kExitUsage;

  Output out;
  if (!out.open(vm["output"].as<std::string>())) return kExitInputErrors;
  Tally tally;
  try {
    // Workers take files in order, at most `window` ahead of the writer.
    RowQueue queue(files.size(), 4 * static_cast<std::size_t>(*jobs));
    Workers workers(*jobs, q, files, queue);
    if (!out.write(runtime::queryHeader(q.format)) || !writeAll(files, queue, out, tally)) return kExitInputErrors;
  } catch (const std::bad_alloc&) {
    std::cerr << "agree: error[AGR0005]: agree ran out of memory while writing the rows\n";
    return kExitInputErrors;
  } catch (const std::system_error& e) {
    std::cerr << "agree: error[AGR0005]: agree could not start a thread: " << e.what() << "\n";
    return kExitInputErrors;
  }
  if (!out.commit()) return kExitInputErrors;
  if (q.party && tally.anyAnswered && !tally.anyHasParty) {
    std::cerr << "agree: no agreement has a party `" << *q.party << "`\n";
    return kExitInputErrors;
  }
  if (tally.anyFailed || paths.problems) {
    std::cerr << "agree: some " << (paths.problems ? "paths could not be read or " : "") << "files had errors"
              << " and were skipped\n";
    return kExitInputErrors;
  }
  return kExitOk;
}

}  // namespace agree::cli
