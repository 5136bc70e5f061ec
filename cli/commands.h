// One function per subcommand; each parses its own options and returns an exit code.
#pragma once

#include <string>
#include <vector>

namespace agree::cli {

using Args = std::vector<std::string>;

int runCheck(const Args& args);
int runCompile(const Args& args);
int runTimeline(const Args& args);
int runBound(const Args& args);
int runQuery(const Args& args);
int runExport(const Args& args);
int runDiff(const Args& args);
int runAgenda(const Args& args);
int runViolations(const Args& args);
int runInit(const Args& args);
int runFmt(const Args& args);
int runExplain(const Args& args);
int runExplainCode(const Args& args);
int runLsp(const Args& args);
int runTest(const Args& args);
int runRadar(const Args& args);
int runReport(const Args& args);

}  // namespace agree::cli
