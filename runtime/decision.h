// Acts of a group by one decision ("ontbinding bij besluit van twee derde van de deelnemers"):
// whether the votes a scenario records carry the decision the clause requires.
#pragma once

#include <string>

#include "timeline.h"

namespace agree::runtime {

// No fact when the decision carries; else why not, citing the clause. The threshold is counted
// over the group's members that are still members on the decision's date.
Fact decisionProblem(const model::Holders& holders, const model::Event& act, const Timeline& timeline,
                     const std::string& clause);

}  // namespace agree::runtime
