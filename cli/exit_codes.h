// agree's exit codes, in one place (listed in --help and the README).
#pragma once

namespace agree::cli {

inline constexpr int kExitOk = 0;           // success; for `check`: no errors
inline constexpr int kExitInputErrors = 1;  // errors in the input files (diagnostics printed)
inline constexpr int kExitUsage = 2;        // wrong command line
inline constexpr int kExitInternal = 3;     // a bug in agree: please report it

}  // namespace agree::cli
