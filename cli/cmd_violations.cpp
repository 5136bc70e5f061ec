#include <chrono>
#include <iostream>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cite.h"
#include "commands.h"
#include "common.h"
#include "diag/render.h"
#include "exit_codes.h"
#include "output.h"
#include "source/printable.h"
#include "violations.h"

namespace agree::cli {

namespace {

// A `done` that names no occurrence: a diagnostic at the event, like every input error.
void reportProblems(driver::Compilation& c, const std::vector<runtime::UnansweredName>& problems) {
  std::size_t before = c.sink.all().size();
  for (const auto& p : problems) reportAt(c, diag::Code::DoneNamesNoOccurrence, p.where, p.message).help = p.help;
  printDiagnosticsSince(c, before);
}

}  // namespace

int runViolations(const Args& args) {
  po::options_description options("agree violations options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file")(
      "scenario,s", po::value<std::string>()->default_value(""), "scenario file, or the name of a scenario in FILE")(
      "as-of", po::value<std::string>()->default_value(""), "judge what is due up to this day (default: today)")(
      "format,f", po::value<std::string>()->default_value("text"), "text or json")(
      "output,o", po::value<std::string>()->default_value(""), "write the report to this file");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree violations FILE [--scenario S] [--as-of D] [--format text|json]\n\n"
      "Compliance as of D (default: today): events the agreement does not allow (with the reason),\n"
      "late notices, duties done (`done` events) after their due date, occurrences of duties due\n"
      "on or before D that no `done` answers (never done), agreement years up to D with too few\n"
      "acts of an \"at least N times per year\" duty, exceeded caps, and instances that last too\n"
      "long or are extended too often. Each `done` answers the occurrence it names (`for 2026`,\n"
      "`for Q3 2020`, or the `name` of the event that created the duty), else the latest open one\n"
      "due on or before it, else the next one due after it; the report says which it took.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  bool json = false;
  if (!readFormat(vm, json)) return kExitUsage;
  std::optional<time::Date> asOf = today();
  if (const auto& text = vm["as-of"].as<std::string>(); !text.empty()) {
    asOf = time::Date::parseIso(text);
    if (!asOf) {
      std::cerr << "agree: --as-of must be a date (YYYY-MM-DD), not `" << text << "`\n";
      return kExitUsage;
    }
  }
  if (outputIsInput(vm["output"].as<std::string>(), {vm["file"].as<std::string>(), vm["scenario"].as<std::string>()}))
    return kExitUsage;
  auto sim = compileAndSimulate(vm["file"].as<std::string>(), vm["scenario"].as<std::string>());
  if (!sim) return kExitInputErrors;
  const auto& t = sim->timeline;
  if (t.start && *asOf < *t.start) {
    std::cerr << "agree: error[AGR0602]: --as-of " << asOf->iso() << " is before the agreement's start on "
              << t.start->iso() << ": nothing is due yet\n"
              << "  = help: judge compliance as of " << t.start->iso() << " or later\n";
    return kExitInputErrors;
  }
  auto found = runtime::compliance(t, *asOf);
  if (!found.problems.empty()) {
    reportProblems(*sim->compilation, found.problems);
    return kExitInputErrors;
  }
  std::string startNote =
      t.start ? "" : "the start is not known (" + runtime::say(t.startReason, *t.agreement) + "): no duty is due yet";
  std::string out;
  if (json) {
    using ojson = nlohmann::ordered_json;
    ojson list = ojson::array();
    for (const auto& v : found.violations) {
      list.push_back(
          {{"date", v.date.iso()}, {"kind", v.kind}, {"clause", v.clause}, {"party", v.party}, {"detail", v.detail}});
    }
    ojson acts = ojson::array();
    for (const auto& a : found.acts) {
      const auto& e = *a.act;
      acts.push_back({{"date", e.minuteOfDay ? time::DateTime{e.date, *e.minuteOfDay}.iso() : e.date.iso()},
                      {"clause", a.clause},
                      {"party", e.by},
                      {"answers", a.occurrence.empty() ? ojson(nullptr) : ojson(a.occurrence)},
                      {"due", a.due.empty() ? ojson(nullptr) : ojson(a.due)},
                      {"how", runtime::howText(a.how)},
                      {"late", a.late}});
    }
    out = ojson{{"agreement", t.agreement->id},
                {"scenario", t.scenarioId},
                {"as_of", asOf->iso()},
                {"start_unknown", startNote.empty() ? ojson(nullptr) : ojson(startNote)},
                {"complete", found.complete},
                {"violations", list},
                {"acts", acts}}
              .dump(2) +
          "\n";
  } else {
    out = fmt::format("{} violation{} as of {}{}\n", found.violations.size(), found.violations.size() == 1 ? "" : "s",
                      asOf->iso(), t.scenarioId.empty() ? "" : " in scenario " + t.scenarioId);
    if (!startNote.empty()) out += "  (" + startNote + ")\n";
    if (!found.complete) out += "  (incomplete: more occurrences than agree lists; judge a shorter stretch)\n";
    for (const auto& v : found.violations) {
      out += fmt::format("  {}  {:<12} {:<11} {}\n", v.date.iso(), v.kind, v.clause.empty() ? "-" : "art. " + v.clause,
                         v.detail);
    }
    if (!found.acts.empty()) out += "acts (`done`) and the occurrence each answers:\n";
    for (const auto& a : found.acts) {
      const auto& e = *a.act;
      out += fmt::format("  {}  {:<11} {}\n", e.date.iso(), "art. " + a.clause,
                         a.due.empty() ? std::string(runtime::howText(a.how))
                                       : (a.occurrence.empty() ? "due " + a.due : a.occurrence + ", due " + a.due) +
                                             (a.late    ? ", late"
                                              : a.early ? ", early"
                                                        : ", on time") +
                                             " (" + runtime::howText(a.how) + ")");
    }
    out = source::printable(out);
  }
  return writeOutput(vm["output"].as<std::string>(), out) ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
