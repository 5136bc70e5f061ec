// Many agreement files compiled and simulated on several threads, each file's answer handed
// on in file order. Files parse in parallel too (compiler/parse/antlr/quick_parse.h); only a file
// with a syntax error is parsed again one at a time. Output is streamed (row_queue.h): memory stays bounded
// however much one file has. What a file's answer is (rows for `agree query`, ...) is the
// caller's: the batch knows nothing of formats or options, and prints nothing itself.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "agreement_files.h"
#include "driver/driver.h"
#include "driver/model_cache.h"
#include "report/query_rows.h"
#include "timeline.h"

namespace agree::portfolio {

struct Batch {
  std::vector<std::string> files;    // answered in this order (findAgreementFiles)
  std::optional<std::string> party;  // a file in which this names two parties is skipped, saying which
  std::string scenarioDir;           // NAME.scenario for NAME.agree from here; empty: beside it
  unsigned jobs = 1;                 // threads; fewer when the system gives fewer
  driver::CompileOptions compile;
  driver::ModelCache* cache = nullptr;    // compiled models kept between runs (null: compile every file)
  std::optional<diag::Lang> diagnostics;  // their language; nullopt: each file's keywords decide
  diag::Format diagnosticFormat = diag::Format::Text;
};

// One file's answer, made on a worker thread from its timeline: output handed to `emit` in
// pieces of whole lines. Returns whether the agreement has the party asked for (when one was).
using Answer =
    std::function<bool(const std::string& file, const runtime::Timeline& timeline, const runtime::RowSink& emit)>;

// Where a batch's results go: called on the calling thread only, file by file, in order.
struct Sinks {
  std::function<bool(std::string_view output)> write;  // false: writing failed, the batch stops
  Report report;                                       // diagnostics and notes, rendered for people
};

struct Outcome {
  enum class Stop {
    None,
    FileFailed,   // a worker ran out of memory or failed inside on a file (reported as AGR0005 at it)
    WriteFailed,  // `write` returned false
    OutOfMemory,  // while writing
    NoThread      // not even one worker could be started (`why`)
  };
  Stop stop = Stop::None;
  std::string why;
  bool anyFailed = false;    // some file had errors and was skipped
  bool anyAnswered = false;  // some file was answered
  bool anyHasParty = false;  // some file has the party asked for
};

// Compiles, simulates and answers every file, writing `header` first (a CSV header line, or
// nothing); stops at the first file it cannot complete.
Outcome runBatch(const Batch& batch, const Answer& answer, const Sinks& sinks, std::string_view header = {});

}  // namespace agree::portfolio
