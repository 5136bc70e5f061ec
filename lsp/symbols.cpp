#include "symbols.h"

#include <filesystem>
#include <set>
#include <utility>

#include "parse/parse.h"
#include "parse/tokens.h"

namespace agree::lsp {

const char* symbolKindName(SymbolKind kind) {
  switch (kind) {
    case SymbolKind::Party: return "party";
    case SymbolKind::Group: return "group";
    case SymbolKind::Body: return "body";
    case SymbolKind::EventKind: return "event";
    case SymbolKind::Article: return "article";
    case SymbolKind::Clause: return "clause";
    case SymbolKind::Scenario: return "scenario";
    case SymbolKind::Template: return "template";
    case SymbolKind::Parameter: return "parameter";
  }
  return "";
}

std::string realPath(const std::string& shownPath) {
  if (shownPath.compare(0, 4, "std:") == 0) {
    return (std::filesystem::path(driver::stdlibDir()) / shownPath.substr(4)).lexically_normal().string();
  }
  return shownPath;
}

std::string parameterKey(const std::string& templateName, const std::string& parameter) {
  return templateName + "$" + parameter;
}

const Symbol* SymbolIndex::find(const std::string& id) const {
  for (const auto& s : symbols) {
    if (s.id == id && s.kind != SymbolKind::Parameter) return &s;
  }
  return nullptr;
}

namespace {

// One file's symbols and uses, positions through its own line index.
struct FileWalk {
  const source::SourceFile& file;
  std::string path;
  LineIndex lines;
  SymbolIndex& out;
  struct TemplateExtent {
    std::uint32_t begin, end;
    std::string name;
  };
  std::vector<TemplateExtent> templates;  // of this file, for the `$name` inside each

  std::string templateAt(std::uint32_t codePoint) const {
    for (const auto& t : templates) {
      if (t.begin <= codePoint && codePoint < t.end) return t.name;
    }
    return "";
  }

  Range range(source::Span span) const {
    return Range{lines.positionOfCodePoint(span.begin), lines.positionOfCodePoint(span.end)};
  }
  void declare(SymbolKind kind, const std::string& id, source::Span name, source::Span whole,
               const std::string& scope = "", const std::string& detail = "") {
    if (id.empty()) return;
    out.symbols.push_back(Symbol{kind, id, Place{path, range(name)}, range(whole), scope, detail});
    out.uses.push_back(Use{kind == SymbolKind::Parameter ? parameterKey(scope, id) : id, Place{path, range(name)}});
  }
  void use(const ast::ArticleRef& ref) { out.uses.push_back(Use{ref.id, Place{path, range(ref.span)}}); }
  void use(const std::optional<ast::ArticleRef>& ref) {
    if (ref) use(*ref);
  }
  void useValue(const ast::TemplateValue& v) { use(v.clause); }

  void clauseUses(const ast::Clause& c) {
    if (c.survives) {
      for (const auto& r : c.survives->clauses) use(r);
    }
    for (const auto& s : c.survivalOf) {
      for (const auto& r : s.clauses) use(r);
    }
    if (c.uses) {
      for (const auto& arg : c.uses->args) {
        useValue(arg.value);
        out.uses.push_back(Use{parameterKey(c.uses->name.text, arg.param.text), Place{path, range(arg.param.span)}});
      }
    }
  }

  void walk(const ast::File& f) {
    auto text = [](const std::optional<ast::Text>& t) { return t ? t->value : std::string(); };
    for (const auto& h : f.headers) {
      use(h.governingLawArticle);
      use(h.enforceableArticle);
    }
    for (const auto& p : f.parties) declare(SymbolKind::Party, p.id.text, p.id.span, p.span, "", text(p.name));
    for (const auto& g : f.groups) declare(SymbolKind::Group, g.id.text, g.id.span, g.span, "", text(g.name));
    for (const auto& b : f.bodies) declare(SymbolKind::Body, b.id.text, b.id.span, b.span, "", text(b.name));
    for (const auto& e : f.eventKinds) {
      declare(SymbolKind::EventKind, e.id.text, e.id.span, e.span, "", text(e.label));
    }
    for (const auto& t : f.templates) {
      templates.push_back({t.span.begin, t.span.end, t.name.text});
      declare(SymbolKind::Template, t.name.text, t.name.span, t.span);
      out.templateNames.push_back(t.name.text);
      for (const auto& p : t.params) {
        declare(SymbolKind::Parameter, p.name.text, p.name.span, p.span, t.name.text);
        if (p.defaultValue) useValue(*p.defaultValue);
      }
      clauseUses(t.body);
    }
    for (const auto& a : f.articles) {
      declare(SymbolKind::Article, a.id.id, a.id.span, a.span, "", text(a.title));
      for (const auto& c : a.clauses) {
        declare(SymbolKind::Clause, c.id.id, c.id.span, c.span, a.id.id);
        clauseUses(c);
      }
    }
    for (const auto& s : f.scenarios) {
      declare(SymbolKind::Scenario, s.id.text, s.id.span, s.span, "", text(s.title));
      for (const auto& e : s.events) use(e.under);
    }
    // Names: every identifier token is a use of the id it spells (declarations included, once).
    std::set<std::pair<std::uint32_t, std::uint32_t>> declaredAt;
    for (const auto& u : out.uses) {
      if (u.place.path == path) declaredAt.insert({u.place.range.start.line, u.place.range.start.character});
    }
    for (const auto& t : parse::lexTokens(file.text())) {
      if (t.kind != parse::TokenKind::Name && t.kind != parse::TokenKind::Parameter) continue;
      std::uint32_t length = 0;
      for (unsigned char c : t.text) length += (c & 0xC0) != 0x80;
      Place place{path, range(source::Span{file.id(), t.start, t.start + length})};
      if (declaredAt.count({place.range.start.line, place.range.start.character})) continue;
      // `$notice` in a template's body uses the parameter declared as `notice`.
      bool parameter = t.kind == parse::TokenKind::Parameter;
      out.uses.push_back(Use{parameter ? parameterKey(templateAt(t.start), t.text.substr(1)) : t.text, place});
    }
  }
};

}  // namespace

SymbolIndex buildSymbols(const driver::Compilation& compilation) {
  SymbolIndex index;
  for (source::FileId id = 0; id < compilation.sources.size(); ++id) {
    const auto& file = compilation.sources.file(id);
    if (id == 0) index.mainPath = file.path();
    diag::Sink scratch;  // the compilation reported this file's problems already
    ast::File ast = parse::parseFile(file, scratch);
    FileWalk walk{file, realPath(file.path()), LineIndex(file.text()), index, {}};
    walk.walk(ast);
  }
  return index;
}

}  // namespace agree::lsp
