#include "parse/tokens.h"

#include <antlr4-runtime.h>

#include <mutex>
#include <new>

#include "AgreeLexer.h"
#include "AgreeParser.h"
#include "parse/antlr/capped_lexer.h"
#include "parse/antlr/folded_stream.h"
#include "parse/antlr/parser_lock.h"
#include "parse/antlr/syntax_errors.h"

namespace agree::parse {

namespace {

using L = grammar::AgreeLexer;
using P = grammar::AgreeParser;

TokenKind kindOf(const antlr4::Token& t, const antlr4::dfa::Vocabulary& vocabulary) {
  switch (t.getType()) {
    case L::IDENT: return TokenKind::Name;
    case L::PARAM: return TokenKind::Parameter;
    case L::STRING: return TokenKind::Text;
    case L::NUMBER:
    case L::DOTTED:
    case L::FRACTION: return TokenKind::Number;
    case L::DATE:
    case L::DATETIME:
    case L::YEAR_MONTH:
    case L::MONTH_DAY: return TokenKind::Date;
    case L::LINE_COMMENT: return TokenKind::LineComment;
    case L::BLOCK_COMMENT: return TokenKind::BlockComment;
    case L::WS: return TokenKind::Whitespace;
    default: break;
  }
  if (isErrorToken(t.getType())) return TokenKind::Error;
  // Every other token is spelled by the grammar ('agreement', '{'): a keyword when a letter
  // starts it, so a keyword added to the grammar needs no change here.
  std::string literal = vocabulary.getLiteralName(t.getType());
  if (literal.size() < 3) return TokenKind::Error;
  char c = literal[1];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? TokenKind::Keyword : TokenKind::Punctuation;
}

std::vector<SourceToken> copyTokens(antlr4::CommonTokenStream& stream, const antlr4::dfa::Vocabulary& vocabulary) {
  std::vector<SourceToken> out;
  for (auto* t : stream.getTokens()) {
    if (t->getType() == antlr4::Token::EOF) break;
    SourceToken s;
    s.kind = kindOf(*t, vocabulary);
    s.text = t->getText();
    s.line = static_cast<std::uint32_t>(t->getLine());
    s.column = static_cast<std::uint32_t>(t->getCharPositionInLine() + 1);
    s.hidden = t->getChannel() != antlr4::Token::DEFAULT_CHANNEL;
    out.push_back(std::move(s));
  }
  return out;
}

// Walks the parse tree and records the groups a layout tool needs (TokenGroup).
class Outliner {
 public:
  explicit Outliner(std::vector<TokenGroup>& groups) : groups_(groups) {}

  void walk(antlr4::tree::ParseTree* node) {
    auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(node);
    if (!ctx || !ctx->getStart() || !ctx->getStop()) return;
    if (isStatement(ctx)) add(TokenGroup::Kind::Statement, ctx->getStart(), ctx->getStop());
    if (isList(ctx)) add(TokenGroup::Kind::List, ctx->getStart(), ctx->getStop());
    if (auto* g = dynamic_cast<P::GroupDeclContext*>(ctx)) {
      if (g->NAME()) add(TokenGroup::Kind::Statement, g->NAME()->getSymbol(), g->STRING()->getSymbol());
      add(TokenGroup::Kind::Statement, g->MEMBERS()->getSymbol(), g->identList()->getStop());
    } else if (auto* a = dynamic_cast<P::ArticleDeclContext*>(ctx); a && a->TEXT()) {
      add(TokenGroup::Kind::Statement, a->TEXT()->getSymbol(), a->text()->getStop());
    } else if (auto* t = dynamic_cast<P::TemplateDeclContext*>(ctx)) {
      auto params = t->templateParam();
      if (!params.empty()) add(TokenGroup::Kind::List, params.front()->getStart(), params.back()->getStop());
    } else if (auto* u = dynamic_cast<P::TemplateUseContext*>(ctx)) {
      auto args = u->templateArg();
      if (!args.empty()) add(TokenGroup::Kind::List, args.front()->getStart(), args.back()->getStop());
    } else if (auto* r = dynamic_cast<P::RecurrenceExceptContext*>(ctx)) {
      auto numbers = r->NUMBER();
      if (!numbers.empty()) add(TokenGroup::Kind::List, numbers.front()->getSymbol(), numbers.back()->getSymbol());
    }
    for (auto* child : ctx->children) walk(child);
  }

 private:
  static bool isStatement(antlr4::ParserRuleContext* ctx) {
    return dynamic_cast<P::ItemContext*>(ctx) || dynamic_cast<P::HeaderFieldContext*>(ctx) ||
           dynamic_cast<P::PartyFieldContext*>(ctx) || dynamic_cast<P::BodyFieldContext*>(ctx) ||
           dynamic_cast<P::ClauseDeclContext*>(ctx) || dynamic_cast<P::ClauseFieldContext*>(ctx) ||
           dynamic_cast<P::ScenarioEventContext*>(ctx);
  }
  static bool isList(antlr4::ParserRuleContext* ctx) {
    return dynamic_cast<P::TextContext*>(ctx) || dynamic_cast<P::HolderListContext*>(ctx) ||
           dynamic_cast<P::IdentListContext*>(ctx) || dynamic_cast<P::ArticleIdListContext*>(ctx);
  }
  void add(TokenGroup::Kind kind, antlr4::Token* first, antlr4::Token* last) {
    if (!first || !last || last->getTokenIndex() < first->getTokenIndex()) return;
    groups_.push_back(TokenGroup{kind, first->getTokenIndex(), last->getTokenIndex()});
  }
  std::vector<TokenGroup>& groups_;
};

}  // namespace

std::vector<SourceToken> lexTokens(const std::string& text) {
  std::lock_guard<std::mutex> hold(parserLock());
  FoldedInputStream input(text);
  L lexer(&input);  // not capped: a tool that compares tokens wants every one of them
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  return copyTokens(tokens, lexer.getVocabulary());
}

std::optional<SourceOutline> outlineFile(const source::SourceFile& file, diag::Sink& sink) {
  std::lock_guard<std::mutex> hold(parserLock());
  try {
    FoldedInputStream input(file.text());
    CappedLexer lexer(&input);
    lexer.removeErrorListeners();
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    bool lexicalErrors =
        reportLexicalErrors(tokens, file.id(), sink, lexer.dropped(), lexer.firstDropped().value_or(0));
    P parser(&tokens);
    parser.removeErrorListeners();
    SyntaxErrorListener listener(file.id(), sink);
    parser.addErrorListener(&listener);
    auto* tree = parser.file();
    if (lexicalErrors || listener.count() > 0) return std::nullopt;
    SourceOutline outline;
    outline.tokens = copyTokens(tokens, lexer.getVocabulary());
    Outliner(outline.groups).walk(tree);
    return outline;
  } catch (const std::exception&) {
    reportParseFailure(std::current_exception(), file.id(), sink);
  }
  return std::nullopt;
}

}  // namespace agree::parse
