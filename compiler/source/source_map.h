// The files of one compilation, with the tables that turn code-point offsets into lines,
// columns and bytes. Positions are computed for display only.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/span.h"

namespace agree::source {

struct Position {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in code points
};

class SourceFile {
 public:
  SourceFile(FileId id, std::string path, std::string text);

  FileId id() const { return id_; }
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  std::uint32_t codePointCount() const { return static_cast<std::uint32_t>(byteOfCodePoint_.size() - 1); }

  Position position(std::uint32_t codePoint) const;
  // The span from a position to the end of its line (nullopt outside the file): to point back
  // at something the model recorded by line and column.
  std::optional<Span> restOfLine(Position at) const;
  // The text of line `line` (1-based) without its line break.
  std::string_view lineText(std::uint32_t line) const;
  // The code points of line `line` (1-based), without its line break.
  Span lineSpan(std::uint32_t line) const;
  // UTF-8 text of the code points [begin, end).
  std::string_view slice(std::uint32_t begin, std::uint32_t end) const;

 private:
  FileId id_;
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> byteOfCodePoint_;  // one entry per code point, plus the end
  std::vector<std::uint32_t> lineStarts_;       // code-point offset of each line's start (after LF, CRLF or CR)
};

class SourceMap {
 public:
  // Registers text (already checked to be valid UTF-8).
  const SourceFile& add(std::string path, std::string text);
  const SourceFile& file(FileId id) const { return *files_.at(id); }
  const SourceFile* find(const std::string& path) const;
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

// Offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and code points
// above U+10FFFF included), or nullopt when the text is valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

}  // namespace agree::source
