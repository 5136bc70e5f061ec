// Where each id of an agreement is declared and where it is used, in the document and in the
// files it imports (std: templates included): the ground of go-to-definition, references,
// the outline and completion. Declarations come from each file's AST; uses of a name are its
// name tokens (ids are identifiers, and a keyword never names anything), uses of a clause id
// are the places the AST reads one (survives, under, a template's clause argument).
#pragma once

#include <string>
#include <vector>

#include "driver/driver.h"
#include "text_positions.h"

namespace agree::lsp {

enum class SymbolKind { Party, Group, Body, EventKind, Article, Clause, Scenario, Template, Parameter };

// "party", "group", ...: for hovers and completion details.
const char* symbolKindName(SymbolKind kind);

struct Place {
  std::string path;  // a file the compiler read (a std: file by its real path)
  Range range;
};

struct Symbol {
  SymbolKind kind;
  std::string id;
  Place name;          // the id where it is declared
  Range whole;         // the whole declaration (for the outline)
  std::string scope;   // the template a parameter belongs to; the article a clause is in
  std::string detail;  // a title or a name, as written
};

struct Use {
  std::string id;  // a template's parameter as parameterKey(template, parameter)
  Place place;
};

struct SymbolIndex {
  std::string mainPath;
  std::vector<Symbol> symbols;  // main file first, in order
  std::vector<Use> uses;        // declarations included: a reference list shows them too
  std::vector<std::string> templateNames;

  const Symbol* find(const std::string& id) const;  // the declaration of an id (main file first)
};

// How the uses of a template's parameter are keyed: parameters of two templates may share a name.
std::string parameterKey(const std::string& templateName, const std::string& parameter);

SymbolIndex buildSymbols(const driver::Compilation& compilation);

// The real path of a source file as the compilation shows it ("std:clauses/x.agree" ->
// <stdlib>/clauses/x.agree).
std::string realPath(const std::string& shownPath);

}  // namespace agree::lsp
