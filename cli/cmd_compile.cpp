#include <iostream>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "output.h"
#include "model/to_json.h"

namespace agree::cli {

int runCompile(const Args& args) {
  po::options_description options("agree compile options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file")(
      "output,o", po::value<std::string>()->default_value(""), "write the answer to this file (whole or not at all)");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  if (!parseOptions(args, "usage: agree compile FILE\n\nPrints the intermediate model as JSON (docs/model.md).",
                    options, positional, vm, help)) {
    return kExitUsage;
  }
  if (help) return kExitOk;
  if (outputIsInput(vm["output"].as<std::string>(), {vm["file"].as<std::string>()})) return kExitUsage;
  auto c = compileReporting(vm["file"].as<std::string>());
  if (!c->agreement) return kExitInputErrors;
  std::string out = model::toJson(*c->agreement).dump(2) + "\n";
  return writeOutput(vm["output"].as<std::string>(), out) ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
