#include "hover.h"

#include <fstream>
#include <regex>
#include <sstream>

#include "calendars.h"
#include "diagnostics.h"
#include "explain/explanation.h"
#include "explain/render.h"
#include "notice_day.h"
#include "report/report.h"
#include "words/calendar_words.h"
#include "words/say.h"

namespace agree::lsp {

namespace {

using words::Lang;

// Labels of the hover itself (the answers inside come from the words layer).
const char* label(Lang lang, const char* en, const char* nl) { return lang == Lang::Nl ? nl : en; }

// The AGRnnnn code the cursor is on, anywhere in the line (comments and texts included).
std::optional<std::pair<std::string, Range>> codeUnder(const Analysis& a, Position position) {
  std::string line(a.lines->lineText(position.line));
  static const std::regex code("AGR[0-9]{4}", std::regex::icase);
  std::size_t cursor = a.lines->byteAt(position) - a.lines->byteAt(Position{position.line, 0});
  for (auto it = std::sregex_iterator(line.begin(), line.end(), code); it != std::sregex_iterator(); ++it) {
    auto begin = static_cast<std::size_t>(it->position()), end = begin + static_cast<std::size_t>(it->length());
    if (cursor >= begin && cursor <= end) {
      std::string id = it->str();
      for (auto& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      std::size_t lineStart = a.lines->byteAt(Position{position.line, 0});
      return std::make_pair(
          id, Range{a.lines->positionOfByte(lineStart + begin), a.lines->positionOfByte(lineStart + end)});
    }
  }
  return std::nullopt;
}

json markdown(const std::string& text, const Range& range) {
  return json{{"contents", {{"kind", "markdown"}, {"value", text}}}, {"range", toJson(range)}};
}

std::string fenced(const std::string& text) {
  return "```text\n" + text + (text.ends_with("\n") ? "" : "\n") + "```\n";
}

std::string partyHover(const Analysis& a, const model::Party& p, time::Date today, Lang lang) {
  std::string out = "**" + std::string(label(lang, "party", "partij")) + "** `" + p.id + "`";
  if (!p.name.empty()) out += ": " + p.name;
  if (!p.shortName.empty()) out += " (" + p.shortName + ")";
  out += "\n\n";
  if (a.timeline) {
    // The first two lines of `agree bound FILE PARTY TODAY`: the verdict and why.
    auto answer = runtime::bound(*a.timeline, p.id, today);
    std::string text = runtime::boundText(answer, *a.timeline, lang);
    std::size_t first = text.find('\n');
    std::size_t second = first == std::string::npos ? first : text.find('\n', first + 1);
    out += fenced(text.substr(0, second));
  }
  return out;
}

// The term periods around today with the last notice day of each notice rule of `clause`
// (all rules when empty), as `agree timeline` computes them.
std::string periodsAround(const Analysis& a, const std::string& clause, time::Date today, Lang lang) {
  const auto& t = *a.timeline;
  const auto& ag = *a.agreement();
  if (!t.chain || !t.start) return "";
  long long current = t.periodAt(today).value_or(1);
  if (today < *t.start) current = 1;
  std::string out;
  for (long long n = current; n <= current + 1; ++n) {
    if (t.maxPeriods && n > *t.maxPeriods) break;
    auto p = t.period(n);
    if (t.end && p.from >= t.end->date) break;
    out += label(lang, "period ", "periode ") + std::to_string(n) + ": ";
    out += p.until ? words::rangeWords(p.from, p.until->plusDays(-1), lang)
                   : words::dateWords(p.from, lang) + label(lang, " onwards", " en verder");
    if (n == current && p.contains(today)) out += label(lang, " (current)", " (lopend)");
    out += "\n";
    for (const auto& rule : ag.notices) {
      if (!rule.beforeTermEnd || !p.until || (!clause.empty() && rule.clause != clause)) continue;
      if (t.maxPeriods && n >= *t.maxPeriods) continue;
      auto day = runtime::noticeDay(ag, *p.until, rule.period);
      out += std::string("  ") + label(lang, "last notice day: ", "laatste dag voor opzegging: ") +
             words::dateWithWeekday(day.latest, lang) + " (" + label(lang, "art. ", "art. ") + rule.clause + ")";
      if (day.workingDay && !*day.workingDay) {
        out += label(lang, "; not a working day: ", "; geen werkdag: ") +
               (lang == Lang::Nl ? day.notWorkingDutch : day.notWorkingBecause);
      }
      out += "\n";
    }
  }
  if (t.end) out += words::say(t.end->reason, ag, lang) + "\n";
  return out;
}

bool shapesTheTerm(const model::Agreement& ag, const std::string& clause) {
  if (ag.term.clause == clause) return true;
  for (const auto& n : ag.notices) {
    if (n.clause == clause) return true;
  }
  return false;
}

std::string clauseHover(const Analysis& a, const model::Clause& c, time::Date today, Lang lang) {
  const auto& ag = *a.agreement();
  std::string out = "**" + std::string(label(lang, "clause", "bepaling")) + " " + c.id +
                    "**: " + words::clauseKindWords(c.kind, lang) + "\n\n";
  auto explanation = explain::explain(ag, lang);
  for (const auto& article : explanation.articles) {
    for (const auto& ce : article.clauses) {
      if (ce.id == c.id) out += explain::paragraph(ce.sentences) + "\n\n";
    }
  }
  if (a.timeline && shapesTheTerm(ag, c.id)) {
    std::string periods = periodsAround(a, "", today, lang);
    if (!periods.empty()) out += fenced(periods);
  }
  return out;
}

std::string articleHover(const model::Article& article, Lang lang) {
  std::string out = "**" + std::string(label(lang, "article", "artikel")) + " " + article.id + "**";
  if (!article.title.empty()) out += ": " + article.title;
  out += "\n\n";
  if (!article.clauses.empty()) {
    out += label(lang, "clauses: ", "bepalingen: ");
    for (std::size_t i = 0; i < article.clauses.size(); ++i) out += (i ? ", " : "") + article.clauses[i];
    out += "\n";
  }
  return out;
}

std::string dateHover(const Analysis& a, time::Date d, Lang lang) {
  std::string out = "**" + words::dateWithWeekday(d, lang) + "**";
  if (lang == Lang::En) out += " (" + std::string(words::weekdayWord(d.isoWeekday(), lang)) + ")";
  out += "\n\n";
  std::string calendarName = a.agreement() ? a.agreement()->calendar : "nl-atw";
  std::string error;
  const auto* cal = runtime::workingDayCalendar(calendarName, error);
  if (!cal) return out + error + "\n";
  auto names = lang == Lang::Nl ? calendar::DayNames::Dutch : calendar::DayNames::Bilingual;
  if (cal->isWorkingDay(d)) {
    out += label(lang, "a working day", "een werkdag");
  } else {
    out += label(lang, "not a working day: ", "geen werkdag: ") + cal->nonWorkingReason(d, names).value_or("");
  }
  out += std::string(" (") + label(lang, "calendar ", "kalender ") + calendarName + ")";
  if (!cal->decreeDaysKnown(d.year())) {
    out += label(lang, "; the decree days of this year are not published",
                 "; de bij besluit gelijkgestelde dagen van dit jaar zijn niet bekendgemaakt");
  }
  return out + "\n";
}

std::string declarationHover(const Symbol& s) {
  std::string out = "**" + std::string(symbolKindName(s.kind)) + "** `" + s.id + "`";
  if (!s.detail.empty()) out += ": " + s.detail;
  if (!s.scope.empty()) out += " (" + s.scope + ")";
  return out + "\n";
}

}  // namespace

std::string codePageSummary(const std::string& code) {
  std::ifstream in(docsDir() + "/errors.md");
  std::string line, paragraph;
  bool inSection = false;
  while (std::getline(in, line)) {
    if (!inSection) {
      inSection = line.rfind("## " + code, 0) == 0;
      if (inSection) paragraph = line.substr(3) + "\n\n";
      continue;
    }
    if (line.rfind("## ", 0) == 0) break;
    if (line.empty()) {
      if (paragraph.find("\n\n") + 2 < paragraph.size()) break;  // the first paragraph is complete
      continue;
    }
    paragraph += line + "\n";
  }
  return inSection ? paragraph : "";
}

json hover(Analysis& a, Position position, time::Date today) {
  Lang lang = answerLang(a);
  if (auto code = codeUnder(a, position)) {
    std::string page = codePageSummary(code->first);
    if (page.empty()) return nullptr;
    return markdown(page + "\n[" + code->first + "](" + codeHref(code->first) + ")\n", code->second);
  }
  const auto* token = a.tokenAt(position);
  if (!token) return nullptr;
  Range range = a.rangeOf(*token);
  std::string id = token->text;
  if (token->kind == parse::TokenKind::Date) {
    if (auto d = time::Date::parseIso(token->text.substr(0, 10))) return markdown(dateHover(a, *d, lang), range);
    return nullptr;
  }
  if (token->kind == parse::TokenKind::Text && id.size() >= 2) id = id.substr(1, id.size() - 2);
  if (token->kind != parse::TokenKind::Name && token->kind != parse::TokenKind::Number &&
      token->kind != parse::TokenKind::Text && token->kind != parse::TokenKind::Parameter) {
    return nullptr;
  }
  if (const auto* ag = a.agreement()) {
    if (const auto* p = ag->findParty(id)) return markdown(partyHover(a, *p, today, lang), range);
    if (token->kind != parse::TokenKind::Name) {
      if (const auto* c = ag->findClause(id)) return markdown(clauseHover(a, *c, today, lang), range);
      for (const auto& article : ag->articles) {
        if (article.id == id) return markdown(articleHover(article, lang), range);
      }
    }
  }
  // Without a model (the file has errors) the declaration still says what an id is.
  if (const auto* s = a.symbols().find(id)) return markdown(declarationHover(*s), range);
  return nullptr;
}

}  // namespace agree::lsp
