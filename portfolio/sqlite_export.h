// `agree export --sqlite`: the rows of portfolio/export_records.h stored in a SQLite database
// (Debian's libsqlite3), its tables documented in docs/export.md. The database is written
// whole or not at all: built as OUT.tmp-XXXXXX beside OUT in one transaction, then renamed
// into place; on any failure the temporary file is removed and OUT is left as it was.
#pragma once

#include <string>

#include "batch.h"
#include "export_records.h"

namespace agree::portfolio {

struct ExportOutcome {
  Outcome batch;
  // Set when the database could not be made, written or moved into place (OUT cannot be
  // written: `why` says so); nothing is then left behind.
  bool databaseFailed = false;
  std::string why;
};

// Compiles, simulates and exports every file of the batch into `out`. Diagnostics and notes go
// to `report`. When the batch stops early, or any file or the database fails, `out` is not
// touched (the files with errors are skipped, not a failure: the rest is exported).
ExportOutcome runExport(const Export& options, const std::string& out, const Report& report);

// The statements that make the tables (for docs/export.md and the tests).
const char* exportSchema();

}  // namespace agree::portfolio
