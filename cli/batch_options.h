// Options and notes shared by the commands that answer many files (query, export): --jobs,
// --scenario-dir, and the note about files skipped in versions/ folders.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "batch.h"
#include "common.h"
#include "diag/text.h"

namespace agree::cli {

inline constexpr unsigned kMaxJobs = 256;  // more threads than this is a typo

// --jobs: a whole number of threads, 1 to kMaxJobs (default: the cores); nullopt (after saying
// why) otherwise.
std::optional<unsigned> readJobs(const po::variables_map& vm);

// --scenario-dir must be a folder: a mistyped one would silently answer without scenarios.
bool checkScenarioDir(const std::string& dir);

// One note on stderr when files in versions/ folders were skipped (portfolio/agreement_files.h).
void sayVersionsSkipped(std::size_t skipped, diag::Lang lang);

// Fills `batch` from the options every portfolio command shares: --jobs, --scenario-dir,
// --party, PATH... (walked with the versions/ rule and --include-versions, the note in
// `noteLang`), and the chosen diagnostics. `pathProblems`: some path could not be read. Returns
// the exit status to stop with (after saying why), or nullopt when the batch is ready.
std::optional<int> readBatch(const po::variables_map& vm, portfolio::Batch& batch, diag::Lang noteLang,
                             bool& pathProblems);

}  // namespace agree::cli
