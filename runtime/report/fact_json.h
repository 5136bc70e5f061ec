// A fact for tools: its kind and its arguments as JSON values (dates as ISO text, durations as
// {count, unit}, parties and clauses by id, nested facts as objects), beside the sentence.
#pragma once

#include <nlohmann/json.hpp>

#include "facts/fact.h"

namespace agree::runtime {

nlohmann::ordered_json factJson(const Fact& fact);

}  // namespace agree::runtime
