// Rows for batch queries: one per agreement x party x date (or, with intervals, per maximal run
// of days with the same answer), as CSV (RFC 4180, with a header row), JSON lines or aligned
// text. Documented in docs/query.md. CSV and JSON lines are for tools and keep the same values
// in every language; only the text for people has words. `agree export` stores the same
// answers (standingIntervals) in SQLite.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "standing.h"
#include "timeline.h"
#include "words/lang.h"

namespace agree::runtime {

enum class RowFormat { Csv, Jsonl, Text };

// The CSV header line (with its line break); empty for the other formats. `intervals`: the
// `date` column is `from,until`.
std::string queryHeader(RowFormat format, bool intervals = false);

// Receives the rows of one agreement in pieces of about kRowChunkBytes (whole rows), so a file's
// rows never sit in memory all at once. It may take the string's content.
using RowSink = std::function<void(std::string& rows)>;
inline constexpr std::size_t kRowChunkBytes = 64 * 1024;

struct RowOptions {
  RowFormat format = RowFormat::Csv;
  std::optional<std::string> party;    // only this party (runtime::findParty)
  words::Lang lang = words::Lang::En;  // the words of RowFormat::Text (yes / ja)
  // One row per maximal run of consecutive dates with the same answer (from, until: the day
  // after the run's last date). The dates must then be consecutive days.
  bool intervals = false;
};

// Hands the rows of one agreement to `sink`. Returns false when the agreement has no such party
// as asked for, or has two (then there are no rows).
bool writeQueryRows(const RowOptions& options, const std::string& file, const Timeline& timeline,
                    const std::vector<Date>& dates, const RowSink& sink);

// A party's answer over [from, until): the same on every day of it.
struct StandingInterval {
  Date from;
  std::optional<Date> until;  // nullopt: through 9999-12-31
  Verdict verdict = Verdict::No;
  // Why: "in_force", "not_yet", "start_unknown", "uncertain", "ended" (surviving clauses at
  // most), "left" (the party withdrew or was expelled).
  std::string basis;
  std::optional<bool> inForce;
  bool survivingOnly = false;
  std::vector<std::string> articles;  // distinct article ids of the binding clauses, in order
  std::optional<Interval> period;     // the term period while in force
};

// A party's standing on every day of [first, last], as maximal intervals with the same answer.
std::vector<StandingInterval> standingIntervals(const Timeline& timeline, const std::string& party, Date first,
                                                Date last);

// How a party is named for people and tools: its legal name, else its short name, else the
// name it acceded under, else its id.
std::string partyName(const Timeline& timeline, const std::string& party);

// Article ids as one unambiguous text: joined by " | ", a `|` or `\` inside an id escaped with
// a backslash ("Bijlage 2, Artikel 3 | 4 | a\|b").
std::string joinArticles(const std::vector<std::string>& articles);

// One CSV field, quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string& value);

// One CSV field of text from the input (a file name, an id): as csvField, and a value that a
// spreadsheet would take for a formula (it starts with = + - @, a tab or a carriage return)
// gets a leading ' and quotes (OWASP, "CSV injection").
std::string csvText(const std::string& value);

}  // namespace agree::runtime
