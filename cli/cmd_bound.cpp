#include <iostream>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "output.h"
#include "report/report.h"

namespace agree::cli {

int runBound(const Args& args) {
  po::options_description options("agree bound options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file")(
      "output,o", po::value<std::string>()->default_value(""), "write the answer to this file (whole or not at all)")(
      "party", po::value<std::string>()->required(), "party id, short name or legal name (any case or Unicode form)")(
      "date", po::value<std::string>()->required(), "date to ask about (YYYY-MM-DD)")(
      "scenario,s", po::value<std::string>()->default_value(""), "scenario file, or the name of a scenario in FILE")(
      "format,f", po::value<std::string>()->default_value("text"), "text or json")(
      "lang", po::value<std::string>()->default_value(""), langHelp());
  po::positional_options_description positional;
  positional.add("file", 1).add("party", 1).add("date", 1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree bound FILE PARTY DATE [--scenario S] [--format text|json] [--lang nl|en]\n\n"
      "Is PARTY still bound on DATE, and why: the verdict (yes, no, depends), the clauses that\n"
      "bind it with their articles and intervals, caveats, and what could still change it.\n"
      "The answer is in the agreement's `language` (nl or en) unless --lang says otherwise.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  auto format = readFormat(vm, {"text", "json"});
  if (!format) return kExitUsage;
  bool json = *format == "json";
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  auto date = readDate(vm, "date", "DATE");
  if (!date) return kExitUsage;
  if (outputIsInput(vm["output"].as<std::string>(), {vm["file"].as<std::string>(), vm["scenario"].as<std::string>()}))
    return kExitUsage;
  auto sim = compileAndSimulate(vm["file"].as<std::string>(), vm["scenario"].as<std::string>());
  if (!sim) return kExitInputErrors;
  const auto& timeline = sim->timeline;
  auto match = runtime::matchParty(timeline, vm["party"].as<std::string>());
  if (!match.candidates.empty()) {
    std::cerr << "agree: " << runtime::ambiguousPartyMessage(timeline, vm["party"].as<std::string>(), match) << "\n";
    return kExitInputErrors;
  }
  const auto& party = match.party;
  if (!party && timeline.agreement->findBody(vm["party"].as<std::string>())) {
    const auto* body = timeline.agreement->findBody(vm["party"].as<std::string>());
    std::cerr << "agree: `" << body->id << "` (" << body->name
              << ") is a body, not a party: it is never bound as a party; its duties are on `agree agenda --party "
              << body->id << "`\n";
    return kExitInputErrors;
  }
  if (!party) {
    std::cerr << "agree: no party `" << vm["party"].as<std::string>() << "` in " << timeline.agreement->id
              << "; parties:";
    for (const auto& m : timeline.members) std::cerr << " " << m.party << " (" << m.name << ")";
    std::cerr << "\n";
    return kExitInputErrors;
  }
  auto answer = runtime::bound(timeline, *party, *date);
  const auto words = answerLang(lang, *timeline.agreement);
  std::string out =
      json ? runtime::boundJson(answer, timeline, words).dump(2) + "\n" : runtime::boundText(answer, timeline, words);
  return writeOutput(vm["output"].as<std::string>(), out) ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
