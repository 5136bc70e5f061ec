// English sentences of `agree diff`: one per kind of facts/fact_kinds_diff.def
// (words/sentences.h). The wording is the one answers have always had: end-to-end tests
// hold it.
#include "words/sentences.h"

namespace agree::words {

using K = DiffFact;

const char* diffSentenceEn(K kind) {
  switch (kind) {
    // ---- diff: the summary, the headings and how a change is named
    case K::DiffCategoryHeader: return "header";
    case K::DiffCategoryParties: return "parties";
    case K::DiffCategoryClauses: return "clauses";
    case K::DiffCategoryTerm: return "term";
    case K::DiffCategoryTimeline: return "timeline";
    case K::DiffCategoryDeadlines: return "deadlines";
    case K::DiffCountChanged: return "{n} changed";
    case K::DiffSummaryParties:
      return "{added} added, {removed} removed, {changed} changed; groups and bodies: {groups} changed";
    case K::DiffSummaryClauses: return "{added} added, {removed} removed, {changed} changed, {renumbered} renumbered";
    case K::DiffSummaryTimeline:
      return "{n} [one|party answers][!one|parties answer] differently on {days} party-days up to "
             "{horizon}[assumed| from the assumed start {assumed}]";
    case K::DiffSummaryNotCompared: return "not compared: the start is unknown (give --assume-start DATE)";
    case K::DiffSummaryDeadlines:
      return "{moved} moved, {appeared} appeared, {disappeared} disappeared[notices| ({notices} of them last notice "
             "days)]";
    case K::DiffStartLabel: return "start";
    case K::DiffTimelineImpact: return "timeline impact ({from} .. {until})";
    case K::DiffColumnCategory: return "category";
    case K::DiffColumnChanges: return "changes";
    case K::DiffColumnField: return "field";
    case K::DiffColumnBefore: return "before";
    case K::DiffColumnAfter: return "after";
    case K::DiffColumnParty: return "party";
    case K::DiffColumnFrom: return "from";
    case K::DiffColumnUntil: return "until (first day after)";
    case K::DiffColumnClause: return "clause";
    case K::DiffColumnChange: return "change";
    case K::DiffAdded: return "added";
    case K::DiffRemoved: return "removed";
    case K::DiffChanged: return "changed";
    case K::DiffRenumbered: return "renumbered";
    case K::DiffMoved: return "moved";
    case K::DiffAppeared: return "appeared";
    case K::DiffDisappeared: return "disappeared";
    case K::DiffNothing: return "(none)";
    case K::DiffPartyLine: return "{change} {id} ({name})";
    case K::DiffClauseLine: return "{change} {clause}";
    case K::DiffRenumberedLine: return "renumbered {clause} -> {to} (same content)";
    case K::DiffRenumberedHeading: return "{clause} renumbered to {to} (same content)";
    case K::DiffRange: return "{from} .. {until} (last day {last})";
    case K::DiffDeadlineLine: return "{clause} {change}";
    case K::DiffLastNoticeDay: return "{clause} last notice day for the period ending {end}";
    case K::DiffLastNoticeDayCell: return "{clause}: last notice day for the period ending {end}";
    // ---- diff: how a party stands on a day
    case K::DiffStandingNotAParty: return "not a party";
    case K::DiffStandingStartUnknown: return "depends (start unknown)";
    case K::DiffStandingNotYet: return "not yet bound";
    case K::DiffStandingInForce: return "in force";
    case K::DiffStandingInForceNoClause: return "in force, no clause binds it";
    case K::DiffStandingSurvivingOrInForce: return "surviving clauses, or in force";
    case K::DiffStandingDepends: return "depends";
    case K::DiffStandingSurvivingOnly: return "surviving clauses only";
    case K::DiffStandingNotBound: return "not bound";
    // ---- diff: a start that had to be assumed
    case K::DiffStartUnknownBoth: return "the start is unknown in both versions ({reason})";
    case K::DiffStartUnknownEach: return "the start is unknown in both versions (old: {old}; new: {new})";
    case K::DiffStartUnknownOld: return "the start of the old version is unknown ({reason})";
    case K::DiffStartUnknownNew: return "the start of the new version is unknown ({reason})";
    case K::DiffStartNotAssumed:
      return "{unknown}; no signing date either, so the timelines are not compared: give --assume-start DATE";
    case K::DiffStartAssumed: return "{unknown}; compared as if [both|both][!both|it] started on {date}, {source}";
    case K::DiffSourceOption: return "the date given with --assume-start";
    case K::DiffSourceSigningNew: return "the signing date of the new version";
    case K::DiffSourceSigningOld: return "the signing date of the old version";
    // ---- diff: the fields compared
    case K::DiffFieldTitle: return "title";
    case K::DiffFieldVersion: return "version";
    case K::DiffFieldLanguage: return "language";
    case K::DiffFieldGoverningLaw: return "governing law";
    case K::DiffFieldEnforceable: return "enforceable in law";
    case K::DiffFieldSigned: return "signed";
    case K::DiffFieldSignedAt: return "signed at";
    case K::DiffFieldCalendar: return "calendar";
    case K::DiffFieldSignedBy: return "signed by {id}";
    case K::DiffFieldPreamble: return "preamble {n}";
    case K::DiffFieldNote: return "note {n}";
    case K::DiffFieldName: return "name";
    case K::DiffFieldShortName: return "short name";
    case K::DiffFieldSeat: return "seat";
    case K::DiffFieldRegistration: return "registration";
    case K::DiffFieldRepresentatives: return "representatives";
    case K::DiffFieldPlaceholder: return "placeholder";
    case K::DiffFieldGroups: return "groups";
    case K::DiffFieldNotes: return "notes";
    case K::DiffFieldKind: return "kind";
    case K::DiffFieldHolders: return "holders";
    case K::DiffFieldCounterparty: return "counterparty";
    case K::DiffFieldTemplate: return "template";
    case K::DiffFieldApplies: return "applies";
    case K::DiffFieldSurvives: return "survives";
    case K::DiffFieldCap: return "cap on {event}";
    case K::DiffFieldEach: return "each {event}";
    case K::DiffFieldRecurs: return "recurs[n| {n}]";
    case K::DiffFieldDeadline: return "deadline";
    case K::DiffFieldScheduled: return "scheduled";
    case K::DiffFieldStart: return "start";
    case K::DiffFieldTerm: return "term";
    case K::DiffFieldRenewalPeriod: return "renewal period";
    case K::DiffFieldRenewalsAtMost: return "renewals at most";
    case K::DiffFieldRenewalCondition: return "renewal condition";
    case K::DiffFieldNoticePeriod: return "notice period[n| {n}]";
    case K::DiffFieldNotice: return "notice[n| {n}]";
    case K::DiffFieldNoticeForm: return "notice form[n| {n}]";
    case K::DiffFieldNoticeBy: return "notice by[n| {n}]";
    case K::DiffFieldPower: return "power to {action}";
    case K::DiffFieldPowerTrigger: return "power to {action}: trigger";
    case K::DiffFieldPowerForm: return "power to {action}: form";
    case K::DiffFieldAccession: return "accession";
    case K::DiffFieldGroup: return "group {id}";
    case K::DiffFieldBody: return "body {id}";
    case K::DiffFieldPeriodEnds: return "term period ends up to {horizon}";
    case K::DiffFieldEnd: return "end of the agreement";
    // ---- diff: the values of the fields
    case K::DiffText: return "{text}";
    case K::DiffSchedule: return "{text}";
    case K::DiffYes: return "yes";
    case K::DiffNo: return "no";
    case K::DiffNone: return "none";
    case K::DiffDate: return "{date}";
    case K::DiffMonth: return "{label}";
    case K::DiffDuration: return "{duration}";
    case K::DiffCount: return "{n}";
    case K::DiffEvent: return "{id}";
    case K::DiffList: return "{first}[rest|; {rest}]";
    case K::DiffCommaList: return "{first}[rest|, {rest}]";
    case K::DiffDash: return "-";
    case K::DiffMore: return "...";
    case K::DiffGoverningLaw: return "{law}[article| (art. {article})]";
    case K::DiffSignature: return "{when}[place| at {place}]";
    case K::DiffGroup: return "{name}: {members}";
    case K::DiffBody: return "{name}[notes|; {notes}]";
    case K::DiffDuty: return "duty";
    case K::DiffEffort: return "effort";
    case K::DiffProhibition: return "prohibition";
    case K::DiffPermission: return "permission";
    case K::DiffPower: return "power";
    case K::DiffProvision: return "provision";
    case K::DiffFromEnd: return "from the end on";
    case K::DiffFirstAfterStart: return "for the first {duration} after the start";
    case K::DiffWindows: return "{text} (both included)";
    case K::DiffWindowList: return "{first}[rest|; and from {rest}]";
    case K::DiffWholeTerm: return "for the whole term";
    case K::DiffSurvivesFor: return "for {duration}";
    case K::DiffSurvivesUntil: return "until {event}";
    case K::DiffIndefinitely: return "indefinitely";
    case K::DiffCap: return "at most {max} per [calendar|calendar year][!calendar|agreement year]";
    case K::DiffInstance:
      return "at most {duration}[extensions|, extendable {extensions} times by at most {extension}]";
    case K::DiffOnDate: return "on {date}";
    case K::DiffAfterStart: return "{length} after the start";
    case K::DiffAfterEnd: return "{length} after the end";
    case K::DiffAfterEvent: return "{length} after {event}";
    case K::DiffBetweenBefore: return "between {earliest} and {duration} before {event}";
    case K::DiffDurationBefore: return "{duration} before {event}";
    case K::DiffBeforeEvent: return "before {event}";
    case K::DiffAtEvent: return "at {event}";
    case K::DiffBeforePeriodEnd: return "{duration} before the end of period {n}";
    case K::DiffBeforeEachTermEnd: return "{duration} before each term end";
    case K::DiffByDate: return "by {date}";
    case K::DiffBeforeDate: return "before {date}";
    case K::DiffStartDate: return "{date}[retroactive| retroactive]";
    case K::DiffFirstDayAfter: return "first day of the {duration} after {event}";
    case K::DiffOnEvent: return "on {event}";
    case K::DiffIndefiniteTerm: return "indefinite[until|, until {until}[of| of {of}]]";
    case K::DiffOpenEnded: return "at least {duration}, until {event}";
    case K::DiffUntilDate: return "until {date}";
    case K::DiffMinimum: return "minimum {duration}";
    case K::DiffWithoutLimit: return "without limit";
    case K::DiffIf: return "if {event}[outcome| ({outcome})]";
    case K::DiffUnless: return "unless {event}[outcome| ({outcome})]";
    case K::DiffWhenBeforeTermEnd: return "before the end of a term period";
    case K::DiffWhenAnyTime: return "at any time";
    case K::DiffWhenBeforeCalendarEnd: return "before the end of {a unit}";
    case K::DiffWhenFromCalendarEnd: return "from the end of {the unit} it is given in";
    case K::DiffForm: return "{name}";
    case K::DiffWithNotice: return "with notice of {notice}";
    case K::DiffOnEffective: return "when the triggering event takes effect";
    case K::DiffImmediate: return "with immediate effect";
    case K::DiffAlways: return "always";
    case K::DiffTriggerEvent:
      return "after {event}[outcome| ({outcome})][cure|, cure period {cure}][reasonable|, a reasonable period to "
             "cure][within|, within {within} after it]";
    case K::DiffTriggerState: return "{event} lasting {period}";
    case K::DiffConsentOfAll: return "with the consent of all parties";
    case K::DiffAllowed: return "allowed";
    case K::DiffClauseHeading: return "{clause} {change}";
    case K::DiffTextLabel: return "text";
    case K::DiffGitNewFile: return "agree diff {label}: new file";
    case K::DiffGitDeletedFile: return "agree diff {label}: deleted file";
    case K::DiffGitErrors:
      return "agree diff {label}: [old|[new|both versions have][!new|the old version has]][!old|the new version has] "
             "errors (on stderr), so no report; the lines that changed:";
    case K::DiffGitUnreadable: return "  (a version cannot be read: no line diff either)";
  }
  return "";
}

}  // namespace agree::words
