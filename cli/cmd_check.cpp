#include <iostream>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"

namespace agree::cli {

int runCheck(const Args& args) {
  po::options_description options("agree check options");
  options.add_options()("file", po::value<std::vector<std::string>>()->required(), "agreement files");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  bool help = false;
  if (!parseOptions(args,
                    "usage: agree check FILE...\n\nChecks agreement files and prints their errors.\n"
                    "Exit status: 0 no errors, 1 errors in the input, 2 wrong usage.",
                    options, positional, vm, help)) {
    return kExitUsage;
  }
  if (help) return kExitOk;
  readExpectationScenarios();
  int status = kExitOk;
  for (const auto& file : vm["file"].as<std::vector<std::string>>()) {
    auto c = compileReporting(file);
    if (c->sink.hasErrors()) status = kExitInputErrors;
  }
  return status;
}

}  // namespace agree::cli
