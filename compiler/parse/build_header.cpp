#include "parse/ast_builder.h"

namespace agree::parse {

using P = g::AgreeParser;

ast::File AstBuilder::buildFile(P::FileContext* ctx) {
  ast::File file;
  file.file = file_;
  for (auto* item : ctx->item()) {
    if (auto* i = item->importDecl()) {
      file.imports.push_back(ast::Import{text(i->STRING()), span(i)});
    } else if (auto* a = item->agreementDecl()) {
      file.headers.push_back(buildHeader(a));
    } else if (auto* p = item->partyDecl()) {
      file.parties.push_back(buildParty(p));
    } else if (auto* gr = item->groupDecl()) {
      file.groups.push_back(buildGroup(gr));
    } else if (auto* b = item->bodyDecl()) {
      file.bodies.push_back(buildBody(b));
    } else if (auto* e = item->eventDecl()) {
      ast::EventKindDecl decl{builtIn(name(e->ident()), BuiltInWord::EventKind), std::nullopt, std::nullopt, span(e)};
      if (!e->STRING().empty()) decl.description = text(e->STRING(0));
      if (e->LABEL() && e->STRING().size() > 1) decl.label = text(e->STRING(1));
      file.eventKinds.push_back(std::move(decl));
    } else if (auto* art = item->articleDecl()) {
      file.articles.push_back(buildArticle(art));
    } else if (auto* s = item->scenarioDecl()) {
      file.scenarios.push_back(buildScenario(s));
    } else if (auto* t = item->templateDecl()) {
      file.templates.push_back(buildTemplate(t));
    } else if (auto* x = item->expectDecl()) {
      buildExpectations(x);
    }
  }
  file.expectations = std::move(expectations_);
  expectations_.clear();
  return file;
}

ast::Header AstBuilder::buildHeader(P::AgreementDeclContext* ctx) {
  ast::Header h;
  h.id = name(ctx->ident());
  h.span = span(ctx);
  for (auto* f : ctx->headerField()) {
    auto where = span(f);
    if (auto* t = dynamic_cast<P::TitleFieldContext*>(f)) {
      setOnce(h.title, text(t->text()), where, "title");
    } else if (auto* v = dynamic_cast<P::VersionFieldContext*>(f)) {
      setOnce(h.version, text(v->STRING()), where, "version");
    } else if (auto* l = dynamic_cast<P::LanguageFieldContext*>(f)) {
      setOnce(h.language, text(l->STRING()), where, "language");
    } else if (auto* law = dynamic_cast<P::LawFieldContext*>(f)) {
      setOnce(h.governingLaw, text(law->STRING()), where, "governing law");
      if (law->citation()) h.governingLawArticle = articleRef(law->citation()->articleId());
    } else if (auto* e = dynamic_cast<P::EnforceableFieldContext*>(f)) {
      setOnce(h.enforceable, e->yesNo()->YES() != nullptr, where, "enforceable");
      h.enforceableSpan = where;
      if (e->citation()) h.enforceableArticle = articleRef(e->citation()->articleId());
    } else if (auto* s = dynamic_cast<P::SignedFieldContext*>(f)) {
      ast::Signature sig;
      sig.span = where;
      if (s->date()) {
        sig.day = date(s->date());
      } else if (auto* ym = s->YEAR_MONTH()) {
        std::string text = ym->getText();
        auto first = time::Date::parseIso(text + "-01");
        if (!first) {
          sink_
              .error(diag::Code::ImpossibleDate, span(ym),
                     {"`" + text + "` is not a month", "`" + text + "` is geen maand"})
              .help = {"write the month as YYYY-MM, e.g. 2019-02 for February 2019",
                       "schrijf de maand als JJJJ-MM, bijv. 2019-02 voor februari 2019"};
        } else {
          sig.month = ast::DateLit{*first, span(ym)};
        }
      }
      if (s->ident()) sig.by = name(s->ident());
      if (s->STRING()) sig.place = text(s->STRING());
      if (sig.day || sig.month) h.signatures.push_back(std::move(sig));
    } else if (auto* cal = dynamic_cast<P::CalendarFieldContext*>(f)) {
      setOnce(h.calendar, text(cal->STRING()), where, "calendar");
    } else if (auto* p = dynamic_cast<P::PreambleFieldContext*>(f)) {
      h.preamble.push_back(text(p->text()));
    } else if (auto* n = dynamic_cast<P::HeaderNoteFieldContext*>(f)) {
      h.notes.push_back(text(n->text()));
    }
  }
  return h;
}

}  // namespace agree::parse
