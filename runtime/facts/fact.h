// A fact the engine establishes: a kind and its typed arguments (dates, durations, party and
// clause ids, event kinds, nested facts), never a sentence. The words layer (runtime/words)
// turns a fact into a sentence in the reader's language; JSON keeps the fact's kind and
// arguments beside that sentence, so no tool has to parse prose.
//
// The kinds and the names of their arguments are listed once, in fact_kinds.def; each
// language file of the words layer has one template per kind (a missing one is a compile
// error), and a unit test checks that every template names only arguments its kind declares.
#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "model/model.h"
#include "time/date.h"
#include "time/duration.h"

namespace agree::runtime {

enum class FactKind {
  None,
#define AGREE_FACT(name, args) name,
#include "facts/fact_kinds.def"
#undef AGREE_FACT
};

// "NoticeInTime": the kind's name as JSON writes it.
const char* factKindName(FactKind kind);
// "party date deadline": the names of the arguments a kind's templates may use.
const char* factArgNames(FactKind kind);
std::vector<FactKind> allFactKinds();

struct PartyRef {
  std::string id;
};
struct ClauseRef {
  std::string id;
};
struct EventKindRef {
  std::string kind;
};
struct Ordinal {
  long long n = 0;
};
// The unit of a calendar period a notice runs against: year, quarter, month.
struct CalendarUnitRef {
  model::CalendarAnchor::Unit unit;
};
// A month, by its first day ("March 2026" / "maart 2026").
struct MonthRef {
  time::Date first;
};
// A day of the year, without the year ("1 March" / "1 maart").
struct DayOfYear {
  unsigned month = 1;
  unsigned day = 1;
};
// An act a scenario event names (notice, terminate, ...): "terminate" / "beëindigen".
struct ActRef {
  std::string kind;
};
// Words a user wrote (a name, a group's written holders): shown as written.
struct Verbatim {
  std::string text;
};
// An event's outcome as the model holds it ("negative"): a built-in one in the answer's
// language ("negatief"), any other as written. JSON writes the id.
struct OutcomeRef {
  std::string id;
};
// Why a day is not a working day, as the calendar names it: "Koningsdag (King's Day); zaterdag
// (Saturday)" (English answers and JSON) and "Koningsdag; zaterdag" (Dutch answers).
struct DayName {
  std::string bilingual;
  std::string dutch;
};

class Fact;
using FactValue = std::variant<time::Date, time::DateTime, time::Duration, PartyRef, ClauseRef, EventKindRef,
                               model::Form, long long, Ordinal, CalendarUnitRef, MonthRef, DayOfYear, ActRef, Verbatim,
                               OutcomeRef, DayName, std::shared_ptr<const Fact>>;

struct FactArg {
  const char* name;  // a literal: argument names are written in the code, never computed
  FactValue value;
};

class Fact {
 public:
  Fact() = default;
  explicit Fact(FactKind kind) : kind_(kind) {}

  FactKind kind() const { return kind_; }
  const std::vector<FactArg>& args() const { return args_; }
  explicit operator bool() const { return kind_ != FactKind::None; }
  // The argument called `name`, or nullptr.
  const FactValue* arg(std::string_view name) const;

  Fact& with(const char* name, FactValue value) &;
  Fact&& with(const char* name, FactValue value) &&;
  // A nested fact; an empty one is left out (so `[name|...]` sections drop).
  Fact& with(const char* name, Fact fact) &;
  Fact&& with(const char* name, Fact fact) &&;

 private:
  FactKind kind_ = FactKind::None;
  std::vector<FactArg> args_;
};

inline Fact fact(FactKind kind) { return Fact(kind); }

}  // namespace agree::runtime
