// textDocument/definition, textDocument/references and textDocument/documentSymbol: ids of
// parties, groups, bodies, articles, clauses, scenarios, events and templates, across the
// document's imports and into the standard library.
#pragma once

#include "analysis.h"
#include "protocol.h"

namespace agree::lsp {

// The declaration of the id under the cursor (Location or null).
json definition(Analysis& analysis, const std::string& uri, Position position);
// Every place the id under the cursor is written (Location[]).
json references(Analysis& analysis, const std::string& uri, Position position, bool includeDeclaration);
// The document's outline: declarations in order, each article with its clauses (DocumentSymbol[]).
json documentSymbols(Analysis& analysis);

}  // namespace agree::lsp
