#include "analysis.h"

#include "runtime_errors.h"
#include "words/say.h"

namespace agree::lsp {

std::uint32_t codePoints(const std::string& text) {
  std::uint32_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

const parse::SourceToken* Analysis::tokenAt(Position position) const {
  std::uint32_t cp = lines->codePointOfByte(lines->byteAt(position));
  const parse::SourceToken* before = nullptr;
  for (const auto& t : tokens) {
    std::uint32_t end = t.start + codePoints(t.text);
    if (t.start <= cp && cp < end) return t.kind == parse::TokenKind::Whitespace && before ? before : &t;
    if (end == cp && t.kind != parse::TokenKind::Whitespace) before = &t;
    if (t.start > cp) break;
  }
  return before;
}

Range Analysis::rangeOf(const parse::SourceToken& token) const {
  return Range{lines->positionOfCodePoint(token.start),
               lines->positionOfCodePoint(token.start + codePoints(token.text))};
}

const SymbolIndex& Analysis::symbols() {
  if (!symbols_) symbols_ = buildSymbols(*compilation);
  return *symbols_;
}

diag::Lang answerLang(const Analysis& a) {
  if (a.chosenLang) return *a.chosenLang;
  return a.agreement() ? words::agreementLang(*a.agreement()) : a.lang;
}

std::unique_ptr<Analysis> analyze(const Document& document, const driver::CompileOptions& options,
                                  std::optional<diag::Lang> lang) {
  auto a = std::make_unique<Analysis>();
  a->revision = document.revision;
  a->text = document.text;
  a->lines = std::make_unique<LineIndex>(a->text);
  a->compilation = driver::compileText(document.path, document.text, nullptr, options);
  a->chosenLang = lang;
  a->lang = lang.value_or(a->compilation->sink.language().value_or(diag::Lang::En));
  // The protocol's JSON carries UTF-8 only; a text that is not (an in-process caller's) is not lexed.
  if (!source::firstInvalidUtf8(a->text)) a->tokens = parse::lexTokens(a->text);
  if (a->compilation->agreement) {
    // The simulation and its calendar check run as `agree bound` runs them; whatever goes wrong
    // inside is a diagnostic of the document, never the end of the server.
    try {
      auto timeline = runtime::simulate(*a->compilation->agreement, nullptr);
      if (portfolio::withinCalendar(*a->compilation, timeline)) a->timeline = std::move(timeline);
    } catch (const std::exception&) {
      a->timeline.reset();
    }
  }
  return a;
}

}  // namespace agree::lsp
