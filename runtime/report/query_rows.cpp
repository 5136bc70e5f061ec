#include "report/query_rows.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_set>

#include "bound.h"
#include "source/printable.h"
#include "standing.h"
#include "words/answer_words.h"

namespace agree::runtime {

namespace {

// Distinct article ids of the clauses, in order, separated by spaces ("2 3 5 16").
std::vector<std::string> articlesOf(const std::vector<const model::Clause*>& clauses) {
  std::vector<std::string> out;
  std::unordered_set<std::string_view> seen;  // a set: this can run once per row
  for (const auto* c : clauses) {
    if (seen.insert(c->article).second) out.push_back(c->article);
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : " ") + i;
  return s;
}

// The per-party parts of a row that do not change with the date, already in the format.
struct PartyRows {
  std::string prefix;       // file, agreement, party (with separators)
  std::string allArticles;  // clauses in force
  std::string survivorArticles;
};

std::string formatArticles(RowFormat f, const std::vector<std::string>& articles) {
  if (f == RowFormat::Jsonl) return nlohmann::json(articles).dump();
  if (f == RowFormat::Csv) return csvText(joined(articles));
  return source::printable(joined(articles), false);
}

// A spreadsheet runs a cell that starts like this as a formula (OWASP, "CSV injection").
bool startsFormula(const std::string& v) {
  return !v.empty() && std::string_view("=+-@\t\r").find(v[0]) != std::string_view::npos;
}

}  // namespace

std::string csvField(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csvText(const std::string& v) {
  if (!startsFormula(v)) return csvField(v);
  std::string quoted = csvField("'" + v);
  return quoted.front() == '"' ? quoted : '"' + quoted + '"';
}

std::string queryHeader(RowFormat f) {
  if (f != RowFormat::Csv) return "";
  return "file,agreement,party,date,verdict,in_force,surviving_only,articles,period_from,period_until\n";
}

bool writeQueryRows(RowFormat f, const std::string& file, const Timeline& t, const std::vector<Date>& dates,
                    const std::optional<std::string>& party, const RowSink& sink, words::Lang lang) {
  std::vector<std::string> parties;
  if (party) {
    if (auto id = findParty(t, *party)) parties.push_back(*id);
  } else {
    for (const auto& m : t.members) parties.push_back(m.party);
  }
  std::string out;
  out.reserve(kRowChunkBytes + 4096);
  // The text for people: the verdict column as wide as the language's longest answer word.
  const std::size_t verdictWidth = words::answerWordWidth(lang);
  auto verdictWord = [&](Verdict v) {
    return words::answerWord(v == Verdict::Depends ? std::nullopt : std::optional<bool>(v == Verdict::Yes), lang);
  };
  for (const auto& p : parties) {
    PartyStanding standing(t, p);
    PartyRows rows;
    if (f == RowFormat::Csv) {
      rows.prefix = csvText(file) + "," + csvText(t.agreement->id) + "," + csvText(p) + ",";
    } else if (f == RowFormat::Jsonl) {
      rows.prefix = "{\"file\":" + nlohmann::json(file).dump() +
                    ",\"agreement\":" + nlohmann::json(t.agreement->id).dump() +
                    ",\"party\":" + nlohmann::json(p).dump() + ",";
    } else {
      rows.prefix = fmt::format("{:<24} {:<16} {:<16} ", source::printable(file, false),
                                source::printable(t.agreement->id, false), source::printable(p, false));
    }
    rows.allArticles = formatArticles(f, articlesOf(standing.binding()));
    rows.survivorArticles = formatArticles(f, articlesOf(standing.surviving()));
    std::optional<long long> cachedPeriod;
    std::string periodFrom, periodUntil;
    for (Date d : dates) {
      Standing s = standing.at(d);
      std::string articles;
      switch (s.clauseSet) {
        case Standing::ClauseSet::None: articles = formatArticles(f, {}); break;
        case Standing::ClauseSet::AllBinding:
        case Standing::ClauseSet::Surviving:
          if (standing.variesByDay()) {
            articles = formatArticles(f, articlesOf(standing.clausesOn(s, d)));
          } else {
            articles = s.clauseSet == Standing::ClauseSet::AllBinding ? rows.allArticles : rows.survivorArticles;
          }
          break;
        case Standing::ClauseSet::SurvivingLimited:
          articles = formatArticles(f, articlesOf(standing.clausesOn(s, d)));
          break;
      }
      // The agreement's period while it is in force, also for a party that left it.
      bool hasPeriod = s.periodIndex && (s.phase == Standing::Phase::InForce || (s.left && s.inForce == true));
      if (hasPeriod && cachedPeriod != s.periodIndex) {
        auto p2 = t.period(*s.periodIndex);
        periodFrom = p2.from.iso();
        periodUntil = p2.until ? p2.until->iso() : "";
        cachedPeriod = s.periodIndex;
      }
      const char* inForce = !s.inForce ? "" : *s.inForce ? "true" : "false";
      std::string iso = d.iso();
      if (f == RowFormat::Csv) {
        out += rows.prefix;
        out += iso;
        out += ',';
        out += verdictName(s.verdict);
        out += ',';
        out += inForce;
        out += s.survivingOnly ? ",true," : ",false,";
        out += articles;
        out += ',';
        if (hasPeriod) {
          out += periodFrom;
          out += ',';
          out += periodUntil;
        } else {
          out += ',';
        }
        out += '\n';
      } else if (f == RowFormat::Jsonl) {
        out += rows.prefix;
        out += "\"date\":\"" + iso + "\",\"verdict\":\"" + verdictName(s.verdict) +
               "\",\"in_force\":" + (s.inForce ? inForce : "null") +
               ",\"surviving_only\":" + (s.survivingOnly ? "true" : "false") + ",\"articles\":" + articles +
               ",\"period\":" +
               (hasPeriod ? "{\"from\":\"" + periodFrom + "\",\"until\":\"" + periodUntil + "\"}" : "null") + "}\n";
      } else {
        out += rows.prefix + fmt::format("{} {:<{}} {:<5} {:<5} {:<23} {}\n", iso, verdictWord(s.verdict), verdictWidth,
                                         s.inForce ? words::answerWord(*s.inForce, lang) : "?",
                                         words::answerWord(s.survivingOnly, lang),
                                         hasPeriod ? periodFrom + ".." + periodUntil : "-", articles);
      }
      if (out.size() >= kRowChunkBytes) {
        sink(out);
        out.clear();
      }
    }
  }
  if (!out.empty()) sink(out);
  return !party || !parties.empty();
}

}  // namespace agree::runtime
