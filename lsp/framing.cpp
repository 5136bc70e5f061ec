#include "framing.h"

#include <cctype>
#include <istream>
#include <ostream>

namespace agree::lsp {

namespace {

// A header line without its CRLF (a bare LF is accepted too); nullopt at the end of the stream.
std::optional<std::string> headerLine(std::istream& in) {
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

bool startsWithNoCase(const std::string& text, const std::string& prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  }
  return true;
}

// Larger bodies are refused: an agreement is at most a few megabytes (input_limits.h).
constexpr std::size_t kMaxBody = 64u * 1024u * 1024u;

}  // namespace

std::optional<std::string> readMessage(std::istream& in) {
  std::optional<std::size_t> length;
  while (true) {
    auto line = headerLine(in);
    if (!line) return std::nullopt;
    if (line->empty()) {
      if (length) break;
      continue;  // stray blank lines between messages
    }
    const std::string key = "content-length:";
    if (startsWithNoCase(*line, key)) {
      std::size_t n = 0;
      bool digits = false;
      for (std::size_t i = key.size(); i < line->size(); ++i) {
        char c = (*line)[i];
        if (c == ' ' || c == '\t') continue;
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(c - '0');
        if (n > kMaxBody) return std::nullopt;
        digits = true;
      }
      if (!digits) return std::nullopt;
      length = n;
    }
    // Other headers (Content-Type) are allowed and ignored.
  }
  std::string body(*length, '\0');
  if (*length > 0 && !in.read(body.data(), static_cast<std::streamsize>(*length))) return std::nullopt;
  return body;
}

void writeMessage(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace agree::lsp
