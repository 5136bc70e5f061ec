// Lowering: the AST of an agreement (its main file and the files it imports) becomes the
// model. Names are resolved and the agreement is checked here, where spans are still at hand,
// so every error points at what the user wrote. Split by area into lower_<area>.cpp.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "model/model.h"
#include "source/source_map.h"

namespace agree::model {

class Lowering {
 public:
  Lowering(const source::SourceMap& sources, diag::Sink& sink) : sources_(sources), sink_(sink) {}

  // files[0] is the main file. Returns nullopt when errors were reported.
  std::optional<Agreement> lowerAgreement(const std::vector<const ast::File*>& files);

  // A scenario (from the agreement or a scenario file) checked against a compiled agreement.
  std::optional<Scenario> lowerScenario(const ast::Scenario& scenario, const Agreement& agreement);

 private:
  // lower_header.cpp
  void lowerHeader(const ast::Header& header, Agreement& out);
  void lowerSignatures(const ast::Header& header, Agreement& out);
  // lower_parties.cpp
  void lowerParties(const std::vector<const ast::File*>& files, Agreement& out);
  void lowerBodies(const std::vector<const ast::File*>& files, Agreement& out,
                   std::map<std::string, source::Span>& declared);
  std::optional<Decision> lowerDecision(const ast::Holder& holder, const Agreement& agreement);
  Holders resolveHolders(const std::vector<ast::Holder>& holders, const Agreement& agreement);
  bool resolvePartyName(const ast::Name& name, const Agreement& agreement, std::vector<std::string>& out);
  // lower_clauses.cpp
  void lowerArticles(const std::vector<const ast::File*>& files, Agreement& out);
  void lowerClause(const ast::Clause& clause, const std::string& article, Agreement& out);
  void lowerSurvival(const std::vector<const ast::File*>& files, Agreement& out);
  Schedule lowerRecurrence(const ast::Recurrence& recurrence);
  void lowerDueAfter(const ast::Recurrence& recurrence, Schedule& schedule);
  std::optional<YearWindow> lowerYearWindow(const ast::YearWindow& window);
  // "--11-01" as month and day, or nullopt (reported) when no year has that day.
  std::optional<std::pair<unsigned, unsigned>> lowerMonthDay(const std::string& written, source::Span where);
  // lower_templates.cpp
  void collectTemplates(const std::vector<const ast::File*>& files, Agreement& out);
  // The clause with its template's fields and arguments filled in; `record` gets the template's
  // name and arguments. nullopt when the use is wrong (reported).
  std::optional<ast::Clause> expandClause(const ast::Clause& clause, Clause& record);
  void reportParamsOutsideTemplate(const ast::Clause& clause);
  // lower_term.cpp
  void lowerTermRules(const ast::Clause& clause, Agreement& out);
  void checkTerm(Agreement& out);
  std::optional<EventCondition> lowerEventPattern(const ast::EventPattern& pattern, const Agreement& agreement);
  std::optional<Form> lowerForm(const std::optional<ast::Name>& form);
  static CalendarAnchor lowerCalendarAnchor(const ast::CalendarAnchor& anchor);
  // `when E then cure 30 days within 14 days`: a window that closes before it opens.
  void checkTriggerWindow(const ast::Trigger& trigger);
  // lower_expectations.cpp: after the scenarios, which `under NAME` names
  void lowerExpectations(const std::vector<const ast::File*>& files, Agreement& out);
  // lower_scenarios.cpp: see lowerScenario
  std::optional<PeriodRef> lowerPeriodRef(const ast::Text& written);

  SourceRef ref(source::Span span) const;
  bool knownEventKind(const std::string& kind, const Agreement& agreement) const;
  // "did you mean `x`?" when a candidate is close enough, else empty (in both languages at once).
  // `dutch`, when given, spells each candidate as a file with Dutch keywords writes it (the
  // built-in event kinds and forms); the match itself is the English one.
  static diag::Text suggest(const std::string& name, const std::vector<std::string>& candidates,
                            const std::vector<std::string>& dutch = {});

  const source::SourceMap& sources_;
  diag::Sink& sink_;
  // Spans of the rules that fix each part of the term, for "contradictory" errors and checks.
  std::optional<source::Span> startSpan_, termSpan_, renewSpan_;
  std::vector<std::pair<std::string, source::Span>> noticeSpans_;  // clause id, span of the period
  // Deadlines `before term end` that say neither `each` nor `of period N`: clause id, span.
  std::vector<std::pair<std::string, source::Span>> unsaidEachPeriod_;
  std::map<std::string, source::Span> clauseSpans_;
  std::map<std::string, const ast::Template*> templates_;
  std::deque<ast::Clause> expanded_;  // clauses with their template filled in (stable addresses)
  std::map<std::string, const ast::Clause*> expandedById_;
  source::Span headerSpan_;  // the agreement's id, for errors about the agreement as a whole
};

ClauseKind lowerKind(ast::ClauseKind kind);

// The event kinds agree knows without a declaration.
const std::vector<EventKind>& builtInEventKinds();
// The ids of the event kinds the agreement knows, for "did you mean" suggestions.
std::vector<std::string> eventNames(const Agreement& agreement);
// Names of states a trigger may require to last ("while force_majeure lasting 30 days").
const std::vector<std::string>& builtInStates();

// Words of diagnostics in both languages, for what the model holds in English. A built-in event
// kind as a file with Dutch keywords writes it (`notice`, `opzegging`); other kinds as they are.
diag::Text eventKindText(const std::string& id);
// The ids of eventNames(agreement), the built-in ones as a Dutch file writes them.
std::vector<std::string> dutchEventNames(const std::vector<std::string>& ids);
// A duration in a sentence: "3 months", "3 maanden"; "5 working days", "5 werkdagen".
diag::Text durationText(const Duration& d);
// A duration in a snippet of code, as a file writes it: "3 months", "3 maanden", "5 werk dagen".
diag::Text durationCode(const Duration& d);

}  // namespace agree::model
