#include "writer.h"

#include <vector>

#include "text.h"

namespace agree::skeleton {

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7F) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

namespace {

// Splits at spaces into pieces of about `width` bytes; each piece but the last keeps its
// trailing space, so the pieces join to the text again.
std::vector<std::string> pieces(std::string_view text, std::size_t width) {
  std::vector<std::string> out;
  std::string cur;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t sp = text.find(' ', i);
    std::size_t end = sp == std::string_view::npos ? text.size() : sp + 1;
    std::string_view word = text.substr(i, end - i);
    if (!cur.empty() && cur.size() + word.size() > width) {
      out.push_back(std::move(cur));
      cur.clear();
    }
    cur += word;
    i = end;
  }
  if (!cur.empty() || out.empty()) out.push_back(std::move(cur));
  return out;
}

}  // namespace

std::string field(std::string_view indent, std::string_view keyword, std::string_view text, std::size_t width) {
  std::string out(indent);
  out += keyword;
  out += ' ';
  std::string pad(out.size(), ' ');
  bool first = true;
  for (const auto& p : pieces(text, width)) {
    if (!first) out += "\n" + pad;
    out += quote(p);
    first = false;
  }
  return out + "\n";
}

std::string comment(std::string_view indent, std::string_view text, std::size_t width) {
  std::string out;
  std::string clean;
  for (char c : text) clean += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
  for (const auto& p : pieces(clean, width)) {
    std::string line = trim(p);
    out += std::string(indent) + (line.empty() ? "//" : "// " + line) + "\n";
  }
  return out;
}

std::string identifierFor(std::string_view name, const std::set<std::string>& taken, std::string_view fallback) {
  static const std::set<std::string> skip = {"stichting", "gemeente", "de",         "het", "een", "bv",  "b",  "v",
                                             "nv",        "n",        "vereniging", "the", "of",  "van", "en", "and"};
  static const std::set<std::string> keywords = {"import",
                                                 "agreement",
                                                 "title",
                                                 "version",
                                                 "language",
                                                 "governing",
                                                 "law",
                                                 "enforceable",
                                                 "yes",
                                                 "no",
                                                 "signed",
                                                 "at",
                                                 "preamble",
                                                 "note",
                                                 "under",
                                                 "party",
                                                 "parties",
                                                 "name",
                                                 "short",
                                                 "seat",
                                                 "registration",
                                                 "representative",
                                                 "role",
                                                 "placeholder",
                                                 "group",
                                                 "members",
                                                 "event",
                                                 "article",
                                                 "clause",
                                                 "text",
                                                 "duty",
                                                 "effort",
                                                 "prohibition",
                                                 "permission",
                                                 "power",
                                                 "provision",
                                                 "holders",
                                                 "counterparty",
                                                 "each",
                                                 "all",
                                                 "other",
                                                 "of",
                                                 "start",
                                                 "on",
                                                 "signing",
                                                 "term",
                                                 "minimum",
                                                 "until",
                                                 "indefinite",
                                                 "renew",
                                                 "automatically",
                                                 "every",
                                                 "most",
                                                 "times",
                                                 "if",
                                                 "unless",
                                                 "notice",
                                                 "before",
                                                 "end",
                                                 "any",
                                                 "time",
                                                 "by",
                                                 "form",
                                                 "terminate",
                                                 "dissolve",
                                                 "withdraw",
                                                 "expel",
                                                 "immediately",
                                                 "with",
                                                 "when",
                                                 "then",
                                                 "cure",
                                                 "reasonable",
                                                 "while",
                                                 "lasting",
                                                 "outcome",
                                                 "survives",
                                                 "survival",
                                                 "indefinitely",
                                                 "for",
                                                 "deadline",
                                                 "within",
                                                 "after",
                                                 "recurs",
                                                 "due",
                                                 "in",
                                                 "advance",
                                                 "next",
                                                 "quarter",
                                                 "except",
                                                 "least",
                                                 "per",
                                                 "calendar",
                                                 "cap",
                                                 "instance",
                                                 "extendable",
                                                 "once",
                                                 "quarterly",
                                                 "halfyearly",
                                                 "monthly",
                                                 "yearly",
                                                 "accession",
                                                 "consent",
                                                 "allowed",
                                                 "scenario",
                                                 "day",
                                                 "days",
                                                 "week",
                                                 "weeks",
                                                 "month",
                                                 "months",
                                                 "year",
                                                 "years",
                                                 "hour",
                                                 "hours",
                                                 "working",
                                                 "template",
                                                 "applies",
                                                 "or",
                                                 "uses",
                                                 "duration",
                                                 "effective",
                                                 "date",
                                                 "label",
                                                 "period",
                                                 "previous"};
  // Accented letters become their base letter; everything else that is not [a-z0-9] separates words.
  std::string ascii;
  std::string low = lower(name);
  for (std::size_t i = 0; i < low.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(low[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      ascii += static_cast<char>(c);
    } else if (c == 0xC3 && i + 1 < low.size()) {
      unsigned char d = static_cast<unsigned char>(low[++i]);
      const char* map = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0 .. U+00FF
      if (d >= 0xA0 && d <= 0xBF) {
        char b = map[d - 0xA0];
        ascii += b == '/' ? ' ' : b;
      } else {
        ascii += ' ';
      }
    } else if (c == '\'') {
      // "regio's" → "regios"
    } else {
      ascii += ' ';
    }
  }
  std::vector<std::string> kept;
  for (const auto& w : words(ascii)) {
    if (!skip.count(w)) kept.push_back(w);
  }
  std::string id;
  for (std::size_t i = 0; i < kept.size() && i < 3; ++i) {
    if (id.size() + kept[i].size() > 32) break;
    id += (id.empty() ? "" : "_") + kept[i];
  }
  if (id.empty()) id = std::string(fallback);
  if (id[0] >= '0' && id[0] <= '9') id = std::string(fallback) + "_" + id;
  if (keywords.count(id)) id += "_1";
  std::string base = id;
  for (int n = 2; taken.count(id); ++n) id = base + "_" + std::to_string(n);
  return id;
}

std::string idLiteral(std::string_view id) {
  bool numbered = !id.empty() && id.front() != '.' && id.back() != '.';
  for (char c : id) numbered = numbered && ((c >= '0' && c <= '9') || c == '.');
  return numbered ? std::string(id) : quote(id);
}

}  // namespace agree::skeleton
