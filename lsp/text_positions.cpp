#include "text_positions.h"

#include <algorithm>

namespace agree::lsp {

std::size_t utf8Length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

namespace {
bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  lineBytes_.push_back(0);
  lineCodePoints_.push_back(0);
  std::uint32_t codePoints = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!isContinuation(c)) ++codePoints;
    if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      lineBytes_.push_back(i + 1);
      lineCodePoints_.push_back(codePoints);
    }
  }
}

std::size_t LineIndex::lineEndByte(std::uint32_t line) const {
  std::size_t end = line + 1 < lineBytes_.size() ? lineBytes_[line + 1] : text_.size();
  std::size_t begin = lineBytes_[line];
  if (end > begin && text_[end - 1] == '\n') --end;
  if (end > begin && text_[end - 1] == '\r') --end;
  return end;
}

std::string_view LineIndex::lineText(std::uint32_t line) const {
  if (line >= lineBytes_.size()) return {};
  return text_.substr(lineBytes_[line], lineEndByte(line) - lineBytes_[line]);
}

std::size_t LineIndex::byteAt(Position position) const {
  if (position.line >= lineBytes_.size()) return text_.size();
  std::size_t i = lineBytes_[position.line];
  std::size_t end = lineEndByte(position.line);
  std::uint32_t units = 0;
  while (i < end) {
    std::size_t n = std::min(utf8Length(static_cast<unsigned char>(text_[i])), end - i);
    std::uint32_t width = n == 4 ? 2 : 1;
    if (units + width > position.character) break;
    units += width;
    i += n;
  }
  return i;
}

Position LineIndex::positionOfByte(std::size_t byte) const {
  byte = std::min(byte, text_.size());
  auto it = std::upper_bound(lineBytes_.begin(), lineBytes_.end(), byte);
  auto line = static_cast<std::uint32_t>(it - lineBytes_.begin() - 1);
  std::size_t end = std::min(byte, lineEndByte(line));
  std::uint32_t units = 0;
  for (std::size_t i = lineBytes_[line]; i < end;) {
    std::size_t n = utf8Length(static_cast<unsigned char>(text_[i]));
    units += n == 4 ? 2 : 1;
    i += n;
  }
  return Position{line, units};
}

std::size_t LineIndex::byteOfCodePoint(std::uint32_t codePoint) const {
  auto it = std::upper_bound(lineCodePoints_.begin(), lineCodePoints_.end(), codePoint);
  auto line = static_cast<std::size_t>(it - lineCodePoints_.begin() - 1);
  std::size_t i = lineBytes_[line];
  for (std::uint32_t k = lineCodePoints_[line]; k < codePoint && i < text_.size(); ++k) {
    i += utf8Length(static_cast<unsigned char>(text_[i]));
  }
  return std::min(i, text_.size());
}

std::uint32_t LineIndex::codePointOfByte(std::size_t byte) const {
  byte = std::min(byte, text_.size());
  auto it = std::upper_bound(lineBytes_.begin(), lineBytes_.end(), byte);
  auto line = static_cast<std::size_t>(it - lineBytes_.begin() - 1);
  std::uint32_t cp = lineCodePoints_[line];
  for (std::size_t i = lineBytes_[line]; i < byte; ++i) {
    if (!isContinuation(static_cast<unsigned char>(text_[i]))) ++cp;
  }
  return cp;
}

Position LineIndex::positionOfCodePoint(std::uint32_t codePoint) const {
  return positionOfByte(byteOfCodePoint(codePoint));
}

}  // namespace agree::lsp
