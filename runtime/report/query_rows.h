// Rows for batch queries: one per agreement x party x date, as CSV (RFC 4180, with a header
// row), JSON lines or aligned text. Documented in docs/query.md. CSV and JSON lines are for
// tools and keep the same values in every language; only the text for people has words.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "timeline.h"
#include "words/lang.h"

namespace agree::runtime {

enum class RowFormat { Csv, Jsonl, Text };

// The CSV header line (with its line break); empty for the other formats.
std::string queryHeader(RowFormat format);

// Receives the rows of one agreement in pieces of about kRowChunkBytes (whole rows), so a file's
// rows never sit in memory all at once. It may take the string's content.
using RowSink = std::function<void(std::string& rows)>;
inline constexpr std::size_t kRowChunkBytes = 64 * 1024;

// Hands the rows of one agreement to `sink`. `party`: only that party (runtime::findParty: id,
// short or legal name, any case or Unicode form). Returns false when the agreement has no such
// party, or has two (then there are no rows). `lang`: the words of RowFormat::Text (yes / ja).
bool writeQueryRows(RowFormat format, const std::string& file, const Timeline& timeline, const std::vector<Date>& dates,
                    const std::optional<std::string>& party, const RowSink& sink, words::Lang lang = words::Lang::En);

// One CSV field, quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string& value);

// One CSV field of text from the input (a file name, an id): as csvField, and a value that a
// spreadsheet would take for a formula (it starts with = + - @, a tab or a carriage return)
// gets a leading ' and quotes (OWASP, "CSV injection").
std::string csvText(const std::string& value);

}  // namespace agree::runtime
