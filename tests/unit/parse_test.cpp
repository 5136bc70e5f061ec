// The grammar stays LL(1) on real input: parsing the examples, the valid test inputs and a
// synthetic portfolio never falls back to full-context prediction.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "driver/driver.h"

#ifndef AGREE_SOURCE_DIR
#define AGREE_SOURCE_DIR "."
#endif

namespace fs = std::filesystem;

TEST_CASE("no full-context prediction on the examples and the valid test inputs") {
  std::size_t files = 0;
  agree::driver::CompileProfile profile;
  for (const char* dir : {"examples", "tests/e2e/import", "tests/e2e/hostile", "tests/e2e/query"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(AGREE_SOURCE_DIR) / dir)) {
      if (e.path().extension() != ".agree") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      agree::driver::compileText(e.path().string(), text.str(), &profile);
      ++files;
    }
  }
  CHECK(files >= 6);
  CHECK(profile.fullContextAttempts == 0);
}

TEST_CASE("no full-context prediction on a generated portfolio") {
  fs::path dir = fs::temp_directory_path() / ("agree-parse-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::string command =
      "python3 " AGREE_SOURCE_DIR "/tools/gen_portfolio.py --n 30 --seed 3 --out " + dir.string() + " > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  agree::driver::CompileProfile profile;
  std::size_t clean = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".agree") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto again = agree::driver::compileText(e.path().string(), text.str(), &profile);
    if (again->agreement) ++clean;
  }
  fs::remove_all(dir);
  CHECK(clean == 30);
  CHECK(profile.fullContextAttempts == 0);
}
