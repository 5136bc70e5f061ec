#include "skeleton.h"

#include <set>

#include "lines.h"
#include "phrases.h"
#include "structure.h"
#include "text.h"
#include "writer.h"

namespace agree::skeleton {

bool looksDutch(std::string_view text) {
  static const std::set<std::string> nl = {"de",   "het",   "een", "van",  "en",       "te",  "zijn",
                                           "deze", "wordt", "met", "voor", "partijen", "dat", "niet"};
  static const std::set<std::string> en = {"the", "of",   "and", "to",      "shall", "this", "is",
                                           "be",  "with", "for", "parties", "that",  "not",  "by"};
  int dutch = 0, english = 0;
  for (const auto& w : words(lower(text))) {
    dutch += nl.count(w) ? 1 : 0;
    english += en.count(w) ? 1 : 0;
  }
  return dutch >= english;
}

namespace {

struct Words {
  const char* header;
  const char* suggests;
  const char* kind;
  const char* maybe;
  const char* parties;
  const char* front;
  const char* loose;
  const char* furniture;
  const char* placeholders;
  const char* placeholderNote;
  const char* noParties;
  const char* signedFrom;
  const char* noTitle;
};

const Words kNl = {
    "Skelet geschreven door `agree init` uit %s. Elke tekst is letterlijk uit de bron geciteerd; elke clausule "
    "heeft soort `provision`, en tijdsregels staan alleen als voorstel in commentaar: codeer ze met de hand.",
    "voorstel: ",
    "soort: ",
    "misschien ",
    "Partijenblok (regels %s):",
    "Tekst voor het eerste artikel (regels %s):",
    "Tekst buiten de artikelen (regels %s):",
    "Buiten de teksten gehouden (paginanummers, kop- en voetregels, opmaak en linkdoelen):",
    "`agree check` vraagt een begin en een looptijd. Deze plaatshouders laten het skelet slagen; zet de regels "
    "die de tekst geeft in hun clausules (zie de voorstellen) en verwijder dit artikel.",
    "plaatshouder van agree init: vervang door het begin en de looptijd uit de tekst",
    "Geen partijenblok herkend: vul de partijen in.",
    "uit regel %s",
    "Geen titel herkend."};

const Words kEn = {
    "Skeleton written by `agree init` from %s. Every text is quoted verbatim from the source; every clause is a "
    "`provision`, and time rules are only suggested in comments: encode them by hand.",
    "suggests: ",
    "kind: ",
    "perhaps ",
    "Parties block (lines %s):",
    "Text before the first article (lines %s):",
    "Text outside the articles (lines %s):",
    "Kept out of the texts (page numbers, headers and footers, markup and link targets):",
    "`agree check` needs a start and a term. These placeholders make the skeleton check; put the rules the text "
    "gives into their clauses (see the suggestions) and delete this article.",
    "placeholder from agree init: replace with the start and the term the text gives",
    "No parties block recognised: fill in the parties.",
    "from line %s",
    "No title recognised."};

std::string fill(const char* pattern, const std::string& value) {
  std::string s(pattern);
  auto at = s.find("%s");
  if (at != std::string::npos) s.replace(at, 2, value);
  return s;
}

std::string lineRange(int from, int to) {
  return from == to ? std::to_string(from) : std::to_string(from) + "-" + std::to_string(to);
}

class Writer {
 public:
  Writer(const Document& doc, const CleanText& clean, const Words& w, Lang lang, bool dutch, std::string source)
      : doc_(doc), clean_(clean), w_(w), lang_(lang), dutch_(dutch), source_(std::move(source)) {}

  Result run() {
    Result r;
    r.lang = lang_;
    out_ += comment("", fill(w_.header, source_));
    out_ += "\n";
    header();
    partiesOut();
    for (std::size_t i = 0; i < doc_.articles.size(); ++i) {
      looseBefore(i);
      article(doc_.articles[i]);
    }
    looseBefore(doc_.articles.size());
    placeholders();
    furniture();
    r.text = std::move(out_);
    r.articles = static_cast<int>(doc_.articles.size());
    r.clauses = clauses_;
    r.suggestions = suggestions_;
    return r;
  }

 private:
  const Document& doc_;
  const CleanText& clean_;
  const Words& w_;
  Lang lang_;
  bool dutch_;
  std::string source_;
  std::string out_;
  int clauses_ = 0;
  int suggestions_ = 0;
  std::set<std::string> ids_;

  std::vector<std::string> frontTexts(std::size_t from, std::size_t to) const {
    std::vector<std::string> t;
    for (std::size_t i = from; i < to && i < doc_.front.size(); ++i) t.push_back(doc_.front[i].text);
    return t;
  }

  void frontComment(const char* label, std::size_t from, std::size_t to) {
    if (from >= to || from >= doc_.front.size()) return;
    to = std::min(to, doc_.front.size());
    out_ += comment("", fill(label, lineRange(doc_.front[from].number, doc_.front[to - 1].number)));
    for (std::size_t i = from; i < to; ++i) out_ += comment("", "  " + doc_.front[i].text);
    out_ += "\n";
  }

  std::string agreementId() {
    std::string title = joinLines(frontTexts(0, doc_.titleEnd));
    std::set<std::string> none;
    std::string id = identifierFor(title, none, "overeenkomst");
    if (id.size() > 24 && id.find('_', 8) != std::string::npos) id = id.substr(0, id.find('_', 8));
    return id;
  }

  void suggest(std::string_view indent, const std::string& text) {
    for (const auto& s : findTimePhrases(text)) {
      out_ += std::string(indent) + "// " + w_.suggests + s.rule + "   (" + (lang_ == Lang::Nl ? "«" : "\"") +
              s.phrase + (lang_ == Lang::Nl ? "»" : "\"") + ")\n";
      ++suggestions_;
    }
  }

  void header() {
    std::string id = agreementId();
    ids_.insert(id);
    out_ += "agreement " + id + " {\n";
    std::string title = joinLines(frontTexts(0, doc_.titleEnd));
    if (!title.empty()) {
      out_ += field("  ", "title", title);
    } else {
      out_ += comment("  ", w_.noTitle);
    }
    out_ += std::string("  language \"") + (dutch_ ? "nl" : "en") + "\"\n";
    if (doc_.signedDate) {
      std::string rule = "signed " + *doc_.signedDate + (doc_.signedPlace ? " at " + quote(*doc_.signedPlace) : "");
      out_ += "  // " + std::string(w_.suggests) + rule + "   (" +
              fill(w_.signedFrom, std::to_string(doc_.signedLine)) + ")\n";
      ++suggestions_;
    }
    if (doc_.hasPreamble) {
      std::string pre = joinLines(frontTexts(doc_.preambleBegin, doc_.front.size()));
      suggest("  ", pre);
      out_ += field("  ", "preamble", pre);
    }
    out_ += "}\n\n";
    // The front matter that is neither title nor preamble: as comments.
    std::size_t end = doc_.hasPreamble ? doc_.preambleBegin : doc_.front.size();
    if (doc_.partiesEnd > doc_.partiesBegin) {
      frontComment(w_.front, doc_.titleEnd, doc_.partiesBegin);
      frontComment(w_.parties, doc_.partiesBegin, doc_.partiesEnd);
      frontComment(w_.front, doc_.partiesEnd, end);
    } else {
      frontComment(w_.front, doc_.titleEnd, end);
    }
  }

  void partiesOut() {
    std::vector<Party> parties = doc_.parties;
    if (parties.empty()) out_ += comment("", w_.noParties);
    while (parties.size() < 2) parties.push_back({"...", true});
    int n = 0;
    for (const auto& p : parties) {
      ++n;
      std::string id = p.placeholder || p.name == "..." ? identifierFor("partij " + std::to_string(n), ids_, "partij")
                                                        : identifierFor(p.name, ids_, "partij");
      ids_.insert(id);
      out_ += "party " + id + " { name " + quote(p.name) + (p.placeholder ? " placeholder" : "") + " }\n";
    }
    out_ += "\n";
  }

  void kindHint(std::string_view indent, const std::string& text) {
    auto hints = findKindHints(text);
    if (hints.empty()) return;
    std::string line = std::string(w_.kind) + w_.maybe;
    for (std::size_t i = 0; i < hints.size(); ++i) {
      line += (i ? ", " : "") + hints[i].kind + " (" + (lang_ == Lang::Nl ? "«" : "\"") + hints[i].words +
              (lang_ == Lang::Nl ? "»" : "\"") + ")";
    }
    out_ += std::string(indent) + "// " + line + "\n";
  }

  void clause(const std::string& id, const std::string& text, int line) {
    ++clauses_;
    out_ += "\n  clause " + idLiteral(id) + " provision {   // " + (lang_ == Lang::Nl ? "regel " : "line ") +
            std::to_string(line) + "\n";
    kindHint("    ", text);
    suggest("    ", text);
    out_ += field("    ", "text", text);
    out_ += "  }\n";
  }

  void article(const Article& a) {
    out_ += "article " + idLiteral(a.id) + (a.heading.empty() ? "" : " " + quote(a.heading)) + " {   // " +
            (lang_ == Lang::Nl ? "regel " : "line ") + std::to_string(a.line) + "\n";
    std::string text = joinLines(a.text);
    if (a.paragraphs.empty()) {
      // No numbered paragraphs: the article's text is one clause with the article's id.
      if (!text.empty()) clause(a.id, text, a.line);
    } else {
      if (!text.empty()) {
        suggest("  ", text);
        out_ += field("  ", "text", text);
      }
      for (const auto& p : a.paragraphs) clause(p.id, joinLines(p.lines), p.line);
    }
    out_ += "}\n\n";
  }

  void looseBefore(std::size_t index) {
    for (const auto& b : doc_.loose) {
      if (b.before != index || b.lines.empty()) continue;
      out_ += comment("", fill(w_.loose, lineRange(b.lines.front().number, b.lines.back().number)));
      for (const auto& l : b.lines) out_ += comment("", "  " + l.text);
      out_ += "\n";
    }
  }

  void placeholders() {
    out_ += comment("", w_.placeholders);
    out_ += "article \"init\" {\n  clause \"init\" provision {\n    start on signing\n    term indefinite\n";
    out_ += field("    ", "note", w_.placeholderNote);
    out_ += "  }\n}\n";
  }

  void furniture() {
    if (clean_.furniture.empty()) return;
    out_ += "\n" + comment("", w_.furniture);
    for (const auto& l : clean_.furniture) out_ += comment("", "  " + std::to_string(l.number) + ": " + l.text);
  }
};

}  // namespace

Result makeSkeleton(std::string_view text, const Options& options) {
  CleanText clean = cleanLines(text);
  Document doc = recognise(clean.lines);
  bool dutch = looksDutch(text);
  Lang lang = options.lang.value_or(dutch ? Lang::Nl : Lang::En);
  if (doc.articles.empty()) {
    Result r;
    r.lang = lang;
    return r;
  }
  return Writer(doc, clean, lang == Lang::Nl ? kNl : kEn, lang, dutch, options.sourceName).run();
}

}  // namespace agree::skeleton
