// What the compiler and the runtime make of one version of a document: its compilation
// (diagnostics, model), its timeline under no scenario (for hovers and hints), its tokens, and
// its symbols across imports (built on first use). Made once per document revision and shared
// by every feature, so a burst of requests costs one compilation.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "document_store.h"
#include "driver/driver.h"
#include "parse/tokens.h"
#include "symbols.h"
#include "text_positions.h"
#include "timeline.h"

namespace agree::lsp {

struct Analysis {
  long long revision = 0;
  std::string text;  // the document's text it was made from (LineIndex and tokens point into it)
  std::unique_ptr<LineIndex> lines;
  std::unique_ptr<driver::Compilation> compilation;
  std::optional<runtime::Timeline> timeline;  // when the agreement compiled and stays within the calendar
  diag::Lang lang = diag::Lang::En;           // of diagnostics: --lang, else the file's keywords
  std::optional<diag::Lang> chosenLang;       // --lang (agree lsp --lang nl|en), for answers too
  std::vector<parse::SourceToken> tokens;     // of the document, hidden ones included

  const model::Agreement* agreement() const {
    return compilation && compilation->agreement ? &*compilation->agreement : nullptr;
  }
  // The token under a position (nullptr between tokens or past the end). A position just after
  // a token (the cursor at the end of a word) counts as on it.
  const parse::SourceToken* tokenAt(Position position) const;
  Range rangeOf(const parse::SourceToken& token) const;
  // Symbols, built on the first call.
  const SymbolIndex& symbols();

 private:
  std::optional<SymbolIndex> symbols_;
};

// `lang`: the language the user chose (agree lsp --lang); nullopt: the file decides, as in
// agree check (diagnostics: its keywords; answers: its `language`).
std::unique_ptr<Analysis> analyze(const Document& document, const driver::CompileOptions& options,
                                  std::optional<diag::Lang> lang = std::nullopt);

// The language of answers (hovers, hints): the chosen one, else the agreement's `language`.
diag::Lang answerLang(const Analysis& a);

// Code points in a UTF-8 text.
std::uint32_t codePoints(const std::string& text);

}  // namespace agree::lsp
