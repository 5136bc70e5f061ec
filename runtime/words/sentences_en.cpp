// English sentences, one per fact kind (facts/fact_kinds.def). The wording is the one answers
// have always had: end-to-end tests hold it.
#include "words/say.h"

namespace agree::words {

using K = runtime::FactKind;

const char* sentenceTemplateEn(K kind) {
  switch (kind) {
    case K::None: return "";
    // ---- how a timeline starts
    case K::StartOnDate: return "in force from {date} ({clause})";
    case K::StartOnSigning: return "in force on signing, {date} ({clause})";
    case K::StartOnSigningInMonth: return "in force on signing ({clause}), some day in {month}: the day is not known";
    case K::StartOnSigningUnknown: return "in force on signing ({clause}); no signing date is known";
    case K::StartOnEvent: return "in force on {event} of {date}[effective|, taking effect on {effective}] ({clause})";
    case K::StartOnEventPending: return "in force on {event} ({clause}), which has not happened";
    case K::StartLaterBeyondCalendar: return "{base}; {later} lies after 9999-12-31";
    case K::StartOnFirstDayAfter:
      return "{base}; it starts {later}, {date}[clamped| (the month has no such day: its last day)]";
    case K::StartLaterBy:
      return "{base}; it starts {later}, on {date}[clamped| (the month has no such day: its last day)]";
    case K::LaterFirstDayOfMonth: return "on the first day of the {n} month after";
    case K::LaterFirstDayOfYear: return "on the first day of the {n} year after";
    case K::LaterBy: return "{duration} later";
    // ---- the term and its end
    case K::TermEndsBeforeStart: return "the term ends on {until}, before it starts";
    case K::FirstPeriodBeyondCalendar:
      return "the first term period, {duration} from {start}, would end after 9999-12-31";
    case K::LastRenewalBeyondCalendar:
      return "the last renewal, period {n} from the start on {start}, would end after 9999-12-31";
    case K::MinimumTermBeyondCalendar: return "the minimum term of {duration} from {start} would end after 9999-12-31";
    case K::TermEnds: return "the term ends ({clause})";
    case K::TermEndsAfterRenewals: return "the term ends after {renewals} renewals ({clause})";
    case K::EndingEventEnds: return "{event}[of| of {of}] on {date} ends the agreement ({clause})";
    case K::MinimumTermEnds: return "the minimum term of {duration} ends ({clause}); {event} happened on {date}";
    case K::ClosingEventEndsTerm: return "{event} on {date} ends the term ({clause})";
    case K::OpenEndedUntilEvent:
      return "after the minimum term of {duration} (until {until}) the term lasts until {event}, which the scenario "
             "does not record";
    case K::EventWithOutcome: return "{event}[outcome| ({outcome})]";
    case K::EventWithOutcomeNamed: return "{event}[outcome| with outcome {outcome}]";
    case K::NotRenewedAfter: return "not renewed: {what} on {date} ({clause})";
    case K::NotRenewedWithout: return "not renewed: no {what} during period {n} ({clause})";
    case K::RenewalNeeds: return "renewal on {date} needs {what} during period {n} ({clause}); {unrecorded}";
    case K::EvaluationNotRecorded:
      return "no {what} is recorded for period {n} ({from} .. [last|{last}][!last|after 9999-12-31]); it is due by "
             "{due} ({basis})";
    case K::DueUnderClause: return "{clause}";
    case K::DueLastDayOfPeriod: return "the last day of period {n}, whose renewal it decides, {clause}";
    case K::PendingUnless:
      return "renewed tacitly on {date}: only {a what} stops the renewal ({clause}), and {unrecorded}";
    case K::PendingIf: return "whether it renewed on {date} depends on {a what} ({clause}): {unrecorded}";
    case K::FewerThanTwoLeft: return "fewer than two parties left after {party} left ({clause})";
    // ---- scenario events
    case K::Recorded: return "recorded";
    case K::Both: return "{first}; {second}";
    case K::NotHolder: return "{party} does not hold {clause} (held by {holders})";
    case K::NotStarted: return "the agreement has not started ({start})";
    case K::StartsOnlyOn: return "the agreement starts only on {date}";
    case K::AlreadyEnded: return "the agreement already ended on {date}: {reason}";
    case K::NotAPartyOn: return "{party} is not a party on {date}[left| (left on {left})]";
    case K::RecordedOnlyOf: return "recorded; only {event} of {of} ends the agreement ({clause})";
    case K::ClosingEnds: return "ends the agreement on {date} (last day {last}, {clause})";
    case K::FormNotStated: return "the form is not stated; {clause} requires it {required}";
    case K::FormWrong: return "given {given}, but {clause} requires it {required}";
    case K::NoNoticeRight: return "{party} has no right to give notice under this agreement";
    case K::NoNoticeUnder: return "{party} may not give notice under {clause}";
    case K::NoticeBeyondCalendar: return "a notice of {notice} given on {date} would take effect after 9999-12-31";
    case K::NoticeAfterDate: return "notice by {party} on {date} + {duration} ({clause})";
    case K::NoPeriodContains: return "no term period contains {date}";
    case K::PeriodBeyondCalendar: return "the period containing {date} ends after 9999-12-31";
    case K::NoticeInTime:
      return "notice by {party} on {date}, on or before {deadline} ({duration} before the end of period {n}, {clause})";
    case K::NoticeLateLastPeriod:
      return "late: the deadline for the end on {end} was {deadline}, and the agreement ends on that date anyway (no "
             "further renewal)";
    case K::NoticeLateNextBeyond: return "late for {end}, and the end of the next period lies after 9999-12-31";
    case K::NoticeLateNextPeriod:
      return "notice by {party} on {date}, late for {end} (deadline {deadline}), so it takes effect at the end of the "
             "next period ({clause})";
    case K::LateFor: return "late for {end} (deadline {deadline}); ";
    case K::EndsAgreementOn: return "{late}ends the agreement on {date} (last day {last})";
    case K::NoEffectAlreadyEnds: return "{late}no effect: the agreement already ends on {date} ({reason})";
    case K::NoticeLength: return "{duration}";
    case K::NoticeBeforeCalendarEnd: return "{duration} before the end of {a unit}";
    case K::NoticeFromCalendarEnd: return "{duration} from the end of {the unit} it is given in";
    case K::CalendarNoticeFromEnd:
      return "notice by {party} on {date}: {duration} from the end of the {unit} on {end} ({clause})";
    case K::CalendarNoticeInTime:
      return "notice by {party} on {date}, on or before {deadline} ({duration} before the end of the {unit} on {end}, "
             "{clause})";
    case K::CalendarNoticeLate:
      return "notice by {party} on {date}, late for the end of the {unit} on {first} (deadline {missed}), so it takes "
             "effect at the end on {end} ({clause})";
    case K::NoAccessionClause: return "the agreement has no clause that lets a party accede";
    case K::Accedes:
      return "{name} accedes from {date} ({clause}[consent|, which requires the consent of all parties; the scenario "
             "does not record that consent])";
    case K::NoPowerFor: return "no clause [under|({under}) ]gives a power to {action}";
    case K::WithNotice: return " with notice of {notice}";
    case K::AsOfEffective: return " as of {date}, when the {event} takes effect";
    case K::WithImmediateEffect: return " with immediate effect";
    case K::TerminatedBy: return "terminated by {party} on {date}{how} ({clause}[why|; {why}])";
    case K::DissolvedBy: return "dissolved by {party} on {date}{how} ({clause}[why|; {why}])";
    case K::NotAPartyThen: return "{party} is not a party then";
    case K::WithdrewOn: return "withdrew on {date}{how} ({clause})";
    case K::ExpelledBy: return "the cooperation with it was ended by {party} on {date}{how} ({clause})";
    case K::LeavesOthersContinue: return "{party} is no longer a party from {date}; the others continue";
    case K::LeavesAgreementEnds:
      return "{party} is no longer a party from {date}; fewer than two parties remain, so the agreement ends then";
    // ---- powers and their triggers
    case K::TriggerAlways: return "at any time";
    case K::TriggerEvent:
      return "after {a event}[outcome| ({outcome})][cure| and a cure period of {cure}][reasonable| and a reasonable "
             "period to cure][within|, within {within} after it]";
    case K::TriggerState: return "when {event} has lasted {period}";
    case K::NotPowerHolder: return "{party} does not hold the power of {clause}[decision|: it is used by {decision}]";
    case K::TriggerNotRecorded: return "no {what} is recorded on or before {date}; {clause} applies only {trigger}";
    case K::HeldByOtherParty: return "only the other party can";
    case K::HeldBy: return "it is held by {holders}";
    case K::CannotUseOn: return "{party} cannot use {clause} on the {event} of {subject} ({held})";
    case K::UsableFrom:
      return "{clause} can be used from {from} ({event} on {date} + cure period of {cure}[reasonable|, the reasonable "
             "period it gave]), not on {on}";
    case K::UsableOnlyWithin:
      return "{clause} could be used only within {within} after the {event} of {date}, up to {closes}; not on {on}";
    case K::EffectiveMomentPassed:
      return "{clause} takes effect when the {event} of {date} takes effect, on {effective}; on {on} that moment has "
             "passed";
    case K::TriggeredBy:
      return "{event} on {date}[effective|, taking effect on {effective}][until|, usable up to {until}][cure|, and the "
             "reasonable period to cure of {cure} it gave ended on {cureEnded}]";
    case K::CureNotChecked:
      return "the reasonable period to cure after the {event} of {date} ({clause}) has no length in the text or in the "
             "{event}, so whether it had passed was not checked";
    case K::CannotUseOnState: return "{party} cannot use {clause} on [own|its own ][!own|the ]{event}; {held}";
    case K::StateEndedEarly:
      return "{event} of {party} from {from} ended on {ended}, before it had lasted {period} ({clause})";
    case K::StateGivesPowerFrom:
      return "{event} of {party} since {since} gives the power of {clause} from {from} (after {period}), not on {on}";
    case K::StateEnded: return "{event} of {party} ended on {ended}; the power of {clause} lasted only while it did";
    case K::StateTriggered: return "{event} of {party} since {since}, {period} on {from}";
    // ---- decisions of a group
    case K::ThresholdMajority: return "a majority";
    case K::ThresholdUnanimity: return "unanimity";
    case K::ThresholdFraction: return "{numerator}/{denominator}";
    case K::DecisionRule:
      return "{clause} needs a decision of {group} by {threshold}[needed|: at least {needed}] of its {n} members in "
             "favour";
    case K::NoLongerMember: return "{party} is no longer a member of {group} on {date} and cannot vote";
    case K::TooFewInFavour: return "the decision of {date} had {votes} in favour; {rule}";
    case K::IncludingUnchecked:
      return "{rule}, including {party}; the scenario gives only a count, so that cannot be checked: list the members "
             "in favour (`votes a, b, c`)";
    case K::IncludingMissing: return "{rule}, including {party}, which did not vote in favour";
  }
  return "";
}

}  // namespace agree::words
