#include "diff/diff_report.h"

#include <fmt/format.h>

#include "report/fact_json.h"
#include "report/markdown.h"
#include "source/printable.h"
#include "words/calendar_words.h"
#include "words/say.h"

namespace agree::diff {

using json = nlohmann::ordered_json;
using runtime::ClauseRef;
using runtime::Fact;
using runtime::fact;
using runtime::Verbatim;
using K = runtime::FactKind;

namespace {

// The machine names of the kinds in JSON: the same in every language.
const char* clauseKindName(ClauseChange::Kind k) {
  switch (k) {
    case ClauseChange::Kind::Added: return "added";
    case ClauseChange::Kind::Removed: return "removed";
    case ClauseChange::Kind::Changed: return "changed";
    case ClauseChange::Kind::Renumbered: return "renumbered";
  }
  return "?";
}

const char* partyKindName(PartyChange::Kind k) {
  switch (k) {
    case PartyChange::Kind::Added: return "added";
    case PartyChange::Kind::Removed: return "removed";
    case PartyChange::Kind::Changed: return "changed";
  }
  return "?";
}

const char* deadlineKindName(DeadlineChange::Kind k) {
  switch (k) {
    case DeadlineChange::Kind::Appeared: return "appeared";
    case DeadlineChange::Kind::Disappeared: return "disappeared";
    case DeadlineChange::Kind::Moved: return "moved";
  }
  return "?";
}

// A change in words, by its machine name: "added" is DiffAdded ("added" / "toegevoegd").
Fact changeFact(std::string_view name) {
  static constexpr std::pair<std::string_view, K> kChanges[] = {{"added", K::DiffAdded},
                                                                {"removed", K::DiffRemoved},
                                                                {"changed", K::DiffChanged},
                                                                {"renumbered", K::DiffRenumbered},
                                                                {"moved", K::DiffMoved},
                                                                {"appeared", K::DiffAppeared},
                                                                {"disappeared", K::DiffDisappeared}};
  for (const auto& [n, kind] : kChanges) {
    if (n == name) return fact(kind);
  }
  return Fact();
}
Fact clauseKind(ClauseChange::Kind k) { return changeFact(clauseKindName(k)); }
Fact partyKind(PartyChange::Kind k) { return changeFact(partyKindName(k)); }
Fact deadlineKind(DeadlineChange::Kind k) { return changeFact(deadlineKindName(k)); }

// A Markdown heading starts with a capital: "Header", "Timeline impact (...)".
std::string capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// The summary: one line per category, its name and its counts.
struct Summary {
  std::vector<std::tuple<const char*, Fact, Fact>> lines;  // JSON key, category, counts
};

Summary summarize(const AgreementDiff& d) {
  Summary s;
  auto count = [](auto& v, auto kind) {
    return static_cast<long long>(std::count_if(v.begin(), v.end(), [&](auto& x) { return x.kind == kind; }));
  };
  auto n = [](std::size_t x) { return static_cast<long long>(x); };
  s.lines.emplace_back("header", fact(K::DiffCategoryHeader), fact(K::DiffCountChanged).with("n", n(d.header.size())));
  s.lines.emplace_back("parties", fact(K::DiffCategoryParties),
                       fact(K::DiffSummaryParties)
                           .with("added", count(d.parties, PartyChange::Kind::Added))
                           .with("removed", count(d.parties, PartyChange::Kind::Removed))
                           .with("changed", count(d.parties, PartyChange::Kind::Changed))
                           .with("groups", n(d.groups.size())));
  s.lines.emplace_back("clauses", fact(K::DiffCategoryClauses),
                       fact(K::DiffSummaryClauses)
                           .with("added", count(d.clauses, ClauseChange::Kind::Added))
                           .with("removed", count(d.clauses, ClauseChange::Kind::Removed))
                           .with("changed", count(d.clauses, ClauseChange::Kind::Changed))
                           .with("renumbered", count(d.clauses, ClauseChange::Kind::Renumbered)));
  s.lines.emplace_back("term", fact(K::DiffCategoryTerm), fact(K::DiffCountChanged).with("n", n(d.term.size())));
  long long days = 0;
  std::vector<std::string> parties;
  for (const auto& b : d.bound) {
    days += b.from.daysUntil(b.until);
    if (std::find(parties.begin(), parties.end(), b.party) == parties.end()) parties.push_back(b.party);
  }
  if (!d.timelineCompared) {
    s.lines.emplace_back("timeline", fact(K::DiffCategoryTimeline), fact(K::DiffSummaryNotCompared));
  } else {
    Fact t = fact(K::DiffSummaryTimeline).with("n", n(parties.size()));
    if (parties.size() == 1) t.with("one", 1LL);
    t.with("days", days).with("horizon", d.horizon);
    if (d.assumedStart && d.assumedStart->date) t.with("assumed", *d.assumedStart->date);
    s.lines.emplace_back("timeline", fact(K::DiffCategoryTimeline), t);
  }
  auto notices = std::count_if(d.deadlines.begin(), d.deadlines.end(), [](auto& x) { return x.periodEnd.has_value(); });
  Fact dl = fact(K::DiffSummaryDeadlines)
                .with("moved", count(d.deadlines, DeadlineChange::Kind::Moved))
                .with("appeared", count(d.deadlines, DeadlineChange::Kind::Appeared))
                .with("disappeared", count(d.deadlines, DeadlineChange::Kind::Disappeared));
  if (notices) dl.with("notices", static_cast<long long>(notices));
  s.lines.emplace_back("deadlines", fact(K::DiffCategoryDeadlines), dl);
  return s;
}

// What a deadline change is about: "art. 6.1", or "art. 16.2 last notice day for the period
// ending 2039-01-01" (in a table cell with a colon after the article).
Fact deadlineLabel(const DeadlineChange& x, bool cell) {
  if (!x.periodEnd) return Fact();
  return fact(cell ? K::DiffLastNoticeDayCell : K::DiffLastNoticeDay)
      .with("clause", ClauseRef{x.clause})
      .with("end", *x.periodEnd);
}

Fact range(const BoundDifference& b) {
  return fact(K::DiffRange).with("from", b.from).with("until", b.until).with("last", b.until.plusDays(-1));
}

// The text of a changed clause with removals as [-...-] and additions as {+...+}.
std::string inlineText(const std::vector<TextSegment>& text, const char* delOpen, const char* delClose,
                       const char* addOpen, const char* addClose) {
  std::string out;
  for (const auto& s : text) {
    if (s.kind == TextSegment::Kind::Same)
      out += s.text;
    else if (s.kind == TextSegment::Kind::Removed)
      out += delOpen + s.text + delClose;
    else
      out += addOpen + s.text + addClose;
  }
  return out;
}

// A clause text for Markdown: each piece escaped, removals struck through and additions in
// bold when the clause changed. The markers are added after escaping, so the text cannot
// close or open one of its own.
std::string markedText(const std::vector<TextSegment>& text, bool changed) {
  std::string out;
  for (const auto& s : text) {
    std::string piece = report::markdownCell(s.text);
    if (s.text.empty()) continue;
    if (!changed || s.kind == TextSegment::Kind::Same)
      out += piece;
    else if (s.kind == TextSegment::Kind::Removed)
      out += "~~" + piece + "~~";
    else
      out += "**" + piece + "**";
  }
  return out.empty() ? "—" : out;
}

// Says facts in one language, naming things as the new version does.
class Words {
 public:
  Words(const model::Agreement& a, words::Lang lang) : a_(a), lang_(lang) {}
  std::string operator()(const Fact& f) const { return words::say(f, a_, lang_); }
  // A value, or "(none)" when the field was absent.
  std::string shown(const Fact& f) const { return f ? (*this)(f) : (*this)(fact(K::DiffNothing)); }
  // A due day or moment as the language writes it ("2027-11-01" / "1 november 2027"); "" stays "".
  std::string due(const std::string& iso) const {
    if (lang_ == words::Lang::En || iso.empty()) return iso;
    if (auto d = time::Date::parseIso(iso)) return words::dateWords(*d, lang_);
    if (auto dt = time::DateTime::parseIso(iso)) return words::dateWords(dt->date, lang_) + " om " + iso.substr(11);
    return iso;
  }
  std::string date(time::Date d) const { return words::dateWords(d, lang_); }
  words::Lang lang() const { return lang_; }

 private:
  const model::Agreement& a_;
  words::Lang lang_;
};

}  // namespace

std::string diffText(const AgreementDiff& d, const model::Agreement& agreement, words::Lang lang) {
  if (d.empty()) return "";
  const Words say(agreement, lang);
  std::string out = fmt::format("agree diff {} -> {}\n\n", d.oldLabel, d.newLabel);
  auto summary = summarize(d);
  std::size_t width = 0;
  for (const auto& [k, category, v] : summary.lines) width = std::max(width, say(category).size() + 1);
  for (const auto& [k, category, v] : summary.lines)
    out += fmt::format("  {:<{}} {}\n", say(category) + ":", width, say(v));
  if (d.assumedStart) out += "\n" + say(fact(K::DiffStartLabel)) + ": " + say(d.assumedStart->reason) + "\n";
  auto line = [&](const FieldChange& f, const char* indent) {
    return fmt::format("{}{}: {} -> {}\n", indent, say(f.field), say.shown(f.before), say.shown(f.after));
  };
  if (!d.header.empty()) {
    out += "\n" + say(fact(K::DiffCategoryHeader)) + ":\n";
    for (const auto& f : d.header) out += line(f, "  ");
  }
  if (!d.parties.empty() || !d.groups.empty()) {
    out += "\n" + say(fact(K::DiffCategoryParties)) + ":\n";
    for (const auto& p : d.parties) {
      out += "  " +
             say(fact(K::DiffPartyLine)
                     .with("change", partyKind(p.kind))
                     .with("id", Verbatim{p.id})
                     .with("name", Verbatim{p.name})) +
             "\n";
      for (const auto& f : p.fields) out += line(f, "    ");
    }
    for (const auto& g : d.groups) out += line(g, "  ");
  }
  if (!d.clauses.empty()) {
    out += "\n" + say(fact(K::DiffCategoryClauses)) + ":\n";
    const std::string text = say(fact(K::DiffTextLabel));
    for (const auto& c : d.clauses) {
      if (c.kind == ClauseChange::Kind::Renumbered) {
        out += "  " + say(fact(K::DiffRenumberedLine).with("clause", ClauseRef{c.id}).with("to", ClauseRef{c.newId})) +
               "\n";
        continue;
      }
      out +=
          "  " + say(fact(K::DiffClauseLine).with("change", clauseKind(c.kind)).with("clause", ClauseRef{c.id})) + "\n";
      if (c.kind == ClauseChange::Kind::Changed) {
        for (const auto& f : c.fields) out += line(f, "    ");
        if (!c.text.empty()) out += "    " + text + ": " + inlineText(c.text, "[-", "-]", "{+", "+}") + "\n";
      } else {
        out += "    " + text + ": " + inlineText(c.text, "", "", "", "") + "\n";
      }
    }
  }
  if (!d.term.empty()) {
    out += "\n" + say(fact(K::DiffCategoryTerm)) + ":\n";
    std::string before = say(fact(K::DiffColumnBefore)) + ":", after = say(fact(K::DiffColumnAfter)) + ":";
    std::size_t w = std::max(before.size(), after.size()) + 1;
    for (const auto& f : d.term) {
      out += fmt::format("  {}:\n    {:<{}}{}\n    {:<{}}{}\n", say(f.field), before, w, say(f.before), after, w,
                         say(f.after));
    }
  }
  if (!d.bound.empty()) {
    out += "\n" +
           say(fact(K::DiffTimelineImpact)
                   .with("from", d.horizonFrom)
                   .with("until", d.horizon)
                   .with("last", d.horizon.plusDays(-1))) +
           ":\n";
    for (const auto& b : d.bound)
      out += fmt::format("  {}: {}: {} -> {}\n", b.party, say(range(b)), say(b.before), say(b.after));
  }
  if (!d.deadlines.empty()) {
    out += "\n" + say(fact(K::DiffCategoryDeadlines)) + ":\n";
    auto shown = [&](const std::string& due) { return due.empty() ? say(fact(K::DiffNothing)) : say.due(due); };
    for (const auto& x : d.deadlines) {
      if (x.periodEnd) {
        out += fmt::format("  {}: {} -> {} ({})\n", say(deadlineLabel(x, false)), shown(x.before), shown(x.after),
                           say(deadlineKind(x.kind)));
      } else {
        out += fmt::format(
            "  {}: {} -> {}\n",
            say(fact(K::DiffDeadlineLine).with("clause", ClauseRef{x.clause}).with("change", deadlineKind(x.kind))),
            shown(x.before), shown(x.after));
      }
    }
  }
  return source::printable(out);
}

std::string diffMarkdown(const AgreementDiff& d, const model::Agreement& agreement, words::Lang lang) {
  if (d.empty()) return "";
  using report::markdownCell, report::markdownCode, report::markdownText;
  const Words say(agreement, lang);
  const bool en = lang == words::Lang::En;
  std::string out =
      fmt::format("# agree diff: {} → {}\n\n| {} | {} |\n|---|---|\n", markdownCode(d.oldLabel),
                  markdownCode(d.newLabel), say(fact(K::DiffColumnCategory)), say(fact(K::DiffColumnChanges)));
  for (const auto& [k, category, v] : summarize(d).lines) out += fmt::format("| {} | {} |\n", say(category), say(v));
  if (d.assumedStart) {
    out +=
        "\n**" + capitalized(say(fact(K::DiffStartLabel))) + ":** " + markdownText(say(d.assumedStart->reason)) + "\n";
  }
  const std::string columns = fmt::format("| {} | {} | {} |\n|---|---|---|\n", say(fact(K::DiffColumnField)),
                                          say(fact(K::DiffColumnBefore)), say(fact(K::DiffColumnAfter)));
  auto fieldTable = [&](const std::vector<FieldChange>& fields) {
    std::string t = columns;
    for (const auto& f : fields) {
      t += fmt::format("| {} | {} | {} |\n", markdownCell(say(f.field)), markdownCell(say(f.before)),
                       markdownCell(say(f.after)));
    }
    return t;
  };
  auto heading = [&](K category) { return "\n## " + capitalized(say(fact(category))) + "\n"; };
  if (!d.header.empty()) out += heading(K::DiffCategoryHeader) + "\n" + fieldTable(d.header);
  if (!d.parties.empty() || !d.groups.empty()) {
    out += heading(K::DiffCategoryParties);
    for (const auto& p : d.parties) {
      // The id in a code span, the name escaped: the template's own words need no escaping.
      out += "\n### " +
             say(fact(K::DiffPartyLine)
                     .with("change", partyKind(p.kind))
                     .with("id", Verbatim{markdownCode(p.id)})
                     .with("name", Verbatim{markdownText(p.name)})) +
             "\n\n";
      if (!p.fields.empty()) out += fieldTable(p.fields);
    }
    if (!d.groups.empty()) out += "\n" + fieldTable(d.groups);
  }
  if (!d.clauses.empty()) {
    out += heading(K::DiffCategoryClauses);
    for (const auto& c : d.clauses) {
      ClauseRef id{markdownText(c.id)};
      if (c.kind == ClauseChange::Kind::Renumbered) {
        out += "\n### " +
               say(fact(K::DiffRenumberedHeading).with("clause", id).with("to", ClauseRef{markdownText(c.newId)})) +
               "\n";
        continue;
      }
      out += "\n### " + say(fact(K::DiffClauseHeading).with("change", clauseKind(c.kind)).with("clause", id)) + "\n\n";
      if (c.kind == ClauseChange::Kind::Changed && !c.fields.empty()) out += fieldTable(c.fields);
      if (!c.text.empty()) {
        out += "\n> " + report::markdownLineStart(markedText(c.text, c.kind == ClauseChange::Kind::Changed)) + "\n";
      }
    }
  }
  if (!d.term.empty()) out += heading(K::DiffCategoryTerm) + "\n" + fieldTable(d.term);
  if (!d.bound.empty()) {
    // English gives the first day after each stretch, as the JSON does; Dutch its last day (t/m).
    out += fmt::format("\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
                       capitalized(say(fact(K::DiffTimelineImpact)
                                           .with("from", d.horizonFrom)
                                           .with("until", d.horizon)
                                           .with("last", d.horizon.plusDays(-1)))),
                       say(fact(K::DiffColumnParty)), say(fact(K::DiffColumnFrom)), say(fact(K::DiffColumnUntil)),
                       say(fact(K::DiffColumnBefore)), say(fact(K::DiffColumnAfter)));
    for (const auto& b : d.bound) {
      out += fmt::format("| {} | {} | {} | {} | {} |\n", markdownCell(b.party), say.date(b.from),
                         en ? b.until.iso() : say.date(b.until.plusDays(-1)), markdownCell(say(b.before)),
                         markdownCell(say(b.after)));
    }
  }
  if (!d.deadlines.empty()) {
    out += fmt::format("{}\n| {} | {} | {} | {} |\n|---|---|---|---|\n", heading(K::DiffCategoryDeadlines),
                       say(fact(K::DiffColumnClause)), say(fact(K::DiffColumnChange)), say(fact(K::DiffColumnBefore)),
                       say(fact(K::DiffColumnAfter)));
    for (const auto& x : d.deadlines) {
      std::string label = x.periodEnd ? say(deadlineLabel(x, true)) : "art. " + x.clause;
      out += fmt::format("| {} | {} | {} | {} |\n", markdownCell(label), say(deadlineKind(x.kind)),
                         markdownCell(say.due(x.before)), markdownCell(say.due(x.after)));
    }
  }
  return source::printable(out);
}

json diffJson(const AgreementDiff& d, const model::Agreement& agreement, words::Lang lang) {
  const Words say(agreement, lang);
  auto factOrNull = [](const Fact& f) { return f ? runtime::factJson(f) : json(nullptr); };
  auto fields = [&](const std::vector<FieldChange>& v) {
    json a = json::array();
    for (const auto& f : v)
      a.push_back(json{{"field", say(f.field)}, {"before", say(f.before)}, {"after", say(f.after)}});
    return a;
  };
  // The facts of a list of fields: a list beside it, element by element (`header_facts[i]` is
  // what `header[i]` says), so each field object stays as it always was.
  auto fieldFacts = [&](const std::vector<FieldChange>& v) {
    json a = json::array();
    for (const auto& f : v) {
      a.push_back(
          json{{"field", factOrNull(f.field)}, {"before", factOrNull(f.before)}, {"after", factOrNull(f.after)}});
    }
    return a;
  };
  json j;
  j["agree_diff_version"] = 1;
  j["old"] = d.oldLabel;
  j["new"] = d.newLabel;
  j["identical"] = d.empty();
  j["lang"] = words::langCode(lang);
  json summary, summaryFacts;
  for (const auto& [k, category, v] : summarize(d).lines) {
    summary[k] = say(v);
    summaryFacts[k] = runtime::factJson(v);
  }
  j["summary"] = summary;
  j["summary_facts"] = summaryFacts;
  j["header"] = fields(d.header);
  j["header_facts"] = fieldFacts(d.header);
  json parties = json::array();
  for (const auto& p : d.parties) {
    parties.push_back(json{{"change", partyKindName(p.kind)},
                           {"id", p.id},
                           {"name", p.name},
                           {"fields", fields(p.fields)},
                           {"fields_facts", fieldFacts(p.fields)}});
  }
  j["parties"] = parties;
  j["groups"] = fields(d.groups);
  j["groups_facts"] = fieldFacts(d.groups);
  json clauses = json::array();
  for (const auto& c : d.clauses) {
    json text = json::array();
    for (const auto& s : c.text) {
      text.push_back(json{{"kind", s.kind == TextSegment::Kind::Same    ? "same"
                                   : s.kind == TextSegment::Kind::Added ? "added"
                                                                        : "removed"},
                          {"text", s.text}});
    }
    clauses.push_back(json{{"change", clauseKindName(c.kind)},
                           {"id", c.id},
                           {"new_id", c.newId.empty() ? json(nullptr) : json(c.newId)},
                           {"fields", fields(c.fields)},
                           {"fields_facts", fieldFacts(c.fields)},
                           {"text", text}});
  }
  j["clauses"] = clauses;
  j["term"] = fields(d.term);
  j["term_facts"] = fieldFacts(d.term);
  j["assumed_start"] = d.assumedStart
                           ? json{{"date", d.assumedStart->date ? json(d.assumedStart->date->iso()) : json(nullptr)},
                                  {"rule", d.assumedStart->rule},
                                  {"reason", say(d.assumedStart->reason)}}
                           : json(nullptr);
  j["assumed_start_reason_fact"] = d.assumedStart ? factOrNull(d.assumedStart->reason) : json(nullptr);
  j["horizon"] = d.timelineCompared ? json{{"from", d.horizonFrom.iso()}, {"until", d.horizon.iso()}} : json(nullptr);
  json bound = json::array(), boundFacts = json::array();
  for (const auto& b : d.bound) {
    bound.push_back(json{{"party", b.party},
                         {"from", b.from.iso()},
                         {"until", b.until.iso()},
                         {"last_day", b.until.plusDays(-1).iso()},
                         {"before", say(b.before)},
                         {"after", say(b.after)}});
    boundFacts.push_back(json{{"before", factOrNull(b.before)}, {"after", factOrNull(b.after)}});
  }
  j["bound"] = bound;
  j["bound_facts"] = boundFacts;
  json deadlines = json::array();
  for (const auto& x : d.deadlines) {
    deadlines.push_back(json{{"clause", x.clause},
                             {"change", deadlineKindName(x.kind)},
                             {"before", x.before.empty() ? json(nullptr) : json(x.before)},
                             {"after", x.after.empty() ? json(nullptr) : json(x.after)},
                             {"what", x.periodEnd ? "last notice day" : "deadline"},
                             {"period_end", x.periodEnd ? json(x.periodEnd->iso()) : json(nullptr)}});
  }
  j["deadlines"] = deadlines;
  return j;
}

}  // namespace agree::diff
