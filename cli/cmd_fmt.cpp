// agree fmt [--check] FILE...: rewrites agreement files in the canonical layout (docs/fmt.md).
// The layout itself is compiler/format/; this file reads, compares and writes.
#include <algorithm>
#include <iostream>
#include <iterator>

#include "commands.h"
#include "common.h"
#include "diag/render.h"
#include "exit_codes.h"
#include "format/format.h"
#include "parse/keywords.h"
#include "input_limits.h"
#include "output.h"

namespace agree::cli {

namespace {

constexpr const char* kStdin = "-";
constexpr const char* kStdinName = "<stdin>";

// Standard input, up to one byte past the file size limit (so too large is still seen).
std::string readStdin() {
  std::string text;
  char buffer[65536];
  while (text.size() <= limits::kMaxFileBytes && std::cin.read(buffer, sizeof buffer).gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
  }
  return text;
}

struct FmtRun {
  bool check = false;
  std::optional<parse::KeywordLanguage> to;  // --lang: the keywords' language to write

  // The exit status for one file: what it had to say is printed.
  int file(const std::string& path) {
    bool fromStdin = path == kStdin;
    driver::Compilation c;
    const auto* source = fromStdin ? driver::readText(c, kStdinName, readStdin()) : driver::readFile(c, path);
    if (!source) {
      printDiagnostics(c);
      return kExitInputErrors;
    }
    auto result = format::formatFile(*source, c.sink, to);
    if (result.status == format::Formatted::Status::SyntaxErrors ||
        result.status == format::Formatted::Status::Untranslatable) {
      printDiagnostics(c);
      return kExitInputErrors;
    }
    if (result.status == format::Formatted::Status::Lossy) {
      std::cerr << "agree: internal error: formatting `" << source->path() << "` would change it beyond white space ("
                << result.problem
                << "); nothing was written. This is a bug in agree: please report it with the file.\n";
      return kExitInternal;
    }
    bool changed = result.text != source->text();
    if (check) {
      if (changed) std::cout << (fromStdin ? kStdinName : path) << "\n";
      return changed ? kExitInputErrors : kExitOk;
    }
    if (fromStdin) return writeOutput("", result.text) ? kExitOk : kExitInputErrors;
    if (!changed) return kExitOk;  // untouched: its time stamp stays
    if (!writeOutput(path, result.text)) return kExitInputErrors;
    std::cout << path << "\n";  // what was rewritten, as --check lists what would be
    return kExitOk;
  }
};

}  // namespace

int runFmt(const Args& args) {
  po::options_description options("agree fmt options");
  options.add_options()("check", po::bool_switch(), "write nothing; list the files that would change (exit 1 if any)")(
      "lang", po::value<std::string>(), "nl|en: write the keywords and built-in words in Dutch or English")(
      "file", po::value<std::vector<std::string>>()->required(), "agreement files; - reads standard input");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  bool help = false;
  if (!parseOptions(args,
                    "usage: agree fmt [--check] [--lang nl|en] FILE...\n\n"
                    "Rewrites agreement files in place in the canonical layout (docs/fmt.md) and names each file it\n"
                    "rewrote: indentation, spacing and blank lines change; every token, comment and text stays as\n"
                    "written. `-` formats standard input to standard output. With --check nothing is written: the\n"
                    "files that would change are named. --lang nl|en also writes the keywords and built-in words\n"
                    "(forms, event kinds, outcomes) in Dutch or English; names, texts and comments stay as written.\n"
                    "Exit status: 0 done (--check: all formatted), 1 syntax errors, files that would change or\n"
                    "cannot be written, 2 wrong usage, 3 internal error (nothing written).",
                    options, positional, vm, help, /*compiles=*/false)) {
    return kExitUsage;
  }
  if (help) return kExitOk;
  FmtRun run;
  run.check = vm["check"].as<bool>();
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  if (lang) run.to = *lang == words::Lang::Nl ? parse::KeywordLanguage::Dutch : parse::KeywordLanguage::English;
  int status = kExitOk;
  for (const auto& path : vm["file"].as<std::vector<std::string>>()) status = std::max(status, run.file(path));
  return status;
}

}  // namespace agree::cli
