#include "notice_hints.h"

#include "notice_day.h"
#include "words/calendar_words.h"
#include "words/say.h"

namespace agree::lsp {

std::vector<NoticeHint> noticeHints(Analysis& a, time::Date today) {
  std::vector<NoticeHint> out;
  if (!a.timeline || !a.timeline->chain || !a.timeline->start) return out;
  const auto& t = *a.timeline;
  const auto& ag = *a.agreement();
  if (t.end && t.end->date <= today) return out;  // ended: no period is current
  auto n = today < *t.start ? std::optional<long long>(1) : t.periodAt(today);
  if (!n || (t.maxPeriods && *n >= *t.maxPeriods)) return out;  // the last period ends without renewal
  auto period = t.period(*n);
  if (!period.until) return out;
  const auto lang = answerLang(a);
  const auto& index = a.symbols();
  for (const auto& rule : ag.notices) {
    if (!rule.beforeTermEnd) continue;
    auto day = runtime::noticeDay(ag, *period.until, rule.period);
    for (const auto& s : index.symbols) {
      if (s.kind != SymbolKind::Clause || s.id != rule.clause || s.name.path != index.mainPath) continue;
      std::string label = lang == words::Lang::Nl ? "laatste dag voor opzegging: " : "last notice day: ";
      label += words::dateWords(day.latest, lang);
      label += lang == words::Lang::Nl ? " (periode " : " (period ";
      label += std::to_string(*n) + ", " + words::rangeWords(period.from, period.until->plusDays(-1), lang) + ")";
      out.push_back(NoticeHint{s.name.range, label});
    }
  }
  return out;
}

json inlayHints(Analysis& a, time::Date today) {
  json out = json::array();
  for (const auto& h : noticeHints(a, today)) {
    out.push_back(json{{"position", toJson(h.clause.end)}, {"label", h.label}, {"paddingLeft", true}});
  }
  return out;
}

json codeLenses(Analysis& a, time::Date today) {
  json out = json::array();
  for (const auto& h : noticeHints(a, today)) {
    out.push_back(json{{"range", toJson(h.clause)}, {"command", {{"title", h.label}, {"command", ""}}}});
  }
  return out;
}

}  // namespace agree::lsp
