#include "cache_options.h"

#include <cstdlib>
#include <iostream>

#include "common.h"

namespace agree::cli {

namespace po = boost::program_options;

void addCacheOptions(po::options_description& options) {
  options.add_options()("cache-dir", po::value<std::string>(),
                        "keep compiled models here (default: $AGREE_CACHE_DIR, else ~/.cache/agree)")(
      "no-cache", po::bool_switch(), "compile every file, reading and writing no cache");
}

std::unique_ptr<driver::ModelCache> openCache(const po::variables_map& vm) {
  if (vm["no-cache"].as<bool>()) return nullptr;
  std::string folder = vm.count("cache-dir") ? vm["cache-dir"].as<std::string>() : driver::ModelCache::defaultFolder();
  if (folder.empty()) return nullptr;
  return std::make_unique<driver::ModelCache>(folder);
}

void noteCacheTrouble(const driver::ModelCache* cache) {
  if (!cache) return;
  // For tests and benchmarks: how many files the cache answered.
  if (const char* stats = std::getenv("AGREE_CACHE_STATS"); stats && *stats) {
    std::cerr << "agree: cache: " << cache->hits() << " hits, " << cache->misses() << " misses\n";
  }
  if (auto why = cache->trouble()) {
    bool dutch = chosenDiagnosticLang() == diag::Lang::Nl;
    std::cerr << (dutch ? "agree: opmerking: " : "agree: note: ") << *why
              << (dutch ? "; de antwoorden kloppen, maar zonder cache (--no-cache zwijgt hierover)\n"
                        : "; the answers stand, compiled without the cache (--no-cache silences this)\n");
  }
}

}  // namespace agree::cli
