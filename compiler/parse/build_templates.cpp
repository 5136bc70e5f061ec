#include "parse/ast_builder.h"

namespace agree::parse {

using P = g::AgreeParser;

ast::TemplateValue AstBuilder::buildTemplateValue(P::TemplateValueContext* ctx) {
  ast::TemplateValue v;
  v.span = span(ctx);
  if (auto* n = dynamic_cast<P::NumberValueContext*>(ctx)) {
    if (n->unit()) {
      v.duration = duration(n->NUMBER(), n->unit(), v.span);
    } else {
      v.clause = ast::ArticleRef{n->NUMBER()->getText(), v.span};
    }
  } else if (auto* d = dynamic_cast<P::ClauseValueContext*>(ctx)) {
    v.clause = ast::ArticleRef{d->DOTTED()->getText(), v.span};
  } else if (auto* q = dynamic_cast<P::QuotedClauseValueContext*>(ctx)) {
    v.clause = ast::ArticleRef{text(q->STRING()).value, v.span};
  } else if (auto* h = dynamic_cast<P::HoldersValueContext*>(ctx)) {
    v.holders = buildHolders({h->holder()});
  }
  return v;
}

ast::Template AstBuilder::buildTemplate(P::TemplateDeclContext* ctx) {
  ast::Template t;
  t.name = name(ctx->ident());
  t.span = span(ctx);
  for (auto* p : ctx->templateParam()) {
    ast::TemplateParam param;
    param.name = name(p->ident());
    param.span = span(p);
    auto* type = p->paramType();
    if (type->DURATION())
      param.type = ast::TemplateParam::Type::Duration;
    else if (type->HOLDERS())
      param.type = ast::TemplateParam::Type::Holders;
    else if (type->EVENT())
      param.type = ast::TemplateParam::Type::Event;
    else if (type->CLAUSE())
      param.type = ast::TemplateParam::Type::Clause;
    else
      param.type = ast::TemplateParam::Type::Form;
    if (p->templateValue()) param.defaultValue = buildTemplateValue(p->templateValue());
    t.params.push_back(std::move(param));
  }
  // The body is a clause without an id; its spans point into the template.
  t.body.id = ast::ArticleRef{"", t.name.span};
  t.body.kind = buildKind(ctx->clauseKind());
  t.body.span = t.span;
  for (auto* f : ctx->clauseField()) buildClauseField(f, t.body);
  return t;
}

ast::TemplateUse AstBuilder::buildTemplateUse(P::TemplateUseContext* ctx) {
  ast::TemplateUse u;
  u.name = name(ctx->ident());
  u.span = span(ctx);
  for (auto* a : ctx->templateArg()) {
    u.args.push_back(ast::TemplateArg{name(a->ident()), buildTemplateValue(a->templateValue()), span(a)});
  }
  return u;
}

}  // namespace agree::parse
