#include "claim_text.h"

#include "parse/builtin_words.h"
#include "parse/keywords.h"
#include "words/say.h"

namespace agree::cli {

namespace {

using Kind = model::Expectation::Kind;

parse::KeywordLanguage keywordsOf(words::Lang lang) {
  return lang == words::Lang::Nl ? parse::KeywordLanguage::Dutch : parse::KeywordLanguage::English;
}

// English keywords ("not in force on") in the language's spelling, word by word (keywords.def).
std::string kw(std::string_view english, words::Lang lang) {
  return parse::translateEnglishPhrase(english, keywordsOf(lang));
}

// A cause as a file in the language writes it: `term` and the keyword kinds (`notice`) are
// keywords, the built-in event kinds are built-in words (`evaluatie`), others as declared.
std::string causeWord(const std::string& cause, words::Lang lang) {
  if (auto k = parse::translateKeyword(cause, parse::KeywordLanguage::English, keywordsOf(lang))) return *k;
  if (auto b = parse::translateBuiltInWord(cause, parse::BuiltInWord::EventKind, parse::KeywordLanguage::English,
                                           keywordsOf(lang)))
    return *b;
  return cause;
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

}  // namespace

std::string claimText(const model::Expectation& c, words::Lang lang) {
  const std::string date = c.date.iso();
  switch (c.kind) {
    case Kind::Bound:
      return c.party + " " + kw("bound on", lang) + " " + date +
             (c.articles.empty() ? "" : " " + kw("under", lang) + " " + joined(c.articles));
    case Kind::NotBound: return c.party + " " + kw("not bound on", lang) + " " + date;
    case Kind::InForce: return kw("in force on", lang) + " " + date;
    case Kind::NotInForce: return kw("not in force on", lang) + " " + date;
    case Kind::Ends:
      return kw("ends", lang) + " " + date + " " + kw("by", lang) + " " + causeWord(c.cause, lang) +
             (c.articles.empty() ? "" : " " + kw("under", lang) + " " + c.articles.front());
    case Kind::EndsNotBefore: return kw("ends not before", lang) + " " + date;
    case Kind::EndsNever: return kw("ends never", lang);
    case Kind::Due: return kw("due", lang) + " " + c.articles.front() + " " + kw("on", lang) + " " + date;
    case Kind::Violates: return kw("violates", lang) + " " + c.articles.front() + " " + kw("per", lang) + " " + date;
    case Kind::ViolatesNothing: return kw("violates nothing per", lang) + " " + date;
  }
  return "";
}

std::string actualText(const runtime::ExpectationResult& r, const model::Agreement& agreement, words::Lang lang) {
  const bool nl = lang == words::Lang::Nl;
  if (!r.problem.en.empty()) return nl ? r.problem.nl : r.problem.en;
  if (r.depends) {
    if (r.dependsOn.empty())
      return nl ? "hangt af van wat het scenario niet vastlegt" : "depends on what the scenario does not record";
    const std::string event = words::eventKindWords(agreement, r.dependsOn, lang);
    const std::string from = r.dependsFrom ? r.dependsFrom->iso() : "";
    return nl ? "hangt vanaf " + from + " af van " + event : "depends on " + event + " from " + from;
  }
  if (r.actual.empty()) {
    const auto& e = *r.expectation;
    const std::string id = e.articles.empty() ? "" : e.articles.front();
    return nl ? "niets van art. " + id + " valt binnen een jaar voor of na " + e.date.iso()
              : "nothing of art. " + id + " falls due within a year before or after " + e.date.iso();
  }
  std::string out;
  for (const auto& a : r.actual) out += (out.empty() ? "" : "; ") + claimText(a, lang);
  return out;
}

}  // namespace agree::cli
