#include <algorithm>
#include <cctype>

#include "model/lowering.h"

namespace agree::model {

const std::vector<EventKind>& builtInEventKinds() {
  static const std::vector<EventKind> kinds = {
      {"signing", "the agreement is signed", true, "signing"},
      {"notice", "a party gives notice of termination under a notice rule", true, "notice"},
      {"terminate", "a party terminates under a power", true, "termination"},
      {"dissolve", "a party dissolves the agreement under a power", true, "dissolution"},
      {"withdraw", "a party withdraws from the agreement", true, "withdrawal"},
      {"expel", "the parties end the cooperation with one party", true, "expulsion"},
      {"accede", "a new party accedes (addendum)", true, "accession"},
      {"bankruptcy", "a party is declared bankrupt", true, "bankruptcy"},
      {"change_of_control", "control of a party changes", true, "change of control"},
      {"default_notice", "a party is given notice of default", true, "notice of default"},
      {"force_majeure_start", "force majeure starts for a party", true, "start of force majeure"},
      {"force_majeure_end", "force majeure ends for a party", true, "end of force majeure"},
      {"evaluation", "an evaluation with an outcome (positive or negative)", true, "evaluation"},
      {"data_breach_detected", "a (suspected) personal data breach is established", true, "detection of a data breach"},
      {"amendment", "the agreement is amended", true, "amendment"},
      {"done", "a party performs a duty under a clause (for violations: late or not)", true, "performance"},
      {"client_exchange_started", "a client exchange starts (name: the client or the exchange)", true,
       "start of a client exchange"},
      {"client_exchange_extended", "a client exchange is extended (name: the same)", true,
       "extension of a client exchange"},
      {"client_exchange_ended", "a client exchange ends (name: the same)", true, "end of a client exchange"},
  };
  return kinds;
}

std::vector<std::string> eventNames(const Agreement& a) {
  std::vector<std::string> names;
  for (const auto& k : a.eventKinds) names.push_back(k.id);
  return names;
}

const std::vector<std::string>& builtInStates() {
  static const std::vector<std::string> states = {"force_majeure"};
  return states;
}

SourceRef Lowering::ref(source::Span span) const {
  const auto& f = sources_.file(span.file);
  auto p = f.position(span.begin);
  return SourceRef{f.path(), static_cast<int>(p.line), static_cast<int>(p.column)};
}

bool Lowering::knownEventKind(const std::string& kind, const Agreement& agreement) const {
  return std::any_of(agreement.eventKinds.begin(), agreement.eventKinds.end(),
                     [&](const EventKind& k) { return k.id == kind; });
}

namespace {
std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t prev = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cur = row[j];
      std::size_t sub = prev + (std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1);
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, sub});
      prev = cur;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string Lowering::suggest(const std::string& name, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t bestDistance = std::max<std::size_t>(2, name.size() / 3) + 1;
  for (const auto& c : candidates) {
    std::size_t d = editDistance(name, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best.empty() ? "" : "did you mean `" + best + "`?";
}

}  // namespace agree::model
