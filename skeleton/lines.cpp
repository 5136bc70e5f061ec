#include "lines.h"

#include <regex>
#include <set>

#include "text.h"

namespace agree::skeleton {

namespace {

// The word a line ends with, when it ends in a hyphen directly after a letter ("Participa-").
bool endsHyphenated(const std::string& line) {
  if (line.size() < 3 || line.back() != '-') return false;
  unsigned char before = static_cast<unsigned char>(line[line.size() - 2]);
  return (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9') ||
         before >= 0x80;
}

std::string stripPunctuation(const std::string& w) {
  std::size_t b = 0, e = w.size();
  auto punct = [](char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '\'' || c == '!' ||
           c == '?';
  };
  while (b < e && punct(w[b])) ++b;
  while (e > b && punct(w[e - 1])) --e;
  return w.substr(b, e - b);
}

// A list bullet at the start of a line ("•", "▪", the private-use "\uF0B7" of Word's Symbol
// font, a Cyrillic "о" used as one) becomes "-", as the examples write lists.
std::string bulletAsDash(const std::string& line) {
  for (const char* bullet :
       {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xEF\x82\xB7", "\xD0\xBE ", "\xEF\x82\xA7", "\xE2\x97\x8F"}) {
    std::string b(bullet);
    if (line.compare(0, b.size(), b) == 0) {
      std::string rest = trim(line.substr(b.size()));
      return rest.empty() ? "-" : "- " + rest;
    }
  }
  return line;
}

// Markdown, as the law database's mirror writes it: heading marks go ("### Artikel  1" is the
// line "Artikel 1"; a heading that is only a number, "###1", is article 1), an HTML tag alone on
// its line is set aside, and a link keeps its text, its target set aside (nothing is lost).
std::string fromMarkdown(std::string line, int number, std::vector<Line>& aside) {
  if (!line.empty() && line[0] == '#') {
    std::size_t marks = line.find_first_not_of('#');
    line = trim(marks == std::string::npos ? "" : line.substr(marks));
    static const std::regex bareNumber(R"(^\d+[a-z]?\.?$)");
    if (std::regex_match(line, bareNumber)) line = "Artikel " + line;
  }
  static const std::regex tagOnly(R"(^<[^<>]*>$)");
  if (std::regex_match(line, tagOnly)) {
    aside.push_back({number, line});
    return "";
  }
  static const std::regex link(R"(\[([^\[\]]*)\]\(([^()\s]*)\))");
  std::string out;
  auto begin = std::sregex_iterator(line.begin(), line.end(), link);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    out += line.substr(last, static_cast<std::size_t>(it->position()) - last) + (*it)[1].str();
    aside.push_back({number, "link target: " + (*it)[2].str()});
    last = static_cast<std::size_t>(it->position() + it->length());
  }
  return out + line.substr(last);
}

}  // namespace

bool isPageFurniture(std::string_view line) {
  static const std::regex number(R"(^(-\s*)?\d{1,3}(\s*-)?$|^\d{1,3}\s*/\s*\d{1,3}$)");
  static const std::regex page(R"((^|\s)(pagina|page|blz\.?)\s*\d+\s*(van|of|/)\s*\d+)", std::regex::icase);
  std::string s = trim(line);
  if (s.empty()) return false;
  if (std::regex_search(s, number)) return true;
  return s.size() <= 80 && std::regex_search(s, page);
}

CleanText cleanLines(std::string_view input) {
  CleanText out;
  std::vector<Line> raw;
  int number = 0;
  std::size_t pos = 0;
  while (pos <= input.size()) {
    std::size_t nl = input.find('\n', pos);
    if (nl == std::string_view::npos) nl = input.size();
    ++number;
    std::string text =
        bulletAsDash(collapseSpaces(trim(fromMarkdown(trim(input.substr(pos, nl - pos)), number, out.furniture))));
    if (!text.empty()) {
      if (isPageFurniture(text)) {
        out.furniture.push_back({number, text});
      } else {
        raw.push_back({number, text});
      }
    }
    pos = nl + 1;
  }
  // Words as the text writes them within a line: they decide whether a hyphen at a line end
  // belongs to the word.
  std::set<std::string> known;
  for (const auto& l : raw) {
    auto ws = words(l.text);
    for (std::size_t i = 0; i < ws.size(); ++i) {
      if (i + 1 == ws.size() && endsHyphenated(l.text)) continue;
      known.insert(lower(stripPunctuation(ws[i])));
    }
  }
  for (std::size_t i = 0; i < raw.size(); ++i) {
    Line line = raw[i];
    // "Noord-" + "Holland", "1-1-" + "2019": a hyphen before a capital or a digit stays.
    if (endsHyphenated(line.text) && i + 1 < raw.size() &&
        (startsWithUpper(raw[i + 1].text) || (raw[i + 1].text[0] >= '0' && raw[i + 1].text[0] <= '9'))) {
      Line& next = raw[i + 1];
      std::size_t sp = next.text.find(' ');
      line.text += next.text.substr(0, sp);
      next.text = sp == std::string::npos ? "" : next.text.substr(sp + 1);
      if (next.text.empty()) ++i;
    }
    while (endsHyphenated(line.text) && i + 1 < raw.size() && startsWithLower(raw[i + 1].text)) {
      Line& next = raw[i + 1];
      std::size_t sp = next.text.find(' ');
      std::string first = next.text.substr(0, sp);
      std::string bare = lower(stripPunctuation(first));
      if (bare == "en" || bare == "of" || bare == "tot" || bare == "and" || bare == "or") break;
      std::size_t start = line.text.find_last_of(' ') == std::string::npos ? 0 : line.text.find_last_of(' ') + 1;
      std::string head = lower(line.text.substr(start, line.text.size() - 1 - start));
      bool keepHyphen =
          known.count(stripPunctuation(head) + "-" + bare) > 0 && known.count(stripPunctuation(head) + bare) == 0;
      if (!keepHyphen) line.text.pop_back();
      line.text += first;
      next.text = sp == std::string::npos ? "" : next.text.substr(sp + 1);
      if (next.text.empty()) {
        ++i;  // the whole next line was the word's end
      } else {
        break;
      }
    }
    out.lines.push_back(std::move(line));
  }
  return out;
}

}  // namespace agree::skeleton
