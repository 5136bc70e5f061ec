// What the subcommands share: compiling the input with diagnostics on stderr, options.
#pragma once

#include <boost/program_options.hpp>
#include <memory>
#include <optional>
#include <string>

#include "driver/driver.h"
#include "options_values.h"
#include "timeline.h"
#include "words/lang.h"

namespace agree::cli {

namespace po = boost::program_options;

// Parses `args` against `options` (and positionals). On a usage problem prints it with the
// subcommand's help and returns false; on --help prints help and sets `helpShown`. A command
// that compiles agreements also takes --import-root DIR (see compileOptions).
bool parseOptions(const std::vector<std::string>& args, const std::string& usage, po::options_description& options,
                  const po::positional_options_description& positional, po::variables_map& vm, bool& helpShown,
                  bool compiles = true);

// How this run compiles agreements (--import-root), as parseOptions read it.
const driver::CompileOptions& compileOptions();
// This run's compilations also read the scenario files expectations name (check, test).
void readExpectationScenarios();

// Compiles `file`, printing diagnostics to stderr. Null agreement when it had errors.
std::unique_ptr<driver::Compilation> compileReporting(const std::string& file);

// The scenario named by --scenario: a file path, or the name of a scenario in the agreement.
// Prints the problem and returns false when it cannot be had.
bool loadScenario(driver::Compilation& c, const std::string& spec, std::optional<model::Scenario>& out);

// --lang as given for diagnostics; nullopt when each file's keywords decide.
std::optional<diag::Lang> chosenDiagnosticLang();
// --error-format: text for people (the default) or JSON Lines for tools.
diag::Format chosenDiagnosticFormat();
// An error about no place in a file ("agree: error[CODE]: ..."), in the chosen language and
// format, on stderr. Without --lang it follows the keywords of `c`'s main file, when given.
void printUnplaced(const driver::Compilation* c, diag::Code code, const diag::Text& message,
                   const diag::Text& help = {});
void printDiagnostics(const driver::Compilation& c);
// Prints the diagnostics added to the compilation's sink since it held `before` of them.
void printDiagnosticsSince(const driver::Compilation& c, std::size_t before);

// Today's date (UTC): the default of `--as-of`.
time::Date today();

// An agreement compiled and simulated under the scenario spec (see loadScenario). The timeline
// points into the compilation, so both are kept together. Null on errors (already printed).
struct Simulated {
  std::unique_ptr<driver::Compilation> compilation;
  runtime::Timeline timeline;
};
std::unique_ptr<Simulated> compileAndSimulate(const std::string& file, const std::string& scenarioSpec);

}  // namespace agree::cli
