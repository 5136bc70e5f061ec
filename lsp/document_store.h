// The documents the client has open, with the text as the client sees it: opened whole, then
// changed by range edits (incremental sync) or replaced whole, closed. What the compiler makes
// of a text is kept elsewhere (analysis.h), keyed by the document's version.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "text_positions.h"

namespace agree::lsp {

struct Document {
  std::string uri;
  std::string path;  // where the compiler pretends it lies (imports are relative to it)
  std::string text;
  long long version = 0;
  long long revision = 0;  // bumped on every change, also when the client sends no version
};

// One change of didChange: a range and its new text, or (no range) the whole new text.
struct TextChange {
  std::optional<Range> range;
  std::string text;
};

// Applies one change to a text: the range is in the protocol's UTF-16 positions.
void applyChange(std::string& text, const TextChange& change);

class DocumentStore {
 public:
  Document& open(const std::string& uri, std::string text, long long version);
  // Nullptr when the document is not open.
  Document* change(const std::string& uri, const TextChange& change, long long version);
  void close(const std::string& uri);
  const Document* find(const std::string& uri) const;
  const std::map<std::string, Document>& all() const { return documents_; }

 private:
  std::map<std::string, Document> documents_;
  long long revisions_ = 0;
};

}  // namespace agree::lsp
