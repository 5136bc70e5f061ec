#include "source/source_map.h"

#include <algorithm>

namespace agree::source {

namespace {
// Length of the UTF-8 sequence that starts with `lead`; the text is validated beforehand.
std::uint32_t sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}
}  // namespace

SourceFile::SourceFile(FileId id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  byteOfCodePoint_.reserve(text_.size() + 1);
  std::uint32_t cp = 0;
  for (std::uint32_t i = 0; i < text_.size();) {
    byteOfCodePoint_.push_back(i);
    unsigned char c = static_cast<unsigned char>(text_[i]);
    i += sequenceLength(c);
    ++cp;
    // LF, CRLF and a lone CR (old Mac files) each end a line.
    bool lineBreak = c == '\n' || (c == '\r' && (i >= text_.size() || text_[i] != '\n'));
    if (lineBreak) lineStarts_.push_back(cp);
  }
  byteOfCodePoint_.push_back(static_cast<std::uint32_t>(text_.size()));
}

std::optional<Span> SourceFile::restOfLine(Position at) const {
  if (at.line == 0 || at.line > lineStarts_.size() || at.column == 0) return std::nullopt;
  std::uint32_t begin = lineStarts_[at.line - 1] + at.column - 1;
  std::uint32_t end = at.line < lineStarts_.size() ? lineStarts_[at.line] - 1 : codePointCount();
  if (begin > end) return std::nullopt;
  while (end > begin && slice(end - 1, end) == "\r") --end;
  return Span{id_, begin, end};
}

const SourceFile* SourceMap::find(const std::string& path) const {
  for (const auto& f : files_) {
    if (f->path() == path) return f.get();
  }
  return nullptr;
}

Position SourceFile::position(std::uint32_t codePoint) const {
  if (codePoint > codePointCount()) codePoint = codePointCount();
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), codePoint);
  auto line = static_cast<std::uint32_t>(it - lineStarts_.begin());
  return Position{line, codePoint - lineStarts_[line - 1] + 1};
}

std::string_view SourceFile::lineText(std::uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return {};
  std::uint32_t b = byteOfCodePoint_[lineStarts_[line - 1]];
  std::uint32_t e =
      line < lineStarts_.size() ? byteOfCodePoint_[lineStarts_[line] - 1] : static_cast<std::uint32_t>(text_.size());
  std::string_view v(text_.data() + b, e - b);
  if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
  return v;
}

Span SourceFile::lineSpan(std::uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return Span{id_, codePointCount(), codePointCount()};
  std::uint32_t begin = lineStarts_[line - 1];
  std::uint32_t end = line < lineStarts_.size() ? lineStarts_[line] - 1 : codePointCount();
  if (end > begin && slice(end - 1, end) == "\r") --end;
  return Span{id_, begin, end};
}

std::string_view SourceFile::slice(std::uint32_t begin, std::uint32_t end) const {
  std::uint32_t n = codePointCount();
  if (begin > n) begin = n;
  if (end > n) end = n;
  if (end < begin) end = begin;
  return std::string_view(text_).substr(byteOfCodePoint_[begin], byteOfCodePoint_[end] - byteOfCodePoint_[begin]);
}

const SourceFile& SourceMap::add(std::string path, std::string text) {
  auto id = static_cast<FileId>(files_.size());
  files_.push_back(std::make_unique<SourceFile>(id, std::move(path), std::move(text)));
  return *files_.back();
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size()) {
    auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t n;
    std::uint32_t cp;
    if ((c >> 5) == 0x6) {
      n = 2;
      cp = c & 0x1F;
    } else if ((c >> 4) == 0xE) {
      n = 3;
      cp = c & 0x0F;
    } else if ((c >> 3) == 0x1E) {
      n = 4;
      cp = c & 0x07;
    } else
      return i;
    if (i + n > t.size()) return i;
    for (std::size_t k = 1; k < n; ++k) {
      auto cc = static_cast<unsigned char>(t[i + k]);
      if ((cc >> 6) != 0x2) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n;
  }
  return std::nullopt;
}

}  // namespace agree::source
