#include <iostream>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "model/to_json.h"

namespace agree::cli {

int runCompile(const Args& args) {
  po::options_description options("agree compile options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  if (!parseOptions(args, "usage: agree compile FILE\n\nPrints the intermediate model as JSON (docs/model.md).",
                    options, positional, vm, help)) {
    return kExitUsage;
  }
  if (help) return kExitOk;
  auto c = compileReporting(vm["file"].as<std::string>());
  if (!c->agreement) return kExitInputErrors;
  std::cout << model::toJson(*c->agreement).dump(2) << "\n";
  return kExitOk;
}

}  // namespace agree::cli
