// Positions in a document as the protocol counts them and as the compiler does. The protocol
// counts lines from 0 and characters in UTF-16 code units (an emoji is two, "ö" one); the
// compiler's spans count code points from the start of the file; edits work on bytes. One
// index per text turns each into the others; lines end at LF, CRLF or CR, as both count them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace agree::lsp {

struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;  // UTF-16 code units from the start of the line
  bool operator==(const Position&) const = default;
};

struct Range {
  Position start;
  Position end;
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  // The byte offset of a position. A character past the end of its line is the line's end, a
  // line past the last is the end of the text (clients may send either); a position inside a
  // surrogate pair counts as the start of its code point.
  std::size_t byteAt(Position position) const;
  Position positionOfByte(std::size_t byte) const;
  Position positionOfCodePoint(std::uint32_t codePoint) const;
  std::size_t byteOfCodePoint(std::uint32_t codePoint) const;
  std::uint32_t codePointOfByte(std::size_t byte) const;
  std::uint32_t lineCount() const { return static_cast<std::uint32_t>(lineBytes_.size()); }
  // The text of a line (0-based) without its line break.
  std::string_view lineText(std::uint32_t line) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> lineBytes_;                // byte offset of each line's start
  std::vector<std::uint32_t> lineCodePoints_;         // code-point offset of each line's start
  std::size_t lineEndByte(std::uint32_t line) const;  // before its line break
};

// Bytes of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
std::size_t utf8Length(unsigned char lead);

}  // namespace agree::lsp
