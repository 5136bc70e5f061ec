// How answers cite clauses, parties and dates: one wording everywhere.
#pragma once

#include <string>

#include "facts/fact.h"
#include "model/model.h"
#include "words/say.h"

namespace agree::runtime {

inline std::string art(const std::string& clause) { return "art. " + clause; }
std::string partyLabel(const model::Agreement& a, const std::string& party);
std::string formLabel(model::Form form);
// A scenario event as answers name it: "notice by Heliomare under art. 16.2 on 2027-07-10".
Fact eventFact(const model::Event& e);
std::string eventLabel(const model::Event& e, const model::Agreement& a);
// "a majority", "unanimity", "2/3".
Fact thresholdFact(const model::Decision& decision);
// Who holds a clause: any party, all parties together, Heliomare or WerkSaam, a group by decision.
Fact holdersFact(const model::Holders& holders);
// A fact in English, for the answers not yet written through the words layer.
inline std::string say(const Fact& fact, const model::Agreement& a) { return words::say(fact, a); }

}  // namespace agree::runtime
