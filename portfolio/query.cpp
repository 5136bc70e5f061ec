#include "query.h"

#include "words/say.h"

namespace agree::portfolio {

Outcome runQuery(const Query& q, const Sinks& sinks) {
  auto rows = [&](const std::string& file, const runtime::Timeline& timeline, const runtime::RowSink& emit) {
    auto lang = q.lang ? *q.lang : words::agreementLang(*timeline.agreement);
    return runtime::writeQueryRows(q.format, file, timeline, q.dates, q.batch.party, emit, lang);
  };
  return runBatch(q.batch, rows, sinks, runtime::queryHeader(q.format));
}

}  // namespace agree::portfolio
