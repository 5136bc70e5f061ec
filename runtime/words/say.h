// Facts into sentences: the one place the engine's findings become words. Each language has
// one template per fact kind, in one file per domain: sentences_{en,nl}_answers.cpp (bound,
// timeline, explanations), _agenda.cpp (agenda and violations), _diff.cpp (words/sentences.h).
//
// Template syntax: `{name}` is the argument `name`, written as the language writes its type
// (a date "2027-11-01" / "1 november 2027", a party by its short name, a clause as "art. 16.2",
// an event kind by its label, a nested fact as its own sentence); `[name|text]` is `text` only
// when the argument is present, `[!name|text]` only when it is absent.
#pragma once

#include <string>

#include "facts/fact.h"
#include "model/model.h"
#include "words/lang.h"

namespace agree::words {

std::string say(const runtime::Fact& fact, const model::Agreement& agreement, Lang lang = Lang::En);

// The template of a kind in a language (never null; every kind has one in every language).
const char* sentenceTemplate(runtime::FactKind kind, Lang lang);
const char* sentenceTemplateEn(runtime::FactKind kind);
const char* sentenceTemplateNl(runtime::FactKind kind);

// How answers name a party (its short name, else its legal name; groups and bodies by name).
std::string partyWords(const model::Agreement& agreement, const std::string& party);
// "in writing" / "schriftelijk".
std::string formWords(model::Form form, Lang lang);
// An event kind by its label: the agreement's own label, a built-in kind's label in the
// language, else the id with spaces for underscores.
std::string eventKindWords(const model::Agreement& agreement, const std::string& kind, Lang lang);
// An event's outcome: a built-in one in the language ("negative" / "negatief"), any other as
// the agreement writes it.
std::string outcomeWords(const std::string& outcome, Lang lang);
// An act by its verb: "terminate" / "beëindigen".
std::string actWords(const std::string& kind, Lang lang);
// The language an agreement's answers default to: its `language` header, else English.
Lang agreementLang(const model::Agreement& agreement);
// "duty" / "verplichting".
std::string clauseKindWords(model::ClauseKind kind, Lang lang);
// "calendar year" / "kalenderjaar".
std::string calendarUnitWords(model::CalendarAnchor::Unit unit, Lang lang);

}  // namespace agree::words
