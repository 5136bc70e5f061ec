// `agree query` as a library: one row per agreement x party x date, or per maximal interval with
// the same answer (runtime/report/query_rows.h), for every file of a batch, in file order.
#pragma once

#include <vector>

#include "batch.h"
#include "report/query_rows.h"
#include "time/date.h"
#include "words/lang.h"

namespace agree::portfolio {

struct Query {
  Batch batch;
  std::vector<time::Date> dates;
  runtime::RowFormat format = runtime::RowFormat::Csv;
  // The words of RowFormat::Text (yes / ja); nullopt: each agreement's `language`, else English.
  std::optional<words::Lang> lang;
  bool intervals = false;  // one row per maximal run of days with the same answer (dates: every day)
};

// Writes the header (CSV) and every file's rows through `sinks`.
Outcome runQuery(const Query& query, const Sinks& sinks);

}  // namespace agree::portfolio
