// A language server driven in process, as a client would: requests get ids, the messages the
// server sends back are kept for the test to read.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "server.h"
#include "uri.h"

namespace agree::lsp::testing {

inline std::string readSource(const std::string& relative) {
  std::ifstream in(std::string(AGREE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Session {
  Server server;
  int nextId = 1;
  std::vector<json> sent;  // every message the server sent, in order

  std::vector<json> take(std::vector<json> messages) {
    sent.insert(sent.end(), messages.begin(), messages.end());
    return messages;
  }
  // Sends a request and returns its response (the one message with its id).
  json request(const std::string& method, json params) {
    int id = nextId++;
    auto out = take(server.handle(json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}));
    for (const auto& m : out) {
      if (m.contains("id") && m["id"] == id) return m;
    }
    return json();
  }
  void notify(const std::string& method, json params) {
    take(server.handle(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}));
  }
  // The diagnostics published for `uri` once pending work is done.
  json diagnostics(const std::string& uri) {
    json last;
    for (const auto& m : take(server.publishPending())) {
      if (m["params"]["uri"] == uri) last = m["params"]["diagnostics"];
    }
    return last;
  }
  void initialize(const std::string& today = "2026-12-01") {
    request("initialize", json{{"processId", nullptr},
                               {"rootUri", nullptr},
                               {"capabilities", json::object()},
                               {"initializationOptions", {{"today", today}}}});
    notify("initialized", json::object());
  }
  void open(const std::string& uri, const std::string& text, int version = 1) {
    notify("textDocument/didOpen",
           json{{"textDocument", {{"uri", uri}, {"languageId", "agree"}, {"version", version}, {"text", text}}}});
  }
  static json at(const std::string& uri, unsigned line, unsigned character) {
    return json{{"textDocument", {{"uri", uri}}}, {"position", {{"line", line}, {"character", character}}}};
  }
};

}  // namespace agree::lsp::testing
