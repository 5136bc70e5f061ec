#include "runtime_errors.h"

#include "cite.h"
#include "words/say.h"

namespace agree::portfolio {

diag::Diagnostic& reportAt(driver::Compilation& c, diag::Code code, const model::SourceRef& where, diag::Text message) {
  const auto* file = c.sources.find(where.file);
  // A model from the cache comes without its source: read it now, to point into it.
  if (!file && !where.file.empty()) file = driver::readFile(c, where.file);
  auto span = file ? file->restOfLine(source::Position{static_cast<std::uint32_t>(where.line),
                                                       static_cast<std::uint32_t>(where.column)})
                   : std::nullopt;
  return c.sink.error(code, span.value_or(source::Span{}), std::move(message));
}

bool withinCalendar(driver::Compilation& c, const runtime::Timeline& t) {
  if (!t.outOfRange) return true;
  const auto* clause = t.agreement->findClause(t.outOfRange->clause);
  reportAt(c, diag::Code::DateOutOfRange, clause ? clause->where : model::SourceRef{},
           {words::say(t.outOfRange->message, *t.agreement, words::Lang::En),
            words::say(t.outOfRange->message, *t.agreement, words::Lang::Nl)})
      .help = {
      "agree computes dates from 0001-01-01 to 9999-12-31; it refuses a date beyond them rather than show a "
      "false one",
      "agree rekent met datums van 0001-01-01 tot en met 9999-12-31; een datum daarbuiten weigert het, in "
      "plaats van een onjuiste te tonen"};
  return false;
}

}  // namespace agree::portfolio
