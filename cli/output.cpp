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
#include <optional>
#include <vector>

namespace agree::cli {

namespace {

namespace fs = std::filesystem;

constexpr int kMaxSymlinkHops = 40;  // as the kernel's own limit (ELOOP)

// The file a path names once its symlinks are followed; nullopt for a symlink loop. A dangling
// link gives its missing target, which is then made (as `echo > link` would).
std::optional<fs::path> followSymlinks(fs::path p) {
  for (int hop = 0; hop < kMaxSymlinkHops; ++hop) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(p, ec))) return p;
    fs::path next = fs::read_symlink(p, ec);
    if (ec) return p;
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  return std::nullopt;
}

// The mode a new file gets from the umask. umask() can only be read by setting it, so it is
// set back at once; this runs before any thread of agree starts.
mode_t newFileMode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// The replacement takes the mode, owner and group of the file it replaces where the system
// allows (only root may give a file away; a group the user is not in cannot be kept).
void takeOwnershipOf(int fd, const struct stat& old) {
  ::fchmod(fd, old.st_mode & 07777);
  if (::fchown(fd, old.st_uid, old.st_gid) != 0 && ::fchown(fd, static_cast<uid_t>(-1), old.st_gid) == 0) {
    ::fchmod(fd, old.st_mode & 07777);  // a change of group clears set-id bits
  }
}

}  // namespace

Output::~Output() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) std::remove(temp_.c_str());  // never committed: leave nothing behind
}

bool Output::fail(const char* what) {
  if (toStdout_) {
    std::cerr << "agree: cannot " << what << " to stdout: " << std::strerror(errno) << "\n";
  } else {
    std::cerr << "agree: cannot " << what << " `" << path_ << "`: " << std::strerror(errno) << "\n";
  }
  ok_ = false;
  return false;
}

// The temporary file could not be made in `folder`: say what is wrong with the folder.
bool Output::failIn(const std::string& folder) {
  int err = errno;
  std::cerr << "agree: cannot write `" << path_ << "`: ";
  struct stat st {};
  if (::stat(folder.c_str(), &st) != 0 && errno == ENOENT) {
    std::cerr << "the folder `" << folder << "` does not exist\n";
  } else if (::stat(folder.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
    std::cerr << "`" << folder << "` is not a folder\n";
  } else if (err == EACCES || err == EPERM || err == EROFS) {
    std::cerr << "the folder `" << folder << "` is not writable (" << std::strerror(err) << ")\n";
  } else {
    std::cerr << std::strerror(err) << "\n";
  }
  ok_ = false;
  return false;
}

bool Output::open(const std::string& path) {
  path_ = path;
  if (path.empty()) {
    toStdout_ = true;
    return true;
  }
  auto target = followSymlinks(path);
  if (!target) {
    errno = ELOOP;
    return fail("write");
  }
  target_ = target->string();
  struct stat st {};
  if (::stat(target_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    fd_ = ::open(target_.c_str(), O_WRONLY);
    return fd_ >= 0 || fail("write");
  }
  return openTemporary(target_);
}

// A temporary file beside the target, with the mode (and group) the target has or would get.
bool Output::openTemporary(const std::string& target) {
  fs::path t(target);
  fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + t.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = mkstemp(name.data());
  if (fd_ < 0) return failIn(dir.string());
  temp_ = name.data();
  struct stat old {};
  if (::stat(target.c_str(), &old) == 0) {
    takeOwnershipOf(fd_, old);
  } else {
    ::fchmod(fd_, newFileMode());
  }
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
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) return fail("replace");
  temp_.clear();
  return true;
}

bool writeOutput(const std::string& path, const std::string& content) {
  Output out;
  return out.open(path) && out.write(content) && out.commit();
}

bool outputIsInput(const std::string& output, const std::vector<std::string>& inputs) {
  struct stat out {};
  if (output.empty() || ::stat(output.c_str(), &out) != 0 || !S_ISREG(out.st_mode)) return false;
  for (const auto& input : inputs) {
    struct stat in {};
    if (::stat(input.c_str(), &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
      std::cerr << "agree: -o `" << output << "` is the input file `" << input
                << "`; writing it would replace what agree reads: name another file\n";
      return true;
    }
  }
  return false;
}

}  // namespace agree::cli
