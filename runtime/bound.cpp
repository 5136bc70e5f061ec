#include "bound.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "source/fold.h"
#include "source/printable.h"

#include "cite.h"
#include "could_change.h"

namespace agree::runtime {

namespace {

// `left`: the party withdrew or was expelled while the agreement went on, so nothing ended:
// the clause binds it after it left (DESIGN.md, "Membership").
std::string survivalBasis(const model::Agreement& a, const model::Survival& s, Date end, const std::string& left = "") {
  std::string out = left.empty() ? "survives the end on " + end.iso() + " "
                                 : "binds " + left + " after it left on " + end.iso() + " ";
  out += s.period                ? "for " + s.period->text() + (left.empty() ? " after the end" : " after leaving")
         : !s.untilEvent.empty() ? "until " + model::eventKindLabel(a, s.untilEvent)
                                 : "indefinitely";
  out += " (art. ";
  for (std::size_t i = 0; i < s.basis.size(); ++i) out += (i ? ", " : "") + s.basis[i];
  return out + ")";
}

// A duty after the end ("na beëindiging ... terugbetalen"): it binds from the end, not before.
std::string afterEndBasis(const model::Clause& c, Date end, const std::string& left) {
  return (left.empty() ? "applies from the end on " : "applies to " + left + " from its leaving on ") + end.iso() +
         (c.survival && c.survival->period ? " for " + c.survival->period->text() : "") + " (art. " + c.id + ")";
}

// An agreement for an indefinite period without a notice clause is not a trap without exit:
// in Dutch law a party can still end it by notice with a reasonable period, which the text does
// not fix (DESIGN.md, "Occurrences, compliance ..."). Said wherever no exit by notice is listed.
void addNoNoticeClauseCaveat(const Timeline& t, BoundAnswer& ans) {
  const auto& a = *t.agreement;
  // `until event E` (DVO Beek: "opzegging kan alleen in combinatie met uittreding") is the
  // text's own rule for the end, not a silence on it.
  if (a.term.kind != model::Term::Kind::Indefinite || !a.term.untilEvent.empty() || !a.notices.empty()) return;
  // A power usable at any time that ends the agreement, or that lets this party leave, is an
  // exit the text provides ("kan deze Overeenkomst schriftelijk opzeggen").
  for (const auto& p : a.powers) {
    if (p.trigger.kind != model::Trigger::Kind::Always) continue;
    using Action = model::Power::Action;
    if (p.action == Action::Terminate || p.action == Action::Dissolve) return;
    if (p.action == Action::Withdraw && p.holders.mayAct(ans.party)) return;
  }
  std::string why = "the agreement is for an indefinite period and no clause provides for notice";
  ans.caveats.push_back(why +
                        ": under Dutch law a party can still end it by notice with a reasonable period "
                        "(redelijke opzegtermijn), which the text does not fix, so agree gives no date for it");
  ans.couldChange.push_back(PossibleChange{"notice", "any party", a.term.clause, std::nullopt,
                                           why + "; a party can still give notice with a reasonable period under "
                                                 "Dutch law (not dated: the text fixes no period)",
                                           false, std::nullopt, std::nullopt});
}

// A clause that applies only in yearly windows binds from the window's first day (or the
// party's start) to the day after its last (or the agreement's end, if earlier): never "for the
// whole term", since it binds again only when the next window opens.
void addWindowReason(BoundAnswer& ans, const PartyStanding& standing, const model::Clause& c, Date d, Date from,
                     std::optional<Date> until) {
  auto w = standing.windowAround(c, d);
  Date rf = std::max(from, w->from);
  std::optional<Date> ru = w->until;
  if (until && (!ru || *until < *ru)) ru = until;
  std::string windows;
  for (const auto& x : c.appliesIn) windows += (windows.empty() ? "" : "; ") + x.text();
  ans.reasons.push_back(Reason{&c,
                               "in force only in its yearly window (" + windows + ", both included): now " +
                                   w->from.iso() + " .. " + w->until->plusDays(-1).iso(),
                               rf, ru, false, ""});
}

// A surviving clause that applies only in yearly windows binds in the window around d only.
void narrowToWindow(Reason& r, const PartyStanding& standing, const model::Clause& c, Date d) {
  auto w = standing.windowAround(c, d);
  if (!w) return;
  r.from = std::max(r.from, w->from);
  if (!r.until || *w->until < *r.until) {
    r.until = w->until;
    r.untilBeyondCalendar = false;
    r.untilDependsOn.clear();
  }
  r.basis += "; only in its yearly window: now " + w->from.iso() + " .. " + w->until->plusDays(-1).iso();
}

// Outside its windows a seasonal clause is no reason, but it is not gone: the answer says when
// it binds again, while the agreement is still in force then (as far as is known on d).
std::string bindsAgain(const PartyStanding& standing, const BoundAnswer& ans, Date d, std::optional<Date> until) {
  std::string out;
  for (const auto* c : standing.binding()) {
    if (c->appliesIn.empty() || standing.windowAround(*c, d)) continue;
    auto next = standing.nextWindowOpens(*c, d);
    auto end = standing.partyEnd();
    if (!next || (end && *end <= *next)) continue;  // the agreement (or its membership) ends first
    bool inForceThen = !until || *next < *until;    // else only if it renews or goes on
    out += "; " + art(c->id) + " applies only in its yearly window and binds " + ans.partyName + " again from " +
           next->iso() + (inForceThen ? "" : " if the agreement is still in force then");
  }
  return out;
}

// After the end: a surviving clause that applies only in yearly windows binds again when its
// next window opens, if it still survives then.
std::string survivesAgain(const PartyStanding& standing, const BoundAnswer& ans, Date d, Date end) {
  std::string out;
  for (const auto* c : standing.surviving()) {
    if (c->appliesIn.empty() || standing.windowAround(*c, d)) continue;
    auto next = standing.nextWindowOpens(*c, d);
    auto until = standing.survivalEnd(*c, end);
    if (!next || (until && *until <= *next)) continue;
    out += "; " + art(c->id) + " survives but applies only in its yearly window: it binds " + ans.partyName +
           " again from " + next->iso();
  }
  return out;
}

}  // namespace

PartyMatch matchParty(const Timeline& t, const std::string& query) {
  PartyMatch out;
  // The exact id decides at once (ids are unique): by the members' index, nothing folded.
  if (const auto* m = t.member(query)) {
    out.party = m->party;
    out.level = "id";
    return out;
  }
  // One pass over the declared parties for their short names, one over the members: linear in
  // the number of parties (no lookup inside the loop scans them again).
  std::unordered_map<std::string_view, const model::Party*> declared;
  for (const auto& p : t.agreement->parties) declared.emplace(p.id, &p);
  const std::string q = source::foldName(query);
  static const char* const kLevels[] = {"id", "id in another case", "short name", "legal name"};
  std::vector<std::string> found[4];
  auto add = [&](int level, const std::string& id) { found[level].push_back(id); };
  for (const auto& m : t.members) {
    if (source::foldName(m.party) == q) add(1, m.party);
    auto p = declared.find(m.party);
    if (p != declared.end() && !p->second->shortName.empty() && source::foldName(p->second->shortName) == q) {
      add(2, m.party);
    }
    if (source::foldName(m.name) == q) add(3, m.party);
  }
  for (int level = 1; level < 4; ++level) {
    if (found[level].empty()) continue;
    out.level = kLevels[level];
    // In member order; a party that were a member twice is still one candidate.
    std::unordered_set<std::string_view> seen;
    std::vector<std::string> ids;
    for (const auto& id : found[level]) {
      if (seen.insert(id).second) ids.push_back(id);
    }
    if (ids.size() == 1) {
      out.party = ids.front();
    } else {
      out.candidates = std::move(ids);
    }
    break;
  }
  return out;
}

std::optional<std::string> findParty(const Timeline& t, const std::string& query) { return matchParty(t, query).party; }

std::string ambiguousPartyMessage(const Timeline& t, const std::string& query, const PartyMatch& match) {
  std::string out = "`";
  out += source::printable(query, false);
  out += "` is ambiguous in ";
  out += t.agreement->id;
  out += ": it is the ";
  out += match.level;
  for (std::size_t i = 0; i < match.candidates.size(); ++i) {
    const auto* m = t.member(match.candidates[i]);
    out += i == 0 ? " of `" : i + 1 == match.candidates.size() ? " and of `" : ", of `";
    out += source::printable(match.candidates[i], false);
    out += "` (";
    out += source::printable(m ? m->name : match.candidates[i], false);
    out += ")";
  }
  out += "; name the party by its id";
  return out;
}

BoundAnswer bound(const Timeline& t, const std::string& party, Date d) {
  const auto& a = *t.agreement;
  BoundAnswer ans;
  ans.party = party;
  ans.date = d;
  PartyStanding standing(t, party);
  const Membership* m = standing.membership();
  ans.partyName = m ? m->name : party;

  for (const auto& e : t.events) {
    if (!e.accepted) {
      ans.rejectedEvents.push_back(e);
      ans.caveats.push_back("scenario event rejected: " + eventLabel(e.event, a) + ": " + say(e.effect, a));
    } else if (e.caveat) {
      ans.caveats.push_back("scenario event accepted, not fully checked: " + eventLabel(e.event, a) + ": " +
                            say(e.caveat, a));
    }
  }
  if (const auto* p = a.findParty(party); p && p->placeholder) {
    ans.caveats.push_back(ans.partyName +
                          " is a placeholder: the text does not name this party yet, so the answer is for "
                          "whoever will fill its place");
  }
  if (a.enforceable && !*a.enforceable) {
    ans.caveats.push_back("the agreement is not enforceable in law" +
                          (a.enforceableArticle.empty() ? std::string() : " (" + art(a.enforceableArticle) + ")") +
                          ": being bound is a commitment between the parties, not a claim a court will enforce");
  }
  Standing s = standing.at(d);
  ans.verdict = s.verdict;
  ans.inForce = s.inForce;
  ans.survivingOnly = s.survivingOnly;
  ans.standing = "party";
  if (m) ans.standingSince = m->from;
  if (m && m->from && d < *m->from) ans.standing = "not yet a party";
  if (m && m->until && d >= *m->until) {
    ans.standing = m->expelled ? "expelled" : "withdrawn";
    ans.standingSince = m->until;
    ans.standingReason = say(m->untilReason, a);
  }
  // A period that never ran is no answer: after the end there is none (as `agree query`).
  if (s.periodIndex && !(s.phase == Standing::Phase::Ended && s.inForce == false)) {
    ans.periodIndex = s.periodIndex;
    ans.period = t.period(*s.periodIndex);
  }
  if (s.phase == Standing::Phase::StartUnknown) {
    ans.summary = "it is not known when the agreement starts: " + say(t.startReason, a);
    // What decides it: the start on or before D (then the clauses below bind, as long as the
    // term runs), or later (then nothing binds yet).
    const auto& st = a.start;
    std::string event = st.kind == model::Start::Kind::OnSigning ? "signing" : st.event;
    // With a start after the event ("de eerste dag van de tweede maand volgend op"), the event
    // must come earlier for the start to fall on or before D.
    Date latest = st.latestBaseFor(d);
    ans.couldChange.push_back(PossibleChange{
        event, "", st.clause, latest,
        "the answer on " + d.iso() + " turns on " + event + ": on or before " + latest.iso() +
            ", the agreement is in force then (if its term has not run out) and the clauses below bind " +
            ans.partyName + "; later, nothing binds it yet (" + art(st.clause) + ")",
        true, std::nullopt, std::nullopt});
    for (const auto* c : standing.binding()) {
      if (standing.windowAround(*c, d)) ans.ifInForce.push_back(c);  // a season binds only in its window
    }
    return ans;
  }
  if (t.retroactive && t.signedOn && d < *t.signedOn && d >= *t.start) {
    ans.caveats.push_back("retroactive: on " + d.iso() + " the agreement was not yet signed (signed " +
                          t.signedOn->iso() + "); it applies from " + t.start->iso() + " (" + art(a.start.clause) +
                          ")");
  }
  // Signed some day in a month: every day up to that month's last day may lie before it.
  if (t.retroactive && t.signedMonth && d >= *t.start) {
    Date lastOfMonth = time::addMonths(*t.signedMonth, 1).date.plusDays(-1);
    std::string month = model::monthText(*t.signedMonth);
    if (d < *t.signedMonth) {
      ans.caveats.push_back("retroactive: on " + d.iso() + " the agreement was not yet signed (signed some day in " +
                            month + ", the day is not known); it applies from " + t.start->iso() + " (" +
                            art(a.start.clause) + ")");
    } else if (d <= lastOfMonth) {
      ans.caveats.push_back("retroactive: on " + d.iso() +
                            " the agreement may not yet have been signed (signed some day in " + month + ", up to " +
                            lastOfMonth.iso() + "; the day is not known); it applies from " + t.start->iso() + " (" +
                            art(a.start.clause) + ")");
    }
  }
  if (m->until) {
    ans.caveats.push_back(ans.partyName + " " + say(m->untilReason, a) + "; from " + m->until->iso() +
                          " only the surviving clauses bind it");
  }
  if (s.phase == Standing::Phase::InForce || s.phase == Standing::Phase::Uncertain) {
    ans.evaluation = pendingEvaluation(t, d);
    if (ans.evaluation) ans.caveats.push_back(say(ans.evaluation->text, a));
  }
  Date from = *m->from;
  auto addReason = [&](const model::Clause& c, std::string basis, Date rf, std::optional<Date> ru, bool renews,
                       std::string dependsOn = "") {
    ans.reasons.push_back(Reason{&c, std::move(basis), rf, ru, renews, std::move(dependsOn)});
  };

  switch (s.phase) {
    case Standing::Phase::StartUnknown: break;
    case Standing::Phase::NotYet:
      ans.summary = m->acceded ? ans.partyName + " accedes only on " + from.iso()
                               : "the agreement is not yet in force: " + say(t.startReason, a);
      break;
    case Standing::Phase::InForce: {
      std::optional<Date> until = standing.partyEnd();
      bool renews = false;
      if (!until && ans.period) {
        until = ans.period->until;
        renews = true;
      }
      // An open-ended term: in force at least until the minimum end, then as long as the event
      // that closes it has not happened.
      std::string dependsOn;
      if (!until && t.uncertain) {
        until = t.uncertain->from;
        dependsOn = t.uncertain->event;
      }
      for (const auto* c : standing.clausesOn(s, d)) {
        if (!c->appliesIn.empty()) {
          addWindowReason(ans, standing, *c, d, from, until);
          continue;
        }
        if (auto limit = standing.clauseEnd(*c); limit && (!until || *limit < *until)) {
          addReason(*c, "in force for the first " + c->appliesFor->text() + " after the start", from, limit, false);
          continue;
        }
        addReason(*c, "in force", from, until, renews, dependsOn);
      }
      std::string periodText = ans.period ? ", term period " + std::to_string(*ans.periodIndex) + ": " +
                                                ans.period->from.iso() + " .. " +
                                                (ans.period->until ? ans.period->until->iso() : "after 9999-12-31")
                                          : "";
      ans.summary = "the agreement is in force on " + d.iso() + periodText;
      if (ans.reasons.empty()) ans.summary += ", but no clause binds " + ans.partyName;
      ans.summary += bindsAgain(standing, ans, d, until);
      ans.couldChange = whatCouldChange(t, party, d);
      addNoNoticeClauseCaveat(t, ans);
      break;
    }
    case Standing::Phase::Uncertain:
    case Standing::Phase::Ended: {
      for (const auto* c : standing.clausesOn(s, d)) {
        std::optional<Date> until = standing.survivalEnd(*c, *s.endDate);
        // Until an event the scenario does not record: it binds, as long as that has not happened.
        std::string awaiting = !until && !c->survival->untilEvent.empty() ? c->survival->untilEvent : "";
        addReason(*c,
                  c->afterEnd ? afterEndBasis(*c, *s.endDate, s.left ? ans.partyName : "")
                              : survivalBasis(a, *c->survival, *s.endDate, s.left ? ans.partyName : ""),
                  c->afterEnd ? *s.endDate : from, until, false, awaiting);
        // "for 5 years after the end" with the end in 9999: it binds to the calendar's end.
        if (!until && c->survival && c->survival->period) ans.reasons.back().untilBeyondCalendar = true;
        if (!c->appliesIn.empty()) narrowToWindow(ans.reasons.back(), standing, *c, d);
      }
      if (s.phase == Standing::Phase::Uncertain) {
        ans.summary = "whether the agreement is still in force on " + d.iso() + " depends on " +
                      model::eventKindLabel(*t.agreement, t.uncertain->event) + ": " + say(t.uncertain->reason, a);
        if (!ans.reasons.empty()) {
          ans.summary += "; either way the clauses below bind " + ans.partyName + " (in force, or surviving)";
        }
        for (const auto* c : standing.binding()) {
          bool listed =
              std::any_of(ans.reasons.begin(), ans.reasons.end(), [&](const Reason& r) { return r.clause == c; });
          if (!listed && standing.windowAround(*c, d)) ans.ifInForce.push_back(c);
        }
        ans.couldChange = whatCouldChange(t, party, d);
        break;
      }
      bool afterEnd =
          std::any_of(ans.reasons.begin(), ans.reasons.end(), [](const Reason& r) { return r.clause->afterEnd; });
      std::string binds = !ans.survivingOnly ? "; no clause survives that binds " + ans.partyName
                          : afterEnd         ? "; only surviving clauses and duties after the end bind " + ans.partyName
                                             : "; only surviving clauses bind " + ans.partyName;
      if (s.left) {
        std::string goesOn =
            !s.inForce ? "whether the agreement is still in force for the others depends on " +
                             model::eventKindLabel(*t.agreement, t.uncertain->event)
            : *s.inForce ? "the agreement goes on for the other parties"
                         : "the agreement itself ended on " + t.end->date.iso() + " (" + say(t.end->reason, a) + ")";
        ans.summary = ans.partyName + " is " + ans.standing + " since " + s.endDate->iso() + ": it " +
                      say(standing.partyEndReason(), a) + "; " + goesOn + binds;
        break;
      }
      std::string ended = (m->until && *m->until == *s.endDate)
                              ? ans.partyName + " left the agreement on " + s.endDate->iso()
                              : "the agreement ended on " + s.endDate->iso();
      std::string again = survivesAgain(standing, ans, d, *s.endDate);
      if (!ans.survivingOnly && !again.empty())
        binds = "; no surviving clause binds " + ans.partyName + " on " + d.iso();
      ans.summary = ended + " (" + say(standing.partyEndReason(), a) + ")" + binds + again;
      break;
    }
  }
  return ans;
}

}  // namespace agree::runtime
