// The languages agree writes words for people in: answers, explanations and diagnostics.
#pragma once

namespace agree::diag {

enum class Lang { En, Nl };

}  // namespace agree::diag
