// `agree report`: one self-contained HTML page per agreement (the timeline as inline SVG, the
// parties, every article's source text beside its encoding in words), or one overview page for
// a portfolio (a row per agreement, sortable). Self-contained: inline style, no fetch of any
// kind (a Content-Security-Policy forbids it), no script on the agreement page and one small
// sorting script on the overview, which reads without it. Every string from an agreement is
// escaped, with bidi controls shown as escapes and user text isolated in <bdi>.
#pragma once

#include <string>

#include "timeline.h"
#include "words/lang.h"

namespace agree::runtime {

std::string htmlReport(const Timeline& timeline, words::Lang lang);

// One <tr> of the portfolio overview: the agreement in `file` as of `asOf`.
std::string portfolioRow(const std::string& file, const Timeline& timeline, Date asOf, words::Lang lang);
// The overview page around the rows (portfolioRow's, in file order).
std::string portfolioPage(const std::string& rows, Date asOf, words::Lang lang);

// The overview's sorting script and the CSP hash that lets exactly it run ("sha256-...").
const char* portfolioScript();
const char* portfolioScriptHash();

}  // namespace agree::runtime
