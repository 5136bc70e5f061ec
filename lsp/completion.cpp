#include "completion.h"

#include <set>

#include "model/event_kinds.h"

namespace agree::lsp {

namespace {

struct Keyword {
  const char* english;
  const char* dutch;
};

constexpr Keyword kKeywords[] = {
#define AGREE_KEYWORD(token, english, dutch) {english, dutch},
#include "keywords.def"
#undef AGREE_KEYWORD
};

// CompletionItemKind of the protocol.
namespace kind {
constexpr int kKeyword = 14, kVariable = 6, kModule = 9, kEvent = 23, kReference = 18, kFunction = 3,
              kTypeParameter = 25, kClass = 7, kStruct = 22;
}

int itemKind(SymbolKind k) {
  switch (k) {
    case SymbolKind::Party: return kind::kVariable;
    case SymbolKind::Group: return kind::kStruct;
    case SymbolKind::Body: return kind::kClass;
    case SymbolKind::EventKind: return kind::kEvent;
    case SymbolKind::Article: return kind::kModule;
    case SymbolKind::Clause: return kind::kReference;
    case SymbolKind::Scenario: return kind::kModule;
    case SymbolKind::Template: return kind::kFunction;
    case SymbolKind::Parameter: return kind::kTypeParameter;
  }
  return kind::kVariable;
}

// The template whose argument list the cursor is in (`uses T(notice = |`), if any.
std::optional<std::string> templateOfArguments(const Analysis& a, Position position) {
  std::uint32_t cp = a.lines->codePointOfByte(a.lines->byteAt(position));
  std::vector<const parse::SourceToken*> before;
  for (const auto& t : a.tokens) {
    if (t.start >= cp) break;
    if (!t.hidden) before.push_back(&t);
  }
  int depth = 0;
  for (std::size_t i = before.size(); i-- > 0;) {
    const auto& text = before[i]->text;
    if (text == ")") ++depth;
    if (text == "{" || text == "}") return std::nullopt;
    if (text == "(") {
      if (depth-- > 0) continue;
      if (i >= 2 && before[i - 1]->kind == parse::TokenKind::Name &&
          (before[i - 2]->text == "uses" || before[i - 2]->text == "gebruikt")) {
        return before[i - 1]->text;
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace

json completion(Analysis& a, Position position) {
  json items = json::array();
  const auto& index = a.symbols();
  if (auto name = templateOfArguments(a, position)) {
    for (const auto& s : index.symbols) {
      if (s.kind == SymbolKind::Parameter && s.scope == *name) {
        std::string bare = s.id.substr(s.id[0] == '$' ? 1 : 0);
        items.push_back(json{{"label", bare},
                             {"kind", kind::kTypeParameter},
                             {"detail", "parameter of " + *name},
                             {"insertText", bare + " = "}});
      }
    }
    return json{{"isIncomplete", false}, {"items", items}};
  }
  const bool dutch = a.lang == diag::Lang::Nl;
  std::set<std::string> seen;
  auto add = [&](const std::string& label, int k, const std::string& detail) {
    if (label.empty() || !seen.insert(label).second) return;
    items.push_back(json{{"label", label}, {"kind", k}, {"detail", detail}});
  };
  for (const auto& s : index.symbols) {
    if (s.kind == SymbolKind::Parameter) continue;
    std::string detail = symbolKindName(s.kind);
    if (!s.detail.empty()) detail += ": " + s.detail;
    add(s.id, itemKind(s.kind), detail);
  }
  for (const auto& e : model::kBuiltInEventKinds) {
    add(dutch ? e.dutchId : e.id, kind::kEvent, std::string("event: ") + (dutch ? e.labelNl : e.labelEn));
  }
  for (const auto& k : kKeywords) add(dutch ? k.dutch : k.english, kind::kKeyword, "keyword");
  return json{{"isIncomplete", false}, {"items", items}};
}

}  // namespace agree::lsp
