// The compiled-model cache: a folder of checked models, one per agreement file, so that a
// portfolio whose files have not changed is answered without parsing them again
// (docs/PERFORMANCE.md, docs/query.md "The cache").
//
// An entry is found by a hash of the file's path and text, the build of agree that wrote it (its
// GNU build id: any other build, even of the same version, misses) and every option that changes
// what a compilation reads (the standard library's folder, the import roots). It lists the files
// the agreement imported with a hash of each, and is used only while every one of them is
// unchanged. Only a compilation without a single diagnostic is kept, so a cached answer never
// hides a warning. An entry carries a checksum: one that is cut short, damaged or written by
// another layout is a miss, and compiling again replaces it.
//
// Entries are written to a temporary file and renamed into place, so two runs sharing the folder
// each see a whole entry or none. A folder that cannot be created or written (read-only, full)
// is reported once through trouble(), and the run goes on without it: the answers are the same,
// only slower.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "driver/driver.h"

namespace agree::driver {

class ModelCache {
 public:
  explicit ModelCache(std::string folder);

  // The folder: $AGREE_CACHE_DIR, else $XDG_CACHE_HOME/agree, else ~/.cache/agree (empty when
  // there is no home either).
  static std::string defaultFolder();

  const std::string& folder() const { return folder_; }

  // Why entries could not be written, the first time it happened; nullopt while all is well.
  std::optional<std::string> trouble() const;

  // Counts for benchmarks and tests.
  std::size_t hits() const;
  std::size_t misses() const;

  // Internal to compileFile: the model for the file `path` with `text` when a valid entry has it
  // (nothing is added to c.sources: a hit reads neither the text's lines nor its encoding again).
  bool load(Compilation& c, const std::string& path, std::string_view text, const CompileOptions& options);
  void store(const Compilation& c, const source::SourceFile& main, const CompileOptions& options);

 private:
  std::string entryPath(const std::string& path, std::string_view text, const CompileOptions& options) const;
  void fail(std::string why);

  std::string folder_;
  mutable std::mutex mutex_;  // guards what follows: workers share one cache
  bool folderReady_ = false;
  bool broken_ = false;  // stop writing after the first failure
  std::optional<std::string> trouble_;
  std::size_t hits_ = 0, misses_ = 0;
};

// compileFile, reading the model from `cache` when it has it and storing it there when not. On a
// hit the compilation holds the model and no source file: a diagnostic about the agreement made
// later (a date out of range) reads the file again (driver::readFile).
std::unique_ptr<Compilation> compileFile(const std::string& path, const CompileOptions& options, ModelCache* cache);

}  // namespace agree::driver
