// Line cleaning: the text as extracted from a PDF becomes a list of non-blank lines, each with
// its line number in the input. Page furniture (page numbers, "Pagina 3 van 8" lines) is set
// aside, not thrown away, and words hyphenated at a line end are joined again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace agree::skeleton {

struct Line {
  int number = 0;    // 1-based line number in the input
  std::string text;  // trimmed, runs of spaces collapsed
};

struct CleanText {
  std::vector<Line> lines;      // the content, in order
  std::vector<Line> furniture;  // page numbers and page headers/footers, as found
};

// True for a line that is page furniture: a page number alone ("3", "- 3 -", "3/8") or a line
// that names a page ("Pagina 3 van 8", "DVO-2020 Beek   Pagina 13 van 19").
bool isPageFurniture(std::string_view line);

// Joins a word hyphenated at a line end: "Participa-" + "tiebedrijf ..." gives "Participatiebedrijf".
// The hyphen stays where the text also writes the word with it elsewhere ("re-integratie") and
// before "en"/"of" ("wet- en regelgeving"). `known` is the text's words as written on one line.
CleanText cleanLines(std::string_view input);

}  // namespace agree::skeleton
