#include "format/format.h"

#include <fmt/format.h>

#include <cstdlib>
#include <string>

#include "format/layout.h"
#include "format/translate.h"
#include "format/verify.h"
#include "parse/tokens.h"

namespace agree::format {

namespace {

std::uint32_t codePoints(const std::string& text) {
  std::uint32_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

void reportClash(const NameClash& clash, parse::KeywordLanguage to, source::FileId file, diag::Sink& sink) {
  const auto& t = *clash.token;
  source::Span where{file, t.start, t.start + codePoints(t.text)};
  auto& d =
      sink.error(diag::Code::NameIsKeywordInTarget, where,
                 {fmt::format("the name `{}` would read as the keyword `{}` with {} keywords", t.text, clash.keyword,
                              parse::keywordLanguageName(to)),
                  fmt::format("de naam `{}` zou met {} sleutelwoorden gelezen worden als het sleutelwoord `{}`", t.text,
                              to == parse::KeywordLanguage::Dutch ? "Nederlandse" : "Engelse", clash.keyword)});
  d.help = {"rename it everywhere it is used, then translate the file",
            "geef het overal waar het gebruikt wordt een andere naam en vertaal dan het bestand"};
}

}  // namespace

Formatted formatFile(const source::SourceFile& file, diag::Sink& sink, std::optional<parse::KeywordLanguage> to) {
  Formatted result;
  auto outline = parse::outlineFile(file, sink);
  if (!outline) {
    result.status = Formatted::Status::SyntaxErrors;
    return result;
  }
  parse::SourceOutline written = *outline;
  if (to) {
    auto clashes = nameClashes(written, *to);
    for (const auto& clash : clashes) reportClash(clash, *to, file.id(), sink);
    if (!clashes.empty()) {
      result.status = Formatted::Status::Untranslatable;
      return result;
    }
    translate(written, *to);
  }
  result.text = layout(written);
  // Test hook: AGREE_FAULT_INJECT=fmt_lossy adds a token, as a bug in the layout would, so the
  // test suite can show that fmt then refuses to write (tests/e2e/fmt/lossy-refused.test).
  if (const char* fault = std::getenv("AGREE_FAULT_INJECT"); fault && std::string(fault) == "fmt_lossy") {
    result.text += "// injected\n";
  }
  // Read the result again: if it does not parse, or any token changed its meaning, write
  // nothing rather than lose it.
  auto again = parse::outlineText(result.text);
  std::optional<std::string> problem =
      again ? firstDifference(*outline, *again) : std::optional<std::string>("the formatted text does not parse");
  if (problem) {
    result.status = Formatted::Status::Lossy;
    result.problem = *problem;
    result.text.clear();
  }
  return result;
}

}  // namespace agree::format
