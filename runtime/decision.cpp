#include "decision.h"

#include <algorithm>

#include "cite.h"

namespace agree::runtime {

Fact decisionProblem(const model::Holders& holders, const model::Event& act, const Timeline& t,
                     const std::string& clause) {
  if (holders.kind != model::Holders::Kind::Decision || !holders.decision) return {};
  const auto& a = *t.agreement;
  const auto& d = *holders.decision;
  const model::Group* group = a.findGroup(d.group);
  if (!group) return {};
  // The members on the day: a member that has left no longer votes or counts.
  std::vector<std::string> members;
  for (const auto& m : group->members) {
    const Membership* ms = t.member(m);
    bool left = ms && ms->until && *ms->until <= act.date;
    if (!left) members.push_back(m);
  }
  const long long n = static_cast<long long>(members.size());
  const long long needed = d.required(n);
  const Verbatim who{group->name.empty() ? group->id : group->name};
  Fact rule = fact(FactKind::DecisionRule)
                  .with("clause", ClauseRef{clause})
                  .with("group", who)
                  .with("threshold", thresholdFact(d))
                  .with("n", n);
  if (d.threshold != model::Decision::Threshold::Unanimity) rule.with("needed", needed);
  long long inFavour = 0;
  if (!act.votesFor.empty()) {
    for (const auto& v : act.votesFor) {
      if (std::find(members.begin(), members.end(), v) == members.end()) {
        return fact(FactKind::NoLongerMember).with("party", PartyRef{v}).with("group", who).with("date", act.date);
      }
      ++inFavour;
    }
  } else if (act.votesCount) {
    inFavour = *act.votesCount;
  }
  if (inFavour < needed) {
    return fact(FactKind::TooFewInFavour).with("date", act.date).with("votes", inFavour).with("rule", rule);
  }
  for (const auto& must : d.including) {
    if (act.votesFor.empty()) {
      return fact(FactKind::IncludingUnchecked).with("rule", rule).with("party", PartyRef{must});
    }
    if (std::find(act.votesFor.begin(), act.votesFor.end(), must) == act.votesFor.end()) {
      return fact(FactKind::IncludingMissing).with("rule", rule).with("party", PartyRef{must});
    }
  }
  return {};
}

}  // namespace agree::runtime
