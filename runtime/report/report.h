// Answers for people (text) and for tools (JSON). JSON goes through nlohmann, so escaping is
// never written by hand; text shows control characters escaped.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "bound.h"
#include "timeline.h"
#include "words/lang.h"

namespace agree::runtime {

std::string boundText(const BoundAnswer& answer, const Timeline& timeline, words::Lang lang = words::Lang::En);
nlohmann::ordered_json boundJson(const BoundAnswer& answer, const Timeline& timeline,
                                 words::Lang lang = words::Lang::En);

// Periods are listed up to `until` (or to the end, when that comes first).
std::string timelineText(const Timeline& timeline, Date until, words::Lang lang = words::Lang::En);
nlohmann::ordered_json timelineJson(const Timeline& timeline, Date until, words::Lang lang = words::Lang::En);

// The default horizon of a timeline listing: ten periods, or past the last event and the end.
Date defaultHorizon(const Timeline& timeline);

}  // namespace agree::runtime
