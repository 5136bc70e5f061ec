// The model as JSON: the documented, versioned form tools consume (docs/model.md).
#pragma once

#include <nlohmann/json.hpp>

#include "model/model.h"

namespace agree::model {

nlohmann::ordered_json toJson(const Agreement& agreement);
nlohmann::ordered_json toJson(const Holders& holders);
nlohmann::ordered_json toJson(const Event& event);

}  // namespace agree::model
