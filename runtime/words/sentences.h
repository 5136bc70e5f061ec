// The sentences, split by domain: the answers (bound, timeline, explanations), the agenda and
// violations, the diff; one file per domain and language (sentences_{en,nl}_{answers,agenda,diff}.cpp).
//
// A missing sentence stays a compile error. Each domain's kinds are listed in their own file
// (facts/fact_kinds_{answers,agenda,diff}.def) and make up their own enum here; each sentence
// file switches over its domain's enum with no `default`, so a kind without a case does not
// compile (-Wswitch, an error under -Werror). sentences.cpp routes a FactKind to its domain
// with a switch generated from the same lists, so no kind can be routed to the wrong domain or
// to none.
#pragma once

namespace agree::words {

enum class AnswerFact {
#define AGREE_FACT(name, args) name,
#include "facts/fact_kinds_answers.def"
#undef AGREE_FACT
};

enum class AgendaFact {
#define AGREE_FACT(name, args) name,
#include "facts/fact_kinds_agenda.def"
#undef AGREE_FACT
};

enum class DiffFact {
#define AGREE_FACT(name, args) name,
#include "facts/fact_kinds_diff.def"
#undef AGREE_FACT
};

const char* answersSentenceEn(AnswerFact kind);
const char* agendaSentenceEn(AgendaFact kind);
const char* diffSentenceEn(DiffFact kind);

const char* answersSentenceNl(AnswerFact kind);
const char* agendaSentenceNl(AgendaFact kind);
const char* diffSentenceNl(DiffFact kind);

}  // namespace agree::words
