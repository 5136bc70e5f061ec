// English sentences of the answers (bound, timeline, explanations): one per kind of facts/fact_kinds_answers.def
// (words/sentences.h). The wording is the one answers have always had: end-to-end tests
// hold it.
#include "words/sentences.h"

namespace agree::words {

using K = AnswerFact;

const char* answersSentenceEn(K kind) {
  switch (kind) {
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
    case K::NoticeFromBeyondCalendar: return "a notice of {duration} from {date} would take effect after 9999-12-31";
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
    // ---- bound: the summary
    case K::SummaryStartUnknown: return "it is not known when the agreement starts: {start}";
    case K::SummaryAccedesOn: return "{party} accedes only on {date}";
    case K::SummaryNotYetInForce: return "the agreement is not yet in force: {start}";
    case K::SummaryInForce:
      return "the agreement is in force on {date}[n|, term period {n}: {from} .. [until|{until}][!until|after "
             "9999-12-31]][noClauseFor|, but no clause binds {noClauseFor}]";
    case K::BindsAgain:
      return "{clause} applies only in its yearly window and binds {party} again from {date}[ifInForce| if the "
             "agreement is still in force then]";
    case K::SummaryDepends:
      return "whether the agreement is still in force on {date} depends on {event}: {reason}[eitherWayFor|; either way "
             "the clauses below bind {eitherWayFor} (in force, or surviving)]";
    case K::SummaryLeft: return "{party} is {standing} since {date}: it {reason}";
    case K::OthersDependOn: return "whether the agreement is still in force for the others depends on {event}";
    case K::OthersGoOn: return "the agreement goes on for the other parties";
    case K::AgreementItselfEnded: return "the agreement itself ended on {date} ({reason})";
    case K::NoClauseSurvivesFor: return "no clause survives that binds {party}";
    case K::OnlySurvivingAndAfterEndBind: return "only surviving clauses and duties after the end bind {party}";
    case K::OnlySurvivingBind: return "only surviving clauses bind {party}";
    case K::NoSurvivingBindsOn: return "no surviving clause binds {party} on {date}";
    case K::SummaryEnded: return "the agreement ended on {date} ({reason})";
    case K::SummaryPartyLeftOn: return "{party} left the agreement on {date} ({reason})";
    case K::SurvivesAgain:
      return "{clause} survives but applies only in its yearly window: it binds {party} again from {date}";
    case K::StandingWithdrawn: return "withdrawn";
    case K::StandingExpelled: return "expelled";
    case K::StandingNotYet: return "not yet a party";
    case K::StandingParty: return "party";
    // ---- bound: why a clause binds
    case K::BasisInForce: return "in force";
    case K::BasisFirstAfterStart: return "in force for the first {duration} after the start";
    case K::BasisYearlyWindow:
      return "in force only in its yearly window ({windows}, both included): now {from} .. {last}";
    case K::YearWindow: return "{from} to {to}[nextYear| of the next year]";
    case K::OnlyInWindowNow: return "{basis}; only in its yearly window: now {from} .. {last}";
    case K::SurvivesEnd: return "survives the end on {date} {how} (art. {articles})";
    case K::BindsAfterLeaving: return "binds {party} after it left on {date} {how} (art. {articles})";
    case K::SurvivalForAfterEnd: return "for {duration} after the end";
    case K::SurvivalForAfterLeaving: return "for {duration} after leaving";
    case K::SurvivalUntil: return "until {event}";
    case K::SurvivalIndefinitely: return "indefinitely";
    case K::AppliesFromEnd: return "applies from the end on {date}[duration| for {duration}] ({clause})";
    case K::AppliesFromLeaving:
      return "applies to {party} from its leaving on {date}[duration| for {duration}] ({clause})";
    // ---- bound: caveats
    case K::ScenarioEvent:
      return "{event}[by| by {by}][of| of {of}][outcome| ({outcome})][under| under {under}][form|, {form}] on "
             "{date}[effective|, taking effect on {effective}]";
    case K::CaveatRejected: return "scenario event rejected: {event}: {why}";
    case K::CaveatNotFullyChecked: return "scenario event accepted, not fully checked: {event}: {why}";
    case K::CaveatPlaceholder:
      return "{party} is a placeholder: the text does not name this party yet, so the answer is for whoever will fill "
             "its place";
    case K::CaveatNotEnforceable:
      return "the agreement is not enforceable in law[clause| ({clause})]: being bound is a commitment between the "
             "parties, not a claim a court will enforce";
    case K::CaveatRetroactive:
      return "retroactive: on {date} the agreement was not yet signed (signed {signed}); it applies from {start} "
             "({clause})";
    case K::CaveatRetroactiveMonth:
      return "retroactive: on {date} the agreement was not yet signed (signed some day in {month}, the day is not "
             "known); it applies from {start} ({clause})";
    case K::CaveatRetroactiveMaybe:
      return "retroactive: on {date} the agreement may not yet have been signed (signed some day in {month}, up to "
             "{last}; the day is not known); it applies from {start} ({clause})";
    case K::CaveatLeft: return "{party} {reason}; from {date} only the surviving clauses bind it";
    case K::CaveatNoNoticeClause:
      return "the agreement is for an indefinite period and no clause provides for notice: under Dutch law a party can "
             "still end it by notice with a reasonable period (redelijke opzegtermijn), which the text does not fix, "
             "so "
             "agree gives no date for it";
    // ---- what could still change an answer
    case K::ChangeStartUnknown:
      return "the answer on {date} turns on {event}: on or before {latest}, the agreement is in force then (if its "
             "term has not run out) and the clauses below bind {party}; later, nothing binds it yet ({clause})";
    case K::ChangeNoNoticeClause:
      return "the agreement is for an indefinite period and no clause provides for notice; a party can still give "
             "notice with a reasonable period under Dutch law (not dated: the text fixes no period)";
    case K::ChangeTurnsOn: return "the answer on {date} turns on {event}: {reason}";
    case K::HoldersEach: return "any party";
    case K::HoldersAll: return "all parties together";
    case K::HoldersOther: return "the other party";
    case K::HoldersEventParty: return "the party of the event";
    case K::HoldersDecision: return "{group} by a decision ({threshold})";
    case K::HoldersNone: return "nobody";
    case K::PartyName: return "{party}";
    case K::Or: return "{first} or {second}";
    case K::ChangeCalendarNotice:
      return "a notice[form| {form}] on or before {latest} by {holders} ends the agreement on {end} ({notice}, "
             "{clause})";
    case K::ChangeNoticeAnyTime:
      return "a notice[form| {form}] on or before {latest} by {holders} ends the agreement by {date} ({duration} "
             "notice, {clause})";
    case K::ChangeNoticeWouldHave:
      return "a notice[form| {form}] by {holders} on or before {deadline} would have ended the agreement on "
             "{boundary} ({duration} before the end of period {n}, {clause}); on {date} only surviving clauses would "
             "then bind {party}{note}";
    case K::ChangeEndBeyondCalendar:
      return "the earliest regular end: period {n} ends after 9999-12-31, beyond the calendar, so agree gives no date "
             "for it nor for the last day to give notice ({clause})";
    case K::ChangeEarliestEnd:
      return "the earliest regular end: the agreement ends on {end} if a party gives notice[form| {form}] on or before "
             "{deadline} ({clause}); otherwise it renews{note}";
    case K::NoticeDayNote:
      return "; safe day {safe} (reading the end as the period's last day, {last})[notWorking|; {latest} is not a "
             "working day: {notWorking}]";
    case K::ChangeRenewalWouldHaveStopped:
      return "{a what} on or before {latest} (in period {n}) would have stopped the renewal, ending the agreement on "
             "{boundary} ({clause}); on {date} only surviving clauses would then bind {party}";
    case K::ChangeRenewalStops:
      return "{a what} on or before {latest} stops the renewal: the agreement then ends on {end} ({clause}); the "
             "{event} for period {n} is due by {due} ({basis})";
    case K::ChangeEndingEvent:
      return "{event}[of| of {of}] on or before {date} ends the agreement on that day ({clause}); only surviving "
             "clauses would then bind {party}";
    case K::NeedsEvent:
      return " after {what} on or before {eventBy}[reasonable| and a reasonable period to cure (as long as the "
             "{reasonable} gives; the text fixes none)][within|, and within {within} after it]";
    case K::NeedsState: return " once {event} has lasted {period} (it must start on or before {stateBy})";
    case K::HowCalendarNotice: return " with notice of {notice}";
    case K::HowNotice: return " with {duration} notice";
    case K::HowOnEffective: return " taking effect when the {event} takes effect";
    case K::EffectEndsAgreement:
      return "ends the agreement by {date}; {party} would then be bound only by surviving clauses";
    case K::EffectWithdrawSelf:
      return "{party} can withdraw itself; [anySurvives|from then only its surviving clauses bind it][!anySurvives|no "
             "clause survives, so from then nothing binds it][twoParties| (with two parties, a withdrawal ends the "
             "agreement)]";
    case K::EffectWithdrawOther:
      return "a withdrawal by another party; the agreement ends if fewer than two parties remain";
    case K::EffectExpel:
      return "the other parties can end the cooperation with {party} (with two parties this ends the agreement); from "
             "then only surviving clauses bind {party}";
    case K::ChangePower:
      return "{action}[form| {form}]{how} by {holders} on or before {latest}{needs} ({clause}): {effect}";
    // ---- the lines of a `bound` answer
    case K::BoundQuestion: return "Is {party} bound on {date}?  {verdict}";
    case K::VerdictYes: return "YES";
    case K::VerdictNo: return "NO";
    case K::VerdictDepends: return "DEPENDS";
    case K::ReportAgreement:
      return "agreement: {title}[scenario| (scenario {scenario})][!scenario| (no scenario: nothing happens beyond what "
             "it fixes)]";
    case K::ReportStart: return "start: {start}";
    case K::ReportInForce: return "in force on {date}: {state}{note}";
    case K::StateYes: return "yes";
    case K::StateNo: return "no";
    case K::StateDepends: return "depends";
    case K::NoteSurvivingOnly: return " (surviving clauses only)";
    case K::NoteForOthers: return " (for the other parties[survivingFor|; only surviving clauses bind {survivingFor}])";
    case K::ReportStanding:
      return "{party}: {standing}[joins|, joins on {joins}][since| since {since}][reason| ({reason})]";
    case K::HeadingBinding: return "Binding clauses:";
    case K::HeadingIfInForce: return "Binding if the agreement is in force on {date}:";
    case K::HeadingCaveats: return "Caveats:";
    case K::HeadingCouldChange: return "What could still change this:";
    case K::NextExit: return "(next exit) ";
    case K::IntervalUntilEvent: return "from {from}, until {event}, which has not happened";
    case K::IntervalBeyondCalendar: return "from {from}, until after 9999-12-31 (beyond the calendar)";
    case K::IntervalOpen: return "from {from}, without end";
    case K::IntervalMinimum:
      return "{from} .. at least {until} (the minimum term's last day {last}), then until {event}";
    case K::Interval: return "{from} .. {until} (last day {last})[renews|, renews]";
    // ---- deadlines
    case K::LengthWithin: return "within {duration}";
    case K::LengthScheduled: return "scheduled {duration}";
    case K::LengthImmediately: return "immediately";
    case K::DueBeforePlannedEnd:
      return "{duration} before the planned end of period {n} on {end}; the agreement ended earlier, on {ended} "
             "({clause})";
    case K::DueBeforePeriodEnd: return "{duration} before the end of period {n} on {end} ({clause})";
    case K::DueAfterEvent:
      return "{length} after {event}[name| ({name})] on {at}{how}{window}[owedBy|; owed by {owedBy}, the party of the "
             "event] ({clause}){rolled}";
    case K::DueAfterEnd: return "{length} after the end on {date}{how}{window} ({clause}){rolled}";
    case K::DueAfterStartUnknown: return "{length} after the start, which is not known ({start}) ({clause})";
    case K::DueAfterStart: return "{length} after the start on {at}{how}{window} ({clause}){rolled}";
    case K::DueByDate: return "[scheduled|scheduled on ][!scheduled|by ]{date} ({clause}){rolled}";
    case K::DueBeforeDate: return "before {date} ({clause}){rolled}";
    case K::DueAtOnceAfterEnd: return "after the end on {date}, no time set: due at once (art. 6:38 BW) ({clause})";
    case K::DueAtEvent: return "at the latest at the {event}[name| ({name})] on {at} ({clause}){rolled}";
    case K::DueDayBeforeEvent:
      return "before the {event}[name| ({name})] on {date}: by the day before ({clause}){rolled}";
    case K::DueBeforeEvent:
      return "[latest|at the latest ]{duration} before the {event}[name| ({name})] on {at}{how}[window|, {window}] "
             "({clause}){rolled}";
    case K::EarliestBefore: return "at the earliest {duration} before{how}: not before {opens}";
    case K::WindowOpens: return ", at the earliest {duration} after{how}: not before {opens}";
    case K::HowSameTimeOfDay: return " (no time given: at the same time of day)";
    case K::HowCalendarUnreadable: return ": the calendar cannot be read: {error}";
    case K::HowWorkingDays:
      return " ({calendar} calendar, {day} itself not counted[skipped|; {skipped}])[decree|{decree}]";
    case K::SkippedDay: return "{date} {name}";
    case K::DecreeCaveat: return " (caveat: days equated by royal decree for {years} are not yet known)";
    case K::HowAfterCalendar: return ": after 9999-12-31, beyond the calendar";
    case K::HowBeforeCalendar: return ": before 0001-01-01, beyond the calendar";
    case K::RolledCalendarUnreadable: return " (the calendar cannot be read: {error}; not moved)";
    case K::RolledNoWorkingDay: return " (no working day follows; not moved)";
    case K::RolledForward:
      return "[skipped| ({due} is no working day: {skipped}; so the next working day, {date}, {calendar} "
             "calendar)][decree|{decree}]";
    // ---- the lines of a `timeline`
    case K::TimelineScenario: return "scenario: {scenario}";
    case K::TimelineRetroactive:
      return "retroactive: signed [signed|{signed}][month|some day in {month} (the day is not known)], in force from "
             "{start}";
    case K::TimelineTerm: return "term: {term}";
    case K::TermIndefiniteUntil: return "indefinite, until {event}[of| of {of}] ({clause})";
    case K::TermIndefinite: return "indefinite ({clause})";
    case K::TermOpenEnded: return "at least {duration}, then until {event} ({clause})";
    case K::TermUntilDate: return "until {date} ({clause}){renewal}";
    case K::TermFor: return "[minimum|minimum ]{duration} ({clause}){renewal}";
    case K::RenewalRule:
      return ", then renewed automatically by {every}[max| at most {max} times][if| if {event}][unless| unless "
             "{event}][outcome| {outcome}] ({clause})";
    case K::TimelineNotice: return "notice: {duration} {when}, {form}, by {holders} ({clause})";
    case K::WhenBeforeTermEnd: return "before the end of a term period";
    case K::WhenAnyTime: return "at any time";
    case K::WhenBeforeCalendarEnd: return "before the end of {a unit}";
    case K::WhenFromCalendarEnd: return "from the end of {the unit} it is given in";
    case K::TheHolders: return "the holders";
    case K::HeadingPeriods: return "periods:";
    case K::PeriodLine: return "{from} .. {until}  (last day {last})";
    case K::PeriodNotice:
      return "  notice by {latest} ({clause}; safe {safe}[notWorking|; {latest} not a working day])";
    case K::PeriodEnds: return "  <- ends";
    case K::NoticeByFootnote:
      return "  (notice by: the end read as the first day after the period; safe: read as its last day)";
    case K::PeriodEndsBeyondCalendar: return "  (period {n} would end after 9999-12-31)";
    case K::RenewsEvery: return "  ...  renews every {every}[withoutEnd| without end]";
    case K::MinimumTermLine: return "minimum term: {from} .. {until}  (last day {last}), then until {event}";
    case K::EndLine: return "end: {date} (last day {last}): {reason}";
    case K::EndNone: return "end: none known";
    case K::UncertainLine: return "uncertain from {from}: {reason}";
    case K::HeadingParties: return "parties:";
    case K::MemberFrom: return "  from {date}";
    case K::MemberAcceded: return " (acceded, {clause})";
    case K::MemberUntil: return "  until {date}: {reason}";
    case K::HeadingSurviving: return "surviving the end:";
    case K::HeadingDeadlines: return "deadlines:";
    case K::HeadingEvents: return "events:";
    case K::EventAccepted: return "accepted  ";
    case K::EventRejected: return "REJECTED  ";
    case K::NotChecked: return "not checked: {why}";
  }
  return "";
}

}  // namespace agree::words
