// The hand-written scanner (compiler/parse/antlr/scanner.h) against the grammar's generated
// lexer, token for token: type, channel, start and stop (code points), line, column and text,
// the end of file included. Over every file the project holds (examples, corpus, stdlib, every
// test input, the bad ones included), every string of up to three characters from an alphabet
// of the characters the lexer rules turn on, and 300,000 seeded random strings.
#include <antlr4-runtime.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "AgreeLexer.h"
#include "parse/antlr/capped_lexer.h"
#include "parse/antlr/folded_stream.h"
#include "parse/antlr/scanner.h"
#include "source/source_map.h"

namespace {

using agree::parse::Scanner;

struct Seen {
  size_t type, channel, start, stop, line, column;
  std::string text;
  bool operator==(const Seen&) const = default;
};

std::string describe(const Seen& t) {
  std::ostringstream out;
  out << "type " << t.type << " channel " << t.channel << " [" << t.start << "," << t.stop << "] " << t.line << ":"
      << t.column << " text '" << t.text << "'";
  return out.str();
}

Seen seen(antlr4::Token& t) {
  return Seen{t.getType(), t.getChannel(), t.getStartIndex(), t.getStopIndex(), t.getLine(), t.getCharPositionInLine(),
              t.getText()};
}

std::vector<Seen> drain(antlr4::TokenSource& source) {
  std::vector<Seen> out;
  for (;;) {
    auto t = source.nextToken();
    out.push_back(seen(*t));
    if (t->getType() == antlr4::Token::EOF) break;
  }
  return out;
}

std::vector<Seen> reference(const std::string& text, bool capped) {
  agree::parse::FoldedInputStream input(text);
  if (capped) {
    agree::parse::CappedLexer lexer(&input);
    lexer.removeErrorListeners();
    return drain(lexer);
  }
  agree::grammar::AgreeLexer lexer(&input);
  lexer.removeErrorListeners();
  return drain(lexer);
}

std::vector<Seen> scanned(const std::string& text, bool capped, bool hidden = true) {
  Scanner scanner(text, capped, hidden);
  return drain(scanner);
}

// The first difference between the two, for the failure message; empty when they agree.
std::string difference(const std::string& text, bool capped = false) {
  auto want = reference(text, capped);
  auto got = scanned(text, capped);
  for (std::size_t i = 0; i < want.size() || i < got.size(); ++i) {
    if (i >= want.size()) return "extra token " + describe(got[i]);
    if (i >= got.size()) return "missing token " + describe(want[i]);
    if (!(want[i] == got[i])) {
      return "token " + std::to_string(i) + ": lexer " + describe(want[i]) + ", scanner " + describe(got[i]);
    }
  }
  return "";
}

bool isInput(const std::filesystem::path& p) {
  auto e = p.extension().string();
  return e == ".agree" || e == ".scenario" || e == ".txt" || e == ".md" || e == ".test";
}

}  // namespace

TEST_CASE("the scanner yields the generated lexer's tokens on every file of the project") {
  std::size_t files = 0;
  for (const char* dir : {"examples", "stdlib", "tests", "docs", "skeleton"}) {
    std::filesystem::path root = std::filesystem::path(AGREE_SOURCE_DIR) / dir;
    if (!std::filesystem::exists(root)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || !isInput(entry.path())) continue;
      if (entry.path().string().find("node_modules") != std::string::npos) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      std::string text = buffer.str();
      if (text.size() > 2'000'000) continue;
      // Not UTF-8: the compiler refuses such a file before it is lexed (AGR0008), and the
      // generated lexer's input stream cannot read it (it throws, or drops a cut-short sequence).
      if (agree::source::firstInvalidUtf8(text)) continue;
      try {
        reference(text, false);
      } catch (const std::range_error&) {
        continue;
      }
      INFO(entry.path().string());
      CHECK(difference(text) == "");
      // What the parser reads: the same tokens without white space and comments.
      auto all = scanned(text, true);
      std::vector<Seen> visible;
      for (const auto& t : all) {
        if (t.channel == antlr4::Token::DEFAULT_CHANNEL) visible.push_back(t);
      }
      CHECK(scanned(text, true, false) == visible);
      ++files;
    }
  }
  CHECK(files > 300);
}

TEST_CASE("the scanner agrees on every short string over the characters the rules turn on") {
  const std::vector<std::string> alphabet = {
      "0", "1", "-", "/", ".", "T",        ":",        "\"",           "\\", "\n", "\r",
      "*", "a", "$", " ", "{", "\xC2\xA0", "\xC3\xA9", "\xEF\xBB\xBF", "@",  "_"};
  std::size_t n = 0;
  for (const auto& a : alphabet) {
    for (const auto& b : alphabet) {
      for (const auto& c : alphabet) {
        for (const std::string& text : {a, a + b, a + b + c}) {
          INFO(text);
          REQUIRE(difference(text) == "");
          ++n;
        }
      }
    }
  }
  CHECK(n == 3 * 21 * 21 * 21);
}

TEST_CASE("the scanner agrees on seeded random text") {
  const std::vector<std::string> pieces = {
      "2024",  "-",        "03",           "01",       "T",  "10",   ":",   "00",    "/",       ".",  "16", "2",
      "--",    "\"",       "\\",           "\"text\"", "\n", "\r\n", " ",   "\t",    "// c",    "/*", "*/", "*",
      "party", "partij",   "clause",       "x_1",      "$p", "$",    "{",   "}",     "(",       ")",  ",",  "=",
      "é",     "\xC2\xA0", "\xEF\xBB\xBF", "🤝",     "@",  "#",    "2/3", "1.2.3", "--11-01", "\f", "'"};
  std::mt19937 random(20261205);
  for (int round = 0; round < 300000; ++round) {
    std::string text;
    int count = static_cast<int>(random() % 12);
    for (int k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
    auto diff = difference(text, round % 2 == 1);
    if (!diff.empty()) {
      INFO(text);
      REQUIRE(diff == "");
    }
  }
}

TEST_CASE("past the error cap both count and drop the same error tokens") {
  std::string text = "agreement x {\n";
  for (int i = 0; i < 500; ++i) text += "@ 2024-3-1 \"open\n";
  text += "/* never closed";
  CHECK(difference(text, true) == "");
  agree::parse::FoldedInputStream input(text);
  agree::parse::CappedLexer lexer(&input);
  lexer.removeErrorListeners();
  drain(lexer);
  Scanner scanner(text, true);
  drain(scanner);
  CHECK(scanner.dropped() > 0);
  CHECK(scanner.dropped() == lexer.dropped());
  CHECK(scanner.firstDropped() == lexer.firstDropped());
}
