#include "parse/ast_builder.h"

namespace agree::parse {

using P = g::AgreeParser;

ast::Article AstBuilder::buildArticle(P::ArticleDeclContext* ctx) {
  ast::Article a;
  a.id = articleRef(ctx->articleId());
  a.span = span(ctx);
  if (ctx->STRING()) a.title = text(ctx->STRING());
  if (ctx->text()) a.text = text(ctx->text());
  for (auto* c : ctx->clauseDecl()) a.clauses.push_back(buildClause(c));
  for (auto* x : ctx->expectDecl()) buildExpectations(x);
  return a;
}

ast::Clause AstBuilder::buildClause(P::ClauseDeclContext* ctx) {
  ast::Clause c;
  c.id = articleRef(ctx->articleId());
  c.span = span(ctx);
  if (auto* k = ctx->clauseKind()) c.kind = buildKind(k);
  if (auto* u = ctx->templateUse()) c.uses = buildTemplateUse(u);
  for (auto* f : ctx->clauseField()) buildClauseField(f, c);
  return c;
}

ast::ClauseKind AstBuilder::buildKind(P::ClauseKindContext* k) {
  if (k->DUTY()) return ast::ClauseKind::Duty;
  if (k->EFFORT()) return ast::ClauseKind::Effort;
  if (k->PROHIBITION()) return ast::ClauseKind::Prohibition;
  if (k->PERMISSION()) return ast::ClauseKind::Permission;
  if (k->POWER()) return ast::ClauseKind::Power;
  return ast::ClauseKind::Provision;
}

void AstBuilder::buildClauseField(P::ClauseFieldContext* f, ast::Clause& c) {
  auto where = span(f);
  if (auto* t = dynamic_cast<P::TextFieldContext*>(f)) {
    setOnce(c.text, text(t->text()), where, "text");
  } else if (auto* n = dynamic_cast<P::NoteFieldContext*>(f)) {
    c.notes.push_back(text(n->text()));
  } else if (auto* h = dynamic_cast<P::HoldersFieldContext*>(f)) {
    setOnce(c.holders, buildHolders(h->holderList()), where, "holders");
  } else if (auto* cp = dynamic_cast<P::CounterpartyFieldContext*>(f)) {
    setOnce(c.counterparty, buildHolders(cp->holderList()), where, "counterparty");
  } else if (auto* s = dynamic_cast<P::StartFieldContext*>(f)) {
    setOnce(c.start, buildStart(s->startSpec()), where, "start");
  } else if (auto* term = dynamic_cast<P::TermFieldContext*>(f)) {
    setOnce(c.term, buildTerm(term->termSpec()), where, "term");
  } else if (auto* r = dynamic_cast<P::RenewFieldContext*>(f)) {
    setOnce(c.renew, buildRenew(r), where, "renew");
  } else if (auto* notice = dynamic_cast<P::NoticeFieldContext*>(f)) {
    c.notices.push_back(buildNotice(notice));
  } else if (auto* p = dynamic_cast<P::PowerFieldContext*>(f)) {
    c.powers.push_back(buildPower(p));
  } else if (auto* sv = dynamic_cast<P::SurvivesFieldContext*>(f)) {
    setOnce(c.survives, buildSurvival(sv->survivalSpan(), nullptr, sv), where, "survives");
  } else if (auto* so = dynamic_cast<P::SurvivalFieldContext*>(f)) {
    c.survivalOf.push_back(buildSurvival(so->survivalSpan(), so->articleIdList(), so));
  } else if (auto* d = dynamic_cast<P::DeadlineFieldContext*>(f)) {
    c.deadlines.push_back(buildDeadline(d->deadlineSpec()));
    c.deadlines.back().rollsForward = d->rollForward() != nullptr;
  } else if (auto* sch = dynamic_cast<P::ScheduledFieldContext*>(f)) {
    c.deadlines.push_back(buildSchedule(sch->scheduleSpec()));
    c.deadlines.back().rollsForward = sch->rollForward() != nullptr;
  } else if (auto* rc = dynamic_cast<P::RecursFieldContext*>(f)) {
    c.recurrences.push_back(buildRecurrence(rc));
  } else if (auto* cap = dynamic_cast<P::CapFieldContext*>(f)) {
    ast::CapRule rule;
    rule.max = count(cap->NUMBER()).value_or(0);
    rule.event = eventKindName(cap->eventKind());
    rule.calendarYear = cap->capYear()->CALENDAR() != nullptr;
    rule.span = where;
    c.caps.push_back(std::move(rule));
  } else if (auto* inst = dynamic_cast<P::InstanceFieldContext*>(f)) {
    ast::InstanceRule rule;
    rule.startEvent = eventKindName(inst->eventKind());
    if (auto d = duration(inst->duration())) rule.maxLength = *d;
    if (auto* ext = inst->instanceExtension()) {
      rule.extensions = ext->ONCE() ? 1 : count(ext->NUMBER()).value_or(0);
      rule.extensionLength = duration(ext->duration());
    }
    rule.span = where;
    c.instances.push_back(std::move(rule));
  } else if (auto* ap = dynamic_cast<P::AppliesFieldContext*>(f)) {
    if (auto* w = ap->yearWindow()) {
      c.appliesIn.push_back(buildYearWindow(w));  // several windows may each apply
    } else if (!ap->duration()) {
      setOnce(c.appliesAfterEnd, where, where, "applies");
    } else if (auto d = duration(ap->duration())) {
      setOnce(c.appliesFor, *d, where, "applies");
    }
  } else if (auto* acc = dynamic_cast<P::AccessionFieldContext*>(f)) {
    bool consent = dynamic_cast<P::AccessionWithConsentContext*>(acc->accessionSpec()) != nullptr;
    setOnce(c.accession, ast::AccessionRule{consent, where}, where, "accession");
  }
}

ast::Recurrence AstBuilder::buildRecurrence(P::RecursFieldContext* ctx) {
  ast::Recurrence r;
  r.span = span(ctx);
  auto* k = ctx->recurrence();
  r.kind = k->QUARTERLY()    ? ast::Recurrence::Kind::Quarterly
           : k->HALFYEARLY() ? ast::Recurrence::Kind::HalfYearly
           : k->MONTHLY()    ? ast::Recurrence::Kind::Monthly
           : k->YEARLY()     ? ast::Recurrence::Kind::Yearly
                             : ast::Recurrence::Kind::TimesPerYear;
  if (k->NUMBER()) r.times = count(k->NUMBER()).value_or(0);
  r.calendarYear = k->CALENDAR() != nullptr;
  if (auto* w = k->yearWindow()) r.window = buildYearWindow(w);
  r.rollsForward = ctx->rollForward() != nullptr;
  if (auto* due = ctx->recurrenceDue()) {
    auto* when = due->dueWhen();
    if (dynamic_cast<P::DueInAdvanceContext*>(when)) {
      r.due = ast::Recurrence::Due::InAdvance;
    } else if (auto* by = dynamic_cast<P::DueByMonthDayContext*>(when)) {
      r.due = ast::Recurrence::Due::ByMonthDay;
      r.monthDay = by->MONTH_DAY()->getText();
      r.monthDaySpan = span(by->MONTH_DAY());
      r.nextYear = by->NEXT() != nullptr;
      r.previousYear = by->PREVIOUS() != nullptr;
    } else if (auto* before = dynamic_cast<P::DueBeforeMonthDayContext*>(when)) {
      r.due = ast::Recurrence::Due::BeforeMonthDay;
      r.monthDay = before->MONTH_DAY()->getText();
      r.monthDaySpan = span(before->MONTH_DAY());
      r.nextYear = before->NEXT() != nullptr;
      r.previousYear = before->PREVIOUS() != nullptr;
    } else if (auto* end = dynamic_cast<P::DueEndOfMonthAfterContext*>(when)) {
      r.due = ast::Recurrence::Due::EndOfMonthAfter;
      r.nthMonth = count(end->NUMBER()).value_or(0);
      r.nthMonthSpan = span(end->NUMBER());
      r.after = end->QUARTER()            ? ast::Recurrence::Kind::Quarterly
                : end->MONTH().size() > 1 ? ast::Recurrence::Kind::Monthly
                                          : ast::Recurrence::Kind::Yearly;
    } else if (auto* after = dynamic_cast<P::DueAfterPeriodContext*>(when)) {
      r.due = ast::Recurrence::Due::AfterPeriod;
      r.delay = duration(after->duration());
      using Noun = ast::Recurrence::Noun;
      auto* noun = after->QUARTER() ? after->QUARTER()
                   : after->MONTH() ? after->MONTH()
                   : after->YEAR()  ? after->YEAR()
                                    : after->PERIOD();
      r.noun = after->QUARTER() ? Noun::Quarter
               : after->MONTH() ? Noun::Month
               : after->YEAR()  ? Noun::Year
                                : Noun::Period;
      r.nounSpan = span(noun);
    }
  }
  if (auto* ex = ctx->recurrenceExcept()) {
    for (auto* n : ex->NUMBER()) r.exceptQuarters.emplace_back(count(n).value_or(0), span(n));
  }
  return r;
}

ast::YearWindow AstBuilder::buildYearWindow(P::YearWindowContext* ctx) {
  ast::YearWindow w;
  w.from = ctx->MONTH_DAY(0)->getText();
  w.to = ctx->MONTH_DAY(1)->getText();
  w.fromSpan = span(ctx->MONTH_DAY(0));
  w.toSpan = span(ctx->MONTH_DAY(1));
  w.span = span(ctx);
  return w;
}

}  // namespace agree::parse
