// The sentences of `agree explain`, one function per construct of the language; one
// implementation per language (explain_en.cpp, explain_nl.cpp). Each returns a whole sentence.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/model.h"
#include "words/lang.h"

namespace agree::explain {

class Sentences {
 public:
  virtual ~Sentences() = default;

  virtual std::string headerHeading() const = 0;
  virtual std::string clauseLabel(const std::string& id) const = 0;  // "Art. 16.2"
  virtual std::string untitledAgreement() const = 0;

  // The header.
  virtual std::string party(const model::Party& party) const = 0;
  virtual std::string group(const model::Group& group) const = 0;
  virtual std::string body(const model::Body& body) const = 0;
  virtual std::string signing() const = 0;
  virtual std::string governingLaw(const std::string& law) const = 0;
  virtual std::string enforceable(bool enforceable) const = 0;

  // The agreement's life; each rule is explained at the clause it came from.
  virtual std::string start() const = 0;
  // The start, the term and, when written in the same clause, the renewal and the notice
  // before a term's end, in one sentence ("takes effect on ..., runs ... unless ...").
  virtual std::string term(const model::Renewal* renewal, const model::NoticeRule* notice) const = 0;
  virtual std::string renewal(const model::Renewal& renewal) const = 0;
  virtual std::string notice(const model::NoticeRule& notice) const = 0;
  virtual std::string power(const model::Power& power) const = 0;
  virtual std::string accession(const model::Accession& accession) const = 0;

  // A clause's own fields.
  virtual std::string clauseKind(const model::Clause& clause) const = 0;
  virtual std::string deadline(const model::Deadline& deadline) const = 0;
  virtual std::string schedule(const model::Schedule& schedule) const = 0;
  virtual std::string cap(const model::Cap& cap) const = 0;
  virtual std::string instance(const model::InstanceRule& instance) const = 0;
  virtual std::string appliesFor(const model::Duration& period) const = 0;
  virtual std::string appliesAfterEnd() const = 0;
  virtual std::string appliesIn(const std::vector<model::YearWindow>& windows) const = 0;
  // This clause survives the end; `others` are the clauses besides it that say so.
  virtual std::string survival(const model::Survival& survival, const std::vector<std::string>& others) const = 0;
  // This clause makes `clauses` survive the end.
  virtual std::string survivalOf(const std::vector<std::string>& clauses, const model::Survival& survival) const = 0;
};

std::unique_ptr<Sentences> englishSentences(const model::Agreement& agreement);
std::unique_ptr<Sentences> dutchSentences(const model::Agreement& agreement);
std::unique_ptr<Sentences> sentencesFor(words::Lang lang, const model::Agreement& agreement);

}  // namespace agree::explain
