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
#include "report/fact_json.h"
#include "runtime_errors.h"
#include "source/printable.h"
#include "violations.h"
#include "words/calendar_words.h"
#include "words/say.h"

namespace agree::cli {

namespace {

// A `done` that names no occurrence: a diagnostic at the event, like every input error.
void reportProblems(driver::Compilation& c, const std::vector<runtime::UnansweredName>& problems) {
  std::size_t before = c.sink.all().size();
  for (const auto& p : problems) {
    const std::string art = "art. " + p.clause, asOf = p.asOf.iso();
    diag::Text message = p.why == runtime::UnansweredName::Why::ForNamesNoOccurrence
                             ? diag::Text{"`for " + p.written + "` names no occurrence of " + art,
                                          "`gedurende " + p.written + "` wijst geen termijn van " + art + " aan"}
                             : diag::Text{"no event named \"" + p.written + "\" created a duty under " + art,
                                          "geen gebeurtenis met de naam \"" + p.written +
                                              "\" bracht een verplichting onder " + art + " mee"};
    std::string labels;
    for (std::size_t i = 0; i < p.labels.size(); ++i) labels += (i ? ", " : " ") + p.labels[i];
    if (p.more) labels += " ...";
    portfolio::reportAt(c, diag::Code::DoneNamesNoOccurrence, p.where, std::move(message)).help =
        p.labels.empty() ? diag::Text{art + " has no dated occurrence up to " + asOf,
                                      art + " heeft tot en met " + asOf + " geen termijn met een datum"}
                         : diag::Text{"the occurrences of " + art + " up to " + asOf + ":" + labels,
                                      "de termijnen van " + art + " tot en met " + asOf + ":" + labels};
  }
  printDiagnosticsSince(c, before);
}

using ojson = nlohmann::ordered_json;

ojson factOrNull(const runtime::Fact& f) { return f ? runtime::factJson(f) : ojson(nullptr); }

// The start unknown: nothing is due yet (no fact when the start is known).
runtime::Fact startUnknownFact(const runtime::Timeline& t) {
  if (t.start) return {};
  return runtime::fact(runtime::FactKind::ViolationsStartUnknown).with("start", t.startReason);
}

// What an act answered: "Q3 2020, due 2020-11-30, on time (named by `for`)", or only how.
runtime::Fact actFact(const runtime::ActAnswer& a) {
  if (a.due.empty()) return runtime::howFact(a.how);
  runtime::Fact f = runtime::fact(runtime::FactKind::ActLine);
  f.with("occurrence", a.occurrenceFact);
  if (auto d = time::Date::parseIso(a.due)) {
    f.with("due", *d);
  } else if (auto dt = time::DateTime::parseIso(a.due)) {
    f.with("due", *dt);
  } else {
    f.with("due", runtime::Verbatim{a.due});
  }
  return std::move(f).with("status", runtime::actStatusFact(a)).with("how", runtime::howFact(a.how));
}

ojson complianceJson(const runtime::Compliance& found, const runtime::Timeline& t, words::Lang lang) {
  const auto& agreement = *t.agreement;
  auto say = [&](const runtime::Fact& f) { return words::say(f, agreement, lang); };
  ojson list = ojson::array();
  for (const auto& v : found.violations) {
    list.push_back({{"date", v.date.iso()},
                    {"kind", v.kind},
                    {"clause", v.clause},
                    {"party", v.party},
                    {"detail", say(v.detail)},
                    {"detail_fact", factOrNull(v.detail)}});
  }
  ojson acts = ojson::array();
  for (const auto& a : found.acts) {
    const auto& e = *a.act;
    acts.push_back({{"date", e.minuteOfDay ? time::DateTime{e.date, *e.minuteOfDay}.iso() : e.date.iso()},
                    {"clause", a.clause},
                    {"party", e.by},
                    {"answers", a.occurrence.empty() ? ojson(nullptr) : ojson(a.occurrence)},
                    {"answers_fact", factOrNull(a.occurrenceFact)},
                    {"due", a.due.empty() ? ojson(nullptr) : ojson(a.due)},
                    {"how", say(runtime::howFact(a.how))},
                    {"how_fact", factOrNull(runtime::howFact(a.how))},
                    {"late", a.late}});
  }
  auto startNote = startUnknownFact(t);
  return ojson{{"lang", words::langCode(lang)},
               {"agreement", agreement.id},
               {"scenario", t.scenarioId},
               {"as_of", found.asOf.iso()},
               {"start_unknown", startNote ? ojson(say(startNote)) : ojson(nullptr)},
               {"start_unknown_fact", factOrNull(startNote)},
               {"complete", found.complete},
               {"violations", list},
               {"acts", acts}};
}

std::string complianceText(const runtime::Compliance& found, const runtime::Timeline& t, words::Lang lang) {
  using runtime::fact;
  using runtime::FactKind;
  const auto& agreement = *t.agreement;
  auto say = [&](const runtime::Fact& f) { return words::say(f, agreement, lang); };
  auto day = [&](time::Date d) { return words::dateWords(d, lang); };
  runtime::Fact heading = fact(FactKind::ViolationsHeading)
                              .with("n", static_cast<long long>(found.violations.size()))
                              .with("asOf", found.asOf);
  if (found.violations.size() == 1) heading.with("one", 1LL);
  if (!t.scenarioId.empty()) heading.with("scenario", runtime::Verbatim{t.scenarioId});
  std::string out = say(heading) + "\n";
  if (auto note = startUnknownFact(t)) out += "  (" + say(note) + ")\n";
  if (!found.complete) out += "  " + say(fact(FactKind::ViolationsIncomplete)) + "\n";
  // Dutch dates differ in length: the date column is as wide as the longest (ISO: 10).
  std::size_t width = 10, kindWidth = 12;
  for (const auto& v : found.violations) {
    width = std::max(width, day(v.date).size());
    kindWidth = std::max(kindWidth, say(runtime::violationKindFact(v.kind)).size());
  }
  for (const auto& v : found.violations) {
    out += fmt::format("  {:<{}}  {:<{}} {:<11} {}\n", day(v.date), width, say(runtime::violationKindFact(v.kind)),
                       kindWidth, v.clause.empty() ? "-" : "art. " + v.clause, say(v.detail));
  }
  if (!found.acts.empty()) out += say(fact(FactKind::ActsHeading)) + "\n";
  width = 10;
  for (const auto& a : found.acts) width = std::max(width, day(a.act->date).size());
  for (const auto& a : found.acts) {
    out += fmt::format("  {:<{}}  {:<11} {}\n", day(a.act->date), width, "art. " + a.clause, say(actFact(a)));
  }
  return source::printable(out);
}

}  // namespace

int runViolations(const Args& args) {
  po::options_description options("agree violations options");
  options.add_options()("file", po::value<std::string>()->required(), "agreement file")(
      "scenario,s", po::value<std::string>()->default_value(""), "scenario file, or the name of a scenario in FILE")(
      "as-of", po::value<std::string>()->default_value(""), "judge what is due up to this day (default: today)")(
      "format,f", po::value<std::string>()->default_value("text"), "text or json")(
      "output,o", po::value<std::string>()->default_value(""), "write the report to this file")(
      "lang", po::value<std::string>()->default_value(""), langHelp());
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree violations FILE [--scenario S] [--as-of D] [--format text|json] [--lang nl|en]\n\n"
      "Compliance as of D (default: today): events the agreement does not allow (with the reason),\n"
      "late notices, duties done (`done` events) after their due date, occurrences of duties due\n"
      "on or before D that no `done` answers (never done), agreement years up to D with too few\n"
      "acts of an \"at least N times per year\" duty, exceeded caps, and instances that last too\n"
      "long or are extended too often. Each `done` answers the occurrence it names (`for 2026`,\n"
      "`for Q3 2020`, or the `name` of the event that created the duty), else the latest open one\n"
      "due on or before it, else the next one due after it; the report says which it took.\n"
      "In the agreement's `language` (nl or en) unless --lang says otherwise.";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kExitUsage;
  if (help) return kExitOk;
  auto format = readFormat(vm, {"text", "json"});
  if (!format) return kExitUsage;
  bool json = *format == "json";
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  std::optional<time::Date> asOf;
  if (!readOptionalDate(vm, "as-of", asOf)) return kExitUsage;
  if (!asOf) asOf = today();
  if (outputIsInput(vm["output"].as<std::string>(), {vm["file"].as<std::string>(), vm["scenario"].as<std::string>()}))
    return kExitUsage;
  auto sim = compileAndSimulate(vm["file"].as<std::string>(), vm["scenario"].as<std::string>());
  if (!sim) return kExitInputErrors;
  const auto& t = sim->timeline;
  if (t.start && *asOf < *t.start) {
    printUnplaced(
        sim->compilation.get(), diag::Code::AsOfBeforeStart,
        {"--as-of " + asOf->iso() + " is before the agreement's start on " + t.start->iso() + ": nothing is due yet",
         "--as-of " + asOf->iso() + " ligt voor de aanvang van de overeenkomst op " + t.start->iso() +
             ": er is nog niets verschuldigd"},
        {"judge compliance as of " + t.start->iso() + " or later",
         "beoordeel de naleving per " + t.start->iso() + " of later"});
    return kExitInputErrors;
  }
  auto found = runtime::compliance(t, *asOf);
  if (!found.problems.empty()) {
    reportProblems(*sim->compilation, found.problems);
    return kExitInputErrors;
  }
  const auto words = answerLang(lang, *t.agreement);
  std::string out = json ? complianceJson(found, t, words).dump(2) + "\n" : complianceText(found, t, words);
  return writeOutput(vm["output"].as<std::string>(), out) ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
