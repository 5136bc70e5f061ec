#include "source/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace agree::source {

namespace {

// What a file that is not a regular file is, in words for a message.
diag::Text kindOf(mode_t mode) {
  if (S_ISDIR(mode)) return {"a directory", "een map"};
  if (S_ISFIFO(mode)) return {"a named pipe (FIFO)", "een named pipe (FIFO)"};
  if (S_ISCHR(mode)) return {"a character device", "een character device"};
  if (S_ISBLK(mode)) return {"a block device", "een block device"};
  if (S_ISSOCK(mode)) return {"a socket", "een socket"};
  return {"not a regular file", "geen gewoon bestand"};
}

ReadResult notRegular(mode_t mode) {
  ReadResult r;
  r.status = ReadResult::Status::NotRegular;
  r.kind = kindOf(mode);
  return r;
}

ReadResult tooLarge(std::uintmax_t bytes, bool fromStat) {
  ReadResult r;
  r.status = ReadResult::Status::TooLarge;
  r.bytes = bytes;
  r.sizeFromStat = fromStat;
  return r;
}

// Reads until end of file or maxBytes + 1 bytes, whichever comes first.
bool readAtMost(int fd, std::size_t maxBytes, std::string& out) {
  char buf[65536];
  while (out.size() <= maxBytes) {
    std::size_t want = std::min(sizeof buf, maxBytes + 1 - out.size());
    ssize_t n = ::read(fd, buf, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

ReadResult readBounded(const std::string& path, std::size_t maxBytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  if (!S_ISREG(st.st_mode)) return notRegular(st.st_mode);
  if (static_cast<std::uintmax_t>(st.st_size) > maxBytes)
    return tooLarge(static_cast<std::uintmax_t>(st.st_size), true);
  // O_NONBLOCK: should the path have become a pipe since stat, opening it does not wait.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return {};
  ReadResult r;
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return r;
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return notRegular(st.st_mode);
  }
  bool ok = readAtMost(fd, maxBytes, r.text);
  ::close(fd);
  if (!ok) return {};
  if (r.text.size() > maxBytes) return tooLarge(r.text.size(), false);
  r.status = ReadResult::Status::Ok;
  return r;
}

}  // namespace agree::source
