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
Fact survivalBasis(const model::Survival& s, Date end, const std::string& left = "") {
  Fact how = s.period ? fact(left.empty() ? FactKind::SurvivalForAfterEnd : FactKind::SurvivalForAfterLeaving)
                            .with("duration", *s.period)
             : !s.untilEvent.empty() ? fact(FactKind::SurvivalUntil).with("event", EventKindRef{s.untilEvent})
                                     : fact(FactKind::SurvivalIndefinitely);
  std::string articles;
  for (std::size_t i = 0; i < s.basis.size(); ++i) articles += (i ? ", " : "") + s.basis[i];
  Fact out =
      left.empty() ? fact(FactKind::SurvivesEnd) : fact(FactKind::BindsAfterLeaving).with("party", Verbatim{left});
  return std::move(out).with("date", end).with("how", std::move(how)).with("articles", Verbatim{articles});
}

// A duty after the end ("na beëindiging ... terugbetalen"): it binds from the end, not before.
Fact afterEndBasis(const model::Clause& c, Date end, const std::string& left) {
  Fact out =
      left.empty() ? fact(FactKind::AppliesFromEnd) : fact(FactKind::AppliesFromLeaving).with("party", Verbatim{left});
  out.with("date", end).with("clause", ClauseRef{c.id});
  if (c.survival && c.survival->period) out.with("duration", *c.survival->period);
  return out;
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
  ans.caveats.push_back(fact(FactKind::CaveatNoNoticeClause));
  ans.couldChange.push_back(PossibleChange{"notice", fact(FactKind::HoldersEach), a.term.clause, std::nullopt,
                                           fact(FactKind::ChangeNoNoticeClause), false, std::nullopt, std::nullopt});
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
  Fact windows;
  for (const auto& x : c.appliesIn) {
    Fact one = fact(FactKind::YearWindow)
                   .with("from", DayOfYear{x.fromMonth, x.fromDay})
                   .with("to", DayOfYear{x.toMonth, x.toDay});
    if (x.crossesYearEnd()) one.with("nextYear", 1LL);
    windows = windows ? fact(FactKind::Both).with("first", std::move(windows)).with("second", std::move(one)) : one;
  }
  ans.reasons.push_back(Reason{&c,
                               fact(FactKind::BasisYearlyWindow)
                                   .with("windows", std::move(windows))
                                   .with("from", w->from)
                                   .with("last", w->until->plusDays(-1)),
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
  r.basis = fact(FactKind::OnlyInWindowNow)
                .with("basis", std::move(r.basis))
                .with("from", w->from)
                .with("last", w->until->plusDays(-1));
}

// Outside its windows a seasonal clause is no reason, but it is not gone: the answer says when
// it binds again, while the agreement is still in force then (as far as is known on d).
std::vector<Fact> bindsAgain(const PartyStanding& standing, const BoundAnswer& ans, Date d, std::optional<Date> until) {
  std::vector<Fact> out;
  for (const auto* c : standing.binding()) {
    if (c->appliesIn.empty() || standing.windowAround(*c, d)) continue;
    auto next = standing.nextWindowOpens(*c, d);
    auto end = standing.partyEnd();
    if (!next || (end && *end <= *next)) continue;  // the agreement (or its membership) ends first
    bool inForceThen = !until || *next < *until;    // else only if it renews or goes on
    Fact again = fact(FactKind::BindsAgain)
                     .with("clause", ClauseRef{c->id})
                     .with("party", Verbatim{ans.partyName})
                     .with("date", *next);
    if (!inForceThen) again.with("ifInForce", 1LL);
    out.push_back(std::move(again));
  }
  return out;
}

// After the end: a surviving clause that applies only in yearly windows binds again when its
// next window opens, if it still survives then.
std::vector<Fact> survivesAgain(const PartyStanding& standing, const BoundAnswer& ans, Date d, Date end) {
  std::vector<Fact> out;
  for (const auto* c : standing.surviving()) {
    if (c->appliesIn.empty() || standing.windowAround(*c, d)) continue;
    auto next = standing.nextWindowOpens(*c, d);
    auto until = standing.survivalEnd(*c, end);
    if (!next || (until && *until <= *next)) continue;
    out.push_back(fact(FactKind::SurvivesAgain)
                      .with("clause", ClauseRef{c->id})
                      .with("party", Verbatim{ans.partyName})
                      .with("date", *next));
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

Fact standingFact(const std::string& standing) {
  if (standing == "withdrawn") return fact(FactKind::StandingWithdrawn);
  if (standing == "expelled") return fact(FactKind::StandingExpelled);
  if (standing == "not yet a party") return fact(FactKind::StandingNotYet);
  return fact(FactKind::StandingParty);
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
      ans.caveats.push_back(fact(FactKind::CaveatRejected).with("event", eventFact(e.event)).with("why", e.effect));
    } else if (e.caveat) {
      ans.caveats.push_back(
          fact(FactKind::CaveatNotFullyChecked).with("event", eventFact(e.event)).with("why", e.caveat));
    }
  }
  if (const auto* p = a.findParty(party); p && p->placeholder) {
    ans.caveats.push_back(fact(FactKind::CaveatPlaceholder).with("party", Verbatim{ans.partyName}));
  }
  if (a.enforceable && !*a.enforceable) {
    Fact caveat = fact(FactKind::CaveatNotEnforceable);
    if (!a.enforceableArticle.empty()) caveat.with("clause", ClauseRef{a.enforceableArticle});
    ans.caveats.push_back(std::move(caveat));
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
    ans.standingReason = m->untilReason;
  }
  // A period that never ran is no answer: after the end there is none (as `agree query`).
  if (s.periodIndex && !(s.phase == Standing::Phase::Ended && s.inForce == false)) {
    ans.periodIndex = s.periodIndex;
    ans.period = t.period(*s.periodIndex);
  }
  if (s.phase == Standing::Phase::StartUnknown) {
    ans.summary.push_back(fact(FactKind::SummaryStartUnknown).with("start", t.startReason));
    // What decides it: the start on or before D (then the clauses below bind, as long as the
    // term runs), or later (then nothing binds yet).
    const auto& st = a.start;
    const std::string event = st.kind == model::Start::Kind::OnSigning ? "signing" : st.event;
    // With a start after the event ("de eerste dag van de tweede maand volgend op"), the event
    // must come earlier for the start to fall on or before D.
    Date latest = st.latestBaseFor(d);
    ans.couldChange.push_back(PossibleChange{event,
                                             {},
                                             st.clause,
                                             latest,
                                             fact(FactKind::ChangeStartUnknown)
                                                 .with("date", d)
                                                 .with("event", EventKindRef{event})
                                                 .with("latest", latest)
                                                 .with("party", Verbatim{ans.partyName})
                                                 .with("clause", ClauseRef{st.clause}),
                                             true,
                                             std::nullopt,
                                             std::nullopt});
    for (const auto* c : standing.binding()) {
      if (standing.windowAround(*c, d)) ans.ifInForce.push_back(c);  // a season binds only in its window
    }
    return ans;
  }
  if (t.retroactive && t.signedOn && d < *t.signedOn && d >= *t.start) {
    ans.caveats.push_back(fact(FactKind::CaveatRetroactive)
                              .with("date", d)
                              .with("signed", *t.signedOn)
                              .with("start", *t.start)
                              .with("clause", ClauseRef{a.start.clause}));
  }
  // Signed some day in a month: every day up to that month's last day may lie before it.
  if (t.retroactive && t.signedMonth && d >= *t.start) {
    Date lastOfMonth = time::addMonths(*t.signedMonth, 1).date.plusDays(-1);
    const MonthRef month{*t.signedMonth};
    if (d < *t.signedMonth) {
      ans.caveats.push_back(fact(FactKind::CaveatRetroactiveMonth)
                                .with("date", d)
                                .with("month", month)
                                .with("start", *t.start)
                                .with("clause", ClauseRef{a.start.clause}));
    } else if (d <= lastOfMonth) {
      ans.caveats.push_back(fact(FactKind::CaveatRetroactiveMaybe)
                                .with("date", d)
                                .with("month", month)
                                .with("last", lastOfMonth)
                                .with("start", *t.start)
                                .with("clause", ClauseRef{a.start.clause}));
    }
  }
  if (m->until) {
    ans.caveats.push_back(fact(FactKind::CaveatLeft)
                              .with("party", Verbatim{ans.partyName})
                              .with("reason", m->untilReason)
                              .with("date", *m->until));
  }
  if (s.phase == Standing::Phase::InForce || s.phase == Standing::Phase::Uncertain) {
    ans.evaluation = pendingEvaluation(t, d);
    if (ans.evaluation) ans.caveats.push_back(ans.evaluation->text);
  }
  Date from = *m->from;
  auto addReason = [&](const model::Clause& c, Fact basis, Date rf, std::optional<Date> ru, bool renews,
                       std::string dependsOn = "") {
    ans.reasons.push_back(Reason{&c, std::move(basis), rf, ru, renews, std::move(dependsOn)});
  };

  switch (s.phase) {
    case Standing::Phase::StartUnknown: break;
    case Standing::Phase::NotYet:
      ans.summary.push_back(
          m->acceded ? fact(FactKind::SummaryAccedesOn).with("party", Verbatim{ans.partyName}).with("date", from)
                     : fact(FactKind::SummaryNotYetInForce).with("start", t.startReason));
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
          addReason(*c, fact(FactKind::BasisFirstAfterStart).with("duration", *c->appliesFor), from, limit, false);
          continue;
        }
        addReason(*c, fact(FactKind::BasisInForce), from, until, renews, dependsOn);
      }
      Fact inForce = fact(FactKind::SummaryInForce).with("date", d);
      if (ans.period) {
        inForce.with("n", *ans.periodIndex).with("from", ans.period->from);
        if (ans.period->until) inForce.with("until", *ans.period->until).with("last", ans.period->until->plusDays(-1));
      }
      if (ans.reasons.empty()) inForce.with("noClauseFor", Verbatim{ans.partyName});
      ans.summary.push_back(std::move(inForce));
      for (auto& f : bindsAgain(standing, ans, d, until)) ans.summary.push_back(std::move(f));
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
                              : survivalBasis(*c->survival, *s.endDate, s.left ? ans.partyName : ""),
                  c->afterEnd ? *s.endDate : from, until, false, awaiting);
        // "for 5 years after the end" with the end in 9999: it binds to the calendar's end.
        if (!until && c->survival && c->survival->period) ans.reasons.back().untilBeyondCalendar = true;
        if (!c->appliesIn.empty()) narrowToWindow(ans.reasons.back(), standing, *c, d);
      }
      if (s.phase == Standing::Phase::Uncertain) {
        Fact depends = fact(FactKind::SummaryDepends)
                           .with("date", d)
                           .with("event", EventKindRef{t.uncertain->event})
                           .with("reason", t.uncertain->reason);
        if (!ans.reasons.empty()) depends.with("eitherWayFor", Verbatim{ans.partyName});
        ans.summary.push_back(std::move(depends));
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
      const Verbatim who{ans.partyName};
      Fact binds = !ans.survivingOnly ? fact(FactKind::NoClauseSurvivesFor).with("party", who)
                   : afterEnd         ? fact(FactKind::OnlySurvivingAndAfterEndBind).with("party", who)
                                      : fact(FactKind::OnlySurvivingBind).with("party", who);
      if (s.left) {
        Fact goesOn =
            !s.inForce   ? fact(FactKind::OthersDependOn).with("event", EventKindRef{t.uncertain->event})
            : *s.inForce ? fact(FactKind::OthersGoOn)
                         : fact(FactKind::AgreementItselfEnded).with("date", t.end->date).with("reason", t.end->reason);
        ans.summary.push_back(fact(FactKind::SummaryLeft)
                                  .with("party", who)
                                  .with("standing", standingFact(ans.standing))
                                  .with("date", *s.endDate)
                                  .with("reason", standing.partyEndReason()));
        ans.summary.push_back(std::move(goesOn));
        ans.summary.push_back(std::move(binds));
        break;
      }
      Fact ended = (m->until && *m->until == *s.endDate) ? fact(FactKind::SummaryPartyLeftOn).with("party", who)
                                                         : fact(FactKind::SummaryEnded);
      ans.summary.push_back(std::move(ended).with("date", *s.endDate).with("reason", standing.partyEndReason()));
      auto again = survivesAgain(standing, ans, d, *s.endDate);
      if (!ans.survivingOnly && !again.empty())
        binds = fact(FactKind::NoSurvivingBindsOn).with("party", who).with("date", d);
      ans.summary.push_back(std::move(binds));
      for (auto& f : again) ans.summary.push_back(std::move(f));
      break;
    }
  }
  return ans;
}

}  // namespace agree::runtime
