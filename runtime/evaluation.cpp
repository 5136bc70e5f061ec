#include "evaluation.h"

#include <tuple>

#include "cite.h"

namespace agree::runtime {

std::pair<Date, Fact> evaluationDue(const Timeline& t, long long n) {
  const auto& r = *t.agreement->renewal;
  Interval p = t.period(n);
  // The renewal's own clause may fix the day ("uiterlijk februari 2026": by 2026-02-28); a
  // fixed date counts for the period it falls in.
  if (const auto* c = t.agreement->findClause(r.clause)) {
    for (const auto& dl : c->deadlines) {
      if (!dl.date) continue;
      Date due = dl.kind == model::Deadline::Kind::BeforeDate ? dl.date->plusDays(-1) : *dl.date;
      if (dl.kind != model::Deadline::Kind::ByDate && dl.kind != model::Deadline::Kind::BeforeDate) continue;
      if (p.from <= due && due < *p.until)
        return {due, fact(FactKind::DueUnderClause).with("clause", ClauseRef{r.clause})};
    }
  }
  return {p.until->plusDays(-1), fact(FactKind::DueLastDayOfPeriod).with("n", n).with("clause", ClauseRef{r.clause})};
}

namespace {
// "evaluation with outcome negative"
Fact evaluationWhat(const model::Renewal& r) {
  Fact what = fact(FactKind::EventWithOutcomeNamed).with("event", EventKindRef{r.event.kind});
  if (!r.event.outcome.empty()) what.with("outcome", OutcomeRef{r.event.outcome});
  return what;
}
}  // namespace

Fact evaluationNotRecorded(const Timeline& t, long long n) {
  const auto& r = *t.agreement->renewal;
  Interval p = t.period(n);
  auto [due, basis] = evaluationDue(t, n);
  Fact f = fact(FactKind::EvaluationNotRecorded)
               .with("what", evaluationWhat(r))
               .with("n", n)
               .with("from", p.from)
               .with("due", due)
               .with("basis", basis);
  if (p.until) f.with("last", p.until->plusDays(-1));
  return f;
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
  out.text = fact(unless ? FactKind::PendingUnless : FactKind::PendingIf)
                 .with("date", out.renewalOn)
                 .with("what", evaluationWhat(r))
                 .with("clause", ClauseRef{r.clause})
                 .with("unrecorded", evaluationNotRecorded(t, *n));
  return out;
}

}  // namespace agree::runtime
