// `agree export` without the database: one agreement's answers as plain table rows (the
// agreement, its parties, groups, clauses, term periods with their notice days, agenda items
// and standings as intervals), made on a batch's worker thread from its timeline and carried to
// the writing thread as text, one JSON array per row. The tables are documented in
// docs/export.md; portfolio/sqlite_export.h stores them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "batch.h"
#include "time/date.h"
#include "timeline.h"
#include "words/lang.h"

namespace agree::portfolio {

struct ExportWindow {
  // Both set: this window for every agreement (both days included). Unset: each agreement's own,
  // from its start for kDefaultYears (from its signing when the start is not known).
  std::optional<time::Date> from, to;
};
inline constexpr int kDefaultYears = 10;

struct Export {
  Batch batch;
  ExportWindow window;
  std::optional<words::Lang> lang;  // the words of causes and rules; nullopt: each agreement's language
};

// One row: its table's name first, then the values in the order of the table's columns.
using ExportRow = nlohmann::json;

// The rows of one agreement (a row per line). Returns false when `party` is asked for and the
// agreement has no such party (then there are no rows).
bool exportRows(const Export& options, const std::string& file, const runtime::Timeline& timeline,
                const runtime::RowSink& emit);

// The days of the window for one agreement; nullopt when it has neither start nor signing day
// and no window was given.
std::optional<std::pair<time::Date, time::Date>> exportWindow(const ExportWindow& window,
                                                              const runtime::Timeline& timeline);

}  // namespace agree::portfolio
