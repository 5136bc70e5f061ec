#include "parse/tokens.h"

#include <antlr4-runtime.h>

#include <mutex>
#include <new>

#include "AgreeLexer.h"
#include "AgreeParser.h"
#include "parse/antlr/keyword_language.h"
#include "parse/antlr/parser_lock.h"
#include "parse/antlr/scanner.h"
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
    s.start = static_cast<std::uint32_t>(t->getStartIndex());
    s.hidden = t->getChannel() != antlr4::Token::DEFAULT_CHANNEL;
    out.push_back(std::move(s));
  }
  return out;
}

// Walks the parse tree and records the groups a layout tool needs (TokenGroup), the keywords
// read as names and where built-in words stand (SourceToken).
class Outliner {
 public:
  Outliner(std::vector<TokenGroup>& groups, std::vector<SourceToken>& tokens) : groups_(groups), tokens_(tokens) {}

  void walk(antlr4::tree::ParseTree* node) {
    auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(node);
    if (!ctx || !ctx->getStart() || !ctx->getStop()) return;
    markWords(ctx);
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
           dynamic_cast<P::ScenarioEventContext*>(ctx) || dynamic_cast<P::ExpectDeclContext*>(ctx) ||
           dynamic_cast<P::ClaimContext*>(ctx);
  }
  static bool isList(antlr4::ParserRuleContext* ctx) {
    return dynamic_cast<P::TextContext*>(ctx) || dynamic_cast<P::HolderListContext*>(ctx) ||
           dynamic_cast<P::IdentListContext*>(ctx) || dynamic_cast<P::ArticleIdListContext*>(ctx);
  }
  void add(TokenGroup::Kind kind, antlr4::Token* first, antlr4::Token* last) {
    if (!first || !last || last->getTokenIndex() < first->getTokenIndex()) return;
    groups_.push_back(TokenGroup{kind, first->getTokenIndex(), last->getTokenIndex()});
  }

  void markWords(antlr4::ParserRuleContext* ctx) {
    if (dynamic_cast<P::IdentContext*>(ctx)) {
      if (auto* t = token(ctx->getStart())) t->asName = true;
      return;
    }
    auto role = [&](P::IdentContext* ident, BuiltInWord kind) {
      if (!ident) return;
      if (auto* t = token(ident->getStart())) t->builtIn = kind;
    };
    if (auto* f = dynamic_cast<P::FormSpecContext*>(ctx)) role(f->ident(), BuiltInWord::Form);
    if (auto* f = dynamic_cast<P::FormArgContext*>(ctx)) role(f->ident(), BuiltInWord::Form);
    if (auto* o = dynamic_cast<P::OutcomeArgContext*>(ctx)) role(o->ident(), BuiltInWord::Outcome);
    if (auto* e = dynamic_cast<P::EventPatternContext*>(ctx)) role(e->ident(), BuiltInWord::Outcome);
    if (auto* k = dynamic_cast<P::EventKindContext*>(ctx)) role(k->ident(), BuiltInWord::EventKind);
    if (auto* e = dynamic_cast<P::EventDeclContext*>(ctx)) role(e->ident(), BuiltInWord::EventKind);
    if (auto* s = dynamic_cast<P::StartOnContext*>(ctx); s && s->EVENT()) role(s->ident(), BuiltInWord::EventKind);
    if (auto* s = dynamic_cast<P::StartAfterContext*>(ctx); s && s->EVENT()) role(s->ident(), BuiltInWord::EventKind);
    if (auto* s = dynamic_cast<P::StartFirstDayAfterContext*>(ctx); s && s->EVENT())
      role(s->ident(), BuiltInWord::EventKind);
    if (auto* m = dynamic_cast<P::MinimumTermContext*>(ctx)) role(m->ident(), BuiltInWord::EventKind);
    if (auto* i = dynamic_cast<P::IndefiniteTermContext*>(ctx); i && !i->ident().empty())
      role(i->ident(0), BuiltInWord::EventKind);
    if (auto* u = dynamic_cast<P::SurvivesUntilEventContext*>(ctx)) role(u->ident(), BuiltInWord::EventKind);
  }

  SourceToken* token(antlr4::Token* t) {
    return t && t->getTokenIndex() < tokens_.size() ? &tokens_[t->getTokenIndex()] : nullptr;
  }

  std::vector<TokenGroup>& groups_;
  std::vector<SourceToken>& tokens_;
};

}  // namespace

std::vector<SourceToken> lexTokens(const std::string& text) {
  Scanner scanner(text, /*capErrors=*/false);  // a tool that compares tokens wants every one of them
  antlr4::CommonTokenStream tokens(&scanner);
  tokens.fill();
  readKeywords(tokens);
  return copyTokens(tokens, tokenVocabulary());
}

std::optional<SourceOutline> outlineFile(const source::SourceFile& file, diag::Sink& sink) {
  std::lock_guard<std::mutex> hold(parserLock());
  try {
    Scanner scanner(file.text(), /*capErrors=*/true);
    antlr4::CommonTokenStream tokens(&scanner);
    tokens.fill();
    KeywordReading keywords = readKeywords(tokens);
    sink.keywordsRead(keywords.language == KeywordLanguage::Dutch ? diag::Lang::Nl : diag::Lang::En);
    bool lexicalErrors =
        reportLexicalErrors(tokens, file.id(), sink, scanner.dropped(), scanner.firstDropped().value_or(0));
    P parser(&tokens);
    parser.removeErrorListeners();
    SyntaxErrorListener listener(file.id(), sink, keywords);
    parser.addErrorListener(&listener);
    auto* tree = parser.file();
    if (lexicalErrors || listener.count() > 0) return std::nullopt;
    SourceOutline outline;
    outline.tokens = copyTokens(tokens, tokenVocabulary());
    outline.language = keywords.language;
    Outliner(outline.groups, outline.tokens).walk(tree);
    return outline;
  } catch (const std::exception&) {
    reportParseFailure(std::current_exception(), file.id(), sink);
  }
  return std::nullopt;
}

std::optional<SourceOutline> outlineText(const std::string& text) {
  source::SourceMap files;
  diag::Sink quiet;
  return outlineFile(files.add("<formatted>", text), quiet);
}

bool keywordUsableAsName(std::string_view word, KeywordLanguage language) {
  // The tokens that may start the `ident` rule, read from the parser's own ATN once.
  static const std::vector<ssize_t> nameTypes = [] {
    std::lock_guard<std::mutex> hold(parserLock());
    antlr4::ANTLRInputStream input("");
    L lexer(&input);
    antlr4::CommonTokenStream tokens(&lexer);
    P parser(&tokens);
    const auto& atn = parser.getATN();
    return atn.nextTokens(atn.ruleToStartState[P::RuleIdent]).toList();
  }();
  auto english = translateKeyword(word, language, KeywordLanguage::English);
  if (!english) return false;
  for (ssize_t type : nameTypes) {
    if (type > 0 && englishSpelling(static_cast<size_t>(type)) == *english) return true;
  }
  return false;
}

}  // namespace agree::parse
