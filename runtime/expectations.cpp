#include "expectations.h"

#include <algorithm>
#include <memory>

#include "agenda.h"
#include "bound.h"
#include "timeline.h"
#include "violations.h"

namespace agree::runtime {

namespace {

using Kind = model::Expectation::Kind;
using time::Date;

// Whether `id` names the clause: its own id, or the article it belongs to.
bool names(const std::string& id, const model::Agreement& a, const std::string& clause) {
  if (id == clause) return true;
  const auto* c = a.findClause(clause);
  return c && c->article == id;
}

model::Expectation claim(Kind kind, const model::Expectation& asked) {
  model::Expectation c;
  c.kind = kind;
  c.party = asked.party;
  c.date = asked.date;
  return c;
}

// How the timeline's end came about, as an expectation names its cause: "term" when the term
// runs out (or is not renewed for want of an evaluation ...: then that event), else the act.
std::string endCause(const Timeline& t) {
  const Fact& why = t.end->reason;
  auto eventArg = [&]() -> std::string {
    if (const auto* v = why.arg("event"); v && std::holds_alternative<EventKindRef>(*v))
      return std::get<EventKindRef>(*v).kind;
    return "";
  };
  switch (why.kind()) {
    case FactKind::NoticeInTime:
    case FactKind::NoticeAfterDate:
    case FactKind::NoticeLateNextPeriod:
    case FactKind::CalendarNoticeInTime:
    case FactKind::CalendarNoticeLate:
    case FactKind::CalendarNoticeFromEnd: return "notice";
    case FactKind::TerminatedBy: return "terminate";
    case FactKind::DissolvedBy: return "dissolve";
    case FactKind::FewerThanTwoLeft: {
      // The last but one party left: withdrew, or was expelled (Membership says which).
      if (const auto* v = why.arg("party"); v && std::holds_alternative<PartyRef>(*v)) {
        const auto* m = t.member(std::get<PartyRef>(*v).id);
        if (m && m->expelled) return "expel";
      }
      return "withdraw";
    }
    case FactKind::EndingEventEnds:
    case FactKind::ClosingEventEndsTerm: return eventArg();
    case FactKind::NotRenewedAfter:
    case FactKind::NotRenewedWithout: return t.agreement->renewal ? t.agreement->renewal->event.kind : "term";
    default: return "term";
  }
}

void askBound(const Timeline& t, const model::Expectation& e, ExpectationResult& r) {
  if (!t.member(e.party)) {
    r.problem = {"`" + e.party + "` is not a party in this scenario",
                 "`" + e.party + "` is geen partij in dit scenario"};
    return;
  }
  auto answer = bound(t, e.party, e.date);
  r.why = answer.summary;
  if (answer.verdict == Verdict::Depends) {
    r.depends = true;
    if (t.uncertain) {
      r.dependsOn = t.uncertain->event;
      r.dependsFrom = t.uncertain->from;
    }
    return;
  }
  const bool isBound = answer.verdict == Verdict::Yes;
  auto actual = claim(isBound ? Kind::Bound : Kind::NotBound, e);
  for (const auto& reason : answer.reasons) {
    if (std::find(actual.articles.begin(), actual.articles.end(), reason.clause->id) == actual.articles.end())
      actual.articles.push_back(reason.clause->id);
  }
  if (e.kind == Kind::NotBound) {
    r.passed = !isBound;
  } else {
    r.passed = isBound && std::all_of(e.articles.begin(), e.articles.end(), [&](const std::string& id) {
                 return std::any_of(actual.articles.begin(), actual.articles.end(),
                                    [&](const std::string& c) { return names(id, *t.agreement, c); });
               });
  }
  r.actual.push_back(std::move(actual));
}

void askInForce(const Timeline& t, const model::Expectation& e, ExpectationResult& r) {
  // Whether the agreement itself is in force does not depend on the party asked about (it stays
  // in force for the others when one leaves): ask about the first party.
  auto answer = bound(t, t.members.front().party, e.date);
  r.why = answer.summary;
  if (!answer.inForce) {
    r.depends = true;
    if (t.uncertain) {
      r.dependsOn = t.uncertain->event;
      r.dependsFrom = t.uncertain->from;
    }
    return;
  }
  r.actual.push_back(claim(*answer.inForce ? Kind::InForce : Kind::NotInForce, e));
  r.passed = *answer.inForce == (e.kind == Kind::InForce);
}

void askEnd(const Timeline& t, const model::Expectation& e, ExpectationResult& r) {
  if (t.end) {
    auto actual = claim(Kind::Ends, e);
    actual.date = t.end->date;
    actual.cause = endCause(t);
    if (!t.end->clause.empty()) actual.articles.push_back(t.end->clause);
    r.why.push_back(t.end->reason);
    switch (e.kind) {
      case Kind::Ends:
        r.passed = t.end->date == e.date && actual.cause == e.cause &&
                   (e.articles.empty() || names(e.articles.front(), *t.agreement, t.end->clause));
        break;
      case Kind::EndsNotBefore: r.passed = e.date <= t.end->date && !(t.uncertain && t.uncertain->from < e.date); break;
      default: r.passed = false;
    }
    r.actual.push_back(std::move(actual));
    return;
  }
  if (t.uncertain) {
    r.depends = true;
    r.dependsOn = t.uncertain->event;
    r.dependsFrom = t.uncertain->from;
    r.why.push_back(t.uncertain->reason);
    // It may end from that day on, not before.
    r.passed = e.kind == Kind::EndsNotBefore && e.date <= t.uncertain->from;
    return;
  }
  r.actual.push_back(claim(Kind::EndsNever, e));
  r.passed = e.kind == Kind::EndsNever || e.kind == Kind::EndsNotBefore;
}

void askDue(const Timeline& t, const model::Expectation& e, ExpectationResult& r) {
  const std::string& id = e.articles.front();
  auto ofClause = [&](const AgendaItem& item) { return names(id, *t.agreement, item.clause); };
  for (const auto& item : agenda(t, e.date, e.date).items) {
    if (!ofClause(item)) continue;
    r.passed = true;
    r.why.push_back(item.rule);
    auto actual = claim(Kind::Due, e);
    actual.articles.push_back(item.clause);
    r.actual.push_back(std::move(actual));
    return;
  }
  // Not on that day: the clause's items nearest before and after it, within a year.
  const AgendaItem* before = nullptr;
  const AgendaItem* after = nullptr;
  auto window = agenda(t, e.date.plusDays(-366), e.date.plusDays(366));
  for (const auto& item : window.items) {
    if (!ofClause(item)) continue;
    if (item.date < e.date) before = &item;
    if (e.date < item.date && !after) after = &item;
  }
  for (const auto* item : {before, after}) {
    if (!item) continue;
    auto actual = claim(Kind::Due, e);
    actual.date = item->date;
    actual.articles.push_back(item->clause);
    r.actual.push_back(std::move(actual));
    r.why.push_back(item->rule);
  }
}

void askViolations(const Timeline& t, const model::Expectation& e, ExpectationResult& r) {
  auto found = compliance(t, e.date);
  for (const auto& v : found.violations) {
    bool seen = std::any_of(r.actual.begin(), r.actual.end(),
                            [&](const model::Expectation& a) { return a.articles.front() == v.clause; });
    if (e.kind == Kind::Violates && names(e.articles.front(), *t.agreement, v.clause)) r.passed = true;
    if (seen) continue;
    auto actual = claim(Kind::Violates, e);
    actual.articles.push_back(v.clause);
    r.actual.push_back(std::move(actual));
  }
  for (const auto& v : found.violations) {
    // The violations of the clause asked about explain it best; else the first few of any.
    if (e.kind == Kind::Violates && !names(e.articles.front(), *t.agreement, v.clause) && r.passed) continue;
    if (r.why.size() >= 3) break;
    r.why.push_back(v.detail);
  }
  if (found.violations.empty()) {
    r.actual.push_back(claim(Kind::ViolatesNothing, e));
    r.passed = e.kind == Kind::ViolatesNothing;
  }
}

}  // namespace

std::vector<ExpectationResult> checkExpectations(const model::Agreement& agreement,
                                                 const std::map<std::string, model::Scenario>& scenarioFiles) {
  // One timeline per scenario, simulated once however many expectations ask it.
  std::map<std::string, std::unique_ptr<Timeline>> timelines;
  auto timelineFor = [&](const model::Expectation& e) -> const Timeline* {
    const model::Scenario* scenario = nullptr;
    std::string key = "-";
    if (!e.scenarioPath.empty()) {
      auto it = scenarioFiles.find(e.scenarioPath);
      if (it == scenarioFiles.end()) return nullptr;
      scenario = &it->second;
      key = "file:" + e.scenarioPath;
    } else if (!e.scenario.empty()) {
      scenario = agreement.findScenario(e.scenario);
      if (!scenario) return nullptr;
      key = "name:" + e.scenario;
    }
    auto& slot = timelines[key];
    if (!slot) slot = std::make_unique<Timeline>(simulate(agreement, scenario));
    return slot.get();
  };

  std::vector<ExpectationResult> out;
  for (const auto& e : agreement.expectations) {
    ExpectationResult r;
    r.expectation = &e;
    const Timeline* t = timelineFor(e);
    if (!t) {
      r.problem = {"its scenario was not compiled", "het scenario is niet gecompileerd"};
    } else if (t->outOfRange) {
      r.why.push_back(t->outOfRange->message);
      r.problem = {"the timeline reaches beyond the calendar (art. " + t->outOfRange->clause + ")",
                   "de tijdlijn reikt voorbij de kalender (art. " + t->outOfRange->clause + ")"};
    } else {
      switch (e.kind) {
        case Kind::Bound:
        case Kind::NotBound: askBound(*t, e, r); break;
        case Kind::InForce:
        case Kind::NotInForce: askInForce(*t, e, r); break;
        case Kind::Ends:
        case Kind::EndsNotBefore:
        case Kind::EndsNever: askEnd(*t, e, r); break;
        case Kind::Due: askDue(*t, e, r); break;
        case Kind::Violates:
        case Kind::ViolatesNothing: askViolations(*t, e, r); break;
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace agree::runtime
