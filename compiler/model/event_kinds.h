// The built-in event kinds (event_kinds.def): one table for what they mean, how answers name
// them in each language, and which arguments a scenario event of the kind needs and may carry.
#pragma once

#include <string_view>

namespace agree::model {

struct BuiltInEventKind {
  const char* id;
  const char* dutchId;  // its name in a file written with Dutch keywords
  const char* meaning;
  const char* labelEn;
  const char* labelNl;
  const char* needs;  // argument letters (event_kinds.def)
  const char* may;
};

inline constexpr BuiltInEventKind kBuiltInEventKinds[] = {
#define AGREE_EVENT_KIND(id, dutch, meaning, en, nl, needs, may) {#id, #dutch, meaning, en, nl, needs, may},
#include "model/event_kinds.def"
#undef AGREE_EVENT_KIND
};

const BuiltInEventKind* findBuiltInEventKind(std::string_view id);
inline bool isBuiltInEventKind(std::string_view id) { return findBuiltInEventKind(id) != nullptr; }
// The label of a built-in kind in `lang` ("en", "nl"); nullptr for other kinds.
const char* builtInEventLabel(std::string_view id, std::string_view lang);

}  // namespace agree::model
