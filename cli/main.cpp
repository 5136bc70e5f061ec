// agree: the command line. Dispatches to one function per subcommand (commands.h).
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "calendars.h"
#include "commands.h"
#include "driver/driver.h"
#include "exit_codes.h"
#include "model/model.h"

namespace {

const char* kUsage =
    "usage: agree COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  check FILE...                      check agreement files, print errors\n"
    "  compile FILE                       print the intermediate model as JSON\n"
    "  timeline FILE [--scenario S]       the term periods, renewals, end and membership\n"
    "  bound FILE PARTY DATE [--scenario S]\n"
    "                                     is PARTY still bound on DATE, and why\n"
    "  query PATH... (--date D | --from D --to D) [--party P] [--format csv|jsonl|text] [--lang nl|en]\n"
    "                                     one row per agreement x party x date, for many files\n"
    "  export PATH... --sqlite OUT.db [--from D --to D] [--party P]\n"
    "                                     agreements, periods, notice days, agenda, standings in SQLite\n"
    "  agenda FILE --from D --to D [--party P] [--format text|json|ics] [--lang nl|en]\n"
    "                                     everything due in a window, also as iCalendar\n"
    "  violations FILE --scenario S [--lang nl|en]\n"
    "                                     late notices, late duties, events the agreement does not allow\n"
    "  diff OLD NEW [--format text|markdown|json] [--horizon DATE] [--scenario S] [--lang nl|en]\n"
    "                                     what changed between two versions (exit 0 same, 1 differ)\n"
    "  explain FILE [--lang nl|en] [--format text|markdown|html]\n"
    "                                     each clause's encoding in plain sentences, beside its text\n"
    "  fmt [--check] [--lang nl|en] FILE...\n"
    "                                     rewrite files in the canonical layout (keywords in Dutch or\n"
    "                                     English with --lang); - : stdin to stdout\n"
    "  test FILE... [--junit OUT.xml] [--lang nl|en]\n"
    "                                     check the answers the agreements expect (`expect ...`)\n"
    "  init TEXT [--lang nl|en] [-o FILE [--force]]\n"
    "                                     an .agree skeleton from an agreement's plain text\n"
    "  explain-code CODE                  what an error code means, an example and the fix\n"
    "  lsp                                the language server for editors (LSP over stdio)\n"
    "  radar PATH... --within 120d [--as-of D] [--all] [--format text|csv|json|ics]\n"
    "                                     every date that asks for a decision soon, for many files\n"
    "  report PATH... [--scenario S] [--as-of D] [--lang nl|en] [-o OUT.html]\n"
    "                                     one agreement's timeline and articles as an HTML page,\n"
    "                                     or a portfolio overview of many\n"
    "\n"
    "`agree COMMAND --help` shows a command's options; every command takes --error-format text|json.\n"
    "`agree --version` prints the version, the model's schema version and the standard library used.\n"
    "exit status: 0 success, 1 errors in the input, 2 wrong usage, 3 internal error\n";

void printVersion() {
  std::cout << "agree " << AGREE_VERSION << "\n"
            << "model schema version " << agree::model::kModelVersion << " (docs/model.schema.json)\n"
            << "standard library " << agree::driver::stdlibDir() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  agree::runtime::useStandardLibrary(agree::driver::stdlibDir());
  using namespace agree::cli;
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  std::string command = argv[1];
  Args args(argv + 2, argv + argc);
  try {
    if (command == "check") return runCheck(args);
    if (command == "compile") return runCompile(args);
    if (command == "timeline") return runTimeline(args);
    if (command == "bound") return runBound(args);
    if (command == "query") return runQuery(args);
    if (command == "export") return runExport(args);
    if (command == "diff") return runDiff(args);
    if (command == "agenda") return runAgenda(args);
    if (command == "violations") return runViolations(args);
    if (command == "init") return runInit(args);
    if (command == "explain") return runExplain(args);
    if (command == "fmt") return runFmt(args);
    if (command == "explain-code" || command == "--explain") return runExplainCode(args);
    if (command == "--version" || command == "version") {
      printVersion();
      return kExitOk;
    }
    if (command == "lsp") return runLsp(args);
    if (command == "test") return runTest(args);
    if (command == "radar") return runRadar(args);
    if (command == "report") return runReport(args);
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << kUsage;
      return kExitOk;
    }
    std::cerr << "agree: unknown command `" << command << "`\n\n" << kUsage;
    return kExitUsage;
  } catch (const std::bad_alloc&) {
    std::cerr << "agree: out of memory\n";
    return kExitInternal;
  } catch (const std::exception& e) {
    std::cerr << "agree: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}
