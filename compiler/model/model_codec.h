// The checked model as compact bytes, for the compiled-model cache (driver/model_cache.h): every
// member of every model struct, written and read by one field list per struct (model_codec.cpp),
// so that a model read back answers exactly as the one compiled. Not an exchange format: the
// bytes belong to one build of agree (the cache keys entries by the tool's version), and the
// documented model for tools is the JSON of `agree compile` (docs/model.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/model.h"

namespace agree::model {

std::string encodeAgreement(const Agreement& agreement);

// Nullopt when the bytes end early, run on, or were not written by encodeAgreement.
std::optional<Agreement> decodeAgreement(std::string_view bytes);

}  // namespace agree::model
