// The compiled-model cache on the command line, for the commands that answer a whole portfolio:
// `--cache-dir DIR` (default: driver::ModelCache::defaultFolder()) and `--no-cache`.
#pragma once

#include <boost/program_options.hpp>
#include <memory>

#include "driver/model_cache.h"

namespace agree::cli {

void addCacheOptions(boost::program_options::options_description& options);

// The cache the options ask for; null with --no-cache or when no folder can be named.
std::unique_ptr<driver::ModelCache> openCache(const boost::program_options::variables_map& vm);

// After a run: one note on stderr when the cache could not be written (the answers stand).
void noteCacheTrouble(const driver::ModelCache* cache);

}  // namespace agree::cli
