#include "parse/ast_builder.h"

namespace agree::parse {

using P = g::AgreeParser;

namespace {

// The words of a parse tree joined by one space, so the claim reads the same however it was
// spaced or broken over lines: what `agree test` shows as expected.
std::string joinedWords(antlr4::tree::ParseTree* tree) {
  std::string out;
  // Depth first, children in order: the terminals in the order they were written.
  std::vector<antlr4::tree::ParseTree*> stack{tree};
  while (!stack.empty()) {
    auto* node = stack.back();
    stack.pop_back();
    if (auto* leaf = dynamic_cast<antlr4::tree::TerminalNode*>(node)) {
      if (leaf->getSymbol()->getType() == antlr4::Token::EOF) continue;
      if (!out.empty()) out += ' ';
      out += leaf->getText();
      continue;
    }
    for (auto it = node->children.rbegin(); it != node->children.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

}  // namespace

void AstBuilder::buildExpectations(P::ExpectDeclContext* ctx) {
  std::optional<ast::Name> scenario;
  std::optional<ast::Text> scenarioFile;
  std::string under;
  if (auto* ref = ctx->scenarioRef()) {
    if (ref->ident()) scenario = name(ref->ident());
    if (ref->STRING()) scenarioFile = text(ref->STRING());
    under = " " + ctx->UNDER()->getText() + " " + ref->getText();
  }
  const std::string head = ctx->EXPECT()->getText() + under + ": ";
  for (auto* c : ctx->claim()) {
    auto claim = buildClaim(c);
    if (!claim) continue;  // an impossible date: already reported
    ast::Expectation e;
    e.scenario = scenario;
    e.scenarioFile = scenarioFile;
    e.claim = std::move(*claim);
    e.claimWritten = joinedWords(c);
    e.written = head + e.claimWritten;
    e.span = e.claim.span;
    expectations_.push_back(std::move(e));
  }
}

std::optional<ast::Claim> AstBuilder::buildClaim(P::ClaimContext* ctx) {
  using Kind = ast::Claim::Kind;
  ast::Claim c;
  c.span = span(ctx);
  P::DateContext* when = nullptr;
  if (auto* b = dynamic_cast<P::BoundClaimContext*>(ctx)) {
    c.kind = b->NOT() ? Kind::NotBound : Kind::Bound;
    c.party = name(b->ident());
    when = b->date();
    if (auto* list = b->articleIdList()) {
      for (auto* a : list->listedArticle()) {
        if (a->articleId())
          c.articles.push_back(articleRef(a->articleId()));
        else
          c.articles.push_back(ast::ArticleRef{a->getText(), span(a)});
      }
    }
  } else if (auto* f = dynamic_cast<P::InForceClaimContext*>(ctx)) {
    c.kind = f->NOT() ? Kind::NotInForce : Kind::InForce;
    when = f->date();
  } else if (auto* e = dynamic_cast<P::EndsClaimContext*>(ctx)) {
    when = e->date();
    if (e->NEVER()) {
      c.kind = Kind::EndsNever;
    } else if (e->NOT()) {
      c.kind = Kind::EndsNotBefore;
    } else {
      c.kind = Kind::Ends;
      auto* cause = e->endCause();
      if (cause->TERM())
        c.cause = ast::Name{"term", span(cause)};
      else
        c.cause = eventKindName(cause->eventKind());
      if (e->articleId()) c.articles.push_back(articleRef(e->articleId()));
    }
  } else if (auto* d = dynamic_cast<P::DueClaimContext*>(ctx)) {
    c.kind = Kind::Due;
    c.articles.push_back(articleRef(d->articleId()));
    when = d->date();
  } else if (auto* v = dynamic_cast<P::ViolatesClaimContext*>(ctx)) {
    c.kind = v->NOTHING() ? Kind::ViolatesNothing : Kind::Violates;
    if (v->articleId()) c.articles.push_back(articleRef(v->articleId()));
    when = v->date();
  }
  if (when) {
    auto d = date(when);
    if (!d) return std::nullopt;
    c.date = *d;
  }
  return c;
}

}  // namespace agree::parse
