// The compiler's diagnostics of a document as the protocol's Diagnostic objects: the same code,
// severity, the span as a UTF-16 range, the message with its notes and help in the file's
// language, secondary labels as related information, and a link to the code's section of
// docs/errors.md.
#pragma once

#include "analysis.h"
#include "protocol.h"

namespace agree::lsp {

// The diagnostics to publish for the analysed document (an array).
json diagnosticsOf(const Analysis& analysis, const std::string& uri);

// Where a code is explained: file://<docs>/errors.md#agr0402.
std::string codeHref(std::string_view code);

// The folder of docs/ (errors.md), set at build time.
std::string docsDir();

}  // namespace agree::lsp
