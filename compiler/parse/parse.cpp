#include "parse/parse.h"

#include <antlr4-runtime.h>

#include <chrono>
#include <mutex>
#include <new>

#include "AgreeLexer.h"
#include "AgreeParser.h"
#include "parse/antlr/capped_lexer.h"
#include "parse/antlr/folded_stream.h"
#include "parse/antlr/keyword_language.h"
#include "parse/antlr/parser_lock.h"
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
  // One parse at a time (parser_lock.h); everything after parsing runs in parallel.
  std::lock_guard<std::mutex> hold(parserLock());
  auto clock = Clock::now();
  try {
    FoldedInputStream input(file.text());
    CappedLexer lexer(&input);
    lexer.removeErrorListeners();  // bad input becomes error tokens, reported below
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    KeywordReading keywords = readKeywords(tokens);
    sink.keywordsRead(keywords.language == KeywordLanguage::Dutch ? diag::Lang::Nl : diag::Lang::En);
    lap(profile ? &profile->lex : nullptr, clock);
    bool lexicalErrors =
        reportLexicalErrors(tokens, file.id(), sink, lexer.dropped(), lexer.firstDropped().value_or(0));

    grammar::AgreeParser parser(&tokens);
    parser.removeErrorListeners();
    SyntaxErrorListener listener(file.id(), sink, keywords);
    parser.addErrorListener(&listener);
    auto* tree = parser.file();
    lap(profile ? &profile->parse : nullptr, clock);
    if (profile) profile->fullContextAttempts += listener.fullContextAttempts();
    if (lexicalErrors || listener.count() > 0) return empty;  // a partial tree is not worth checking
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
