// agree test FILE...: asks every expectation written in the agreements (`expect under S: ...`)
// and reports each that does not hold, with what holds instead and why (docs/testing.md).
#include <iostream>

#include "claim_text.h"
#include "commands.h"
#include "common.h"
#include "diag/render.h"
#include "exit_codes.h"
#include "expectations.h"
#include "junit.h"
#include "output.h"
#include "words/say.h"

namespace agree::cli {

namespace {

struct Counts {
  std::size_t files = 0, broken = 0, expectations = 0, failed = 0;
  // The answer language of the files that compiled: the summary's, when they all share one.
  std::optional<words::Lang> lang;
  bool mixed = false;
};

std::string location(const model::SourceRef& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

// One file: its failures on stdout (diagnostics, when it does not compile, on stderr).
JUnitSuite testFile(const std::string& file, const std::optional<words::Lang>& chosen, Counts& counts,
                    std::string& out) {
  JUnitSuite suite;
  suite.name = file;
  ++counts.files;
  auto c = compileReporting(file);
  if (!c->agreement) {
    ++counts.broken;
    suite.error = diag::renderAllText(c->sink.all(), c->sources,
                                      chosenDiagnosticLang().value_or(c->sink.language().value_or(diag::Lang::En)));
    const bool nl = chosen.value_or(diag::Lang::En) == words::Lang::Nl;
    out += (nl ? "FOUT  " : "ERROR ") + file + (nl ? ": compileert niet\n" : ": does not compile\n");
    return suite;
  }
  const auto& agreement = *c->agreement;
  const auto lang = answerLang(chosen, agreement);
  const bool nl = lang == words::Lang::Nl;
  if (counts.lang && *counts.lang != lang) counts.mixed = true;
  counts.lang = lang;
  auto results = runtime::checkExpectations(agreement, c->expectationScenarios);
  std::string failures;
  std::size_t failed = 0;
  for (const auto& r : results) {
    const auto& e = *r.expectation;
    JUnitCase tc;
    tc.name = e.written;
    tc.classname = location(e.where);
    if (!r.passed) {
      ++failed;
      const std::string actual = actualText(r, agreement, lang);
      // One sentence a line, under the first (after "  why:       " here, "why:       " in JUnit).
      std::string why, junitWhy;
      for (const auto& f : r.why) {
        const std::string sentence = words::say(f, agreement, lang);
        why += (why.empty() ? "" : "\n             ") + sentence;
        junitWhy += (junitWhy.empty() ? "" : "\n           ") + sentence;
      }
      failures += location(e.where) + (nl ? ": mislukt: " : ": failed: ") + e.written + "\n";
      failures += (nl ? "  verwacht:  " : "  expected:  ") + e.claimWritten + "\n";
      failures += (nl ? "  werkelijk: " : "  actual:    ") + actual + "\n";
      if (!why.empty()) failures += (nl ? "  waarom:    " : "  why:       ") + why + "\n";
      tc.failed = true;
      tc.message = (nl ? "verwacht " : "expected ") + e.claimWritten + (nl ? ", werkelijk " : ", actual ") + actual;
      tc.detail = (nl ? "verwacht:  " : "expected:  ") + e.claimWritten + "\n" + (nl ? "werkelijk: " : "actual:    ") +
                  actual + "\n" + (junitWhy.empty() ? "" : (nl ? "waarom:    " : "why:       ") + junitWhy + "\n");
    }
    suite.cases.push_back(std::move(tc));
  }
  counts.expectations += results.size();
  counts.failed += failed;
  out += failures;
  const std::string n = std::to_string(results.size());
  if (failed == 0) {
    out += "ok    " + file + ": " + n +
           (nl ? (results.size() == 1 ? " verwachting\n" : " verwachtingen\n")
               : (results.size() == 1 ? " expectation\n" : " expectations\n"));
  } else {
    out += (nl ? "FOUT  " : "FAIL  ") + file + ": " + std::to_string(failed) + (nl ? " van " : " of ") + n +
           (nl ? " mislukt\n" : " failed\n");
  }
  return suite;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

int runTest(const Args& args) {
  po::options_description options("agree test options");
  options.add_options()("file", po::value<std::vector<std::string>>()->required(), "agreement files")(
      "junit", po::value<std::string>()->default_value(""), "also write the results as JUnit XML to this file")(
      "lang", po::value<std::string>()->default_value(""), langHelp());
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree test FILE... [--junit OUT.xml] [--lang nl|en]\n\n"
      "Asks every expectation the agreements state (`expect under S: CLAIM`) and prints each\n"
      "that does not hold: where, expected, actual and why; then a summary line.\n"
      "Exit status: 0 all hold, 1 a failure or a file with errors, 2 wrong usage.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  readExpectationScenarios();
  const auto files = vm["file"].as<std::vector<std::string>>();
  const std::string junit = vm["junit"].as<std::string>();
  if (!junit.empty() && outputIsInput(junit, files)) return kExitUsage;

  Counts counts;
  std::vector<JUnitSuite> suites;
  for (const auto& file : files) {
    std::string out;
    suites.push_back(testFile(file, lang, counts, out));
    std::cout << out << std::flush;
  }
  // The summary is in --lang, else in the language all the files' answers were in, else English.
  const bool nl = lang ? *lang == words::Lang::Nl : !counts.mixed && counts.lang == words::Lang::Nl;
  std::size_t passed = counts.expectations - counts.failed;
  std::string summary = nl ? plural(counts.files, "bestand", "bestanden") + ", " +
                                 plural(counts.expectations, "verwachting", "verwachtingen") + ": " +
                                 std::to_string(passed) + " geslaagd, " + std::to_string(counts.failed) + " mislukt"
                           : plural(counts.files, "file", "files") + ", " +
                                 plural(counts.expectations, "expectation", "expectations") + ": " +
                                 std::to_string(passed) + " passed, " + std::to_string(counts.failed) + " failed";
  if (counts.broken > 0)
    summary += nl ? ", " + plural(counts.broken, "bestand", "bestanden") + " met fouten"
                  : ", " + plural(counts.broken, "file", "files") + " with errors";
  std::cout << summary << "\n";
  if (!junit.empty() && !writeOutput(junit, junitXml(suites))) return kExitInputErrors;
  return counts.failed == 0 && counts.broken == 0 ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
