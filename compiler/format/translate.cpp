#include "format/translate.h"

#include "format/comments.h"

namespace agree::format {

namespace {

using parse::KeywordLanguage;
using parse::SourceToken;
using parse::TokenKind;

bool isKeywordHere(const SourceToken& t) { return t.kind == TokenKind::Keyword && !t.asName; }
bool isName(const SourceToken& t) { return t.kind == TokenKind::Name || (t.kind == TokenKind::Keyword && t.asName); }

// A name's spelling in `to`: a built-in word translated, any other name as written.
std::string nameIn(const SourceToken& t, KeywordLanguage from, KeywordLanguage to) {
  if (t.builtIn) {
    if (auto word = parse::translateBuiltInWord(t.text, *t.builtIn, from, to)) return *word;
  }
  return t.text;
}

}  // namespace

std::vector<NameClash> nameClashes(const parse::SourceOutline& outline, KeywordLanguage to) {
  std::vector<NameClash> out;
  if (to == outline.language) return out;
  for (const auto& t : outline.tokens) {
    if (!isName(t)) continue;
    std::string written = nameIn(t, outline.language, to);
    if (!parse::isKeyword(written, to) || parse::keywordUsableAsName(written, to)) continue;
    out.push_back(NameClash{&t, parse::translateKeyword(written, to, KeywordLanguage::English).value_or(written)});
  }
  return out;
}

void translate(parse::SourceOutline& outline, KeywordLanguage to) {
  KeywordLanguage from = outline.language;
  if (from == to) return;
  for (auto& t : outline.tokens) {
    if (isKeywordHere(t)) {
      t.text = parse::translateKeyword(t.text, from, to).value_or(t.text);
    } else if (isName(t)) {
      t.text = nameIn(t, from, to);
    }
  }
  outline.language = to;
}

std::string meaningOf(const SourceToken& t, KeywordLanguage language) {
  if (isKeywordHere(t)) {
    return "keyword " + parse::translateKeyword(t.text, language, KeywordLanguage::English).value_or(t.text);
  }
  if (isName(t)) return "name " + nameIn(t, language, KeywordLanguage::English);
  bool comment = t.kind == TokenKind::LineComment || t.kind == TokenKind::BlockComment;
  return std::to_string(static_cast<int>(t.kind)) + " " + (comment ? tidyComment(t.text) : t.text);
}

}  // namespace agree::format
