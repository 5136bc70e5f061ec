// The hand-written scanner against the grammar's generated lexer on the fuzzer's bytes: the
// same tokens (type, channel, offsets, line, column, text) and the same dropped errors, or a
// crash that libFuzzer keeps. Input that is not UTF-8 (the compiler's own test) is skipped: the
// compiler refuses it before lexing, and the generated lexer's input stream reads it wrongly (it
// throws, or drops a sequence cut short at the end: tests/fuzz/regressions/scanner-truncated-utf8.agree).
#include <antlr4-runtime.h>

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "AgreeLexer.h"
#include "parse/antlr/capped_lexer.h"
#include "parse/antlr/folded_stream.h"
#include "parse/antlr/scanner.h"
#include "source/source_map.h"

namespace {

using Seen = std::tuple<size_t, size_t, size_t, size_t, size_t, size_t, std::string>;

std::vector<Seen> drain(antlr4::TokenSource& source) {
  std::vector<Seen> out;
  for (;;) {
    auto t = source.nextToken();
    out.emplace_back(t->getType(), t->getChannel(), t->getStartIndex(), t->getStopIndex(), t->getLine(),
                     t->getCharPositionInLine(), t->getText());
    if (t->getType() == antlr4::Token::EOF) return out;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (agree::source::firstInvalidUtf8(text)) return 0;
  std::vector<Seen> want;
  std::size_t wantDropped = 0;
  try {
    agree::parse::FoldedInputStream input(text);
    agree::parse::CappedLexer lexer(&input);
    lexer.removeErrorListeners();
    want = drain(lexer);
    wantDropped = lexer.dropped();
  } catch (const std::range_error&) {
    return 0;  // not UTF-8
  }
  agree::parse::Scanner scanner(text, true);
  if (drain(scanner) != want || scanner.dropped() != wantDropped) std::abort();
  return 0;
}
