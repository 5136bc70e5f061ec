// Builds the AST from ANTLR's parse tree by walking the typed context accessors (no
// antlrcpp::Any). One class, split into build_<area>.cpp files by grammar area.
#pragma once

#include <map>

#include "AgreeParser.h"
#include "ast/ast.h"
#include "parse/builtin_words.h"
#include "diag/diagnostic.h"

namespace agree::parse {

namespace g = agree::grammar;

class AstBuilder {
 public:
  AstBuilder(source::FileId file, diag::Sink& sink, KeywordLanguage keywords = KeywordLanguage::English)
      : file_(file), sink_(sink), keywords_(keywords) {}

  ast::File buildFile(g::AgreeParser::FileContext* ctx);

 private:
  // build_header.cpp
  ast::Header buildHeader(g::AgreeParser::AgreementDeclContext* ctx);
  // build_parties.cpp
  ast::Party buildParty(g::AgreeParser::PartyDeclContext* ctx);
  ast::Group buildGroup(g::AgreeParser::GroupDeclContext* ctx);
  ast::Body buildBody(g::AgreeParser::BodyDeclContext* ctx);
  ast::DecisionRule buildDecision(g::AgreeParser::DecisionHolderContext* ctx);
  std::vector<ast::Holder> buildHolders(g::AgreeParser::HolderListContext* ctx);
  std::vector<ast::Holder> buildHolders(const std::vector<g::AgreeParser::HolderContext*>& holders);
  // build_clauses.cpp
  ast::Article buildArticle(g::AgreeParser::ArticleDeclContext* ctx);
  ast::Clause buildClause(g::AgreeParser::ClauseDeclContext* ctx);
  void buildClauseField(g::AgreeParser::ClauseFieldContext* ctx, ast::Clause& clause);
  ast::ClauseKind buildKind(g::AgreeParser::ClauseKindContext* ctx);
  // build_templates.cpp
  ast::Template buildTemplate(g::AgreeParser::TemplateDeclContext* ctx);
  ast::TemplateUse buildTemplateUse(g::AgreeParser::TemplateUseContext* ctx);
  ast::TemplateValue buildTemplateValue(g::AgreeParser::TemplateValueContext* ctx);
  ast::Recurrence buildRecurrence(g::AgreeParser::RecursFieldContext* ctx);
  ast::YearWindow buildYearWindow(g::AgreeParser::YearWindowContext* ctx);
  // build_term.cpp
  ast::StartRule buildStart(g::AgreeParser::StartSpecContext* ctx);
  ast::TermRule buildTerm(g::AgreeParser::TermSpecContext* ctx);
  ast::RenewRule buildRenew(g::AgreeParser::RenewFieldContext* ctx);
  ast::NoticeRule buildNotice(g::AgreeParser::NoticeFieldContext* ctx);
  ast::CalendarAnchor calendarAnchor(g::AgreeParser::CalendarEndContext* ctx, bool fromEnd, ast::Span where);
  ast::PowerRule buildPower(g::AgreeParser::PowerFieldContext* ctx);
  ast::SurvivalRule buildSurvival(g::AgreeParser::SurvivalSpanContext* span, g::AgreeParser::ArticleIdListContext* list,
                                  antlr4::ParserRuleContext* whole);
  ast::DeadlineRule buildDeadline(g::AgreeParser::DeadlineSpecContext* ctx);
  ast::DeadlineRule buildSchedule(g::AgreeParser::ScheduleSpecContext* ctx);
  // `... after start | end | E`: the kind (AfterStart, AfterEnd, AfterEvent) and the event.
  void setAfter(ast::DeadlineRule& d, bool start, bool end, g::AgreeParser::EventKindContext* event);
  ast::EventPattern buildEventPattern(g::AgreeParser::EventPatternContext* ctx);
  // build_scenarios.cpp
  ast::Scenario buildScenario(g::AgreeParser::ScenarioDeclContext* ctx);
  ast::ScenarioEvent buildEvent(g::AgreeParser::ScenarioEventContext* ctx);
  // build_expectations.cpp: each claim of an `expect` becomes one expectation (expectations_)
  void buildExpectations(g::AgreeParser::ExpectDeclContext* ctx);
  std::optional<ast::Claim> buildClaim(g::AgreeParser::ClaimContext* ctx);
  // build_values.cpp
  ast::Span span(antlr4::ParserRuleContext* ctx) const;
  ast::Span span(antlr4::tree::TerminalNode* node) const;
  ast::Name name(g::AgreeParser::IdentContext* ctx) const;
  // An event kind as the model names it: a keyword kind (`notice`, Dutch `opzegging`) by its
  // English spelling, any other by the name written.
  ast::Name eventKindName(g::AgreeParser::EventKindContext* ctx) const;
  // A name where a built-in word may stand, by its English name (builtin_words.h).
  ast::Name builtIn(ast::Name written, BuiltInWord kind) const;
  ast::Text text(g::AgreeParser::TextContext* ctx);
  ast::Text text(antlr4::tree::TerminalNode* string);
  ast::ArticleRef articleRef(g::AgreeParser::ArticleIdContext* ctx);
  std::optional<ast::DateLit> date(g::AgreeParser::DateContext* ctx);
  std::optional<ast::DurationLit> duration(g::AgreeParser::DurationContext* ctx);
  std::optional<ast::DurationLit> duration(antlr4::tree::TerminalNode* number, g::AgreeParser::UnitContext* unit,
                                           ast::Span where);
  ast::Name form(g::AgreeParser::FormSpecContext* ctx) const;
  std::optional<long long> count(antlr4::tree::TerminalNode* number);
  // Keywords given by their English spelling ("governing law") as this file writes them, for
  // quoting the file in a message.
  std::string asWritten(std::string_view english) const;
  // Reports a field given twice in one block (the first one stays).
  template <typename T>
  void setOnce(std::optional<T>& slot, T value, ast::Span where, const char* field);

  source::FileId file_;
  diag::Sink& sink_;
  KeywordLanguage keywords_;  // the language the file's keywords and built-in words are in
  std::map<const void*, ast::Span> firstSet_;
  std::vector<ast::Expectation> expectations_;  // in file order, from the top level and from articles  // where each
                                                // single-valued field was first given
};

template <typename T>
void AstBuilder::setOnce(std::optional<T>& slot, T value, ast::Span where, const char* field) {
  if (slot) {
    const std::string written = asWritten(field);
    auto& d = sink_.error(diag::Code::DuplicateField, where,
                          {"`" + written + "` is given twice here", "`" + written + "` staat hier twee keer"});
    d.help = {"keep one; if both are meant, they contradict each other",
              "houd er één; als beide bedoeld zijn, spreken ze elkaar tegen"};
    if (auto first = firstSet_.find(&slot); first != firstSet_.end())
      d.secondary.push_back({first->second, {"first given here", "hier voor het eerst"}});
    return;
  }
  // Keyed by the slot's address: a later block built at the same address sets it afresh.
  firstSet_[&slot] = where;
  slot = std::move(value);
}

}  // namespace agree::parse
