#include "diff/diff_report.h"

#include <fmt/format.h>

#include "report/markdown.h"
#include "source/printable.h"

namespace agree::diff {

using json = nlohmann::ordered_json;

namespace {

const char* clauseKind(ClauseChange::Kind k) {
  switch (k) {
    case ClauseChange::Kind::Added: return "added";
    case ClauseChange::Kind::Removed: return "removed";
    case ClauseChange::Kind::Changed: return "changed";
    case ClauseChange::Kind::Renumbered: return "renumbered";
  }
  return "?";
}

const char* partyKind(PartyChange::Kind k) {
  switch (k) {
    case PartyChange::Kind::Added: return "added";
    case PartyChange::Kind::Removed: return "removed";
    case PartyChange::Kind::Changed: return "changed";
  }
  return "?";
}

const char* deadlineKind(DeadlineChange::Kind k) {
  switch (k) {
    case DeadlineChange::Kind::Appeared: return "appeared";
    case DeadlineChange::Kind::Disappeared: return "disappeared";
    case DeadlineChange::Kind::Moved: return "moved";
  }
  return "?";
}

std::string shown(const std::string& v) { return v.empty() ? "(none)" : v; }

struct Summary {
  std::vector<std::pair<std::string, std::string>> lines;  // category, counts
};

Summary summarize(const AgreementDiff& d) {
  Summary s;
  auto count = [](auto& v, auto kind) {
    return std::count_if(v.begin(), v.end(), [&](auto& x) { return x.kind == kind; });
  };
  s.lines.push_back({"header", fmt::format("{} changed", d.header.size())});
  s.lines.push_back(
      {"parties", fmt::format("{} added, {} removed, {} changed; groups and bodies: {} changed",
                              count(d.parties, PartyChange::Kind::Added), count(d.parties, PartyChange::Kind::Removed),
                              count(d.parties, PartyChange::Kind::Changed), d.groups.size())});
  s.lines.push_back(
      {"clauses",
       fmt::format("{} added, {} removed, {} changed, {} renumbered", count(d.clauses, ClauseChange::Kind::Added),
                   count(d.clauses, ClauseChange::Kind::Removed), count(d.clauses, ClauseChange::Kind::Changed),
                   count(d.clauses, ClauseChange::Kind::Renumbered))});
  s.lines.push_back({"term", fmt::format("{} changed", d.term.size())});
  long long days = 0;
  std::vector<std::string> parties;
  for (const auto& b : d.bound) {
    days += b.from.daysUntil(b.until);
    if (std::find(parties.begin(), parties.end(), b.party) == parties.end()) parties.push_back(b.party);
  }
  if (!d.timelineCompared) {
    s.lines.push_back({"timeline", "not compared: the start is unknown (give --assume-start DATE)"});
  } else {
    s.lines.push_back(
        {"timeline",
         fmt::format(
             "{} {} differently on {} party-days up to {}{}", parties.size(),
             parties.size() == 1 ? "party answers" : "parties answer", days, d.horizon.iso(),
             d.assumedStart && d.assumedStart->date ? " from the assumed start " + d.assumedStart->date->iso() : "")});
  }
  auto notices = std::count_if(d.deadlines.begin(), d.deadlines.end(), [](auto& x) { return x.periodEnd.has_value(); });
  s.lines.push_back({"deadlines", fmt::format("{} moved, {} appeared, {} disappeared{}",
                                              count(d.deadlines, DeadlineChange::Kind::Moved),
                                              count(d.deadlines, DeadlineChange::Kind::Appeared),
                                              count(d.deadlines, DeadlineChange::Kind::Disappeared),
                                              notices ? fmt::format(" ({} of them last notice days)", notices) : "")});
  return s;
}

// What a deadline change is about: "art. 6.1", or "art. 16.2 last notice day for the period
// ending 2039-01-01".
std::string deadlineLabel(const DeadlineChange& x, const char* separator) {
  if (!x.periodEnd) return "art. " + x.clause;
  return "art. " + x.clause + separator + "last notice day for the period ending " + x.periodEnd->iso();
}

std::string range(const BoundDifference& b) {
  return b.from.iso() + " .. " + b.until.iso() + " (last day " + b.until.plusDays(-1).iso() + ")";
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

}  // namespace

std::string diffText(const AgreementDiff& d) {
  if (d.empty()) return "";
  std::string out = fmt::format("agree diff {} -> {}\n\n", d.oldLabel, d.newLabel);
  for (const auto& [k, v] : summarize(d).lines) out += fmt::format("  {:<10} {}\n", k + ":", v);
  if (d.assumedStart) out += "\nstart: " + d.assumedStart->reason + "\n";
  if (!d.header.empty()) {
    out += "\nheader:\n";
    for (const auto& f : d.header) out += fmt::format("  {}: {} -> {}\n", f.field, shown(f.before), shown(f.after));
  }
  if (!d.parties.empty() || !d.groups.empty()) {
    out += "\nparties:\n";
    for (const auto& p : d.parties) {
      out += fmt::format("  {} {} ({})\n", partyKind(p.kind), p.id, p.name);
      for (const auto& f : p.fields) out += fmt::format("    {}: {} -> {}\n", f.field, shown(f.before), shown(f.after));
    }
    for (const auto& g : d.groups) out += fmt::format("  {}: {} -> {}\n", g.field, shown(g.before), shown(g.after));
  }
  if (!d.clauses.empty()) {
    out += "\nclauses:\n";
    for (const auto& c : d.clauses) {
      if (c.kind == ClauseChange::Kind::Renumbered) {
        out += fmt::format("  renumbered art. {} -> art. {} (same content)\n", c.id, c.newId);
        continue;
      }
      out += fmt::format("  {} art. {}\n", clauseKind(c.kind), c.id);
      if (c.kind == ClauseChange::Kind::Changed) {
        for (const auto& f : c.fields)
          out += fmt::format("    {}: {} -> {}\n", f.field, shown(f.before), shown(f.after));
        if (!c.text.empty()) out += "    text: " + inlineText(c.text, "[-", "-]", "{+", "+}") + "\n";
      } else {
        out += "    text: " + inlineText(c.text, "", "", "", "") + "\n";
      }
    }
  }
  if (!d.term.empty()) {
    out += "\nterm:\n";
    for (const auto& f : d.term)
      out += fmt::format("  {}:\n    before: {}\n    after:  {}\n", f.field, f.before, f.after);
  }
  if (!d.bound.empty()) {
    out += fmt::format("\ntimeline impact ({} .. {}):\n", d.horizonFrom.iso(), d.horizon.iso());
    for (const auto& b : d.bound) out += fmt::format("  {}: {}: {} -> {}\n", b.party, range(b), b.before, b.after);
  }
  if (!d.deadlines.empty()) {
    out += "\ndeadlines:\n";
    for (const auto& x : d.deadlines) {
      if (x.periodEnd) {
        out += fmt::format("  {}: {} -> {} ({})\n", deadlineLabel(x, " "), shown(x.before), shown(x.after),
                           deadlineKind(x.kind));
      } else {
        out += fmt::format("  {} {}: {} -> {}\n", deadlineLabel(x, " "), deadlineKind(x.kind), shown(x.before),
                           shown(x.after));
      }
    }
  }
  return source::printable(out);
}

std::string diffMarkdown(const AgreementDiff& d) {
  if (d.empty()) return "";
  using report::markdownCell, report::markdownCode, report::markdownText;
  std::string out = fmt::format("# agree diff: {} → {}\n\n| category | changes |\n|---|---|\n",
                                markdownCode(d.oldLabel), markdownCode(d.newLabel));
  for (const auto& [k, v] : summarize(d).lines) out += fmt::format("| {} | {} |\n", k, v);
  if (d.assumedStart) out += "\n**Start:** " + markdownText(d.assumedStart->reason) + "\n";
  auto fieldTable = [&](const std::vector<FieldChange>& fields) {
    std::string t = "| field | before | after |\n|---|---|---|\n";
    for (const auto& f : fields) {
      t += fmt::format("| {} | {} | {} |\n", markdownCell(f.field), markdownCell(f.before), markdownCell(f.after));
    }
    return t;
  };
  if (!d.header.empty()) out += "\n## Header\n\n" + fieldTable(d.header);
  if (!d.parties.empty() || !d.groups.empty()) {
    out += "\n## Parties\n";
    for (const auto& p : d.parties) {
      out += fmt::format("\n### {} {} ({})\n\n", partyKind(p.kind), markdownCode(p.id), markdownText(p.name));
      if (!p.fields.empty()) out += fieldTable(p.fields);
    }
    if (!d.groups.empty()) out += "\n" + fieldTable(d.groups);
  }
  if (!d.clauses.empty()) {
    out += "\n## Clauses\n";
    for (const auto& c : d.clauses) {
      if (c.kind == ClauseChange::Kind::Renumbered) {
        out += fmt::format("\n### art. {} renumbered to art. {} (same content)\n", markdownText(c.id),
                           markdownText(c.newId));
        continue;
      }
      out += fmt::format("\n### art. {} {}\n\n", markdownText(c.id), clauseKind(c.kind));
      if (c.kind == ClauseChange::Kind::Changed && !c.fields.empty()) out += fieldTable(c.fields);
      if (!c.text.empty()) {
        out += "\n> " + report::markdownLineStart(markedText(c.text, c.kind == ClauseChange::Kind::Changed)) + "\n";
      }
    }
  }
  if (!d.term.empty()) out += "\n## Term\n\n" + fieldTable(d.term);
  if (!d.bound.empty()) {
    out += fmt::format(
        "\n## Timeline impact ({} .. {})\n\n| party | from | until (first day after) | before | after "
        "|\n|---|---|---|---|---|\n",
        d.horizonFrom.iso(), d.horizon.iso());
    for (const auto& b : d.bound) {
      out += fmt::format("| {} | {} | {} | {} | {} |\n", markdownCell(b.party), b.from.iso(), b.until.iso(),
                         markdownCell(b.before), markdownCell(b.after));
    }
  }
  if (!d.deadlines.empty()) {
    out += "\n## Deadlines\n\n| clause | change | before | after |\n|---|---|---|---|\n";
    for (const auto& x : d.deadlines) {
      out += fmt::format("| {} | {} | {} | {} |\n", markdownCell(deadlineLabel(x, ": ")), deadlineKind(x.kind),
                         markdownCell(x.before), markdownCell(x.after));
    }
  }
  return source::printable(out);
}

json diffJson(const AgreementDiff& d) {
  auto fields = [](const std::vector<FieldChange>& v) {
    json a = json::array();
    for (const auto& f : v) a.push_back(json{{"field", f.field}, {"before", f.before}, {"after", f.after}});
    return a;
  };
  json j;
  j["agree_diff_version"] = 1;
  j["old"] = d.oldLabel;
  j["new"] = d.newLabel;
  j["identical"] = d.empty();
  json summary;
  for (const auto& [k, v] : summarize(d).lines) summary[k] = v;
  j["summary"] = summary;
  j["header"] = fields(d.header);
  json parties = json::array();
  for (const auto& p : d.parties) {
    parties.push_back(
        json{{"change", partyKind(p.kind)}, {"id", p.id}, {"name", p.name}, {"fields", fields(p.fields)}});
  }
  j["parties"] = parties;
  j["groups"] = fields(d.groups);
  json clauses = json::array();
  for (const auto& c : d.clauses) {
    json text = json::array();
    for (const auto& s : c.text) {
      text.push_back(json{{"kind", s.kind == TextSegment::Kind::Same    ? "same"
                                   : s.kind == TextSegment::Kind::Added ? "added"
                                                                        : "removed"},
                          {"text", s.text}});
    }
    clauses.push_back(json{{"change", clauseKind(c.kind)},
                           {"id", c.id},
                           {"new_id", c.newId.empty() ? json(nullptr) : json(c.newId)},
                           {"fields", fields(c.fields)},
                           {"text", text}});
  }
  j["clauses"] = clauses;
  j["term"] = fields(d.term);
  j["assumed_start"] = d.assumedStart
                           ? json{{"date", d.assumedStart->date ? json(d.assumedStart->date->iso()) : json(nullptr)},
                                  {"rule", d.assumedStart->rule},
                                  {"reason", d.assumedStart->reason}}
                           : json(nullptr);
  j["horizon"] = d.timelineCompared ? json{{"from", d.horizonFrom.iso()}, {"until", d.horizon.iso()}} : json(nullptr);
  json bound = json::array();
  for (const auto& b : d.bound) {
    bound.push_back(json{{"party", b.party},
                         {"from", b.from.iso()},
                         {"until", b.until.iso()},
                         {"last_day", b.until.plusDays(-1).iso()},
                         {"before", b.before},
                         {"after", b.after}});
  }
  j["bound"] = bound;
  json deadlines = json::array();
  for (const auto& x : d.deadlines) {
    deadlines.push_back(json{{"clause", x.clause},
                             {"change", deadlineKind(x.kind)},
                             {"before", x.before.empty() ? json(nullptr) : json(x.before)},
                             {"after", x.after.empty() ? json(nullptr) : json(x.after)},
                             {"what", x.periodEnd ? "last notice day" : "deadline"},
                             {"period_end", x.periodEnd ? json(x.periodEnd->iso()) : json(nullptr)}});
  }
  j["deadlines"] = deadlines;
  return j;
}

}  // namespace agree::diff
