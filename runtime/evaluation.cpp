#include "evaluation.h"

#include <tuple>

#include "cite.h"

namespace agree::runtime {

std::pair<Date, std::string> evaluationDue(const Timeline& t, long long n) {
  const auto& r = *t.agreement->renewal;
  Interval p = t.period(n);
  // The renewal's own clause may fix the day ("uiterlijk februari 2026": by 2026-02-28); a
  // fixed date counts for the period it falls in.
  if (const auto* c = t.agreement->findClause(r.clause)) {
    for (const auto& dl : c->deadlines) {
      if (!dl.date) continue;
      Date due = dl.kind == model::Deadline::Kind::BeforeDate ? dl.date->plusDays(-1) : *dl.date;
      if (dl.kind != model::Deadline::Kind::ByDate && dl.kind != model::Deadline::Kind::BeforeDate) continue;
      if (p.from <= due && due < *p.until) return {due, art(r.clause)};
    }
  }
  return {p.until->plusDays(-1),
          "the last day of period " + std::to_string(n) + ", whose renewal it decides, " + art(r.clause)};
}

std::string evaluationNotRecorded(const Timeline& t, long long n) {
  const auto& r = *t.agreement->renewal;
  Interval p = t.period(n);
  auto [due, basis] = evaluationDue(t, n);
  std::string what = model::eventKindLabel(*t.agreement, r.event.kind) +
                     (r.event.outcome.empty() ? "" : " with outcome " + r.event.outcome);
  return "no " + what + " is recorded for period " + std::to_string(n) + " (" + p.from.iso() + " .. " +
         (p.until ? p.until->plusDays(-1).iso() : "after 9999-12-31") + "); it is due by " + due.iso() + " (" + basis +
         ")";
}

std::optional<PendingEvaluation> pendingEvaluation(const Timeline& t, Date d) {
  const auto& a = *t.agreement;
  if (!a.renewal || a.renewal->condition == model::Renewal::Condition::None || !t.chain) return std::nullopt;
  const auto& r = *a.renewal;
  std::optional<long long> n;
  bool unless = r.condition == model::Renewal::Condition::Unless;
  if (unless) {
    // Renewed tacitly into the period containing d: the evaluation of the period before decided it.
    auto k = t.periodAt(d);
    if (!k || *k < 2 || (t.end && d >= t.end->date)) return std::nullopt;
    Interval before = t.period(*k - 1);
    for (const auto& e : t.events) {
      bool inBefore = before.from <= e.event.date && e.event.date < *before.until;
      if (e.event.kind == r.event.kind && inBefore) return std::nullopt;
    }
    n = *k - 1;
  } else {
    if (!t.uncertain || t.uncertain->event != r.event.kind || d < t.uncertain->from) return std::nullopt;
    n = t.periodAt(t.uncertain->from.plusDays(-1));
    if (!n) return std::nullopt;
  }
  PendingEvaluation out;
  out.event = r.event.kind;
  out.outcome = r.event.outcome;
  out.clause = r.clause;
  out.forPeriod = *n;
  auto renewal = t.period(*n).until;
  if (!renewal) return std::nullopt;  // the period ends beyond the calendar
  out.renewalOn = *renewal;
  std::tie(out.due, out.dueBasis) = evaluationDue(t, *n);
  out.renewsWithout = unless;
  std::string what = model::eventKindLabel(*t.agreement, r.event.kind) +
                     (r.event.outcome.empty() ? "" : " with outcome " + r.event.outcome);
  out.text = (unless ? "renewed tacitly on " + out.renewalOn.iso() + ": only an " + what + " stops the renewal (" +
                           art(r.clause) + "), and "
                     : "whether it renewed on " + out.renewalOn.iso() + " depends on an " + what + " (" +
                           art(r.clause) + "): ") +
             evaluationNotRecorded(t, *n);
  return out;
}

}  // namespace agree::runtime
