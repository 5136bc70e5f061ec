// agree report: one agreement as a self-contained HTML page (its timeline drawn as SVG, its
// articles beside their encoding in words), or several as a sortable portfolio overview. The
// pages are runtime/report/html_report.h's; here are the options and the messages.
#include <filesystem>
#include <iostream>
#include <thread>

#include "batch.h"
#include "batch_options.h"
#include "cache_options.h"
#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "output.h"
#include "report/html_report.h"

namespace agree::cli {

namespace {

namespace fs = std::filesystem;

void toStderr(const std::string& text) { std::cerr << text; }

// One path that is a file (not a folder): the agreement page; anything else: the overview.
bool oneFile(const std::vector<std::string>& paths) {
  std::error_code ec;
  return paths.size() == 1 && !fs::is_directory(paths.front(), ec);
}

int reportAgreement(const po::variables_map& vm, const std::optional<words::Lang>& lang, Output& out) {
  const auto& file = vm["path"].as<std::vector<std::string>>().front();
  auto sim = compileAndSimulate(file, vm["scenario"].as<std::string>());
  if (!sim) return kExitInputErrors;
  auto html = runtime::htmlReport(sim->timeline, answerLang(lang, *sim->timeline.agreement));
  // The target could be opened: failing now (a full disk) is still the output's fault.
  return out.write(html) && out.commit() ? kExitOk : kExitUsage;
}

int reportPortfolio(const po::variables_map& vm, const std::optional<words::Lang>& lang, time::Date asOf, Output& out) {
  portfolio::Batch batch;
  batch.jobs = std::max(1u, std::thread::hardware_concurrency());
  batch.compile = compileOptions();
  batch.diagnostics = chosenDiagnosticLang();
  batch.diagnosticFormat = chosenDiagnosticFormat();
  auto found = portfolio::findAgreementFiles(
      vm["path"].as<std::vector<std::string>>(), toStderr,
      {chosenDiagnosticLang().value_or(diag::Lang::En), chosenDiagnosticFormat()}, {vm["include-versions"].as<bool>()});
  sayVersionsSkipped(found.skippedVersions, chosenDiagnosticLang().value_or(diag::Lang::En));
  batch.files = std::move(found.files);
  if (batch.files.empty()) {
    std::cerr << "agree: no agreement files found\n";
    return found.problems ? kExitInputErrors : kExitUsage;
  }
  // The overview is in one language: --lang, else English (rows are not each in their own).
  const auto words = lang.value_or(words::Lang::En);
  auto cache = openCache(vm);
  batch.cache = cache.get();
  std::string rows;
  auto outcome = portfolio::runBatch(
      batch,
      [&](const std::string& file, const runtime::Timeline& timeline, const runtime::RowSink& emit) {
        std::string row = runtime::portfolioRow(file, timeline, asOf, words);
        emit(row);
        return true;
      },
      {[&](std::string_view piece) {
         rows += piece;
         return true;
       },
       toStderr});
  noteCacheTrouble(cache.get());
  if (outcome.stop != portfolio::Outcome::Stop::None) {
    std::cerr << "agree: the report stopped" << (outcome.why.empty() ? "" : ": " + outcome.why)
              << " (-o writes nothing)\n";
    return kExitInputErrors;
  }
  if (!out.write(runtime::portfolioPage(rows, asOf, words)) || !out.commit()) return kExitUsage;
  if (outcome.anyFailed || found.problems) {
    std::cerr << "agree: some " << (found.problems ? "paths could not be read or " : "") << "files had errors"
              << " and were left out of the overview\n";
    return kExitInputErrors;
  }
  return kExitOk;
}

}  // namespace

int runReport(const Args& args) {
  po::options_description options("agree report options");
  options.add_options()("path", po::value<std::vector<std::string>>()->required(),
                        "agreement file, or files and folders")("output,o", po::value<std::string>()->default_value(""),
                                                                "write the page to this file (whole or not at all)")(
      "scenario,s", po::value<std::string>()->default_value(""),
      "one agreement: a scenario file, or the name of a scenario in FILE")(
      "as-of", po::value<std::string>()->default_value(""), "the overview: the date it is made for (default: today)")(
      "lang", po::value<std::string>()->default_value(""), langHelp())(
      "include-versions", po::bool_switch(), "the overview: also the files in versions/ and versies/ folders");
  addCacheOptions(options);
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree report FILE [--scenario S] [--lang nl|en] [-o report.html]\n"
      "       agree report PATH... [--as-of D] [--lang nl|en] [-o portfolio.html]\n"
      "                            [--include-versions] [--cache-dir DIR | --no-cache]\n\n"
      "One self-contained HTML page (no network, nothing fetched). For one agreement file: its\n"
      "timeline drawn as SVG (term periods, notice windows, deadlines, the end and its cause,\n"
      "surviving clauses, each party's standing), its parties, and every article's text beside\n"
      "its encoding in words; in the agreement's `language` unless --lang says otherwise.\n"
      "For a folder or several files: the portfolio overview, one row per agreement as of\n"
      "--as-of (current period, next notice day, end), sortable by column.\n"
      "Without -o the page goes to stdout. See docs/report.md.\n"
      "Exit status: 0 written, 1 errors in the input (the overview lists the other files),\n"
      "2 wrong usage or -o cannot be written.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  std::optional<time::Date> asOf;
  if (!readOptionalDate(vm, "as-of", asOf)) return kExitUsage;
  const auto& paths = vm["path"].as<std::vector<std::string>>();
  bool single = oneFile(paths);
  if (single && asOf) {
    std::cerr << "agree: --as-of goes with the portfolio overview (a folder or several files), not one agreement\n";
    return kExitUsage;
  }
  if (!single && !vm["scenario"].as<std::string>().empty()) {
    std::cerr << "agree: --scenario goes with one agreement file; the overview takes NAME.scenario beside NAME.agree\n";
    return kExitUsage;
  }
  const auto& target = vm["output"].as<std::string>();
  std::vector<std::string> inputs = paths;
  inputs.push_back(vm["scenario"].as<std::string>());
  if (outputIsInput(target, inputs)) return kExitUsage;
  // An unwritable -o is found before any compiling: a usage problem, exit 2.
  Output out;
  if (!out.open(target)) return kExitUsage;
  return single ? reportAgreement(vm, lang, out) : reportPortfolio(vm, lang, asOf ? *asOf : today(), out);
}

}  // namespace agree::cli
