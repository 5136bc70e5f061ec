#include "parse/ast_builder.h"

namespace agree::parse {

using P = g::AgreeParser;

ast::Scenario AstBuilder::buildScenario(P::ScenarioDeclContext* ctx) {
  ast::Scenario s;
  s.id = name(ctx->ident());
  s.span = span(ctx);
  if (ctx->STRING()) s.title = text(ctx->STRING());
  for (auto* e : ctx->scenarioEvent()) {
    auto ev = buildEvent(e);
    if (ev.kind.text.empty()) continue;  // its date was impossible: already reported
    s.events.push_back(std::move(ev));
  }
  return s;
}

ast::ScenarioEvent AstBuilder::buildEvent(P::ScenarioEventContext* ctx) {
  ast::ScenarioEvent e;
  e.span = span(ctx);
  e.momentSpan = span(ctx->moment());
  std::string moment = ctx->moment()->getText();
  bool ok = false;
  if (ctx->moment()->DATETIME()) {
    if (auto dt = time::DateTime::parseIso(moment)) {
      e.date = dt->date;
      e.minuteOfDay = dt->minute_of_day;
      ok = true;
    }
  } else if (auto d = time::Date::parseIso(moment)) {
    e.date = *d;
    ok = true;
  }
  if (!ok) {
    sink_.error(diag::Code::ImpossibleDate, e.momentSpan,
                {"`" + moment + "` is not a date or time", "`" + moment + "` is geen datum of tijdstip"});
    return e;
  }
  e.kind = eventKindName(ctx->eventKind());
  for (auto* arg : ctx->eventArg()) {
    auto where = span(arg);
    char letter = dynamic_cast<P::ByArgContext*>(arg)          ? 'b'
                  : dynamic_cast<P::OfArgContext*>(arg)        ? 'o'
                  : dynamic_cast<P::UnderArgContext*>(arg)     ? 'u'
                  : dynamic_cast<P::FormArgContext*>(arg)      ? 'f'
                  : dynamic_cast<P::OutcomeArgContext*>(arg)   ? 'O'
                  : dynamic_cast<P::NameArgContext*>(arg)      ? 'n'
                  : dynamic_cast<P::EffectiveArgContext*>(arg) ? 'e'
                  : dynamic_cast<P::ForArgContext*>(arg)       ? 'p'
                  : dynamic_cast<P::CureArgContext*>(arg)      ? 'c'
                  : dynamic_cast<P::VotesArgContext*>(arg)     ? 'v'
                                                               : '-';
    e.argSpans.emplace_back(letter, where);
    if (auto* by = dynamic_cast<P::ByArgContext*>(arg)) {
      setOnce(e.by, name(by->ident()), where, "by");
    } else if (auto* of = dynamic_cast<P::OfArgContext*>(arg)) {
      setOnce(e.of, name(of->ident()), where, "of");
    } else if (auto* u = dynamic_cast<P::UnderArgContext*>(arg)) {
      setOnce(e.under, articleRef(u->articleId()), where, "under");
    } else if (auto* f = dynamic_cast<P::FormArgContext*>(arg)) {
      setOnce(e.form, builtIn(name(f->ident()), BuiltInWord::Form), where, "form");
    } else if (auto* o = dynamic_cast<P::OutcomeArgContext*>(arg)) {
      setOnce(e.outcome, builtIn(name(o->ident()), BuiltInWord::Outcome), where, "outcome");
    } else if (auto* n = dynamic_cast<P::NameArgContext*>(arg)) {
      setOnce(e.name, text(n->STRING()), where, "name");
    } else if (auto* note = dynamic_cast<P::EventNoteArgContext*>(arg)) {
      setOnce(e.note, text(note->text()), where, "note");
    } else if (auto* f = dynamic_cast<P::ForArgContext*>(arg)) {
      // Words joined by one space: `Q3 2020` whatever the spacing; checked while lowering.
      std::string written;
      for (auto* child : f->periodRef()->children) written += (written.empty() ? "" : " ") + child->getText();
      setOnce(e.forPeriod, ast::Text{written, span(f->periodRef())}, where, "for");
    } else if (auto* eff = dynamic_cast<P::EffectiveArgContext*>(arg)) {
      if (auto d = date(eff->date())) setOnce(e.effective, *d, where, "effective");
    } else if (auto* cure = dynamic_cast<P::CureArgContext*>(arg)) {
      if (auto d = duration(cure->duration())) setOnce(e.cure, *d, where, "cure");
    } else if (auto* v = dynamic_cast<P::VotesArgContext*>(arg)) {
      if (!e.votesFor.empty() || e.votesCount) {
        const std::string votes = asWritten("votes");
        sink_.error(diag::Code::DuplicateField, where,
                    {"`" + votes + "` is given twice", "`" + votes + "` staat er twee keer"});
      } else if (v->NUMBER()) {
        e.votesCount = count(v->NUMBER()).value_or(0);
      } else {
        for (auto* i : v->identList()->ident()) e.votesFor.push_back(name(i));
      }
    }
  }
  return e;
}

}  // namespace agree::parse
