#include "format/verify.h"

#include <fmt/format.h>

#include "format/translate.h"

namespace agree::format {

namespace {

using parse::SourceToken;
using parse::TokenKind;

std::vector<const SourceToken*> meaningful(const std::vector<SourceToken>& tokens) {
  std::vector<const SourceToken*> out;
  for (const auto& t : tokens) {
    if (t.kind != TokenKind::Whitespace) out.push_back(&t);
  }
  return out;
}

std::string shown(const SourceToken* t) {
  if (!t) return "the end of the file";
  std::string text = t->text.size() > 60 ? t->text.substr(0, 60) + "..." : t->text;
  return fmt::format("`{}` (line {}, column {})", text, t->line, t->column);
}

}  // namespace

std::optional<std::string> firstDifference(const parse::SourceOutline& before, const parse::SourceOutline& after) {
  auto a = meaningful(before.tokens);
  auto b = meaningful(after.tokens);
  for (std::size_t i = 0; i < a.size() || i < b.size(); ++i) {
    const SourceToken* x = i < a.size() ? a[i] : nullptr;
    const SourceToken* y = i < b.size() ? b[i] : nullptr;
    if (x && y && meaningOf(*x, before.language) == meaningOf(*y, after.language)) continue;
    return fmt::format("token {}: {} in the original became {} in the formatted text", i + 1, shown(x), shown(y));
  }
  return std::nullopt;
}

}  // namespace agree::format
