// Hard limits on input, so that no input makes agree crash, hang or exhaust memory.
// Each has a test showing the clean error when it is exceeded.
#pragma once

#include <cstddef>

namespace agree::limits {

inline constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;  // one agreement or scenario file
// All files of one compilation together (main file, imports, scenario file): eight 4 MiB
// imports would otherwise take about 1 GB while parsing.
inline constexpr std::size_t kMaxTotalInputBytes = 16 * 1024 * 1024;
inline constexpr std::size_t kMaxSyntaxErrors = 50;         // then the parser stops
inline constexpr std::size_t kMaxPrintedDiagnostics = 100;  // then "and N more"
inline constexpr std::size_t kMaxImportDepth = 32;
inline constexpr std::size_t kMaxScenarioEvents = 10000;
inline constexpr long long kMaxCount = 1000000;        // durations, renewal counts
inline constexpr long long kMaxListedPeriods = 1000;   // term periods in one listing
inline constexpr std::size_t kMaxAgendaItems = 10000;  // items in one agenda
// The grammar has no recursive rule: declarations nest at most article > clause, so the only
// unbounded nesting is imports (kMaxImportDepth).

}  // namespace agree::limits
