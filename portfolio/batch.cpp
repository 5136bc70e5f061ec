#include "batch.h"

#include <cstdlib>
#include <new>
#include <system_error>
#include <thread>

#include "bound.h"
#include "diag/render.h"
#include "row_queue.h"
#include "runtime_errors.h"
#include "scenario_file.h"

namespace agree::portfolio {

namespace {

// Test hook: AGREE_FAULT_INJECT=query_bad_alloc makes a worker run out of memory as it hands
// over its first output, so the test suite can show that this becomes AGR0005, not an abort.
bool injectRowFault() {
  const char* fault = std::getenv("AGREE_FAULT_INJECT");
  return fault && std::string(fault) == "query_bad_alloc";
}

// Compiles, simulates and answers one file, handing its output to the queue.
FileOutcome answerFile(const Batch& b, const Answer& answer, const std::string& file, std::size_t i, RowQueue& queue) {
  FileOutcome r;
  std::string ambiguous;  // the party names two parties of this file
  auto c = driver::compileFile(file, b.compile, b.cache);
  if (c->agreement) {
    std::optional<model::Scenario> scenario;
    if (auto path = scenarioFileFor(file, b.scenarioDir); !path.empty()) {
      scenario = driver::compileScenarioFile(*c, path);
    }
    if (!c->sink.hasErrors()) {
      auto timeline = runtime::simulate(*c->agreement, scenario ? &*scenario : nullptr);
      runtime::PartyMatch match;
      if (b.party) match = runtime::matchParty(timeline, *b.party);
      if (!match.candidates.empty()) {
        // Never a silent pick: the file is skipped, saying between which parties.
        ambiguous = "agree: ";
        ambiguous += file;
        ambiguous += ": ";
        ambiguous += runtime::ambiguousPartyMessage(timeline, *b.party, match);
        ambiguous += "\n";
        r.hasParty = true;  // it has the name, twice: not "no agreement has a party"
      } else if (withinCalendar(*c, timeline)) {
        bool fault = injectRowFault();
        r.hasParty = answer(file, timeline, [&](std::string& rows) {
          if (fault) throw std::bad_alloc();
          queue.put(i, rows);
        });
      }
    }
  }
  r.failed = c->sink.hasErrors() || !ambiguous.empty();
  if (!c->sink.all().empty()) {
    r.diagnostics =
        diag::renderAll(c->sink.all(), c->sources,
                        {b.diagnostics.value_or(c->sink.language().value_or(diag::Lang::En)), b.diagnosticFormat});
  }
  r.diagnostics += ambiguous;
  // A file without an agreement header (and nothing else wrong) is a library that agreements
  // import (templates, shared parties): not an agreement to answer, and not an error.
  const auto& all = c->sink.all();
  if (all.size() == 1 && all[0].code == diag::Code::MissingHeader) {
    r.failed = false;
    // A note for people; tools reading JSON get diagnostics only.
    r.diagnostics = b.diagnosticFormat == diag::Format::Json
                        ? ""
                        : "note: " + file + " has no `agreement` header: a library file, skipped\n";
  }
  return r;
}

// An AGR0005 at the top of `file`: agree ran out of memory or failed inside answering it.
std::string answerFailure(const std::string& file, const diag::Text& what, diag::Style style) {
  driver::Compilation c;
  const auto& f = c.sources.add(file, "");
  c.sink.error(diag::Code::CompilerFailure, source::Span{f.id(), 0, 0}, what);
  return diag::renderAll(c.sink.all(), c.sources, style);
}

// A worker's loop: whatever it throws is caught here and carried to the writer with its file,
// never left to end the program in a thread.
void work(const Batch& b, const Answer& answer, RowQueue& queue) {
  while (auto i = queue.take()) {
    const auto& file = b.files[*i];
    FileOutcome r;
    try {
      r = answerFile(b, answer, file, *i, queue);
    } catch (const std::bad_alloc&) {
      r = FileOutcome{true, true, false, ""};
      r.diagnostics = answerFailure(file,
                                    {"agree ran out of memory while answering this file",
                                     "agree had niet genoeg geheugen om dit bestand te beantwoorden"},
                                    {b.diagnostics.value_or(diag::Lang::En), b.diagnosticFormat});
    } catch (const std::exception& e) {
      r = FileOutcome{true, true, false, ""};
      r.diagnostics =
          answerFailure(file,
                        {std::string("agree failed inside while answering this file: ") + e.what(),
                         std::string("agree liep intern vast bij het beantwoorden van dit bestand: ") + e.what()},
                        {b.diagnostics.value_or(diag::Lang::En), b.diagnosticFormat});
    }
    queue.finish(*i, std::move(r));
  }
}

// The worker threads; stopped and joined however the writer leaves (an error, an exception).
class Workers {
 public:
  Workers(const Batch& b, const Answer& answer, RowQueue& queue) : queue_(queue) {
    threads_.reserve(b.jobs);
    for (unsigned k = 0; k < b.jobs; ++k) {
      try {
        threads_.emplace_back([&] { work(b, answer, queue); });
      } catch (const std::system_error&) {
        if (threads_.empty()) throw;  // not even one: the caller reports it
        break;                        // fewer threads: slower, not wrong
      }
    }
  }
  ~Workers() {
    queue_.stop();
    for (auto& t : threads_) t.join();
  }

 private:
  RowQueue& queue_;
  std::vector<std::thread> threads_;
};

// Writes the output of every file in order, reporting each file's diagnostics after its rows.
void writeAll(const Batch& b, RowQueue& queue, const Sinks& sinks, Outcome& o) {
  std::string rows;
  for (std::size_t i = 0; i < b.files.size(); ++i) {
    bool writeOk = true;
    while (queue.nextRows(i, rows)) writeOk = writeOk && sinks.write(rows);
    FileOutcome r = queue.outcome(i);
    if (!r.diagnostics.empty()) sinks.report(r.diagnostics);
    if (r.outOfMemory) {
      o.stop = Outcome::Stop::FileFailed;
      return;
    }
    if (!writeOk) {
      o.stop = Outcome::Stop::WriteFailed;
      return;
    }
    o.anyFailed = o.anyFailed || r.failed;
    o.anyAnswered = o.anyAnswered || !r.failed;
    o.anyHasParty = o.anyHasParty || r.hasParty;
  }
}

}  // namespace

Outcome runBatch(const Batch& batch, const Answer& answer, const Sinks& sinks, std::string_view header) {
  Outcome o;
  try {
    // Workers take files in order, at most `window` ahead of the writer.
    RowQueue queue(batch.files.size(), 4 * static_cast<std::size_t>(batch.jobs));
    Workers workers(batch, answer, queue);
    if (!sinks.write(header)) {
      o.stop = Outcome::Stop::WriteFailed;
      return o;
    }
    writeAll(batch, queue, sinks, o);
  } catch (const std::bad_alloc&) {
    o.stop = Outcome::Stop::OutOfMemory;
  } catch (const std::system_error& e) {
    o.stop = Outcome::Stop::NoThread;
    o.why = e.what();
  }
  return o;
}

}  // namespace agree::portfolio
