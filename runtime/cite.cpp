#include "cite.h"

namespace agree::runtime {

std::string partyLabel(const model::Agreement& a, const std::string& party) {
  if (const auto* p = a.findParty(party)) return p->shortName.empty() ? p->name : p->shortName;
  if (const auto* g = a.findGroup(party)) return g->name;
  if (const auto* b = a.findBody(party)) return b->name;
  return party;
}

std::string formLabel(model::Form form) {
  switch (form) {
    case model::Form::Any: return "any form";
    case model::Form::Writing: return "in writing";
    case model::Form::Letter: return "by letter";
    case model::Form::RegisteredLetter: return "by registered letter";
    case model::Form::Email: return "by e-mail";
    case model::Form::Oral: return "orally";
  }
  return "?";
}

std::string eventLabel(const model::Event& e, const model::Agreement& a) {
  std::string s = model::eventKindLabel(a, e.kind);
  if (!e.by.empty()) s += " by " + partyLabel(a, e.by);
  if (!e.of.empty()) s += " of " + partyLabel(a, e.of);
  if (!e.outcome.empty()) s += " (" + e.outcome + ")";
  if (!e.under.empty()) s += " under art. " + e.under;
  if (e.form) s += ", " + formLabel(*e.form);
  s += " on " + e.date.iso();
  if (e.effective) s += ", taking effect on " + e.effective->iso();
  return s;
}

}  // namespace agree::runtime
