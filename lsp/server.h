// The language server: one JSON-RPC message in, the messages it causes out (its response, and
// notifications such as published diagnostics). It never throws and never leaves a request
// unanswered: a handler that fails answers with an InternalError. The stream loop (run) is
// the only part that touches I/O, so tests drive `handle` directly.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "analysis.h"
#include "document_store.h"
#include "protocol.h"
#include "time/date.h"

namespace agree::lsp {

class Server {
 public:
  // `lang`: agree lsp --lang (nullopt: each file decides, as agree check does).
  explicit Server(std::optional<diag::Lang> lang = std::nullopt);

  // Handles one message; the messages to send, in order.
  std::vector<json> handle(const json& message);
  // A message body as read from the stream: JSON that does not parse is answered with a
  // ParseError.
  std::vector<json> handleText(const std::string& body);
  // Diagnostics of the documents changed since they were last published; the loop calls it
  // when no further message is waiting, so a burst of edits is compiled once.
  std::vector<json> publishPending();

  bool exitRequested() const { return exit_; }
  // 0 after shutdown then exit, 1 for an exit without shutdown (LSP 3.17).
  int exitCode() const { return shutdown_ ? 0 : 1; }
  time::Date today() const { return today_; }
  const DocumentStore& documents() const { return store_; }

 private:
  json dispatchRequest(const std::string& method, const json& params);
  void dispatchNotification(const std::string& method, const json& params, std::vector<json>& out);
  Analysis* analysisOf(const json& params);  // of textDocument.uri; nullptr when not open
  json publish(const std::string& uri);

  DocumentStore store_;
  std::map<std::string, std::unique_ptr<Analysis>> analyses_;
  std::set<std::string> pending_;  // documents whose diagnostics are not published yet
  driver::CompileOptions compileOptions_;
  std::optional<diag::Lang> lang_;
  time::Date today_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exit_ = false;
};

// Reads framed messages from `in` until exit or the end of the stream, writing to `out`;
// returns the process's exit code.
int run(std::istream& in, std::ostream& out, std::optional<diag::Lang> lang = std::nullopt);

}  // namespace agree::lsp
