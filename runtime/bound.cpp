#include "bound.h"

#include <algorithm>
#include <cctype>

#include "cite.h"
#include "could_change.h"

namespace agree::runtime {

const char* verdictName(Verdict v) {
  switch (v) {
    case Verdict::Yes: return "yes";
    case Verdict::No: return "no";
    case Verdict::Depends: return "depends";
  }
  return "?";
}

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string survivalBasis(const model::Survival& s, Date end) {
  std::string out = "survives the end on " + end.iso() + " ";
  out += s.period ? "for " + s.period->text() + " after the end" : "indefinitely";
  out += " (art. ";
  for (std::size_t i = 0; i < s.basis.size(); ++i) out += (i ? ", " : "") + s.basis[i];
  return out + ")";
}

// The first day P is no longer bound by the agreement itself: its own leaving or the end.
struct PartyEnd {
  std::optional<Date> date;
  std::string reason;
};

PartyEnd partyEnd(const Timeline& t, const Membership& m) {
  PartyEnd out;
  if (t.end) out = {t.end->date, t.end->reason};
  if (m.until && (!out.date || *m.until < *out.date)) out = {m.until, m.untilReason};
  return out;
}

}  // namespace

std::optional<std::string> findParty(const Timeline& t, const std::string& query) {
  std::string q = lower(query);
  for (const auto& m : t.members) {
    if (lower(m.party) == q || lower(m.name) == q) return m.party;
    if (const auto* p = t.agreement->findParty(m.party); p && !p->shortName.empty() && lower(p->shortName) == q) {
      return m.party;
    }
  }
  return std::nullopt;
}

BoundAnswer bound(const Timeline& t, const std::string& party, Date d) {
  const auto& a = *t.agreement;
  BoundAnswer ans;
  ans.party = party;
  ans.date = d;
  const Membership* m = t.member(party);
  ans.partyName = m ? m->name : party;

  for (const auto& e : t.events) {
    if (!e.accepted) {
      ans.rejectedEvents.push_back(e);
      ans.caveats.push_back("scenario event rejected: " + eventLabel(e.event, a) + ": " + e.effect);
    }
  }
  if (a.enforceable && !*a.enforceable) {
    ans.caveats.push_back("the agreement is not enforceable in law" +
                          (a.enforceableArticle.empty() ? std::string() : " (" + art(a.enforceableArticle) + ")") +
                          ": being bound is a commitment between the parties, not a claim a court will enforce");
  }
  if (!t.start || !m || !m->from) {
    ans.verdict = Verdict::Depends;
    ans.summary = "it is not known when the agreement starts: " + t.startReason;
    return ans;
  }
  if (t.retroactive && t.signedOn && d < *t.signedOn && d >= *t.start) {
    ans.caveats.push_back("retroactive: on " + d.iso() + " the agreement was not yet signed (signed " +
                          t.signedOn->iso() + "); it applies from " + t.start->iso() + " (" + art(a.start.clause) + ")");
  }
  if (m->until) {
    ans.caveats.push_back(ans.partyName + " " + m->untilReason + "; from " + m->until->iso() +
                          " only the surviving clauses bind it");
  }
  if (auto n = t.periodAt(d)) {
    ans.periodIndex = n;
    ans.period = t.period(*n);
  }

  std::vector<const model::Clause*> binding;
  for (const auto& c : a.clauses) {
    if (model::binds(c.kind) && c.holders.includes(party)) binding.push_back(&c);
  }

  Date from = *m->from;
  PartyEnd pend = partyEnd(t, *m);
  auto addReason = [&](const model::Clause& c, std::string basis, Date rf, std::optional<Date> ru, bool renews) {
    ans.reasons.push_back(Reason{c.id, c.article, model::clauseKindName(c.kind), std::move(basis), rf, ru, renews, c.text});
  };

  if (d < from) {
    ans.verdict = Verdict::No;
    ans.inForce = false;
    ans.summary = m->acceded ? ans.partyName + " accedes only on " + from.iso()
                             : "the agreement is not yet in force: " + t.startReason;
    return ans;
  }

  bool beforePartyEnd = !pend.date || d < *pend.date;
  bool uncertainOnD = t.uncertain && d >= t.uncertain->from && beforePartyEnd;

  if (beforePartyEnd && !uncertainOnD) {
    ans.inForce = true;
    std::optional<Date> until = pend.date;
    bool renews = false;
    if (!until && ans.period) {
      until = ans.period->until;
      renews = true;
    }
    if (!until && t.uncertain) until = t.uncertain->from;
    for (const auto* c : binding) addReason(*c, "in force", from, until, renews);
    ans.verdict = binding.empty() ? Verdict::No : Verdict::Yes;
    std::string periodText = ans.period ? ", term period " + std::to_string(*ans.periodIndex) + ": " +
                                              ans.period->from.iso() + " .. " + ans.period->until->iso()
                                        : "";
    ans.summary = binding.empty() ? "the agreement is in force on " + d.iso() + periodText + ", but no clause binds " +
                                        ans.partyName
                                  : "the agreement is in force on " + d.iso() + periodText;
    ans.couldChange = whatCouldChange(t, party, d);
    return ans;
  }

  // After the end (or possibly after it): the surviving clauses.
  Date endDate = uncertainOnD ? t.uncertain->from : *pend.date;
  for (const auto* c : binding) {
    if (!c->survival) continue;
    std::optional<Date> until;
    if (c->survival->period) until = time::add(endDate, *c->survival->period).date;
    if (until && d >= *until) continue;
    addReason(*c, survivalBasis(*c->survival, endDate), from, until, false);
  }
  if (uncertainOnD) {
    ans.inForce = std::nullopt;
    ans.verdict = ans.reasons.empty() ? Verdict::Depends : Verdict::Yes;
    ans.summary = "whether the agreement is still in force on " + d.iso() + " depends on " + t.uncertain->event +
                  ": " + t.uncertain->reason;
    if (!ans.reasons.empty()) {
      ans.summary += "; either way the clauses below bind " + ans.partyName + " (in force, or surviving)";
    }
    ans.couldChange = whatCouldChange(t, party, d);
    return ans;
  }
  ans.inForce = false;
  ans.survivingOnly = !ans.reasons.empty();
  ans.verdict = ans.reasons.empty() ? Verdict::No : Verdict::Yes;
  std::string ended = (m->until && *m->until == *pend.date) ? ans.partyName + " left the agreement on " + pend.date->iso()
                                                            : "the agreement ended on " + pend.date->iso();
  ans.summary = ended + " (" + pend.reason + ")" +
                (ans.survivingOnly ? "; only surviving clauses bind " + ans.partyName : "; no clause survives that binds " + ans.partyName);
  return ans;
}

}  // namespace agree::runtime
