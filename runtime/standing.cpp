#include "standing.h"

namespace agree::runtime {

const char* verdictName(Verdict v) {
  switch (v) {
    case Verdict::Yes: return "yes";
    case Verdict::No: return "no";
    case Verdict::Depends: return "depends";
  }
  return "?";
}

PartyStanding::PartyStanding(const Timeline& t, const std::string& party) : t_(t), member_(t.member(party)) {
  if (t.end) {
    end_ = t.end->date;
    endReason_ = t.end->reason;
  }
  if (member_ && member_->until && (!end_ || *member_->until < *end_)) {
    end_ = member_->until;
    endReason_ = member_->untilReason;
  }
  for (const auto& c : t.agreement->clauses) {
    if (!model::binds(c.kind) || !c.holders.includes(party)) continue;
    if (c.afterEnd) {  // binds only from the end on
      surviving_.push_back(&c);
      if (c.survival && c.survival->limited()) survivalLimited_ = true;
      continue;
    }
    binding_.push_back(&c);
    if (!c.appliesIn.empty()) {
      seasonal_ = true;  // binds on some days only: neither for the whole term nor until a day
    } else if (auto until = clauseEnd(c)) {
      if (!limitedUntil_ || *limitedUntil_ < *until) limitedUntil_ = until;
    } else {
      ++unlimited_;
    }
    if (c.survival) {
      surviving_.push_back(&c);
      if (c.survival->limited()) survivalLimited_ = true;
    }
  }
}

Standing PartyStanding::at(Date d) const {
  Standing s;
  if (auto n = t_.periodAt(d)) s.periodIndex = n;
  if (!t_.start || !member_ || !member_->from) {
    s.phase = Standing::Phase::StartUnknown;
    s.verdict = Verdict::Depends;
    return s;
  }
  if (d < *member_->from) {
    s.phase = Standing::Phase::NotYet;
    s.inForce = false;
    return s;
  }
  bool beforeEnd = !end_ || d < *end_;
  bool uncertain = t_.uncertain && d >= t_.uncertain->from && beforeEnd;
  if (beforeEnd && !uncertain) {
    s.phase = Standing::Phase::InForce;
    s.inForce = true;
    s.clauseSet = Standing::ClauseSet::AllBinding;
    bool yes = unlimited_ > 0 || (limitedUntil_ && d < *limitedUntil_);
    if (!yes && seasonal_) yes = !clausesOn(s, d).empty();
    s.verdict = yes ? Verdict::Yes : Verdict::No;
    return s;
  }
  s.endDate = uncertain ? t_.uncertain->from : *end_;
  s.clauseSet = survivalLimited_ ? Standing::ClauseSet::SurvivingLimited : Standing::ClauseSet::Surviving;
  if (uncertain) s.phase = Standing::Phase::Uncertain;
  bool anySurvivor = !clausesOn(s, d).empty();
  if (uncertain) {
    // Either still in force, or ended at the uncertain point and surviving: a surviving
    // clause binds either way.
    s.phase = Standing::Phase::Uncertain;
    s.verdict = anySurvivor ? Verdict::Yes : Verdict::Depends;
    return s;
  }
  s.phase = Standing::Phase::Ended;
  s.inForce = false;
  // A party that left before the agreement's end: the agreement goes on for the others
  // (DESIGN.md, "Membership"), so it is still in force on d, though it no longer binds the party.
  if (member_->until && *end_ == *member_->until && (!t_.end || *member_->until < t_.end->date)) {
    s.left = true;
    if (t_.end && d >= t_.end->date) {
      s.inForce = false;
    } else if (t_.uncertain && d >= t_.uncertain->from) {
      s.inForce = std::nullopt;
    } else {
      s.inForce = true;
    }
  }
  s.survivingOnly = anySurvivor;
  s.verdict = anySurvivor ? Verdict::Yes : Verdict::No;
  if (!anySurvivor) s.clauseSet = Standing::ClauseSet::None;
  return s;
}

std::optional<Date> PartyStanding::clauseEnd(const model::Clause& c) const {
  if (!c.appliesFor || !t_.start) return std::nullopt;
  auto shifted = time::add(*t_.start, *c.appliesFor);
  // Past 9999-12-31 the clause binds to the end of the calendar: never a clamped last day.
  if (shifted.outOfRange) return std::nullopt;
  return shifted.date;
}

std::optional<Date> PartyStanding::survivalEnd(const model::Clause& c, Date end) const {
  if (!c.survival) return end;
  if (c.survival->period) {
    auto shifted = time::add(end, *c.survival->period);
    if (shifted.outOfRange) return std::nullopt;  // as in clauseEnd: binds to the calendar's end
    return shifted.date;
  }
  if (c.survival->untilEvent.empty()) return std::nullopt;
  // "totdat de liquidatie is beëindigd": the first such event on or after the end ends it.
  for (const auto& e : t_.events) {
    if (e.accepted && e.event.kind == c.survival->untilEvent && e.event.date >= end) return e.event.date;
  }
  return std::nullopt;
}

std::vector<const model::Clause*> PartyStanding::clausesOn(const Standing& s, Date d) const {
  switch (s.clauseSet) {
    case Standing::ClauseSet::None: return {};
    case Standing::ClauseSet::AllBinding: {
      if (!limitedUntil_ && !seasonal_) return binding_;
      std::vector<const model::Clause*> out;
      for (const auto* c : binding_) {
        auto until = clauseEnd(*c);
        if ((!until || d < *until) && windowAround(*c, d)) out.push_back(c);
      }
      return out;
    }
    case Standing::ClauseSet::Surviving:
    case Standing::ClauseSet::SurvivingLimited: {
      std::vector<const model::Clause*> out;
      for (const auto* c : surviving_) {
        // While it is uncertain whether the agreement ended, a duty after the end binds in
        // neither case it could be: only surviving clauses bind either way.
        if (c->afterEnd && s.phase == Standing::Phase::Uncertain) continue;
        auto until = survivalEnd(*c, *s.endDate);
        if ((!until || d < *until) && windowAround(*c, d)) out.push_back(c);
      }
      return out;
    }
  }
  return {};
}

std::optional<time::Interval> PartyStanding::windowAround(const model::Clause& c, Date d) const {
  if (c.appliesIn.empty()) return time::Interval{d, d.plusDays(1)};
  for (const auto& w : c.appliesIn) {
    if (auto y = w.yearAround(d)) return time::Interval{*w.opens(*y), w.closes(*y)->plusDays(1)};
  }
  return std::nullopt;
}

std::optional<Date> PartyStanding::nextWindowOpens(const model::Clause& c, Date d) const {
  std::optional<Date> first;
  for (const auto& w : c.appliesIn) {
    for (int y : {d.year(), d.year() + 1}) {
      auto opens = w.opens(y);
      if (opens && d < *opens && (!first || *opens < *first)) first = opens;
    }
  }
  return first;
}

}  // namespace agree::runtime
