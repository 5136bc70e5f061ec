// agree lsp: the language server on standard input and output (lsp/, docs/editors.md).
#include <iostream>

#include "commands.h"
#include "common.h"
#include "exit_codes.h"
#include "server.h"

namespace agree::cli {

int runLsp(const Args& args) {
  po::options_description options("agree lsp options");
  options.add_options()("stdio", po::bool_switch(), "talk over standard input and output (the default and only way)")(
      "lang", po::value<std::string>()->default_value(""),
      "nl or en: the language of diagnostics and hovers (default: each file's keywords and `language`)");
  po::positional_options_description positional;
  po::variables_map vm;
  bool help = false;
  if (!parseOptions(args,
                    "usage: agree lsp [--stdio] [--lang nl|en]\n\n"
                    "Runs the language server (LSP 3.17) on standard input and output, for editors: diagnostics\n"
                    "as you type, hover, go to definition, references, outline, completion, formatting and the\n"
                    "last notice day of the current period. See docs/editors.md.",
                    options, positional, vm, help, /*compiles=*/false)) {
    return kExitUsage;
  }
  if (help) return kExitOk;
  std::optional<diag::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  // Unsynchronised streams buffer their input, so the loop can see whether more is waiting.
  std::ios::sync_with_stdio(false);
  return lsp::run(std::cin, std::cout, lang);
}

}  // namespace agree::cli
