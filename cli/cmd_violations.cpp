#include <iostream>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "output.h"
#include "source/printable.h"
#include "violations.h"

namespace agree::cli {

int runViolations(const Args& args) {
  po::options_description options("agree violations options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file")(
      "scenario,s", po::value<std::string>()->required(), "scenario file, or the name of a scenario in FILE")(
      "format,f", po::value<std::string>()->default_value("text"), "text or json")(
      "output,o", po::value<std::string>()->default_value(""), "write the report to this file");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree violations FILE --scenario S [--format text|json]\n\n"
      "What the scenario violates: events the agreement does not allow (with the reason), late\n"
      "notices, duties done (`done` events) after their due date, too few acts of an \"at least N\n"
      "times per year\" duty, exceeded caps, and instances that last too long or are extended too often.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  bool json = false;
  if (!readFormat(vm, json)) return kExitUsage;
  auto sim = compileAndSimulate(vm["file"].as<std::string>(), vm["scenario"].as<std::string>());
  if (!sim) return kExitInputErrors;
  auto found = runtime::violations(sim->timeline);
  std::string out;
  if (json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& v : found) {
      list.push_back({{"date", v.date.iso()}, {"kind", v.kind}, {"clause", v.clause}, {"party", v.party}, {"detail", v.detail}});
    }
    out = nlohmann::ordered_json{{"agreement", sim->timeline.agreement->id}, {"scenario", sim->timeline.scenarioId},
                                 {"violations", list}}
              .dump(2) + "\n";
  } else {
    out = fmt::format("{} violation{} in scenario {}\n", found.size(), found.size() == 1 ? "" : "s", sim->timeline.scenarioId);
    for (const auto& v : found) {
      out += fmt::format("  {}  {:<12} {:<11} {}\n", v.date.iso(), v.kind, v.clause.empty() ? "-" : "art. " + v.clause,
                         v.detail);
    }
    out = source::printable(out);
  }
  return writeOutput(vm["output"].as<std::string>(), out) ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
