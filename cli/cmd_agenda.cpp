#include <ctime>
#include <iostream>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "ics_stamp.h"
#include "output.h"
#include "report/agenda_report.h"
#include "report/report.h"

namespace agree::cli {

int runAgenda(const Args& args) {
  po::options_description options("agree agenda options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file")(
      "from", po::value<std::string>()->required(), "first day (YYYY-MM-DD)")(
      "to", po::value<std::string>()->required(), "last day, included (YYYY-MM-DD)")(
      "scenario,s", po::value<std::string>()->default_value(""), "scenario file, or the name of a scenario in FILE")(
      "party", po::value<std::string>()->default_value(""),
      "only what this party must do (id, short or legal name, any case or Unicode form)")(
      "format,f", po::value<std::string>()->default_value("text"), "text, json or ics")(
      "output,o", po::value<std::string>()->default_value(""), "write the agenda to this file")(
      "lang", po::value<std::string>()->default_value(""), langHelp());
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree agenda FILE --from D --to D [--scenario S] [--party P] [--format text|json|ics]\n"
      "                    [--lang nl|en]\n\n"
      "Everything due from D to D: recurring duties, clause deadlines and the last days to give\n"
      "notice, each with its clause, who must act and the rule that produced the date. `ics` is\n"
      "an iCalendar file (RFC 5545) for calendar programs. In the agreement's `language` (nl or\n"
      "en) unless --lang says otherwise.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  auto formatChoice = readFormat(vm, {"text", "json", "ics"});
  if (!formatChoice) return kExitUsage;
  const auto& format = *formatChoice;
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  std::optional<std::time_t> stamp = std::time(nullptr);
  if (format == "ics" && !(stamp = stampTime())) return kExitUsage;
  auto from = readDate(vm, "from");
  auto to = readDate(vm, "to");
  if (!from || !to || !checkRange(*from, *to)) return kExitUsage;
  if (outputIsInput(vm["output"].as<std::string>(), {vm["file"].as<std::string>(), vm["scenario"].as<std::string>()}))
    return kExitUsage;
  auto sim = compileAndSimulate(vm["file"].as<std::string>(), vm["scenario"].as<std::string>());
  if (!sim) return kExitInputErrors;
  const auto& timeline = sim->timeline;
  std::string party;
  if (!vm["party"].as<std::string>().empty()) {
    auto match = runtime::matchParty(timeline, vm["party"].as<std::string>());
    if (!match.candidates.empty()) {
      std::cerr << "agree: " << runtime::ambiguousPartyMessage(timeline, vm["party"].as<std::string>(), match) << "\n";
      return kExitInputErrors;
    }
    auto found = match.party;
    // A body (an algemeen bestuur) that is not a party: its own duties.
    if (!found && timeline.agreement->findBody(vm["party"].as<std::string>())) found = vm["party"].as<std::string>();
    if (!found) {
      std::cerr << "agree: no party `" << vm["party"].as<std::string>() << "` in " << timeline.agreement->id << "\n";
      return kExitInputErrors;
    }
    party = *found;
  }
  auto items = runtime::agenda(timeline, *from, *to, party);
  const auto words = answerLang(lang, *timeline.agreement);
  // JSON and text carry the warning; a calendar file cannot, so it goes to stderr.
  if (items.truncated && format == "ics") {
    std::cerr << "agree: warning[AGR0601]: " << runtime::agendaTruncationNote(items, timeline, *to, words) << "\n";
  }
  std::string out = format == "json"  ? runtime::agendaJson(items, timeline, *from, *to, words).dump(2) + "\n"
                    : format == "ics" ? runtime::agendaIcs(items, timeline, icsStamp(*stamp), words)
                                      : runtime::agendaText(items, timeline, *from, *to, words);
  return writeOutput(vm["output"].as<std::string>(), out) ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
