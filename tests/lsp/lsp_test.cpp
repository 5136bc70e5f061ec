// The language server's parts: positions in UTF-16, edits, URIs, framing, and the server's
// answers to a client that does everything right and to one that does not.
#include <doctest/doctest.h>

#include <sstream>

#include "document_store.h"
#include "framing.h"
#include "session.h"
#include "text_positions.h"
#include "uri.h"

using namespace agree::lsp;
using agree::lsp::testing::Session;

namespace {
// Line 1: "coördinator" (ö: 2 bytes, 1 UTF-16 unit), a space, 🤝 (4 bytes, 2 units), " x".
const std::string kText = "a\ncoördinator 🤝 x\r\nz\rq";
}  // namespace

TEST_CASE("positions count UTF-16 units on the line, lines end at LF, CRLF and CR") {
  LineIndex index(kText);
  CHECK(index.lineCount() == 4);
  // x: after 11 + 1 + 2 + 1 units; at byte 2 + 12 + 1 + 4 + 1; code point 2 + 11 + 1 + 1 + 1.
  CHECK(index.byteAt({1, 15}) == 20);
  CHECK(index.positionOfByte(20) == Position{1, 15});
  CHECK(index.codePointOfByte(20) == 16);
  CHECK(index.positionOfCodePoint(16) == Position{1, 15});
  CHECK(index.byteOfCodePoint(16) == 20);
  // r after ö: unit 3, byte 2 + 4.
  CHECK(index.byteAt({1, 3}) == 6);
  // Inside the surrogate pair: the start of the emoji.
  CHECK(index.byteAt({1, 13}) == 15);
  // Past the end of a line: its end before CRLF; past the last line: the end of the text.
  CHECK(index.byteAt({1, 100}) == 21);
  CHECK(index.byteAt({9, 0}) == kText.size());
  CHECK(index.positionOfByte(23) == Position{2, 0});
  CHECK(index.positionOfByte(25) == Position{3, 0});
  CHECK(index.lineText(1) == "coördinator 🤝 x");
}

TEST_CASE("range edits apply in UTF-16 positions") {
  std::string text = kText;
  applyChange(text, TextChange{Range{{1, 2}, {1, 3}}, "o"});
  CHECK(text == "a\ncoordinator 🤝 x\r\nz\rq");
  applyChange(text, TextChange{Range{{1, 12}, {1, 14}}, "🙂🙂"});
  CHECK(text == "a\ncoordinator 🙂🙂 x\r\nz\rq");
  applyChange(text, TextChange{Range{{0, 0}, {2, 0}}, ""});
  CHECK(text == "z\rq");
  applyChange(text, TextChange{std::nullopt, "whole"});
  CHECK(text == "whole");
  // A reversed range is the same range; one past the end appends.
  applyChange(text, TextChange{Range{{0, 5}, {0, 0}}, "new"});
  CHECK(text == "new");
  applyChange(text, TextChange{Range{{7, 7}, {8, 8}}, "!"});
  CHECK(text == "new!");
}

TEST_CASE("file URIs and paths, percent-encoded both ways") {
  CHECK(pathOfUri("file:///tmp/a%20b/co%C3%B6p.agree") == std::optional<std::string>("/tmp/a b/coöp.agree"));
  CHECK(uriOfPath("/tmp/a b/coöp.agree") == "file:///tmp/a%20b/co%C3%B6p.agree");
  CHECK(pathOfUri("untitled:Untitled-1") == std::nullopt);
  CHECK(pathOfUri(uriOfPath("/x/#1?.agree")) == std::optional<std::string>("/x/#1?.agree"));
}

TEST_CASE("framing: Content-Length headers, other headers ignored, a broken header ends the stream") {
  std::istringstream in(
      "Content-Length: 2\r\n\r\n{}"
      "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 7\r\n\r\n[1,2,3]"
      "Content-Length: x\r\n\r\n{}");
  CHECK(readMessage(in) == std::optional<std::string>("{}"));
  CHECK(readMessage(in) == std::optional<std::string>("[1,2,3]"));
  CHECK(readMessage(in) == std::nullopt);
  std::ostringstream out;
  writeMessage(out, "{\"a\":\"ö\"}");
  CHECK(out.str() == "Content-Length: 10\r\n\r\n{\"a\":\"ö\"}");
}

TEST_CASE("a diagnostic's range counts UTF-16 units after non-ASCII text") {
  Session s;
  s.initialize();
  const std::string uri = "file:///tmp/lsp-test/broken.agree";
  // `bogus` starts at code point 37 but at UTF-16 unit 38 (the emoji is two units).
  s.open(uri, "agreement x {\n  title \"Samenwerking coördinatie 🤝\" bogus\n}\n");
  auto diagnostics = s.diagnostics(uri);
  REQUIRE(diagnostics.size() >= 1);
  CHECK(diagnostics[0]["code"] == "AGR0101");
  CHECK(diagnostics[0]["severity"] == 1);
  CHECK(diagnostics[0]["range"]["start"] == json{{"line", 1}, {"character", 38}});
  CHECK(diagnostics[0]["range"]["end"] == json{{"line", 1}, {"character", 43}});
  CHECK(diagnostics[0]["codeDescription"]["href"].get<std::string>().ends_with("/errors.md#agr0101"));
}

TEST_CASE("agree lsp --lang chooses the language of diagnostics over the file's keywords") {
  // tests/e2e/diag-nl/onbekende-partij.agree is written with Dutch keywords: Dutch by default
  // (its expected text: "er is geen partij `alpha`"), English when the server is told so.
  const std::string uri = "file://" + std::string(AGREE_SOURCE_DIR) + "/tests/e2e/diag-nl/onbekende-partij.agree";
  const std::string text = agree::lsp::testing::readSource("tests/e2e/diag-nl/onbekende-partij.agree");
  Session dutch;
  dutch.initialize();
  dutch.open(uri, text);
  auto nl = dutch.diagnostics(uri);
  REQUIRE(nl.size() == 1);
  CHECK(nl[0]["code"] == "AGR0301");
  CHECK(nl[0]["message"].get<std::string>().starts_with("er is geen partij `alpha`"));
  Session english{Server(agree::diag::Lang::En), 1, {}};
  english.initialize();
  english.open(uri, text);
  auto en = english.diagnostics(uri);
  REQUIRE(en.size() == 1);
  CHECK(en[0]["code"] == "AGR0301");
  CHECK(en[0]["message"].get<std::string>().starts_with("no party is called `alpha`"));
}

TEST_CASE("the protocol's rules: not initialized, unknown methods, parse errors, shutdown and exit") {
  Session s;
  auto early = s.request("textDocument/hover", Session::at("file:///x.agree", 0, 0));
  CHECK(early["error"]["code"] == -32002);
  s.initialize();
  CHECK(s.request("agree/unknown", json::object())["error"]["code"] == -32601);
  auto garbage = s.server.handleText("{not json");
  REQUIRE(garbage.size() == 1);
  CHECK(garbage[0]["error"]["code"] == -32700);
  // A request about a document that is not open is answered, with nothing.
  CHECK(s.request("textDocument/hover", Session::at("file:///nowhere.agree", 0, 0))["result"].is_null());
  // Malformed params still get an answer.
  CHECK(s.request("textDocument/hover", json("nonsense")).contains("result"));
  CHECK(s.request("textDocument/definition", json{{"textDocument", 5}, {"position", "x"}}).contains("result"));
  CHECK(s.request("shutdown", nullptr)["result"].is_null());
  CHECK(s.request("textDocument/hover", Session::at("file:///x.agree", 0, 0))["error"]["code"] == -32600);
  s.notify("exit", nullptr);
  CHECK(s.server.exitRequested());
  CHECK(s.server.exitCode() == 0);
  Session abrupt;
  abrupt.initialize();
  abrupt.notify("exit", nullptr);
  CHECK(abrupt.server.exitCode() == 1);
}

TEST_CASE("the fixture compiles clean; edits break and fix it") {
  Session s;
  s.initialize();
  const std::string path = std::string(AGREE_SOURCE_DIR) + "/tests/lsp/fixtures/coop.agree";
  const std::string uri = uriOfPath(path);
  s.open(uri, agree::lsp::testing::readSource("tests/lsp/fixtures/coop.agree"));
  CHECK(s.diagnostics(uri).empty());
  // Line 17 is `  short "Coördinator"`: replace `short` by `shrt`.
  s.notify(
      "textDocument/didChange",
      json{{"textDocument", {{"uri", uri}, {"version", 2}}},
           {"contentChanges",
            json::array({json{
                {"range", {{"start", {{"line", 17}, {"character", 2}}}, {"end", {{"line", 17}, {"character", 7}}}}},
                {"text", "shrt"}}})}});
  auto broken = s.diagnostics(uri);
  REQUIRE(!broken.empty());
  CHECK(broken[0]["range"]["start"]["line"] == 17);
  s.notify(
      "textDocument/didChange",
      json{{"textDocument", {{"uri", uri}, {"version", 3}}},
           {"contentChanges",
            json::array({json{
                {"range", {{"start", {{"line", 17}, {"character", 2}}}, {"end", {{"line", 17}, {"character", 6}}}}},
                {"text", "short"}}})}});
  CHECK(s.diagnostics(uri).empty());
}

TEST_CASE("a template's parameter is found in its own template, not in another with the same name") {
  Session s;
  s.initialize();
  const std::string uri = "file:///tmp/lsp-test/templates.agree";
  s.open(uri,
         "template t(p: duration = 1 month) provision {\n"
         "  term minimum $p\n"
         "}\n"
         "template u(p: duration = 1 year) provision {\n"
         "  term minimum $p\n"
         "}\n");
  auto definition = s.request("textDocument/definition", Session::at(uri, 4, 16))["result"];
  CHECK(definition["range"] ==
        json{{"start", {{"line", 3}, {"character", 11}}}, {"end", {{"line", 3}, {"character", 12}}}});
  json params = Session::at(uri, 1, 16);
  params["context"] = {{"includeDeclaration", true}};
  auto references = s.request("textDocument/references", params)["result"];
  REQUIRE(references.size() == 2);
  CHECK(references[0]["range"]["start"] == json{{"line", 0}, {"character", 11}});
  CHECK(references[1]["range"] ==
        json{{"start", {{"line", 1}, {"character", 15}}}, {"end", {{"line", 1}, {"character", 17}}}});
}
