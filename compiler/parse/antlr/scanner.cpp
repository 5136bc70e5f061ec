#include "parse/antlr/scanner.h"

#include <algorithm>
#include <array>
#include <deque>
#include <string>
#include <unordered_map>

#include "AgreeLexer.h"
#include "input_limits.h"
#include "parse/antlr/syntax_errors.h"

namespace agree::parse {

namespace {

using L = grammar::AgreeLexer;

// The grammar's spelled tokens, read from the generated lexer's vocabulary so that a keyword
// added to the grammar needs no change here: words ('agreement') and one-character
// punctuation ('{').
struct Spellings {
  const antlr4::dfa::Vocabulary* vocabulary = nullptr;  // the generated lexer's (static) one
  std::deque<std::string> spelled;                      // the words, kept where `words` points
  std::unordered_map<std::string_view, size_t> words;
  std::array<size_t, 128> punctuation{};  // 0: none
};

const Spellings& spellings() {
  static const Spellings table = [] {
    Spellings s;
    antlr4::ANTLRInputStream empty("");
    L lexer(&empty);
    const auto& vocabulary = lexer.getVocabulary();
    s.vocabulary = &vocabulary;
    for (size_t type = 1; type <= vocabulary.getMaxTokenType(); ++type) {
      std::string literal = vocabulary.getLiteralName(type);  // "'agreement'", or empty
      if (literal.size() < 3) continue;
      std::string spelled = literal.substr(1, literal.size() - 2);
      if (spelled.size() == 1 && static_cast<unsigned char>(spelled[0]) < 128 &&
          !(spelled[0] >= 'a' && spelled[0] <= 'z')) {
        s.punctuation[static_cast<unsigned char>(spelled[0])] = type;
      } else {
        s.words.emplace(s.spelled.emplace_back(std::move(spelled)), type);
      }
    }
    return s;
  }();
  return table;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isIdentPart(char c) { return isIdentStart(c) || isDigit(c); }

// The length in bytes of the UTF-8 sequence starting with `lead`; 1 for a byte that starts
// none (the compiler checks files are UTF-8 before parsing; a tool's text is never trusted).
std::size_t sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

// Bytes of one code point at `at` (never past the end, never 0 inside the text).
std::size_t codePointBytes(std::string_view t, std::size_t at) {
  std::size_t n = sequenceLength(static_cast<unsigned char>(t[at]));
  if (at + n > t.size()) return 1;
  for (std::size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(t[at + k]) & 0xC0) != 0x80) return 1;
  }
  return n;
}

// U+00A0 (no-break space) is white space in the grammar.
bool isNoBreakSpace(std::string_view t, std::size_t at) {
  return at + 1 < t.size() && static_cast<unsigned char>(t[at]) == 0xC2 &&
         static_cast<unsigned char>(t[at + 1]) == 0xA0;
}
// U+FEFF, the byte order mark.
bool isByteOrderMark(std::string_view t, std::size_t at) {
  return at + 2 < t.size() && static_cast<unsigned char>(t[at]) == 0xEF &&
         static_cast<unsigned char>(t[at + 1]) == 0xBB && static_cast<unsigned char>(t[at + 2]) == 0xBF;
}

// The number of digits at `at`.
std::size_t digitsAt(std::string_view t, std::size_t at) {
  std::size_t n = 0;
  while (at + n < t.size() && isDigit(t[at + n])) ++n;
  return n;
}

// Whether `t` at `at` holds `count` digits.
bool digits(std::string_view t, std::size_t at, std::size_t count) {
  if (at + count > t.size()) return false;
  for (std::size_t k = 0; k < count; ++k) {
    if (!isDigit(t[at + k])) return false;
  }
  return true;
}

bool charAt(std::string_view t, std::size_t at, char c) { return at < t.size() && t[at] == c; }

}  // namespace

const antlr4::dfa::Vocabulary& tokenVocabulary() { return *spellings().vocabulary; }

void CodePointText::buildIndex() {
  if (!starts_.empty()) return;
  for (std::size_t at = 0; at < text_.size(); at += codePointBytes(text_, at)) starts_.push_back(at);
  starts_.push_back(text_.size());
}

size_t CodePointText::size() {
  buildIndex();
  return starts_.size() - 1;
}

std::string CodePointText::getText(const antlr4::misc::Interval& interval) {
  buildIndex();
  std::size_t n = starts_.size() - 1;
  if (interval.a < 0 || interval.b < interval.a || static_cast<std::size_t>(interval.a) >= n) return "";
  std::size_t last = std::min(static_cast<std::size_t>(interval.b), n - 1);
  return std::string(text_.substr(starts_[interval.a], starts_[last + 1] - starts_[interval.a]));
}

Scanner::Scanner(std::string_view text, bool capErrors, bool hidden)
    : text_(text),
      chars_(isByteOrderMark(text, 0) ? text.substr(3) : text),
      limit_(capErrors ? limits::kMaxSyntaxErrors : static_cast<std::size_t>(-1)),
      hidden_(hidden) {
  spellings();  // built before the first token, once per process
  // ANTLR's input stream drops a leading byte order mark: code point 0 is the one after it.
  if (isByteOrderMark(text_, 0)) pos_ = content_ = 3;
}

antlr4::TokenFactory<antlr4::CommonToken>* Scanner::getTokenFactory() {
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

std::unique_ptr<antlr4::Token> Scanner::nextToken() {
  auto t = scanOne();
  while (isErrorToken(t->getType()) && ++errors_ > limit_) {
    if (!firstDropped_) firstDropped_ = t->getStartIndex();
    t = scanOne();
  }
  return t;
}

std::unique_ptr<antlr4::Token> Scanner::scanOne() {
  if (pos_ >= text_.size()) {
    // As ANTLR's Lexer::emitEOF: empty, starting at the end, stopping just before it.
    auto eof = std::make_unique<antlr4::CommonToken>(std::make_pair(this, &chars_), antlr4::Token::EOF,
                                                     antlr4::Token::DEFAULT_CHANNEL, codePoint_, codePoint_ - 1);
    eof->setLine(line_);
    eof->setCharPositionInLine(column_);
    eof->setText("<EOF>");
    return eof;
  }
  Match m = matchAt();
  while (!hidden_ && (m.type == L::WS || m.type == L::LINE_COMMENT || m.type == L::BLOCK_COMMENT)) {
    advance(m.bytes);
    if (pos_ >= text_.size()) return scanOne();
    m = matchAt();
  }
  std::size_t startByte = pos_;
  std::size_t start = codePoint_;
  std::size_t line = line_;
  std::size_t column = column_;
  advance(m.bytes);
  bool hidden = m.type == L::WS || m.type == L::LINE_COMMENT || m.type == L::BLOCK_COMMENT;
  auto token = std::make_unique<antlr4::CommonToken>(
      std::make_pair(this, &chars_), m.type, hidden ? antlr4::Token::HIDDEN_CHANNEL : antlr4::Token::DEFAULT_CHANNEL,
      start, codePoint_ - 1);
  token->setLine(line);
  token->setCharPositionInLine(column);
  token->setText(std::string(text_.substr(startByte, m.bytes)));
  return token;
}

// The longest match of any lexer rule at the current position, the earlier rule on a tie: the
// rule ANTLR's lexers follow.
Scanner::Match Scanner::matchAt() const {
  const std::string_view t = text_;
  const std::size_t at = pos_;
  const char c = t[at];
  if (isIdentStart(c)) {
    std::size_t n = 1;
    while (at + n < t.size() && isIdentPart(t[at + n])) ++n;
    const auto& words = spellings().words;
    auto found = words.find(t.substr(at, n));
    return {found != words.end() ? found->second : static_cast<size_t>(L::IDENT), n};
  }
  if (isDigit(c)) return matchNumberLike();
  switch (c) {
    case ' ':
    case '\t':
    case '\r':
    case '\n':
    case '\f': return matchSpace();
    case '"': return matchText();
    case '/':
      if (charAt(t, at + 1, '/') || charAt(t, at + 1, '*')) return matchComment();
      return {L::BAD_CHAR, 1};
    case '$':
      if (at + 1 < t.size() && isIdentStart(t[at + 1])) {
        std::size_t n = 2;
        while (at + n < t.size() && isIdentPart(t[at + n])) ++n;
        return {L::PARAM, n};
      }
      return {L::BAD_CHAR, 1};
    case '-':
      // MONTH_DAY: --MM-DD
      if (charAt(t, at + 1, '-') && digits(t, at + 2, 2) && charAt(t, at + 4, '-') && digits(t, at + 5, 2)) {
        return {L::MONTH_DAY, 7};
      }
      return {L::BAD_CHAR, 1};
    default: break;
  }
  auto byte = static_cast<unsigned char>(c);
  if (byte < 128) {
    size_t type = spellings().punctuation[byte];
    return {type != 0 ? type : static_cast<size_t>(L::BAD_CHAR), 1};
  }
  if (isNoBreakSpace(t, at) || (at == content_ && isByteOrderMark(t, at))) return matchSpace();
  return {L::BAD_CHAR, codePointBytes(t, at)};
}

// DATETIME, DATE, YEAR_MONTH, FRACTION, BAD_DATE, DOTTED and NUMBER all start with a digit;
// each is measured and the longest wins, the rule written first on a tie.
Scanner::Match Scanner::matchNumberLike() const {
  const std::string_view t = text_;
  const std::size_t at = pos_;
  const std::size_t run = digitsAt(t, at);
  // YEAR_MONTH, DATE or DATETIME, whichever is longest (each extends the one before).
  Match first{0, 0};
  if (run == 4 && charAt(t, at + 4, '-') && digits(t, at + 5, 2)) {
    std::size_t length = 7;  // YEAR_MONTH
    size_t type = L::YEAR_MONTH;
    if (charAt(t, at + 7, '-') && digits(t, at + 8, 2)) {
      length = 10;
      type = L::DATE;
      if (charAt(t, at + 10, 'T') && digits(t, at + 11, 2) && charAt(t, at + 13, ':') && digits(t, at + 14, 2)) {
        length = 16;
        type = L::DATETIME;
      }
    }
    first = {type, length};
  }
  // FRACTION: digits '/' digits.
  Match fraction{0, 0};
  if (charAt(t, at + run, '/')) {
    std::size_t more = digitsAt(t, at + run + 1);
    if (more > 0) fraction = {L::FRACTION, run + 1 + more};
  }
  // BAD_DATE: digits [-/] digits ([-/] digits)?
  Match badDate{0, 0};
  if (charAt(t, at + run, '-') || charAt(t, at + run, '/')) {
    std::size_t second = digitsAt(t, at + run + 1);
    if (second > 0) {
      std::size_t length = run + 1 + second;
      if (charAt(t, at + length, '-') || charAt(t, at + length, '/')) {
        std::size_t third = digitsAt(t, at + length + 1);
        if (third > 0) length += 1 + third;
      }
      badDate = {L::BAD_DATE, length};
    }
  }
  // DOTTED: digits ('.' digits)+
  Match dotted{0, 0};
  {
    std::size_t length = run;
    while (charAt(t, at + length, '.')) {
      std::size_t part = digitsAt(t, at + length + 1);
      if (part == 0) break;
      length += 1 + part;
    }
    if (length > run) dotted = {L::DOTTED, length};
  }
  // Rule order: DATETIME, DATE, YEAR_MONTH (first), FRACTION, BAD_DATE, DOTTED, NUMBER. Taken
  // from the last to the first, each replacing the best when at least as long.
  Match best{L::NUMBER, run};
  auto atLeast = [&](const Match& m) {
    if (m.bytes > 0 && m.bytes >= best.bytes) best = m;
  };
  atLeast(dotted);
  atLeast(badDate);
  atLeast(fraction);
  atLeast(first);
  return best;
}

// STRING, or UNTERMINATED_STRING when the line (or the file) ends first.
Scanner::Match Scanner::matchText() const {
  const std::string_view t = text_;
  std::size_t i = pos_ + 1;
  while (i < t.size()) {
    char c = t[i];
    if (static_cast<unsigned char>(c) < 0x80 && c != '"' && c != '\\' && c != '\n') {
      ++i;  // the common case, kept short
      continue;
    }
    if (c == '"') return {L::STRING, i + 1 - pos_};
    if (c == '\n') break;
    if (c == '\\') {
      if (i + 1 >= t.size() || t[i + 1] == '\n') {
        ++i;  // a backslash ending the line belongs to the unterminated text
        break;
      }
      i += 1 + codePointBytes(t, i + 1);
      continue;
    }
    i += codePointBytes(t, i);
  }
  return {L::UNTERMINATED_STRING, i - pos_};
}

// LINE_COMMENT, BLOCK_COMMENT, or UNTERMINATED_COMMENT (a `/*` never closed runs to the end).
Scanner::Match Scanner::matchComment() const {
  const std::string_view t = text_;
  if (t[pos_ + 1] == '/') {
    std::size_t end = t.find_first_of("\r\n", pos_ + 2);
    if (end == std::string_view::npos) end = t.size();
    return {L::LINE_COMMENT, end - pos_};
  }
  std::size_t close = t.find("*/", pos_ + 2);
  if (close == std::string_view::npos) return {L::UNTERMINATED_COMMENT, t.size() - pos_};
  return {L::BLOCK_COMMENT, close + 2 - pos_};
}

Scanner::Match Scanner::matchSpace() const {
  const std::string_view t = text_;
  std::size_t i = pos_;
  while (i < t.size()) {
    char c = t[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
      ++i;
    } else if (isNoBreakSpace(t, i)) {
      i += 2;
    } else if (i == content_ && isByteOrderMark(t, i)) {
      // U+FEFF is white space only as the first code point (folded_stream.h): one more byte
      // order mark right after the one the input stream dropped.
      i += 3;
    } else {
      break;
    }
  }
  return {L::WS, i - pos_};
}

void Scanner::advance(std::size_t bytes) {
  const std::size_t end = pos_ + bytes;
  while (pos_ < end) {
    // A run of ASCII without a line feed: one code point and one column per byte.
    std::size_t run = pos_;
    while (run < end && static_cast<unsigned char>(text_[run]) < 0x80 && text_[run] != '\n') ++run;
    codePoint_ += run - pos_;
    column_ += run - pos_;
    pos_ = run;
    if (pos_ >= end) break;
    if (text_[pos_] == '\n') {
      ++line_;
      column_ = 0;
      ++pos_;
    } else {
      ++column_;
      pos_ += codePointBytes(text_, pos_);
    }
    ++codePoint_;
  }
}

}  // namespace agree::parse
