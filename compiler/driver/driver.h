// The compiler's entry points: a file name in, a checked model (or diagnostics) out.
// Each pass runs only when the one before it reported no error.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "model/model.h"
#include "source/source_map.h"

namespace agree::driver {

struct Compilation {
  source::SourceMap sources;
  diag::Sink sink;
  std::optional<model::Agreement> agreement;
  std::size_t inputBytes = 0;  // read so far, for limits::kMaxTotalInputBytes
  // The scenario files the agreement's expectations name (`expect under "x.scenario"`), by
  // model::Expectation::scenarioPath; each read and checked once.
  std::map<std::string, model::Scenario> expectationScenarios;
};

// Imports read only from the main file's folder tree and the standard library (stdlibDir()),
// after symbolic links and `..` are resolved; importRoots adds folders (--import-root).
struct CompileOptions {
  std::vector<std::string> importRoots;
  // Also read and check the scenario files the expectations name (`expect under "x.scenario"`):
  // for `agree check` and `agree test` only. Expectations are not terms of the agreement, so a
  // copy of it without them (a git diff's old version in /tmp) still compiles for every answer.
  bool expectationScenarios = false;
};

// Reads, parses, resolves imports and lowers one agreement file.
std::unique_ptr<Compilation> compileFile(const std::string& path, const CompileOptions& options = {});

// compileFile on a file already read into `c` (readFile): parses, resolves imports and lowers.
std::unique_ptr<Compilation> compileRead(std::unique_ptr<Compilation> c, const source::SourceFile& main,
                                         const CompileOptions& options = {});

// Seconds per phase, for benchmarks.
struct CompileProfile {
  double lex = 0, parse = 0, build = 0;  // see parse::ParseProfile
  double lower = 0;                      // name resolution, checks and the model
  std::size_t fullContextAttempts = 0;   // see parse::ParseProfile
};

// Compiles text held in memory as if it were the file `path` (tests, fuzzing, benchmarks).
std::unique_ptr<Compilation> compileText(const std::string& path, std::string text, CompileProfile* profile = nullptr,
                                         const CompileOptions& options = {});

// The standard library's folder (calendars, clause templates): $AGREE_STDLIB when set, else
// the source tree's stdlib/. `import "std:clauses/renewal.agree"` reads from here.
std::string stdlibDir();

// `fromBin` (a path relative to the running program's folder, as "../share/agree/stdlib")
// when that folder exists: where `cmake --install` and the .deb put the program's data.
// Empty when the program runs from its build folder.
std::string installedBeside(const std::string& fromBin);

// Reads a file named on the command line into c.sources, checking size and UTF-8 (AGR0001-AGR0003
// in c.sink, as for an agreement file). Null when it cannot be had.
const source::SourceFile* readFile(Compilation& c, const std::string& path);
// The same checks for text read otherwise (standard input), shown as `name`.
const source::SourceFile* readText(Compilation& c, const std::string& name, std::string text);

// A scenario file (one `scenario` block) checked against the compiled agreement.
// Diagnostics go to the same compilation. Nullopt when it has errors.
std::optional<model::Scenario> compileScenarioFile(Compilation& c, const std::string& path);

}  // namespace agree::driver
