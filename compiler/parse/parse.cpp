#include "parse/parse.h"

#include <antlr4-runtime.h>

#include <chrono>
#include <mutex>
#include <new>

#include "AgreeParser.h"
#include "parse/antlr/keyword_language.h"
#include "parse/antlr/parser_lock.h"
#include "parse/antlr/quick_parse.h"
#include "parse/antlr/scanner.h"
#include "parse/antlr/syntax_errors.h"
#include "parse/ast_builder.h"

namespace agree::parse {

namespace {
using Clock = std::chrono::steady_clock;
// Adds the seconds since `since` to `slot` (when profiling) and restarts the clock.
void lap(double* slot, Clock::time_point& since) {
  auto now = Clock::now();
  if (slot) *slot += std::chrono::duration<double>(now - since).count();
  since = now;
}
}  // namespace

ast::File parseFile(const source::SourceFile& file, diag::Sink& sink, ParseProfile* profile) {
  ast::File empty;
  empty.file = file.id();
  auto clock = Clock::now();
  try {
    Scanner scanner(file.text(), /*capErrors=*/true, /*hidden=*/false);
    antlr4::CommonTokenStream tokens(&scanner);
    tokens.fill();
    KeywordReading keywords = readKeywords(tokens);
    sink.keywordsRead(keywords.language == KeywordLanguage::Dutch ? diag::Lang::Nl : diag::Lang::En);
    lap(profile ? &profile->lex : nullptr, clock);
    bool lexicalErrors =
        reportLexicalErrors(tokens, file.id(), sink, scanner.dropped(), scanner.firstDropped().value_or(0));

    grammar::AgreeParser parser(&tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(std::make_shared<QuickFailStrategy>());
    grammar::AgreeParser::FileContext* tree = nullptr;
    if (!lexicalErrors) {
      try {
        tree = parser.file();
      } catch (const antlr4::ParseCancellationException&) {
        tree = nullptr;
      }
    }
    if (!tree) {
      // An error: parse again, one file at a time, to report every syntax error (quick_parse.h);
      // a partial tree is not worth checking.
      std::lock_guard<std::mutex> hold(parserLock());
      tokens.seek(0);
      grammar::AgreeParser full(&tokens);
      full.removeErrorListeners();
      SyntaxErrorListener listener(file.id(), sink, keywords);
      full.addErrorListener(&listener);
      full.file();
      lap(profile ? &profile->parse : nullptr, clock);
      if (profile) profile->fullContextAttempts += listener.fullContextAttempts();
      return empty;
    }
    lap(profile ? &profile->parse : nullptr, clock);
    AstBuilder builder(file.id(), sink, keywords.language);
    ast::File built = builder.buildFile(tree);
    lap(profile ? &profile->build : nullptr, clock);
    return built;
  } catch (const std::exception&) {
    // The tokens and the parse tree are freed by now, so reporting may allocate again.
    reportParseFailure(std::current_exception(), file.id(), sink);
  }
  return empty;
}

}  // namespace agree::parse
