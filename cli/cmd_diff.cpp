// agree diff OLD NEW: what changed between two versions, for people and for tools.
// Exit status as diff(1): 0 no differences, 1 differences, 2 trouble. As a git diff driver
// (--git, arguments as git passes them) it always exits 0 unless in trouble, as git expects.
#include <iostream>

#include "commands.h"
#include "common.h"
#include "diff/diff.h"
#include "diff/diff_report.h"
#include "input_limits.h"
#include "source/printable.h"
#include "source/read_file.h"
#include "words/say.h"
#include "exit_codes.h"
#include "output.h"

namespace agree::cli {

namespace {

constexpr int kDiffSame = 0, kDiffDifferent = 1, kDiffTrouble = 2;

// As a git diff driver, for a version that does not compile: a note and the unified line diff
// (as `git diff --no-ext-diff` would show it), exit 0 so that git goes on with the next file.
// The words of the driver itself, in `lang`: no agreement to name anything by.
std::string gitWords(const runtime::Fact& f, words::Lang lang) { return words::say(f, model::Agreement{}, lang); }

int lineDiffInstead(const std::string& label, const std::string& oldPath, const std::string& newPath, bool oldBad,
                    bool newBad, words::Lang lang) {
  runtime::Fact note =
      runtime::fact(runtime::FactKind::DiffGitErrors).with("label", runtime::Verbatim{source::printable(label, false)});
  if (oldBad) note.with("old", 1LL);
  if (newBad) note.with("new", 1LL);
  std::cout << gitWords(note, lang) << "\n";
  auto oldText = source::readBounded(oldPath, limits::kMaxFileBytes);
  auto newText = source::readBounded(newPath, limits::kMaxFileBytes);
  if (oldText.status != source::ReadResult::Status::Ok || newText.status != source::ReadResult::Status::Ok) {
    std::cout << gitWords(runtime::fact(runtime::FactKind::DiffGitUnreadable), lang) << "\n";
    return kDiffSame;
  }
  std::cout << source::printable(diff::unifiedLineDiff(oldText.text, newText.text, "a/" + label, "b/" + label));
  return kDiffSame;
}

}  // namespace

int runDiff(const Args& args) {
  po::options_description options("agree diff options");
  options.add_options()("files", po::value<std::vector<std::string>>()->required(), "OLD NEW")(
      "format,f", po::value<std::string>()->default_value("text"), "text, markdown or json")(
      "horizon", po::value<std::string>()->default_value(""),
      "compare the timelines up to this date (default: 30 years)")(
      "assume-start", po::value<std::string>()->default_value(""),
      "the start of a version whose start is unknown (it starts on an event or an undated signing)")(
      "scenario,s", po::value<std::string>()->default_value(""),
      "a scenario file, or a scenario name in both versions, simulated for the timeline impact")(
      "git", po::bool_switch(), "called by git as a diff driver: PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE")(
      "output,o", po::value<std::string>()->default_value(""), "write the report to this file")(
      "lang", po::value<std::string>()->default_value(""),
      "nl or en (default: the new version's `language`, else en; as a git diff driver en)");
  po::positional_options_description positional;
  positional.add("files", -1);
  po::variables_map vm;
  bool help = false;
  const std::string usage =
      "usage: agree diff OLD NEW [--format text|markdown|json] [--horizon DATE] [--scenario S] [--assume-start "
      "DATE]\n"
      "                 [--lang nl|en]\n\n"
      "What changed between two versions of an agreement: header, parties, clauses (matched by\n"
      "id, field by field, with a word diff of the text; renumbered clauses found as such), the\n"
      "term, and the timeline impact: the days on which `bound` answers differently per party and\n"
      "the deadlines and last notice days that moved, appeared or disappeared (docs/diff.md).\n"
      "When neither version's start is known, both are compared from one assumed start:\n"
      "--assume-start, else the signing date (docs/diff.md, \"Unknown start\").\n"
      "The report is in the new version's `language` (nl or en) unless --lang says otherwise.\n"
      "Exit status as diff(1): 0 no differences, 1 differences, 2 trouble.\n\n"
      "As a git diff driver (one set-up command, see the README):\n"
      "  git config diff.agree.command 'agree diff --git' && echo '*.agree diff=agree' >> .git/info/attributes";
  if (!parseOptions(args, usage, options, positional, vm, help)) return kDiffTrouble;
  if (help) return kDiffSame;
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kDiffTrouble;
  auto files = vm["files"].as<std::vector<std::string>>();
  bool git = vm["git"].as<bool>();
  std::string label;
  if (git) {
    if (files.size() != 7) {
      std::cerr << "agree: --git takes the 7 arguments git passes to a diff driver\n";
      return kDiffTrouble;
    }
    label = files[0];
    files = {files[1], files[4]};
    if (files[0] == "/dev/null" || files[1] == "/dev/null") {
      auto kind = files[0] == "/dev/null" ? runtime::FactKind::DiffGitNewFile : runtime::FactKind::DiffGitDeletedFile;
      std::cout << gitWords(runtime::fact(kind).with("label", runtime::Verbatim{label}), lang.value_or(words::Lang::En))
                << "\n";
      return kDiffSame;
    }
  } else if (files.size() != 2) {
    std::cerr << "agree: diff takes two files, OLD and NEW\n\n" << usage << "\n";
    return kDiffTrouble;
  }
  if (outputIsInput(vm["output"].as<std::string>(), {files[0], files[1], vm["scenario"].as<std::string>()})) {
    return kDiffTrouble;
  }
  auto formatChoice = readFormat(vm, {"text", "markdown", "json"});
  if (!formatChoice) return kDiffTrouble;
  const auto& format = *formatChoice;
  std::optional<time::Date> horizon, assumeStart;
  if (!readOptionalDate(vm, "horizon", horizon) || !readOptionalDate(vm, "assume-start", assumeStart)) {
    return kDiffTrouble;
  }
  auto before = compileReporting(files[0]);
  auto after = compileReporting(files[1]);
  if (!before->agreement || !after->agreement) {
    // git stops the whole diff when a driver fails, and a file with an error is the normal state
    // while editing: the errors are printed (above), the lines that changed shown instead.
    if (git) {
      return lineDiffInstead(label, files[0], files[1], !before->agreement, !after->agreement,
                             lang.value_or(words::Lang::En));
    }
    return kDiffTrouble;
  }
  std::optional<model::Scenario> sa, sb;
  const auto& spec = vm["scenario"].as<std::string>();
  if (!loadScenario(*before, spec, sa) || !loadScenario(*after, spec, sb)) return kDiffTrouble;
  auto d = diff::compare(*before->agreement, *after->agreement, sa ? &*sa : nullptr, sb ? &*sb : nullptr, horizon,
                         assumeStart);
  d.oldLabel = git ? label + " (old)" : files[0];
  d.newLabel = git ? label + " (new)" : files[1];
  // git passes no language and shows the report among its own English lines: English there
  // unless the configured command says --lang.
  const auto& agreement = *after->agreement;
  const auto reportLang = git && !lang ? words::Lang::En : answerLang(lang, agreement);
  std::string out = format == "json"       ? diff::diffJson(d, agreement, reportLang).dump(2) + "\n"
                    : format == "markdown" ? diff::diffMarkdown(d, agreement, reportLang)
                                           : diff::diffText(d, agreement, reportLang);
  if (!writeOutput(vm["output"].as<std::string>(), out)) return kDiffTrouble;
  if (git) return kDiffSame;
  return d.empty() ? kDiffSame : kDiffDifferent;
}

}  // namespace agree::cli
