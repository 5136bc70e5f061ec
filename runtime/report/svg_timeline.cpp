#include "report/svg_timeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "explain/html_escape.h"
#include "report/report.h"
#include "report/report_words.h"
#include "source/printable.h"
#include "standing.h"
#include "words/say.h"

namespace agree::runtime {

using json = nlohmann::ordered_json;

namespace {

constexpr double kWidth = 1000;
constexpr double kLeft = 200;  // lane names
constexpr double kRight = 16;
constexpr double kLane = 26;
constexpr double kBar = 16;  // a bar's height inside its lane
constexpr double kTop = 8;
constexpr double kAxis = 34;
constexpr std::size_t kMaxPartyLanes = 40;      // a portfolio with 100,000 parties stays drawable
constexpr std::size_t kMaxSurvivingLanes = 12;  // the rest are in the text below the drawing
constexpr std::size_t kLaneNameBytes = 28;
constexpr long long kMaxDailyDays = 36525;

std::string num(double v) { return fmt::format("{:.2f}", v); }

// At most `bytes` bytes of UTF-8, never cutting a character, with "…" when shortened.
std::string shortened(const std::string& s, std::size_t bytes) {
  if (s.size() <= bytes) return s;
  std::size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

class Canvas {
 public:
  Canvas(Date from, Date to) : from_(from), days_(std::max<long long>(1, from.daysUntil(to))) {}
  // The x of a day's start, held inside the plot.
  double x(Date d) const {
    double share = static_cast<double>(from_.daysUntil(d)) / static_cast<double>(days_);
    return kLeft + (kWidth - kLeft - kRight) * std::clamp(share, 0.0, 1.0);
  }
  double right() const { return kWidth - kRight; }

 private:
  Date from_;
  long long days_;
};

struct Drawing {
  const Timeline& t;
  words::Lang lang;
  Canvas canvas;
  TimelineSpan span;
  std::string body;
  int lanes = 0;

  const char* w(ReportWord word) const { return reportWord(word, lang); }
  std::string say(const Fact& f) const { return words::say(f, *t.agreement, lang); }
  double laneTop() const { return kTop + lanes * kLane; }
  double barTop() const { return laneTop() + (kLane - kBar) / 2; }

  void beginLane(const std::string& cls, const std::string& name, const std::string& fullName = "") {
    body += fmt::format("<g class=\"lane {}\">", cls);
    body += fmt::format("<text class=\"lane-name\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}<title>{}</title></text>",
                        num(kLeft - 8), num(laneTop() + kLane / 2 + 4),
                        htmlText(shortened(source::printable(name, false), kLaneNameBytes)),
                        htmlText(fullName.empty() ? name : fullName));
    body += fmt::format("<line class=\"lane-rule\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", num(kLeft),
                        num(laneTop() + kLane), num(canvas.right()), num(laneTop() + kLane));
  }
  void endLane() {
    body += "</g>\n";
    ++lanes;
  }
  // A bar [from, until) with its class, dates as data attributes, and a tooltip.
  void bar(const std::string& cls, Date from, Date until, const std::string& tip, const std::string& extra = "") {
    double x1 = canvas.x(from);
    double x2 = std::max(canvas.x(until), x1 + 1.5);  // a one-day bar stays visible
    body += fmt::format(
        "<rect class=\"{}\" data-from=\"{}\" data-until=\"{}\"{} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">"
        "<title>{}</title></rect>",
        cls, from.iso(), until.iso(), extra, num(x1), num(barTop()), num(x2 - x1), num(kBar), htmlText(tip));
  }
  // A diamond on a day.
  void mark(const std::string& cls, Date day, const std::string& tip) {
    double x = canvas.x(day);
    double y = laneTop() + kLane / 2;
    body += fmt::format(
        "<polygon class=\"{}\" data-date=\"{}\" points=\"{},{} {},{} {},{} {},{}\"><title>{}</title></polygon>", cls,
        day.iso(), num(x), num(y - 6), num(x + 5), num(y), num(x), num(y + 6), num(x - 5), num(y), htmlText(tip));
  }
};

// "2022-08-17 (last day)": a period is named by its last day, never by the day after it.
std::string lastDayText(const Drawing& d, const std::string& lastDay) {
  return fmt::format("{} ({})", lastDay, d.w(ReportWord::LastDay));
}

void drawPeriods(Drawing& d, const json& tl) {
  const auto& periods = tl["periods"];
  if (!periods.empty()) {
    d.beginLane("lane-periods", d.w(ReportWord::TermPeriods));
    for (const auto& p : periods) {
      auto n = p["index"].get<long long>();
      auto from = *Date::parseIso(p["from"].get<std::string>());
      auto until = *Date::parseIso(p["until"].get<std::string>());
      std::string tip = fmt::format("{} {}: {} – {}{}", d.w(ReportWord::Period), n, from.iso(),
                                    lastDayText(d, p["last_day"].get<std::string>()),
                                    n > 1 ? fmt::format(" ({})", d.w(ReportWord::Renewal)) : "");
      d.bar(n % 2 ? "period odd" : "period even", from, until, tip,
            fmt::format(" data-n=\"{}\" data-last=\"{}\"", n, p["last_day"].get<std::string>()));
      if (d.canvas.x(until) - d.canvas.x(from) > 18) {
        d.body += fmt::format("<text class=\"period-n\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                              num((d.canvas.x(from) + d.canvas.x(until)) / 2), num(d.laneTop() + kLane / 2 + 4), n);
      }
    }
    d.endLane();
  }
  if (tl["minimum_term"].is_object()) {
    const auto& m = tl["minimum_term"];
    d.beginLane("lane-minimum", d.w(ReportWord::MinimumTerm));
    auto from = *Date::parseIso(m["from"].get<std::string>());
    auto until = *Date::parseIso(m["until"].get<std::string>());
    d.bar("period minimum", from, until,
          fmt::format("{}: {} – {}", d.w(ReportWord::MinimumTerm), from.iso(),
                      lastDayText(d, m["last_day"].get<std::string>())));
    d.endLane();
  }
}

void drawNoticeWindows(Drawing& d, const json& tl) {
  bool any = false;
  for (const auto& p : tl["periods"]) any = any || !p["notice_deadlines"].empty();
  if (!any) return;
  d.beginLane("lane-notice", d.w(ReportWord::NoticeWindows));
  for (const auto& p : tl["periods"]) {
    auto until = *Date::parseIso(p["until"].get<std::string>());
    for (const auto& n : p["notice_deadlines"]) {
      auto latest = *Date::parseIso(n["deadline"].get<std::string>());
      std::string tip =
          fmt::format("{} {}: {} {} (art. {}); {} {}", d.w(ReportWord::Period), p["index"].get<long long>(),
                      d.w(ReportWord::LastNoticeDay), latest.iso(), n["clause"].get<std::string>(),
                      d.w(ReportWord::SafeDay), n["deadline_safe"].get<std::string>());
      if (n["deadline_is_working_day"].is_boolean() && !n["deadline_is_working_day"].get<bool>())
        tip += fmt::format(" — {}: {}", latest.iso(), d.w(ReportWord::NotWorkingDay));
      tip += fmt::format("; {} {}", d.w(ReportWord::PeriodEnds), lastDayText(d, p["last_day"].get<std::string>()));
      d.bar("notice-window", latest, until, tip,
            fmt::format(" data-n=\"{}\" data-safe=\"{}\"", p["index"].get<long long>(),
                        n["deadline_safe"].get<std::string>()));
    }
  }
  d.endLane();
}

void drawDeadlines(Drawing& d, const json& tl) {
  std::vector<std::pair<Date, std::string>> dues;
  for (const auto& due : tl["deadlines"]) {
    if (!due["due"].is_string()) continue;
    auto day = Date::parseIso(due["due"].get<std::string>().substr(0, 10));
    if (!day || *day < d.span.from || *day >= d.span.to) continue;
    dues.emplace_back(*day, due["due"].get<std::string>() + ": " + due["rule"].get<std::string>());
  }
  if (dues.empty()) return;
  d.beginLane("lane-deadlines", d.w(ReportWord::Deadlines));
  for (const auto& [day, tip] : dues) d.mark("deadline", day, tip);
  d.endLane();
}

void drawEvents(Drawing& d) {
  if (d.t.events.empty()) return;
  d.beginLane("lane-events", d.w(ReportWord::Events));
  for (const auto& e : d.t.events) {
    std::string tip =
        fmt::format("{} {} ({}): {}", e.event.date.iso(), words::eventKindWords(*d.t.agreement, e.event.kind, d.lang),
                    d.w(e.accepted ? ReportWord::Accepted : ReportWord::Rejected), d.say(e.effect));
    d.mark(e.accepted ? "event accepted" : "event rejected", e.event.date, tip);
  }
  d.endLane();
}

void drawEnd(Drawing& d) {
  d.beginLane("lane-end", d.w(ReportWord::End));
  if (d.t.uncertain) {
    d.bar("uncertain", d.t.uncertain->from, d.span.to,
          fmt::format("{} {} {}: {}", d.w(ReportWord::Uncertain), d.w(ReportWord::From), d.t.uncertain->from.iso(),
                      d.say(d.t.uncertain->reason)));
  }
  if (d.t.end) {
    double x = d.canvas.x(d.t.end->date);
    std::string label = fmt::format("{} {}", d.w(ReportWord::End), d.t.end->date.iso());
    bool left = x > (kLeft + kWidth) / 2;  // near the right edge the label goes left of the line
    d.body += fmt::format(
        "<text class=\"end-label\" data-date=\"{}\" x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}<title>{}: "
        "{}</title></text>",
        d.t.end->date.iso(), num(left ? x - 4 : x + 4), num(d.laneTop() + kLane / 2 + 4), left ? "end" : "start",
        htmlText(label), htmlText(label), htmlText(d.say(d.t.end->reason)));
  } else if (!d.t.uncertain) {
    d.body += fmt::format("<text class=\"end-label none\" x=\"{}\" y=\"{}\">{}</text>", num(kLeft + 4),
                          num(d.laneTop() + kLane / 2 + 4), d.w(ReportWord::EndNone));
  }
  d.endLane();
}

// When a surviving clause stops binding after the end: its period, or its event (the engine's
// survivalEnd); nullopt: indefinitely, drawn to the edge.
std::optional<Date> survivalEnd(const Timeline& t, const model::Clause& c, Date end) {
  if (t.members.empty()) return std::nullopt;
  return PartyStanding(t, t.members.front().party).survivalEnd(c, end);
}

// Surviving clauses grouped by the day they stop binding (most survive indefinitely): one
// lane per group, the clauses named in its tooltip.
void drawSurviving(Drawing& d) {
  if (!d.t.end) return;
  Date from = d.t.end->date;
  std::vector<std::pair<std::optional<Date>, std::vector<std::string>>> groups;
  for (const auto& c : d.t.agreement->clauses) {
    if (!c.survival) continue;
    auto until = survivalEnd(d.t, c, from);
    auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& x) { return x.first == until; });
    if (g == groups.end()) {
      groups.push_back({until, {}});
      g = groups.end() - 1;
    }
    g->second.push_back(c.id);
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const auto& a, const auto& b) { return a.first && (!b.first || *a.first < *b.first); });
  for (std::size_t i = 0; i < groups.size() && i < kMaxSurvivingLanes; ++i) {
    const auto& [until, ids] = groups[i];
    std::string list;
    for (const auto& id : ids) list += (list.empty() ? "art. " : ", ") + id;
    std::string name = ids.size() == 1 ? list : fmt::format("{} ({})", d.w(ReportWord::Surviving), ids.size());
    d.beginLane("lane-surviving", name, list);
    std::string tip =
        fmt::format("{} {} {} {}", list, d.w(ReportWord::SurvivesUntilEnd), d.w(ReportWord::From), from.iso());
    if (until)
      tip += fmt::format(" {} {} ({} {})", d.w(ReportWord::Until), until->iso(), d.w(ReportWord::LastDay),
                         until->plusDays(-1).iso());
    d.bar(until ? "surviving" : "surviving open", from, until ? *until : d.span.to, tip,
          fmt::format(" data-clauses=\"{}\"", ids.size()));
    d.endLane();
  }
}

enum class Lane { Bound, Surviving, NotBound, Uncertain };

Lane laneOf(const Standing& s) {
  if (s.phase == Standing::Phase::StartUnknown || s.phase == Standing::Phase::Uncertain ||
      s.verdict == Verdict::Depends)
    return Lane::Uncertain;
  if (s.verdict == Verdict::No) return Lane::NotBound;
  return s.phase == Standing::Phase::Ended ? Lane::Surviving : Lane::Bound;
}

const char* laneClass(Lane l) {
  switch (l) {
    case Lane::Bound: return "standing bound";
    case Lane::Surviving: return "standing surviving";
    case Lane::NotBound: return "standing not-bound";
    case Lane::Uncertain: return "standing uncertain";
  }
  return "standing";
}

ReportWord laneWord(Lane l) {
  switch (l) {
    case Lane::Bound: return ReportWord::Bound;
    case Lane::Surviving: return ReportWord::SurvivingOnly;
    case Lane::NotBound: return ReportWord::NotBound;
    case Lane::Uncertain: return ReportWord::Uncertain;
  }
  return ReportWord::Unknown;
}

// The days on which a party's standing may change: its own and the agreement's dates. A
// standing that varies by day (clauses in yearly windows) is asked day by day instead.
std::vector<Date> changeDays(const Timeline& t, const PartyStanding& ps, const TimelineSpan& span) {
  std::set<Date> days{span.from};
  auto add = [&](std::optional<Date> d) {
    if (d && *d > span.from && *d < span.to) days.insert(*d);
  };
  add(t.start);
  if (const auto* m = ps.membership()) {
    add(m->from);
    add(m->until);
  }
  add(ps.partyEnd());
  if (t.end) add(t.end->date);
  if (t.uncertain) add(t.uncertain->from);
  for (const auto* c : ps.binding()) add(ps.clauseEnd(*c));
  if (auto end = ps.partyEnd()) {
    for (const auto* c : ps.surviving()) add(ps.survivalEnd(*c, *end));
  }
  // Day by day only over a human span (a century): past that, the change days alone.
  if (ps.variesByDay() && span.from.daysUntil(span.to) <= kMaxDailyDays) {
    for (Date d = span.from; d < span.to; d = d.plusDays(1)) days.insert(d);
  }
  return {days.begin(), days.end()};
}

void drawParty(Drawing& d, const Membership& m) {
  PartyStanding ps(d.t, m.party);
  std::string name = m.name.empty() ? m.party : m.name;
  d.beginLane("lane-party", words::partyWords(*d.t.agreement, m.party), name + " (" + m.party + ")");
  auto days = changeDays(d.t, ps, d.span);
  days.push_back(d.span.to);
  std::size_t i = 0;
  while (i + 1 < days.size()) {
    Lane lane = laneOf(ps.at(days[i]));
    std::size_t j = i + 1;
    while (j + 1 < days.size() && laneOf(ps.at(days[j])) == lane) ++j;
    Date from = days[i];
    Date until = days[j];
    std::string tip = fmt::format("{}: {} {} {}", name, d.w(laneWord(lane)), d.w(ReportWord::From), from.iso());
    if (until < d.span.to)
      tip += fmt::format(" {} {} ({} {})", d.w(ReportWord::Until), until.iso(), d.w(ReportWord::LastDay),
                         until.plusDays(-1).iso());
    d.bar(laneClass(lane), from, until, tip, fmt::format(" data-party=\"{}\"", htmlText(m.party)));
    i = j;
  }
  d.endLane();
}

// Ticks on the first day of a year (every 1, 5, 10 or 50 years) or of a month (every 1 or 3).
void drawAxis(Drawing& d) {
  double y = d.laneTop() + 4;
  auto years = static_cast<double>(d.span.from.daysUntil(d.span.to)) / 365.25;
  unsigned monthStep = years <= 1.5 ? 1 : years <= 4 ? 3 : 0;
  int yearStep = years <= 25 ? 1 : years <= 120 ? 5 : years <= 250 ? 10 : 50;
  d.body += "<g class=\"axis\">";
  d.body += fmt::format("<line class=\"axis-line\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", num(kLeft), num(y),
                        num(d.canvas.right()), num(y));
  std::vector<Date> ticks;
  if (monthStep) {
    auto m = *Date::fromYmd(d.span.from.year(), d.span.from.month(), 1);
    for (int y0 = m.year(), mo = static_cast<int>(m.month());;) {
      auto day = Date::fromYmd(y0, static_cast<unsigned>(mo), 1);
      if (!day || *day >= d.span.to) break;
      if (*day >= d.span.from && (mo - 1) % static_cast<int>(monthStep) == 0) ticks.push_back(*day);
      if (++mo == 13) {
        mo = 1;
        ++y0;
      }
    }
  } else {
    int first = (d.span.from.year() + yearStep - 1) / yearStep * yearStep;
    for (int year = first; year <= d.span.to.year(); year += yearStep) {
      auto day = Date::fromYmd(year, 1, 1);
      if (day && *day >= d.span.from && *day < d.span.to) ticks.push_back(*day);
    }
  }
  for (auto day : ticks) {
    double x = d.canvas.x(day);
    std::string label = monthStep ? day.iso().substr(0, 7) : std::to_string(day.year());
    d.body += fmt::format(
        "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>"
        "<line class=\"tick\" x1=\"{0}\" y1=\"{2}\" x2=\"{0}\" y2=\"{3}\"/>"
        "<text class=\"tick-label\" data-date=\"{4}\" x=\"{0}\" y=\"{5}\" "
        "text-anchor=\"middle\">{6}<title>{4}</title></text>",
        num(x), num(kTop), num(y), num(y + 5), day.iso(), num(y + 18), label);
  }
  d.body += "</g>\n";
}

}  // namespace

std::string htmlText(const std::string& text) { return explain::htmlEscaped(source::printable(text, true)); }

std::optional<TimelineSpan> timelineSpan(const Timeline& t) {
  if (!t.start || t.outOfRange) return std::nullopt;
  TimelineSpan s{*t.start, *t.start, *t.start};
  s.periodsUntil = t.end ? t.end->date : defaultHorizon(t);
  if (s.periodsUntil <= s.from) s.periodsUntil = s.from.plusDays(365);
  s.to = s.periodsUntil;
  for (const auto& e : t.events) s.to = std::max(s.to, e.event.date.plusDays(1));
  if (t.end) {
    // Room after the end for the surviving clauses: past the latest finite one by a fifth of
    // the span (at least 90 days), so what follows it shows too.
    for (const auto& c : t.agreement->clauses) {
      if (!c.survival) continue;
      auto until = survivalEnd(t, c, t.end->date);
      if (until) s.to = std::max(s.to, *until);
    }
    long long room = std::max<long long>(90, s.from.daysUntil(s.to) / 5);
    s.to = s.to.plusDays(room);
  }
  return s;
}

std::string svgTimeline(const Timeline& t, words::Lang lang) {
  if (t.outOfRange) {
    return fmt::format("<p class=\"no-timeline\">{}</p>\n",
                       htmlText(words::say(t.outOfRange->message, *t.agreement, lang)));
  }
  auto span = timelineSpan(t);
  if (!span) return fmt::format("<p class=\"no-timeline\">{}</p>\n", reportWord(ReportWord::NoStart, lang));
  json tl = timelineJson(t, span->periodsUntil, lang);
  Drawing d{t, lang, Canvas(span->from, span->to), *span, {}, 0};
  drawPeriods(d, tl);
  drawNoticeWindows(d, tl);
  drawDeadlines(d, tl);
  drawEvents(d);
  drawEnd(d);
  drawSurviving(d);
  std::size_t parties = 0;
  for (const auto& m : t.members) {
    if (parties++ == kMaxPartyLanes) break;
    drawParty(d, m);
  }
  if (t.members.size() > kMaxPartyLanes) {
    d.body += fmt::format("<text class=\"more\" x=\"{}\" y=\"{}\">+{} {}</text>", num(kLeft), num(d.laneTop() + 16),
                          t.members.size() - kMaxPartyLanes, reportWord(ReportWord::MoreParties, lang));
    ++d.lanes;
  }
  // The end as a line through every lane.
  std::string endLine;
  if (t.end) {
    double x = d.canvas.x(t.end->date);
    endLine = fmt::format(
        "<line class=\"end-line\" data-date=\"{0}\" x1=\"{1}\" y1=\"{2}\" x2=\"{1}\" y2=\"{3}\"><title>{4} {0}: "
        "{5}</title></line>\n",
        t.end->date.iso(), num(x), num(kTop), num(d.laneTop()), reportWord(ReportWord::End, lang),
        htmlText(words::say(t.end->reason, *t.agreement, lang)));
  }
  drawAxis(d);
  double height = d.laneTop() + kAxis;
  return fmt::format(
      "<svg class=\"timeline\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" aria-label=\"{2}\" data-from=\"{3}\" data-until=\"{4}\">\n{5}{6}</svg>\n",
      num(kWidth), num(height), reportWord(ReportWord::Timeline, lang), span->from.iso(), span->to.iso(), d.body,
      endLine);
}

}  // namespace agree::runtime
