// Where a command's answer goes: stdout, or a file written whole or not at all (a temporary
// file in the same folder, flushed, then renamed over the target), so a reader never sees a
// half-written file. A symlink is written through: its target is replaced, the link stays. An
// existing file keeps its mode and group; a new one gets 0666 less the umask. A target that is
// not a regular file (/dev/null, a pipe) is written directly: it cannot be replaced.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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
  bool failIn(const std::string& folder);
  bool openTemporary(const std::string& target);
  std::string path_;    // as the user named it
  std::string target_;  // the file replaced: path_ with symlinks followed
  std::string temp_;    // empty when writing directly
  int fd_ = -1;
  bool toStdout_ = false;
  bool ok_ = true;
};

// The whole answer at once.
bool writeOutput(const std::string& path, const std::string& content);

// True (after saying so on stderr) when `output` is one of `inputs` — the same file by device
// and inode, whatever the names — so that -o never replaces what the command reads. The
// command then exits with kExitUsage.
bool outputIsInput(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace agree::cli
