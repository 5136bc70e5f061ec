// textDocument/formatting: the document in the canonical layout of `agree fmt`, as one edit
// replacing the whole text; no edit when it is formatted already or does not parse.
#pragma once

#include "analysis.h"
#include "protocol.h"

namespace agree::lsp {

json formatting(const Analysis& analysis);

}  // namespace agree::lsp
