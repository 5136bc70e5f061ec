// Structure recognition: the cleaned lines of an agreement become its parts — the front matter
// (title, the parties block, the preamble), the articles ("Artikel 16 Duur", "Art. 3",
// "Artikel 5.1", "1. Achtergrond" where the text has no "Artikel" headings, "Bijlage 2"
// sections) with their numbered paragraphs ("16.2", "1.", "- 7.1"), and text outside any
// article (the signing block). Numbers are accepted in sequence only, which is what makes a
// reference such as "artikel 3.5" or a stray "2." in a list harmless.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lines.h"

namespace agree::skeleton {

// A heading at the start of a line: "Artikel 16 Duur" (article 16), "Artikel 5.1" (article 5,
// paragraph 1), "Bijlage 2: Privacyprotocol" (annex 2), and in numbered style "1. Achtergrond".
struct Heading {
  enum class Kind { Article, Annex };
  Kind kind = Kind::Article;
  int number = 0;
  std::optional<int> sub;  // "Artikel 5.1"
  std::string rest;        // the heading text after the number
};
std::optional<Heading> parseArticleHeading(std::string_view line);
std::optional<Heading> parseAnnexHeading(std::string_view line);
// "1. Achtergrond": a short capitalised heading after a one-level number (no "Artikel").
std::optional<Heading> parseNumberedHeading(std::string_view line);

// A paragraph number at the start of a line: "16.2 ...", "1.1. Uitgangspunten", "- 7.1 ...",
// "3. ..." (level 1). `rest` is the line from the number on (the text keeps its number).
struct ParagraphMark {
  int major = 0;
  std::optional<int> minor;  // nullopt for "3."
  std::string rest;
};
std::optional<ParagraphMark> parseParagraphMark(std::string_view line);

struct Paragraph {
  std::string id;  // clause id: "16.2", or "Bijlage 2, 3.1"
  int line = 0;
  std::vector<std::string> lines;
};

struct Article {
  std::string id;  // "16", "Bijlage 2", "Bijlage 2, Artikel 3"
  std::string heading;
  int line = 0;
  std::vector<std::string> text;  // text outside its numbered paragraphs
  std::vector<Paragraph> paragraphs;
};

// Text after the first article that belongs to none (a signing block), before article `before`.
struct LooseBlock {
  std::size_t before = 0;  // index into articles; articles.size() for the end
  std::vector<Line> lines;
};

struct Party {
  std::string name;
  bool placeholder = false;  // "[naam zorgaanbieder]"
};

struct Document {
  std::vector<Line> front;                       // every line before the first article
  std::size_t titleEnd = 0;                      // front[0, titleEnd) is the title
  std::size_t partiesBegin = 0, partiesEnd = 0;  // the parties block, front[begin, end)
  std::size_t preambleBegin = 0;                 // front[preambleBegin, end) is the preamble
  bool hasPreamble = false;
  std::vector<Party> parties;
  std::vector<Article> articles;
  std::vector<LooseBlock> loose;
  std::optional<std::string> signedDate;  // ISO, from "Aldus overeengekomen ... op 18 augustus 2021"
  std::optional<std::string> signedPlace;
  int signedLine = 0;
};

Document recognise(const std::vector<Line>& lines);

}  // namespace agree::skeleton
