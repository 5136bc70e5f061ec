#include "scenario_file.h"

#include <filesystem>
#include <system_error>

namespace agree::portfolio {

namespace fs = std::filesystem;

std::string scenarioFileFor(const std::string& agreementFile, const std::string& scenarioDir) {
  fs::path f(agreementFile);
  fs::path path = (scenarioDir.empty() ? f.parent_path() : fs::path(scenarioDir)) / (f.stem().string() + ".scenario");
  std::error_code ec;
  return fs::is_regular_file(path, ec) ? path.string() : std::string();
}

}  // namespace agree::portfolio
