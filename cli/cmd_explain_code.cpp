// agree explain-code CODE: the code's page of docs/errors.md (what it means, an example, the
// fix), as rustc --explain does.
#include <iostream>

#include "commands.h"
#include "diag/diagnostic.h"
#include "error_pages.h"
#include "exit_codes.h"

namespace agree::cli {

int runExplainCode(const Args& args) {
  const char* usage = "usage: agree explain-code CODE    (e.g. agree explain-code AGR0402)\n";
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << usage << "Prints what an error code means, an example and how to fix it (docs/errors.md).\n";
    return kExitOk;
  }
  if (args.size() != 1) {
    std::cerr << "agree: explain-code takes one code\n\n" << usage;
    return kExitUsage;
  }
  auto code = normalizedCode(args[0]);
  if (!code) {
    std::cerr << "agree: `" << args[0]
              << "` is not an error code: codes are written AGR and four digits, as in AGR0402\n";
    return kExitUsage;
  }
  auto page = errorPage(*code);
  if (page.empty()) {
    auto all = diag::allCodes();
    std::cerr << "agree: there is no error code " << *code << " (the codes run from " << diag::codeId(all.front())
              << " to " << diag::codeId(all.back()) << ", with gaps between the areas)\n";
    return kExitUsage;
  }
  std::cout << page;
  return kExitOk;
}

}  // namespace agree::cli
