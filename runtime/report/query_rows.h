// Rows for batch queries: one per agreement x party x date, as CSV (RFC 4180, with a header
// row), JSON lines or aligned text. Documented in docs/query.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "timeline.h"

namespace agree::runtime {

enum class RowFormat { Csv, Jsonl, Text };

// The CSV header line (with its line break); empty for the other formats.
std::string queryHeader(RowFormat format);

// Appends the rows of one agreement. `party`: only that party (id, legal or short name, any
// case); a file without it gives no rows.
void appendQueryRows(std::string& out, RowFormat format, const std::string& file, const Timeline& timeline,
                     const std::vector<Date>& dates, const std::optional<std::string>& party);

// One CSV field, quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string& value);

}  // namespace agree::runtime
