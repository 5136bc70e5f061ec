// Small pieces both languages' sentences share: lists, capitals, names, days.
#pragma once

#include <string>
#include <vector>

#include "model/model.h"

namespace agree::explain {

// "A", "A and B", "A, B and C" with the language's `and`.
std::string joinList(const std::vector<std::string>& items, const std::string& andWord);
// The first letter upper case (ASCII only: "één" stays as written).
std::string capitalized(std::string text);
// How the text names a party: its short name ("verder te noemen"), else its legal name.
std::string partyName(const model::Agreement& agreement, const std::string& id);
std::string bodyName(const model::Agreement& agreement, const std::string& id);
// The day before `date` (a deadline "before D" is due at the latest then).
model::Date dayBefore(model::Date date);
// "Art. 16.2" for numbered clauses; a named clause ("Bijlage 1, Werkafspraak 2.1") as written.
std::string clauseLabel(const std::string& id, const std::string& prefix);
// A clause list: "art. 8.1, 10 and 12" (no prefix for named clauses).
std::string clauseList(const std::vector<std::string>& ids, const std::string& prefix, const std::string& andWord);

}  // namespace agree::explain
