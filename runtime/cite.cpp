#include "cite.h"

namespace agree::runtime {

std::string partyLabel(const model::Agreement& a, const std::string& party) { return words::partyWords(a, party); }

std::string formLabel(model::Form form) { return words::formWords(form, words::Lang::En); }

Fact eventFact(const model::Event& e) {
  Fact f = fact(FactKind::ScenarioEvent).with("event", EventKindRef{e.kind}).with("date", e.date);
  if (!e.by.empty()) f.with("by", PartyRef{e.by});
  if (!e.of.empty()) f.with("of", PartyRef{e.of});
  if (!e.outcome.empty()) f.with("outcome", OutcomeRef{e.outcome});
  if (!e.under.empty()) f.with("under", ClauseRef{e.under});
  if (e.form) f.with("form", *e.form);
  if (e.effective) f.with("effective", *e.effective);
  return f;
}

std::string eventLabel(const model::Event& e, const model::Agreement& a) { return say(eventFact(e), a); }

Fact thresholdFact(const model::Decision& d) {
  switch (d.threshold) {
    case model::Decision::Threshold::Majority: return fact(FactKind::ThresholdMajority);
    case model::Decision::Threshold::Unanimity: return fact(FactKind::ThresholdUnanimity);
    case model::Decision::Threshold::Fraction:
      return fact(FactKind::ThresholdFraction).with("numerator", d.numerator).with("denominator", d.denominator);
  }
  return {};
}

Fact holdersFact(const model::Holders& h) {
  switch (h.kind) {
    case model::Holders::Kind::EachParty: return fact(FactKind::HoldersEach);
    case model::Holders::Kind::AllParties: return fact(FactKind::HoldersAll);
    case model::Holders::Kind::OtherParty: return fact(FactKind::HoldersOther);
    case model::Holders::Kind::EventParty: return fact(FactKind::HoldersEventParty);
    case model::Holders::Kind::Listed: {
      Fact out;
      auto add = [&out](const std::string& id) {
        Fact one = fact(FactKind::PartyName).with("party", PartyRef{id});
        out = out ? fact(FactKind::Or).with("first", std::move(out)).with("second", std::move(one)) : std::move(one);
      };
      for (const auto& p : h.parties) add(p);
      for (const auto& b : h.bodies) add(b);
      return out;
    }
    case model::Holders::Kind::Decision:
      return h.decision ? fact(FactKind::HoldersDecision)
                              .with("group", PartyRef{h.decision->group})
                              .with("threshold", thresholdFact(*h.decision))
                        : Fact{};
    case model::Holders::Kind::None: return fact(FactKind::HoldersNone);
  }
  return {};
}

}  // namespace agree::runtime
