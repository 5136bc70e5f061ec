#include "navigation.h"

#include "uri.h"

namespace agree::lsp {

namespace {

bool inside(Position p, const Range& r) {
  auto before = [](Position a, Position b) {
    return a.line < b.line || (a.line == b.line && a.character <= b.character);
  };
  return before(r.start, p) && before(p, r.end);
}

std::string uriOf(const Analysis& a, const std::string& documentUri, const std::string& path) {
  return path == a.compilation->sources.file(0).path() ? documentUri : uriOfPath(path);
}

// The id under the cursor, when the cursor is on a use or declaration the index knows.
std::optional<std::string> idAt(Analysis& a, Position position) {
  const auto& index = a.symbols();
  for (const auto& u : index.uses) {
    if (u.place.path == index.mainPath && inside(position, u.place.range)) return u.id;
  }
  return std::nullopt;
}

const Symbol* declarationOf(Analysis& a, const std::string& id) {
  const auto& index = a.symbols();
  auto dollar = id.find('$');
  if (dollar == std::string::npos) return index.find(id);
  // A template's parameter (symbols.h, parameterKey): `$notice` in its body, `notice =` in a use.
  for (const auto& s : index.symbols) {
    if (s.kind == SymbolKind::Parameter && s.scope == id.substr(0, dollar) && s.id == id.substr(dollar + 1)) return &s;
  }
  return nullptr;
}

int protocolKind(SymbolKind kind) {
  switch (kind) {
    case SymbolKind::Party: return 19;      // Object
    case SymbolKind::Group: return 18;      // Array
    case SymbolKind::Body: return 5;        // Class
    case SymbolKind::EventKind: return 24;  // Event
    case SymbolKind::Article: return 3;     // Namespace
    case SymbolKind::Clause: return 7;      // Property
    case SymbolKind::Scenario: return 2;    // Module
    case SymbolKind::Template: return 11;   // Interface
    case SymbolKind::Parameter: return 26;  // TypeParameter
  }
  return 13;
}

json symbolJson(const Symbol& s) {
  json j{{"name", s.id},
         {"kind", protocolKind(s.kind)},
         {"range", toJson(s.whole)},
         {"selectionRange", toJson(s.name.range)},
         {"children", json::array()}};
  std::string detail = symbolKindName(s.kind);
  if (!s.detail.empty()) detail += ": " + s.detail;
  j["detail"] = detail;
  return j;
}

}  // namespace

json definition(Analysis& a, const std::string& uri, Position position) {
  auto id = idAt(a, position);
  if (!id) return nullptr;
  const Symbol* s = declarationOf(a, *id);
  if (!s) return nullptr;
  return location(uriOf(a, uri, s->name.path), s->name.range);
}

json references(Analysis& a, const std::string& uri, Position position, bool includeDeclaration) {
  json out = json::array();
  auto id = idAt(a, position);
  if (!id) return out;
  const Symbol* declaration = declarationOf(a, *id);
  for (const auto& u : a.symbols().uses) {
    if (u.id != *id) continue;
    bool isDeclaration =
        declaration && u.place.path == declaration->name.path && u.place.range.start == declaration->name.range.start;
    if (isDeclaration && !includeDeclaration) continue;
    out.push_back(location(uriOf(a, uri, u.place.path), u.place.range));
  }
  return out;
}

json documentSymbols(Analysis& a) {
  const auto& index = a.symbols();
  json out = json::array();
  // The clauses that follow an article are its children: it is then the last symbol in `out`
  // (anything else pushed ends the article).
  bool inArticle = false;
  std::string articleId;
  for (const auto& s : index.symbols) {
    if (s.name.path != index.mainPath) continue;
    if (s.kind == SymbolKind::Clause && inArticle && s.scope == articleId) {
      out.back()["children"].push_back(symbolJson(s));
      continue;
    }
    if (s.kind == SymbolKind::Parameter) {
      if (!out.empty() && out.back()["name"] == s.scope) out.back()["children"].push_back(symbolJson(s));
      continue;
    }
    out.push_back(symbolJson(s));
    inArticle = s.kind == SymbolKind::Article;
    if (inArticle) articleId = s.id;
  }
  return out;
}

}  // namespace agree::lsp
