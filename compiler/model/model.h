// The intermediate model: a checked agreement with every name resolved. This is what the
// runtime simulates and what `agree compile` writes as JSON (docs/model.md, version 1).
// Every rule keeps the id of the clause it came from, so answers can cite the article.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/id_index.h"
#include "time/date.h"
#include "time/duration.h"

namespace agree::model {

inline constexpr int kModelVersion = 1;

using time::Date;
using time::Duration;

// Where something was written: for citations and for scenario rejections.
struct SourceRef {
  std::string file;
  int line = 0;
  int column = 0;
};

struct Representative {
  std::string name;
  std::string role;
};

struct Party {
  std::string id;
  std::string name;       // legal name
  std::string shortName;  // "verder te noemen ..."
  std::string seat;
  std::string registration;
  std::vector<Representative> representatives;
  bool placeholder = false;
  std::vector<std::string> notes;
  SourceRef where;
};

struct Group {
  std::string id;
  std::string name;
  std::vector<std::string> members;  // party ids
  SourceRef where;
};

// A body that is not a party (an algemeen bestuur, a committee, an arbiter): it may hold duties
// and acts, but is never bound as a party.
struct Body {
  std::string id;
  std::string name;
  std::vector<std::string> notes;
  SourceRef where;
};

// A group acting by one decision: "bij besluit van twee derde van de deelnemers, waaronder ...".
struct Decision {
  std::string group;
  enum class Threshold { Majority, Unanimity, Fraction };
  Threshold threshold = Threshold::Majority;
  long long numerator = 0, denominator = 0;  // Fraction: at least numerator/denominator of the members
  std::vector<std::string> including;        // these members must be among those in favour
  // How many of `members` members must be in favour: more than half, all, or at least the share.
  long long required(long long members) const;
  std::string thresholdText() const;  // "a majority", "unanimity", "2/3"
};

// Who holds a clause or may use a rule, resolved.
struct Holders {
  enum class Kind {
    None,        // nobody named
    EachParty,   // every party individually, acceded ones included
    AllParties,  // all parties together
    OtherParty,  // the party other than the one the trigger is about
    EventParty,  // the party the triggering event happened to ("de partij die ... ontdekt")
    Listed,      // the parties and bodies below (groups expanded)
    Decision     // a group by one decision (`decision`)
  };
  Kind kind = Kind::None;
  std::vector<std::string> parties;  // Listed: resolved party ids
  std::vector<std::string> bodies;   // Listed: bodies that are not parties
  std::optional<model::Decision> decision;
  // `each party`, `each of GROUP`: every holder owes its own performance (one act per party),
  // not one act for all.
  bool individually = false;
  std::string written;  // as the user wrote it, for explanations

  bool includes(const std::string& party) const;
  // Whether `actor` (a party, a body, or the group of a decision) may act as this holder.
  bool mayAct(const std::string& actor) const;
};

enum class ClauseKind { Duty, Effort, Prohibition, Permission, Power, Provision };
const char* clauseKindName(ClauseKind kind);
// Duties, effort obligations and prohibitions bind their holders; the others do not.
bool binds(ClauseKind kind);

enum class Form { Any, Writing, Letter, RegisteredLetter, Email, Oral };
const char* formName(Form form);
// Whether an act done in `given` form satisfies a requirement of `required` form.
bool satisfies(Form given, Form required);

struct Survival {
  std::optional<Duration> period;  // nullopt: indefinitely (or until the event)
  std::string untilEvent;          // survives until this event kind happens; empty: not
  std::vector<std::string> basis;  // clause ids that say so (the clause itself, 16.4, ...)
  // Whether it ends some time after the end (a period, or an event) rather than never.
  bool limited() const { return period.has_value() || !untilEvent.empty(); }
};

struct Deadline {
  // BeforeEvent: so long before each occurrence of `event` (by the day before when no duration);
  // AtEvent: by the moment of each occurrence.
  enum class Kind { AfterEvent, AfterStart, AfterEnd, BeforeTermEnd, ByDate, BeforeDate, BeforeEvent, AtEvent };
  Kind kind;
  std::optional<Duration> duration;
  std::string event;
  std::optional<Date> date;
  bool rollsForward = false;  // a due date on a non-working day moves to the next working day
  // BeforeTermEnd: only before the end of this period (1-based); 0: before each period's end.
  long long period = 0;
  // BeforeEvent: a window ("ten minste 2 en ten hoogste 4 weken voor"): not earlier than this.
  std::optional<Duration> earliest;
  bool scheduled = false;  // the act happens on the day (`scheduled`), rather than by it
  // `immediately after E` ("terstond"): due at once, on E's day; `duration` is then 0 days.
  bool immediately = false;
  // "within 3 months", or "immediately": how the rule is said.
  std::string lengthText() const;
};

enum class Recurrence { None, Quarterly, HalfYearly, Monthly, Yearly, TimesPerYear };
const char* recurrenceName(Recurrence r);

// Days of every year, both ends included (`between --06-01 and --06-30`, "in de maanden juni").
// A first day after the last runs over the year end: the window for year Y opens in Y and
// closes in Y + 1. A last day of 29 February closes on the 28th in a year without it; a first
// day of 29 February is refused while lowering (AGR0433).
struct YearWindow {
  unsigned fromMonth = 1, fromDay = 1, toMonth = 12, toDay = 31;
  bool crossesYearEnd() const { return toMonth < fromMonth || (toMonth == fromMonth && toDay < fromDay); }
  // The window for year y: its first and last day (nullopt past 9999-12-31).
  std::optional<Date> opens(int y) const;
  std::optional<Date> closes(int y) const;
  // The year whose window holds d, if one does.
  std::optional<int> yearAround(Date d) const;
  // "15 October to 14 April of the next year", for people.
  std::string text() const;
  // "--10-15", "--04-14".
  std::string fromIso() const;
  std::string toIso() const;
  bool operator==(const YearWindow&) const = default;
};

// When each occurrence of a recurring duty is due (docs/model.md, "recurs").
struct RecurrenceDue {
  enum class Kind {
    Unspecified,      // by the end of each month, calendar quarter or agreement year
    InAdvance,        // on the first day of each month it pays for
    ByMonthDay,       // by --MM-DD of each year (of the next year when nextYear)
    BeforeMonthDay,   // before --MM-DD: the day before is the last allowed day
    EndOfMonthAfter,  // by the last day of the nth month after each quarter, month or year
    AfterPeriod       // so long (`delay`) after the last day of each period ("zes weken na afloop")
  };
  Kind kind = Kind::Unspecified;
  unsigned month = 0;
  unsigned day = 0;
  bool nextYear = false;
  bool previousYear = false;  // the occurrence for year Y is due in Y - 1 (a budget)
  int nthMonth = 0;
  Recurrence after = Recurrence::Quarterly;
  std::optional<Duration> delay;  // AfterPeriod: due on the period's last day + delay
  bool afterSaidPeriod = false;   // AfterPeriod: written `after period` (else after the recurrence's own noun)
};

// At most `max` events of a kind per agreement year (or calendar year).
struct Cap {
  std::string event;
  long long max = 0;
  bool calendarYear = false;
};

// Each instance (a client exchange) started by `startEvent` lasts at most `maxLength` from its
// start, extendable `extensions` times by at most `extensionLength`, counted from the start in
// one step. Its extensions and end are the events `<kind>_extended` and `<kind>_ended` for a
// start kind `<kind>_started`, matched by the instance's name.
struct InstanceRule {
  std::string startEvent, extendEvent, endEvent;
  Duration maxLength;
  long long extensions = 0;
  std::optional<Duration> extensionLength;
};

// One recurrence of a duty: how often, when each occurrence is due, which quarters are skipped.
struct Schedule {
  Recurrence every = Recurrence::None;
  long long timesPerYear = 0;  // TimesPerYear: at least this many per agreement year
  bool calendarYear = false;   // TimesPerYear: counted per calendar year instead
  RecurrenceDue due;
  // Yearly: each occurrence (for the calendar year it opens in) falls in this window: due on
  // its last day, too early before its first.
  std::optional<YearWindow> window;
  std::vector<int> exceptQuarters;  // quarters (1-4) without an occurrence
  bool rollsForward = false;        // a due date on a non-working day moves to the next working day
};

struct Clause {
  std::string id;       // "16.2"
  std::string article;  // "16"
  ClauseKind kind = ClauseKind::Provision;
  Holders holders;
  Holders counterparty;
  std::string text;  // the source text it encodes, verbatim
  std::vector<std::string> notes;
  std::optional<Survival> survival;
  std::vector<Deadline> deadlines;
  std::vector<Schedule> schedules;  // a clause may recur in several ways (quarterly and yearly)
  std::vector<Cap> caps;
  std::vector<InstanceRule> instances;
  std::optional<Duration> appliesFor;  // binds only during this long after the agreement's start
  // Binds only from the agreement's end ("na beëindiging ... terugbetalen"): a duty after the end,
  // due at once when no time is set (art. 6:38 BW). Its `survival` says how long.
  bool afterEnd = false;
  // Binds only on the days of these yearly windows ("in de periode van 15 oktober tot 14
  // april"); empty: every day it applies.
  std::vector<YearWindow> appliesIn;
  // The template it uses (stdlib/clauses/), and the arguments as written ("notice" -> "3 months").
  std::string templateName;
  std::vector<std::pair<std::string, std::string>> templateArgs;
  SourceRef where;
};

// A clause template with parameters, for the record: its uses are already expanded.
struct TemplateParam {
  std::string name;
  std::string type;          // duration, holders, event, form
  std::string defaultValue;  // as written; empty: none
};

struct Template {
  std::string name;
  ClauseKind kind = ClauseKind::Provision;
  std::vector<TemplateParam> params;
  std::string text;
  std::vector<std::string> notes;
  SourceRef where;
};

// "quarterly, due by the end of month 2 after each quarter, except quarter 4", for people.
std::string scheduleText(const Schedule& schedule);

struct Article {
  std::string id;
  std::string title;
  std::string text;
  std::vector<std::string> clauses;  // clause ids, in order
};

struct Start {
  enum class Kind { OnSigning, OnDate, OnEvent };
  Kind kind = Kind::OnSigning;
  std::optional<Date> date;  // OnDate
  std::string event;         // OnEvent
  std::string clause;
  std::optional<Duration> offset;  // so long after the signing or the event ("een maand na")
  bool retroactiveSaid = false;    // `start D retroactive`: checked to lie before the signing
  // `start first day of month 2 after event E`: the offset counts from the first day of the
  // month (year) of the signing or the event.
  bool firstDayOf = false;
  // The start so long after `base` (the signing's or the event's day), by this rule.
  time::Shifted after(Date base) const;
  // The last day the signing or the event may happen for the start to fall on or before `limit`.
  Date latestBaseFor(Date limit) const;
};

struct EventCondition {
  std::string kind;     // evaluation
  std::string outcome;  // negative; empty: any outcome
};

struct Term {
  enum class Kind {
    Fixed,       // ends after `duration`, or on `until`
    Renewing,    // minimum `duration`, then renewed by the Renewal
    Indefinite,  // no end of its own, or until `untilEvent` happens (of `untilEventOf`)
    OpenEnded    // at least `duration`, then until `untilEvent` happens
  };
  Kind kind = Kind::Indefinite;
  std::optional<Duration> duration;
  std::optional<Date> until;
  std::string untilEvent;
  std::string untilEventOf;  // only this party's event ends it; empty: anyone's
  std::string clause;
};

struct Renewal {
  Duration every;
  std::optional<long long> maxTimes;
  enum class Condition { None, If, Unless };
  Condition condition = Condition::None;
  EventCondition event;
  std::string clause;
};

// A notice that takes effect at the end of a calendar period rather than of a term period.
struct CalendarAnchor {
  enum class Unit { Month, Quarter, Year };
  // BeforeEnd: "tegen het einde van een kalenderjaar", received at least the notice period
  // before that end; FromEnd: "te rekenen vanaf het einde van het kalenderjaar", the notice
  // period counted from the end of the calendar period the notice is given in.
  enum class Rule { BeforeEnd, FromEnd };
  Unit unit = Unit::Year;
  Rule rule = Rule::BeforeEnd;
  int months() const { return unit == Unit::Month ? 1 : unit == Unit::Quarter ? 3 : 12; }
  const char* unitName() const;  // "calendar year"
  // "6 months before the end of a calendar year", "2 years from the end of the calendar year".
  std::string text(const Duration& notice) const;
  bool operator==(const CalendarAnchor&) const = default;
};

struct NoticeRule {
  std::string clause;
  Duration period;
  bool beforeTermEnd = true;               // else: at any time, effective after the period, or at `calendar`
  std::optional<CalendarAnchor> calendar;  // against the end of a calendar year, quarter or month
  // "before the end of a term period", "at any time", "before the end of a calendar year".
  std::string whenText() const;
  Holders by;
  Form form = Form::Any;
};

struct Trigger {
  enum class Kind { Always, Event, State };
  Kind kind = Kind::Always;
  EventCondition event;            // Event: the event; State: kind is the state's name
  std::optional<Duration> period;  // cure period after the event, or how long the state lasts
  // Event: usable only this long after the event ("binnen drie maanden na de ontvangst"), its
  // last day included; nullopt: any time after it.
  std::optional<Duration> within;
  // Event: "a reasonable period" to cure, with no length in the text. The event that opens it may
  // give one (Event::cure); without it the period cannot be checked.
  bool reasonableCure = false;
};

struct Power {
  enum class Action { Terminate, Dissolve, Withdraw, Expel };
  std::string clause;
  Action action;
  std::optional<Duration> notice;                // nullopt: with immediate effect
  std::optional<CalendarAnchor> noticeCalendar;  // the notice runs against a calendar period's end
  bool onEffectiveDate = false;                  // effective when the triggering event takes effect (an amendment)
  Trigger trigger;
  Holders holders;
  Form form = Form::Any;
};
const char* actionName(Power::Action action);

struct Accession {
  std::string clause;
  bool needsConsentOfAll = true;
};

struct EventKind {
  std::string id;
  std::string description;
  bool builtIn = false;
  std::string label;  // how answers name it; empty: not given (see eventKindLabel)
};

// The period a `done` act says it is for: a year, a quarter of a year, or a day inside it.
struct PeriodRef {
  enum class Kind { Year, Quarter, Half, Day };
  Kind kind = Kind::Year;
  int year = 0;
  int quarter = 0;  // Quarter: 1..4; Half: 1..2
  Date day;
  std::string written;  // "Q3 2020"
  // The days it names, [from, until).
  Date from() const;
  Date until() const;
};

struct Event {
  Date date;
  std::optional<int> minuteOfDay;
  std::string kind;
  std::string by, of, under, outcome, name, note;
  std::optional<Form> form;
  std::optional<Date> effective;       // when what it decides takes effect; nullopt: on its date
  std::optional<PeriodRef> forPeriod;  // `done ... for Q3 2020`: the occurrence it answers
  std::optional<Duration> cure;        // the period to cure it gives (a default notice's "redelijke termijn")
  // A group's decision (`by GROUP`): the members in favour, or only how many.
  std::vector<std::string> votesFor;
  std::optional<long long> votesCount;
  SourceRef where;
};

struct Scenario {
  std::string id;
  std::string title;
  std::vector<Event> events;  // sorted by date, stable
  SourceRef where;
};

// An answer the authors expect, checked by `agree test` (docs/testing.md). Not part of the
// agreement's terms: the model JSON leaves it out (docs/model.md).
struct Expectation {
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
  std::string scenario;      // a scenario of the agreement; empty: none, or a file
  std::string scenarioFile;  // as written (`under "scenarios/x.scenario"`); empty: none
  std::string scenarioPath;  // that file, relative to the file the expectation is in
  std::string party;         // bound, not bound
  Date date;                 // every kind but EndsNever
  // Bound: clauses (or articles) among the reasons; Ends: the clause the end comes from;
  // Due, Violates: the clause (or article) of the item or the violation.
  std::vector<std::string> articles;
  std::string cause;         // Ends: "term", or an event kind (notice, terminate, evaluation ...)
  std::string written;       // `expect under S: CLAIM` as the file writes it
  std::string claimWritten;  // CLAIM alone
  SourceRef where;           // the claim
};

struct Agreement {
  std::string id;
  std::string title;
  std::string version;
  std::string language;
  std::string governingLaw;
  std::string governingLawArticle;
  std::optional<bool> enforceable;
  std::string enforceableArticle;
  // One per signature; several when each party signed on its own day (`signed D by P`).
  struct Signature {
    std::string party;  // empty: all parties at once
    std::optional<Date> day;
    std::optional<Date> month;  // the day is not known
    std::string place;
  };
  std::vector<Signature> signatures;
  // The agreement is signed when the last party signs: the latest signature's day (or month).
  std::optional<Date> signedOn;
  std::optional<Date> signedMonth;  // signed some day in this month (its first day); the day is not known
  std::string signedPlace;
  std::string calendar = "nl-atw";  // the working-day calendar
  std::vector<std::string> preamble;
  std::vector<std::string> notes;

  std::vector<Party> parties;
  std::vector<Group> groups;
  std::vector<Body> bodies;
  std::vector<EventKind> eventKinds;
  std::vector<Article> articles;
  std::vector<Clause> clauses;

  Start start;
  Term term;
  std::optional<Renewal> renewal;
  std::vector<NoticeRule> notices;
  std::vector<Power> powers;
  std::optional<Accession> accession;

  std::vector<Scenario> scenarios;
  std::vector<Expectation> expectations;
  std::vector<Template> templates;   // declared in the files compiled (stdlib imports too)
  std::vector<std::string> sources;  // the files compiled, the main one first

  const Party* findParty(const std::string& id) const;
  const Group* findGroup(const std::string& id) const;
  const Body* findBody(const std::string& id) const;
  const EventKind* findEventKind(const std::string& id) const;
  const Clause* findClause(const std::string& id) const;
  const Scenario* findScenario(const std::string& id) const;

  // Builds the id -> position indexes behind findParty and findClause once lowering has
  // filled `parties` and `clauses`: an agreement with 100,000 parties must not be quadratic.
  // Until then (and for entries added later) the lookups scan.
  void indexIds();

 private:
  IdIndex partyIndex_;
  IdIndex clauseIndex_;
};

// "November" (1..12), for prose: never an ISO --MM-DD or YYYY-MM in a sentence.
std::string monthName(unsigned month);
// "February 2019": the month a date lies in.
std::string monthText(Date date);

// How answers name an event kind: its label (built-in kinds have one), else the id with spaces
// for underscores (never an internal id with underscores).
std::string eventKindLabel(const Agreement& agreement, const std::string& kind);

}  // namespace agree::model
