#include "structure.h"

#include <map>
#include <regex>
#include <set>

#include "text.h"

namespace agree::skeleton {

namespace {

bool endsSentence(const std::string& s) {
  if (s.empty()) return true;
  char c = s.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == ')';
}

int toInt(const std::string& s) { return s.size() > 6 ? 1000000 : std::stoi(s); }

// A short line that reads as a caption: "Opdrachtgever", "Overige bepalingen".
bool looksLikeCaption(const std::string& s) {
  return !s.empty() && s.size() <= 60 && words(s).size() <= 7 && startsWithUpper(s) && !endsSentence(s) &&
         s.back() != ',';
}

const std::regex& signingStart() {
  static const std::regex re(
      "^(aldus|zo|als volgt)\\b.*\\b(overeengekomen|getekend|ondertekend|opgemaakt|vastgesteld)|^aldus\\b|"
      "^(ondertekening|ondertekend|getekend|handtekening(en)?)\\b|^(datum|plaats)( en (plaats|datum))?\\s*:|"
      "^(signed|signatures)\\b|^in witness whereof");
  return re;
}

std::string monthIso(const std::string& name) {
  static const char* names[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                "juli",    "augustus", "september", "oktober", "november", "december"};
  for (int i = 0; i < 12; ++i) {
    if (name == names[i]) return (i < 9 ? "0" : "") + std::to_string(i + 1);
  }
  return "";
}

}  // namespace

std::optional<Heading> parseArticleHeading(std::string_view line) {
  static const std::regex re(
      "^(?:ARTIKEL|Artikel|Art\\.|ARTICLE|Article)\\s*(\\d{1,3})(?:\\.(\\d{1,3}))?\\.?(?:\\s*(?::|-|–|—)\\s*|\\s+|$)(.*"
      ")$");
  std::string s(line);
  std::smatch m;
  if (!std::regex_match(s, m, re)) return std::nullopt;
  Heading h;
  h.kind = Heading::Kind::Article;
  h.number = toInt(m[1]);
  if (m[2].matched) h.sub = toInt(m[2]);
  h.rest = trim(m.str(3));
  // "Artikel 3 van de wet ..." is a sentence, not a heading.
  if (!h.rest.empty() && startsWithLower(h.rest)) return std::nullopt;
  return h;
}

std::optional<Heading> parseAnnexHeading(std::string_view line) {
  static const std::regex re(
      "^(?:BIJLAGE|Bijlage|ANNEX|Annex|Appendix|APPENDIX)\\s*(\\d{1,3})\\.?\\s*(?::|-|–|—)?\\s*(.*)$");
  std::string s(line);
  std::smatch m;
  if (!std::regex_match(s, m, re)) return std::nullopt;
  Heading h;
  h.kind = Heading::Kind::Annex;
  h.number = toInt(m[1]);
  h.rest = trim(m.str(2));
  if (h.rest.size() > 100 || lower(h.rest).find("bijlage") != std::string::npos ||
      (!h.rest.empty() && startsWithLower(h.rest))) {
    return std::nullopt;
  }
  return h;
}

std::optional<Heading> parseNumberedHeading(std::string_view line) {
  static const std::regex re("^(\\d{1,2})\\.?\\s+(\\S.*)$");
  std::string s(line);
  std::smatch m;
  if (!std::regex_match(s, m, re)) return std::nullopt;
  std::string rest = trim(m.str(2));
  if (!looksLikeCaption(rest)) return std::nullopt;
  Heading h;
  h.number = toInt(m[1]);
  h.rest = rest;
  return h;
}

std::optional<ParagraphMark> parseParagraphMark(std::string_view line) {
  static const std::regex two("^(?:[-•]\\s*)?((\\d{1,3})\\.(\\d{1,3})\\.?(?:\\s+.*|$))");
  static const std::regex one("^((\\d{1,2})[.)]\\s+\\S.*)$");
  std::string s(line);
  std::smatch m;
  if (std::regex_match(s, m, two)) return ParagraphMark{toInt(m[2]), toInt(m[3]), m.str(1)};
  if (std::regex_match(s, m, one)) return ParagraphMark{toInt(m[2]), std::nullopt, m.str(1)};
  return std::nullopt;
}

namespace {

class Recogniser {
 public:
  explicit Recogniser(const std::vector<Line>& lines) : lines_(lines) {}

  Document run() {
    int artikelHeadings = 0;
    for (const auto& l : lines_) artikelHeadings += parseArticleHeading(l.text) ? 1 : 0;
    numberedStyle_ = artikelHeadings < 2;
    // A table of contents names the annexes first: the last line that heads annex K is its heading.
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (auto h = parseAnnexHeading(lines_[i].text)) lastAnnexLine_[h->number] = i;
    }
    for (std::size_t i = 0; i < lines_.size(); ++i) step(i);
    front();
    signing();
    return std::move(doc_);
  }

 private:
  const std::vector<Line>& lines_;
  Document doc_;
  bool numberedStyle_ = false;
  enum class State { Front, Article, Loose } state_ = State::Front;
  int annex_ = 0;        // the annex we are in (0: the body)
  int lastArticle_ = 0;  // last article number in the body or in this annex
  int lastMajor_ = 0;    // last paragraph number (major.minor) in the current article
  int lastMinor_ = 0;
  bool twoLevel_ = false;  // the current article numbers its paragraphs N.M
  std::set<std::string> articleIds_;
  std::map<int, std::size_t> lastAnnexLine_;
  std::vector<std::string>* lastSink_ = nullptr;  // where the previous line went

  Article* current() { return state_ == State::Article && !doc_.articles.empty() ? &doc_.articles.back() : nullptr; }

  std::string prefix() const { return annex_ ? "Bijlage " + std::to_string(annex_) + ", " : ""; }

  // The number of the article paragraphs belong to: the body's article, or an annex's Artikel.
  int currentArticleNumber() const { return currentNumber_; }
  int currentNumber_ = 0;  // 0: an annex without articles

  bool openArticle(const std::string& id, std::string heading, int line) {
    if (articleIds_.count(id)) return false;
    articleIds_.insert(id);
    if (heading.empty() && lastSink_ && !lastSink_->empty() && looksLikeCaption(lastSink_->back())) {
      // "Opdrachtgever" above "Artikel 1": a caption for the article below.
      const auto& sink = *lastSink_;
      bool before = sink.size() < 2 || endsSentence(sink[sink.size() - 2]);
      if (before) {
        heading = sink.back();
        lastSink_->pop_back();
        // Front matter keeps Line objects: mirror the removal there.
        if (lastSink_ == &frontTexts_ && !doc_.front.empty()) doc_.front.pop_back();
        if (lastSink_ == &looseTexts_ && !doc_.loose.empty() && !doc_.loose.back().lines.empty()) {
          doc_.loose.back().lines.pop_back();
        }
      }
    }
    Article a;
    a.id = id;
    a.heading = std::move(heading);
    a.line = line;
    doc_.articles.push_back(std::move(a));
    state_ = State::Article;
    lastMajor_ = lastMinor_ = 0;
    twoLevel_ = false;
    lastSink_ = &doc_.articles.back().text;
    return true;
  }

  void openParagraph(const std::string& id, int line, std::string text) {
    Article* a = current();
    Paragraph p;
    p.id = id;
    p.line = line;
    if (!text.empty()) p.lines.push_back(std::move(text));
    a->paragraphs.push_back(std::move(p));
    lastSink_ = &a->paragraphs.back().lines;
  }

  // Whether N.M (or N. at one level) is the next paragraph of the current article.
  bool isNextParagraph(int major, std::optional<int> minor) const {
    int n = currentArticleNumber();
    if (minor) {
      if (n == 0) {  // annex without articles: 1.1, 1.2, 2.1 ...
        return (major == lastMajor_ && *minor > lastMinor_ && *minor <= lastMinor_ + 3) ||
               (major > lastMajor_ && major <= lastMajor_ + 3 && *minor == 1);
      }
      return major == n && *minor > lastMinor_ && *minor <= lastMinor_ + 3;
    }
    return n != 0 && !twoLevel_ && major == lastMajor_ + 1;
  }

  std::string paragraphId(int major, std::optional<int> minor) const {
    int n = currentArticleNumber();
    std::string id =
        minor ? std::to_string(major) + "." + std::to_string(*minor) : std::to_string(n) + "." + std::to_string(major);
    return prefix() + id;
  }

  void takeParagraph(int major, std::optional<int> minor, int line, std::string text) {
    openParagraph(paragraphId(major, minor), line, std::move(text));
    if (minor) {
      twoLevel_ = true;
      lastMajor_ = major;
      lastMinor_ = *minor;
    } else {
      lastMajor_ = major;
    }
  }

  // Paragraph numbers run into the text ("... Samenwerking.3.5 De Samenwerking"): splits the
  // line before the next expected N.M and returns the part before it.
  void addWithSplits(std::string text, int line) {
    static const std::regex mark("(\\d{1,3})\\.(\\d{1,3})\\.?\\s+(?=\\S)");
    for (;;) {
      std::smatch m;
      std::size_t cut = std::string::npos;
      int major = 0, minor = 0;
      auto begin = text.cbegin();
      while (std::regex_search(begin, text.cend(), m, mark)) {
        std::size_t at = static_cast<std::size_t>(m.position(0) + (begin - text.cbegin()));
        major = toInt(m[1]);
        minor = toInt(m[2]);
        std::string after = text.substr(at + static_cast<std::size_t>(m.length(0)));
        bool glued = at > 0 && text[at - 1] != ' ' && !(text[at - 1] >= '0' && text[at - 1] <= '9') &&
                     !(at > 1 && text[at - 1] == '.' && text[at - 2] >= '0' && text[at - 2] <= '9');
        bool spaced = at > 1 && text[at - 1] == ' ' && endsSentence(text.substr(0, at - 1));
        if (at > 0 && (glued || spaced) && startsWithUpper(after) && current() && isNextParagraph(major, minor)) {
          cut = at;
          break;
        }
        begin = m[0].second;
      }
      if (cut == std::string::npos) break;
      std::string before = trim(text.substr(0, cut));
      if (!before.empty()) append(before);
      text = text.substr(cut);
      takeParagraph(major, minor, line, "");
    }
    if (!text.empty()) append(text);
  }

  void append(const std::string& text) {
    if (Article* a = current()) {
      if (!a->paragraphs.empty()) {
        a->paragraphs.back().lines.push_back(text);
        lastSink_ = &a->paragraphs.back().lines;
      } else {
        a->text.push_back(text);
        lastSink_ = &a->text;
      }
    }
  }

  std::vector<std::string> frontTexts_, looseTexts_;

  void toFront(const Line& l) {
    doc_.front.push_back(l);
    frontTexts_.push_back(l.text);
    lastSink_ = &frontTexts_;
  }

  void toLoose(const Line& l) {
    if (doc_.loose.empty() || doc_.loose.back().before != doc_.articles.size() || looseTexts_.empty()) {
      if (doc_.loose.empty() || doc_.loose.back().before != doc_.articles.size()) {
        doc_.loose.push_back({doc_.articles.size(), {}});
      }
    }
    doc_.loose.back().lines.push_back(l);
    looseTexts_.push_back(l.text);
    lastSink_ = &looseTexts_;
  }

  void step(std::size_t i) {
    const Line& l = lines_[i];
    // An annex: "Bijlage 2: Privacyprotocol"; a table of contents (an annex heading followed by
    // another) is not one.
    if (auto h = parseAnnexHeading(l.text)) {
      bool last = lastAnnexLine_[h->number] == i;
      if (last && h->number > annex_ && state_ != State::Front) {
        int saved = annex_;
        annex_ = h->number;
        if (openArticle("Bijlage " + std::to_string(h->number), h->rest, l.number)) {
          lastArticle_ = 0;
          currentNumber_ = 0;
          return;
        }
        annex_ = saved;
      }
    }
    std::optional<Heading> h = numberedStyle_ ? (annex_ ? parseArticleHeading(l.text) : parseNumberedHeading(l.text))
                                              : parseArticleHeading(l.text);
    if (h) {
      int n = h->number;
      if (h->sub && current() && n == currentNumber_ && isNextParagraph(n, h->sub)) {
        takeParagraph(n, h->sub, l.number, h->rest);  // "Artikel 5.2": the paragraph's text follows
        return;
      }
      bool inSequence = n > lastArticle_ && n <= lastArticle_ + 3;
      if (inSequence) {
        std::string id = annex_ ? prefix() + "Artikel " + std::to_string(n) : std::to_string(n);
        std::string heading = h->sub ? "" : h->rest;
        std::string merged;
        // "Artikel 5 Structuur ... Samenwerking5.1 Elke Partij ...": the first paragraph runs into
        // the heading.
        if (!h->sub) {
          static const std::regex first("(\\d{1,3})\\.1\\.?\\s+(?=\\S)");
          std::smatch m;
          if (std::regex_search(heading, m, first) && toInt(m[1]) == n && m.position(0) > 0) {
            merged = heading.substr(static_cast<std::size_t>(m.position(0)));
            heading = trim(heading.substr(0, static_cast<std::size_t>(m.position(0))));
          }
        }
        // A heading is short; a long line that ends a sentence is the article's first text.
        bool sentence = !h->sub && merged.empty() && words(heading).size() > 8 && endsSentence(heading);
        if (sentence) heading.clear();
        if (openArticle(id, heading, l.number)) {
          lastArticle_ = n;
          currentNumber_ = n;
          if (h->sub) {
            takeParagraph(n, h->sub, l.number, "");
            if (!h->rest.empty()) append(h->rest);
          } else if (!merged.empty()) {
            takeParagraph(n, 1, l.number, "");
            addWithSplits(merged, l.number);
          } else if (sentence) {
            append(l.text);  // "Artikel 1: Wanneer Partijen ...": the line is the article's text
          }
          return;
        }
      }
    }
    if (state_ != State::Front && std::regex_search(lower(l.text), signingStart())) {
      state_ = State::Loose;
      toLoose(l);
      return;
    }
    if (state_ == State::Front) {
      toFront(l);
      return;
    }
    if (state_ == State::Loose) {
      toLoose(l);
      return;
    }
    if (auto p = parseParagraphMark(l.text)) {
      if (isNextParagraph(p->major, p->minor)) {
        takeParagraph(p->major, p->minor, l.number, "");
        addWithSplits(p->rest, l.number);
        return;
      }
    }
    addWithSplits(l.text, l.number);
  }

  void front() {
    auto& f = doc_.front;
    static const std::regex partiesStart(
        "^(de |the )?(ondergetekenden|undersigned)\\b|^(partijen|tussen|parties|between)\\s*:?$");
    static const std::regex preambleStart(
        "^(overwegende|overwegingen|in aanmerking nemende(?! dat)|considerans|whereas|recitals)\\b|^in aanmerking "
        "nemende");
    std::size_t partiesAt = f.size(), preambleAt = f.size();
    for (std::size_t i = 0; i < f.size(); ++i) {
      std::string low = lower(f[i].text);
      if (partiesAt == f.size() && std::regex_search(low, partiesStart)) partiesAt = i;
      if (preambleAt == f.size() && std::regex_search(low, preambleStart)) preambleAt = i;
    }
    doc_.hasPreamble = preambleAt < f.size();
    doc_.preambleBegin = preambleAt;
    std::size_t titleEnd = std::min(partiesAt, preambleAt);
    if (titleEnd == f.size()) titleEnd = std::min<std::size_t>(f.size(), 3);
    doc_.titleEnd = std::min<std::size_t>(titleEnd, 8);
    if (partiesAt < f.size()) {
      doc_.partiesBegin = partiesAt;
      doc_.partiesEnd = preambleAt > partiesAt ? preambleAt : f.size();
      parties(partiesAt, doc_.partiesEnd);
    } else {
      doc_.partiesBegin = doc_.partiesEnd = 0;
    }
  }

  void parties(std::size_t begin, std::size_t end) {
    static const std::regex numbered("^(\\d{1,2}|[a-z])[.)]\\s+");
    static const std::regex closing("^(hierna|verder|hereinafter|partijen hierna)\\b");
    const auto& f = doc_.front;
    std::vector<std::vector<std::string>> entries(1);
    // The header line may carry the first party after "De ondergetekenden:".
    std::string head = f[begin].text;
    auto colon = head.find(':');
    if (colon != std::string::npos && trim(head.substr(colon + 1)).size() > 1)
      entries.back().push_back(trim(head.substr(colon + 1)));
    for (std::size_t i = begin + 1; i < end; ++i) {
      std::string t = f[i].text;
      std::string low = lower(t);
      if (std::regex_search(low, closing)) {  // "hierna te noemen ...": ends the entry
        entries.emplace_back();
        continue;
      }
      if (low == "en" || low == "en," || low == "en;" || low == "and" || low == "en:") {
        entries.emplace_back();
        continue;
      }
      if (std::regex_search(t, numbered) && !entries.back().empty()) entries.emplace_back();
      // "De colleges ... van de:" followed by "gemeente Vlissingen;": one party per listed line.
      bool listed = !entries.back().empty() && entries.back().back().back() == ':' && words(t).size() <= 6 &&
                    (t.back() == ';' || t.back() == ',');
      if (listed) {
        while (i < end && words(f[i].text).size() <= 6 && !f[i].text.empty() &&
               (f[i].text.back() == ';' || f[i].text.back() == ',' || f[i].text.back() == '.')) {
          std::string item = f[i].text;
          item.pop_back();
          entries.push_back({item, "(listed)"});
          ++i;
        }
        entries.emplace_back();
        --i;
        continue;
      }
      entries.back().push_back(t);
    }
    for (const auto& e : entries) {
      if (e.empty()) continue;
      // A party names its seat or representation; a listed one ("gemeente Veere;") its name only.
      static const std::regex marker(
          "gevestigd|vertegenwoordig|rechtsgeldig|kantoorhoudend|op grond van|registered|represented");
      bool listedEntry = e.size() == 2 && e[1] == "(listed)";
      if (!listedEntry && !std::regex_search(lower(joinLines(e)), marker)) continue;
      std::string text = std::regex_replace(listedEntry ? e[0] : joinLines(e), numbered, "");
      std::size_t cut = text.size();
      for (const char* stop : {",", ";", " gevestigd", " hierna", " verder", " (", " te ", " kantoorhoudend",
                               " op grond van", " rechtsgeldig", " ten deze", " vertegenwoordigd", " statutair"}) {
        cut = std::min(cut, text.find(stop));
      }
      std::string name = trim(text.substr(0, cut));
      if (std::regex_search(lower(name), std::regex("ondergetekenden|undersigned"))) continue;
      while (!name.empty() && (name.back() == ':' || name.back() == '.')) name.pop_back();
      if (name.size() < 2 || name.size() > 80 ||
          !(startsWithUpper(name) || name[0] == '[' || name[0] == '<' || words(name).size() <= 4))
        continue;
      Party p;
      p.placeholder = name.find('[') != std::string::npos;
      p.name = name;
      doc_.parties.push_back(std::move(p));
    }
  }

  void signing() {
    static const std::regex date(
        "\\b(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+"
        "(\\d{4})\\b");
    static const std::regex place(
        "\\b(?:ondertekend|overeengekomen|getekend|opgemaakt)\\s+(?:te|in)\\s+([A-Z][A-Za-z'-]+)|^(?:te|plaats)\\s*:?"
        "\\s+([A-Z][A-Za-z'-]+)");
    for (const auto& block : doc_.loose) {
      std::string all;
      for (const auto& l : block.lines) all += (all.empty() ? "" : " ") + l.text;
      std::string low = lower(all);
      std::smatch m;
      if (!doc_.signedDate && std::regex_search(low, m, date)) {
        int day = toInt(m[1]);
        doc_.signedDate = m.str(3) + "-" + monthIso(m.str(2)) + "-" + (day < 10 ? "0" : "") + std::to_string(day);
        for (const auto& l : block.lines) {
          if (std::regex_search(lower(l.text), date)) {
            doc_.signedLine = l.number;
            break;
          }
        }
      }
      if (!doc_.signedPlace && std::regex_search(all, m, place)) doc_.signedPlace = m[1].matched ? m.str(1) : m.str(2);
      if (doc_.signedDate) break;
    }
  }
};

}  // namespace

Document recognise(const std::vector<Line>& lines) { return Recogniser(lines).run(); }

}  // namespace agree::skeleton
