// The agreement files a query answers: the files named, and every *.agree below the folders
// named (symlinks followed, in name order). Paths that cannot be read — a symlink loop, a
// folder agree may not open, a pipe, socket or device, a dangling link — are reported as
// AGR0001 with the reason, and the walk goes on.
#pragma once

#include <string>
#include <vector>

namespace agree::cli {

struct QueryPaths {
  std::vector<std::string> files;
  std::size_t problems = 0;  // paths reported on stderr
};

QueryPaths collectQueryPaths(const std::vector<std::string>& paths);

// An AGR0001 diagnostic, rendered as the compiler renders it: `path` cannot be read, and why.
std::string unreadablePath(const std::string& path, const std::string& why);

}  // namespace agree::cli
