// Reading and showing hostile input: files that lie about their size, line breaks of every
// kind, long lines and invisible characters.
#include <doctest/doctest.h>

#include <string>

#include "diag/render.h"
#include "source/read_file.h"
#include "source/source_map.h"

using agree::source::readBounded;
using agree::source::ReadResult;

TEST_CASE("a file whose stat size is 0 is read only up to the limit") {
  // /proc/self/maps claims 0 bytes and always holds more than 16.
  auto r = readBounded("/proc/self/maps", 16);
  CHECK(r.status == ReadResult::Status::TooLarge);
  CHECK(r.bytes == 17);
  CHECK_FALSE(r.sizeFromStat);
  auto whole = readBounded("/proc/self/maps", 1 << 20);
  CHECK(whole.status == ReadResult::Status::Ok);
  CHECK(whole.text.size() > 16);
}

TEST_CASE("what is not a regular file is named, not opened") {
  CHECK(readBounded("/dev/null", 100).kind.en == "a character device");
  CHECK(readBounded("/", 100).kind.en == "a directory");
  CHECK(readBounded("/", 100).kind.nl == "een map");
  CHECK(readBounded("/no/such/file", 100).status == ReadResult::Status::Unreadable);
}

TEST_CASE("LF, CRLF and a lone CR each end a line") {
  agree::source::SourceMap m;
  const auto& f = m.add("t.agree", "a\rb\r\nc\nd");  // code points: a \r b \r \n c \n d
  CHECK(f.position(2).line == 2);
  CHECK(f.position(5).line == 3);
  CHECK(f.position(7).line == 4);
  CHECK(f.position(7).column == 1);
  CHECK(f.lineText(1) == "a");
  CHECK(f.lineText(2) == "b");
  CHECK(f.lineSpan(2).begin == 2);
  CHECK(f.lineSpan(2).end == 3);
}

TEST_CASE("a long line is shown as a window around the caret, with the true column") {
  std::string text(100000, ' ');
  text[50000] = '@';
  agree::source::SourceMap m;
  const auto& f = m.add("t.agree", text);
  agree::diag::Diagnostic d{agree::diag::Code::BadCharacter,
                            agree::diag::Severity::Error,
                            agree::source::Span{f.id(), 50000, 50001},
                            {"bad", "fout"},
                            {},
                            {},
                            {}};
  std::string out = agree::diag::renderText(d, m);
  CHECK(out.size() < 400);
  CHECK(out.rfind("t.agree:1:50001: error[AGR0103]: bad\n", 0) == 0);
  // The caret sits under the `@` of the shown window.
  auto shown = out.find("1 | ");
  auto carets = out.find("  | ", shown);
  REQUIRE(shown != std::string::npos);
  REQUIRE(carets != std::string::npos);
  auto lineStart = out.rfind('\n', shown) + 1;
  CHECK(out.find('@', shown) - lineStart == out.find('^', carets) - (out.rfind('\n', carets) + 1) + 2);
}
