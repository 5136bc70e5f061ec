// Party names as people type and paste them: folding (source::foldName) and the lookup order
// of runtime::matchParty (issue 16).
#include <doctest/doctest.h>

#include <string>

#include "bound.h"
#include "driver/driver.h"
#include "source/fold.h"
#include "timeline.h"

using agree::source::foldName;

TEST_CASE("foldName: case, for non-ASCII letters too") {
  CHECK(foldName("Stichting Ééndracht") == "stichting ééndracht");
  CHECK(foldName("STICHTING ÉÉNDRACHT") == foldName("stichting ééndracht"));
  CHECK(foldName("ÇA VA") == "ça va");
  CHECK(foldName("ΣΟΦΊΑ") == foldName("σοφία"));  // Greek, final sigma folded as sigma
  CHECK(foldName("Ĳsselmeer") == foldName("ĳsselmeer"));
}

TEST_CASE("foldName: full case folding, not only letter by letter") {
  CHECK(foldName("Straße") == "strasse");
  CHECK(foldName("STRASSE") == foldName("straße"));
  CHECK(foldName("ﬁets") == "fiets");  // the ligature fi folds to two letters
}

TEST_CASE("foldName: NFD and NFC give one key") {
  const std::string nfc = "Stichting \xC3\x89\xC3\xA9ndracht";  // É é precomposed
  const std::string nfd =
      "Stichting E\xCC\x81"
      "e\xCC\x81ndracht";  // E + U+0301, e + U+0301
  CHECK(foldName(nfc) == foldName(nfd));
  CHECK(foldName(nfd) == "stichting \xC3\xA9\xC3\xA9ndracht");  // composed in the key
  CHECK(foldName("stichting e\xCC\x81"
                 "e\xCC\x81ndracht") == foldName(nfc));
  // Combining marks in another order (acute and dot below) are put in canonical order.
  CHECK(foldName("e\xCC\x81\xCC\xA3") == foldName("e\xCC\xA3\xCC\x81"));
}

TEST_CASE("foldName: ASCII and text that is not UTF-8") {
  CHECK(foldName("") == "");
  CHECK(foldName("Gemeente_BEEK-2") == "gemeente_beek-2");
  // Invalid UTF-8 (a lone continuation byte): ASCII letters folded, every byte kept.
  CHECK(foldName("AB\x80"
                 "C") ==
        "ab\x80"
        "c");
}

namespace {

struct Parties {
  std::unique_ptr<agree::driver::Compilation> c;
  agree::runtime::Timeline t;
};

Parties compile(const std::string& parties) {
  std::string text = "agreement t { title \"test\" }\n" + parties +
                     "article 1 \"Duur\" { clause 1.1 provision { start 2024-01-01 term indefinite } }\n";
  Parties p;
  p.c = agree::driver::compileText("test.agree", text);
  REQUIRE(p.c->agreement);
  REQUIRE(!p.c->sink.hasErrors());
  p.t = agree::runtime::simulate(*p.c->agreement, nullptr);
  return p;
}

}  // namespace

TEST_CASE("matchParty: exact id, then id in any case, then short name, then legal name") {
  auto p = compile(R"(
party gemeente { name "Gemeente Beek" short "Beek" }
party beek { name "Waterschap Roer" }
party fonds { name "Het Fonds" }
party stichting { name "Stichting Fondsbeheer" short "Het Fonds" }
)");
  auto m = agree::runtime::matchParty(p.t, "beek");
  CHECK(m.party == "beek");
  CHECK(m.level == "id");
  m = agree::runtime::matchParty(p.t, "BEEK");
  CHECK(m.party == "beek");
  CHECK(m.level == "id in another case");
  m = agree::runtime::matchParty(p.t, "het fonds");
  CHECK(m.party == "stichting");
  CHECK(m.level == "short name");
  m = agree::runtime::matchParty(p.t, "GEMEENTE BEEK");
  CHECK(m.party == "gemeente");
  CHECK(m.level == "legal name");
  m = agree::runtime::matchParty(p.t, "nobody");
  CHECK(!m.party);
  CHECK(m.candidates.empty());
}

TEST_CASE("matchParty: two parties at the same level are ambiguous, listed in member order") {
  auto p = compile(R"(
party zuid { name "Stichting Zuid" short "STICHTING" }
party noord { name "Stichting Noord" short "Stichting" }
)");
  auto m = agree::runtime::matchParty(p.t, "stichting");
  CHECK(!m.party);
  REQUIRE(m.candidates.size() == 2);
  CHECK(m.candidates[0] == "zuid");
  CHECK(m.candidates[1] == "noord");
  CHECK(m.level == "short name");
  CHECK(!agree::runtime::findParty(p.t, "stichting"));
  CHECK(agree::runtime::ambiguousPartyMessage(p.t, "stichting", m) ==
        "`stichting` is ambiguous in t: it is the short name of `zuid` (Stichting Zuid) and of `noord` "
        "(Stichting Noord); name the party by its id");
}
