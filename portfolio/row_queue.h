// Files in order between the workers and the writer. A worker takes the next file (at most
// `window` ahead of the writer) and hands over its output piece by piece, waiting while
// kMaxUnwrittenBytes of it are unwritten; the writer takes the pieces file by file, in order.
// So output comes out in file order and memory stays bounded however much a file has.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace agree::portfolio {

inline constexpr std::size_t kMaxUnwrittenBytes = 1u << 20;  // per file, made but not yet written

// What a worker found for one file, besides its output.
struct FileOutcome {
  bool failed = false;
  bool outOfMemory = false;  // the output is incomplete: the whole batch fails
  bool hasParty = false;     // the file has the party asked for
  std::string diagnostics;   // rendered, for people
};

class RowQueue {
 public:
  RowQueue(std::size_t files, std::size_t window) : slots_(files), window_(window) {}

  // The next file to answer; nullopt when all are taken or the writer has stopped.
  std::optional<std::size_t> take();
  // Waits while the file has too much unwritten output; drops it once the writer has stopped.
  void put(std::size_t i, std::string& rows);
  void finish(std::size_t i, FileOutcome outcome);
  // The writer: the next piece of file i's output; false once the file is done and all written.
  bool nextRows(std::size_t i, std::string& rows);
  FileOutcome outcome(std::size_t i);
  void stop();

 private:
  struct Slot {
    std::deque<std::string> rows;
    std::size_t bytes = 0;
    bool done = false;
    FileOutcome outcome;
  };
  std::mutex lock_;
  std::condition_variable changed_;
  std::vector<Slot> slots_;
  std::size_t window_;
  std::size_t next_ = 0, writing_ = 0;
  bool stopped_ = false;
};

}  // namespace agree::portfolio
