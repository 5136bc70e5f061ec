#include "report/query_rows.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "bound.h"
#include "source/printable.h"
#include "standing.h"
#include "words/answer_words.h"

namespace agree::runtime {

namespace {

// Distinct article ids of the clauses, in order.
void articlesOf(const std::vector<const model::Clause*>& clauses, std::vector<std::string>& out) {
  out.clear();
  std::unordered_set<std::string_view> seen;  // a set: this can run once per row
  for (const auto* c : clauses) {
    if (seen.insert(c->article).second) out.push_back(c->article);
  }
}

// A party's answer on one day. `articles` points into the PartyAnswers that made it and is
// valid until its next call.
struct Day {
  Standing standing;
  const std::vector<std::string>* articles = nullptr;
  std::optional<Interval> period;  // the agreement's period while in force, also for a party that left
};

bool sameAnswer(const Day& a, const Day& b) {
  const auto& x = a.standing;
  const auto& y = b.standing;
  bool samePeriod = a.period.has_value() == b.period.has_value() &&
                    (!a.period || (a.period->from == b.period->from && a.period->until == b.period->until));
  return x.phase == y.phase && x.left == y.left && x.verdict == y.verdict && x.inForce == y.inForce &&
         x.survivingOnly == y.survivingOnly && samePeriod && *a.articles == *b.articles;
}

// The answers of one party, day by day, with the article lists that do not change with the
// day made once.
class PartyAnswers {
 public:
  PartyAnswers(const Timeline& t, const std::string& party) : t_(t), standing_(t, party) {
    articlesOf(standing_.binding(), all_);
    articlesOf(standing_.surviving(), surviving_);
  }

  Day at(Date d) {
    Day day;
    day.standing = standing_.at(d);
    const Standing& s = day.standing;
    switch (s.clauseSet) {
      case Standing::ClauseSet::None: day.articles = &none_; break;
      case Standing::ClauseSet::AllBinding:
      case Standing::ClauseSet::Surviving:
        if (!standing_.variesByDay()) {
          day.articles = s.clauseSet == Standing::ClauseSet::AllBinding ? &all_ : &surviving_;
          break;
        }
        [[fallthrough]];
      case Standing::ClauseSet::SurvivingLimited:
        articlesOf(standing_.clausesOn(s, d), scratch_[flip_]);
        day.articles = &scratch_[flip_];
        flip_ ^= 1;  // two buffers: the day before stays valid for comparing runs
        break;
    }
    bool hasPeriod = s.periodIndex && (s.phase == Standing::Phase::InForce || (s.left && s.inForce == true));
    if (hasPeriod) {
      if (cachedIndex_ != s.periodIndex) {
        cachedPeriod_ = t_.period(*s.periodIndex);
        cachedIndex_ = s.periodIndex;
      }
      day.period = cachedPeriod_;
    }
    return day;
  }

  bool fixedArticles(const std::vector<std::string>* a) const { return a == &all_ || a == &surviving_ || a == &none_; }

 private:
  const Timeline& t_;
  PartyStanding standing_;
  std::vector<std::string> all_, surviving_, none_;
  std::vector<std::string> scratch_[2];
  int flip_ = 0;
  std::optional<long long> cachedIndex_;
  Interval cachedPeriod_;
};

// Calls `run(from, until, day)` for each maximal run of consecutive `dates` with the same
// answer; until is the day after the run (nullopt past 9999-12-31).
template <class Run>
void forEachRun(PartyAnswers& answers, const std::vector<Date>& dates, Run run) {
  if (dates.empty()) return;
  Day current = answers.at(dates.front());
  std::vector<std::string> currentArticles;  // a copy: the answers' buffers move on
  Date runFrom = dates.front();
  for (std::size_t i = 1; i < dates.size(); ++i) {
    if (!answers.fixedArticles(current.articles) && current.articles != &currentArticles) {
      currentArticles = *current.articles;
      current.articles = &currentArticles;
    }
    Day next = answers.at(dates[i]);
    if (sameAnswer(current, next)) continue;
    run(runFrom, std::optional<Date>(dates[i]), current);
    current = next;
    runFrom = dates[i];
  }
  Date last = dates.back();
  run(runFrom, last == Date::max() ? std::nullopt : std::optional<Date>(last.plusDays(1)), current);
}

std::string formatArticles(RowFormat f, const std::vector<std::string>& articles) {
  if (f == RowFormat::Jsonl) return nlohmann::json(articles).dump();
  if (f == RowFormat::Csv) return csvText(joinArticles(articles));
  return source::printable(joinArticles(articles), false);
}

// A spreadsheet runs a cell that starts like this as a formula (OWASP, "CSV injection").
bool startsFormula(const std::string& v) {
  return !v.empty() && std::string_view("=+-@\t\r").find(v[0]) != std::string_view::npos;
}

const char* basisName(const Standing& s) {
  switch (s.phase) {
    case Standing::Phase::StartUnknown: return "start_unknown";
    case Standing::Phase::NotYet: return "not_yet";
    case Standing::Phase::InForce: return "in_force";
    case Standing::Phase::Uncertain: return "uncertain";
    case Standing::Phase::Ended: return s.left ? "left" : "ended";
  }
  return "";
}

std::string json(const std::string& s) { return nlohmann::json(s).dump(); }

// The rows of one party, in one format.
class RowWriter {
 public:
  RowWriter(const RowOptions& o, const std::string& file, const Timeline& t, const std::string& party,
            PartyAnswers& answers, std::string& out)
      : o_(o), answers_(answers), out_(out) {
    const std::string& title = t.agreement->title;
    std::string name = partyName(t, party);
    if (o.format == RowFormat::Csv) {
      prefix_ = csvText(file) + "," + csvText(t.agreement->id) + "," + csvText(party) + ",";
      suffix_ = "," + csvText(title) + "," + csvText(name) + "\n";
    } else if (o.format == RowFormat::Jsonl) {
      prefix_ = "{\"file\":" + json(file) + ",\"agreement\":" + json(t.agreement->id) + ",\"title\":" + json(title) +
                ",\"party\":" + json(party) + ",\"party_name\":" + json(name) + ",";
      suffix_ = "}\n";
    } else {
      prefix_ = fmt::format("{:<24} {:<16} {:<16} ", source::printable(file, false),
                            source::printable(t.agreement->id, false), source::printable(party, false));
      suffix_ = "  \u2014 " + source::printable(title, false) + " \u2014 " + source::printable(name, false) + "\n";
    }
    verdictWidth_ = words::answerWordWidth(o.lang);
  }

  void row(Date from, std::optional<Date> until, const Day& day) {
    const Standing& s = day.standing;
    const std::string& articles = articlesText(day.articles);
    // The period's dates are written once per period, not once per row (a year of daily rows).
    if (day.period &&
        !(cachedPeriod_ && cachedPeriod_->from == day.period->from && cachedPeriod_->until == day.period->until)) {
      cachedPeriod_ = day.period;
      cachedFrom_ = day.period->from.iso();
      cachedUntil_ = day.period->until ? day.period->until->iso() : "";
    }
    static const std::string none;
    const std::string& periodFrom = day.period ? cachedFrom_ : none;
    const std::string& periodUntil = day.period ? cachedUntil_ : none;
    const char* inForce = !s.inForce ? "" : *s.inForce ? "true" : "false";
    std::string untilText = until ? until->iso() : "";
    out_ += prefix_;
    if (o_.format == RowFormat::Csv) {
      out_ += from.iso();
      if (o_.intervals) out_ += ',' + untilText;
      out_ += ',';
      out_ += verdictName(s.verdict);
      out_ += ',';
      out_ += inForce;
      out_ += s.survivingOnly ? ",true," : ",false,";
      out_ += articles;
      out_ += ',';
      out_ += periodFrom;
      out_ += ',';
      out_ += periodUntil;
    } else if (o_.format == RowFormat::Jsonl) {
      if (o_.intervals) {
        out_ += "\"from\":\"" + from.iso() + "\",\"until\":" + (until ? "\"" + untilText + "\"" : "null");
      } else {
        out_ += "\"date\":\"" + from.iso() + "\"";
      }
      out_ += std::string(",\"verdict\":\"") + verdictName(s.verdict) +
              "\",\"in_force\":" + (s.inForce ? inForce : "null") +
              ",\"surviving_only\":" + (s.survivingOnly ? "true" : "false") + ",\"articles\":" + articles +
              ",\"period\":" +
              (day.period ? "{\"from\":\"" + periodFrom + "\",\"until\":\"" + periodUntil + "\"}" : "null");
    } else {
      std::string dates = from.iso();
      if (o_.intervals) dates += ".." + (until ? untilText : std::string("-"));
      auto verdict = words::answerWord(
          s.verdict == Verdict::Depends ? std::nullopt : std::optional<bool>(s.verdict == Verdict::Yes), o_.lang);
      out_ += fmt::format("{} {:<{}} {:<5} {:<5} {:<23} {}", dates, verdict, verdictWidth_,
                          s.inForce ? words::answerWord(*s.inForce, o_.lang) : "?",
                          words::answerWord(s.survivingOnly, o_.lang),
                          day.period ? periodFrom + ".." + periodUntil : "-", articles);
    }
    out_ += suffix_;
  }

 private:
  // The articles in the format; lists that do not change with the day are formatted once.
  const std::string& articlesText(const std::vector<std::string>* articles) {
    if (answers_.fixedArticles(articles)) {
      auto& cached = cache_[articles];
      if (!cached) cached = formatArticles(o_.format, *articles);
      return *cached;
    }
    scratch_ = formatArticles(o_.format, *articles);
    return scratch_;
  }

  const RowOptions& o_;
  PartyAnswers& answers_;
  std::string& out_;
  std::string prefix_, suffix_, scratch_;
  std::optional<Interval> cachedPeriod_;
  std::string cachedFrom_, cachedUntil_;
  std::size_t verdictWidth_ = 0;
  std::unordered_map<const void*, std::optional<std::string>> cache_;
};

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

std::string joinArticles(const std::vector<std::string>& articles) {
  std::string s;
  for (const auto& a : articles) {
    if (!s.empty()) s += " | ";
    for (char c : a) {
      if (c == '|' || c == '\\') s += '\\';
      s += c;
    }
  }
  return s;
}

std::string partyName(const Timeline& t, const std::string& party) {
  if (const auto* p = t.agreement->findParty(party)) {
    if (!p->name.empty()) return p->name;
    if (!p->shortName.empty()) return p->shortName;
  }
  if (const auto* m = t.member(party); m && !m->name.empty()) return m->name;
  return party;
}

std::string queryHeader(RowFormat f, bool intervals) {
  if (f != RowFormat::Csv) return "";
  return std::string("file,agreement,party,") + (intervals ? "from,until" : "date") +
         ",verdict,in_force,surviving_only,articles,period_from,period_until,title,party_name\n";
}

bool writeQueryRows(const RowOptions& o, const std::string& file, const Timeline& t, const std::vector<Date>& dates,
                    const RowSink& sink) {
  std::vector<std::string> parties;
  if (o.party) {
    if (auto id = findParty(t, *o.party)) parties.push_back(*id);
  } else {
    for (const auto& m : t.members) parties.push_back(m.party);
  }
  std::string out;
  out.reserve(kRowChunkBytes + 4096);
  auto flush = [&] {
    if (out.size() >= kRowChunkBytes) {
      sink(out);
      out.clear();
    }
  };
  for (const auto& p : parties) {
    PartyAnswers answers(t, p);
    RowWriter writer(o, file, t, p, answers, out);
    if (o.intervals) {
      forEachRun(answers, dates, [&](Date from, std::optional<Date> until, const Day& day) {
        writer.row(from, until, day);
        flush();
      });
      continue;
    }
    for (Date d : dates) {
      writer.row(d, std::nullopt, answers.at(d));
      flush();
    }
  }
  if (!out.empty()) sink(out);
  return !o.party || !parties.empty();
}

std::vector<StandingInterval> standingIntervals(const Timeline& t, const std::string& party, Date first, Date last) {
  std::vector<Date> days;
  for (Date d = first; d <= last; d = d.plusDays(1)) {
    days.push_back(d);
    if (d == Date::max()) break;
  }
  PartyAnswers answers(t, party);
  std::vector<StandingInterval> out;
  forEachRun(answers, days, [&](Date from, std::optional<Date> until, const Day& day) {
    StandingInterval i;
    i.from = from;
    i.until = until;
    i.verdict = day.standing.verdict;
    i.basis = basisName(day.standing);
    i.inForce = day.standing.inForce;
    i.survivingOnly = day.standing.survivingOnly;
    i.articles = *day.articles;
    i.period = day.period;
    out.push_back(std::move(i));
  });
  return out;
}

}  // namespace agree::runtime
