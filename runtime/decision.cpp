#include "decision.h"

#include <algorithm>

#include "cite.h"

namespace agree::runtime {

std::string decisionProblem(const model::Holders& holders, const model::Event& act, const Timeline& t,
                            const std::string& clause) {
  if (holders.kind != model::Holders::Kind::Decision || !holders.decision) return "";
  const auto& a = *t.agreement;
  const auto& d = *holders.decision;
  const model::Group* group = a.findGroup(d.group);
  if (!group) return "";
  // The members on the day: a member that has left no longer votes or counts.
  std::vector<std::string> members;
  for (const auto& m : group->members) {
    const Membership* ms = t.member(m);
    bool left = ms && ms->until && *ms->until <= act.date;
    if (!left) members.push_back(m);
  }
  const long long n = static_cast<long long>(members.size());
  const long long needed = d.required(n);
  const std::string who = group->name.empty() ? group->id : group->name;
  const std::string rule =
      art(clause) + " needs a decision of " + who + " by " + d.thresholdText() +
      (d.threshold == model::Decision::Threshold::Unanimity ? "" : ": at least " + std::to_string(needed)) +
      " of its " + std::to_string(n) + " members in favour";
  long long inFavour = 0;
  if (!act.votesFor.empty()) {
    for (const auto& v : act.votesFor) {
      if (std::find(members.begin(), members.end(), v) == members.end()) {
        return partyLabel(a, v) + " is no longer a member of " + who + " on " + act.date.iso() + " and cannot vote";
      }
      ++inFavour;
    }
  } else if (act.votesCount) {
    inFavour = *act.votesCount;
  }
  if (inFavour < needed) {
    return "the decision of " + act.date.iso() + " had " + std::to_string(inFavour) + " in favour; " + rule;
  }
  for (const auto& must : d.including) {
    if (act.votesFor.empty()) {
      return rule + ", including " + partyLabel(a, must) +
             "; the scenario gives only a count, so that cannot be checked: "
             "list the members in favour (`votes a, b, c`)";
    }
    if (std::find(act.votesFor.begin(), act.votesFor.end(), must) == act.votesFor.end()) {
      return rule + ", including " + partyLabel(a, must) + ", which did not vote in favour";
    }
  }
  return "";
}

}  // namespace agree::runtime
