#include "driver/driver.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <new>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "input_limits.h"
#include "model/lowering.h"
#include "parse/parse.h"

namespace agree::driver {

namespace fs = std::filesystem;

namespace {

// Reads a file into the source map, checking size and encoding. The span of `from` is where
// an import names it (for errors), or nullopt for a file named on the command line.
const source::SourceFile* loadFile(Compilation& c, const std::string& path, std::optional<source::Span> from,
                                   const std::string& shownAs = "") {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (ec || !in || fs::is_directory(path, ec)) {
    if (from) {
      c.sink.error(diag::Code::ImportNotFound, *from, "cannot read the imported file `" + path + "`");
    } else {
      // Nothing to point at: the message carries the path.
      const auto& f = c.sources.add(path, "");
      c.sink.error(diag::Code::FileUnreadable, source::Span{f.id(), 0, 0}, "cannot read `" + path + "`");
    }
    return nullptr;
  }
  if (size > limits::kMaxFileBytes) {
    const auto& f = c.sources.add(path, "");
    c.sink.error(diag::Code::FileTooLarge, source::Span{f.id(), 0, 0},
                 "`" + path + "` has " + std::to_string(size) + " bytes; agree reads files up to " +
                     std::to_string(limits::kMaxFileBytes));
    return nullptr;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  if (auto bad = source::firstInvalidUtf8(text)) {
    // Show the file up to the bad byte and a replacement character in its place, so the
    // caret lands on it.
    const auto& f = c.sources.add(path, text.substr(0, *bad) + "\xEF\xBF\xBD");
    std::uint32_t at = f.codePointCount() - 1;
    c.sink
        .error(diag::Code::InvalidUtf8, source::Span{f.id(), at, at + 1},
               "byte " + std::to_string(*bad) + " is not valid UTF-8")
        .help = "save the file as UTF-8";
    return nullptr;
  }
  return &c.sources.add(shownAs.empty() ? path : shownAs, std::move(text));
}

// Where an import points: `std:` names a file of the standard library, anything else is
// relative to the importing file's folder.
fs::path importTarget(const std::string& fromPath, const std::string& written) {
  const std::string prefix = "std:";
  if (written.compare(0, prefix.size(), prefix) == 0) return fs::path(stdlibDir()) / written.substr(prefix.size());
  return fs::path(fromPath).parent_path() / written;
}

struct Loader {
  Compilation& c;
  driver::CompileProfile* profile;
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
    std::string canon = fs::weakly_canonical(path).string();
    stack.push_back(canon);
    done.push_back(canon);
    ast::File* raw = file.get();
    files.push_back(std::move(file));
    for (const auto& imp : raw->imports) {
      fs::path target = importTarget(path, imp.path.value);
      std::string tc = fs::weakly_canonical(target).string();
      if (std::find(stack.begin(), stack.end(), tc) != stack.end()) {
        c.sink.error(diag::Code::ImportCycle, imp.span, "`" + imp.path.value + "` imports this file again")
            .notes.push_back("import chain: " + [&] {
              std::string chain;
              for (auto& s : stack) chain += fs::path(s).filename().string() + " -> ";
              return chain + fs::path(tc).filename().string();
            }());
        continue;
      }
      if (std::find(done.begin(), done.end(), tc) != done.end()) continue;  // imported twice: once is enough
      if (stack.size() >= limits::kMaxImportDepth) {
        c.sink.error(diag::Code::ImportTooDeep, imp.span,
                     "imports nest deeper than " + std::to_string(limits::kMaxImportDepth) + " files");
        continue;
      }
      // A standard-library file is shown as written (std:clauses/avg.agree): the same on every machine.
      bool fromStdlib = imp.path.value.compare(0, 4, "std:") == 0;
      if (const auto* next = loadFile(c, target.string(), imp.span, fromStdlib ? imp.path.value : "")) {
        load(*next, target.string());
      }
    }
    stack.pop_back();
  }
};

void compileMain(Compilation& c, const source::SourceFile& main, CompileProfile* profile);

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
                 "agree ran out of memory while compiling this file");
  } catch (const std::exception& e) {
    c.sink
        .error(diag::Code::CompilerFailure, source::Span{file, 0, 0},
               std::string("agree failed inside while compiling this file: ") + e.what())
        .help = "this is a bug in agree; please report it with the file";
  }
}

std::unique_ptr<Compilation> compileLoaded(std::unique_ptr<Compilation> c, const source::SourceFile* main,
                                           CompileProfile* profile = nullptr) {
  if (!main) return c;
  guarded(*c, main->id(), [&] {
    injectFault();
    compileMain(*c, *main, profile);
  });
  if (c->sink.hasErrors()) c->agreement.reset();
  return c;
}

void compileMain(Compilation& cref, const source::SourceFile& mainRef, CompileProfile* profile) {
  Compilation* c = &cref;
  const source::SourceFile* main = &mainRef;
  Loader loader{*c, profile, {}, {}, {}};
  loader.load(*main, main->path());
  if (c->sink.hasErrors()) return;
  std::vector<const ast::File*> files;
  for (auto& f : loader.files) files.push_back(f.get());
  auto start = std::chrono::steady_clock::now();
  model::Lowering lowering(c->sources, c->sink);
  c->agreement = lowering.lowerAgreement(files);
  if (profile) profile->lower += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

const source::SourceFile* readFile(Compilation& c, const std::string& path) { return loadFile(c, path, std::nullopt); }

std::string stdlibDir() {
  const char* env = std::getenv("AGREE_STDLIB");
  return env && *env ? env : AGREE_STDLIB_DIR;
}

std::unique_ptr<Compilation> compileFile(const std::string& path) {
  auto c = std::make_unique<Compilation>();
  const auto* main = loadFile(*c, path, std::nullopt);
  return compileLoaded(std::move(c), main);
}

std::unique_ptr<Compilation> compileText(const std::string& path, std::string text, CompileProfile* profile) {
  auto c = std::make_unique<Compilation>();
  if (auto bad = source::firstInvalidUtf8(text)) {
    const auto& f = c->sources.add(path, "");
    c->sink.error(diag::Code::InvalidUtf8, source::Span{f.id(), 0, 0},
                  "byte " + std::to_string(*bad) + " is not valid UTF-8");
    return c;
  }
  if (text.size() > limits::kMaxFileBytes) {
    const auto& f = c->sources.add(path, "");
    c->sink.error(diag::Code::FileTooLarge, source::Span{f.id(), 0, 0}, "the text is too large");
    return c;
  }
  const auto& main = c->sources.add(path, std::move(text));
  return compileLoaded(std::move(c), &main, profile);
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
  if (file.scenarios.size() > 1) first(file.scenarios[1].span);
  if (file.scenarios.empty() || extra) {
    source::Span where = extra ? *extra : source::Span{sf->id(), 0, 0};
    c.sink
        .error(diag::Code::ScenarioFileHasNoScenario, where,
               file.scenarios.empty() ? "this scenario file has no `scenario` block"
                                      : "a scenario file holds exactly one `scenario` block and nothing else")
        .help = "write `scenario NAME \"title\" { DATE EVENT ... }`; parties and clauses belong in the agreement";
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
