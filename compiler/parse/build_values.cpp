#include <fmt/format.h>

#include "input_limits.h"
#include "parse/ast_builder.h"
#include "parse/antlr/keyword_language.h"

namespace agree::parse {

using P = g::AgreeParser;

ast::Span AstBuilder::span(antlr4::ParserRuleContext* ctx) const {
  auto begin = static_cast<std::uint32_t>(ctx->getStart()->getStartIndex());
  auto* stop = ctx->getStop();
  auto end = stop && stop->getStopIndex() + 1 >= ctx->getStart()->getStartIndex()
                 ? static_cast<std::uint32_t>(stop->getStopIndex() + 1)
                 : begin;
  return ast::Span{file_, begin, end};
}

ast::Span AstBuilder::span(antlr4::tree::TerminalNode* node) const {
  auto* t = node->getSymbol();
  return ast::Span{file_, static_cast<std::uint32_t>(t->getStartIndex()),
                   static_cast<std::uint32_t>(t->getStopIndex() + 1)};
}

ast::Name AstBuilder::name(P::IdentContext* ctx) const { return ast::Name{ctx->getText(), span(ctx)}; }

ast::Name AstBuilder::eventKindName(P::EventKindContext* ctx) const {
  auto* word = dynamic_cast<antlr4::tree::TerminalNode*>(ctx->children.empty() ? nullptr : ctx->children.front());
  std::string english = word ? englishSpelling(word->getSymbol()->getType()) : "";
  if (!english.empty()) return ast::Name{english, span(ctx)};
  return builtIn(ast::Name{ctx->getText(), span(ctx)}, BuiltInWord::EventKind);
}

ast::Name AstBuilder::builtIn(ast::Name written, BuiltInWord kind) const {
  if (keywords_ == KeywordLanguage::English) return written;
  if (auto english = translateBuiltInWord(written.text, kind, keywords_, KeywordLanguage::English)) {
    written.text = std::move(*english);
  }
  return written;
}

namespace {
// Resolves the escapes \" \\ \n \t; any other backslash is kept as written (nothing is lost).
std::string unquote(const std::string& token) {
  std::string out;
  if (token.size() < 2) return out;
  out.reserve(token.size() - 2);
  const std::size_t end = token.size() - 1;
  std::size_t i = 1;
  while (i < end) {
    // Copy up to the next backslash in one piece: most texts have none.
    std::size_t slash = token.find('\\', i);
    if (slash == std::string::npos || slash >= end) slash = end;
    out.append(token, i, slash - i);
    i = slash;
    if (i >= end) break;
    if (i + 2 < token.size()) {
      char n = token[i + 1];
      if (n == '"' || n == '\\' || n == 'n' || n == 't') {
        out += n == 'n' ? '\n' : n == 't' ? '\t' : n;
        i += 2;
        continue;
      }
    }
    out += token[i];
    ++i;
  }
  return out;
}
}  // namespace

ast::Text AstBuilder::text(antlr4::tree::TerminalNode* string) {
  return ast::Text{unquote(string->getText()), span(string)};
}

ast::Text AstBuilder::text(P::TextContext* ctx) {
  // Adjacent strings are one text, joined without a separator: split long prose anywhere.
  ast::Text out{"", span(ctx)};
  for (auto* s : ctx->STRING()) out.value += unquote(s->getText());
  return out;
}

ast::ArticleRef AstBuilder::articleRef(P::ArticleIdContext* ctx) {
  if (ctx->STRING()) return ast::ArticleRef{unquote(ctx->STRING()->getText()), span(ctx)};
  return ast::ArticleRef{ctx->getText(), span(ctx)};
}

std::optional<ast::DateLit> AstBuilder::date(P::DateContext* ctx) {
  std::string t = ctx->getText();
  auto d = time::Date::parseIso(t);
  if (!d) {
    auto& diag = sink_.error(diag::Code::ImpossibleDate, span(ctx),
                             {fmt::format("`{}` is not a date", t), fmt::format("`{}` is geen datum", t)});
    int y = std::stoi(t.substr(0, 4));
    int m = std::stoi(t.substr(5, 2));
    if (m < 1 || m > 12) {
      diag.notes.push_back({fmt::format("there is no month {}", m), fmt::format("er is geen maand {}", m)});
    } else if (y < 1) {
      diag.notes.push_back({"years start at 0001", "jaren beginnen bij 0001"});
    } else {
      auto last = time::Date::fromYmd(y, static_cast<unsigned>(m), 28);
      unsigned days = 28;
      while (last && time::Date::fromYmd(y, static_cast<unsigned>(m), days + 1)) ++days;
      diag.notes.push_back(
          {fmt::format("{}-{:02} has {} days", y, m, days), fmt::format("{}-{:02} heeft {} dagen", y, m, days)});
    }
    return std::nullopt;
  }
  return ast::DateLit{*d, span(ctx)};
}

std::string AstBuilder::asWritten(std::string_view english) const { return translateEnglishPhrase(english, keywords_); }

std::optional<long long> AstBuilder::count(antlr4::tree::TerminalNode* number) {
  std::string t = number->getText();
  if (t.size() > 9 || std::stoll(t) > limits::kMaxCount) {
    sink_.error(diag::Code::NumberTooLarge, span(number),
                {fmt::format("`{}` is too large; agree accepts counts up to {}", t, limits::kMaxCount),
                 fmt::format("`{}` is te groot; agree neemt aantallen tot en met {}", t, limits::kMaxCount)});
    return std::nullopt;
  }
  return std::stoll(t);
}

ast::Name AstBuilder::form(P::FormSpecContext* ctx) const {
  if (ctx->PARAM()) return ast::Name{ctx->PARAM()->getText(), span(ctx->PARAM())};
  return builtIn(name(ctx->ident()), BuiltInWord::Form);
}

std::optional<ast::DurationLit> AstBuilder::duration(P::DurationContext* ctx) {
  if (ctx->PARAM()) {
    // A placeholder value; the template's use fills in the argument.
    return ast::DurationLit{time::Duration{1, time::Unit::Day}, span(ctx), ctx->PARAM()->getText()};
  }
  return duration(ctx->NUMBER(), ctx->unit(), span(ctx));
}

std::optional<ast::DurationLit> AstBuilder::duration(antlr4::tree::TerminalNode* number, P::UnitContext* u,
                                                     ast::Span where) {
  auto n = count(number);
  if (!n) return std::nullopt;
  time::Unit unit = time::Unit::Day;
  if (u->WORKING())
    unit = time::Unit::WorkingDay;
  else if (u->DAY() || u->DAYS())
    unit = time::Unit::Day;
  else if (u->WEEK() || u->WEEKS())
    unit = time::Unit::Week;
  else if (u->MONTH() || u->MONTHS())
    unit = time::Unit::Month;
  else if (u->YEAR() || u->YEARS())
    unit = time::Unit::Year;
  else
    unit = time::Unit::Hour;
  if (*n == 0) {
    sink_
        .error(diag::Code::ZeroDuration, where,
               {fmt::format("a duration of `0 {}` is no time at all", u->getText()),
                fmt::format("een duur van `0 {}` is helemaal geen tijd", u->getText())})
        .help = {"periods, notice periods and deadlines must be at least 1",
                 "termijnen, opzegtermijnen en uiterste termijnen zijn minstens 1"};
    return std::nullopt;
  }
  time::Duration value{*n, unit};
  // Nothing in an agreement lasts beyond 10,000 years; past that dates would saturate.
  if (value.months() > 120000 || value.days() > 3660000 || (unit == time::Unit::Hour && *n > 87840000)) {
    sink_.error(diag::Code::NumberTooLarge, where,
                {fmt::format("`{} {}` is longer than 10,000 years", *n, u->getText()),
                 fmt::format("`{} {}` is langer dan 10.000 jaar", *n, u->getText())});
    return std::nullopt;
  }
  return ast::DurationLit{value, where, ""};
}

}  // namespace agree::parse
