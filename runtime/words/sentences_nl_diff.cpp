// Dutch sentences of `agree diff`: one per kind of facts/fact_kinds_diff.def
// (words/sentences.h), in the words the agreements themselves use: "opzegging", "uiterlijk",
// "vóór", "met onmiddellijke ingang", "termijn", "stilzwijgend verlengd", "ontbinden", "uittreden".
#include "words/sentences.h"

namespace agree::words {

using K = DiffFact;

const char* diffSentenceNl(K kind) {
  switch (kind) {
    // ---- diff: de samenvatting, de koppen en hoe een wijziging heet
    case K::DiffCategoryHeader: return "algemeen";
    case K::DiffCategoryParties: return "partijen";
    case K::DiffCategoryClauses: return "bepalingen";
    case K::DiffCategoryTerm: return "looptijd";
    case K::DiffCategoryTimeline: return "tijdlijn";
    case K::DiffCategoryDeadlines: return "uiterste data";
    case K::DiffCountChanged: return "{n} gewijzigd";
    case K::DiffSummaryParties:
      return "{added} toegevoegd, {removed} geschrapt, {changed} gewijzigd; groepen en organen: {groups} gewijzigd";
    case K::DiffSummaryClauses:
      return "{added} toegevoegd, {removed} geschrapt, {changed} gewijzigd, {renumbered} vernummerd";
    case K::DiffSummaryTimeline:
      return "{n} [one|partij is][!one|partijen zijn] anders gebonden op {days} partijdagen, tot {horizon}[assumed|, "
             "vanaf de aangenomen ingangsdatum {assumed}]";
    case K::DiffSummaryNotCompared:
      return "niet vergeleken: de ingangsdatum is niet bekend (geef --assume-start DATUM)";
    case K::DiffSummaryDeadlines:
      return "{moved} verschoven, {appeared} bijgekomen, {disappeared} vervallen[notices| (waarvan {notices} laatste "
             "dagen voor opzegging)]";
    case K::DiffStartLabel: return "ingang";
    case K::DiffTimelineImpact: return "gevolgen voor de tijdlijn ({from} t/m {last})";
    case K::DiffColumnCategory: return "onderdeel";
    case K::DiffColumnChanges: return "wijzigingen";
    case K::DiffColumnField: return "gegeven";
    case K::DiffColumnBefore: return "oud";
    case K::DiffColumnAfter: return "nieuw";
    case K::DiffColumnParty: return "partij";
    case K::DiffColumnFrom: return "van";
    case K::DiffColumnUntil: return "t/m";
    case K::DiffColumnClause: return "bepaling";
    case K::DiffColumnChange: return "wijziging";
    case K::DiffAdded: return "toegevoegd";
    case K::DiffRemoved: return "geschrapt";
    case K::DiffChanged: return "gewijzigd";
    case K::DiffRenumbered: return "vernummerd";
    case K::DiffMoved: return "verschoven";
    case K::DiffAppeared: return "bijgekomen";
    case K::DiffDisappeared: return "vervallen";
    case K::DiffNothing: return "(geen)";
    case K::DiffPartyLine: return "{id} ({name}) {change}";
    case K::DiffClauseLine: return "{clause} {change}";
    case K::DiffRenumberedLine: return "{clause} vernummerd tot {to} (inhoud ongewijzigd)";
    case K::DiffRenumberedHeading: return "{clause} vernummerd tot {to} (inhoud ongewijzigd)";
    case K::DiffRange: return "{from} t/m {last}";
    case K::DiffDeadlineLine: return "{clause} {change}";
    case K::DiffLastNoticeDay: return "{clause} laatste dag voor opzegging tegen het einde van de termijn op {end}";
    case K::DiffLastNoticeDayCell:
      return "{clause}: laatste dag voor opzegging tegen het einde van de termijn op {end}";
    // ---- diff: hoe een partij er op een dag voor staat
    case K::DiffStandingNotAParty: return "geen partij";
    case K::DiffStandingStartUnknown: return "hangt af (ingangsdatum niet bekend)";
    case K::DiffStandingNotYet: return "nog niet gebonden";
    case K::DiffStandingInForce: return "van kracht";
    case K::DiffStandingInForceNoClause: return "van kracht, maar geen bepaling bindt haar";
    case K::DiffStandingSurvivingOrInForce: return "bepalingen die na het einde van kracht blijven, of van kracht";
    case K::DiffStandingDepends: return "hangt af";
    case K::DiffStandingSurvivingOnly: return "alleen bepalingen die na het einde van kracht blijven";
    case K::DiffStandingNotBound: return "niet gebonden";
    // ---- diff: een ingangsdatum die moest worden aangenomen
    case K::DiffStartUnknownBoth: return "de ingangsdatum is in beide versies niet bekend ({reason})";
    case K::DiffStartUnknownEach: return "de ingangsdatum is in beide versies niet bekend (oud: {old}; nieuw: {new})";
    case K::DiffStartUnknownOld: return "de ingangsdatum van de oude versie is niet bekend ({reason})";
    case K::DiffStartUnknownNew: return "de ingangsdatum van de nieuwe versie is niet bekend ({reason})";
    case K::DiffStartNotAssumed:
      return "{unknown}; er is ook geen datum van ondertekening, dus de tijdlijnen zijn niet vergeleken: geef "
             "--assume-start DATUM";
    case K::DiffStartAssumed:
      return "{unknown}; vergeleken alsof [both|beide][!both|zij] op {date} [both|ingingen][!both|inging], {source}";
    case K::DiffSourceOption: return "de datum gegeven met --assume-start";
    case K::DiffSourceSigningNew: return "de datum van ondertekening van de nieuwe versie";
    case K::DiffSourceSigningOld: return "de datum van ondertekening van de oude versie";
    // ---- diff: de vergeleken gegevens
    case K::DiffFieldTitle: return "titel";
    case K::DiffFieldVersion: return "versie";
    case K::DiffFieldLanguage: return "taal";
    case K::DiffFieldGoverningLaw: return "toepasselijk recht";
    case K::DiffFieldEnforceable: return "in rechte afdwingbaar";
    case K::DiffFieldSigned: return "ondertekend";
    case K::DiffFieldSignedAt: return "plaats van ondertekening";
    case K::DiffFieldCalendar: return "kalender";
    case K::DiffFieldSignedBy: return "ondertekend door {id}";
    case K::DiffFieldPreamble: return "overweging {n}";
    case K::DiffFieldNote: return "opmerking {n}";
    case K::DiffFieldName: return "naam";
    case K::DiffFieldShortName: return "korte naam";
    case K::DiffFieldSeat: return "zetel";
    case K::DiffFieldRegistration: return "inschrijving";
    case K::DiffFieldRepresentatives: return "vertegenwoordigers";
    case K::DiffFieldPlaceholder: return "plaatshouder";
    case K::DiffFieldGroups: return "groepen";
    case K::DiffFieldNotes: return "opmerkingen";
    case K::DiffFieldKind: return "soort";
    case K::DiffFieldHolders: return "gehouden of gerechtigd";
    case K::DiffFieldCounterparty: return "wederpartij";
    case K::DiffFieldTemplate: return "sjabloon";
    case K::DiffFieldApplies: return "geldt";
    case K::DiffFieldSurvives: return "blijft van kracht na het einde";
    case K::DiffFieldCap: return "maximum voor {event}";
    case K::DiffFieldEach: return "elke {event}";
    case K::DiffFieldRecurs: return "terugkerend[n| {n}]";
    case K::DiffFieldDeadline: return "termijn";
    case K::DiffFieldScheduled: return "gepland";
    case K::DiffFieldStart: return "ingang";
    case K::DiffFieldTerm: return "looptijd";
    case K::DiffFieldRenewalPeriod: return "verlengingsperiode";
    case K::DiffFieldRenewalsAtMost: return "ten hoogste aantal verlengingen";
    case K::DiffFieldRenewalCondition: return "voorwaarde voor verlenging";
    case K::DiffFieldNoticePeriod: return "opzegtermijn[n| {n}]";
    case K::DiffFieldNotice: return "opzegging[n| {n}]";
    case K::DiffFieldNoticeForm: return "vorm van opzegging[n| {n}]";
    case K::DiffFieldNoticeBy: return "opzegging door[n| {n}]";
    case K::DiffFieldPower: return "bevoegdheid {action}";
    case K::DiffFieldPowerTrigger: return "bevoegdheid {action}: grond";
    case K::DiffFieldPowerForm: return "bevoegdheid {action}: vorm";
    case K::DiffFieldAccession: return "toetreding";
    case K::DiffFieldGroup: return "groep {id}";
    case K::DiffFieldBody: return "orgaan {id}";
    case K::DiffFieldPeriodEnds: return "einde van elke termijn, tot {horizon}";
    case K::DiffFieldEnd: return "einde van de overeenkomst";
    // ---- diff: de waarden van de gegevens
    case K::DiffText: return "{text}";
    case K::DiffSchedule: return "{schedule}";
    case K::DiffYes: return "ja";
    case K::DiffNo: return "nee";
    case K::DiffNone: return "geen";
    case K::DiffDate: return "{date}";
    case K::DiffMonth: return "{month}";
    case K::DiffDuration: return "{duration}";
    case K::DiffCount: return "{n}";
    case K::DiffEvent: return "{event}";
    case K::DiffList: return "{first}[rest|; {rest}]";
    case K::DiffCommaList: return "{first}[rest|, {rest}]";
    case K::DiffDash: return "-";
    case K::DiffMore: return "...";
    case K::DiffGoverningLaw: return "{law}[article| (art. {article})]";
    case K::DiffSignature: return "{when}[place| te {place}]";
    case K::DiffGroup: return "{name}: {members}";
    case K::DiffBody: return "{name}[notes|; {notes}]";
    case K::DiffDuty: return "verplichting";
    case K::DiffEffort: return "inspanningsverplichting";
    case K::DiffProhibition: return "verbod";
    case K::DiffPermission: return "recht";
    case K::DiffPower: return "bevoegdheid";
    case K::DiffProvision: return "bepaling";
    case K::DiffFromEnd: return "vanaf het einde";
    case K::DiffFirstAfterStart: return "gedurende de eerste {duration} na de ingangsdatum";
    case K::DiffWindows: return "jaarlijks van {windows} (beide inbegrepen)";
    case K::DiffWindowList: return "{first}[rest|; en van {rest}]";
    case K::DiffWholeTerm: return "gedurende de hele looptijd";
    case K::DiffSurvivesFor: return "gedurende {duration}";
    case K::DiffSurvivesUntil: return "tot {event}";
    case K::DiffIndefinitely: return "zonder einde";
    case K::DiffCap: return "ten hoogste {max} per [calendar|kalenderjaar][!calendar|contractjaar]";
    case K::DiffInstance:
      return "ten hoogste {duration}[extensions|, {extensions} keer te verlengen met ten hoogste {extension}]";
    case K::DiffOnDate: return "op {date}";
    case K::DiffAfterStart: return "{length} na de ingangsdatum";
    case K::DiffAfterEnd: return "{length} na het einde";
    case K::DiffAfterEvent: return "{length} na {event}";
    case K::DiffBetweenBefore: return "tussen {earliest} en {duration} vóór {event}";
    case K::DiffDurationBefore: return "{duration} vóór {event}";
    case K::DiffBeforeEvent: return "vóór {event}";
    case K::DiffAtEvent: return "bij {event}";
    case K::DiffBeforePeriodEnd: return "{duration} vóór het einde van termijn {n}";
    case K::DiffBeforeEachTermEnd: return "{duration} vóór het einde van elke termijn";
    case K::DiffByDate: return "uiterlijk {date}";
    case K::DiffBeforeDate: return "vóór {date}";
    case K::DiffStartDate: return "{date}[retroactive|, met terugwerkende kracht]";
    case K::DiffFirstDayAfter: return "de eerste dag van de {duration} na {event}";
    case K::DiffOnEvent: return "bij {event}";
    case K::DiffIndefiniteTerm: return "onbepaalde tijd[until|, tot {until}[of| van {of}]]";
    case K::DiffOpenEnded: return "ten minste {duration}, daarna tot {event}";
    case K::DiffUntilDate: return "tot {date}";
    case K::DiffMinimum: return "ten minste {duration}";
    case K::DiffWithoutLimit: return "onbeperkt";
    case K::DiffIf: return "als {event}[outcome| ({outcome})]";
    case K::DiffUnless: return "tenzij {event}[outcome| ({outcome})]";
    case K::DiffWhenBeforeTermEnd: return "vóór het einde van een termijn";
    case K::DiffWhenAnyTime: return "op elk moment";
    case K::DiffWhenBeforeCalendarEnd: return "vóór het einde van {a unit}";
    case K::DiffWhenFromCalendarEnd: return "na het einde van {the unit} waarin zij wordt gedaan";
    case K::DiffForm: return "{form}";
    case K::DiffWithNotice: return "met een opzegtermijn van {notice}";
    case K::DiffOnEffective: return "wanneer de gebeurtenis die haar doet ontstaan ingaat";
    case K::DiffImmediate: return "met onmiddellijke ingang";
    case K::DiffAlways: return "op elk moment";
    case K::DiffTriggerEvent:
      return "na {a event}[outcome| ({outcome})][cure|, hersteltermijn {cure}][reasonable|, een redelijke termijn "
             "voor herstel][within|, binnen {within} daarna]";
    case K::DiffTriggerState: return "wanneer {event} {period} heeft geduurd";
    case K::DiffConsentOfAll: return "met instemming van alle partijen";
    case K::DiffAllowed: return "toegestaan";
    case K::DiffClauseHeading: return "{clause} {change}";
    case K::DiffTextLabel: return "tekst";
    case K::DiffGitNewFile: return "agree diff {label}: nieuw bestand";
    case K::DiffGitDeletedFile: return "agree diff {label}: verwijderd bestand";
    case K::DiffGitErrors:
      return "agree diff {label}: [old|[new|beide versies bevatten][!new|de oude versie bevat]][!old|de nieuwe versie "
             "bevat] fouten (op stderr), dus geen rapport; de regels die zijn gewijzigd:";
    case K::DiffGitUnreadable: return "  (een versie kan niet worden gelezen: ook geen regeldiff)";
  }
  return "";
}

}  // namespace agree::words
