#include "words/say.h"

#include "model/builtin_words.h"
#include "model/event_kinds.h"
#include "words/calendar_words.h"

namespace agree::words {

using runtime::Fact;
using runtime::FactValue;

const char* sentenceTemplate(runtime::FactKind kind, Lang lang) {
  return lang == Lang::Nl ? sentenceTemplateNl(kind) : sentenceTemplateEn(kind);
}

std::string partyWords(const model::Agreement& a, const std::string& party) {
  if (const auto* p = a.findParty(party)) return p->shortName.empty() ? p->name : p->shortName;
  if (const auto* g = a.findGroup(party)) return g->name;
  if (const auto* b = a.findBody(party)) return b->name;
  return party;
}

std::string formWords(model::Form form, Lang lang) {
  const bool nl = lang == Lang::Nl;
  switch (form) {
    case model::Form::Any: return nl ? "in elke vorm" : "any form";
    case model::Form::Writing: return nl ? "schriftelijk" : "in writing";
    case model::Form::Letter: return nl ? "per brief" : "by letter";
    case model::Form::RegisteredLetter: return nl ? "per aangetekende brief" : "by registered letter";
    case model::Form::Email: return nl ? "per e-mail" : "by e-mail";
    case model::Form::Oral: return nl ? "mondeling" : "orally";
  }
  return "";
}

std::string eventKindWords(const model::Agreement& a, const std::string& kind, Lang lang) {
  if (const auto* k = a.findEventKind(kind); k && !k->label.empty() && !model::isBuiltInEventKind(kind)) {
    return k->label;
  }
  if (auto label = model::builtInEventLabel(kind, lang == Lang::Nl ? "nl" : "en")) return label;
  // The built-in state a power can wait on (`when force_majeure has lasted 30 days`).
  if (kind == "force_majeure" && lang == Lang::Nl) return "overmacht";
  return model::eventKindLabel(a, kind);
}

std::string outcomeWords(const std::string& outcome, Lang lang) {
  if (lang == Lang::Nl) {
    if (const char* dutch = model::dutchOutcome(outcome)) return dutch;
  }
  return outcome;
}

Lang agreementLang(const model::Agreement& agreement) { return parseLang(agreement.language).value_or(Lang::En); }

std::string clauseKindWords(model::ClauseKind kind, Lang lang) {
  if (lang == Lang::En) return model::clauseKindName(kind);
  switch (kind) {
    case model::ClauseKind::Duty: return "verplichting";
    case model::ClauseKind::Effort: return "inspanning";
    case model::ClauseKind::Prohibition: return "verbod";
    case model::ClauseKind::Permission: return "recht";
    case model::ClauseKind::Power: return "bevoegdheid";
    case model::ClauseKind::Provision: return "bepaling";
  }
  return "";
}

std::string calendarUnitWords(model::CalendarAnchor::Unit unit, Lang lang) {
  const bool nl = lang == Lang::Nl;
  switch (unit) {
    case model::CalendarAnchor::Unit::Month: return nl ? "kalendermaand" : "calendar month";
    case model::CalendarAnchor::Unit::Quarter: return nl ? "kalenderkwartaal" : "calendar quarter";
    case model::CalendarAnchor::Unit::Year: return nl ? "kalenderjaar" : "calendar year";
  }
  return "";
}

std::string actWords(const std::string& kind, Lang lang) {
  if (lang == Lang::En) return kind;
  // Dutch: the "om ... te" clause, separable verbs split ("om op te zeggen").
  if (kind == "notice") return "om op te zeggen";
  if (kind == "terminate") return "om te beëindigen";
  if (kind == "dissolve") return "om te ontbinden";
  if (kind == "withdraw") return "om uit te treden";
  if (kind == "expel") return "om de samenwerking met een partij te beëindigen";
  if (kind == "accede") return "om toe te treden";
  return "om te " + kind;
}

namespace {

class Renderer {
 public:
  Renderer(const model::Agreement& a, Lang lang) : a_(a), lang_(lang) {}

  std::string fact(const Fact& f) {
    if (!f) return "";
    std::string out;
    std::string_view t = sentenceTemplate(f.kind(), lang_);
    expand(f, t, out);
    return out;
  }

 private:
  // Expands `t` into `out`; returns at the end of `t`.
  void expand(const Fact& f, std::string_view t, std::string& out) {
    std::size_t i = 0;
    while (i < t.size()) {
      char c = t[i];
      if (c == '{') {
        std::size_t close = t.find('}', i);
        if (close == std::string_view::npos) break;  // a malformed template ends here (words_test rules it out)
        std::string_view name = t.substr(i + 1, close - i - 1);
        // `{a event}`, `{the unit}`: the argument with its article, as the language puts it.
        std::string_view article;
        for (std::string_view a : {"a ", "the "}) {
          if (name.substr(0, a.size()) == a) article = a.substr(0, a.size() - 1);
        }
        if (!article.empty()) name.remove_prefix(article.size() + 1);
        if (const FactValue* v = f.arg(name)) {
          std::string text = value(*v);
          if (!article.empty()) out += articleFor(article == "a", *v, text);
          out += text;
        }
        i = close + 1;
      } else if (c == '[') {
        std::size_t bar = t.find('|', i);
        if (bar == std::string_view::npos) break;
        std::string_view name = t.substr(i + 1, bar - i - 1);
        bool negate = !name.empty() && name[0] == '!';
        if (negate) name.remove_prefix(1);
        std::size_t end = matching(t, bar + 1);
        bool present = f.arg(name) != nullptr;
        if (present != negate) expand(f, t.substr(bar + 1, end - bar - 1), out);
        i = end + 1;
      } else {
        out += c;
        ++i;
      }
    }
  }

  // The `]` that closes a section whose body starts at `from` (sections nest).
  static std::size_t matching(std::string_view t, std::size_t from) {
    int depth = 0;
    for (std::size_t i = from; i < t.size(); ++i) {
      if (t[i] == '[') ++depth;
      if (t[i] == ']') {
        if (depth == 0) return i;
        --depth;
      }
    }
    return t.size();
  }

  // "a "/"an "/"the " in English; "een "/"de "/"het " in Dutch (het for the calendar units
  // that are het-words: kalenderjaar, kalenderkwartaal).
  std::string articleFor(bool indefinite, const FactValue& v, const std::string& text) const {
    if (lang_ == Lang::Nl) {
      if (indefinite) return "een ";
      const auto* unit = std::get_if<runtime::CalendarUnitRef>(&v);
      return unit && unit->unit != model::CalendarAnchor::Unit::Month ? "het " : "de ";
    }
    if (!indefinite) return "the ";
    return !text.empty() && std::string_view("aeiou").find(text[0]) != std::string_view::npos ? "an " : "a ";
  }

  std::string value(const FactValue& v) {
    return std::visit(
        [&](const auto& x) -> std::string {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, time::Date>) return dateWords(x, lang_);
          if constexpr (std::is_same_v<T, time::DateTime>) {
            if (lang_ == Lang::En) return x.iso();
            return dateWords(x.date, lang_) + " om " + x.iso().substr(11);
          }
          if constexpr (std::is_same_v<T, time::Duration>) return durationWords(x, lang_);
          if constexpr (std::is_same_v<T, runtime::PartyRef>) return partyWords(a_, x.id);
          if constexpr (std::is_same_v<T, runtime::ClauseRef>) return "art. " + x.id;
          if constexpr (std::is_same_v<T, runtime::EventKindRef>) return eventKindWords(a_, x.kind, lang_);
          if constexpr (std::is_same_v<T, model::Form>) return formWords(x, lang_);
          if constexpr (std::is_same_v<T, long long>) return std::to_string(x);
          if constexpr (std::is_same_v<T, runtime::Ordinal>) return ordinalWords(x.n, lang_);
          if constexpr (std::is_same_v<T, runtime::CalendarUnitRef>) return calendarUnitWords(x.unit, lang_);
          if constexpr (std::is_same_v<T, runtime::MonthRef>)
            return std::string(monthWord(x.first.month(), lang_)) + " " + std::to_string(x.first.year());
          if constexpr (std::is_same_v<T, runtime::DayOfYear>)
            return std::to_string(x.day) + " " + monthWord(x.month, lang_);
          if constexpr (std::is_same_v<T, runtime::ActRef>) return actWords(x.kind, lang_);
          if constexpr (std::is_same_v<T, runtime::Verbatim>) return x.text;
          if constexpr (std::is_same_v<T, runtime::OutcomeRef>) return outcomeWords(x.id, lang_);
          if constexpr (std::is_same_v<T, runtime::DayName>) return lang_ == Lang::Nl ? x.dutch : x.bilingual;
          if constexpr (std::is_same_v<T, std::shared_ptr<const Fact>>) return x ? fact(*x) : std::string();
        },
        v);
  }

  const model::Agreement& a_;
  Lang lang_;
};

}  // namespace

std::string say(const Fact& f, const model::Agreement& a, Lang lang) { return Renderer(a, lang).fact(f); }

}  // namespace agree::words
