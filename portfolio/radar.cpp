#include "radar.h"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <mutex>
#include <tuple>

#include "agenda.h"
#include "bound.h"
#include "cite.h"
#include "evaluation.h"
#include "instances.h"
#include "notice_day.h"
#include "powers.h"
#include "words/calendar_words.h"
#include "words/say.h"

namespace agree::portfolio {

namespace {

using runtime::Timeline;
using time::Date;
using words::Lang;

// A notice day's safe day lies at most a few days before the rule's day (months clamp): the
// agenda is asked this much past the window so that a safe day inside it is not missed.
constexpr int kSafeDaySlack = 7;

std::string pick(Lang lang, const std::string& en, const std::string& nl) { return lang == Lang::Nl ? nl : en; }

std::string day(Date d, Lang lang) { return lang == Lang::Nl ? words::dateWords(d, lang) : d.iso(); }

std::string partyNames(const Timeline& t) {
  std::string out;
  for (const auto& m : t.members) out += (out.empty() ? "" : ", ") + (m.name.empty() ? m.party : m.name);
  return out;
}

// The words of what happens if nothing is done.
std::string ifNothingWords(const RadarItem& i, Lang lang) {
  switch (i.ifNothing) {
    case IfNothing::Renews:
      return pick(lang, "renews: in force from " + day(*i.from, lang) + " to " + day(*i.until, lang),
                  "wordt verlengd: van kracht van " + day(*i.from, lang) + " tot en met " + day(*i.until, lang));
    case IfNothing::Continues:
      return pick(lang, "continues: does not end on " + day(*i.from, lang),
                  "loopt door: eindigt niet op " + day(*i.from, lang));
    case IfNothing::Ends:
      return pick(lang, "ends: last day in force " + day(*i.until, lang),
                  "eindigt: laatste dag van kracht " + day(*i.until, lang));
    case IfNothing::EndsAnyway:
      return pick(lang, "ends anyway: last day in force " + day(*i.until, lang),
                  "eindigt hoe dan ook: laatste dag van kracht " + day(*i.until, lang));
    case IfNothing::HingesOn:
      return pick(lang, "depends on `" + i.event + "`, which the scenario does not record",
                  "hangt af van `" + i.event + "`, dat het scenario niet vastlegt");
    case IfNothing::Late: return pick(lang, "late from " + day(*i.from, lang), "te laat vanaf " + day(*i.from, lang));
    case IfNothing::Overruns:
      return pick(lang, "lasts too long from " + day(*i.from, lang), "duurt te lang vanaf " + day(*i.from, lang));
    case IfNothing::Lapses:
      return pick(lang, "the right lapses after " + day(*i.until, lang), "het recht vervalt na " + day(*i.until, lang));
  }
  return "";
}

class Items {
 public:
  Items(const Radar& r, const std::string& file, const Timeline& t, std::string party)
      : r_(r), t_(t), a_(*t.agreement), party_(std::move(party)) {
    lang_ = r.lang ? *r.lang : words::agreementLang(a_);
    base_.file = file;
    base_.agreement = a_.id;
    base_.title = a_.title.empty() ? a_.id : a_.title;
    base_.parties = partyNames(t);
    base_.lang = lang_;
  }

  void fromAgenda() {
    auto items = runtime::agenda(t_, r_.asOf, r_.until.plusDays(kSafeDaySlack), party_);
    for (const auto& i : items.items) {
      if (i.kind == "notice") {
        notice(i);
      } else if (r_.all && i.date <= r_.until) {
        RadarItem out = start(i.kind, i.clause, i.date);
        if (i.who) out.who = words::say(i.who, a_, lang_);
        out.rule = words::say(i.rule, a_, lang_);
        out.ifNothing = IfNothing::Late;
        out.from = i.date.plusDays(1);
        out.key += "|" + i.forLabel + "|" + i.due;
        add(std::move(out));
      }
    }
  }

  // Each renewal an evaluation decides, while the scenario records none for its period.
  void evaluations() {
    if (!a_.renewal || a_.renewal->condition == model::Renewal::Condition::None || !t_.chain || !t_.start) return;
    const auto& rn = *a_.renewal;
    auto first = t_.periodAt(std::max(r_.asOf, *t_.start));
    if (!first) return;
    for (long long k = *first; k < *first + 2000; ++k) {
      if (t_.maxPeriods && k >= *t_.maxPeriods) break;  // the last period is not renewed
      auto p = t_.period(k);
      if (!p.until) break;                            // ends beyond the calendar
      if (t_.end && t_.end->date <= *p.until) break;  // ends before (or at) the renewal anyway
      auto [due, basis] = runtime::evaluationDue(t_, k);
      (void)basis;
      if (due > r_.until) break;
      if (due < r_.asOf) continue;
      bool recorded = std::any_of(t_.events.begin(), t_.events.end(), [&](const runtime::EventOutcome& e) {
        return e.accepted && e.event.kind == rn.event.kind && p.from <= e.event.date && e.event.date < *p.until;
      });
      if (recorded) continue;
      RadarItem out = start("evaluation", rn.clause, due);
      out.rule = words::say(runtime::evaluationNotRecorded(t_, k), a_, lang_);
      if (rn.condition == model::Renewal::Condition::Unless) {
        renews(out, *p.until);
      } else {
        out.ifNothing = IfNothing::Ends;
        out.until = p.until->plusDays(-1);
      }
      out.key += "|period " + std::to_string(k);
      add(std::move(out));
    }
  }

  // The agreement's last day in force, when it lies in the window.
  void end() {
    if (!t_.end || t_.end->date == Date::min()) return;
    Date last = t_.end->date.plusDays(-1);
    if (last < r_.asOf || r_.until < last) return;
    RadarItem out = start("end", t_.end->clause, last);
    out.rule = words::say(t_.end->reason, a_, lang_);
    out.ifNothing = IfNothing::Ends;
    out.until = last;
    add(std::move(out));
  }

  // The last day of each instance the scenario started and has not ended: after its valid
  // extensions, so also the last day to extend it while extensions are left.
  void instances() {
    for (const auto& open : runtime::openInstances(t_)) {
      Date last = open.end.plusDays(-1);
      if (last < r_.asOf || r_.until < last) continue;
      if (t_.end && t_.end->date <= open.end) continue;  // the agreement ends first
      RadarItem out = start("instance", open.clause->id, last);
      runtime::Fact limit = runtime::fact(runtime::FactKind::InstanceLimit).with("duration", open.rule->maxLength);
      if (open.extensions && open.rule->extensionLength) {
        limit.with("extensions", open.extensions).with("extension", *open.rule->extensionLength);
      }
      long long left = open.rule->extensions - open.extensions;
      std::string limitWords = words::say(limit, a_, lang_);
      out.rule = pick(
          lang_,
          "`" + open.name + "`, started on " + day(open.start, lang_) + ": " + limitWords +
              (left > 0 ? "; " + std::to_string(left) + " extension(s) left, to be made by this day" : ""),
          "`" + open.name + "`, begonnen op " + day(open.start, lang_) + ": " + limitWords +
              (left > 0 ? "; nog " + std::to_string(left) + " verlenging(en) mogelijk, uiterlijk op deze dag" : ""));
      out.ifNothing = IfNothing::Overruns;
      out.from = open.end;
      out.key += "|" + open.name + "|" + open.start.iso();
      add(std::move(out));
    }
  }

  // A power usable only within a period after its event ("binnen drie maanden na de
  // ontvangst"): its last day, for each such event the scenario records.
  void powers() {
    for (const auto& p : a_.powers) {
      if (p.trigger.kind != model::Trigger::Kind::Event || !p.trigger.within) continue;
      if (!party_.empty() && !p.holders.mayAct(party_)) continue;
      for (const auto& e : t_.events) {
        if (!e.accepted || e.event.kind != p.trigger.event.kind) continue;
        if (!p.trigger.event.outcome.empty() && e.event.outcome != p.trigger.event.outcome) continue;
        auto closes = time::add(e.event.date, *p.trigger.within);
        if (closes.outOfRange || closes.date < r_.asOf || r_.until < closes.date) continue;
        RadarItem out = start("power", p.clause, closes.date);
        out.who = words::say(runtime::holdersFact(p.holders), a_, lang_);
        std::string act = model::actionName(p.action);
        out.rule =
            pick(lang_,
                 "may " + act + " " + words::say(runtime::triggerFact(p), a_, lang_) +
                     "; the event: " + day(e.event.date, lang_),
                 words::say(runtime::triggerFact(p), a_, lang_) + "; de gebeurtenis: " + day(e.event.date, lang_));
        out.ifNothing = IfNothing::Lapses;
        out.until = closes.date;
        out.key += "|" + act + "|" + e.event.date.iso() + "|" + e.event.name;
        add(std::move(out));
      }
    }
  }

  std::vector<RadarItem> take() { return std::move(items_); }

 private:
  RadarItem start(std::string kind, const std::string& clause, Date date) {
    RadarItem out = base_;
    out.kind = std::move(kind);
    out.clause = clause;
    if (const auto* c = a_.findClause(clause)) out.article = c->article;
    out.date = out.ruleDate = date;
    out.key = out.kind + "|" + clause;
    return out;
  }

  // Renewed on `renewal`: in force through the next period, or to the known end if sooner.
  void renews(RadarItem& out, Date renewal) {
    out.ifNothing = IfNothing::Renews;
    out.from = renewal;
    Date until = Date::max();
    if (auto k = t_.periodAt(renewal)) {
      auto next = t_.chain->endOf(*k);
      if (!next.outOfRange) until = next.date;
    }
    if (t_.end && t_.end->date < until) until = t_.end->date;
    out.until = until.plusDays(-1);
  }

  // A last day to give notice: the safe day leads (DESIGN.md, "before the end").
  void notice(const runtime::AgendaItem& i) {
    const auto* endArg = i.rule.arg("end");
    const auto* durationArg = i.rule.arg("duration");
    if (!endArg || !durationArg) return;
    const Date end = std::get<Date>(*endArg);
    const auto& duration = std::get<time::Duration>(*durationArg);
    const model::NoticeRule* rule = nullptr;
    for (const auto& n : a_.notices) {
      if (n.clause == i.clause && n.period == duration) rule = &n;
    }
    if (!rule) return;
    auto nd = runtime::noticeDay(a_, end, rule->period);
    Date safe = std::min(nd.safe, nd.latest);
    if (nd.latest < r_.asOf || r_.until < safe) return;
    RadarItem out = start("notice", i.clause, safe);
    out.ruleDate = nd.latest;
    out.safe = safe;
    if (nd.workingDay && !*nd.workingDay)
      out.notWorkingDay = lang_ == Lang::Nl ? nd.notWorkingDutch : nd.notWorkingBecause;
    if (i.who) out.who = words::say(i.who, a_, lang_);
    out.rule = words::say(i.rule, a_, lang_);
    out.key += "|" + end.iso();
    if (rule->calendar) {
      out.ifNothing = IfNothing::Continues;
      out.from = end;
    } else if (t_.end && t_.end->date <= end) {
      out.ifNothing = IfNothing::EndsAnyway;
      out.until = t_.end->date.plusDays(-1);
    } else if (t_.uncertain && t_.uncertain->from <= end) {
      out.ifNothing = IfNothing::HingesOn;
      out.event = t_.uncertain->event;
    } else {
      renews(out, end);
    }
    add(std::move(out));
  }

  void add(RadarItem item) {
    item.ifNothingText = ifNothingWords(item, lang_);
    items_.push_back(std::move(item));
  }

  const Radar& r_;
  const Timeline& t_;
  const model::Agreement& a_;
  std::string party_;
  Lang lang_ = Lang::En;
  RadarItem base_;
  std::vector<RadarItem> items_;
};

}  // namespace

const char* ifNothingCode(IfNothing what) {
  switch (what) {
    case IfNothing::Renews: return "renews";
    case IfNothing::Continues: return "continues";
    case IfNothing::Ends: return "ends";
    case IfNothing::EndsAnyway: return "ends_anyway";
    case IfNothing::HingesOn: return "hinges_on";
    case IfNothing::Late: return "late";
    case IfNothing::Overruns: return "overruns";
    case IfNothing::Lapses: return "lapses";
  }
  return "";
}

void sortRadar(std::vector<RadarItem>& items) {
  std::sort(items.begin(), items.end(), [](const RadarItem& a, const RadarItem& b) {
    return std::tie(a.date, a.file, a.article, a.clause, a.kind, a.ruleDate, a.key) <
           std::tie(b.date, b.file, b.article, b.clause, b.kind, b.ruleDate, b.key);
  });
}

std::string radarUid(const RadarItem& item) {
  // FNV-1a, 64 bits: stable across runs, platforms and versions of the standard library
  // (std::hash is not).
  std::uint64_t h = 14695981039346656037ULL;
  auto mix = [&](const std::string& s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xFF;  // a separator no UTF-8 text holds
    h *= 1099511628211ULL;
  };
  mix(item.agreement);
  mix(item.key);
  mix(item.ruleDate.iso());
  return fmt::format("{:016x}@radar.agree.invalid", h);
}

std::vector<RadarItem> radarItems(const Radar& radar, const std::string& file, const Timeline& timeline,
                                  const std::string& party) {
  Items items(radar, file, timeline, party);
  items.fromAgenda();
  items.evaluations();
  items.end();
  items.instances();
  items.powers();
  return items.take();
}

Outcome runRadar(const Radar& radar, const Report& report, std::vector<RadarItem>& items) {
  std::mutex lock;
  auto answer = [&](const std::string& file, const Timeline& timeline, const runtime::RowSink&) {
    std::string party;
    if (radar.batch.party) {
      auto id = runtime::findParty(timeline, *radar.batch.party);
      if (!id) return false;
      party = *id;
    }
    auto mine = radarItems(radar, file, timeline, party);
    std::lock_guard<std::mutex> hold(lock);
    for (auto& i : mine) items.push_back(std::move(i));
    return true;
  };
  return runBatch(radar.batch, answer, {[](std::string_view) { return true; }, report});
}

}  // namespace agree::portfolio
