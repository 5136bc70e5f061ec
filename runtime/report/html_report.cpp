#include "report/html_report.h"

#include <fmt/format.h>

#include "explain/explanation.h"
#include "explain/render.h"
#include "notice_day.h"
#include "report/report.h"
#include "report/report_words.h"
#include "report/svg_timeline.h"
#include "words/say.h"

namespace agree::runtime {

namespace {

// The only script agree writes: sorting the overview by a column. Its hash is in the page's
// Content-Security-Policy, so nothing else could run even if an escape were ever missed; a
// test recomputes the hash from the page (tests/tools/check_report.py).
const char* kSortScript = R"js(document.querySelectorAll("table.sortable th").forEach(function (th, i) {
  th.tabIndex = 0;
  function sort() {
    var body = th.closest("table").tBodies[0];
    var up = th.getAttribute("aria-sort") !== "ascending";
    th.parentNode.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
    var key = function (row) { var c = row.cells[i]; return c.hasAttribute("data-sort") ? c.getAttribute("data-sort") : c.textContent; };
    Array.from(body.rows).sort(function (a, b) {
      var x = key(a), y = key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
    }).forEach(function (row) { body.appendChild(row); });
  }
  th.addEventListener("click", sort);
  th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
});
)js";
const char* kSortScriptHash = "sha256-OfgPKvlIsWUSu6gEUhA5wNO4GeJvmt4LBbBif8PXPVw=";

const char* kStyle =
    "body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:72em;padding:0 1em;color:#222;line-height:1.45}"
    "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ccc}h3{font-size:1.05em}"
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;"
    "vertical-align:top}th{background:#f4f4f4}tr.clause th{white-space:nowrap}.meta{color:#555}"
    "td.source{width:45%;color:#444;white-space:pre-wrap;font-family:Georgia,serif}"
    "svg.timeline{width:100%;height:auto;font-size:11px;font-family:system-ui,sans-serif}"
    ".lane-rule{stroke:#eee}.grid{stroke:#eee}.axis-line,.tick{stroke:#666}.tick-label{fill:#333}"
    ".period.odd{fill:#8fb3d9}.period.even{fill:#b7cfe8}.period.minimum{fill:#c9b7e8}.period-n{fill:#123}"
    ".notice-window{fill:#f2a93b}.deadline{fill:#7a4ea3}.event.accepted{fill:#2e8b57}.event.rejected{fill:#c0392b}"
    ".end-line{stroke:#c0392b;stroke-width:2}.end-label{fill:#c0392b;font-weight:bold}.end-label.none{fill:#777;font-"
    "weight:normal}.uncertain{fill:#ddd}"
    ".surviving{fill:#9ccc9c}.standing.bound{fill:#3c8d5a}.standing.surviving{fill:#9ccc9c}"
    ".standing.not-bound{fill:#e3e3e3}.standing.uncertain{fill:#f0d98c}"
    "ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1em}"
    ".swatch{display:inline-block;width:1em;height:.8em;margin-right:.3em;vertical-align:middle}"
    "table.sortable th{cursor:pointer}.date,.notice{white-space:nowrap}";

std::string text(const std::string& s) { return "<bdi>" + htmlText(s) + "</bdi>"; }

// The lines of a source text, escaped, joined by <br>.
std::string quoted(const std::string& s) {
  std::string out;
  for (const auto& line : explain::lines(s)) out += (out.empty() ? "" : "<br>\n") + htmlText(line);
  return "<bdi>" + out + "</bdi>";
}

std::string head(const std::string& title, words::Lang lang, const std::string& scriptSource) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src {}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      words::langCode(lang), scriptSource, htmlText(title), kStyle);
}

void legend(std::string& out, words::Lang lang) {
  auto w = [&](ReportWord word) { return reportWord(word, lang); };
  struct Item {
    const char* color;
    const char* label;
  };
  const Item items[] = {{"#8fb3d9", w(ReportWord::TermPeriods)}, {"#f2a93b", w(ReportWord::NoticeWindows)},
                        {"#7a4ea3", w(ReportWord::Deadlines)},   {"#c0392b", w(ReportWord::End)},
                        {"#3c8d5a", w(ReportWord::Bound)},       {"#9ccc9c", w(ReportWord::SurvivingOnly)},
                        {"#e3e3e3", w(ReportWord::NotBound)},    {"#f0d98c", w(ReportWord::Uncertain)}};
  out += fmt::format("<ul class=\"legend\" aria-label=\"{}\">", w(ReportWord::Legend));
  for (const auto& i : items)
    out += fmt::format("<li><span class=\"swatch\" style=\"background:{}\"></span>{}</li>", i.color, i.label);
  out += "</ul>\n";
}

void parties(std::string& out, const Timeline& t, words::Lang lang) {
  auto w = [&](ReportWord word) { return reportWord(word, lang); };
  out += fmt::format(
      "<section id=\"parties\">\n<h2>{}</h2>\n<table class=\"parties\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th></tr></thead>\n<tbody>\n",
      w(ReportWord::Parties), w(ReportWord::Party), w(ReportWord::Name), w(ReportWord::Member), w(ReportWord::Left));
  for (const auto& m : t.members) {
    std::string left;
    if (m.until) left = m.until->iso() + ": " + words::say(m.untilReason, *t.agreement, lang);
    out += fmt::format("<tr data-party=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", htmlText(m.party),
                       text(m.party), text(m.name), m.from ? m.from->iso() : "", text(left));
  }
  out += "</tbody>\n</table>\n";
}

void articles(std::string& out, const explain::Explanation& e, words::Lang lang) {
  auto w = [&](ReportWord word) { return reportWord(word, lang); };
  out += fmt::format("<section id=\"articles\">\n<h2>{}</h2>\n", w(ReportWord::Articles));
  std::size_t n = 0;
  for (const auto& a : e.articles) {
    ++n;
    std::string heading = a.title.empty() ? a.label : a.label + ": " + a.title;
    out += fmt::format("<article class=\"article\" id=\"article-{}\" data-article=\"{}\">\n<h3>{}</h3>\n", n,
                       htmlText(a.id), text(heading));
    if (!a.text.empty()) out += "<blockquote class=\"article-text\">" + quoted(a.text) + "</blockquote>\n";
    if (!a.clauses.empty()) {
      out +=
          fmt::format("<table class=\"clauses\">\n<thead><tr><th></th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                      w(ReportWord::SourceText), w(ReportWord::Encoding));
      for (const auto& c : a.clauses) {
        out += fmt::format(
            "<tr class=\"clause\" data-clause=\"{}\"><th>{}</th><td class=\"source\">{}</td>"
            "<td class=\"encoding\">{}</td></tr>\n",
            htmlText(c.id), text(c.label), c.text.empty() ? w(ReportWord::NoText) : quoted(c.text),
            text(explain::paragraph(c.sentences)));
      }
      out += "</tbody>\n</table>\n";
    }
    out += "</article>\n";
  }
  out += "</section>\n";
}

}  // namespace

const char* portfolioScript() { return kSortScript; }
const char* portfolioScriptHash() { return kSortScriptHash; }

std::string htmlReport(const Timeline& t, words::Lang lang) {
  const auto& a = *t.agreement;
  auto w = [&](ReportWord word) { return reportWord(word, lang); };
  auto e = explain::explain(a, lang);
  std::string out = head(e.title, lang, "'none'");
  out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"meta\">{}", text(e.title), text(a.id));
  if (!t.scenarioId.empty()) out += fmt::format(" · {}: {}", w(ReportWord::Scenario), text(t.scenarioId));
  out += "</p>\n</header>\n";
  out += fmt::format("<section id=\"timeline\">\n<h2>{}</h2>\n", w(ReportWord::Timeline));
  out += svgTimeline(t, lang);
  legend(out, lang);
  out += "<ul class=\"summary\">\n";
  out += "<li class=\"start\">" + text(words::say(t.startReason, a, lang)) + "</li>\n";
  if (t.end) {
    out += fmt::format("<li class=\"end\" data-date=\"{}\">{} {} ({} {}): {}</li>\n", t.end->date.iso(),
                       w(ReportWord::End), t.end->date.iso(), w(ReportWord::LastDay), t.end->date.plusDays(-1).iso(),
                       text(words::say(t.end->reason, a, lang)));
  } else {
    out += fmt::format("<li class=\"end none\">{}</li>\n", w(ReportWord::EndNone));
  }
  if (t.uncertain) {
    out += fmt::format("<li class=\"uncertain\" data-date=\"{}\">{}</li>\n", t.uncertain->from.iso(),
                       text(words::say(t.uncertain->reason, a, lang)));
  }
  out += "</ul>\n</section>\n";
  parties(out, t, lang);
  out += "<ul class=\"header\">\n";
  for (const auto& s : e.header) out += "<li>" + text(s) + "</li>\n";
  out += "</ul>\n</section>\n";
  articles(out, e, lang);
  out += fmt::format("<footer class=\"meta\">{}</footer>\n</body>\n</html>\n", w(ReportWord::Generated));
  return out;
}

namespace {

// The notice day of period n under the agreement's notice rules (the earliest, when several).
std::optional<NoticeDay> noticeOf(const Timeline& t, long long n, std::string& clause) {
  const auto& a = *t.agreement;
  if (t.maxPeriods && n >= *t.maxPeriods) return std::nullopt;  // the last period does not renew
  std::optional<NoticeDay> best;
  auto p = t.period(n);
  if (!p.until) return std::nullopt;
  for (const auto& rule : a.notices) {
    if (!rule.beforeTermEnd) continue;
    auto day = noticeDay(a, *p.until, rule.period);
    if (!best || day.latest < best->latest) {
      best = day;
      clause = rule.clause;
    }
  }
  return best;
}

std::string cell(const std::string& html, const std::string& sortKey) {
  return fmt::format("<td data-sort=\"{}\">{}</td>", htmlText(sortKey), html);
}

}  // namespace

std::string portfolioRow(const std::string& file, const Timeline& t, Date asOf, words::Lang lang) {
  const auto& a = *t.agreement;
  std::string title = a.title.empty() ? a.id : a.title;
  std::string names;
  for (const auto& m : t.members) names += (names.empty() ? "" : "; ") + (m.name.empty() ? m.party : m.name);
  std::string row = fmt::format("<tr data-file=\"{}\">", htmlText(file));
  row += cell(text(title) + "<br><small>" + text(file) + "</small>", title);
  row += cell(text(names), names);
  bool ended = t.end && t.end->date <= asOf;
  std::optional<long long> n;
  if (t.start && *t.start <= asOf && !ended && t.chain) n = t.periodAt(asOf);
  if (n) {
    auto p = t.period(*n);
    std::string last = p.until ? p.until->plusDays(-1).iso() : "";
    row += cell(fmt::format("{} {}:<br><span class=\"date\">{} – {}</span>", reportWord(ReportWord::Period, lang), *n,
                            p.from.iso(), last),
                p.from.iso());
    row += cell("<span class=\"date\">" + last + "</span>", last);
    std::string clause;
    auto day = noticeOf(t, *n, clause);
    long long m = *n;
    if (day && day->latest < asOf) day = noticeOf(t, ++m, clause);
    // A known end before that period's end: no renewal left to give notice for.
    if (day && t.end && t.end->date <= *t.period(m).until) day.reset();
    if (day) {
      row += cell(fmt::format("<span class=\"notice\">{}</span> ({} {}; art. {})", day->latest.iso(),
                              reportWord(ReportWord::SafeDay, lang), day->safe.iso(), text(clause)),
                  day->latest.iso());
    } else {
      row += cell("", "~");
    }
  } else if (t.start && !ended) {
    // No term periods (an indefinite term), or not started yet on asOf: the start says it.
    row += cell(fmt::format("{} <span class=\"date\">{}</span>",
                            reportWord(*t.start <= asOf ? ReportWord::From : ReportWord::Starts, lang), t.start->iso()),
                t.start->iso()) +
           cell("", "~") + cell("", "~");
  } else if (!t.start) {
    // The start hangs on an event that has not happened (a last notification, a decision).
    row += cell(reportWord(ReportWord::StartUnknown, lang), "~") + cell("", "~") + cell("", "~");
  } else {
    row += cell("", "~") + cell("", "~") + cell("", "~");
  }
  if (t.end) {
    row += cell(fmt::format("{} ({} {}): {}", t.end->date.iso(), reportWord(ReportWord::LastDay, lang),
                            t.end->date.plusDays(-1).iso(), text(words::say(t.end->reason, a, lang))),
                t.end->date.iso());
  } else {
    row += cell("", "~");
  }
  return row + "</tr>\n";
}

std::string portfolioPage(const std::string& rows, Date asOf, words::Lang lang) {
  auto w = [&](ReportWord word) { return reportWord(word, lang); };
  std::string title = fmt::format("{} {} {}", w(ReportWord::Portfolio), w(ReportWord::AsOf), asOf.iso());
  std::string out = head(title, lang, std::string("'") + kSortScriptHash + "'");
  out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n</header>\n", htmlText(title),
                     w(ReportWord::SortHint));
  out += fmt::format(
      "<table class=\"sortable portfolio\" data-as-of=\"{}\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
      asOf.iso(), w(ReportWord::Agreement), w(ReportWord::Parties), w(ReportWord::CurrentPeriod),
      w(ReportWord::PeriodEnd), w(ReportWord::NextNotice), w(ReportWord::Ended));
  out += rows;
  out += fmt::format("</tbody>\n</table>\n<footer class=\"meta\">{}</footer>\n<script>{}</script>\n</body>\n</html>\n",
                     w(ReportWord::Generated), kSortScript);
  return out;
}

}  // namespace agree::runtime
