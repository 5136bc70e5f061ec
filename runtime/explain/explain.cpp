// Facts: which rules each clause carries. The words come from the language's Sentences.
#include <algorithm>
#include <unordered_set>

#include "words/say.h"
#include "explain/explanation.h"
#include "explain/sentences.h"

namespace agree::explain {

namespace {

bool survivesSame(const model::Survival& a, const model::Survival& b) {
  return a.period == b.period && a.untilEvent == b.untilEvent;
}

void addIf(std::vector<std::string>& out, std::string sentence) {
  // A name that ends in a period ("& Zn.") ends the sentence too.
  if (sentence.size() >= 2 && sentence.ends_with("..") && !sentence.ends_with("...")) sentence.pop_back();
  if (!sentence.empty()) out.push_back(std::move(sentence));
}

// The notice that stops a renewal: said with the term ("unless a party gives notice ...").
const model::NoticeRule* termNotice(const model::Agreement& a) {
  if (a.term.kind != model::Term::Kind::Renewing) return nullptr;
  for (const auto& n : a.notices) {
    if (n.beforeTermEnd && !n.calendar) return &n;
  }
  return nullptr;
}

// The agreement-wide rules (start, term, renewal, notices, powers, accession) written in `id`.
std::vector<std::string> rulesOf(const model::Agreement& a, const Sentences& say, const std::string& id) {
  std::vector<std::string> out;
  const model::Renewal* renewal = a.renewal && a.renewal->clause == id ? &*a.renewal : nullptr;
  bool hasTerm = a.term.clause == id;
  const model::NoticeRule* stop = termNotice(a);
  const model::NoticeRule* said = hasTerm && stop && stop->clause == id ? stop : nullptr;
  if (a.start.clause == id && !(hasTerm && a.start.clause == a.term.clause)) addIf(out, say.start());
  if (hasTerm) addIf(out, say.term(renewal, said));
  if (a.renewal && a.renewal->clause == id && !hasTerm) addIf(out, say.renewal(*a.renewal));
  for (const auto& n : a.notices) {
    if (n.clause == id && &n != said) addIf(out, say.notice(n));
  }
  for (const auto& p : a.powers) {
    if (p.clause == id) addIf(out, say.power(p));
  }
  if (a.accession && a.accession->clause == id) addIf(out, say.accession(*a.accession));
  return out;
}

// Clauses that survive by this clause's word, grouped by how long they survive.
std::vector<std::string> survivalDeclared(const model::Agreement& a, const Sentences& say, const std::string& id) {
  std::vector<std::pair<model::Survival, std::vector<std::string>>> groups;
  for (const auto& c : a.clauses) {
    if (c.id == id || !c.survival) continue;
    const auto& basis = c.survival->basis;
    if (std::find(basis.begin(), basis.end(), id) == basis.end()) continue;
    auto g =
        std::find_if(groups.begin(), groups.end(), [&](const auto& x) { return survivesSame(x.first, *c.survival); });
    if (g == groups.end()) {
      groups.push_back({*c.survival, {c.id}});
    } else {
      g->second.push_back(c.id);
    }
  }
  std::vector<std::string> out;
  for (const auto& [survival, ids] : groups) addIf(out, say.survivalOf(ids, survival));
  return out;
}

bool hasRules(const model::Agreement& a, const std::string& id) {
  auto here = [&](const auto& rule) { return rule.clause == id; };
  return a.start.clause == id || a.term.clause == id || (a.renewal && a.renewal->clause == id) ||
         std::any_of(a.notices.begin(), a.notices.end(), here) || std::any_of(a.powers.begin(), a.powers.end(), here) ||
         (a.accession && a.accession->clause == id);
}

ClauseExplanation explainClause(const model::Agreement& a, const Sentences& say, const model::Clause& c) {
  ClauseExplanation out{c.id, say.clauseLabel(c.id), {}, c.text};
  auto rules = rulesOf(a, say, c.id);
  auto declared = survivalDeclared(a, say, c.id);
  // A provision or power that carries rules is said by them; otherwise its kind is the news.
  bool saidByRules = (c.kind == model::ClauseKind::Provision || c.kind == model::ClauseKind::Power) &&
                     (hasRules(a, c.id) || !declared.empty());
  if (!saidByRules) addIf(out.sentences, say.clauseKind(c));
  for (const auto& d : c.deadlines) addIf(out.sentences, say.deadline(d));
  for (const auto& s : c.schedules) addIf(out.sentences, say.schedule(s));
  for (const auto& cap : c.caps) addIf(out.sentences, say.cap(cap));
  for (const auto& i : c.instances) addIf(out.sentences, say.instance(i));
  if (c.appliesFor) addIf(out.sentences, say.appliesFor(*c.appliesFor));
  if (c.afterEnd) addIf(out.sentences, say.appliesAfterEnd());
  if (!c.appliesIn.empty()) addIf(out.sentences, say.appliesIn(c.appliesIn));
  if (c.survival) {
    const auto& basis = c.survival->basis;
    bool ownWord = basis.empty() || std::find(basis.begin(), basis.end(), c.id) != basis.end();
    std::vector<std::string> others;
    for (const auto& b : basis) {
      if (b != c.id) others.push_back(b);
    }
    if (ownWord || !others.empty()) addIf(out.sentences, say.survival(*c.survival, others));
  }
  out.sentences.insert(out.sentences.end(), rules.begin(), rules.end());
  out.sentences.insert(out.sentences.end(), declared.begin(), declared.end());
  if (out.sentences.empty()) addIf(out.sentences, say.clauseKind(c));
  return out;
}

std::vector<std::string> header(const model::Agreement& a, const Sentences& say) {
  std::vector<std::string> out;
  for (const auto& p : a.parties) addIf(out, say.party(p));
  for (const auto& g : a.groups) addIf(out, say.group(g));
  for (const auto& b : a.bodies) addIf(out, say.body(b));
  addIf(out, say.signing());
  // The start and term as the agreement as a whole has them, whichever clause says so.
  addIf(out, say.term(a.renewal ? &*a.renewal : nullptr, termNotice(a)));
  if (!a.governingLaw.empty()) addIf(out, say.governingLaw(a.governingLaw));
  if (a.enforceable) addIf(out, say.enforceable(*a.enforceable));
  return out;
}

}  // namespace

words::Lang defaultLang(const model::Agreement& agreement) { return words::agreementLang(agreement); }

Explanation explain(const model::Agreement& a, words::Lang lang) {
  auto say = sentencesFor(lang, a);
  Explanation out;
  out.lang = lang;
  out.title = a.title.empty() ? say->untitledAgreement() : a.title;
  out.headerHeading = say->headerHeading();
  out.header = header(a, *say);
  std::unordered_set<std::string> placed;
  for (const auto& article : a.articles) {
    ArticleExplanation ae{article.id, say->clauseLabel(article.id), article.title, article.text, {}};
    for (const auto& id : article.clauses) {
      if (const auto* c = a.findClause(id)) {
        ae.clauses.push_back(explainClause(a, *say, *c));
        placed.insert(id);
      }
    }
    out.articles.push_back(std::move(ae));
  }
  // Clauses outside any article (none in the examples), so nothing is left unexplained.
  ArticleExplanation rest;
  for (const auto& c : a.clauses) {
    if (!placed.count(c.id)) rest.clauses.push_back(explainClause(a, *say, c));
  }
  if (!rest.clauses.empty()) out.articles.push_back(std::move(rest));
  return out;
}

}  // namespace agree::explain
