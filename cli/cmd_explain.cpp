// agree explain: the encoding said back in plain sentences beside each clause's source text.
#include <iostream>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "explain/explanation.h"
#include "explain/render.h"
#include "output.h"

namespace agree::cli {

int runExplain(const Args& args) {
  po::options_description options("agree explain options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file")(
      "lang", po::value<std::string>()->default_value(""), langHelp())(
      "format,f", po::value<std::string>()->default_value("text"), "text, markdown or html")(
      "output,o", po::value<std::string>()->default_value(""), "write the answer to this file (whole or not at all)");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  if (!parseOptions(args,
                    "usage: agree explain FILE [--lang nl|en] [--format text|markdown|html] [-o FILE]\n\n"
                    "Says what the encoding of each clause means, in plain sentences, beside the clause's\n"
                    "source text, so the code can be checked against the article without reading code.\n"
                    "html is one self-contained page. See docs/explain.md.",
                    options, positional, vm, help)) {
    return kExitUsage;
  }
  if (help) return kExitOk;
  // Usage problems first: a wrong option never waits for a compilation.
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  auto formatName = readFormat(vm, {"text", "markdown", "html"});
  if (!formatName) return kExitUsage;
  auto format = explain::parseFormat(*formatName);
  if (!format) return kExitUsage;  // never: the same three names
  const auto& file = vm["file"].as<std::string>();
  if (outputIsInput(vm["output"].as<std::string>(), {file})) return kExitUsage;
  auto c = compileReporting(file);
  if (!c->agreement) return kExitInputErrors;
  auto explanation = explain::explain(*c->agreement, answerLang(lang, *c->agreement));
  return writeOutput(vm["output"].as<std::string>(), explain::render(explanation, *format)) ? kExitOk
                                                                                            : kExitInputErrors;
}

}  // namespace agree::cli
