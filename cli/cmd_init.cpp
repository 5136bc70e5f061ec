// agree init TEXT: an .agree skeleton from an agreement's plain text (skeleton/). This file
// only reads the options and the file and writes the answer.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "common.h"
#include "diag/render.h"
#include "exit_codes.h"
#include "output.h"
#include "skeleton.h"

namespace agree::cli {

int runInit(const Args& args) {
  po::options_description options("agree init options");
  options.add_options()("file", po::value<std::string>()->required(), "the agreement's plain text (UTF-8)")(
      "lang", po::value<std::string>()->default_value(""), "language of the comments: nl or en (default: the text's)")(
      "output,o", po::value<std::string>()->default_value(""),
      "write the skeleton to this file (not over an existing one)")("force", po::bool_switch(),
                                                                    "with -o: overwrite an existing file");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  bool help = false;
  if (!parseOptions(args,
                    "usage: agree init TEXT [--lang nl|en] [-o FILE [--force]]\n\n"
                    "Writes an .agree skeleton from an agreement's plain text: the header, the parties, every article\n"
                    "and numbered paragraph with its text quoted verbatim, and the time rules it recognises as\n"
                    "suggestions in comments (docs/init.md).",
                    options, positional, vm, help, /*compiles=*/false)) {
    return kExitUsage;
  }
  if (help) return kExitOk;
  skeleton::Options opts;
  std::optional<words::Lang> lang;
  if (!readLang(vm, lang)) return kExitUsage;
  if (lang) opts.lang = *lang == words::Lang::Nl ? skeleton::Lang::Nl : skeleton::Lang::En;
  const std::string& output = vm["output"].as<std::string>();
  std::error_code ec;
  if (!output.empty() && !vm["force"].as<bool>() && std::filesystem::exists(output, ec)) {
    std::cerr << "agree: `" << output << "` exists; agree init does not overwrite it (use --force)\n";
    return kExitUsage;
  }
  const std::string& file = vm["file"].as<std::string>();
  if (outputIsInput(output, {file})) return kExitUsage;
  driver::Compilation c;
  const auto* source = driver::readFile(c, file);
  if (!source) {
    printDiagnostics(c);
    return kExitInputErrors;
  }
  opts.sourceName = std::filesystem::path(file).filename().string();
  auto result = skeleton::makeSkeleton(source->text(), opts);
  if (result.articles == 0) {
    c.sink
        .error(diag::Code::NoArticles, source::Span{source->id(), 0, 0},
               {"no articles found in `" + file + "`", "geen artikelen gevonden in `" + file + "`"})
        .help = {
        "agree init recognises headings such as \"Artikel 1 Definities\", \"Art. 3\", \"Artikel 2 - Duur\", "
        "\"Bijlage 1\" and, without them, numbered headings such as \"1. Achtergrond\" (docs/init.md)",
        "agree init herkent koppen zoals \"Artikel 1 Definities\", \"Art. 3\", \"Artikel 2 - Duur\", "
        "\"Bijlage 1\" en, als die er niet zijn, genummerde koppen zoals \"1. Achtergrond\" (docs/init.md)"};
    printDiagnostics(c);
    return kExitInputErrors;
  }
  return writeOutput(output, result.text) ? kExitOk : kExitInputErrors;
}

}  // namespace agree::cli
