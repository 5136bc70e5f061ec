#include "parse/ast_builder.h"

namespace agree::parse {

using P = g::AgreeParser;

ast::StartRule AstBuilder::buildStart(P::StartSpecContext* ctx) {
  ast::StartRule s{};
  s.kind = ast::StartRule::Kind::OnSigning;
  s.span = span(ctx);
  if (auto* on = dynamic_cast<P::StartOnContext*>(ctx)) {
    if (on->EVENT()) {
      s.kind = ast::StartRule::Kind::OnEvent;
      s.event = builtIn(name(on->ident()), BuiltInWord::EventKind);
    }
  } else if (auto* d = dynamic_cast<P::StartOnDateContext*>(ctx)) {
    s.kind = ast::StartRule::Kind::OnDate;
    s.date = date(d->date());
    s.retroactive = d->RETROACTIVE() != nullptr;
  } else if (auto* first = dynamic_cast<P::StartFirstDayAfterContext*>(ctx)) {
    s.firstDayOf = true;
    long long n = count(first->NUMBER()).value_or(0);
    s.offset = ast::DurationLit{time::Duration{n, first->MONTH() ? time::Unit::Month : time::Unit::Year},
                                span(first->NUMBER()), ""};
    if (first->EVENT()) {
      s.kind = ast::StartRule::Kind::OnEvent;
      s.event = builtIn(name(first->ident()), BuiltInWord::EventKind);
    }
  } else if (auto* after = dynamic_cast<P::StartAfterContext*>(ctx)) {
    s.offset = duration(after->duration());
    if (after->EVENT()) {
      s.kind = ast::StartRule::Kind::OnEvent;
      s.event = builtIn(name(after->ident()), BuiltInWord::EventKind);
    }
  }
  return s;
}

ast::TermRule AstBuilder::buildTerm(P::TermSpecContext* ctx) {
  ast::TermRule t{ast::TermRule::Kind::Indefinite, std::nullopt, std::nullopt, std::nullopt, std::nullopt, span(ctx)};
  if (auto* m = dynamic_cast<P::MinimumTermContext*>(ctx)) {
    t.kind = ast::TermRule::Kind::Minimum;
    t.duration = duration(m->duration());
    if (m->ident()) t.untilEvent = builtIn(name(m->ident()), BuiltInWord::EventKind);
  } else if (auto* f = dynamic_cast<P::FixedDurationTermContext*>(ctx)) {
    t.kind = ast::TermRule::Kind::Fixed;
    t.duration = duration(f->duration());
  } else if (auto* u = dynamic_cast<P::FixedEndTermContext*>(ctx)) {
    t.kind = ast::TermRule::Kind::Until;
    t.until = date(u->date());
  } else if (auto* i = dynamic_cast<P::IndefiniteTermContext*>(ctx)) {
    auto names = i->ident();
    if (!names.empty()) t.untilEvent = builtIn(name(names[0]), BuiltInWord::EventKind);
    if (names.size() > 1) t.untilEventOf = name(names[1]);
  }
  return t;
}

ast::EventPattern AstBuilder::buildEventPattern(P::EventPatternContext* ctx) {
  ast::EventPattern e{eventKindName(ctx->eventKind()), std::nullopt, span(ctx)};
  if (ctx->ident()) e.outcome = builtIn(name(ctx->ident()), BuiltInWord::Outcome);
  return e;
}

ast::RenewRule AstBuilder::buildRenew(P::RenewFieldContext* ctx) {
  ast::RenewRule r;
  r.span = span(ctx);
  if (auto d = duration(ctx->duration())) r.every = *d;
  if (auto* lim = ctx->renewLimit()) {
    r.maxTimes = count(lim->NUMBER());
    r.maxTimesSpan = span(lim);
  }
  if (auto* c = ctx->renewCondition()) {
    if (auto* i = dynamic_cast<P::RenewIfContext*>(c)) {
      r.condition = ast::RenewRule::Condition::If;
      r.event = buildEventPattern(i->eventPattern());
    } else if (auto* u = dynamic_cast<P::RenewUnlessContext*>(c)) {
      r.condition = ast::RenewRule::Condition::Unless;
      r.event = buildEventPattern(u->eventPattern());
    }
  }
  return r;
}

ast::CalendarAnchor AstBuilder::calendarAnchor(P::CalendarEndContext* ctx, bool fromEnd, ast::Span where) {
  ast::CalendarAnchor c;
  c.unit = ctx->MONTH()     ? ast::CalendarAnchor::Unit::Month
           : ctx->QUARTER() ? ast::CalendarAnchor::Unit::Quarter
                            : ast::CalendarAnchor::Unit::Year;
  c.fromEnd = fromEnd;
  c.span = where;
  return c;
}

ast::NoticeRule AstBuilder::buildNotice(P::NoticeFieldContext* ctx) {
  ast::NoticeRule n;
  n.span = span(ctx);
  if (auto d = duration(ctx->duration())) n.period = *d;
  auto* when = ctx->noticeWhen();
  if (auto* before = dynamic_cast<P::NoticeBeforeContext*>(when)) {
    n.beforeTermEnd = before->TERM() != nullptr;
    if (before->calendarEnd()) n.calendar = calendarAnchor(before->calendarEnd(), false, span(before));
  } else if (auto* from = dynamic_cast<P::NoticeFromCalendarEndContext*>(when)) {
    n.beforeTermEnd = false;
    n.calendar = calendarAnchor(from->calendarEnd(), true, span(from));
  } else {
    n.beforeTermEnd = false;
  }
  if (ctx->byHolders()) n.by = buildHolders(ctx->byHolders()->holderList());
  if (ctx->formSpec()) n.form = form(ctx->formSpec());
  return n;
}

ast::PowerRule AstBuilder::buildPower(P::PowerFieldContext* ctx) {
  ast::PowerRule p;
  p.span = span(ctx);
  auto* action = ctx->powerAction();
  P::EffectContext* effect = nullptr;
  if (auto* t = dynamic_cast<P::TerminateActionContext*>(action)) {
    p.action = ast::PowerRule::Action::Terminate;
    effect = t->effect();
  } else if (auto* d = dynamic_cast<P::DissolveActionContext*>(action)) {
    p.action = ast::PowerRule::Action::Dissolve;
    effect = d->effect();
  } else if (auto* w = dynamic_cast<P::WithdrawActionContext*>(action)) {
    p.action = ast::PowerRule::Action::Withdraw;
    effect = w->effect();
  } else if (auto* e = dynamic_cast<P::ExpelActionContext*>(action)) {
    p.action = ast::PowerRule::Action::Expel;
    effect = e->effect();
  }
  if (auto* n = dynamic_cast<P::NoticeEffectContext*>(effect)) {
    p.notice = duration(n->duration());
    if (auto* anchor = n->calendarAnchor())
      p.noticeCalendar = calendarAnchor(anchor->calendarEnd(), anchor->FROM() != nullptr, span(anchor));
  }
  if (dynamic_cast<P::OnEffectiveDateEffectContext*>(effect)) p.onEffectiveDate = true;
  if (auto* tr = ctx->trigger()) {
    if (auto* et = dynamic_cast<P::EventTriggerContext*>(tr)) {
      ast::Trigger t{ast::Trigger::Kind::Event,
                     buildEventPattern(et->eventPattern()),
                     std::nullopt,
                     span(tr),
                     false,
                     std::nullopt};
      // `then cure 14 days` comes before `within 3 months`: the first duration is the cure's.
      auto durations = et->duration();
      if (et->CURE() && !et->REASONABLE() && !durations.empty()) t.period = duration(durations.front());
      t.reasonableCure = et->REASONABLE() != nullptr;
      if (et->WITHIN() && !durations.empty()) t.within = duration(durations.back());
      p.trigger = std::move(t);
    } else if (auto* st = dynamic_cast<P::StateTriggerContext*>(tr)) {
      auto n = name(st->ident());
      ast::Trigger t{ast::Trigger::Kind::State,
                     ast::EventPattern{n, std::nullopt, n.span},
                     duration(st->duration()),
                     span(tr),
                     false,
                     std::nullopt};
      p.trigger = std::move(t);
    }
  }
  if (ctx->formSpec()) p.form = form(ctx->formSpec());
  return p;
}

ast::SurvivalRule AstBuilder::buildSurvival(P::SurvivalSpanContext* s, P::ArticleIdListContext* list,
                                            antlr4::ParserRuleContext* whole) {
  ast::SurvivalRule r;
  r.span = span(whole);
  if (list) {
    for (auto* a : list->listedArticle()) {
      if (a->PARAM()) {
        r.clauses.push_back(ast::ArticleRef{a->PARAM()->getText(), span(a)});
      } else {
        r.clauses.push_back(articleRef(a->articleId()));
      }
    }
  }
  if (auto* f = dynamic_cast<P::SurvivesForContext*>(s)) r.period = duration(f->duration());
  if (auto* u = dynamic_cast<P::SurvivesUntilEventContext*>(s))
    r.untilEvent = builtIn(name(u->ident()), BuiltInWord::EventKind);
  return r;
}

void AstBuilder::setAfter(ast::DeadlineRule& d, bool start, bool end, P::EventKindContext* event) {
  d.kind = end     ? ast::DeadlineRule::Kind::AfterEnd
           : start ? ast::DeadlineRule::Kind::AfterStart
                   : ast::DeadlineRule::Kind::AfterEvent;
  if (event) d.event = eventKindName(event);
}

ast::DeadlineRule AstBuilder::buildDeadline(P::DeadlineSpecContext* ctx) {
  ast::DeadlineRule d{};
  d.kind = ast::DeadlineRule::Kind::ByDate;
  d.span = span(ctx);
  if (auto* a = dynamic_cast<P::DeadlineAfterEventContext*>(ctx)) {
    d.duration = duration(a->duration());
    setAfter(d, a->START(), a->END(), a->eventKind());
  } else if (auto* now = dynamic_cast<P::DeadlineImmediatelyContext*>(ctx)) {
    d.immediately = true;
    setAfter(d, now->START(), now->END(), now->eventKind());
  } else if (auto* b = dynamic_cast<P::DeadlineBeforeTermEndContext*>(ctx)) {
    d.duration = duration(b->duration());
    if (b->EVENT()) {
      d.kind = ast::DeadlineRule::Kind::BeforeEvent;
      d.event = eventKindName(b->eventKind());
    } else {
      d.kind = ast::DeadlineRule::Kind::BeforeTermEnd;
      d.eachSaid = b->EACH() != nullptr;
      if (b->NUMBER()) d.period = std::make_pair(count(b->NUMBER()).value_or(0), span(b->NUMBER()));
    }
  } else if (auto* w = dynamic_cast<P::DeadlineWindowContext*>(ctx)) {
    // Before an event the longer period opens the window; after a moment the shorter one does.
    d.earliest = duration(w->duration(0));
    d.duration = duration(w->duration(1));
    setAfter(d, w->START(), w->END(), w->eventKind());
    if (w->BEFORE()) d.kind = ast::DeadlineRule::Kind::BeforeEvent;
  } else if (auto* at = dynamic_cast<P::DeadlineAtEventContext*>(ctx)) {
    d.kind = ast::DeadlineRule::Kind::AtEvent;
    d.event = eventKindName(at->eventKind());
  } else if (auto* by = dynamic_cast<P::DeadlineByDateContext*>(ctx)) {
    d.kind = ast::DeadlineRule::Kind::ByDate;
    d.date = date(by->date());
  } else if (auto* bd = dynamic_cast<P::DeadlineBeforeDateContext*>(ctx)) {
    if (bd->EVENT()) {
      d.kind = ast::DeadlineRule::Kind::BeforeEvent;
      d.event = eventKindName(bd->eventKind());
    } else {
      d.kind = ast::DeadlineRule::Kind::BeforeDate;
      d.date = date(bd->date());
    }
  }
  return d;
}

// `scheduled 2026-03-01`, `scheduled 6 months after start`: a deadline whose day is the day
// the act happens (not a last day to do it by).
ast::DeadlineRule AstBuilder::buildSchedule(P::ScheduleSpecContext* ctx) {
  ast::DeadlineRule d{};
  d.kind = ast::DeadlineRule::Kind::ByDate;
  d.span = span(ctx);
  d.scheduled = true;
  if (auto* on = dynamic_cast<P::ScheduledOnDateContext*>(ctx)) {
    d.date = date(on->date());
  } else if (auto* a = dynamic_cast<P::ScheduledAfterContext*>(ctx)) {
    d.duration = duration(a->duration());
    setAfter(d, a->START(), a->END(), a->eventKind());
  }
  return d;
}

}  // namespace agree::parse
