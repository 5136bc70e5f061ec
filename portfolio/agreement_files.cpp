#include "agreement_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <utility>

#include "diag/render.h"
#include "driver/driver.h"

namespace agree::portfolio {

namespace {

namespace fs = std::filesystem;

// Why a path that stat() refused cannot be read.
diag::Text statFailure(int err) {
  if (err == ELOOP) return {"symlink loop", "symlinklus"};
  if (err == ENOENT) {
    return {"dangling symlink (what it points to does not exist)", "losse symlink (waar hij naar wijst, bestaat niet)"};
  }
  if (err == EACCES) return {"permission denied", "geen toegang"};
  return diag::Text::same(std::strerror(err));
}

// Why a file that is not a regular file is not read; empty for a regular file. Checked with
// stat() before anything is opened: opening a named pipe would wait for a writer forever.
diag::Text kindProblem(const struct stat& st) {
  if (S_ISREG(st.st_mode)) return {};
  if (S_ISFIFO(st.st_mode))
    return {"is a named pipe (FIFO), not a regular file", "is een named pipe (FIFO), geen gewoon bestand"};
  if (S_ISSOCK(st.st_mode)) return {"is a socket, not a regular file", "is een socket, geen gewoon bestand"};
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
    return {"is a device, not a regular file", "is een apparaat, geen gewoon bestand"};
  return {"is not a regular file", "is geen gewoon bestand"};
}

bool isAgreementName(const fs::path& p) { return p.extension() == ".agree"; }

class Walk {
 public:
  Walk(AgreementFiles& out, const Report& report, diag::Style style, FindOptions options)
      : out_(out), report_(report), style_(style), options_(options) {}

  void folder(const fs::path& dir, const struct stat& st) {
    std::pair<dev_t, ino_t> id{st.st_dev, st.st_ino};
    // A folder inside itself (through a symlink) would be walked for ever.
    if (std::find(ancestors_.begin(), ancestors_.end(), id) != ancestors_.end()) {
      return report(dir, {"symlink loop (it leads back to a folder it is in)",
                          "symlinklus (hij leidt terug naar een map waar hij zelf in staat)"});
    }
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) return report(dir, statFailure(ec.value()));
    ancestors_.push_back(id);
    for (; it != fs::directory_iterator(); it.increment(ec)) entry(it->path());
    if (ec) report(dir, statFailure(ec.value()));
    ancestors_.pop_back();
  }

  void entry(const fs::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) {
      // A loop may hide a folder, so it is reported whatever its name; other failures only
      // for what would have been an agreement.
      int err = errno;
      if (err == ELOOP || isAgreementName(p)) report(p, statFailure(err));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      // Below a versions folder nothing is answered, but the files are counted for the note.
      bool versions = !options_.includeVersions && isVersionsFolder(p.filename().string());
      skipping_ += versions;
      folder(p, st);
      skipping_ -= versions;
      return;
    }
    if (!isAgreementName(p)) return;
    if (skipping_) {
      ++out_.skippedVersions;
      return;
    }
    if (auto why = kindProblem(st); !why.empty()) return report(p, why);
    add(p.string(), st);
  }

  // A file not yet found (by device and inode): answered once however often it is reached.
  void add(const std::string& path, const struct stat& st) {
    if (seen_.insert({st.st_dev, st.st_ino}).second) found_.push_back(path);
  }

  // Files found since the last call, in name order.
  void flushSorted() {
    std::sort(found_.begin(), found_.end());
    out_.files.insert(out_.files.end(), found_.begin(), found_.end());
    found_.clear();
  }

  void report(const fs::path& p, const diag::Text& why) {
    if (skipping_) return;  // inside a versions folder that is not answered: not a problem
    report_(unreadablePath(p.string(), why, style_));
    ++out_.problems;
  }

 private:
  AgreementFiles& out_;
  const Report& report_;
  diag::Style style_;
  FindOptions options_;
  int skipping_ = 0;  // inside this many versions folders
  std::set<std::pair<dev_t, ino_t>> seen_;
  std::vector<std::string> found_;
  std::vector<std::pair<dev_t, ino_t>> ancestors_;
};

}  // namespace

std::string unreadablePath(const std::string& path, const diag::Text& why, diag::Style style) {
  driver::Compilation c;
  const auto& f = c.sources.add(path, "");
  c.sink.error(diag::Code::FileUnreadable, source::Span{f.id(), 0, 0},
               {"cannot read `" + path + "`: " + why.en, "kan `" + path + "` niet lezen: " + why.nl});
  return diag::renderAll(c.sink.all(), c.sources, style);
}

bool isVersionsFolder(const std::string& name) { return name == "versions" || name == "versies"; }

diag::Text skippedVersionsNote(std::size_t skipped) {
  if (skipped == 0) return {};
  auto n = std::to_string(skipped);
  return {"agree: note: skipped " + n + " file(s) in versions/ folders; --include-versions answers them",
          "agree: opmerking: " + n + " bestand(en) in versions/-mappen overgeslagen; --include-versions beantwoordt ze"};
}

AgreementFiles findAgreementFiles(const std::vector<std::string>& paths, const Report& report, diag::Style style,
                                  FindOptions options) {
  AgreementFiles out;
  Walk walk(out, report, style, options);
  for (const auto& p : paths) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) {
      int err = errno;
      struct stat link {};
      // A missing file is reported by the compiler, like any other; a broken link here.
      if (err == ENOENT && ::lstat(p.c_str(), &link) != 0) {
        out.files.push_back(p);
      } else {
        walk.report(p, statFailure(err));
      }
    } else if (S_ISDIR(st.st_mode)) {
      walk.folder(p, st);
      walk.flushSorted();
    } else if (auto why = kindProblem(st); !why.empty()) {
      walk.report(p, why);
    } else {
      walk.add(p, st);  // named: answered even inside a versions folder
      walk.flushSorted();
    }
  }
  return out;
}

}  // namespace agree::portfolio
