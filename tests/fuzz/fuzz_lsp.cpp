// libFuzzer target: the language server fed a byte stream as a client's messages. The first
// bytes choose a document text, the rest are framed JSON-RPC messages or edits and requests
// derived from them. Must never crash, hang, leak or throw, and must answer every request.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "calendars.h"
#include "driver/driver.h"
#include "server.h"

namespace {
using agree::lsp::json;

const char* const kMethods[] = {"textDocument/hover",      "textDocument/definition",     "textDocument/references",
                                "textDocument/completion", "textDocument/documentSymbol", "textDocument/formatting",
                                "textDocument/inlayHint",  "textDocument/codeLens"};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static bool once = [] {
    agree::runtime::useStandardLibrary(agree::driver::stdlibDir());
    return true;
  }();
  (void)once;
  if (size < 4) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  agree::lsp::Server server;
  server.handle(json{{"jsonrpc", "2.0"}, {"id", 0}, {"method", "initialize"}, {"params", json::object()}});
  const std::string uri = "file:///fuzz/fuzz.agree";
  std::size_t split = bytes.size() / 2;
  server.handle(json{{"jsonrpc", "2.0"},
                     {"method", "textDocument/didOpen"},
                     {"params", {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", bytes.substr(0, split)}}}}}});
  server.publishPending();
  // The rest: each 4 bytes an edit (line, character, length, a byte to insert) and a request.
  int id = 1;
  for (std::size_t i = split; i + 4 <= bytes.size(); i += 4) {
    auto b = [&](std::size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[i + k])); };
    json range{{"start", {{"line", b(0) % 64}, {"character", b(1) % 64}}},
               {"end", {{"line", b(0) % 64 + b(2) % 2}, {"character", b(2) % 64}}}};
    server.handle(json{
        {"jsonrpc", "2.0"},
        {"method", "textDocument/didChange"},
        {"params",
         {{"textDocument", {{"uri", uri}, {"version", id + 1}}},
          {"contentChanges", json::array({json{{"range", range}, {"text", std::string(1, bytes[i + 3] & 0x7F)}}})}}}});
    json params{{"textDocument", {{"uri", uri}}}, {"position", range["start"]}};
    auto out = server.handle(
        json{{"jsonrpc", "2.0"}, {"id", id}, {"method", kMethods[b(3) % std::size(kMethods)]}, {"params", params}});
    if (out.empty()) __builtin_trap();  // a request left unanswered
    ++id;
  }
  server.publishPending();
  // And the raw bytes as one message body.
  server.handleText(bytes);
  return 0;
}
