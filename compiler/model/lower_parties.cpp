#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "model/lowering.h"
#include "source/fold.h"

namespace agree::model {

namespace {

// A party id that is, in any case and Unicode form, another party's short or legal name: on the
// command line (`agree bound FILE NAME DATE`, `--party NAME`) the id wins, so that name never
// finds the other party (runtime::matchParty). Linear in the parties: one map of folded names.
void warnIdIsOthersName(const std::vector<const ast::Party*>& parties, diag::Sink& sink) {
  struct Named {
    const ast::Party* party;
    const ast::Text* text;
    const diag::Text* what;
  };
  static const diag::Text shortName{"short name", "verkorte naam"}, legalName{"legal name", "officiële naam"};
  std::unordered_map<std::string, std::vector<Named>> byName;
  for (const auto* p : parties) {
    if (p->shortName) byName[source::foldName(p->shortName->value)].push_back({p, &*p->shortName, &shortName});
    if (p->name) byName[source::foldName(p->name->value)].push_back({p, &*p->name, &legalName});
  }
  for (const auto* p : parties) {
    auto it = byName.find(source::foldName(p->id.text));
    if (it == byName.end()) continue;
    for (const auto& n : it->second) {
      if (n.party == p) continue;
      const std::string& id = p->id.text;
      const std::string& other = n.party->id.text;
      auto& d = sink.warning(
          diag::Code::IdIsOthersName, p->id.span,
          diag::Text{"`" + id + "` is also the ", "`" + id + "` is ook de "} + *n.what +
              diag::Text{
                  " of `" + other + "`: on the command line it finds `" + id + "`, never `" + other + "`",
                  " van `" + other + "`: op de opdrachtregel vindt die naam `" + id + "`, nooit `" + other + "`"});
      d.secondary.push_back({n.text->span, diag::Text{"the ", "de "} + *n.what +
                                               diag::Text{" of `" + other + "`", " van `" + other + "`"}});
      d.help = {"give `" + id + "` an id that is no other party's name, or name `" + other +
                    "` by its id on the command line",
                "geef `" + id + "` een id die niet de naam van een andere partij is, of noem `" + other +
                    "` op de opdrachtregel bij haar id"};
    }
  }
}

}  // namespace

void Lowering::lowerParties(const std::vector<const ast::File*>& files, Agreement& out) {
  std::map<std::string, source::Span> declared;  // parties and groups share one namespace
  std::vector<const ast::Party*> lowered;
  for (const auto* f : files) {
    for (const auto& p : f->parties) {
      auto [it, fresh] = declared.emplace(p.id.text, p.id.span);
      if (!fresh) {
        sink_
            .error(diag::Code::DuplicateParty, p.id.span,
                   {"`" + p.id.text + "` is declared twice", "`" + p.id.text + "` is twee keer gedeclareerd"})
            .secondary.push_back({it->second, {"first declared here", "hier voor het eerst gedeclareerd"}});
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
      lowered.push_back(&p);
    }
  }
  warnIdIsOthersName(lowered, sink_);
  lowerBodies(files, out, declared);
  for (const auto* f : files) {
    for (const auto& g : f->groups) {
      auto [it, fresh] = declared.emplace(g.id.text, g.id.span);
      if (!fresh) {
        sink_
            .error(diag::Code::DuplicateParty, g.id.span,
                   {"`" + g.id.text + "` is declared twice", "`" + g.id.text + "` is twee keer gedeclareerd"})
            .secondary.push_back({it->second, {"first declared here", "hier voor het eerst gedeclareerd"}});
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
    sink_
        .error(diag::Code::FewerThanTwoParties, where,
               {"this agreement declares " + std::to_string(out.parties.size()) +
                    (out.parties.size() == 1 ? " party" : " parties") + "; an agreement needs at least two",
                "deze overeenkomst declareert " + std::to_string(out.parties.size()) +
                    (out.parties.size() == 1 ? " partij" : " partijen") +
                    "; een overeenkomst heeft er ten minste twee nodig"})
        .help = {"declare each party with `party <id> { name \"...\" }`",
                 "declareer elke partij met `partij <id> { naam \"...\" }`"};
  }
}

void Lowering::lowerBodies(const std::vector<const ast::File*>& files, Agreement& out,
                           std::map<std::string, source::Span>& declared) {
  for (const auto* f : files) {
    for (const auto& b : f->bodies) {
      auto [it, fresh] = declared.emplace(b.id.text, b.id.span);
      if (!fresh) {
        sink_
            .error(diag::Code::DuplicateParty, b.id.span,
                   {"`" + b.id.text + "` is declared twice", "`" + b.id.text + "` is twee keer gedeclareerd"})
            .secondary.push_back({it->second, {"first declared here", "hier voor het eerst gedeclareerd"}});
        continue;
      }
      Body body{b.id.text, b.name ? b.name->value : b.id.text, {}, ref(b.id.span)};
      for (const auto& n : b.notes) body.notes.push_back(n.value);
      out.bodies.push_back(std::move(body));
    }
  }
}

// `decision of GROUP by 2/3 including P`: the group must be a group, the share a real one, and
// those who must be in favour its members.
std::optional<Decision> Lowering::lowerDecision(const ast::Holder& h, const Agreement& agreement) {
  const auto& rule = *h.decision;
  const Group* group = agreement.findGroup(h.name->text);
  if (!group) {
    std::vector<std::string> ids;
    for (const auto& g : agreement.groups) ids.push_back(g.id);
    auto& d = sink_.error(diag::Code::InvalidDecision, h.name->span,
                          {"no group is called `" + h.name->text + "`", "er is geen groep `" + h.name->text + "`"});
    d.help = suggest(h.name->text, ids);
    if (d.help.empty())
      d.help = {"a decision is taken by a group: declare it with `group <id> { members a, b, c }`",
                "een besluit wordt door een groep genomen: declareer die met `groep <id> { leden a, b, c }`"};
    return std::nullopt;
  }
  Decision out;
  out.group = group->id;
  switch (rule.threshold) {
    case ast::DecisionRule::Threshold::Majority: out.threshold = Decision::Threshold::Majority; break;
    case ast::DecisionRule::Threshold::Unanimity: out.threshold = Decision::Threshold::Unanimity; break;
    case ast::DecisionRule::Threshold::Fraction:
      out.threshold = Decision::Threshold::Fraction;
      out.numerator = rule.numerator;
      out.denominator = rule.denominator;
      if (rule.numerator < 1 || rule.denominator < 1 || rule.numerator > rule.denominator) {
        sink_
            .error(diag::Code::InvalidDecision, rule.thresholdSpan,
                   {"a share of the members lies between 0 and 1", "een deel van de leden ligt tussen 0 en 1"})
            .help = {"e.g. `by 2/3` for two thirds; `by majority` for more than half, `by unanimity` for all",
                     "bijv. `door 2/3` voor twee derde; `door meerderheid` voor meer dan de helft, "
                     "`door unanimiteit` voor allen"};
        return std::nullopt;
      }
      break;
  }
  for (const auto& m : rule.including) {
    if (std::find(group->members.begin(), group->members.end(), m.text) == group->members.end()) {
      sink_
          .error(diag::Code::VoterNotMember, m.span,
                 {"`" + m.text + "` is not a member of `" + group->id + "`",
                  "`" + m.text + "` is geen lid van `" + group->id + "`"})
          .help = {"`including` names members of the group whose vote in favour is required",
                   "`inclusief` noemt de leden van de groep die vóór moeten stemmen"};
      return std::nullopt;
    }
    out.including.push_back(m.text);
  }
  return out;
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
  for (const auto& b : agreement.bodies) candidates.push_back(b.id);
  auto& d = sink_.error(diag::Code::UnknownParty, name.span,
                        agreement.findBody(name.text)
                            ? diag::Text{"`" + name.text + "` is a body, not a party: it cannot be a member",
                                         "`" + name.text + "` is een orgaan, geen partij: het kan geen lid zijn"}
                            : diag::Text{"no party or group is called `" + name.text + "`",
                                         "er is geen partij of groep `" + name.text + "`"});
  d.help = suggest(name.text, candidates);
  if (d.help.empty() && !candidates.empty()) {
    std::string list;
    for (std::size_t i = 0; i < candidates.size() && i < 8; ++i) list += (i ? ", `" : "`") + candidates[i] + "`";
    d.notes.push_back({"declared: " + list, "gedeclareerd: " + list});
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
        out.individually = true;
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
        if (h.kind == ast::Holder::Kind::EachOfGroup) out.individually = true;
        if (h.kind == ast::Holder::Kind::Named && agreement.findBody(h.name->text)) {
          if (out.kind == Holders::Kind::None) out.kind = Holders::Kind::Listed;
          out.bodies.push_back(h.name->text);
          break;
        }
        std::vector<std::string> ids;
        resolvePartyName(*h.name, agreement, ids);
        if (out.kind == Holders::Kind::None) out.kind = Holders::Kind::Listed;
        for (auto& id : ids) {
          if (std::find(out.parties.begin(), out.parties.end(), id) == out.parties.end()) out.parties.push_back(id);
        }
        break;
      }
      case ast::Holder::Kind::Decision: {
        if (holders.size() > 1) {
          sink_
              .error(diag::Code::InvalidDecision, h.span,
                     {"a decision of a group stands alone as the holder",
                      "een besluit van een groep staat als houder alleen"})
              .help = {
              "a power held by a group's decision is not also held by single parties: give each its own clause",
              "een bevoegdheid die bij besluit van een groep ligt, ligt niet ook bij afzonderlijke partijen: "
              "geef elk een eigen bepaling"};
          break;
        }
        out.kind = Holders::Kind::Decision;
        out.decision = lowerDecision(h, agreement);
        if (out.decision) {
          out.written += "decision of " + h.name->text + " by " + out.decision->thresholdText();
          for (std::size_t i = 0; i < out.decision->including.size(); ++i) {
            out.written += (i ? ", " : " including ") + out.decision->including[i];
          }
        }
        break;
      }
      case ast::Holder::Kind::Param: break;  // reported as a parameter outside a template
    }
  }
  return out;
}

}  // namespace agree::model
