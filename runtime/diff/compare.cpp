#include "cite.h"
#include <algorithm>
#include <map>
#include <set>

#include "deadlines.h"
#include "diff/describe.h"
#include "diff/diff.h"
#include "report/fact_json.h"
#include "standing.h"
#include "time/duration.h"
#include "timeline.h"

namespace agree::diff {

namespace {

constexpr long long kMaxHorizonDays = 200 * 366;  // a timeline comparison never runs unbounded

using runtime::Fact;
using runtime::fact;
using runtime::FactKind;

// Two facts are the same when they have the same kind and arguments (an absent one is null).
std::string key(const Fact& f) { return runtime::factJson(f).dump(); }

// The fields whose values differ, matched by name: those of `before` in its order, then the
// new ones of `after`.
std::vector<FieldChange> compareFields(const Fields& before, const Fields& after) {
  std::vector<FieldChange> out;
  std::map<std::string, const Field*> b, a;
  for (const auto& f : before) b.emplace(key(f.name), &f);
  for (const auto& f : after) a.emplace(key(f.name), &f);
  std::vector<const Field*> order;
  for (const auto& f : before) order.push_back(&f);
  for (const auto& f : after) {
    if (!b.count(key(f.name))) order.push_back(&f);
  }
  for (const auto* f : order) {
    auto k = key(f->name);
    Fact vb = b.count(k) ? b[k]->value : Fact(), va = a.count(k) ? a[k]->value : Fact();
    if (key(vb) != key(va)) out.push_back(FieldChange{f->name, vb, va});
  }
  return out;
}

bool sameFields(const Fields& x, const Fields& y) { return compareFields(x, y).empty() && x.size() == y.size(); }

// The text without a leading copy of the clause's own number ("16.2 De Overeenkomst ...").
std::string withoutNumber(const std::string& text, const std::string& id) {
  if (text.compare(0, id.size(), id) == 0 && (text.size() == id.size() || text[id.size()] == ' ')) {
    return text.substr(std::min(text.size(), id.size() + 1));
  }
  return text;
}

void compareClauses(const model::Agreement& a, const model::Agreement& b, AgreementDiff& out) {
  std::vector<const model::Clause*> removed, added;
  for (const auto& c : a.clauses) {
    const auto* other = b.findClause(c.id);
    if (!other) {
      removed.push_back(&c);
      continue;
    }
    ClauseChange change{
        ClauseChange::Kind::Changed, c.id, "", compareFields(describeClause(a, c), describeClause(b, *other)), {}};
    if (c.text != other->text) change.text = diffWords(c.text, other->text);
    if (!change.fields.empty() || !change.text.empty()) out.clauses.push_back(std::move(change));
  }
  for (const auto& c : b.clauses) {
    if (!a.findClause(c.id)) added.push_back(&c);
  }
  // A removed and an added clause with the same content (text without its number, every
  // field) are one clause renumbered.
  for (auto r = removed.begin(); r != removed.end();) {
    auto match = std::find_if(added.begin(), added.end(), [&](const model::Clause* x) {
      return withoutNumber((*r)->text, (*r)->id) == withoutNumber(x->text, x->id) &&
             sameFields(describeClause(a, **r), describeClause(b, *x));
    });
    if (match == added.end()) {
      ++r;
      continue;
    }
    out.clauses.push_back(ClauseChange{ClauseChange::Kind::Renumbered, (*r)->id, (*match)->id, {}, {}});
    added.erase(match);
    r = removed.erase(r);
  }
  for (const auto* c : removed) {
    out.clauses.push_back(
        ClauseChange{ClauseChange::Kind::Removed, c->id, "", {}, {TextSegment{TextSegment::Kind::Removed, c->text}}});
  }
  for (const auto* c : added) {
    out.clauses.push_back(ClauseChange{ClauseChange::Kind::Added,
                                       c->id,
                                       "",
                                       compareFields({}, describeClause(b, *c)),
                                       {TextSegment{TextSegment::Kind::Added, c->text}}});
  }
}

void compareParties(const model::Agreement& a, const model::Agreement& b, AgreementDiff& out) {
  for (const auto& p : a.parties) {
    const auto* other = b.findParty(p.id);
    if (!other) {
      out.parties.push_back(PartyChange{PartyChange::Kind::Removed, p.id, p.name, {}});
      continue;
    }
    auto fields = compareFields(describeParty(a, p), describeParty(b, *other));
    if (!fields.empty()) out.parties.push_back(PartyChange{PartyChange::Kind::Changed, p.id, other->name, fields});
  }
  for (const auto& p : b.parties) {
    if (!a.findParty(p.id)) {
      out.parties.push_back(
          PartyChange{PartyChange::Kind::Added, p.id, p.name, compareFields({}, describeParty(b, p))});
    }
  }
  // Groups by id, in id order: name and members.
  auto groups = [](const model::Agreement& x) {
    std::map<std::string, Fact> m;
    for (const auto& g : x.groups) {
      std::string s;
      for (const auto& id : g.members) s += (s.empty() ? "" : ", ") + id;
      m[g.id] = fact(FactKind::DiffGroup).with("name", runtime::Verbatim{g.name}).with("members", runtime::Verbatim{s});
    }
    return m;
  };
  // Bodies that are not parties (an algemeen bestuur): name and notes.
  auto bodies = [](const model::Agreement& x) {
    std::map<std::string, Fact> m;
    for (const auto& y : x.bodies) {
      std::string s;
      for (const auto& n : y.notes) s += (s.empty() ? "" : "; ") + n;
      Fact f = fact(FactKind::DiffBody).with("name", runtime::Verbatim{y.name});
      if (!s.empty()) f.with("notes", runtime::Verbatim{s});
      m[y.id] = f;
    }
    return m;
  };
  auto fields = [](const std::map<std::string, Fact>& m, FactKind kind) {
    Fields f;
    for (const auto& [id, v] : m) f.push_back({fact(kind).with("id", runtime::Verbatim{id}), v});
    return f;
  };
  for (auto& c :
       compareFields(fields(groups(a), FactKind::DiffFieldGroup), fields(groups(b), FactKind::DiffFieldGroup)))
    out.groups.push_back(std::move(c));
  for (auto& c : compareFields(fields(bodies(a), FactKind::DiffFieldBody), fields(bodies(b), FactKind::DiffFieldBody)))
    out.groups.push_back(std::move(c));
}

// How a party stands on a day (a DiffStanding* kind), for comparing two versions.
FactKind standing(const runtime::PartyStanding* s, Date d) {
  if (!s || !s->membership()) return FactKind::DiffStandingNotAParty;
  auto st = s->at(d);
  switch (st.phase) {
    case runtime::Standing::Phase::StartUnknown: return FactKind::DiffStandingStartUnknown;
    case runtime::Standing::Phase::NotYet: return FactKind::DiffStandingNotYet;
    case runtime::Standing::Phase::InForce:
      return st.verdict == runtime::Verdict::Yes ? FactKind::DiffStandingInForce
                                                 : FactKind::DiffStandingInForceNoClause;
    case runtime::Standing::Phase::Uncertain:
      return st.verdict == runtime::Verdict::Yes ? FactKind::DiffStandingSurvivingOrInForce
                                                 : FactKind::DiffStandingDepends;
    case runtime::Standing::Phase::Ended:
      return st.survivingOnly ? FactKind::DiffStandingSurvivingOnly : FactKind::DiffStandingNotBound;
  }
  return FactKind::None;
}

// The last day to give notice under each "before term end" rule, per term period: the period
// end - the notice period (time::subtract, the rule agenda() and a scenario's notice use).
// Keyed by clause and period end, so a day is compared with the day for the same period.
// As in the agenda: no day for the last period of a term with a limited number of renewals
// (it ends anyway), none after the agreement's end. Every period that starts before the
// horizon, and any later one whose day still falls before it; the caller drops pairs that
// lie wholly past the horizon. A clause with two rules keeps the earlier day.
using NoticeKey = std::pair<std::string, Date>;

std::map<NoticeKey, Date> noticeDays(const runtime::Timeline& t, Date horizon) {
  std::map<NoticeKey, Date> out;
  // Against the end of a calendar year (quarter, month): each end whose day lies before the horizon.
  for (const auto& n : t.agreement->notices) {
    if (!t.start || !n.calendar || n.calendar->rule != model::CalendarAnchor::Rule::BeforeEnd) continue;
    int months = n.calendar->months();
    for (auto end = time::calendarPeriodEnd(*t.start, months); !end.outOfRange;
         end = time::addMonths(end.date, months)) {
      if (t.end && end.date > t.end->date) break;
      Date day = time::subtract(end.date, n.period).date;
      if (!(day < horizon)) break;
      if (day < *t.start) continue;
      auto [it, fresh] = out.emplace(NoticeKey{n.clause, end.date}, day);
      if (!fresh && day < it->second) it->second = day;
    }
  }
  if (!t.chain) return out;
  for (const auto& n : t.agreement->notices) {
    if (!n.beforeTermEnd) continue;
    Date previous = t.chain->start;
    for (long long k = 1;; ++k) {
      if (t.maxPeriods && k >= *t.maxPeriods) break;
      Date end = t.chain->endOf(k).date;
      if (end <= previous || (t.end && end > t.end->date)) break;  // saturated, or ended
      Date day = time::subtract(end, n.period).date;
      if (!(previous < horizon) && !(day < horizon)) break;
      previous = end;
      auto [it, fresh] = out.emplace(NoticeKey{n.clause, end}, day);
      if (!fresh && day < it->second) it->second = day;
    }
  }
  return out;
}

void compareNoticeDays(const runtime::Timeline& ta, const runtime::Timeline& tb, AgreementDiff& out) {
  auto na = noticeDays(ta, out.horizon), nb = noticeDays(tb, out.horizon);
  std::set<NoticeKey> keys;
  for (const auto& [k, v] : na) keys.insert(k);
  for (const auto& [k, v] : nb) keys.insert(k);
  for (const auto& key : keys) {
    auto a = na.find(key), b = nb.find(key);
    bool inA = a != na.end(), inB = b != nb.end();
    if ((!inA || !(a->second < out.horizon)) && (!inB || !(b->second < out.horizon))) continue;
    if (inA && inB && a->second == b->second) continue;
    auto kind = inA && inB ? DeadlineChange::Kind::Moved
                : inA      ? DeadlineChange::Kind::Disappeared
                           : DeadlineChange::Kind::Appeared;
    out.deadlines.push_back(
        DeadlineChange{kind, key.first, inA ? a->second.iso() : "", inB ? b->second.iso() : "", key.second});
  }
}

void compareTimelines(const runtime::Timeline& ta, const runtime::Timeline& tb, AgreementDiff& out) {
  // Term periods: the ends up to the horizon.
  auto ends = [&](const runtime::Timeline& t) {
    std::vector<Date> v;
    if (!t.chain) return v;
    for (long long n = 1; n <= 2000; ++n) {
      if (t.maxPeriods && n > *t.maxPeriods) break;
      Date e = t.chain->endOf(n).date;
      if (e > out.horizon || (t.end && e > t.end->date)) break;
      v.push_back(e);
    }
    return v;
  };
  auto ea = ends(ta), eb = ends(tb);
  if (ea != eb) {
    // The first 8 ends of each, "-" where one has fewer, "..." when there are more.
    std::vector<Fact> sa, sb;
    auto item = [](const std::vector<Date>& v, std::size_t i) {
      return i < v.size() ? fact(FactKind::DiffDate).with("date", v[i]) : fact(FactKind::DiffDash);
    };
    for (std::size_t i = 0; i < std::max(ea.size(), eb.size()) && i < 8; ++i) {
      sa.push_back(item(ea, i));
      sb.push_back(item(eb, i));
    }
    if (std::max(ea.size(), eb.size()) > 8) {
      sa.push_back(fact(FactKind::DiffMore));
      sb.push_back(fact(FactKind::DiffMore));
    }
    auto list = [](const std::vector<Fact>& items) {
      Fact rest;
      for (auto i = items.rbegin(); i != items.rend(); ++i)
        rest = fact(FactKind::DiffCommaList).with("first", *i).with("rest", rest);
      return rest;
    };
    out.term.push_back(
        FieldChange{fact(FactKind::DiffFieldPeriodEnds).with("horizon", out.horizon), list(sa), list(sb)});
  }
  auto end = [](const runtime::Timeline& t) {
    return t.end ? fact(FactKind::DiffDate).with("date", t.end->date) : fact(FactKind::DiffNone);
  };
  if (key(end(ta)) != key(end(tb))) out.term.push_back(FieldChange{fact(FactKind::DiffFieldEnd), end(ta), end(tb)});

  // bound, day by day: a few thousand days x parties, cheap with PartyStanding.
  std::vector<std::string> parties;
  for (const auto& m : ta.members) parties.push_back(m.party);
  for (const auto& m : tb.members) {
    if (std::find(parties.begin(), parties.end(), m.party) == parties.end()) parties.push_back(m.party);
  }
  for (const auto& p : parties) {
    std::optional<runtime::PartyStanding> sa, sb;
    if (ta.member(p)) sa.emplace(ta, p);
    if (tb.member(p)) sb.emplace(tb, p);
    std::optional<BoundDifference> open;
    for (Date d = out.horizonFrom; d < out.horizon; d = d.plusDays(1)) {
      FactKind wa = standing(sa ? &*sa : nullptr, d), wb = standing(sb ? &*sb : nullptr, d);
      if (open && (wa != open->before.kind() || wb != open->after.kind())) {
        open->until = d;
        out.bound.push_back(*open);
        open.reset();
      }
      if (!open && wa != wb) open = BoundDifference{p, d, d, fact(wa), fact(wb)};
    }
    if (open) {
      open->until = out.horizon;
      out.bound.push_back(*open);
    }
  }

  // Clause deadlines up to the horizon, per clause in date order.
  auto dues = [&](const runtime::Timeline& t) {
    std::map<std::string, std::vector<std::string>> m;
    long long last = 0;
    if (t.chain) {
      if (auto n = t.chain->indexContaining(out.horizon)) last = std::min<long long>(*n, 2000);
    }
    for (const auto& d : runtime::dueDates(t, last)) {
      if (!d.due.empty() && d.due.substr(0, 10) < out.horizon.iso()) m[d.clause].push_back(d.due);
    }
    for (auto& [k, v] : m) std::sort(v.begin(), v.end());
    return m;
  };
  auto da = dues(ta), db = dues(tb);
  std::set<std::string> clauses;
  for (const auto& [k, v] : da) clauses.insert(k);
  for (const auto& [k, v] : db) clauses.insert(k);
  for (const auto& c : clauses) {
    const auto& va = da[c];
    const auto& vb = db[c];
    if (va == vb) continue;
    if (va.size() == vb.size()) {
      for (std::size_t i = 0; i < va.size(); ++i) {
        if (va[i] != vb[i])
          out.deadlines.push_back(DeadlineChange{DeadlineChange::Kind::Moved, c, va[i], vb[i], std::nullopt});
      }
      continue;
    }
    for (const auto& x : va) {
      if (std::find(vb.begin(), vb.end(), x) == vb.end()) {
        out.deadlines.push_back(DeadlineChange{DeadlineChange::Kind::Disappeared, c, x, "", std::nullopt});
      }
    }
    for (const auto& x : vb) {
      if (std::find(va.begin(), va.end(), x) == va.end()) {
        out.deadlines.push_back(DeadlineChange{DeadlineChange::Kind::Appeared, c, "", x, std::nullopt});
      }
    }
  }
  compareNoticeDays(ta, tb, out);
}

// The scenario with the event that starts the agreement added on `day` (a signing for `start
// on signing`), before any other event of that day: the simulation then starts it there.
model::Scenario withStartOn(const model::Agreement& a, const model::Scenario* s, Date day) {
  model::Scenario out = s ? *s : model::Scenario{};
  if (!s) out.id = "assumed start";
  model::Event e;
  e.date = day;
  e.kind = a.start.kind == model::Start::Kind::OnEvent ? a.start.event : "signing";
  e.note = "assumed start";
  auto at = std::find_if(out.events.begin(), out.events.end(), [&](const model::Event& x) { return !(x.date < day); });
  out.events.insert(at, e);
  return out;
}

// Fixes the assumed start (see AssumedStart) and re-simulates the versions whose start is
// unknown from it. Only the option assumes a start when one version's start is known: the
// change from an unknown to a known start is then itself what the timeline shows.
void assumeStart(const model::Agreement& a, const model::Agreement& b, const model::Scenario* sa,
                 const model::Scenario* sb, std::optional<Date> option, runtime::Timeline& ta, runtime::Timeline& tb,
                 model::Scenario& xa, model::Scenario& xb, AgreementDiff& out) {
  if (ta.start && tb.start) return;
  if (!option && (ta.start || tb.start)) return;
  AssumedStart as;
  Fact unknown;
  if (!ta.start && !tb.start) {
    unknown = key(ta.startReason) == key(tb.startReason)
                  ? fact(FactKind::DiffStartUnknownBoth).with("reason", ta.startReason)
                  : fact(FactKind::DiffStartUnknownEach).with("old", ta.startReason).with("new", tb.startReason);
  } else {
    unknown = ta.start ? fact(FactKind::DiffStartUnknownNew).with("reason", tb.startReason)
                       : fact(FactKind::DiffStartUnknownOld).with("reason", ta.startReason);
  }
  if (option) {
    as.date = option;
    as.rule = "option";
  } else if (tb.signedOn) {
    as.date = tb.signedOn;
    as.rule = "signing date of new";
  } else if (ta.signedOn) {
    as.date = ta.signedOn;
    as.rule = "signing date of old";
  } else {
    as.rule = "none";
    as.reason = fact(FactKind::DiffStartNotAssumed).with("unknown", unknown);
    out.assumedStart = as;
    return;
  }
  Fact source = fact(as.rule == "option"                ? FactKind::DiffSourceOption
                     : as.rule == "signing date of new" ? FactKind::DiffSourceSigningNew
                                                        : FactKind::DiffSourceSigningOld);
  as.reason = fact(FactKind::DiffStartAssumed).with("unknown", unknown);
  if (!ta.start && !tb.start) as.reason.with("both", 1LL);
  as.reason.with("date", *as.date).with("source", source);
  if (!ta.start) {
    xa = withStartOn(a, sa, *as.date);
    ta = runtime::simulate(a, &xa);
  }
  if (!tb.start) {
    xb = withStartOn(b, sb, *as.date);
    tb = runtime::simulate(b, &xb);
  }
  out.assumedStart = as;
}

}  // namespace

AgreementDiff compare(const model::Agreement& a, const model::Agreement& b, const model::Scenario* sa,
                      const model::Scenario* sb, std::optional<Date> horizon, std::optional<Date> assumedStart) {
  AgreementDiff out;
  out.header = compareFields(describeHeader(a), describeHeader(b));
  compareParties(a, b, out);
  compareClauses(a, b, out);
  model::Scenario xa, xb;  // the scenarios with an assumed start
  auto ta = runtime::simulate(a, sa), tb = runtime::simulate(b, sb);
  assumeStart(a, b, sa, sb, assumedStart, ta, tb, xa, xb, out);
  std::optional<Date> from;
  for (const auto* t : {&ta, &tb}) {
    if (t->start && (!from || *t->start < *from)) from = t->start;
  }
  out.horizonFrom = from ? *from : Date::min();
  // Default: 30 years after the later start.
  Date later = out.horizonFrom;
  for (const auto* t : {&ta, &tb}) {
    if (t->start && *t->start > later) later = *t->start;
  }
  out.horizon = horizon ? *horizon : time::addMonths(later, 360).date;
  if (out.horizonFrom.daysUntil(out.horizon) > kMaxHorizonDays) out.horizon = out.horizonFrom.plusDays(kMaxHorizonDays);
  out.timelineCompared = from.has_value();
  if (from) compareTimelines(ta, tb, out);
  return out;
}

}  // namespace agree::diff
