#include "output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

namespace agree::cli {

bool writeOutput(const std::string& path, const std::string& content) {
  if (path.empty()) {
    std::cout << content;
    return static_cast<bool>(std::cout.flush());
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  auto fail = [&](const char* what) {
    std::cerr << "agree: cannot " << what << " `" << path << "`: " << std::strerror(errno) << "\n";
    return false;
  };
  if (fd < 0) return fail("write");
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      std::remove(name.data());
      return fail("write");
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::remove(name.data());
    return fail("write");
  }
  if (std::rename(name.data(), path.c_str()) != 0) {
    std::remove(name.data());
    return fail("replace");
  }
  return true;
}

}  // namespace agree::cli
