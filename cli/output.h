// Where a command's answer goes: stdout, or a file written whole or not at all (a temporary
// file in the same folder, flushed, then renamed over the target), so a reader never sees a
// half-written file.
#pragma once

#include <string>

namespace agree::cli {

// Writes `content` to stdout when `path` is empty. Prints the problem and returns false when
// the file cannot be written.
bool writeOutput(const std::string& path, const std::string& content);

}  // namespace agree::cli
