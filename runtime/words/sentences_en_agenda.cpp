// English sentences of the agenda and violations: one per kind of facts/fact_kinds_agenda.def
// (words/sentences.h). The wording is the one answers have always had: end-to-end tests
// hold it.
#include "words/sentences.h"

namespace agree::words {

using K = AgendaFact;

const char* agendaSentenceEn(K kind) {
  switch (kind) {
    // ---- the agenda: which occurrence an item is for
    case K::ForLabel: return "{label}";
    case K::ForMonth: return "{label}";
    case K::ForQuarter: return "{label}";
    case K::ForHalfYear: return "{label}";
    case K::ForAgreementYear: return "the agreement year {from} .. {last}";
    case K::ForPeriod: return "{label}";
    case K::ForEvent: return "{label}";
    // ---- the agenda: a recurrence as the clause writes it
    case K::ScheduleRule:
      return "{every}[window|, each year from {window} (both included)]{due}[except|, except quarter {except}][rolls|, "
             "or the next working day]";
    case K::EveryMonthly: return "monthly";
    case K::EveryQuarterly: return "quarterly";
    case K::EveryHalfYearly: return "half-yearly";
    case K::EveryYearly: return "yearly";
    case K::EveryTimesPerYear: return "at least {n} times per [calendar|calendar][!calendar|agreement] year";
    case K::ScheduleInAdvance: return ", in advance";
    case K::ScheduleByDay: return ", due by {day}[nextYear| of the next year][previousYear| of the year before]";
    case K::ScheduleBeforeDay:
      return ", due before {day}[nextYear| of the next year][previousYear| of the year before]";
    case K::ScheduleEndOfMonthAfter:
      return ", due by the end of month {n} after each [quarter|quarter][month|month][year|year]";
    case K::ScheduleAfterPeriod:
      return ", due {delay} after the last day of each "
             "[period|period][quarter|quarter][month|month][halfYear|half-year]"
             "[year|year]";
    // ---- the agenda: how an item's day was computed
    case K::RecurInAdvance: return "for {occurrence}, due in advance on its first day ({clause}: {schedule}){rolled}";
    case K::RecurFor: return "for {occurrence} ({clause}: {schedule}){rolled}";
    case K::RecurByLastDay:
      return "for {occurrence}, by the [month|month][quarter|quarter][halfYear|half-year]'s last day ({clause}: "
             "{schedule}){rolled}";
    case K::RecurAfterPeriod:
      return "for {occurrence}, due {delay} after the [month|month][quarter|quarter][halfYear|half-year][year|year]'s "
             "last day {last}{how} ({clause}: {schedule}){rolled}";
    case K::RecurWindow: return "for {occurrence}, between {opens} and {closes} ({clause}: {schedule}){rolled}";
    case K::RecurOnceInYear: return "once in {year} ({clause}: {schedule}){rolled}";
    case K::RecurTimesInYear: return "at least {n} times in {year} ({clause}: {schedule}){rolled}";
    case K::RecurTimesInCalendarYear:
      return "at least {n} times in the calendar year {year} ({clause}: {schedule}){rolled}";
    case K::AgendaNotice:
      return "last day for a notice ({duration}, {form}) that ends the agreement on {end} ({clause}){note}";
    case K::AgendaCalendarNotice:
      return "last day for a notice ({duration} before the end of {a unit}, {form}) that ends the agreement on {end} "
             "({clause}){note}";
    // ---- the lines of an `agenda`
    case K::AgendaHeading:
      return "agenda of {agreement} from {from} to {to}[scenario| (scenario {scenario})]: {n} item[!one|s]";
    case K::AgendaRecurring: return "recurring";
    case K::AgendaDeadline: return "deadline";
    case K::AgendaScheduled: return "scheduled";
    case K::AgendaNoticeDay: return "notice";
    case K::AgendaWho: return "who: {holders}";
    case K::AgendaTruncatedFirstDay:
      return "more than {max} items fall on the first day of the window; only {n} of them are listed: ask for a party "
             "(--party)";
    case K::AgendaTruncated:
      return "more than {max} items fall in the window: every item up to and including {through} is listed ({n}), none "
             "after it; ask again from {from} to see the rest up to {to}";
    // ---- violations: what was wrong
    case K::ViolationEvent: return "{event}: {effect}";
    case K::ViolationCap:
      return "the {n}th {eventId}[name| ({name})] in the [calendar|calendar][!calendar|agreement] year {from} .. "
             "{last}; at most {max} ({clause})";
    case K::DateList: return "{date}[more|, {more}]";
    case K::PartyList: return "{first}, {second}";
    case K::ViolationTooFew:
      return "[party|{party}: ]{n} of at least {min} in the [calendar|calendar][!calendar|agreement] year {from} .. "
             "{last}: [dates|on {dates}][!dates|none recorded] ({clause})";
    case K::InstanceLimit:
      return "at most {duration}[extensions| and {extensions} extension(s) of at most {extension}] from its start";
    case K::ViolationExtendedAfterEnd:
      return "{eventId} ({name}) on {date}, after it had to end on {end} (its last day {last}, {clause})";
    case K::ViolationTooManyExtensions: return "extension {n} of {name}; at most {max} ({clause})";
    case K::ViolationEndedLate:
      return "{name} started {start} ended on {stop}; it had to end on {end} (its last day {last}; {limit}, {clause})";
    case K::ViolationNotEnded:
      return "{name} started {start} had to end on {end} (its last day {last}; {limit}, {clause}), and no "
             "{eventLabel} is recorded as of {asOf}";
    case K::ViolationEarly:
      return "{party} did it on {when}, before the window opened on {opens}: {rule}; the act answers {answers}";
    case K::ViolationLate:
      return "{party} did it on {when}, [scheduled|scheduled on][!scheduled|due by] {due}: {rule}; the act answers "
             "{answers}";
    case K::ViolationNeverDone: return "due by {due}, and no `done` answers it as of {asOf}: {rule}";
    case K::AnswersOccurrence: return "{occurrence} ({how})";
    case K::AnswersDue: return "the occurrence due {due} ({how})";
    case K::AnswerNamedByFor: return "named by `for`";
    case K::AnswerNamedByEvent: return "named by the event that created it";
    case K::AnswerLatestOpen: return "the latest open occurrence due on or before the act";
    case K::AnswerNextDue: return "none was open, so the next one due after the act";
    case K::AnswerInsideWindow: return "the open occurrence whose window holds the act";
    case K::AnswerCounted: return "counted in its agreement year (at least N times per year)";
    case K::AnswerCountedCalendar: return "counted in its calendar year (at least N times per calendar year)";
    case K::AnswerNothing: return "the clause has no open occurrence with a due day";
    // ---- the lines of `violations`
    case K::ViolationsHeading: return "{n} violation[!one|s] as of {asOf}[scenario| in scenario {scenario}]";
    case K::ViolationsStartUnknown: return "the start is not known ({start}): no duty is due yet";
    case K::ViolationsIncomplete: return "(incomplete: more occurrences than agree lists; judge a shorter stretch)";
    case K::KindRejected: return "rejected";
    case K::KindLateNotice: return "late notice";
    case K::KindLate: return "late";
    case K::KindEarly: return "early";
    case K::KindNeverDone: return "never done";
    case K::KindTooFew: return "too few";
    case K::KindCap: return "cap";
    case K::KindInstance: return "instance";
    case K::ActsHeading: return "acts (`done`) and the occurrence each answers:";
    case K::ActLine: return "[occurrence|{occurrence}, ]due {due}, {status} ({how})";
    case K::ActLate: return "late";
    case K::ActEarly: return "early";
    case K::ActOnTime: return "on time";
  }
  return "";
}

}  // namespace agree::words
