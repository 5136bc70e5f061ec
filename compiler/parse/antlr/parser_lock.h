// The 4.9 runtime shares its DFA cache between parsers without safe locking (ANTLR.md,
// threads): every parse in the process holds this one lock.
#pragma once

#include <mutex>

namespace agree::parse {

inline std::mutex& parserLock() {
  static std::mutex lock;
  return lock;
}

}  // namespace agree::parse
