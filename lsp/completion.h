// textDocument/completion: the keywords of the file's language (grammar/keywords.def), the ids
// the agreement declares (parties, groups, bodies, articles, clauses, scenarios), event kinds
// (declared and built in), template names, and inside `uses T(...)` the parameters of T.
#pragma once

#include "analysis.h"
#include "protocol.h"

namespace agree::lsp {

json completion(Analysis& analysis, Position position);

}  // namespace agree::lsp
