// agree init's recognisers (skeleton/): time phrases and structure.
#include <doctest/doctest.h>

#include "lines.h"
#include "phrases.h"
#include "structure.h"

using namespace agree::skeleton;

namespace {
std::vector<std::string> rules(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : findTimePhrases(text)) out.push_back(s.rule);
  return out;
}
}  // namespace

TEST_CASE("time phrases: terms, renewal, notice") {
  CHECK(rules("De overeenkomst wordt aangegaan voor de duur van een jaar.") == std::vector<std::string>{"term 1 year"});
  CHECK(rules("wordt tenminste aangegaan voor een periode van twee jaar") ==
        std::vector<std::string>{"term minimum 2 years"});
  CHECK(rules("Deze DVO geldt voor onbepaalde tijd.") == std::vector<std::string>{"term indefinite"});
  CHECK(rules("wordt het convenant stilzwijgend met één jaar verlengd") ==
        std::vector<std::string>{"renew automatically every 1 year"});
  CHECK(rules("met een opzegtermijn van één maand") == std::vector<std::string>{"notice 1 month before term end"});
  CHECK(rules("met inachtneming van een termijn van drie maanden") ==
        std::vector<std::string>{"notice 3 months before term end"});
  // Against the end of a calendar year: before the period, after it, or counted from it.
  CHECK(rules("kan worden opgezegd tegen het einde van een kalenderjaar met inachtneming van een opzegtermijn van "
              "zes maanden") == std::vector<std::string>{"notice 6 months before end of calendar year"});
  CHECK(rules("met een opzegtermijn van drie maanden tegen het einde van een kalenderkwartaal") ==
        std::vector<std::string>{"notice 3 months before end of calendar quarter"});
  CHECK(rules("de opzegtermijn bedraagt twee jaar, te rekenen vanaf het einde van het kalenderjaar") ==
        std::vector<std::string>{"notice 2 years from end of calendar year"});
}

TEST_CASE("time phrases: dates, deadlines and recurrences") {
  CHECK(rules("uiterlijk 1 maart") == std::vector<std::string>{"recurs yearly due by --03-01"});
  CHECK(rules("uiterlijk 1 maart 2026") == std::vector<std::string>{"deadline by 2026-03-01"});
  CHECK(rules("uiterlijk februari 2028") == std::vector<std::string>{"deadline by 2028-02-29"});
  CHECK(rules("vóór 1 november") == std::vector<std::string>{"recurs yearly due before --11-01"});
  CHECK(rules("binnen 24 uur na ontdekking") == std::vector<std::string>{"deadline within 24 hours after EVENT"});
  CHECK(rules("binnen twee weken") == std::vector<std::string>{"deadline within 2 weeks after EVENT"});
  CHECK(rules("kan per direct worden opgezegd") ==
        std::vector<std::string>{"terminate immediately (or dissolve, withdraw)"});
  CHECK(rules("met onmiddellijke ingang") == std::vector<std::string>{"terminate immediately (or dissolve, withdraw)"});
  CHECK(rules("met terugwerkende kracht tot 1 januari 2019") ==
        std::vector<std::string>{"start 2019-01-01 (retroactive)"});
  CHECK(rules("treedt in werking op 1 januari 2020") == std::vector<std::string>{"start 2020-01-01"});
  CHECK(rules("over de periode van 1 april 2025 tot 1 april 2026") ==
        std::vector<std::string>{"start 2025-04-01; term until 2026-04-01"});
  CHECK(rules("jaarlijks") == std::vector<std::string>{"recurs yearly"});
  CHECK(rules("halfjaarlijks") == std::vector<std::string>{"recurs halfyearly"});
  CHECK(rules("per kwartaal") == std::vector<std::string>{"recurs quarterly"});
  CHECK(rules("ten minste vier keer per jaar") == std::vector<std::string>{"recurs at least 4 times per year"});
  // An impossible date suggests nothing; so does text without a time phrase.
  CHECK(rules("uiterlijk 31 februari 2026").empty());
  CHECK(rules("Partijen werken samen.").empty());
}

TEST_CASE("Dutch number words") {
  CHECK(numberWord("één") == 1);
  CHECK(numberWord("Twaalf") == 12);
  CHECK(numberWord("twintig") == 20);
  CHECK(numberWord("24") == 24);
  CHECK_FALSE(numberWord("veel").has_value());
}

TEST_CASE("clause kind hints") {
  auto hints = findKindHints("Partijen kunnen de overeenkomst opzeggen.");
  REQUIRE_FALSE(hints.empty());
  CHECK(hints[0].kind == "power");
  CHECK(findKindHints("WerkSaam zal een verslag sturen.")[0].kind == "duty");
  CHECK(findKindHints("De doelgroep bestaat uit werkzoekenden.").empty());
}

TEST_CASE("headings and paragraph marks") {
  auto a = parseArticleHeading("Artikel 16 Ingangsdatum, duur en beëindigen Overeenkomst");
  REQUIRE(a);
  CHECK(a->number == 16);
  CHECK(a->rest == "Ingangsdatum, duur en beëindigen Overeenkomst");
  CHECK(parseArticleHeading("Art. 3 Doel")->number == 3);
  CHECK(parseArticleHeading("Artikel 2 - Duur")->rest == "Duur");
  CHECK(parseArticleHeading("Artikel 5.1")->sub == 1);
  CHECK_FALSE(parseArticleHeading("Artikel 3 van de Centrumregeling"));
  CHECK(parseAnnexHeading("Bijlage 2Overzicht van te verwerken persoonsgegevens")->number == 2);
  CHECK_FALSE(parseAnnexHeading("Bijlage 1 (productenlijst) en bijlage 2 (privacyprotocol) maken deel uit"));
  CHECK(parseNumberedHeading("1. Achtergrond")->rest == "Achtergrond");
  CHECK_FALSE(parseNumberedHeading("1. Partijen komen overeen dat zij samenwerken."));
  auto p = parseParagraphMark("16.2 De Overeenkomst wordt aangegaan");
  REQUIRE(p);
  CHECK(p->major == 16);
  CHECK(p->minor == 2);
  CHECK(parseParagraphMark("- 7.1 Dit convenant")->minor == 1);
  CHECK_FALSE(parseParagraphMark("3. Wijzigingen")->minor.has_value());
}

TEST_CASE("line cleaning: hyphenation and page furniture") {
  auto c =
      cleanLines("Het Participa-\n\ntiebedrijf werkt.\n3\nPagina 1 van 8\nwet-\nen regelgeving\nNoord-\nHolland\n");
  REQUIRE(c.lines.size() == 5);
  CHECK(c.lines[0].text == "Het Participatiebedrijf");
  CHECK(c.lines[1].text == "werkt.");
  CHECK(c.lines[2].text == "wet-");
  CHECK(c.lines[3].text == "en regelgeving");
  CHECK(c.lines[4].text == "Noord-Holland");
  REQUIRE(c.furniture.size() == 2);
  CHECK(c.furniture[0].number == 4);
  CHECK(isPageFurniture("DVO-2020 Beek Pagina 13 van 19"));
  CHECK_FALSE(isPageFurniture("in"));
}

TEST_CASE("structure: articles in sequence, paragraphs, merged numbers, annexes") {
  std::string text =
      "Convenant\nDe ondergetekenden:\nStichting A, gevestigd te Hoorn,\nen\nB B.V., gevestigd te Utrecht,\n"
      "Overwegende dat A en B samenwerken;\n"
      "Artikel 1 Doel\n1.1 Eerste lid.1.2 Tweede lid, zie artikel 3.\n"
      "Artikel 3 van de wet is hier geen kop.\n"
      "Artikel 2 Duur\nDe overeenkomst loopt een jaar.\n"
      "Aldus overeengekomen te Hoorn op 1 mei 2025.\n"
      "Bijlage 1: Lijst\nEen lijst.\n";
  auto doc = recognise(cleanLines(text).lines);
  REQUIRE(doc.articles.size() == 3);
  CHECK(doc.articles[0].id == "1");
  REQUIRE(doc.articles[0].paragraphs.size() == 2);
  CHECK(doc.articles[0].paragraphs[0].id == "1.1");
  CHECK(doc.articles[0].paragraphs[1].id == "1.2");
  CHECK(doc.articles[0].paragraphs[1].lines.back() == "Artikel 3 van de wet is hier geen kop.");
  CHECK(doc.articles[1].id == "2");
  CHECK(doc.articles[1].heading == "Duur");
  CHECK(doc.articles[2].id == "Bijlage 1");
  REQUIRE(doc.parties.size() == 2);
  CHECK(doc.parties[0].name == "Stichting A");
  CHECK(doc.parties[1].name == "B B.V");  // a final period is dropped
  CHECK(doc.hasPreamble);
  CHECK(doc.signedDate == "2025-05-01");
  CHECK(doc.signedPlace == "Hoorn");
}
