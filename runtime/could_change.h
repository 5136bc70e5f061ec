// What could still change a `bound` answer, with the latest date for each action: notices,
// powers and the events an uncertain term hinges on.
#pragma once

#include <vector>

#include "bound.h"

namespace agree::runtime {

std::vector<PossibleChange> whatCouldChange(const Timeline& timeline, const std::string& party, Date date);

}  // namespace agree::runtime
