// The source as a flat list of tokens, comments and white space included, for tools that
// rewrite text rather than meaning (agree fmt). No ANTLR type crosses this header: a token is
// its kind, its exact text and where it stands.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "parse/builtin_words.h"
#include "parse/keywords.h"
#include "source/source_map.h"

namespace agree::parse {

enum class TokenKind {
  Keyword,       // agreement, clause, notice, ... (also when a rule reads it as a name)
  Name,          // an identifier
  Parameter,     // $name inside a template
  Text,          // "a quoted text"
  Number,        // 12, 16.2, 2/3
  Date,          // 2025-04-01, 2024-11-08T16:30, 2019-02, --11-01
  Punctuation,   // { } ( ) , : =
  LineComment,   // `// ...` up to the line break, which is not part of it
  BlockComment,  // `/* ... */`, possibly over several lines
  Whitespace,    // spaces, tabs and line breaks between tokens
  Error,         // a lexical error: a bad character, an unclosed text or comment, a malformed date
};

struct SourceToken {
  TokenKind kind = TokenKind::Error;
  std::string text;          // the exact bytes of the source
  std::uint32_t line = 1;    // 1-based, where the token starts
  std::uint32_t column = 1;  // 1-based, in code points
  std::uint32_t start = 0;   // where it starts in the file, in code points (as source::Span counts)
  bool hidden = false;       // comments and white space: not seen by the parser
  // Set by outlineFile only: a keyword the grammar reads as a name here (a group called
  // `period`), and where a built-in word (a form, an event kind, an outcome) may stand.
  bool asName = false;
  std::optional<BuiltInWord> builtIn;
};

// A run of tokens [first, last] (indices into the token list) that the grammar groups.
struct TokenGroup {
  enum class Kind {
    Statement,  // a declaration, a field of a block, a scenario event: what a line starts with
    List,       // items that may continue on the next line: the names after `members`, the
                // texts of a `note`, a template's parameters or arguments
  };
  Kind kind = Kind::Statement;
  std::size_t first = 0;
  std::size_t last = 0;
};

struct SourceOutline {
  std::vector<SourceToken> tokens;                      // every token of the file in order, without the end of file
  std::vector<TokenGroup> groups;                       // in order of their first token; a group may nest in another
  KeywordLanguage language = KeywordLanguage::English;  // the language of its keywords
};

// The tokens of a text, lexed as the parser lexes it; never fails (bad input becomes Error tokens).
std::vector<SourceToken> lexTokens(const std::string& text);

// Lexes and parses `file`, reporting syntax errors to `sink` as parseFile does. Nullopt when
// the file has a lexical or syntax error; names and meaning are not checked.
std::optional<SourceOutline> outlineFile(const source::SourceFile& file, diag::Sink& sink);

// outlineFile on a text that is no user's file (a tool's own output): nullopt when it does not
// parse, without diagnostics.
std::optional<SourceOutline> outlineText(const std::string& text);

// Whether the keyword `word` of `language` may also stand as a name (`period`, `from`: the
// grammar's `ident` rule), so a name written so stays a name.
bool keywordUsableAsName(std::string_view word, KeywordLanguage language);

}  // namespace agree::parse
