#include <algorithm>
#include <map>

#include "model/lowering.h"

namespace agree::model {

void Lowering::lowerParties(const std::vector<const ast::File*>& files, Agreement& out) {
  std::map<std::string, source::Span> declared;  // parties and groups share one namespace
  for (const auto* f : files) {
    for (const auto& p : f->parties) {
      auto [it, fresh] = declared.emplace(p.id.text, p.id.span);
      if (!fresh) {
        sink_.error(diag::Code::DuplicateParty, p.id.span, "`" + p.id.text + "` is declared twice")
            .secondary.push_back({it->second, "first declared here"});
        continue;
      }
      Party party;
      party.id = p.id.text;
      party.name = p.name ? p.name->value : p.id.text;
      if (p.shortName) party.shortName = p.shortName->value;
      if (p.seat) party.seat = p.seat->value;
      if (p.registration) party.registration = p.registration->value;
      for (const auto& r : p.representatives) {
        party.representatives.push_back({r.name.value, r.role ? r.role->value : ""});
      }
      party.placeholder = p.placeholder;
      for (const auto& n : p.notes) party.notes.push_back(n.value);
      party.where = ref(p.id.span);
      out.parties.push_back(std::move(party));
    }
  }
  for (const auto* f : files) {
    for (const auto& g : f->groups) {
      auto [it, fresh] = declared.emplace(g.id.text, g.id.span);
      if (!fresh) {
        sink_.error(diag::Code::DuplicateParty, g.id.span, "`" + g.id.text + "` is declared twice")
            .secondary.push_back({it->second, "first declared here"});
        continue;
      }
      Group group{g.id.text, g.name ? g.name->value : g.id.text, {}, ref(g.id.span)};
      for (const auto& m : g.members) {
        std::vector<std::string> resolved;
        if (resolvePartyName(m, out, resolved)) {
          for (auto& id : resolved) {
            if (std::find(group.members.begin(), group.members.end(), id) == group.members.end()) {
              group.members.push_back(id);
            }
          }
        }
      }
      out.groups.push_back(std::move(group));
    }
  }
  if (out.parties.size() < 2 && !sink_.hasErrors()) {
    source::Span where{files[0]->file, 0, 0};
    for (const auto* f : files) {
      if (!f->headers.empty()) where = f->headers.front().id.span;
    }
    sink_.error(diag::Code::FewerThanTwoParties, where,
                "this agreement declares " + std::to_string(out.parties.size()) +
                    (out.parties.size() == 1 ? " party" : " parties") + "; an agreement needs at least two")
        .help = "declare each party with `party <id> { name \"...\" }`";
  }
}

bool Lowering::resolvePartyName(const ast::Name& name, const Agreement& agreement, std::vector<std::string>& out) {
  if (agreement.findParty(name.text)) {
    out.push_back(name.text);
    return true;
  }
  for (const auto& g : agreement.groups) {
    if (g.id == name.text) {
      out.insert(out.end(), g.members.begin(), g.members.end());
      return true;
    }
  }
  std::vector<std::string> candidates;
  for (const auto& p : agreement.parties) candidates.push_back(p.id);
  for (const auto& g : agreement.groups) candidates.push_back(g.id);
  auto& d = sink_.error(diag::Code::UnknownParty, name.span, "no party or group is called `" + name.text + "`");
  d.help = suggest(name.text, candidates);
  if (d.help.empty() && !candidates.empty()) {
    std::string list;
    for (std::size_t i = 0; i < candidates.size() && i < 8; ++i) list += (i ? ", `" : "`") + candidates[i] + "`";
    d.notes.push_back("declared: " + list);
  }
  return false;
}

Holders Lowering::resolveHolders(const std::vector<ast::Holder>& holders, const Agreement& agreement) {
  Holders out;
  for (const auto& h : holders) {
    if (!out.written.empty()) out.written += ", ";
    switch (h.kind) {
      case ast::Holder::Kind::EachParty:
        out.kind = Holders::Kind::EachParty;
        out.written += "each party";
        break;
      case ast::Holder::Kind::AllParties:
        out.kind = Holders::Kind::AllParties;
        out.written += "all parties";
        break;
      case ast::Holder::Kind::OtherParty:
        out.kind = Holders::Kind::OtherParty;
        out.written += "the other party";
        break;
      case ast::Holder::Kind::EventParty:
        out.kind = Holders::Kind::EventParty;
        out.written += "the party of the event";
        break;
      case ast::Holder::Kind::EachOfGroup:
      case ast::Holder::Kind::Named: {
        out.written += (h.kind == ast::Holder::Kind::EachOfGroup ? "each of " : "") + h.name->text;
        std::vector<std::string> ids;
        resolvePartyName(*h.name, agreement, ids);
        if (out.kind == Holders::Kind::None) out.kind = Holders::Kind::Listed;
        for (auto& id : ids) {
          if (std::find(out.parties.begin(), out.parties.end(), id) == out.parties.end()) out.parties.push_back(id);
        }
        break;
      }
      case ast::Holder::Kind::Param:
        break;  // reported as a parameter outside a template
    }
  }
  return out;
}

}  // namespace agree::model
