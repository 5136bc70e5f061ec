// A fact kind to its domain's sentence (words/sentences.h): one case per kind, generated from
// the domain lists, so every kind reaches the switch of its own domain.
#include "words/sentences.h"

#include "words/say.h"

namespace agree::words {

namespace {

struct Sentences {
  const char* (*answers)(AnswerFact);
  const char* (*agenda)(AgendaFact);
  const char* (*diff)(DiffFact);
};

const char* route(runtime::FactKind kind, const Sentences& s) {
  using K = runtime::FactKind;
  switch (kind) {
    case K::None: return "";
#define AGREE_FACT(name, args) \
  case K::name:                \
    return s.answers(AnswerFact::name);
#include "facts/fact_kinds_answers.def"
#undef AGREE_FACT
#define AGREE_FACT(name, args) \
  case K::name:                \
    return s.agenda(AgendaFact::name);
#include "facts/fact_kinds_agenda.def"
#undef AGREE_FACT
#define AGREE_FACT(name, args) \
  case K::name:                \
    return s.diff(DiffFact::name);
#include "facts/fact_kinds_diff.def"
#undef AGREE_FACT
  }
  return "";
}

}  // namespace

const char* sentenceTemplateEn(runtime::FactKind kind) {
  return route(kind, {answersSentenceEn, agendaSentenceEn, diffSentenceEn});
}

const char* sentenceTemplateNl(runtime::FactKind kind) {
  return route(kind, {answersSentenceNl, agendaSentenceNl, diffSentenceNl});
}

}  // namespace agree::words
