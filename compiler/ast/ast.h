// The AST: what the user wrote, as plain types with spans. Names are not resolved here
// (a PartyRef is a written name); resolution and checks produce the model (compiler/model/).
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "source/span.h"
#include "time/date.h"
#include "time/duration.h"

namespace agree::ast {

using source::Span;

// A name as written. Inside a template's body it may be a parameter: "$notice".
struct Name {
  std::string text;
  Span span;
  bool isParam() const { return !text.empty() && text[0] == '$'; }
};

struct Text {
  std::string value;  // escapes resolved, adjacent strings joined
  Span span;
};

struct ArticleRef {
  std::string id;  // "16.2", "5", "Bijlage 1, Werkafspraak 2.1"; "$x" for a template parameter
  Span span;
  bool isParam() const { return !id.empty() && id[0] == '$'; }
};

// Dates are checked while building: an impossible date is reported there and left out.
struct DateLit {
  time::Date value;
  Span span;
};

struct DurationLit {
  time::Duration value;
  Span span;
  std::string param;  // "$period" inside a template's body: filled in when the template is used
};

// One signature: `signed 2021-08-18 at "Hoorn"`, or one per party (`signed 2019-03-01 by a`).
struct Signature {
  std::optional<DateLit> day;
  std::optional<DateLit> month;  // `signed 2019-02`: the first day of the month; the day is not known
  std::optional<Name> by;
  std::optional<Text> place;
  Span span;
};

struct Header {
  Name id;
  std::optional<Text> title;
  std::optional<Text> version;
  std::optional<Text> language;
  std::optional<Text> governingLaw;
  std::optional<ArticleRef> governingLawArticle;
  std::optional<bool> enforceable;
  Span enforceableSpan;
  std::optional<ArticleRef> enforceableArticle;
  std::vector<Signature> signatures;
  std::optional<Text> calendar;  // the working-day calendar, by name ("nl-atw")
  std::vector<Text> preamble;
  std::vector<Text> notes;
  Span span;
};

struct Representative {
  Text name;
  std::optional<Text> role;
};

struct Party {
  Name id;
  std::optional<Text> name;
  std::optional<Text> shortName;
  std::optional<Text> seat;
  std::optional<Text> registration;
  std::vector<Representative> representatives;
  bool placeholder = false;
  std::vector<Text> notes;
  Span span;
};

struct Group {
  Name id;
  std::optional<Text> name;
  std::vector<Name> members;
  Span span;
};

// A body that is not a party: an algemeen bestuur, a committee, an arbiter.
struct Body {
  Name id;
  std::optional<Text> name;
  std::vector<Text> notes;
  Span span;
};

struct EventKindDecl {
  Name id;
  std::optional<Text> description;
  std::optional<Text> label;  // how answers name it
  Span span;
};

// `decision of GROUP by 2/3 including P`: the group acts by one decision with a threshold.
struct DecisionRule {
  enum class Threshold { Majority, Unanimity, Fraction };
  Threshold threshold = Threshold::Majority;
  long long numerator = 0, denominator = 0;  // Fraction
  Span thresholdSpan;
  std::vector<Name> including;
};

struct Holder {
  enum class Kind { EachParty, AllParties, OtherParty, EventParty, EachOfGroup, Named, Param, Decision };
  Kind kind;
  std::optional<Name>
      name;  // the group for EachOfGroup and Decision, the party, group or body for Named, "$x" for Param
  Span span;
  std::optional<DecisionRule> decision;
};

struct StartRule {
  enum class Kind { OnSigning, OnEvent, OnDate };
  Kind kind;
  std::optional<Name> event;
  std::optional<DateLit> date;
  Span span;
  std::optional<DurationLit> offset;  // `start 1 month after event E`: so long after it
  bool retroactive = false;           // `start 2019-01-01 retroactive`: said to lie before the signing
  // `start first day of month 2 after event E`: the offset (months or years) counts from the
  // first day of the event's month (year).
  bool firstDayOf = false;
};

struct TermRule {
  enum class Kind { Minimum, Fixed, Until, Indefinite };
  Kind kind;
  std::optional<DurationLit> duration;
  std::optional<DateLit> until;
  std::optional<Name> untilEvent;    // Minimum ... until event X: open-ended; Indefinite ... until event X
  std::optional<Name> untilEventOf;  // ... of PARTY: only that party's event ends it
  Span span;
};

struct EventPattern {
  Name kind;
  std::optional<Name> outcome;
  Span span;
};

struct RenewRule {
  enum class Condition { None, If, Unless };
  DurationLit every;
  std::optional<long long> maxTimes;
  Span maxTimesSpan;
  Condition condition = Condition::None;
  std::optional<EventPattern> event;
  Span span;
};

// `before end of calendar year` ("tegen het einde van een kalenderjaar") or `from end of
// calendar year` ("te rekenen vanaf het einde van het kalenderjaar").
struct CalendarAnchor {
  enum class Unit { Month, Quarter, Year };
  Unit unit = Unit::Year;
  bool fromEnd = false;
  Span span;
};

struct NoticeRule {
  DurationLit period;
  bool beforeTermEnd = true;  // else: at any time, or against `calendar`
  std::optional<CalendarAnchor> calendar;
  std::vector<Holder> by;
  std::optional<Name> form;
  Span span;
};

struct Trigger {
  enum class Kind { Event, State };
  Kind kind;
  EventPattern event;                 // the event, or the state's name
  std::optional<DurationLit> period;  // cure period (Event) or how long the state lasts (State)
  Span span;
  // `then cure reasonable`: a reasonable period with no length in the text (the event that
  // opens it may give one: `cure 30 days`).
  bool reasonableCure = false;
  std::optional<DurationLit> within;  // Event: usable only this long after the event
};

struct PowerRule {
  enum class Action { Terminate, Dissolve, Withdraw, Expel };
  Action action;
  std::optional<DurationLit> notice;  // nullopt: immediately (or on the trigger's effective date)
  std::optional<CalendarAnchor> noticeCalendar;
  bool onEffectiveDate = false;  // takes effect when the triggering event takes effect
  std::optional<Trigger> trigger;
  std::optional<Name> form;
  Span span;
};

struct SurvivalRule {
  std::vector<ArticleRef> clauses;    // empty: the clause itself survives
  std::optional<DurationLit> period;  // nullopt: indefinitely (or until the event)
  std::optional<Name> untilEvent;     // survives until this event happens
  Span span;
};

struct DeadlineRule {
  // BeforeEvent: `2 weeks before event E` (duration), `before event E` (none); a window also has
  // `earliest` (`between 4 weeks and 2 weeks before event E`). AtEvent: `at event E`.
  enum class Kind { AfterEvent, AfterStart, AfterEnd, BeforeTermEnd, ByDate, BeforeDate, BeforeEvent, AtEvent };
  Kind kind;
  std::optional<DurationLit> duration;
  std::optional<Name> event;
  std::optional<DateLit> date;
  bool rollsForward = false;  // "or next working day"
  Span span;
  // BeforeTermEnd: `before each term end` (eachSaid), `before term end of period N` (period).
  bool eachSaid = false;
  std::optional<std::pair<long long, Span>> period;
  std::optional<DurationLit> earliest;  // a window: not earlier than this long before the event (after the moment)
  bool immediately = false;             // `immediately after E`: at once, on E's day (no duration)
  bool scheduled = false;               // `scheduled ...`: the act happens on that day
};

// `between --06-01 and --06-30`: days of every year, both included ("in de maanden juni").
struct YearWindow {
  std::string from, to;  // "--06-01" as written, checked while lowering
  Span fromSpan, toSpan;
  Span span;
};

struct Recurrence {
  enum class Kind { Quarterly, HalfYearly, Monthly, Yearly, TimesPerYear };
  enum class Due { Unspecified, InAdvance, ByMonthDay, BeforeMonthDay, EndOfMonthAfter, AfterPeriod };
  // AfterPeriod: the noun written after `after` (`due 6 weeks after quarter`).
  enum class Noun { Quarter, Month, Year, Period };
  Kind kind;
  long long times = 0;  // TimesPerYear: at least this many
  Due due = Due::Unspecified;
  std::string monthDay;  // "--11-01" as written, checked while lowering
  Span monthDaySpan;
  bool nextYear = false;
  bool previousYear = false;  // "of previous year": the budget for a year, due in the year before
  long long nthMonth = 0;     // EndOfMonthAfter: the end of the nth month after the period
  Span nthMonthSpan;
  Kind after = Kind::Quarterly;      // EndOfMonthAfter: after each quarter, month or year
  std::optional<DurationLit> delay;  // AfterPeriod: so long after the period's last day
  Noun noun = Noun::Period;          // AfterPeriod: the period named
  Span nounSpan;
  std::optional<YearWindow> window;  // Yearly: each occurrence in this window of the year
  bool calendarYear = false;         // TimesPerYear: counted per calendar year
  std::vector<std::pair<long long, Span>> exceptQuarters;
  bool rollsForward = false;  // "or next working day"
  Span span;
};

struct AccessionRule {
  bool needsConsentOfAll = true;
  Span span;
};

// "cap 5 client_exchange_started per agreement year"
struct CapRule {
  long long max = 0;
  Name event;
  bool calendarYear = false;
  Span span;
};

// "instance client_exchange_started lasting at most 6 months extendable once by at most 6 months"
struct InstanceRule {
  Name startEvent;
  DurationLit maxLength;
  long long extensions = 0;
  std::optional<DurationLit> extensionLength;
  Span span;
};

enum class ClauseKind { Duty, Effort, Prohibition, Permission, Power, Provision };

// A value given for a template parameter, or its default: a duration or holders. An event kind
// or a form is written as a name, so it arrives as one Named holder.
struct TemplateValue {
  std::optional<DurationLit> duration;
  std::vector<Holder> holders;
  std::optional<ArticleRef> clause;  // a clause id: 8.1, 10, "Bijlage 2, 3.3"
  Span span;
};

struct TemplateArg {
  Name param;
  TemplateValue value;
  Span span;
};

// "uses tacit_yearly_renewal(notice = 3 months)"
struct TemplateUse {
  Name name;
  std::vector<TemplateArg> args;
  Span span;
};

struct Clause {
  ArticleRef id;
  ClauseKind kind = ClauseKind::Provision;
  std::optional<Text> text;
  std::vector<Text> notes;
  std::optional<std::vector<Holder>> holders;
  std::optional<std::vector<Holder>> counterparty;
  std::optional<StartRule> start;
  std::optional<TermRule> term;
  std::optional<RenewRule> renew;
  std::vector<NoticeRule> notices;
  std::vector<PowerRule> powers;
  std::optional<SurvivalRule> survives;  // this clause survives
  std::vector<SurvivalRule> survivalOf;  // these other clauses survive
  std::vector<DeadlineRule> deadlines;
  std::vector<Recurrence> recurrences;
  std::optional<AccessionRule> accession;
  std::vector<CapRule> caps;
  std::vector<InstanceRule> instances;
  std::optional<TemplateUse> uses;        // its kind and fields come (partly) from a template
  std::optional<DurationLit> appliesFor;  // "applies for 6 months after start": the first half year
  std::optional<Span> appliesAfterEnd;    // "applies after end": binds from the agreement's end on
  std::vector<YearWindow> appliesIn;      // "applies yearly between --10-15 and --04-13": only then
  Span span;
};

struct TemplateParam {
  enum class Type { Duration, Holders, Event, Form, Clause };
  Name name;
  Type type = Type::Duration;
  std::optional<TemplateValue> defaultValue;
  Span span;
};

// "template tacit_yearly_renewal(notice: duration = 1 month) provision { ... }": the body is a
// clause without an id, where "$notice" stands for the parameter.
struct Template {
  Name name;
  std::vector<TemplateParam> params;
  Clause body;
  Span span;
};

struct Article {
  ArticleRef id;
  std::optional<Text> title;
  std::optional<Text> text;
  std::vector<Clause> clauses;
  Span span;
};

struct ScenarioEvent {
  time::Date date;
  std::optional<int> minuteOfDay;  // when written as a date-time
  Span momentSpan;
  Name kind;
  std::optional<Name> by;
  std::optional<Name> of;
  std::optional<ArticleRef> under;
  std::optional<Name> form;
  std::optional<Name> outcome;
  std::optional<Text> name;
  std::optional<Text> note;
  std::optional<DateLit> effective;  // when what the event decides takes effect (an amendment)
  std::optional<Text> forPeriod;     // `for 2026`, `for Q3 2020`, `for 2026-03-01`: as written
  std::optional<DurationLit> cure;   // the reasonable period to cure it opens (a default notice)
  // `votes a, b, c` (the members in favour) or `votes 6` (how many): a group's decision.
  std::vector<Name> votesFor;
  std::optional<long long> votesCount;
  // Each argument as written: b(y) o(f) u(nder) f(orm) O(utcome) n(ame) e(ffective) c(ure) p (for) v(otes).
  std::vector<std::pair<char, Span>> argSpans;
  Span span;
};

struct Scenario {
  Name id;
  std::optional<Text> title;
  std::vector<ScenarioEvent> events;
  Span span;
};

// A claim of an expectation (`expect under S: ...`, docs/testing.md), as written.
struct Claim {
  enum class Kind {
    Bound,
    NotBound,
    InForce,
    NotInForce,
    Ends,
    EndsNotBefore,
    EndsNever,
    Due,
    Violates,
    ViolatesNothing
  };
  Kind kind = Kind::Bound;
  std::optional<Name> party;         // bound, not bound
  DateLit date;                      // every claim but `ends never`
  std::vector<ArticleRef> articles;  // bound ... under; ends ... under; due; violates
  std::optional<Name> cause;         // ends ... by CAUSE: `term`, or an event kind by its English name
  Span span;
};

struct Expectation {
  std::optional<Name> scenario;      // under NAME: a scenario of the agreement
  std::optional<Text> scenarioFile;  // under "path": a scenario file, relative to this file
  Claim claim;
  std::string written;       // `expect under S: CLAIM` as the file writes it, one space between words
  std::string claimWritten;  // CLAIM alone, the same way
  Span span;                 // the claim
};

struct Import {
  Text path;
  Span span;
};

struct File {
  source::FileId file = 0;
  std::vector<Import> imports;
  std::vector<Header> headers;  // more than one is an error, reported by the checks
  std::vector<Party> parties;
  std::vector<Group> groups;
  std::vector<Body> bodies;
  std::vector<EventKindDecl> eventKinds;
  std::vector<Article> articles;
  std::vector<Scenario> scenarios;
  std::vector<Template> templates;
  std::vector<Expectation> expectations;  // at the top level and inside articles, in file order
};

}  // namespace agree::ast
