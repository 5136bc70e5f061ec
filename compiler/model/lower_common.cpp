#include <algorithm>
#include <cctype>

#include "model/event_kinds.h"
#include "model/lowering.h"

namespace agree::model {

const std::vector<EventKind>& builtInEventKinds() {
  static const std::vector<EventKind> kinds = [] {
    std::vector<EventKind> out;
    for (const auto& k : kBuiltInEventKinds) out.push_back(EventKind{k.id, k.meaning, true, k.labelEn});
    return out;
  }();
  return kinds;
}

const BuiltInEventKind* findBuiltInEventKind(std::string_view id) {
  for (const auto& k : kBuiltInEventKinds) {
    if (id == k.id) return &k;
  }
  return nullptr;
}

const char* builtInEventLabel(std::string_view id, std::string_view lang) {
  const auto* k = findBuiltInEventKind(id);
  if (!k) return nullptr;
  return lang == "nl" ? k->labelNl : k->labelEn;
}

std::vector<std::string> eventNames(const Agreement& a) {
  std::vector<std::string> names;
  for (const auto& k : a.eventKinds) names.push_back(k.id);
  return names;
}

const std::vector<std::string>& builtInStates() {
  static const std::vector<std::string> states = {"force_majeure"};
  return states;
}

SourceRef Lowering::ref(source::Span span) const {
  const auto& f = sources_.file(span.file);
  auto p = f.position(span.begin);
  return SourceRef{f.path(), static_cast<int>(p.line), static_cast<int>(p.column)};
}

bool Lowering::knownEventKind(const std::string& kind, const Agreement& agreement) const {
  return std::any_of(agreement.eventKinds.begin(), agreement.eventKinds.end(),
                     [&](const EventKind& k) { return k.id == kind; });
}

namespace {
std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t prev = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cur = row[j];
      std::size_t sub = prev + (std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1);
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, sub});
      prev = cur;
    }
  }
  return row[b.size()];
}
}  // namespace

diag::Text Lowering::suggest(const std::string& name, const std::vector<std::string>& candidates,
                             const std::vector<std::string>& dutch) {
  std::string best, bestDutch;
  std::size_t bestDistance = std::max<std::size_t>(2, name.size() / 3) + 1;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    std::size_t d = editDistance(name, candidates[i]);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidates[i];
      bestDutch = i < dutch.size() ? dutch[i] : candidates[i];
    }
  }
  if (best.empty()) return {};
  return {"did you mean `" + best + "`?", "is `" + bestDutch + "` bedoeld?"};
}

diag::Text eventKindText(const std::string& id) {
  const auto* k = findBuiltInEventKind(id);
  return {id, k ? k->dutchId : id};
}

std::vector<std::string> dutchEventNames(const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(eventKindText(id).nl);
  return out;
}

namespace {
const char* dutchUnit(time::Unit unit, bool plural, bool code) {
  switch (unit) {
    case time::Unit::Day: return plural ? "dagen" : "dag";
    case time::Unit::Week: return plural ? "weken" : "week";
    case time::Unit::Month: return plural ? "maanden" : "maand";
    // "3 jaar" in a sentence; the keyword is `jaren`.
    case time::Unit::Year: return plural && code ? "jaren" : "jaar";
    case time::Unit::Hour: return plural && code ? "uren" : "uur";
    case time::Unit::WorkingDay:
      return code ? (plural ? "werk dagen" : "werk dag") : (plural ? "werkdagen" : "werkdag");
  }
  return "?";
}
}  // namespace

diag::Text durationText(const Duration& d) {
  return {d.text(), std::to_string(d.count) + " " + dutchUnit(d.unit, d.count != 1, false)};
}

diag::Text durationCode(const Duration& d) {
  return {d.text(), std::to_string(d.count) + " " + dutchUnit(d.unit, d.count != 1, true)};
}

}  // namespace agree::model
