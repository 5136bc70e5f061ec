#include "format/verify.h"

#include <fmt/format.h>

#include "format/comments.h"

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

// The text a token must keep: comments compared as the layout tidies them (comments.h).
std::string compared(const SourceToken& t) {
  bool comment = t.kind == TokenKind::LineComment || t.kind == TokenKind::BlockComment;
  return comment ? tidyComment(t.text) : t.text;
}

std::string shown(const SourceToken* t) {
  if (!t) return "the end of the file";
  std::string text = t->text.size() > 60 ? t->text.substr(0, 60) + "..." : t->text;
  return fmt::format("`{}` (line {}, column {})", text, t->line, t->column);
}

}  // namespace

std::optional<std::string> firstDifference(const std::vector<SourceToken>& before,
                                           const std::vector<SourceToken>& after) {
  auto a = meaningful(before);
  auto b = meaningful(after);
  for (std::size_t i = 0; i < a.size() || i < b.size(); ++i) {
    const SourceToken* x = i < a.size() ? a[i] : nullptr;
    const SourceToken* y = i < b.size() ? b[i] : nullptr;
    if (x && y && x->kind == y->kind && compared(*x) == compared(*y)) continue;
    return fmt::format("token {}: {} in the original became {} in the formatted text", i + 1, shown(x), shown(y));
  }
  return std::nullopt;
}

}  // namespace agree::format
