#include "document_store.h"

#include <algorithm>

#include "uri.h"

namespace agree::lsp {

void applyChange(std::string& text, const TextChange& change) {
  if (!change.range) {
    text = change.text;
    return;
  }
  LineIndex index(text);
  std::size_t begin = index.byteAt(change.range->start);
  std::size_t end = index.byteAt(change.range->end);
  if (end < begin) std::swap(begin, end);  // a reversed range is still one range
  text.replace(begin, end - begin, change.text);
}

Document& DocumentStore::open(const std::string& uri, std::string text, long long version) {
  Document& d = documents_[uri];
  d.uri = uri;
  d.path = pathOfUri(uri).value_or("untitled.agree");
  d.text = std::move(text);
  d.version = version;
  d.revision = ++revisions_;
  return d;
}

Document* DocumentStore::change(const std::string& uri, const TextChange& change, long long version) {
  auto it = documents_.find(uri);
  if (it == documents_.end()) return nullptr;
  applyChange(it->second.text, change);
  it->second.version = version;
  it->second.revision = ++revisions_;
  return &it->second;
}

void DocumentStore::close(const std::string& uri) { documents_.erase(uri); }

const Document* DocumentStore::find(const std::string& uri) const {
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

}  // namespace agree::lsp
