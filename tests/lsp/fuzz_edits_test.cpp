// Random edits against the server (seeded, so a failure replays): inserts, deletions and
// replacements of tokens, half keywords, garbage and non-ASCII text at random places (also
// inside surrogate pairs and past the end), each followed now and then by a request at a random
// place. Every request must be answered (a result or an error, never silence) and nothing may
// crash. The edited text is checked against the server's by applying the same edits here.
#include <doctest/doctest.h>

#include <chrono>
#include <random>

#include "session.h"

using namespace agree::lsp;
using agree::lsp::testing::Session;

namespace {

const char* const kPieces[] = {
    "party ",
    "clause 1.3 duty {",
    "}",
    "{",
    "\"",
    "\"open text",
    "uses tacit_yearly_renewal(",
    ")",
    "notice_period = ",
    "3 months",
    "2025-02-30",
    "2026-12-25",
    "--11-01",
    "agre",
    "claus",
    "artikel ",
    "bepaling ",
    "gemeente",
    "stichting",
    "$x",
    "// AGR0101 comment\n",
    "/* open",
    "*/",
    "\n",
    "\r\n",
    "\t",
    "coördinator",
    "🤝",
    "é",
    "\xE2\x80\x9C",
    "16.2",
    "2/3",
    "survives 1.1",
    "under 1.2",
    "@#%",
    "\\",
    "scenario s {",
    "import \"std:clauses/renewal.agree\"\n",
    "import \"../../etc/passwd\"\n",
};

const char* const kMethods[] = {"textDocument/hover",      "textDocument/definition",     "textDocument/references",
                                "textDocument/completion", "textDocument/documentSymbol", "textDocument/formatting",
                                "textDocument/inlayHint",  "textDocument/codeLens"};

}  // namespace

TEST_SUITE("fuzz") {
  TEST_CASE("thousands of random edits: every request answered, the text kept in step") {
    const auto started = std::chrono::steady_clock::now();
    std::mt19937 random(20261204);
    Session s;
    s.initialize();
    const std::string uri =
        uriOfPath(std::string(AGREE_SOURCE_DIR) + "/tests/lsp/fixtures/fuzzed.agree");  // imports resolve beside it
    std::string text = agree::lsp::testing::readSource("tests/lsp/fixtures/coop.agree");
    s.open(uri, text);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    auto somewhere = [&] {
      LineIndex lines(text);
      unsigned line = static_cast<unsigned>(pick(lines.lineCount() + 2));
      unsigned character = static_cast<unsigned>(pick(60));
      return Position{line, character};
    };
    int requests = 0;
    for (int edit = 0; edit < 3000; ++edit) {
      Position a = somewhere(), b = a;
      if (pick(2)) b = Position{a.line + static_cast<unsigned>(pick(3)), static_cast<unsigned>(pick(60))};
      std::string inserted;
      switch (pick(3)) {
        case 0: inserted = kPieces[pick(std::size(kPieces))]; break;  // insert or replace a piece
        case 1: break;                                                // delete
        default:
          for (std::size_t i = pick(4); i-- > 0;) inserted += static_cast<char>('a' + pick(26));
      }
      TextChange change{Range{a, b}, inserted};
      applyChange(text, change);
      s.notify("textDocument/didChange",
               json{{"textDocument", {{"uri", uri}, {"version", edit + 2}}},
                    {"contentChanges", json::array({json{{"range", toJson(*change.range)}, {"text", inserted}}})}});
      if (edit % 3 == 0) s.diagnostics(uri);
      if (edit % 2 == 0) {
        Position at = somewhere();
        const char* method = kMethods[pick(std::size(kMethods))];
        json params = Session::at(uri, at.line, at.character);
        params["context"] = {{"includeDeclaration", true}};
        params["options"] = {{"tabSize", 2}, {"insertSpaces", true}};
        auto response = s.request(method, params);
        ++requests;
        REQUIRE_MESSAGE((response.contains("result") || response.contains("error")), method, " at edit ", edit);
      }
      // The server's copy of the text is the client's.
      if (edit % 100 == 0) {
        REQUIRE(s.server.documents().find(uri)->text == text);
        REQUIRE(s.server.handle(json::array()).size() == 1);  // an invalid message is answered too
      }
    }
    s.notify("textDocument/didChange", json{{"textDocument", {{"uri", uri}, {"version", 9999}}},
                                            {"contentChanges", json::array({json{{"text", text}}})}});
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    MESSAGE("3000 edits, ", requests, " requests in ", seconds, " s");
    CHECK(requests == 1500);
  }
}
