// Where a command's answer goes: stdout, or a file written whole or not at all (a temporary
// file in the same folder, flushed, then renamed over the target), so a reader never sees a
// half-written file. A target that is not a regular file (/dev/null, a pipe) is written
// directly: it cannot be replaced.
#pragma once

#include <string>
#include <string_view>

namespace agree::cli {

class Output {
 public:
  ~Output();
  // Empty path: stdout. Prints the problem and returns false when the file cannot be made.
  bool open(const std::string& path);
  bool write(std::string_view data);
  // Flushes and renames the temporary file into place.
  bool commit();

 private:
  bool fail(const char* what);
  std::string path_;
  std::string temp_;  // empty when writing directly
  int fd_ = -1;
  bool toStdout_ = false;
  bool ok_ = true;
};

// The whole answer at once.
bool writeOutput(const std::string& path, const std::string& content);

}  // namespace agree::cli
