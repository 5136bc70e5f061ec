#include "batch_options.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <thread>

#include "agreement_files.h"
#include "exit_codes.h"

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

std::optional<int> readBatch(const po::variables_map& vm, portfolio::Batch& batch, diag::Lang noteLang,
                             bool& pathProblems) {
  auto jobs = readJobs(vm);
  if (!jobs) return kExitUsage;
  batch.jobs = *jobs;
  batch.compile = compileOptions();
  batch.diagnostics = chosenDiagnosticLang();
  batch.diagnosticFormat = chosenDiagnosticFormat();
  batch.scenarioDir = vm["scenario-dir"].as<std::string>();
  if (!checkScenarioDir(batch.scenarioDir)) return kExitUsage;
  if (vm.count("party")) batch.party = vm["party"].as<std::string>();
  auto found = portfolio::findAgreementFiles(
      vm["path"].as<std::vector<std::string>>(), [](const std::string& text) { std::cerr << text; },
      {chosenDiagnosticLang().value_or(diag::Lang::En), chosenDiagnosticFormat()}, {vm["include-versions"].as<bool>()});
  sayVersionsSkipped(found.skippedVersions, noteLang);
  batch.files = std::move(found.files);
  pathProblems = found.problems;
  if (batch.files.empty()) {
    std::cerr << "agree: no agreement files found\n";
    return found.problems ? kExitInputErrors : kExitUsage;
  }
  return std::nullopt;
}

}  // namespace agree::cli
