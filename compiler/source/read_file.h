// Reading one input file without trusting it. Its kind is checked before it is opened (a named
// pipe or a device would block or never end), and at most maxBytes + 1 bytes are read whatever
// stat says (files in /proc claim 0 bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "diag/text.h"

namespace agree::source {

struct ReadResult {
  enum class Status { Ok, Unreadable, NotRegular, TooLarge };
  Status status = Status::Unreadable;
  std::string text;          // Ok: the whole file
  diag::Text kind;           // NotRegular: "a named pipe (FIFO)", "a directory", ...
  std::uintmax_t bytes = 0;  // TooLarge: the size stat reports, or maxBytes + 1 when stat knew less
  bool sizeFromStat = false;
};

ReadResult readBounded(const std::string& path, std::size_t maxBytes);

}  // namespace agree::source
