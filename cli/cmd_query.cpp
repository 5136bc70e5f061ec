// agree query: many agreements, many dates, one row per agreement x party x date. The options
// and the messages are here; finding, compiling, simulating and answering the files is the
// portfolio library's (portfolio/query.h).
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <thread>

#include "batch_options.h"
#include "commands.h"
#include "cache_options.h"
#include "common.h"
#include "date_steps.h"
#include "exit_codes.h"
#include "output.h"
#include "query.h"

namespace agree::cli {

namespace {

namespace fs = std::filesystem;

bool collectDates(const po::variables_map& vm, std::vector<time::Date>& out) {
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
    auto d = readDate(vm, "date");
    if (d) out.push_back(*d);
    return d.has_value();
  }
  auto from = readDate(vm, "from");
  auto to = readDate(vm, "to");
  if (!from || !to || !checkRange(*from, *to)) return false;
  auto stepName = readChoice(vm, "step", {"day", "week", "month"});
  if (!stepName) return false;
  auto step = portfolio::parseStep(*stepName);
  if (!step) return false;  // never: the same three names
  auto dates = portfolio::datesFromTo(*from, *to, *step);
  if (!dates) {
    std::cerr << "agree: more than " << portfolio::kMaxDates << " dates; ask for a shorter range or a longer --step\n";
    return false;
  }
  out = std::move(*dates);
  return true;
}

void toStderr(const std::string& text) { std::cerr << text; }

// Says why a query stopped before its end; the exit status is then kExitInputErrors.
void sayStopped(const portfolio::Outcome& o) {
  using Stop = portfolio::Outcome::Stop;
  switch (o.stop) {
    case Stop::None:
    case Stop::WriteFailed: break;  // Output said why
    case Stop::FileFailed:
      std::cerr << "agree: the query stopped: its answer is incomplete (-o writes nothing)\n";
      break;
    case Stop::OutOfMemory:
      printUnplaced(nullptr, diag::Code::CompilerFailure,
                    {"agree ran out of memory while writing the rows",
                     "agree had geen geheugen meer bij het schrijven van de rijen"});
      break;
    case Stop::NoThread:
      printUnplaced(nullptr, diag::Code::CompilerFailure,
                    {"agree could not start a thread: " + o.why, "agree kon geen thread starten: " + o.why});
      break;
  }
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
      "lang", po::value<std::string>()->default_value(""),
      "the words of --format text: nl or en (default: each agreement's `language`, else en)")(
      "jobs,j", po::value<std::string>(), "threads, 1 to 256 (default: the number of cores)")(
      "intervals", po::bool_switch(), "one row per party per maximal interval with the same answer (from, until)")(
      "include-versions", po::bool_switch(), "also answer the files in versions/ and versies/ folders")(
      "output,o", po::value<std::string>()->default_value(""), "write the rows to this file");
  addCacheOptions(options);
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree query PATH... (--date D | --from D --to D [--step day|week|month])\n"
      "                   [--party P] [--scenario-dir DIR] [--format csv|jsonl|text] [--lang nl|en]\n"
      "                   [--intervals] [--include-versions] [--jobs N] [-o OUT] [--cache-dir DIR | --no-cache]\n\n"
      "One row per agreement x party x date: file, agreement, party, date, verdict, in force,\n"
      "surviving only, the binding articles, the term period, title, party name (docs/query.md);\n"
      "with --intervals one per maximal run of days with the same answer (from, until).\n"
      "PATH is a file or a folder (every *.agree below it, but not below versions/ or versies/\n"
      "folders unless --include-versions). NAME.scenario beside NAME.agree is its scenario.\n"
      "--format text is for people, in each agreement's `language` (nl or en) unless --lang\n"
      "says otherwise; CSV and JSON lines are the same in every language.\n"
      "A file with errors is reported on stderr and skipped; the others are answered.\n"
      "Compiled models are kept in a cache folder and used again while the files are unchanged.\n"
      "Exit status: 0 all files answered, 1 some files had errors, 2 wrong usage.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  auto format = readFormat(vm, {"csv", "jsonl", "text"});
  if (!format) return kExitUsage;
  portfolio::Query q;
  q.format = *format == "csv"     ? runtime::RowFormat::Csv
             : *format == "jsonl" ? runtime::RowFormat::Jsonl
                                  : runtime::RowFormat::Text;
  if (!readLang(vm, q.lang)) return kExitUsage;
  if (!collectDates(vm, q.dates)) return kExitUsage;
  q.intervals = vm["intervals"].as<bool>();
  if (q.intervals && vm["step"].as<std::string>() != "day") {
    std::cerr << "agree: --intervals needs every day (--step day): an interval between steps is not known\n";
    return kExitUsage;
  }
  auto& batch = q.batch;
  bool pathProblems = false;
  auto noteLang = chosenDiagnosticLang().value_or(q.lang == words::Lang::Nl ? diag::Lang::Nl : diag::Lang::En);
  if (auto stop = readBatch(vm, batch, noteLang, pathProblems)) return *stop;
  if (outputIsInput(vm["output"].as<std::string>(), batch.files)) return kExitUsage;

  auto cache = openCache(vm);
  batch.cache = cache.get();

  Output out;
  if (!out.open(vm["output"].as<std::string>())) return kExitInputErrors;
  auto outcome = portfolio::runQuery(q, {[&](std::string_view rows) { return out.write(rows); }, toStderr});
  noteCacheTrouble(cache.get());
  if (outcome.stop != portfolio::Outcome::Stop::None) {
    sayStopped(outcome);
    return kExitInputErrors;
  }
  if (!out.commit()) return kExitInputErrors;
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
