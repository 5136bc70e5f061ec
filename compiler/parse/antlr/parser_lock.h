// The 4.9 runtime shares its DFA cache and the ATN's follow sets between parsers without safe
// locking (ANTLR.md, threads). A parse that reports errors (the full pass of quick_parse.h, an
// outline for the formatter) holds this one lock; the quick first pass touches neither and
// runs without it.
#pragma once

#include <mutex>

namespace agree::parse {

inline std::mutex& parserLock() {
  static std::mutex lock;
  return lock;
}

}  // namespace agree::parse
