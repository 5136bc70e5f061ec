// `agree test`: each expectation of an agreement (model::Expectation) asked of the same
// functions `bound`, `timeline`, `agenda` and `violations` answer with, and compared with what
// they say. Nothing is derived here that those answers do not already give.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/text.h"
#include "facts/fact.h"
#include "model/model.h"

namespace agree::runtime {

struct ExpectationResult {
  const model::Expectation* expectation = nullptr;
  bool passed = false;
  // What holds instead, said as claims of the same kind (the end that is, the days the clause
  // is due nearest the day expected, the clauses violated). Empty with `depends` unset: nothing
  // of the kind (no item of the clause within a year of the day).
  std::vector<model::Expectation> actual;
  // The answer hinges on an event the scenario does not record (`dependsOn`), from `dependsFrom`.
  bool depends = false;
  std::string dependsOn;
  std::optional<time::Date> dependsFrom;
  std::vector<Fact> why;  // the explanation the answer commands give, one sentence each
  diag::Text problem;     // the question could not be asked (a party not in this scenario)
};

// Asks every expectation of the agreement. `scenarioFiles` holds the scenario files they name,
// by model::Expectation::scenarioPath (driver::Compilation::expectationScenarios).
std::vector<ExpectationResult> checkExpectations(const model::Agreement& agreement,
                                                 const std::map<std::string, model::Scenario>& scenarioFiles);

}  // namespace agree::runtime
