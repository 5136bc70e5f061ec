#include "format/layout.h"

#include <optional>

#include "format/comments.h"

namespace agree::format {

namespace {

using parse::SourceToken;
using parse::TokenGroup;
using parse::TokenKind;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool isComment(const SourceToken& t) { return t.kind == TokenKind::LineComment || t.kind == TokenKind::BlockComment; }
bool is(const SourceToken& t, const char* punctuation) {
  return t.kind == TokenKind::Punctuation && t.text == punctuation;
}

// Line breaks in a stretch of white space: LF, CRLF or a lone CR each count once.
std::size_t lineBreaks(const std::string& space) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < space.size(); ++i) {
    if (space[i] == '\n') ++n;
    if (space[i] == '\r' && (i + 1 == space.size() || space[i + 1] != '\n')) ++n;
  }
  return n;
}

// Code points in UTF-8 text (continuation bytes are not counted).
std::size_t codePoints(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// The text a token is written with: as the outline holds it (translated by translate.h when
// fmt --lang asked), comments tidied.
std::string spelling(const SourceToken& t) { return isComment(t) ? tidyComment(t.text) : t.text; }

// Whether two tokens on one line are written with a space between them.
bool spaceBetween(const SourceToken& a, const SourceToken& b) {
  if (is(b, ",") || is(b, ")") || is(b, ":")) return false;
  if (is(a, "(")) return false;
  if (is(b, "(") && a.kind == TokenKind::Name) return false;  // a template's name and its parameters
  return true;
}

class Layout {
 public:
  explicit Layout(const parse::SourceOutline& outline)
      : tokens_(outline.tokens),
        statementStart_(tokens_.size(), false),
        listAnchor_(tokens_.size(), kNone),
        column_(tokens_.size(), kNone) {
    for (const auto& g : outline.groups) {
      if (g.last >= tokens_.size()) continue;
      if (g.kind == TokenGroup::Kind::Statement) statementStart_[g.first] = true;
      // Groups come outer before inner, so the innermost list wins.
      if (g.kind == TokenGroup::Kind::List) {
        for (std::size_t i = g.first + 1; i <= g.last; ++i) listAnchor_[i] = g.first;
      }
    }
    std::size_t breaks = 0;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].kind == TokenKind::Whitespace) {
        breaks += lineBreaks(tokens_[i].text);
        continue;
      }
      written_.push_back(i);
      breaksBefore_.push_back(breaks);
      breaks = 0;
    }
    // Backwards, so that a run of comment lines costs one pass, not one per comment.
    afterComments_.assign(written_.size(), written_.size());
    nextBreak_.assign(written_.size(), written_.size());
    for (std::size_t w = written_.size(); w-- > 0;) {
      if (w + 1 < written_.size()) {
        afterComments_[w] = isComment(tokens_[written_[w + 1]]) ? afterComments_[w + 1] : w + 1;
        nextBreak_[w] = breaksBefore_[w + 1] > 0 ? w + 1 : nextBreak_[w + 1];
      }
    }
  }

  std::string run() {
    for (std::size_t w = 0; w < written_.size(); ++w) {
      std::size_t i = written_[w];
      const SourceToken& t = tokens_[i];
      if (w == 0) {
        startLine(w, false);
      } else if (breaksBefore_[w] > 0) {
        out_ += '\n';
        startLine(w, breaksBefore_[w] > 1);
      } else if (spaceBetween(tokens_[written_[w - 1]], t)) {
        out_ += ' ';
        ++col_;
      }
      column_[i] = col_;
      std::string text = spelling(t);
      out_ += text;
      auto lastBreak = text.rfind('\n');
      col_ = lastBreak == std::string::npos ? col_ + codePoints(text) : codePoints(text.substr(lastBreak + 1));
      if (is(t, "{")) ++depth_;
      if (is(t, "}") && depth_ > 0) --depth_;
    }
    if (!written_.empty()) out_ += '\n';
    return std::move(out_);
  }

 private:
  void startLine(std::size_t w, bool blankLineBefore) {
    if (blankLineBefore) out_ += '\n';
    col_ = indentation(w);
    out_.append(col_, ' ');
  }

  // The indentation of the line that starts with written token `w`.
  std::size_t indentation(std::size_t w) const {
    std::size_t lead = w;
    if (isComment(tokens_[written_[w]])) {
      // A comment is indented as what follows it: the rest of its line, or the next line.
      std::size_t n = afterComments_[w];
      if (n == written_.size()) return kIndent * depth_;
      bool sameLine = nextBreak_[w] > n;
      if (!sameLine && (is(tokens_[written_[n]], "}") || statementStart_[written_[n]])) {
        return kIndent * depth_;  // a comment before a closing brace belongs inside the block
      }
      lead = n;
    }
    std::size_t i = written_[lead];
    const SourceToken& t = tokens_[i];
    if (is(t, "}")) return kIndent * (depth_ > 0 ? depth_ - 1 : 0);
    if (statementStart_[i] || is(t, "{") || is(t, ")")) return kIndent * depth_;
    // The next line of a statement: under the first item of the list it continues (the names
    // after `members`, the texts of a `note`), else one continuation step in.
    std::size_t anchor = listAnchor_[i];
    if (anchor != kNone && column_[anchor] != kNone) return column_[anchor];
    return kIndent * depth_ + kContinuation;
  }

  const std::vector<SourceToken>& tokens_;
  std::vector<bool> statementStart_;
  std::vector<std::size_t> listAnchor_;     // per token: the first token of the innermost list holding it
  std::vector<std::size_t> column_;         // per token: where the output puts it (code points)
  std::vector<std::size_t> written_;        // the tokens that are not white space
  std::vector<std::size_t> breaksBefore_;   // per written token: line breaks before it
  std::vector<std::size_t> afterComments_;  // per written token: the next one that is not a comment
  std::vector<std::size_t> nextBreak_;      // per written token: the next one that starts a line
  std::string out_;
  std::size_t col_ = 0;
  std::size_t depth_ = 0;
};

}  // namespace

std::string layout(const parse::SourceOutline& outline) { return Layout(outline).run(); }

}  // namespace agree::format
