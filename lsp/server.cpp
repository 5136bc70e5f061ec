#include "server.h"

#include <chrono>
#include <istream>
#include <ostream>

#include "completion.h"
#include "diagnostics.h"
#include "formatting.h"
#include "framing.h"
#include "hover.h"
#include "navigation.h"
#include "notice_hints.h"

namespace agree::lsp {

namespace {

time::Date systemToday() {
  return time::Date::fromDays(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

json errorResponse(const json& id, int code, const std::string& message) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

// Thrown for a method the server does not have; answered as MethodNotFound.
struct UnknownMethod {};

json capabilities() {
  return json{{"textDocumentSync", {{"openClose", true}, {"change", 2}}},
              {"hoverProvider", true},
              {"definitionProvider", true},
              {"referencesProvider", true},
              {"documentSymbolProvider", true},
              {"completionProvider", {{"resolveProvider", false}, {"triggerCharacters", json::array({"("})}}},
              {"documentFormattingProvider", true},
              {"inlayHintProvider", true},
              {"codeLensProvider", {{"resolveProvider", false}}}};
}

std::string uriOf(const json& params) {
  if (!params.is_object()) return "";
  return stringAt(params.value("textDocument", json::object()), "uri");
}

long long versionOf(const json& params) {
  auto doc = params.value("textDocument", json::object());
  auto it = doc.find("version");
  return it != doc.end() && it->is_number_integer() ? it->get<long long>() : 0;
}

}  // namespace

Server::Server(std::optional<diag::Lang> lang) : lang_(lang), today_(systemToday()) {}

Analysis* Server::analysisOf(const json& params) {
  const auto* doc = store_.find(uriOf(params));
  if (!doc) return nullptr;
  auto& slot = analyses_[doc->uri];
  if (!slot || slot->revision != doc->revision) slot = analyze(*doc, compileOptions_, lang_);
  return slot.get();
}

json Server::publish(const std::string& uri) {
  json diagnostics = json::array();
  long long version = 0;
  if (const auto* doc = store_.find(uri)) {
    version = doc->version;
    try {
      Analysis* a = analysisOf(json{{"textDocument", {{"uri", uri}}}});
      diagnostics = diagnosticsOf(*a, uri);
    } catch (const std::exception& e) {
      // The compiler turns its own failures into AGR0005; this is for what fails around it.
      diagnostics = json::array({json{{"range", toJson(Range{})},
                                      {"severity", 1},
                                      {"code", "AGR0005"},
                                      {"codeDescription", {{"href", codeHref("AGR0005")}}},
                                      {"source", "agree"},
                                      {"message", std::string("agree failed inside: ") + e.what()}}});
      analyses_.erase(uri);
    }
  }
  json params{{"uri", uri}, {"diagnostics", diagnostics}};
  if (store_.find(uri)) params["version"] = version;
  return json{{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", params}};
}

std::vector<json> Server::publishPending() {
  std::vector<json> out;
  for (const auto& uri : pending_) out.push_back(publish(uri));
  pending_.clear();
  return out;
}

json Server::dispatchRequest(const std::string& method, const json& params) {
  if (method == "initialize") {
    initialized_ = true;
    if (params.is_object()) {
      auto options = params.value("initializationOptions", json::object());
      if (auto d = time::Date::parseIso(stringAt(options, "today"))) today_ = *d;
    }
    return json{{"capabilities", capabilities()}, {"serverInfo", {{"name", "agree"}, {"version", AGREE_VERSION}}}};
  }
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  Analysis* a = analysisOf(params);
  const json at = params.is_object() ? params.value("position", json::object()) : json::object();
  if (method == "textDocument/hover") return a ? hover(*a, positionFrom(at), today_) : json(nullptr);
  if (method == "textDocument/definition") return a ? definition(*a, uriOf(params), positionFrom(at)) : json(nullptr);
  if (method == "textDocument/references") {
    bool withDeclaration = params.value("context", json::object()).value("includeDeclaration", true);
    return a ? references(*a, uriOf(params), positionFrom(at), withDeclaration) : json::array();
  }
  if (method == "textDocument/documentSymbol") return a ? documentSymbols(*a) : json::array();
  if (method == "textDocument/completion") return a ? completion(*a, positionFrom(at)) : json::array();
  if (method == "textDocument/formatting") return a ? formatting(*a) : json::array();
  if (method == "textDocument/inlayHint") return a ? inlayHints(*a, today_) : json::array();
  if (method == "textDocument/codeLens") return a ? codeLenses(*a, today_) : json::array();
  throw UnknownMethod{};
}

void Server::dispatchNotification(const std::string& method, const json& params, std::vector<json>& out) {
  if (method == "exit") {
    exit_ = true;
    return;
  }
  if (!initialized_ || shutdown_) return;  // notifications before initialize are dropped
  const std::string uri = uriOf(params);
  if (method == "textDocument/didOpen") {
    auto doc = params.value("textDocument", json::object());
    store_.open(uri, stringAt(doc, "text"), versionOf(params));
    pending_.insert(uri);
  } else if (method == "textDocument/didChange") {
    auto changes = params.value("contentChanges", json::array());
    if (!changes.is_array()) return;
    for (const auto& c : changes) {
      TextChange change;
      change.text = stringAt(c, "text");
      if (c.is_object() && c.contains("range")) change.range = rangeFrom(c["range"]);
      store_.change(uri, change, versionOf(params));
    }
    pending_.insert(uri);
  } else if (method == "textDocument/didClose") {
    store_.close(uri);
    analyses_.erase(uri);
    pending_.erase(uri);
    out.push_back(publish(uri));  // clears the closed document's diagnostics
  }
  // initialized, didSave, $/cancelRequest, $/setTrace and the like: nothing to do.
}

std::vector<json> Server::handle(const json& message) {
  std::vector<json> out;
  if (!message.is_object()) {
    out.push_back(errorResponse(nullptr, errors::kInvalidRequest, "a message is a JSON object"));
    return out;
  }
  const json id = message.contains("id") ? message["id"] : json();
  const std::string method = stringAt(message, "method");
  const json params = message.contains("params") ? message["params"] : json::object();
  const bool isRequest = message.contains("id") && !method.empty();
  if (!isRequest) {
    if (method.empty()) return out;  // a response to a request of ours: none are sent
    try {
      dispatchNotification(method, params, out);
    } catch (const std::exception&) {
      // A notification has no answer; the document keeps its last good state.
    }
    return out;
  }
  if (!initialized_ && method != "initialize") {
    out.push_back(errorResponse(id, errors::kServerNotInitialized, "the server is not initialized"));
    return out;
  }
  if (shutdown_) {
    out.push_back(errorResponse(id, errors::kInvalidRequest, "the server is shut down"));
    return out;
  }
  try {
    json result = dispatchRequest(method, params);
    out.push_back(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
  } catch (const UnknownMethod&) {
    out.push_back(errorResponse(id, errors::kMethodNotFound, "no method `" + method + "`"));
  } catch (const std::exception& e) {
    out.push_back(errorResponse(id, errors::kInternalError, std::string("agree failed inside: ") + e.what()));
  }
  return out;
}

std::vector<json> Server::handleText(const std::string& body) {
  json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) return {errorResponse(nullptr, errors::kParseError, "the message is not JSON")};
  return handle(message);
}

int run(std::istream& in, std::ostream& out, std::optional<diag::Lang> lang) {
  Server server(lang);
  while (!server.exitRequested()) {
    auto body = readMessage(in);
    if (!body) break;
    for (const auto& m : server.handleText(*body))
      writeMessage(out, m.dump(-1, ' ', false, json::error_handler_t::replace));
    // Compile only when the client has stopped typing for now: nothing more is waiting.
    if (in.rdbuf()->in_avail() <= 0) {
      for (const auto& m : server.publishPending())
        writeMessage(out, m.dump(-1, ' ', false, json::error_handler_t::replace));
    }
  }
  return server.exitCode();
}

}  // namespace agree::lsp
