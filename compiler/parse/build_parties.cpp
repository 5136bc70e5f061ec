#include "parse/ast_builder.h"

namespace agree::parse {

using P = g::AgreeParser;

ast::Party AstBuilder::buildParty(P::PartyDeclContext* ctx) {
  ast::Party p;
  p.id = name(ctx->ident());
  p.span = span(ctx);
  for (auto* f : ctx->partyField()) {
    auto where = span(f);
    if (auto* n = dynamic_cast<P::PartyNameFieldContext*>(f)) {
      setOnce(p.name, text(n->STRING()), where, "name");
    } else if (auto* s = dynamic_cast<P::PartyShortFieldContext*>(f)) {
      setOnce(p.shortName, text(s->STRING()), where, "short");
    } else if (auto* seat = dynamic_cast<P::PartySeatFieldContext*>(f)) {
      setOnce(p.seat, text(seat->STRING()), where, "seat");
    } else if (auto* r = dynamic_cast<P::PartyRegistrationFieldContext*>(f)) {
      setOnce(p.registration, text(r->STRING()), where, "registration");
    } else if (auto* rep = dynamic_cast<P::PartyRepresentativeFieldContext*>(f)) {
      ast::Representative person{text(rep->STRING(0)), std::nullopt};
      if (rep->STRING().size() > 1) person.role = text(rep->STRING(1));
      p.representatives.push_back(std::move(person));
    } else if (dynamic_cast<P::PartyPlaceholderFieldContext*>(f)) {
      p.placeholder = true;
    } else if (auto* note = dynamic_cast<P::PartyNoteFieldContext*>(f)) {
      p.notes.push_back(text(note->text()));
    }
  }
  return p;
}

ast::Group AstBuilder::buildGroup(P::GroupDeclContext* ctx) {
  ast::Group group;
  group.id = name(ctx->ident());
  group.span = span(ctx);
  if (ctx->STRING()) group.name = text(ctx->STRING());
  for (auto* m : ctx->identList()->ident()) group.members.push_back(name(m));
  return group;
}

ast::Body AstBuilder::buildBody(P::BodyDeclContext* ctx) {
  ast::Body body;
  body.id = name(ctx->ident());
  body.span = span(ctx);
  for (auto* f : ctx->bodyField()) {
    if (auto* n = dynamic_cast<P::BodyNameFieldContext*>(f)) {
      setOnce(body.name, text(n->STRING()), span(f), "name");
    } else if (auto* note = dynamic_cast<P::BodyNoteFieldContext*>(f)) {
      body.notes.push_back(text(note->text()));
    }
  }
  return body;
}

// `by majority`, `by unanimity`, `by 2/3` (checked while lowering), `including P` or `(P, Q)`.
ast::DecisionRule AstBuilder::buildDecision(P::DecisionHolderContext* ctx) {
  ast::DecisionRule d;
  auto* t = ctx->threshold();
  d.thresholdSpan = span(t);
  if (t->UNANIMITY()) {
    d.threshold = ast::DecisionRule::Threshold::Unanimity;
  } else if (auto* f = t->FRACTION()) {
    d.threshold = ast::DecisionRule::Threshold::Fraction;
    std::string text = f->getText();
    auto slash = text.find('/');
    // At most 9 digits each: larger numbers are reported as an impossible share while lowering.
    auto part = [](const std::string& digits) { return digits.size() > 9 ? 0LL : std::stoll(digits); };
    d.numerator = part(text.substr(0, slash));
    d.denominator = part(text.substr(slash + 1));
  }
  if (auto* inc = ctx->including()) {
    if (inc->ident()) d.including.push_back(name(inc->ident()));
    if (inc->identList()) {
      for (auto* i : inc->identList()->ident()) d.including.push_back(name(i));
    }
  }
  return d;
}

std::vector<ast::Holder> AstBuilder::buildHolders(P::HolderListContext* ctx) { return buildHolders(ctx->holder()); }

std::vector<ast::Holder> AstBuilder::buildHolders(const std::vector<P::HolderContext*>& holders) {
  std::vector<ast::Holder> out;
  for (auto* h : holders) {
    ast::Holder holder{ast::Holder::Kind::Named, std::nullopt, span(h), std::nullopt};
    if (auto* each = dynamic_cast<P::EachHolderContext*>(h)) {
      if (each->ident()) {
        holder.kind = ast::Holder::Kind::EachOfGroup;
        holder.name = name(each->ident());
      } else {
        holder.kind = ast::Holder::Kind::EachParty;
      }
    } else if (dynamic_cast<P::AllPartiesHolderContext*>(h)) {
      holder.kind = ast::Holder::Kind::AllParties;
    } else if (dynamic_cast<P::OtherPartyHolderContext*>(h)) {
      holder.kind = ast::Holder::Kind::OtherParty;
    } else if (dynamic_cast<P::EventPartyHolderContext*>(h)) {
      holder.kind = ast::Holder::Kind::EventParty;
    } else if (auto* n = dynamic_cast<P::NamedHolderContext*>(h)) {
      holder.name = name(n->ident());
    } else if (auto* dec = dynamic_cast<P::DecisionHolderContext*>(h)) {
      holder.kind = ast::Holder::Kind::Decision;
      holder.name = name(dec->ident());
      holder.decision = buildDecision(dec);
    } else if (auto* param = dynamic_cast<P::ParamHolderContext*>(h)) {
      holder.kind = ast::Holder::Kind::Param;
      holder.name = ast::Name{param->PARAM()->getText(), span(h)};
    }
    out.push_back(std::move(holder));
  }
  return out;
}

}  // namespace agree::parse
