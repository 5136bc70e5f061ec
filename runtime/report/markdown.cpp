#include "report/markdown.h"

#include <algorithm>
#include <cctype>

namespace agree::report {

namespace {

bool isLineBreak(char c) { return c == '\n' || c == '\r'; }

// `breakAs`: what a line break becomes.
std::string escape(std::string_view s, std::string_view breakAs) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (isLineBreak(c)) {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;  // CRLF is one break
      out += breakAs;
      continue;
    }
    switch (c) {
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '&': out += "&amp;"; continue;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '|':
      case '~':
      case '$': out += '\\'; break;  // $ opens math on GitHub
      default: break;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string markdownText(std::string_view s) { return escape(s, " "); }

std::string markdownCell(std::string_view s) {
  std::string out = escape(s, "<br>");
  return out.empty() ? "—" : out;
}

std::string markdownLineStart(std::string text) {
  // Built by appending: g++ 12 at -O2 reports a false -Wrestrict for insert() here.
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  std::size_t at = std::string::npos;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) at = 0;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) at = digits;
  if (at == std::string::npos) return text;
  std::string out;
  out.reserve(text.size() + 1);
  out.append(text, 0, at);
  out.push_back('\\');
  out.append(text, at, std::string::npos);
  return out;
}

std::string markdownCode(std::string_view s) {
  std::string body(s);
  std::replace_if(body.begin(), body.end(), isLineBreak, ' ');
  std::size_t longest = 0, run = 0;
  for (char c : body) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  // A space keeps a backtick at either end from joining the fence (CommonMark strips one).
  bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

}  // namespace agree::report
