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

Fact eventFact(const model::Event& e) {
  Fact f = fact(FactKind::ScenarioEvent).with("event", EventKindRef{e.kind}).with("date", e.date);
  if (!e.by.empty()) f.with("by", PartyRef{e.by});
  if (!e.of.empty()) f.with("of", PartyRef{e.of});
  if (!e.outcome.empty()) f.with("outcome", Verbatim{e.outcome});
  if (!e.under.empty()) f.with("under", ClauseRef{e.under});
  if (e.form) f.with("form", *e.form);
  if (e.effective) f.with("effective", *e.effective);
  return f;
}

std::string eventLabel(const model::Event& e, const model::Agreement& a) { return say(eventFact(e), a); }

}  // namespace agree::runtime
