#include "report/fact_json.h"

#include "time/duration.h"

namespace agree::runtime {

using json = nlohmann::ordered_json;

namespace {

const char* calendarUnitName(model::CalendarAnchor::Unit unit) {
  switch (unit) {
    case model::CalendarAnchor::Unit::Month: return "month";
    case model::CalendarAnchor::Unit::Quarter: return "quarter";
    case model::CalendarAnchor::Unit::Year: return "year";
  }
  return "";
}

json valueJson(const FactValue& v) {
  return std::visit(
      [](const auto& x) -> json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, time::Date>) return x.iso();
        if constexpr (std::is_same_v<T, time::DateTime>) return x.iso();
        if constexpr (std::is_same_v<T, time::Duration>)
          return json{{"count", x.count}, {"unit", time::unitName(x.unit, false)}};
        if constexpr (std::is_same_v<T, PartyRef>) return json{{"party", x.id}};
        if constexpr (std::is_same_v<T, ClauseRef>) return json{{"clause", x.id}};
        if constexpr (std::is_same_v<T, EventKindRef>) return json{{"event_kind", x.kind}};
        if constexpr (std::is_same_v<T, model::Form>) return model::formName(x);
        if constexpr (std::is_same_v<T, long long>) return x;
        if constexpr (std::is_same_v<T, Ordinal>) return x.n;
        if constexpr (std::is_same_v<T, CalendarUnitRef>) return calendarUnitName(x.unit);
        if constexpr (std::is_same_v<T, MonthRef>) return x.first.iso().substr(0, 7);
        if constexpr (std::is_same_v<T, DayOfYear>) return json{{"month", x.month}, {"day", x.day}};
        if constexpr (std::is_same_v<T, ActRef>) return x.kind;
        if constexpr (std::is_same_v<T, Verbatim>) return x.text;
        if constexpr (std::is_same_v<T, OutcomeRef>) return x.id;
        if constexpr (std::is_same_v<T, DayName>) return x.bilingual;
        if constexpr (std::is_same_v<T, std::shared_ptr<const Fact>>) return x ? factJson(*x) : json(nullptr);
      },
      v);
}

}  // namespace

json factJson(const Fact& f) {
  if (!f) return nullptr;
  json j;
  j["fact"] = factKindName(f.kind());
  for (const auto& a : f.args()) j[a.name] = valueJson(a.value);
  return j;
}

}  // namespace agree::runtime
