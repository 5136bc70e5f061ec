// textDocument/hover: what the id, date or error code under the cursor means, in the words the
// command line answers with (bound, explain, timeline), in the agreement's language.
#pragma once

#include "analysis.h"
#include "protocol.h"
#include "time/date.h"

namespace agree::lsp {

// A Hover object, or null when there is nothing to say at the position.
json hover(Analysis& analysis, Position position, time::Date today);

// The first paragraph of a code's section of docs/errors.md; "" when the code has none.
std::string codePageSummary(const std::string& code);

}  // namespace agree::lsp
