#include "batch_options.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <thread>

#include "agreement_files.h"

namespace agree::cli {

std::optional<unsigned> readJobs(const po::variables_map& vm) {
  if (!vm.count("jobs")) return std::max(1u, std::min(kMaxJobs, std::thread::hardware_concurrency()));
  const auto& text = vm["jobs"].as<std::string>();
  unsigned jobs = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), jobs);
  if (ec != std::errc{} || end != text.data() + text.size() || jobs < 1 || jobs > kMaxJobs) {
    std::cerr << "agree: --jobs must be a whole number from 1 to " << kMaxJobs << ", not `" << text << "`\n";
    return std::nullopt;
  }
  return jobs;
}

bool checkScenarioDir(const std::string& dir) {
  std::error_code ec;
  if (dir.empty() || std::filesystem::is_directory(dir, ec)) return true;
  std::cerr << "agree: --scenario-dir `" << dir << "` is not a folder\n";
  return false;
}

void sayVersionsSkipped(std::size_t skipped, diag::Lang lang) {
  if (skipped == 0) return;
  std::cerr << portfolio::skippedVersionsNote(skipped).in(lang) << "\n";
}

}  // namespace agree::cli
