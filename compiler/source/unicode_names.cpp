#include "source/unicode_names.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace agree::source {

namespace {

// Sorted by code point; names from Unicode (checked against Python's unicodedata).
constexpr Suspect kSuspects[] = {
    {0x00A0, "NO-BREAK SPACE", Suspect::Space, 0},
    {0x00AD, "SOFT HYPHEN", Suspect::Invisible, 0},
    {0x034F, "COMBINING GRAPHEME JOINER", Suspect::Invisible, 0},
    {0x0391, "GREEK CAPITAL LETTER ALPHA", Suspect::LooksLatin, 'A'},
    {0x0392, "GREEK CAPITAL LETTER BETA", Suspect::LooksLatin, 'B'},
    {0x0395, "GREEK CAPITAL LETTER EPSILON", Suspect::LooksLatin, 'E'},
    {0x0396, "GREEK CAPITAL LETTER ZETA", Suspect::LooksLatin, 'Z'},
    {0x0397, "GREEK CAPITAL LETTER ETA", Suspect::LooksLatin, 'H'},
    {0x0399, "GREEK CAPITAL LETTER IOTA", Suspect::LooksLatin, 'I'},
    {0x039A, "GREEK CAPITAL LETTER KAPPA", Suspect::LooksLatin, 'K'},
    {0x039C, "GREEK CAPITAL LETTER MU", Suspect::LooksLatin, 'M'},
    {0x039D, "GREEK CAPITAL LETTER NU", Suspect::LooksLatin, 'N'},
    {0x039F, "GREEK CAPITAL LETTER OMICRON", Suspect::LooksLatin, 'O'},
    {0x03A1, "GREEK CAPITAL LETTER RHO", Suspect::LooksLatin, 'P'},
    {0x03A4, "GREEK CAPITAL LETTER TAU", Suspect::LooksLatin, 'T'},
    {0x03A5, "GREEK CAPITAL LETTER UPSILON", Suspect::LooksLatin, 'Y'},
    {0x03A7, "GREEK CAPITAL LETTER CHI", Suspect::LooksLatin, 'X'},
    {0x03B1, "GREEK SMALL LETTER ALPHA", Suspect::LooksLatin, 'a'},
    {0x03BD, "GREEK SMALL LETTER NU", Suspect::LooksLatin, 'v'},
    {0x03BF, "GREEK SMALL LETTER OMICRON", Suspect::LooksLatin, 'o'},
    {0x03C1, "GREEK SMALL LETTER RHO", Suspect::LooksLatin, 'p'},
    {0x0405, "CYRILLIC CAPITAL LETTER DZE", Suspect::LooksLatin, 'S'},
    {0x0406, "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", Suspect::LooksLatin, 'I'},
    {0x0408, "CYRILLIC CAPITAL LETTER JE", Suspect::LooksLatin, 'J'},
    {0x0410, "CYRILLIC CAPITAL LETTER A", Suspect::LooksLatin, 'A'},
    {0x0412, "CYRILLIC CAPITAL LETTER VE", Suspect::LooksLatin, 'B'},
    {0x0415, "CYRILLIC CAPITAL LETTER IE", Suspect::LooksLatin, 'E'},
    {0x041A, "CYRILLIC CAPITAL LETTER KA", Suspect::LooksLatin, 'K'},
    {0x041C, "CYRILLIC CAPITAL LETTER EM", Suspect::LooksLatin, 'M'},
    {0x041D, "CYRILLIC CAPITAL LETTER EN", Suspect::LooksLatin, 'H'},
    {0x041E, "CYRILLIC CAPITAL LETTER O", Suspect::LooksLatin, 'O'},
    {0x0420, "CYRILLIC CAPITAL LETTER ER", Suspect::LooksLatin, 'P'},
    {0x0421, "CYRILLIC CAPITAL LETTER ES", Suspect::LooksLatin, 'C'},
    {0x0422, "CYRILLIC CAPITAL LETTER TE", Suspect::LooksLatin, 'T'},
    {0x0425, "CYRILLIC CAPITAL LETTER HA", Suspect::LooksLatin, 'X'},
    {0x0430, "CYRILLIC SMALL LETTER A", Suspect::LooksLatin, 'a'},
    {0x0435, "CYRILLIC SMALL LETTER IE", Suspect::LooksLatin, 'e'},
    {0x043E, "CYRILLIC SMALL LETTER O", Suspect::LooksLatin, 'o'},
    {0x0440, "CYRILLIC SMALL LETTER ER", Suspect::LooksLatin, 'p'},
    {0x0441, "CYRILLIC SMALL LETTER ES", Suspect::LooksLatin, 'c'},
    {0x0443, "CYRILLIC SMALL LETTER U", Suspect::LooksLatin, 'y'},
    {0x0445, "CYRILLIC SMALL LETTER HA", Suspect::LooksLatin, 'x'},
    {0x0455, "CYRILLIC SMALL LETTER DZE", Suspect::LooksLatin, 's'},
    {0x0456, "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", Suspect::LooksLatin, 'i'},
    {0x0458, "CYRILLIC SMALL LETTER JE", Suspect::LooksLatin, 'j'},
    {0x04BB, "CYRILLIC SMALL LETTER SHHA", Suspect::LooksLatin, 'h'},
    {0x0501, "CYRILLIC SMALL LETTER KOMI DE", Suspect::LooksLatin, 'd'},
    {0x061C, "ARABIC LETTER MARK", Suspect::Invisible, 0},
    {0x1680, "OGHAM SPACE MARK", Suspect::Space, 0},
    {0x180E, "MONGOLIAN VOWEL SEPARATOR", Suspect::Invisible, 0},
    {0x2000, "EN QUAD", Suspect::Space, 0},
    {0x2001, "EM QUAD", Suspect::Space, 0},
    {0x2002, "EN SPACE", Suspect::Space, 0},
    {0x2003, "EM SPACE", Suspect::Space, 0},
    {0x2004, "THREE-PER-EM SPACE", Suspect::Space, 0},
    {0x2005, "FOUR-PER-EM SPACE", Suspect::Space, 0},
    {0x2006, "SIX-PER-EM SPACE", Suspect::Space, 0},
    {0x2007, "FIGURE SPACE", Suspect::Space, 0},
    {0x2008, "PUNCTUATION SPACE", Suspect::Space, 0},
    {0x2009, "THIN SPACE", Suspect::Space, 0},
    {0x200A, "HAIR SPACE", Suspect::Space, 0},
    {0x200B, "ZERO WIDTH SPACE", Suspect::Invisible, 0},
    {0x200C, "ZERO WIDTH NON-JOINER", Suspect::Invisible, 0},
    {0x200D, "ZERO WIDTH JOINER", Suspect::Invisible, 0},
    {0x200E, "LEFT-TO-RIGHT MARK", Suspect::Invisible, 0},
    {0x200F, "RIGHT-TO-LEFT MARK", Suspect::Invisible, 0},
    {0x2028, "LINE SEPARATOR", Suspect::Invisible, 0},
    {0x2029, "PARAGRAPH SEPARATOR", Suspect::Invisible, 0},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING", Suspect::Invisible, 0},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING", Suspect::Invisible, 0},
    {0x202C, "POP DIRECTIONAL FORMATTING", Suspect::Invisible, 0},
    {0x202D, "LEFT-TO-RIGHT OVERRIDE", Suspect::Invisible, 0},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE", Suspect::Invisible, 0},
    {0x202F, "NARROW NO-BREAK SPACE", Suspect::Space, 0},
    {0x205F, "MEDIUM MATHEMATICAL SPACE", Suspect::Space, 0},
    {0x2060, "WORD JOINER", Suspect::Invisible, 0},
    {0x2061, "FUNCTION APPLICATION", Suspect::Invisible, 0},
    {0x2062, "INVISIBLE TIMES", Suspect::Invisible, 0},
    {0x2063, "INVISIBLE SEPARATOR", Suspect::Invisible, 0},
    {0x2064, "INVISIBLE PLUS", Suspect::Invisible, 0},
    {0x2066, "LEFT-TO-RIGHT ISOLATE", Suspect::Invisible, 0},
    {0x2067, "RIGHT-TO-LEFT ISOLATE", Suspect::Invisible, 0},
    {0x2068, "FIRST STRONG ISOLATE", Suspect::Invisible, 0},
    {0x2069, "POP DIRECTIONAL ISOLATE", Suspect::Invisible, 0},
    {0x3000, "IDEOGRAPHIC SPACE", Suspect::Space, 0},
    {0x3164, "HANGUL FILLER", Suspect::Invisible, 0},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE", Suspect::Invisible, 0},
    {0xFFA0, "HALFWIDTH HANGUL FILLER", Suspect::Invisible, 0},
};

}  // namespace

const Suspect* suspect(std::uint32_t codePoint) {
  auto it = std::lower_bound(std::begin(kSuspects), std::end(kSuspects), codePoint,
                             [](const Suspect& s, std::uint32_t cp) { return s.codePoint < cp; });
  return it != std::end(kSuspects) && it->codePoint == codePoint ? it : nullptr;
}

std::string describeCodePoint(std::uint32_t codePoint) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", codePoint);
  std::string out = buf;
  const Suspect* s = suspect(codePoint);
  if (!s) return out;
  out += " ";
  out += s->name;
  if (s->kind == Suspect::LooksLatin) out += std::string(", which looks like the Latin ") + s->looksLike;
  return out;
}

std::string placeholder(std::uint32_t codePoint) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "<U+%04X>", codePoint);
  return buf;
}

std::uint32_t decodeUtf8(std::string_view text, std::size_t& i) {
  auto c = static_cast<unsigned char>(text[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
  if (i + n > text.size()) n = text.size() - i;
  std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += n;
  return cp;
}

}  // namespace agree::source
