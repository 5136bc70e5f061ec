// Expectations (`expect under S: CLAIM`): checked here so that `agree check` rejects a claim
// `agree test` could not ask. Their answers are computed by runtime/expectations.cpp.
#include <algorithm>
#include <filesystem>

#include "model/lowering.h"

namespace agree::model {

namespace {

using Kind = ast::Claim::Kind;

Expectation::Kind lowerClaimKind(Kind kind) {
  switch (kind) {
    case Kind::Bound: return Expectation::Kind::Bound;
    case Kind::NotBound: return Expectation::Kind::NotBound;
    case Kind::InForce: return Expectation::Kind::InForce;
    case Kind::NotInForce: return Expectation::Kind::NotInForce;
    case Kind::Ends: return Expectation::Kind::Ends;
    case Kind::EndsNotBefore: return Expectation::Kind::EndsNotBefore;
    case Kind::EndsNever: return Expectation::Kind::EndsNever;
    case Kind::Due: return Expectation::Kind::Due;
    case Kind::Violates: return Expectation::Kind::Violates;
    case Kind::ViolatesNothing: return Expectation::Kind::ViolatesNothing;
  }
  return Expectation::Kind::Bound;
}

bool isArticle(const Agreement& a, const std::string& id) {
  return std::any_of(a.articles.begin(), a.articles.end(), [&](const Article& x) { return x.id == id; });
}

// Whether the clause can put anything on the agenda: a deadline, a recurrence or a schedule,
// or a notice rule (its last days to give notice).
bool hasAgendaItems(const Agreement& a, const Clause& c) {
  if (!c.deadlines.empty() || !c.schedules.empty()) return true;
  return std::any_of(a.notices.begin(), a.notices.end(), [&](const NoticeRule& n) { return n.clause == c.id; });
}

}  // namespace

void Lowering::lowerExpectations(const std::vector<const ast::File*>& files, Agreement& out) {
  std::vector<std::string> clauseIds;
  for (const auto& c : out.clauses) clauseIds.push_back(c.id);
  for (const auto& a : out.articles) clauseIds.push_back(a.id);
  for (const auto* f : files) {
    const std::string folder = std::filesystem::path(sources_.file(f->file).path()).parent_path().string();
    for (const auto& x : f->expectations) {
      bool ok = true;
      Expectation e;
      e.kind = lowerClaimKind(x.claim.kind);
      e.date = x.claim.date.value;
      e.written = x.written;
      e.claimWritten = x.claimWritten;
      e.where = ref(x.span);
      if (x.scenario) {
        e.scenario = x.scenario->text;
        if (!out.findScenario(e.scenario)) {
          std::vector<std::string> ids;
          for (const auto& s : out.scenarios) ids.push_back(s.id);
          auto& d = sink_.error(diag::Code::UnknownScenario, x.scenario->span,
                                {"no scenario of this agreement is called `" + e.scenario + "`",
                                 "deze overeenkomst heeft geen scenario `" + e.scenario + "`"});
          d.help = suggest(e.scenario, ids);
          if (d.help.en.empty())
            d.help = {"declare `scenario " + e.scenario +
                          " { ... }` in the agreement, or name a scenario file: "
                          "`under \"scenarios/" +
                          e.scenario + ".scenario\"`",
                      "declareer `scenario " + e.scenario +
                          " { ... }` in de overeenkomst, of noem een "
                          "scenariobestand: `krachtens \"scenarios/" +
                          e.scenario + ".scenario\"`"};
          ok = false;
        }
      }
      if (x.scenarioFile) {
        e.scenarioFile = x.scenarioFile->value;
        e.scenarioPath = (std::filesystem::path(folder) / e.scenarioFile).string();
      }
      if (x.claim.party) {
        const auto& p = *x.claim.party;
        e.party = p.text;
        if (out.findGroup(p.text) || out.findBody(p.text)) {
          sink_
              .error(diag::Code::ClaimCannotBeAsked, p.span,
                     {"`" + p.text + "` is a " + (out.findGroup(p.text) ? "group" : "body") +
                          ", not a party: only a party is bound",
                      "`" + p.text + "` is een " + (out.findGroup(p.text) ? "groep" : "orgaan") +
                          ", geen partij: alleen een partij is gebonden"})
              .help = {"expect it of each member party", "verwacht het van elke partij die lid is"};
          ok = false;
        } else if (!out.findParty(p.text)) {
          std::vector<std::string> ids;
          for (const auto& q : out.parties) ids.push_back(q.id);
          sink_
              .error(diag::Code::UnknownParty, p.span,
                     {"no party is called `" + p.text + "`", "er is geen partij `" + p.text + "`"})
              .help = suggest(p.text, ids);
          ok = false;
        }
      }
      for (const auto& a : x.claim.articles) {
        if (out.findClause(a.id) || isArticle(out, a.id)) {
          e.articles.push_back(a.id);
          continue;
        }
        sink_
            .error(diag::Code::UnknownClause, a.span,
                   {"no clause or article is numbered `" + a.id + "`", "er is geen bepaling of artikel `" + a.id + "`"})
            .help = suggest(a.id, clauseIds);
        ok = false;
      }
      if (e.kind == Expectation::Kind::NotBound && !x.claim.articles.empty()) {
        sink_
            .error(diag::Code::ClaimCannotBeAsked, x.claim.articles.front().span,
                   {"a party that is not bound has no clauses that bind it",
                    "een partij die niet gebonden is, heeft geen bepalingen die haar binden"})
            .help = {"leave out the articles after `not bound on DATE`",
                     "laat de artikelen na `niet gebonden op DATUM` weg"};
        ok = false;
      }
      if (x.claim.cause) {
        e.cause = x.claim.cause->text;
        if (e.cause != "term" && !knownEventKind(e.cause, out)) {
          auto names = eventNames(out);
          auto& d = sink_.error(
              diag::Code::UnknownEndCause, x.claim.cause->span,
              {"`" + x.claim.cause->text + "` is not something that ends an agreement",
               "`" + eventKindText(x.claim.cause->text).nl + "` is niets waardoor een overeenkomst eindigt"});
          d.help = suggest(e.cause, names, dutchEventNames(names));
          d.notes.push_back(
              {"an agreement ends by `term` (it runs out) or by an event kind: `notice`, `terminate`, "
               "`dissolve`, `withdraw`, `expel`, `evaluation`, or one the agreement declares",
               "een overeenkomst eindigt door `looptijd` (die afloopt) of door een soort gebeurtenis: "
               "`opzegging`, `beeindigen`, `ontbinden`, `uittreden`, `uitsluiten`, `evaluatie`, of een "
               "die de overeenkomst declareert"});
          ok = false;
        }
      }
      if (e.kind == Expectation::Kind::Due && ok) {
        const std::string& id = e.articles.front();
        bool dated = false;
        for (const auto& c : out.clauses) {
          if ((c.id == id || c.article == id) && hasAgendaItems(out, c)) dated = true;
        }
        if (!dated) {
          sink_
              .error(diag::Code::ClaimCannotBeAsked, x.claim.articles.front().span,
                     {"art. " + id + " has no deadline, recurrence, schedule or notice: nothing of it is ever due",
                      "art. " + id +
                          " heeft geen termijn, herhaling, planning of opzegging: er is nooit iets van "
                          "verschuldigd"})
              .help = {"name the clause that sets the deadline", "noem de bepaling die de termijn stelt"};
          ok = false;
        }
      }
      if (ok) out.expectations.push_back(std::move(e));
    }
  }
}

}  // namespace agree::model
