#include "common.h"

#include "words/say.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "diag/render.h"
#include "exit_codes.h"
#include "options_values.h"
#include "runtime_errors.h"

namespace agree::cli {

namespace {

// The name of a positional argument as the usage line writes it (DATE for `date`); empty when
// `option` (as "--date") is not positional.
std::string positionalName(const po::positional_options_description& positional, const std::string& option) {
  std::string name = option.substr(option.find_first_not_of('-'));
  unsigned known = std::min(positional.max_total_count(), 64u);  // "-1" (any number) is huge
  for (unsigned i = 0; i < known; ++i) {
    if (positional.name_for_position(i) == name) {
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
      return name;
    }
  }
  return "";
}

driver::CompileOptions gCompileOptions;               // from the command line, for every compilation of this run
std::optional<diag::Lang> gDiagnosticLang;            // --lang; else each compilation's own keywords decide
diag::Format gDiagnosticFormat = diag::Format::Text;  // --error-format

}  // namespace

const driver::CompileOptions& compileOptions() { return gCompileOptions; }

void readExpectationScenarios() { gCompileOptions.expectationScenarios = true; }

bool parseOptions(const std::vector<std::string>& args, const std::string& usage, po::options_description& options,
                  const po::positional_options_description& positional, po::variables_map& vm, bool& helpShown,
                  bool compiles) {
  options.add_options()("help,h", "show this help");
  if (compiles) {
    options.add_options()("import-root", po::value<std::vector<std::string>>(),
                          "a folder that imports may read besides the agreement's own folder tree and the "
                          "standard library (repeatable)");
  }
  options.add_options()("error-format", po::value<std::string>()->default_value("text"),
                        "text or json: errors for people, or one JSON object per line for tools "
                        "(docs/errors.md#for-tools)");
  helpShown = false;
  // Commands that write answers declare --lang themselves (it sets both); every other command
  // that compiles takes it for its diagnostics.
  bool ownLang = options.find_nothrow("lang", false) != nullptr;
  if (compiles && !ownLang) {
    options.add_options()("lang", po::value<std::string>()->default_value(""),
                          "nl or en: the language of error messages (default: the language of the file's keywords)");
  }
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    if (vm.count("help")) {
      std::cout << usage << "\n\n" << options << "\n";
      helpShown = true;
      return true;
    }
    po::notify(vm);
    if (!readErrorFormat(vm, gDiagnosticFormat)) return false;
    if (vm.count("import-root")) gCompileOptions.importRoots = vm["import-root"].as<std::vector<std::string>>();
    // --lang also chooses the language of diagnostics. A command's own --lang is checked by the
    // command: here only a valid one is taken. (fmt's and init's --lang name the language to
    // write, not to speak: their diagnostics follow the file.)
    if (compiles && ownLang && vm.count("lang")) {
      gDiagnosticLang = words::parseLang(vm["lang"].as<std::string>());
    } else if (compiles && !readLang(vm, gDiagnosticLang)) {
      return false;
    }
  } catch (const po::required_option& e) {
    // Boost names a missing positional as an option ("the option '--date' is required").
    std::string name = positionalName(positional, e.get_option_name());
    std::cerr << "agree: " << (name.empty() ? std::string(e.what()) : "missing " + name) << "\n\n"
              << usage << "\n\n"
              << options << "\n";
    return false;
  } catch (const po::error& e) {
    std::cerr << "agree: " << e.what() << "\n\n" << usage << "\n\n" << options << "\n";
    return false;
  }
  return true;
}

time::Date today() {
  return time::Date::fromDays(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

std::optional<diag::Lang> chosenDiagnosticLang() { return gDiagnosticLang; }
diag::Format chosenDiagnosticFormat() { return gDiagnosticFormat; }

namespace {
// The language diagnostics are written in: --lang, else the language of the main file's
// keywords (English when nothing was parsed).
diag::Lang diagnosticLang(const driver::Compilation& c) {
  return gDiagnosticLang.value_or(c.sink.language().value_or(diag::Lang::En));
}
diag::Style diagnosticStyle(const driver::Compilation& c) { return {diagnosticLang(c), gDiagnosticFormat}; }
}  // namespace

void printUnplaced(const driver::Compilation* c, diag::Code code, const diag::Text& message, const diag::Text& help) {
  diag::Style style =
      c ? diagnosticStyle(*c) : diag::Style{gDiagnosticLang.value_or(diag::Lang::En), gDiagnosticFormat};
  std::cerr << diag::renderUnplaced(code, message, style, help);
}

void printDiagnostics(const driver::Compilation& c) {
  std::cerr << diag::renderAll(c.sink.all(), c.sources, diagnosticStyle(c));
}

void printDiagnosticsSince(const driver::Compilation& c, std::size_t before) {
  const auto& all = c.sink.all();
  if (before >= all.size()) return;
  std::vector<diag::Diagnostic> fresh(all.begin() + static_cast<long>(before), all.end());
  std::cerr << diag::renderAll(fresh, c.sources, diagnosticStyle(c));
}

std::unique_ptr<driver::Compilation> compileReporting(const std::string& file) {
  auto c = driver::compileFile(file, gCompileOptions);
  printDiagnostics(*c);
  return c;
}

bool loadScenario(driver::Compilation& c, const std::string& spec, std::optional<model::Scenario>& out) {
  if (spec.empty()) return true;
  std::error_code ec;
  if (std::filesystem::is_regular_file(spec, ec)) {
    std::size_t before = c.sink.all().size();
    out = driver::compileScenarioFile(c, spec);
    printDiagnosticsSince(c, before);
    return out.has_value();
  }
  if (const auto* s = c.agreement->findScenario(spec)) {
    out = *s;
    return true;
  }
  diag::Text message{"`" + spec + "` is neither a scenario file nor a scenario of this agreement",
                     "`" + spec + "` is geen scenariobestand en geen scenario van deze overeenkomst"};
  if (!c.agreement->scenarios.empty()) {
    std::string ids;
    for (const auto& s : c.agreement->scenarios) ids += " " + s.id;
    message = message + diag::Text{" (its scenarios:" + ids + ")", " (haar scenario's:" + ids + ")"};
  }
  printUnplaced(&c, diag::Code::UnknownScenario, message);
  return false;
}

std::unique_ptr<Simulated> compileAndSimulate(const std::string& file, const std::string& scenarioSpec) {
  auto out = std::make_unique<Simulated>();
  out->compilation = compileReporting(file);
  if (!out->compilation->agreement) return nullptr;
  std::optional<model::Scenario> scenario;
  if (!loadScenario(*out->compilation, scenarioSpec, scenario)) return nullptr;
  out->timeline = runtime::simulate(*out->compilation->agreement, scenario ? &*scenario : nullptr);
  std::size_t before = out->compilation->sink.all().size();
  if (!portfolio::withinCalendar(*out->compilation, out->timeline)) {
    printDiagnosticsSince(*out->compilation, before);
    return nullptr;
  }
  return out;
}

}  // namespace agree::cli
