#include "export_records.h"

#include "agenda.h"
#include "bound.h"
#include "notice_day.h"
#include "report/query_rows.h"
#include "time/duration.h"
#include "words/say.h"

namespace agree::portfolio {

namespace {

using nlohmann::json;
using time::Date;

json dateOrNull(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }
json textOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// A row's values, one JSON array per line.
class Rows {
 public:
  explicit Rows(const runtime::RowSink& emit) : emit_(emit) {}
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;

  void add(const json& row) {
    out_ += row.dump(-1, ' ', false, json::error_handler_t::replace);
    out_ += '\n';
    flush(false);
  }

  // The rows not yet handed on (not in a destructor: emit may throw, out of memory).
  void finish() { flush(true); }

 private:
  void flush(bool all) {
    if (out_.empty() || (!all && out_.size() < runtime::kRowChunkBytes)) return;
    emit_(out_);
    out_.clear();
  }
  const runtime::RowSink& emit_;
  std::string out_;
};

std::string signedText(const runtime::Timeline& t) {
  if (t.signedOn) return t.signedOn->iso();
  if (t.signedMonth) return t.signedMonth->iso().substr(0, 7);  // the month only: the day is not known
  return "";
}

class AgreementRows {
 public:
  AgreementRows(const Export& o, const std::string& file, const runtime::Timeline& t, Rows& rows)
      : o_(o),
        file_(file),
        t_(t),
        a_(*t.agreement),
        rows_(rows),
        lang_(o.lang ? *o.lang : words::agreementLang(*t.agreement)) {}

  void agreement() {
    json end = nullptr, cause = nullptr, endArticle = nullptr;
    if (t_.end) {
      end = t_.end->date.iso();
      cause = words::say(t_.end->reason, a_, lang_);
      endArticle = articleOf(t_.end->clause);
    } else if (t_.uncertain) {
      cause = words::say(t_.uncertain->reason, a_, lang_);
      endArticle = articleOf(t_.uncertain->clause);
    }
    auto window = exportWindow(o_.window, t_);
    rows_.add(json::array(
        {"agreements", file_, a_.id, textOrNull(a_.title), textOrNull(a_.language), textOrNull(signedText(t_)),
         dateOrNull(t_.start), end, cause, endArticle, t_.uncertain ? json(t_.uncertain->from.iso()) : json(nullptr),
         window ? json(window->first.iso()) : json(nullptr), window ? json(window->second.iso()) : json(nullptr)}));
  }

  void parties() {
    for (const auto& m : t_.members) {
      const auto* p = a_.findParty(m.party);
      rows_.add(
          json::array({"parties", file_, m.party, runtime::partyName(t_, m.party),
                       p ? textOrNull(p->shortName) : json(nullptr), m.acceded, dateOrNull(m.from), dateOrNull(m.until),
                       m.until ? json(words::say(m.untilReason, a_, lang_)) : json(nullptr)}));
    }
    for (const auto& g : a_.groups) {
      for (const auto& member : g.members) rows_.add(json::array({"groups", file_, g.id, textOrNull(g.name), member}));
    }
  }

  void clauses() {
    for (const auto& c : a_.clauses) {
      rows_.add(json::array({"clauses", file_, c.id, c.article, words::clauseKindWords(c.kind, words::Lang::En),
                             textOrNull(c.holders.written), textOrNull(c.text), c.survival.has_value()}));
    }
  }

  // Each term period that starts in the window and before the end, with the last day to give
  // notice against its end under each notice rule (both readings of "before the end").
  void periods(Date from, Date to) {
    if (!t_.chain) return;
    std::vector<const model::NoticeRule*> rules;
    for (const auto& n : a_.notices) {
      if (n.beforeTermEnd && !n.calendar) rules.push_back(&n);
    }
    for (long long k = 1; k <= kMaxPeriods; ++k) {
      if (t_.maxPeriods && k > *t_.maxPeriods) break;
      auto period = t_.period(k);
      if (period.from > to || (t_.end && period.from >= t_.end->date)) break;
      if (period.until && *period.until <= from) continue;
      // No notice against the last period's end (it ends anyway) or an end after the agreement's.
      bool noticeApplies =
          period.until && !(t_.maxPeriods && k >= *t_.maxPeriods) && !(t_.end && *period.until > t_.end->date);
      auto base = json::array({"periods", file_, k, period.from.iso(), dateOrNull(period.until)});
      if (rules.empty() || !noticeApplies) {
        auto row = base;
        for (int i = 0; i < 5; ++i) row.push_back(nullptr);
        rows_.add(row);
      }
      if (!noticeApplies) {
        if (!period.until) break;
        continue;
      }
      for (const auto* n : rules) {
        auto day = runtime::noticeDay(a_, *period.until, n->period);
        auto row = base;
        row.push_back(articleOf(n->clause));
        row.push_back(n->clause);
        row.push_back(day.latest.iso());
        row.push_back(day.safe.iso());
        row.push_back(day.workingDay ? json(*day.workingDay) : json(nullptr));
        rows_.add(row);
      }
    }
  }

  void agenda(const std::string& party, Date from, Date to) {
    auto items = runtime::agenda(t_, from, to, party);
    for (const auto& i : items.items) {
      rows_.add(json::array({"agenda", file_, party, i.date.iso(), i.due, i.kind, articleOf(i.clause),
                             textOrNull(i.clause), textOrNull(i.holders), textOrNull(i.what),
                             words::say(i.rule, a_, lang_), textOrNull(i.forLabel)}));
    }
    if (items.truncated) {
      rows_.add(
          json::array({"notes", file_, party,
                       "agenda truncated after " + (items.listedThrough ? items.listedThrough->iso() : from.iso())}));
    }
  }

  void standings(const std::string& party, Date from, Date to) {
    for (const auto& i : runtime::standingIntervals(t_, party, from, to)) {
      rows_.add(json::array({"standings", file_, party, i.from.iso(), dateOrNull(i.until),
                             runtime::verdictName(i.verdict), i.basis, i.inForce ? json(*i.inForce) : json(nullptr),
                             i.survivingOnly, runtime::joinArticles(i.articles), json(i.articles).dump(),
                             i.period ? json(i.period->from.iso()) : json(nullptr),
                             i.period ? dateOrNull(i.period->until) : json(nullptr)}));
    }
  }

 private:
  static constexpr long long kMaxPeriods = 2000;  // as the agenda: a chain of 1-day periods is not a portfolio

  json articleOf(const std::string& clause) const {
    if (clause.empty()) return nullptr;
    const auto* c = a_.findClause(clause);
    return c ? json(c->article) : json(nullptr);
  }

  const Export& o_;
  const std::string& file_;
  const runtime::Timeline& t_;
  const model::Agreement& a_;
  Rows& rows_;
  words::Lang lang_;
};

}  // namespace

std::optional<std::pair<Date, Date>> exportWindow(const ExportWindow& w, const runtime::Timeline& t) {
  if (w.from && w.to) return std::pair{*w.from, *w.to};
  std::optional<Date> first = t.start ? t.start : t.signedOn;
  if (!first) return std::nullopt;
  auto end = time::addMonths(*first, 12 * kDefaultYears);
  Date last = end.outOfRange ? Date::max() : end.date.plusDays(-1);
  return std::pair{*first, last};
}

bool exportRows(const Export& o, const std::string& file, const runtime::Timeline& t, const runtime::RowSink& emit) {
  std::vector<std::string> parties;
  if (o.batch.party) {
    auto id = runtime::findParty(t, *o.batch.party);
    if (!id) return false;
    parties.push_back(*id);
  } else {
    for (const auto& m : t.members) parties.push_back(m.party);
  }
  Rows rows(emit);
  AgreementRows out(o, file, t, rows);
  out.agreement();
  out.parties();
  out.clauses();
  if (auto window = exportWindow(o.window, t)) {
    out.periods(window->first, window->second);
    for (const auto& p : parties) {
      out.agenda(p, window->first, window->second);
      out.standings(p, window->first, window->second);
    }
  }
  rows.finish();
  return true;
}

}  // namespace agree::portfolio
