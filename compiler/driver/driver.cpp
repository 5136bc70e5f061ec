#include "driver/driver.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <new>
#include <filesystem>

#include "input_limits.h"
#include "model/lowering.h"
#include "parse/parse.h"
#include "source/read_file.h"

namespace agree::driver {

namespace fs = std::filesystem;

namespace {

// Where a problem with reading a file is shown: at the `import` that names it, or (for a file
// named on the command line, with nothing to point at) at 1:1 of the file with the path in the message.
diag::Diagnostic& reportRead(Compilation& c, diag::Code code, const std::string& path, std::optional<source::Span> from,
                             diag::Text message) {
  if (from) return c.sink.error(code == diag::Code::FileUnreadable ? diag::Code::ImportNotFound : code, *from, message);
  const auto& f = c.sources.add(path, "");
  return c.sink.error(code, source::Span{f.id(), 0, 0}, message);
}

void reportTooLarge(Compilation& c, const std::string& path, std::optional<source::Span> from,
                    const source::ReadResult& r, std::size_t budget) {
  diag::Text message;
  if (budget == limits::kMaxFileBytes || r.bytes > limits::kMaxFileBytes) {
    const std::string bytes = std::to_string(r.sizeFromStat ? r.bytes : limits::kMaxFileBytes);
    const std::string most = std::to_string(limits::kMaxFileBytes);
    message = {"`" + path + "` has " + (r.sizeFromStat ? "" : "more than ") + bytes +
                   " bytes; agree reads files up to " + most,
               "`" + path + "` heeft " + (r.sizeFromStat ? "" : "meer dan ") + bytes +
                   " bytes; agree leest bestanden tot en met " + most};
  } else {
    const std::string most = std::to_string(limits::kMaxTotalInputBytes), before = std::to_string(c.inputBytes);
    message = {"`" + path + "` would bring the files of this compilation to more than " + most + " bytes (" + before +
                   " read before it)",
               "met `" + path + "` zouden de bestanden van deze compilatie samen meer dan " + most + " bytes zijn (" +
                   before + " al gelezen)"};
  }
  reportRead(c, diag::Code::FileTooLarge, path, from, message);
}

// The file is not UTF-8. A file named on the command line is shown up to the bad byte, with a
// replacement character there so the caret lands on it; an imported one is not shown at all,
// since it was never accepted as agreement text (it could be any file).
void reportInvalidUtf8(Compilation& c, const std::string& path, std::optional<source::Span> from,
                       const std::string& text, std::size_t bad) {
  if (from) {
    c.sink
        .error(diag::Code::InvalidUtf8, *from,
               {"the imported file `" + path + "` is not valid UTF-8 (byte " + std::to_string(bad) + ")",
                "het geïmporteerde bestand `" + path + "` is geen geldige UTF-8 (byte " + std::to_string(bad) + ")"})
        .help = {"save the file as UTF-8, and check that the import names an agreement file",
                 "sla het bestand op als UTF-8 en controleer of de import een bestand met een overeenkomst noemt"};
    return;
  }
  const auto& f = c.sources.add(path, text.substr(0, bad) + "\xEF\xBF\xBD");
  std::uint32_t at = f.codePointCount() - 1;
  c.sink
      .error(diag::Code::InvalidUtf8, source::Span{f.id(), at, at + 1},
             {"byte " + std::to_string(bad) + " is not valid UTF-8",
              "byte " + std::to_string(bad) + " is geen geldige UTF-8"})
      .help = {"save the file as UTF-8", "sla het bestand op als UTF-8"};
}

// Reads a file into the source map, checking its kind, its size (alone and with the files read
// before it) and its encoding. The span of `from` is where an import names it (for errors), or
// nullopt for a file named on the command line.
const source::SourceFile* loadFile(Compilation& c, const std::string& path, std::optional<source::Span> from,
                                   const std::string& shownAs = "") {
  std::size_t budget = std::min(limits::kMaxFileBytes, limits::kMaxTotalInputBytes - c.inputBytes);
  auto r = source::readBounded(path, budget);
  using Status = source::ReadResult::Status;
  if (r.status == Status::Unreadable) {
    reportRead(c, diag::Code::FileUnreadable, path, from,
               from ? diag::Text{"cannot read the imported file `" + path + "`",
                                 "kan het geïmporteerde bestand `" + path + "` niet lezen"}
                    : diag::Text{"cannot read `" + path + "`", "kan `" + path + "` niet lezen"});
    return nullptr;
  }
  if (r.status == Status::NotRegular) {
    reportRead(c, diag::Code::FileUnreadable, path, from,
               {(from ? "the imported file `" : "`") + path + "` is " + r.kind.en + ", not a regular file",
                (from ? "het geïmporteerde bestand `" : "`") + path + "` is " + r.kind.nl + ", geen gewoon bestand"});
    return nullptr;
  }
  if (r.status == Status::TooLarge) {
    reportTooLarge(c, path, from, r, budget);
    return nullptr;
  }
  if (auto bad = source::firstInvalidUtf8(r.text)) {
    reportInvalidUtf8(c, path, from, r.text, *bad);
    return nullptr;
  }
  if (auto nul = r.text.find('\0'); from && nul != std::string::npos) {
    // Binary: not agreement text, so none of it is shown (it could be any file).
    c.sink.error(diag::Code::ImportNotFound, *from,
                 {"the imported file `" + path + "` holds a NUL byte (byte " + std::to_string(nul) +
                      "): it is binary, not agreement text",
                  "het geïmporteerde bestand `" + path + "` bevat een NUL-byte (byte " + std::to_string(nul) +
                      "): het is binair, geen tekst van een overeenkomst"});
    return nullptr;
  }
  c.inputBytes += r.text.size();
  return &c.sources.add(shownAs.empty() ? path : shownAs, std::move(r.text));
}

bool isStdlibName(const std::string& written) { return written.compare(0, 4, "std:") == 0; }

// Where an import points: `std:` names a file of the standard library, anything else is
// relative to the importing file's folder (an absolute path stays absolute).
fs::path importTarget(const std::string& fromPath, const std::string& written) {
  if (isStdlibName(written)) return fs::path(stdlibDir()) / written.substr(4);
  return fs::path(fromPath).parent_path() / written;
}

// The path with symbolic links and `..` resolved, as far as it exists, so that it can be
// compared with the folders imports may read.
fs::path resolved(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p, ec);
  if (ec) return p.lexically_normal();
  fs::path out = fs::weakly_canonical(abs, ec);
  return ec ? abs.lexically_normal() : out;
}

// The folder of the file named on the command line, resolved; its own symbolic link is kept
// (a linked agreement imports from beside the link). Never throws: a working folder that
// cannot be read (another user's) leaves the path as written.
fs::path folderOf(const std::string& mainPath) {
  std::error_code ec;
  fs::path abs = fs::absolute(mainPath, ec);
  return resolved((ec ? fs::path(mainPath) : abs).parent_path());
}

// Whether `p` is `root` or lies below it; both resolved.
bool isWithin(const fs::path& p, const fs::path& root) {
  auto pi = p.begin();
  for (auto ri = root.begin(); ri != root.end(); ++ri, ++pi) {
    if (ri->empty() && std::next(ri) == root.end()) return true;  // root ends in a separator
    if (pi == p.end() || *pi != *ri) return false;
  }
  return true;
}

// The folders imports may read: the main file's folder tree, the standard library, and the
// folders the user added (--import-root). Without this an agreement file from elsewhere could
// import /etc/passwd or /proc/self/environ and have agree print its lines in diagnostics.
struct ImportRoots {
  fs::path mainFolder;
  fs::path stdlib;
  std::vector<fs::path> extra;

  ImportRoots(const std::string& mainPath, const CompileOptions& options)
      : mainFolder(folderOf(mainPath)), stdlib(resolved(stdlibDir())) {
    for (const auto& r : options.importRoots) extra.push_back(resolved(r));
  }

  bool allows(const fs::path& target, bool stdlibName) const {
    if (stdlibName) return isWithin(target, stdlib);
    if (isWithin(target, mainFolder) || isWithin(target, stdlib)) return true;
    return std::any_of(extra.begin(), extra.end(), [&](const fs::path& r) { return isWithin(target, r); });
  }
};

void reportOutsideRoots(Compilation& c, const ast::Import& imp, const ImportRoots& roots, const fs::path& target) {
  const std::string& written = imp.path.value;
  if (isStdlibName(written)) {
    c.sink
        .error(
            diag::Code::ImportOutsideRoot, imp.span,
            {"`" + written + "` leaves the standard library", "`" + written + "` gaat buiten de standaardbibliotheek"})
        .help = {"`std:` names a file below the standard library's folder, such as `std:clauses/renewal.agree`",
                 "`std:` noemt een bestand in de map van de standaardbibliotheek, zoals `std:clauses/renewal.agree`"};
    return;
  }
  auto& d = c.sink.error(
      diag::Code::ImportOutsideRoot, imp.span,
      {"`" + written + "` is outside the folders imports may read (it is `" + target.string() + "`)",
       "`" + written + "` ligt buiten de mappen waaruit geïmporteerd mag worden (het is `" + target.string() + "`)"});
  std::string extra;
  for (const auto& r : roots.extra) extra += ", `" + r.string() + "`";
  const std::string folder = "`" + roots.mainFolder.string() + "`";
  d.notes.push_back(
      {"imports may read from " + folder + " (this agreement's folder), the standard library" + extra,
       "importeren mag uit " + folder + " (de map van deze overeenkomst), de standaardbibliotheek" + extra});
  d.help = {"move the file into the agreement's folder, or allow its folder with `--import-root DIR`",
            "verplaats het bestand naar de map van de overeenkomst, of sta de map toe met `--import-root MAP`"};
}

struct Loader {
  Compilation& c;
  driver::CompileProfile* profile;
  ImportRoots roots;
  std::vector<std::unique_ptr<ast::File>> files;
  std::vector<std::string> stack;  // canonical paths being imported, for cycles
  std::vector<std::string> done;

  // `path` is where the file was read; the source map may show it otherwise (std:...).
  void load(const source::SourceFile& sf, const std::string& path) {
    parse::ParseProfile p;
    auto file = std::make_unique<ast::File>(parse::parseFile(sf, c.sink, profile ? &p : nullptr));
    if (profile) {
      profile->lex += p.lex;
      profile->parse += p.parse;
      profile->build += p.build;
      profile->fullContextAttempts += p.fullContextAttempts;
    }
    std::string canon = resolved(path).string();
    stack.push_back(canon);
    done.push_back(canon);
    ast::File* raw = file.get();
    files.push_back(std::move(file));
    for (const auto& imp : raw->imports) {
      fs::path target = importTarget(path, imp.path.value);
      fs::path real = resolved(target);
      if (!roots.allows(real, isStdlibName(imp.path.value))) {
        reportOutsideRoots(c, imp, roots, real);
        continue;
      }
      std::string tc = real.string();
      if (std::find(stack.begin(), stack.end(), tc) != stack.end()) {
        std::string chain;
        for (auto& s : stack) chain += fs::path(s).filename().string() + " -> ";
        chain += fs::path(tc).filename().string();
        c.sink
            .error(diag::Code::ImportCycle, imp.span,
                   {"`" + imp.path.value + "` imports this file again",
                    "`" + imp.path.value + "` importeert dit bestand opnieuw"})
            .notes.push_back({"import chain: " + chain, "importketen: " + chain});
        continue;
      }
      if (std::find(done.begin(), done.end(), tc) != done.end()) continue;  // imported twice: once is enough
      if (stack.size() >= limits::kMaxImportDepth) {
        c.sink.error(diag::Code::ImportTooDeep, imp.span,
                     {"imports nest deeper than " + std::to_string(limits::kMaxImportDepth) + " files",
                      "imports zijn dieper genest dan " + std::to_string(limits::kMaxImportDepth) + " bestanden"});
        continue;
      }
      // A standard-library file is shown as written (std:clauses/avg.agree): the same on every machine.
      bool fromStdlib = isStdlibName(imp.path.value);
      if (const auto* next = loadFile(c, target.string(), imp.span, fromStdlib ? imp.path.value : "")) {
        load(*next, target.string());
      }
    }
    stack.pop_back();
  }
};

void compileMain(Compilation& c, const source::SourceFile& main, CompileProfile* profile,
                 const CompileOptions& options);

// The scenario files expectations name, read from the folders imports may read (so an
// agreement cannot have agree show lines of /etc/passwd either), each compiled once.
void loadExpectationScenarios(Compilation& c, const std::vector<const ast::File*>& files, const ImportRoots& roots) {
  std::vector<std::string> failed;
  for (const auto* f : files) {
    const std::string from = c.sources.file(f->file).path();
    for (const auto& e : f->expectations) {
      if (!e.scenarioFile) continue;
      const std::string& written = e.scenarioFile->value;
      const std::string path = (fs::path(from).parent_path() / written).string();
      if (c.expectationScenarios.count(path) || std::count(failed.begin(), failed.end(), path)) continue;
      fs::path real = resolved(path);
      std::error_code ec;
      if (!roots.allows(real, false)) {
        failed.push_back(path);
        c.sink
            .error(diag::Code::ExpectScenarioFile, e.scenarioFile->span,
                   {"`" + written + "` is outside the folders agree reads (it is `" + real.string() + "`)",
                    "`" + written + "` ligt buiten de mappen die agree leest (het is `" + real.string() + "`)"})
            .help = {"keep scenario files in the agreement's folder, or allow their folder with `--import-root DIR`",
                     "bewaar scenariobestanden in de map van de overeenkomst, of sta hun map toe met "
                     "`--import-root MAP`"};
        continue;
      }
      if (!fs::is_regular_file(real, ec)) {
        failed.push_back(path);
        c.sink
            .error(diag::Code::ExpectScenarioFile, e.scenarioFile->span,
                   {"there is no scenario file `" + path + "`", "er is geen scenariobestand `" + path + "`"})
            .help = {"a scenario file is named relative to the file that names it",
                     "een scenariobestand wordt genoemd vanuit de map van het bestand dat het noemt"};
        continue;
      }
      if (auto s = compileScenarioFile(c, path)) {
        c.expectationScenarios.emplace(path, std::move(*s));
      } else {
        failed.push_back(path);
      }
    }
  }
}

// Test hook: AGREE_FAULT_INJECT=bad_alloc makes compilation fail as if memory ran out, so the
// test suite can show that this becomes a diagnostic and not a crash.
void injectFault() {
  const char* fault = std::getenv("AGREE_FAULT_INJECT");
  if (fault && std::string(fault) == "bad_alloc") throw std::bad_alloc();
}

// Runs `work`; whatever it throws becomes a diagnostic, so the compiler API never throws.
template <typename Work>
void guarded(Compilation& c, source::FileId file, Work work) {
  try {
    work();
  } catch (const std::bad_alloc&) {
    c.sink.error(diag::Code::CompilerFailure, source::Span{file, 0, 0},
                 {"agree ran out of memory while compiling this file",
                  "agree had niet genoeg geheugen om dit bestand te compileren"});
  } catch (const std::exception& e) {
    c.sink
        .error(diag::Code::CompilerFailure, source::Span{file, 0, 0},
               {std::string("agree failed inside while compiling this file: ") + e.what(),
                std::string("agree liep intern vast bij het compileren van dit bestand: ") + e.what()})
        .help = {"this is a bug in agree; please report it with the file",
                 "dit is een fout in agree; meld deze alstublieft, samen met het bestand"};
  }
}

std::unique_ptr<Compilation> compileLoaded(std::unique_ptr<Compilation> c, const source::SourceFile* main,
                                           CompileProfile* profile, const CompileOptions& options) {
  if (!main) return c;
  guarded(*c, main->id(), [&] {
    injectFault();
    compileMain(*c, *main, profile, options);
  });
  if (c->sink.hasErrors()) c->agreement.reset();
  return c;
}

void compileMain(Compilation& cref, const source::SourceFile& mainRef, CompileProfile* profile,
                 const CompileOptions& options) {
  Compilation* c = &cref;
  const source::SourceFile* main = &mainRef;
  Loader loader{*c, profile, ImportRoots(main->path(), options), {}, {}, {}};
  loader.load(*main, main->path());
  if (c->sink.hasErrors()) return;
  std::vector<const ast::File*> files;
  for (auto& f : loader.files) files.push_back(f.get());
  auto start = std::chrono::steady_clock::now();
  model::Lowering lowering(c->sources, c->sink);
  c->agreement = lowering.lowerAgreement(files);
  if (profile) profile->lower += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (options.expectationScenarios && c->agreement && !c->sink.hasErrors())
    loadExpectationScenarios(*c, files, loader.roots);
}

}  // namespace

const source::SourceFile* readFile(Compilation& c, const std::string& path) { return loadFile(c, path, std::nullopt); }

const source::SourceFile* readText(Compilation& c, const std::string& name, std::string text) {
  if (text.size() > limits::kMaxFileBytes) {
    source::ReadResult r;
    r.bytes = text.size();
    reportTooLarge(c, name, std::nullopt, r, limits::kMaxFileBytes);
    return nullptr;
  }
  if (auto bad = source::firstInvalidUtf8(text)) {
    reportInvalidUtf8(c, name, std::nullopt, text, *bad);
    return nullptr;
  }
  c.inputBytes += text.size();
  return &c.sources.add(name, std::move(text));
}

std::string installedBeside(const std::string& fromBin) {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  fs::path dir = (exe.parent_path() / fromBin).lexically_normal();
  return fs::is_directory(dir, ec) ? dir.string() : "";
}

std::string stdlibDir() {
  const char* env = std::getenv("AGREE_STDLIB");
  if (env && *env) return env;
  static const std::string installed = installedBeside(AGREE_STDLIB_FROM_BIN);
  return installed.empty() ? AGREE_STDLIB_DIR : installed;
}

std::unique_ptr<Compilation> compileFile(const std::string& path, const CompileOptions& options) {
  auto c = std::make_unique<Compilation>();
  const auto* main = loadFile(*c, path, std::nullopt);
  return compileLoaded(std::move(c), main, nullptr, options);
}

std::unique_ptr<Compilation> compileRead(std::unique_ptr<Compilation> c, const source::SourceFile& main,
                                         const CompileOptions& options) {
  return compileLoaded(std::move(c), &main, nullptr, options);
}

std::unique_ptr<Compilation> compileText(const std::string& path, std::string text, CompileProfile* profile,
                                         const CompileOptions& options) {
  auto c = std::make_unique<Compilation>();
  if (auto bad = source::firstInvalidUtf8(text)) {
    const auto& f = c->sources.add(path, "");
    c->sink.error(diag::Code::InvalidUtf8, source::Span{f.id(), 0, 0},
                  {"byte " + std::to_string(*bad) + " is not valid UTF-8",
                   "byte " + std::to_string(*bad) + " is geen geldige UTF-8"});
    return c;
  }
  if (text.size() > limits::kMaxFileBytes) {
    const auto& f = c->sources.add(path, "");
    c->sink.error(diag::Code::FileTooLarge, source::Span{f.id(), 0, 0},
                  {"the text is too large", "de tekst is te groot"});
    return c;
  }
  c->inputBytes = text.size();
  const auto& main = c->sources.add(path, std::move(text));
  return compileLoaded(std::move(c), &main, profile, options);
}

std::optional<model::Scenario> compileScenarioFile(Compilation& c, const std::string& path) {
  const auto* sf = loadFile(c, path, std::nullopt);
  if (!sf || !c.agreement) return std::nullopt;
  ast::File file = parse::parseFile(*sf, c.sink);
  if (c.sink.hasErrors()) return std::nullopt;
  // Exactly one scenario and nothing else: point at the first thing too many.
  std::optional<source::Span> extra;
  auto first = [&](std::optional<source::Span> span) {
    if (span && (!extra || span->begin < extra->begin)) extra = span;
  };
  if (!file.headers.empty()) first(file.headers.front().span);
  if (!file.parties.empty()) first(file.parties.front().span);
  if (!file.groups.empty()) first(file.groups.front().span);
  if (!file.eventKinds.empty()) first(file.eventKinds.front().span);
  if (!file.articles.empty()) first(file.articles.front().span);
  if (!file.imports.empty()) first(file.imports.front().span);
  if (!file.templates.empty()) first(file.templates.front().span);
  if (!file.expectations.empty()) first(file.expectations.front().span);
  if (file.scenarios.size() > 1) first(file.scenarios[1].span);
  if (file.scenarios.empty() || extra) {
    source::Span where = extra ? *extra : source::Span{sf->id(), 0, 0};
    c.sink
        .error(diag::Code::ScenarioFileHasNoScenario, where,
               file.scenarios.empty()
                   ? diag::Text{"this scenario file has no `scenario` block",
                                "dit scenariobestand heeft geen blok `scenario`"}
                   : diag::Text{"a scenario file holds exactly one `scenario` block and nothing else",
                                "een scenariobestand bevat precies één blok `scenario` en verder niets"})
        .help = {"write `scenario NAME \"title\" { DATE EVENT ... }`; parties and clauses belong in the agreement",
                 "schrijf `scenario NAAM \"titel\" { DATUM GEBEURTENIS ... }`; partijen en bepalingen horen in de "
                 "overeenkomst"};
    return std::nullopt;
  }
  std::optional<model::Scenario> out;
  guarded(c, sf->id(), [&] {
    model::Lowering lowering(c.sources, c.sink);
    out = lowering.lowerScenario(file.scenarios.front(), *c.agreement);
  });
  return out;
}

}  // namespace agree::driver
