#include "output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

namespace agree::cli {

Output::~Output() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) std::remove(temp_.c_str());  // never committed: leave nothing behind
}

bool Output::fail(const char* what) {
  std::cerr << "agree: cannot " << what << " `" << path_ << "`: " << std::strerror(errno) << "\n";
  ok_ = false;
  return false;
}

bool Output::open(const std::string& path) {
  path_ = path;
  if (path.empty()) {
    toStdout_ = true;
    return true;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    fd_ = ::open(path.c_str(), O_WRONLY);
    return fd_ >= 0 || fail("write");
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = mkstemp(name.data());
  if (fd_ < 0) return fail("write");
  temp_ = name.data();
  return true;
}

bool Output::write(std::string_view data) {
  if (!ok_) return false;
  if (toStdout_) {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    return static_cast<bool>(std::cout) || fail("write");
  }
  while (!data.empty()) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write");
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool Output::commit() {
  if (!ok_) return false;
  if (toStdout_) return static_cast<bool>(std::cout.flush()) || fail("write");
  if (temp_.empty()) {
    int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0 || fail("write");
  }
  if (::fsync(fd_) != 0) return fail("write");
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return fail("write");
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) return fail("replace");
  temp_.clear();
  return true;
}

bool writeOutput(const std::string& path, const std::string& content) {
  Output out;
  return out.open(path) && out.write(content) && out.commit();
}

}  // namespace agree::cli
