#include <fmt/format.h>

#include "cite.h"
#include "report/report.h"
#include "source/printable.h"

namespace agree::runtime {

using json = nlohmann::ordered_json;

namespace {

std::string interval(const Reason& r, const model::Agreement& a) {
  if (!r.until && !r.untilDependsOn.empty()) {
    return "from " + r.from.iso() + ", until " + model::eventKindLabel(a, r.untilDependsOn) +
           ", which has not happened";
  }
  if (!r.until && r.untilBeyondCalendar)
    return "from " + r.from.iso() + ", until after 9999-12-31 (beyond the calendar)";
  if (!r.until) return "from " + r.from.iso() + ", without end";
  if (!r.untilDependsOn.empty()) {
    return r.from.iso() + " .. at least " + r.until->iso() + " (the minimum term's last day " +
           r.until->plusDays(-1).iso() + "), then until " + model::eventKindLabel(a, r.untilDependsOn);
  }
  return r.from.iso() + " .. " + r.until->iso() + " (last day " + r.until->plusDays(-1).iso() + ")" +
         (r.untilRenews ? ", renews" : "");
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

std::string boundText(const BoundAnswer& ans, const Timeline& t) {
  std::string out;
  std::string verdict = ans.verdict == Verdict::Yes ? "YES" : ans.verdict == Verdict::No ? "NO" : "DEPENDS";
  out += fmt::format("Is {} bound on {}?  {}\n", ans.partyName, ans.date.iso(), verdict);
  out += "  " + ans.summary + "\n";
  out += fmt::format("  agreement: {}{}\n", t.agreement->title.empty() ? t.agreement->id : t.agreement->title,
                     t.scenarioId.empty() ? " (no scenario: nothing happens beyond what it fixes)"
                                          : " (scenario " + t.scenarioId + ")");
  out += "  start: " + say(t.startReason, *t.agreement) + "\n";
  std::string inForce = !ans.inForce ? "depends" : *ans.inForce ? "yes" : "no";
  bool left = ans.standing == "withdrawn" || ans.standing == "expelled";
  // A party that left: the agreement's own state, and what still binds the party.
  std::string note = ans.survivingOnly ? " (surviving clauses only)" : "";
  if (left && ans.inForce != false) {
    note = " (for the other parties" +
           (ans.survivingOnly ? "; only surviving clauses bind " + ans.partyName : std::string()) + ")";
  }
  out += "  in force on " + ans.date.iso() + ": " + inForce + note + "\n";
  if (ans.standing != "party") {
    out += "  " + ans.partyName + ": " + ans.standing +
           (!ans.standingSince                  ? ""
            : ans.standing == "not yet a party" ? ", joins on " + ans.standingSince->iso()
                                                : " since " + ans.standingSince->iso()) +
           (ans.standingReason.empty() ? "" : " (" + ans.standingReason + ")") + "\n";
  }
  // Quoted clause ids ("Bijlage 2, 3.3") are long: the column is as wide as the longest.
  std::size_t width = 6;
  for (const auto& r : ans.reasons) width = std::max(width, r.clause->id.size());
  for (const auto* c : ans.ifInForce) width = std::max(width, c->id.size());
  std::string indent(width + 5, ' ');
  if (!ans.reasons.empty()) {
    out += "\nBinding clauses:\n";
    for (const auto& r : ans.reasons) {
      out += fmt::format("  art. {:<{}} {:<11} {}; {}\n", r.clause->id, width, model::clauseKindName(r.clause->kind),
                         r.basis, interval(r, *t.agreement));
      out += indent + "\"" + firstWords(r.clause->text, 90) + "\"\n";
    }
  }
  if (!ans.ifInForce.empty()) {
    out += "\nBinding if the agreement is in force on " + ans.date.iso() + ":\n";
    for (const auto* c : ans.ifInForce) {
      out += fmt::format("  art. {:<{}} {}\n", c->id, width, model::clauseKindName(c->kind));
      out += indent + "\"" + firstWords(c->text, 90) + "\"\n";
    }
  }
  if (!ans.caveats.empty()) {
    out += "\nCaveats:\n";
    for (const auto& c : ans.caveats) out += "  - " + c + "\n";
  }
  if (!ans.couldChange.empty()) {
    out += "\nWhat could still change this:\n";
    for (const auto& c : ans.couldChange) {
      out += std::string("  - ") + (c.changesAnswer ? "" : "(next exit) ") + c.effect + "\n";
    }
  }
  return source::printable(out);
}

json boundJson(const BoundAnswer& ans, const Timeline& t) {
  json j;
  j["party"] = ans.party;
  j["party_name"] = ans.partyName;
  j["date"] = ans.date.iso();
  j["agreement"] = t.agreement->id;
  j["scenario"] = t.scenarioId.empty() ? json(nullptr) : json(t.scenarioId);
  j["verdict"] = verdictName(ans.verdict);
  j["in_force"] = ans.inForce ? json(*ans.inForce) : json(nullptr);
  j["surviving_only"] = ans.survivingOnly;
  j["summary"] = ans.summary;
  j["standing"] = json{{"status", ans.standing},
                       {"since", date(ans.standingSince)},
                       {"reason", ans.standingReason.empty() ? json(nullptr) : json(ans.standingReason)}};
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
                           {"basis", r.basis},
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
  j["caveats"] = ans.caveats;
  if (const auto& e = ans.evaluation) {
    j["pending_evaluation"] = json{{"event", e->event},
                                   {"outcome", e->outcome.empty() ? json(nullptr) : json(e->outcome)},
                                   {"clause", e->clause},
                                   {"for_period", e->forPeriod},
                                   {"due", e->due.iso()},
                                   {"due_basis", say(e->dueBasis, *t.agreement)},
                                   {"renewal_on", e->renewalOn.iso()},
                                   {"without_it", e->renewsWithout ? "renews" : "depends"},
                                   {"text", say(e->text, *t.agreement)}};
  } else {
    j["pending_evaluation"] = nullptr;
  }
  json changes = json::array();
  for (const auto& c : ans.couldChange) {
    changes.push_back(
        json{{"action", c.action},
             {"by", c.by},
             {"clause", c.clause},
             {"latest", date(c.latest)},
             {"latest_safe", date(c.latestSafe)},
             {"latest_is_working_day", c.latestIsWorkingDay ? json(*c.latestIsWorkingDay) : json(nullptr)},
             {"changes_answer", c.changesAnswer},
             {"effect", c.effect}});
  }
  j["could_change"] = changes;
  json rejected = json::array();
  for (const auto& e : ans.rejectedEvents) {
    rejected.push_back(
        json{{"date", e.event.date.iso()},
             {"kind", e.event.kind},
             {"by", e.event.by},
             {"under", e.event.under},
             {"reason", say(e.effect, *t.agreement)},
             {"source", fmt::format("{}:{}:{}", e.event.where.file, e.event.where.line, e.event.where.column)}});
  }
  j["rejected_events"] = rejected;
  return j;
}

}  // namespace agree::runtime
