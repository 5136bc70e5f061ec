// agree export: many agreements into one SQLite database for analysts (docs/export.md). The
// options and the messages are here; the rows are the portfolio library's
// (portfolio/export_records.h), the database its export library's (portfolio/sqlite_export.h).
#include <iostream>

#include "batch_options.h"
#include "cache_options.h"
#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "options_values.h"
#include "output.h"
#include "sqlite_export.h"

namespace agree::cli {

namespace {

void toStderr(const std::string& text) { std::cerr << text; }

// --from and --to together, or neither (each agreement's own window).
bool readWindow(const po::variables_map& vm, portfolio::ExportWindow& window) {
  if (!readOptionalDate(vm, "from", window.from) || !readOptionalDate(vm, "to", window.to)) return false;
  if (window.from.has_value() != window.to.has_value()) {
    std::cerr << "agree: give --from D and --to D together, or neither (each agreement's start and "
              << portfolio::kDefaultYears << " years)\n";
    return false;
  }
  return !window.from || checkRange(*window.from, *window.to);
}

}  // namespace

int runExport(const Args& args) {
  po::options_description options("agree export options");
  options.add_options()("path", po::value<std::vector<std::string>>()->required(), "agreement files or folders")(
      "sqlite", po::value<std::string>()->default_value(""), "write a SQLite database to this file")(
      "from", po::value<std::string>()->default_value(""), "first day of the window (with --to)")(
      "to", po::value<std::string>()->default_value(""), "last day of the window (included)")(
      "party", po::value<std::string>(), "only this party (id, short or legal name, any case or Unicode form)")(
      "scenario-dir", po::value<std::string>()->default_value(""),
      "take NAME.scenario from this folder for NAME.agree (default: beside it)")(
      "lang", po::value<std::string>()->default_value(""), langHelp())(
      "jobs,j", po::value<std::string>(), "threads, 1 to 256 (default: the number of cores)")(
      "include-versions", po::bool_switch(), "also export the files in versions/ and versies/ folders");
  addCacheOptions(options);
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree export PATH... --sqlite OUT.db [--from D --to D] [--party P] [--scenario-dir DIR]\n"
      "                    [--lang nl|en] [--include-versions] [--jobs N] [--cache-dir DIR | --no-cache]\n\n"
      "Every agreement under PATH into one SQLite database (docs/export.md): agreements, parties,\n"
      "groups, clauses, term periods with their last notice days, agenda items and each party's\n"
      "standing as intervals, over a window: --from to --to, else each agreement's start and the\n"
      "10 years after it. OUT.db is replaced whole or not at all.\n"
      "A file with errors is reported on stderr and skipped; the others are exported.\n"
      "Exit status: 0 all files exported, 1 some files had errors, 2 wrong usage or OUT.db cannot\n"
      "be written.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  const auto& out = vm["sqlite"].as<std::string>();
  if (out.empty()) {
    std::cerr << "agree: say where the database goes: --sqlite OUT.db\n";
    return kExitUsage;
  }
  portfolio::Export e;
  if (!readLang(vm, e.lang)) return kExitUsage;
  if (!readWindow(vm, e.window)) return kExitUsage;
  auto& batch = e.batch;
  bool pathProblems = false;
  auto noteLang = chosenDiagnosticLang().value_or(e.lang == words::Lang::Nl ? diag::Lang::Nl : diag::Lang::En);
  if (auto stop = readBatch(vm, batch, noteLang, pathProblems)) return *stop;
  if (outputIsInput(out, batch.files)) return kExitUsage;

  auto cache = openCache(vm);
  batch.cache = cache.get();
  auto outcome = portfolio::runExport(e, out, toStderr);
  noteCacheTrouble(cache.get());
  if (outcome.databaseFailed) {
    std::cerr << "agree: cannot write the database `" << out << "`: " << outcome.why << " (nothing was written)\n";
    return kExitUsage;
  }
  using Stop = portfolio::Outcome::Stop;
  if (outcome.batch.stop != Stop::None) {
    if (outcome.batch.stop == Stop::NoThread)
      std::cerr << "agree: could not start a thread: " << outcome.batch.why << "\n";
    std::cerr << "agree: the export stopped: `" << out << "` was not written\n";
    return kExitInputErrors;
  }
  if (batch.party && outcome.batch.anyAnswered && !outcome.batch.anyHasParty) {
    std::cerr << "agree: no agreement has a party `" << *batch.party << "`\n";
    return kExitInputErrors;
  }
  if (outcome.batch.anyFailed || pathProblems) {
    std::cerr << "agree: some " << (pathProblems ? "paths could not be read or " : "") << "files had errors"
              << " and were skipped; the others were exported\n";
    return kExitInputErrors;
  }
  return kExitOk;
}

}  // namespace agree::cli
