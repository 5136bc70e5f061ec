#include <fmt/format.h>

#include "cite.h"
#include "report/fact_json.h"
#include "report/report.h"
#include "source/printable.h"
#include "words/say.h"

namespace agree::runtime {

using json = nlohmann::ordered_json;

namespace {

Fact interval(const Reason& r) {
  if (!r.until && !r.untilDependsOn.empty()) {
    return fact(FactKind::IntervalUntilEvent).with("from", r.from).with("event", EventKindRef{r.untilDependsOn});
  }
  if (!r.until && r.untilBeyondCalendar) return fact(FactKind::IntervalBeyondCalendar).with("from", r.from);
  if (!r.until) return fact(FactKind::IntervalOpen).with("from", r.from);
  if (!r.untilDependsOn.empty()) {
    return fact(FactKind::IntervalMinimum)
        .with("from", r.from)
        .with("until", *r.until)
        .with("last", r.until->plusDays(-1))
        .with("event", EventKindRef{r.untilDependsOn});
  }
  Fact f = fact(FactKind::Interval).with("from", r.from).with("until", *r.until).with("last", r.until->plusDays(-1));
  if (r.untilRenews) f.with("renews", 1LL);
  return f;
}

Fact verdictFact(Verdict v) {
  switch (v) {
    case Verdict::Yes: return fact(FactKind::VerdictYes);
    case Verdict::No: return fact(FactKind::VerdictNo);
    case Verdict::Depends: return fact(FactKind::VerdictDepends);
  }
  return {};
}

// Who can act: a party by its id; others (any party, a group by decision) in words.
template <typename Say>
json byJson(const Fact& by, const Say& say) {
  if (by.kind() == FactKind::PartyName) {
    if (const auto* p = std::get_if<PartyRef>(by.arg("party"))) return p->id;
  }
  return by ? json(say(by)) : json("");
}

json facts(const std::vector<Fact>& list) {
  json out = json::array();
  for (const auto& f : list) out.push_back(factJson(f));
  return out;
}

std::string firstWords(const std::string& text, std::size_t n) {
  std::string flat;
  for (char c : text) flat += (c == '\n' || c == '\t') ? ' ' : c;
  if (flat.size() <= n) return flat;
  std::size_t cut = flat.rfind(' ', n);
  if (cut == std::string::npos || cut < n / 2) cut = n;
  // Do not cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;
  return flat.substr(0, cut) + " ...";
}

json date(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }
json lastDay(const std::optional<Date>& d) { return d ? json(d->plusDays(-1).iso()) : json(nullptr); }

}  // namespace

std::string summaryText(const BoundAnswer& ans, const Timeline& t, words::Lang lang) {
  std::string out;
  for (const auto& part : ans.summary) out += (out.empty() ? "" : "; ") + words::say(part, *t.agreement, lang);
  return out;
}

std::string boundText(const BoundAnswer& ans, const Timeline& t, words::Lang lang) {
  const auto& a = *t.agreement;
  auto say = [&](const Fact& f) { return words::say(f, a, lang); };
  std::string out;
  out += say(fact(FactKind::BoundQuestion)
                 .with("party", Verbatim{ans.partyName})
                 .with("date", ans.date)
                 .with("verdict", verdictFact(ans.verdict))) +
         "\n";
  out += "  " + summaryText(ans, t, lang) + "\n";
  Fact agreement = fact(FactKind::ReportAgreement).with("title", Verbatim{a.title.empty() ? a.id : a.title});
  if (!t.scenarioId.empty()) agreement.with("scenario", Verbatim{t.scenarioId});
  out += "  " + say(agreement) + "\n";
  out += "  " + say(fact(FactKind::ReportStart).with("start", t.startReason)) + "\n";
  Fact state = !ans.inForce   ? fact(FactKind::StateDepends)
               : *ans.inForce ? fact(FactKind::StateYes)
                              : fact(FactKind::StateNo);
  bool left = ans.standing == "withdrawn" || ans.standing == "expelled";
  // A party that left: the agreement's own state, and what still binds the party.
  Fact note = ans.survivingOnly ? fact(FactKind::NoteSurvivingOnly) : Fact{};
  if (left && ans.inForce != false) {
    note = fact(FactKind::NoteForOthers);
    if (ans.survivingOnly) note.with("survivingFor", Verbatim{ans.partyName});
  }
  out +=
      "  " + say(fact(FactKind::ReportInForce).with("date", ans.date).with("state", state).with("note", note)) + "\n";
  if (ans.standing != "party") {
    Fact standing = fact(FactKind::ReportStanding)
                        .with("party", Verbatim{ans.partyName})
                        .with("standing", standingFact(ans.standing));
    if (ans.standingSince) standing.with(ans.standing == "not yet a party" ? "joins" : "since", *ans.standingSince);
    standing.with("reason", ans.standingReason);
    out += "  " + say(standing) + "\n";
  }
  // Quoted clause ids ("Bijlage 2, 3.3") are long: the column is as wide as the longest.
  std::size_t width = 6;
  for (const auto& r : ans.reasons) width = std::max(width, r.clause->id.size());
  for (const auto* c : ans.ifInForce) width = std::max(width, c->id.size());
  std::string indent(width + 5, ' ');
  if (!ans.reasons.empty()) {
    out += "\n" + say(fact(FactKind::HeadingBinding)) + "\n";
    for (const auto& r : ans.reasons) {
      out += fmt::format("  art. {:<{}} {:<11} {}; {}\n", r.clause->id, width,
                         words::clauseKindWords(r.clause->kind, lang), say(r.basis), say(interval(r)));
      out += indent + "\"" + firstWords(r.clause->text, 90) + "\"\n";
    }
  }
  if (!ans.ifInForce.empty()) {
    out += "\n" + say(fact(FactKind::HeadingIfInForce).with("date", ans.date)) + "\n";
    for (const auto* c : ans.ifInForce) {
      out += fmt::format("  art. {:<{}} {}\n", c->id, width, words::clauseKindWords(c->kind, lang));
      out += indent + "\"" + firstWords(c->text, 90) + "\"\n";
    }
  }
  if (!ans.caveats.empty()) {
    out += "\n" + say(fact(FactKind::HeadingCaveats)) + "\n";
    for (const auto& c : ans.caveats) out += "  - " + say(c) + "\n";
  }
  if (!ans.couldChange.empty()) {
    out += "\n" + say(fact(FactKind::HeadingCouldChange)) + "\n";
    for (const auto& c : ans.couldChange) {
      out += std::string("  - ") + (c.changesAnswer ? "" : say(fact(FactKind::NextExit))) + say(c.effect) + "\n";
    }
  }
  return source::printable(out);
}

json boundJson(const BoundAnswer& ans, const Timeline& t, words::Lang lang) {
  const auto& a = *t.agreement;
  auto say = [&](const Fact& f) { return words::say(f, a, lang); };
  json j;
  j["lang"] = words::langCode(lang);
  j["party"] = ans.party;
  j["party_name"] = ans.partyName;
  j["date"] = ans.date.iso();
  j["agreement"] = t.agreement->id;
  j["scenario"] = t.scenarioId.empty() ? json(nullptr) : json(t.scenarioId);
  j["verdict"] = verdictName(ans.verdict);
  j["in_force"] = ans.inForce ? json(*ans.inForce) : json(nullptr);
  j["surviving_only"] = ans.survivingOnly;
  j["summary"] = summaryText(ans, t, lang);
  j["summary_facts"] = facts(ans.summary);
  j["standing"] = json{{"status", ans.standing},
                       {"since", date(ans.standingSince)},
                       {"reason", ans.standingReason ? json(say(ans.standingReason)) : json(nullptr)},
                       {"reason_fact", factJson(ans.standingReason)}};
  if (ans.period) {
    j["period"] = json{{"index", *ans.periodIndex},
                       {"from", ans.period->from.iso()},
                       {"until", date(ans.period->until)},
                       {"last_day", lastDay(ans.period->until)}};
  } else {
    j["period"] = nullptr;
  }
  json reasons = json::array();
  for (const auto& r : ans.reasons) {
    reasons.push_back(json{{"clause", r.clause->id},
                           {"article", r.clause->article},
                           {"kind", model::clauseKindName(r.clause->kind)},
                           {"basis", say(r.basis)},
                           {"basis_fact", factJson(r.basis)},
                           {"from", r.from.iso()},
                           {"until", date(r.until)},
                           {"last_day", lastDay(r.until)},
                           {"until_renews", r.untilRenews},
                           {"until_beyond_calendar", r.untilBeyondCalendar},
                           {"until_depends_on", r.untilDependsOn.empty() ? json(nullptr) : json(r.untilDependsOn)},
                           {"text", r.clause->text}});
  }
  j["reasons"] = reasons;
  json ifInForce = json::array();
  for (const auto* c : ans.ifInForce) {
    ifInForce.push_back(
        json{{"clause", c->id}, {"article", c->article}, {"kind", model::clauseKindName(c->kind)}, {"text", c->text}});
  }
  j["if_in_force"] = ifInForce;
  json caveats = json::array();
  for (const auto& c : ans.caveats) caveats.push_back(say(c));
  j["caveats"] = caveats;
  j["caveat_facts"] = facts(ans.caveats);
  if (const auto& e = ans.evaluation) {
    j["pending_evaluation"] = json{{"event", e->event},
                                   {"outcome", e->outcome.empty() ? json(nullptr) : json(e->outcome)},
                                   {"clause", e->clause},
                                   {"for_period", e->forPeriod},
                                   {"due", e->due.iso()},
                                   {"due_basis", say(e->dueBasis)},
                                   {"renewal_on", e->renewalOn.iso()},
                                   {"without_it", e->renewsWithout ? "renews" : "depends"},
                                   {"text", say(e->text)},
                                   {"text_fact", factJson(e->text)}};
  } else {
    j["pending_evaluation"] = nullptr;
  }
  json changes = json::array();
  for (const auto& c : ans.couldChange) {
    changes.push_back(
        json{{"action", c.action},
             {"by", byJson(c.by, say)},
             {"clause", c.clause},
             {"latest", date(c.latest)},
             {"latest_safe", date(c.latestSafe)},
             {"latest_is_working_day", c.latestIsWorkingDay ? json(*c.latestIsWorkingDay) : json(nullptr)},
             {"changes_answer", c.changesAnswer},
             {"effect", say(c.effect)},
             {"effect_fact", factJson(c.effect)}});
  }
  j["could_change"] = changes;
  json rejected = json::array();
  for (const auto& e : ans.rejectedEvents) {
    rejected.push_back(
        json{{"date", e.event.date.iso()},
             {"kind", e.event.kind},
             {"by", e.event.by},
             {"under", e.event.under},
             {"reason", say(e.effect)},
             {"reason_fact", factJson(e.effect)},
             {"source", fmt::format("{}:{}:{}", e.event.where.file, e.event.where.line, e.event.where.column)}});
  }
  j["rejected_events"] = rejected;
  return j;
}

}  // namespace agree::runtime
