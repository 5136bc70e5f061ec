#include <iostream>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "output.h"
#include "report/report.h"

namespace agree::cli {

int runTimeline(const Args& args) {
  po::options_description options("agree timeline options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file")(
      "output,o", po::value<std::string>()->default_value(""), "write the answer to this file (whole or not at all)")(
      "scenario,s", po::value<std::string>()->default_value(""), "scenario file, or the name of a scenario in FILE")(
      "until", po::value<std::string>()->default_value(""), "list term periods up to this date (YYYY-MM-DD)")(
      "format,f", po::value<std::string>()->default_value("text"), "text or json")(
      "lang", po::value<std::string>()->default_value(""), langHelp());
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree timeline FILE [--scenario S] [--until DATE] [--format text|json] [--lang nl|en]\n\n"
      "The agreement's start, term periods with their notice deadlines, end, parties and\n"
      "surviving clauses, and what happened to each scenario event; in the agreement's\n"
      "`language` (nl or en) unless --lang says otherwise.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  auto format = readFormat(vm, {"text", "json"});
  if (!format) return kExitUsage;
  bool json = *format == "json";
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  std::optional<time::Date> until;
  if (!readOptionalDate(vm, "until", until)) return kExitUsage;
  if (outputIsInput(vm["output"].as<std::string>(), {vm["file"].as<std::string>(), vm["scenario"].as<std::string>()}))
    return kExitUsage;
  auto sim = compileAndSimulate(vm["file"].as<std::string>(), vm["scenario"].as<std::string>());
  if (!sim) return kExitInputErrors;
  const auto& timeline = sim->timeline;
  time::Date horizon = until ? *until : runtime::defaultHorizon(timeline);
  const auto words = answerLang(lang, *timeline.agreement);
  std::string out = json ? runtime::timelineJson(timeline, horizon, words).dump(2) + "\n"
                         : runtime::timelineText(timeline, horizon, words);
  return writeOutput(vm["output"].as<std::string>(), out) ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
