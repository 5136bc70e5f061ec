#include "query.h"

#include "words/say.h"

namespace agree::portfolio {

Outcome runQuery(const Query& q, const Sinks& sinks) {
  auto rows = [&](const std::string& file, const runtime::Timeline& timeline, const runtime::RowSink& emit) {
    runtime::RowOptions options;
    options.format = q.format;
    options.party = q.batch.party;
    options.lang = q.lang ? *q.lang : words::agreementLang(*timeline.agreement);
    options.intervals = q.intervals;
    return runtime::writeQueryRows(options, file, timeline, q.dates, emit);
  };
  return runBatch(q.batch, rows, sinks, runtime::queryHeader(q.format, q.intervals));
}

}  // namespace agree::portfolio
