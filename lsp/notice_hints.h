// The last notice day of the current term period beside each clause that gives a notice rule:
// as inlay hints (textDocument/inlayHint) and as code lenses (textDocument/codeLens), for
// clients that show one or the other. "Current" is the period containing today.
#pragma once

#include "analysis.h"
#include "protocol.h"
#include "time/date.h"

namespace agree::lsp {

struct NoticeHint {
  Range clause;  // the clause id where it is declared
  std::string label;
};

std::vector<NoticeHint> noticeHints(Analysis& analysis, time::Date today);

json inlayHints(Analysis& analysis, time::Date today);
json codeLenses(Analysis& analysis, time::Date today);

}  // namespace agree::lsp
