// Dutch sentences of the answers (bound, timeline, explanations): one per kind of facts/fact_kinds_answers.def
// (words/sentences.h), in the words the agreements themselves use: "opzegging", "uiterlijk",
// "vóór", "met onmiddellijke ingang", "termijn", "stilzwijgend verlengd", "ontbinden", "uittreden".
#include "words/sentences.h"

namespace agree::words {

using K = AnswerFact;

const char* answersSentenceNl(K kind) {
  switch (kind) {
    // ---- hoe een tijdlijn begint
    case K::StartOnDate: return "van kracht vanaf {date} ({clause})";
    case K::StartOnSigning: return "van kracht bij ondertekening, {date} ({clause})";
    case K::StartOnSigningInMonth:
      return "van kracht bij ondertekening ({clause}), op een dag in {month}: de dag is niet bekend";
    case K::StartOnSigningUnknown:
      return "van kracht bij ondertekening ({clause}); er is geen datum van ondertekening bekend";
    case K::StartOnEvent: return "van kracht bij {event} van {date}[effective|, met ingang van {effective}] ({clause})";
    case K::StartOnEventPending: return "van kracht bij {event} ({clause}), wat nog niet heeft plaatsgevonden";
    case K::StartLaterBeyondCalendar: return "{base}; {later} valt na 31 december 9999";
    case K::StartOnFirstDayAfter:
      return "{base}; de overeenkomst gaat in {later}, {date}[clamped| (die maand heeft zo'n dag niet: de laatste dag "
             "van de maand)]";
    case K::StartLaterBy:
      return "{base}; de overeenkomst gaat {later} in, op {date}[clamped| (die maand heeft zo'n dag niet: de laatste "
             "dag van de maand)]";
    case K::LaterFirstDayOfMonth: return "op de eerste dag van de {n} maand daarna";
    case K::LaterFirstDayOfYear: return "op de eerste dag van het {n} jaar daarna";
    case K::LaterBy: return "{duration} later";
    // ---- de looptijd en het einde
    case K::TermEndsBeforeStart: return "de looptijd eindigt op {until}, vóór de ingangsdatum";
    case K::FirstPeriodBeyondCalendar:
      return "de eerste termijn, {duration} vanaf {start}, zou na 31 december 9999 eindigen";
    case K::LastRenewalBeyondCalendar:
      return "de laatste verlenging, termijn {n} vanaf de ingangsdatum {start}, zou na 31 december 9999 eindigen";
    case K::MinimumTermBeyondCalendar:
      return "de minimale looptijd van {duration} vanaf {start} zou na 31 december 9999 eindigen";
    case K::TermEnds: return "de looptijd eindigt ({clause})";
    case K::TermEndsAfterRenewals: return "de looptijd eindigt na {renewals} verlengingen ({clause})";
    case K::EndingEventEnds: return "{event}[of| van {of}] op {date} beëindigt de overeenkomst ({clause})";
    case K::MinimumTermEnds:
      return "de minimale looptijd van {duration} eindigt ({clause}); {event} vond plaats op {date}";
    case K::ClosingEventEndsTerm: return "{event} op {date} beëindigt de looptijd ({clause})";
    case K::OpenEndedUntilEvent:
      return "na de minimale looptijd van {duration} (tot {until}) duurt de looptijd tot {event}, wat het scenario "
             "niet "
             "vastlegt";
    case K::EventWithOutcome: return "{event}[outcome| ({outcome})]";
    case K::EventWithOutcomeNamed: return "{event}[outcome| met uitkomst {outcome}]";
    case K::NotRenewedAfter: return "niet verlengd: {what} op {date} ({clause})";
    case K::NotRenewedWithout: return "niet verlengd: geen {what} in termijn {n} ({clause})";
    case K::RenewalNeeds: return "verlenging op {date} vereist {what} in termijn {n} ({clause}); {unrecorded}";
    case K::EvaluationNotRecorded:
      return "voor termijn {n} ({from} t/m [last|{last}][!last|na 31 december 9999]) is geen {what} vastgelegd; die is "
             "uiterlijk {due} verschuldigd ({basis})";
    case K::DueUnderClause: return "{clause}";
    case K::DueLastDayOfPeriod:
      return "de laatste dag van termijn {n}, over de verlenging waarvan zij beslist, {clause}";
    case K::PendingUnless:
      return "stilzwijgend verlengd op {date}: alleen {a what} houdt de verlenging tegen ({clause}), en {unrecorded}";
    case K::PendingIf:
      return "of de overeenkomst op {date} is verlengd, hangt af van {a what} ({clause}): {unrecorded}";
    case K::FewerThanTwoLeft: return "er blijven minder dan twee partijen over nadat {party} is uitgetreden ({clause})";
    // ---- gebeurtenissen in het scenario
    case K::Recorded: return "vastgelegd";
    case K::Both: return "{first}; {second}";
    case K::NotHolder: return "{party} is niet gehouden tot {clause} (die bepaling geldt voor {holders})";
    case K::NotStarted: return "de overeenkomst is nog niet ingegaan ({start})";
    case K::StartsOnlyOn: return "de overeenkomst gaat pas in op {date}";
    case K::AlreadyEnded: return "de overeenkomst is al geëindigd op {date}: {reason}";
    case K::NotAPartyOn: return "{party} is op {date} geen partij[left| (uitgetreden op {left})]";
    case K::RecordedOnlyOf: return "vastgelegd; alleen {event} van {of} beëindigt de overeenkomst ({clause})";
    case K::ClosingEnds: return "beëindigt de overeenkomst op {date} (laatste dag {last}, {clause})";
    case K::FormNotStated: return "de vorm is niet vermeld; {clause} vereist dat het {required} gebeurt";
    case K::FormWrong: return "gedaan {given}, maar {clause} vereist dat het {required} gebeurt";
    case K::NoNoticeRight: return "{party} heeft onder deze overeenkomst geen recht van opzegging";
    case K::NoNoticeUnder: return "{party} mag niet opzeggen onder {clause}";
    case K::NoticeBeyondCalendar:
      return "een opzegging met een termijn van {notice}, gedaan op {date}, zou pas na 31 december 9999 ingaan";
    case K::NoticeFromBeyondCalendar:
      return "een opzegging met een termijn van {duration} vanaf {date} zou pas na 31 december 9999 ingaan";
    case K::NoticeAfterDate: return "opzegging door {party} op {date} met een opzegtermijn van {duration} ({clause})";
    case K::NoPeriodContains: return "geen termijn omvat {date}";
    case K::PeriodBeyondCalendar: return "de termijn waarin {date} valt, eindigt na 31 december 9999";
    case K::NoticeInTime:
      return "opzegging door {party} op {date}, uiterlijk {deadline} ({duration} vóór het einde van termijn {n}, "
             "{clause})";
    case K::NoticeLateLastPeriod:
      return "te laat: de uiterste dag voor het einde op {end} was {deadline}, en de overeenkomst eindigt dan toch "
             "(geen "
             "verdere verlenging)";
    case K::NoticeLateNextBeyond:
      return "te laat voor {end}, en het einde van de volgende termijn valt na 31 december 9999";
    case K::NoticeLateNextPeriod:
      return "opzegging door {party} op {date}, te laat voor {end} (uiterlijk {deadline}), dus met ingang van het "
             "einde van de volgende termijn ({clause})";
    case K::LateFor: return "te laat voor {end} (uiterlijk {deadline}); ";
    case K::EndsAgreementOn: return "{late}beëindigt de overeenkomst op {date} (laatste dag {last})";
    case K::NoEffectAlreadyEnds: return "{late}zonder gevolg: de overeenkomst eindigt al op {date} ({reason})";
    case K::NoticeLength: return "{duration}";
    case K::NoticeBeforeCalendarEnd: return "{duration} vóór het einde van {a unit}";
    case K::NoticeFromCalendarEnd: return "{duration} na het einde van {the unit} waarin zij wordt gedaan";
    case K::CalendarNoticeFromEnd:
      return "opzegging door {party} op {date}: {duration} na het einde van {the unit} op {end} ({clause})";
    case K::CalendarNoticeInTime:
      return "opzegging door {party} op {date}, uiterlijk {deadline} ({duration} vóór het einde van {the unit} op "
             "{end}, {clause})";
    case K::CalendarNoticeLate:
      return "opzegging door {party} op {date}, te laat voor het einde van {the unit} op {first} (uiterlijk {missed}), "
             "dus met ingang van het einde op {end} ({clause})";
    case K::NoAccessionClause: return "de overeenkomst heeft geen bepaling waaronder een partij kan toetreden";
    case K::Accedes:
      return "{name} treedt toe met ingang van {date} ({clause}[consent|, waarvoor de instemming van alle partijen "
             "nodig is; het scenario legt die instemming niet vast])";
    case K::NoPowerFor: return "geen bepaling [under|({under}) ]geeft de bevoegdheid {action}";
    case K::WithNotice: return " met een opzegtermijn van {notice}";
    case K::AsOfEffective: return " met ingang van {date}, wanneer de {event} ingaat";
    case K::WithImmediateEffect: return " met onmiddellijke ingang";
    case K::TerminatedBy: return "beëindigd door {party} op {date}{how} ({clause}[why|; {why}])";
    case K::DissolvedBy: return "ontbonden door {party} op {date}{how} ({clause}[why|; {why}])";
    case K::NotAPartyThen: return "{party} is dan geen partij";
    case K::WithdrewOn: return "uitgetreden op {date}{how} ({clause})";
    case K::ExpelledBy: return "de samenwerking ermee is beëindigd door {party} op {date}{how} ({clause})";
    case K::LeavesOthersContinue:
      return "{party} is geen partij meer met ingang van {date}; de andere partijen gaan door";
    case K::LeavesAgreementEnds:
      return "{party} is geen partij meer met ingang van {date}; er blijven minder dan twee partijen over, dus de "
             "overeenkomst eindigt dan";
    // ---- bevoegdheden en wat ze doet ontstaan
    case K::TriggerAlways: return "op elk moment";
    case K::TriggerEvent:
      return "na {a event}[outcome| ({outcome})][cure| en een hersteltermijn van {cure}][reasonable| en een redelijke "
             "termijn voor herstel][within|, binnen {within} daarna]";
    case K::TriggerState: return "wanneer {event} {period} heeft geduurd";
    case K::NotPowerHolder:
      return "{party} heeft de bevoegdheid van {clause} niet[decision|: die wordt uitgeoefend door {decision}]";
    case K::TriggerNotRecorded:
      return "er is op of vóór {date} geen {what} vastgelegd; {clause} geldt alleen {trigger}";
    case K::HeldByOtherParty: return "alleen de andere partij kan dat";
    case K::HeldBy: return "de bevoegdheid ligt bij {holders}";
    case K::CannotUseOn: return "{party} kan {clause} niet inroepen op de {event} van {subject} ({held})";
    case K::UsableFrom:
      return "{clause} kan worden ingeroepen vanaf {from} ({event} op {date} + hersteltermijn van {cure}[reasonable|, "
             "de redelijke termijn die daarin werd gegeven]), niet op {on}";
    case K::UsableOnlyWithin:
      return "{clause} kon alleen worden ingeroepen binnen {within} na de {event} van {date}, tot en met {closes}; "
             "niet "
             "op {on}";
    case K::EffectiveMomentPassed:
      return "{clause} werkt met ingang van het moment waarop de {event} van {date} ingaat, op {effective}; op {on} is "
             "dat moment voorbij";
    case K::TriggeredBy:
      return "{event} op {date}[effective|, met ingang van {effective}][until|, in te roepen tot en met "
             "{until}][cure|, "
             "en de redelijke hersteltermijn van {cure} die daarin werd gegeven, is verstreken op {cureEnded}]";
    case K::CureNotChecked:
      return "de redelijke termijn voor herstel na de {event} van {date} ({clause}) heeft geen lengte in de tekst of "
             "in "
             "de {event}, dus is niet nagegaan of die was verstreken";
    case K::CannotUseOnState: return "{party} kan {clause} niet inroepen op [own|de eigen ][!own|de ]{event}; {held}";
    case K::StateEndedEarly:
      return "{event} van {party} vanaf {from} eindigde op {ended}, voordat die {period} had geduurd ({clause})";
    case K::StateGivesPowerFrom:
      return "{event} van {party} sinds {since} geeft de bevoegdheid van {clause} vanaf {from} (na {period}), niet op "
             "{on}";
    case K::StateEnded:
      return "{event} van {party} eindigde op {ended}; de bevoegdheid van {clause} gold alleen zolang die duurde";
    case K::StateTriggered: return "{event} van {party} sinds {since}, {period} op {from}";
    // ---- besluiten van een groep
    case K::ThresholdMajority: return "een meerderheid";
    case K::ThresholdUnanimity: return "unanimiteit";
    case K::ThresholdFraction: return "{numerator}/{denominator}";
    case K::DecisionRule:
      return "{clause} vereist een besluit van {group} met {threshold}[needed|: ten minste {needed}] van de {n} leden "
             "vóór";
    case K::NoLongerMember: return "{party} is op {date} geen lid meer van {group} en kan niet stemmen";
    case K::TooFewInFavour: return "het besluit van {date} had {votes} stemmen vóór; {rule}";
    case K::IncludingUnchecked:
      return "{rule}, onder wie {party}; het scenario geeft alleen een aantal, dus dat kan niet worden nagegaan: noem "
             "de leden die vóór stemden (`votes a, b, c`)";
    case K::IncludingMissing: return "{rule}, onder wie {party}, dat niet vóór stemde";
    // ---- bound: de samenvatting
    case K::SummaryStartUnknown: return "het is niet bekend wanneer de overeenkomst ingaat: {start}";
    case K::SummaryAccedesOn: return "{party} treedt pas toe op {date}";
    case K::SummaryNotYetInForce: return "de overeenkomst is nog niet van kracht: {start}";
    case K::SummaryInForce:
      return "de overeenkomst is van kracht op {date}[n|, in termijn {n} ({from} t/m [last|{last}][!last|na 31 "
             "december 9999])][noClauseFor|, maar geen bepaling bindt {noClauseFor}]";
    case K::BindsAgain:
      return "{clause} geldt alleen in de jaarlijkse periode en bindt {party} weer vanaf {date}[ifInForce| als de "
             "overeenkomst dan nog van kracht is]";
    case K::SummaryDepends:
      return "of de overeenkomst op {date} nog van kracht is, hangt af van {event}: {reason}[eitherWayFor|; hoe dan "
             "ook "
             "binden de bepalingen hieronder {eitherWayFor} (van kracht, of van kracht na het einde)]";
    case K::SummaryLeft: return "{party} is sinds {date} {standing}: {reason}";
    case K::OthersDependOn: return "of de overeenkomst voor de andere partijen nog van kracht is, hangt af van {event}";
    case K::OthersGoOn: return "de overeenkomst loopt door voor de andere partijen";
    case K::AgreementItselfEnded: return "de overeenkomst zelf is geëindigd op {date} ({reason})";
    case K::NoClauseSurvivesFor: return "geen bepaling die {party} bindt, blijft na het einde van kracht";
    case K::OnlySurvivingAndAfterEndBind:
      return "{party} is alleen nog gebonden aan de bepalingen die na het einde van kracht blijven en aan de "
             "verplichtingen na het einde";
    case K::OnlySurvivingBind:
      return "{party} is alleen nog gebonden aan de bepalingen die na het einde van kracht blijven";
    case K::NoSurvivingBindsOn:
      return "op {date} is {party} aan geen bepaling gebonden die na het einde van kracht blijft";
    case K::SummaryEnded: return "de overeenkomst is geëindigd op {date} ({reason})";
    case K::SummaryPartyLeftOn: return "{party} is op {date} uit de overeenkomst getreden ({reason})";
    case K::SurvivesAgain:
      return "{clause} blijft van kracht, maar geldt alleen in de jaarlijkse periode: zij bindt {party} weer vanaf "
             "{date}";
    case K::StandingWithdrawn: return "uitgetreden";
    case K::StandingExpelled: return "uitgesloten";
    case K::StandingNotYet: return "nog geen partij";
    case K::StandingParty: return "partij";
    // ---- bound: waarom een bepaling bindt
    case K::BasisInForce: return "van kracht";
    case K::BasisFirstAfterStart: return "van kracht gedurende de eerste {duration} na de ingangsdatum";
    case K::BasisYearlyWindow:
      return "alleen van kracht in de jaarlijkse periode ({windows}, beide inbegrepen): nu {from} t/m {last}";
    case K::YearWindow: return "{from} t/m {to}[nextYear| van het volgende jaar]";
    case K::OnlyInWindowNow: return "{basis}; alleen in de jaarlijkse periode: nu {from} t/m {last}";
    case K::SurvivesEnd: return "blijft van kracht na het einde op {date}, {how} (art. {articles})";
    case K::BindsAfterLeaving: return "bindt {party} na de uittreding op {date}, {how} (art. {articles})";
    case K::SurvivalForAfterEnd: return "gedurende {duration} na het einde";
    case K::SurvivalForAfterLeaving: return "gedurende {duration} na de uittreding";
    case K::SurvivalUntil: return "tot {event}";
    case K::SurvivalIndefinitely: return "zonder einde";
    case K::AppliesFromEnd: return "geldt vanaf het einde op {date}[duration| gedurende {duration}] ({clause})";
    case K::AppliesFromLeaving:
      return "geldt voor {party} vanaf de uittreding op {date}[duration| gedurende {duration}] ({clause})";
    // ---- bound: voorbehouden
    case K::ScenarioEvent:
      return "{event}[by| door {by}][of| van {of}][outcome| ({outcome})][under| onder {under}][form|, {form}] op "
             "{date}[effective|, met ingang van {effective}]";
    case K::CaveatRejected: return "gebeurtenis in het scenario afgewezen: {event}: {why}";
    case K::CaveatNotFullyChecked:
      return "gebeurtenis in het scenario aanvaard, niet volledig gecontroleerd: {event}: {why}";
    case K::CaveatPlaceholder:
      return "{party} is een plaatshouder: de tekst noemt deze partij nog niet, dus het antwoord geldt voor wie haar "
             "plaats inneemt";
    case K::CaveatNotEnforceable:
      return "de overeenkomst is niet in rechte afdwingbaar[clause| ({clause})]: gebonden zijn is een afspraak tussen "
             "de partijen, geen vordering die een rechter toewijst";
    case K::CaveatRetroactive:
      return "terugwerkende kracht: op {date} was de overeenkomst nog niet ondertekend (ondertekend op {signed}); zij "
             "geldt vanaf {start} ({clause})";
    case K::CaveatRetroactiveMonth:
      return "terugwerkende kracht: op {date} was de overeenkomst nog niet ondertekend (ondertekend op een dag in "
             "{month}, de dag is niet bekend); zij geldt vanaf {start} ({clause})";
    case K::CaveatRetroactiveMaybe:
      return "terugwerkende kracht: op {date} was de overeenkomst mogelijk nog niet ondertekend (ondertekend op een "
             "dag "
             "in {month}, uiterlijk {last}; de dag is niet bekend); zij geldt vanaf {start} ({clause})";
    case K::CaveatLeft:
      return "{party}: {reason}; vanaf {date} is zij alleen nog gebonden aan de bepalingen die van kracht blijven";
    case K::CaveatNoNoticeClause:
      return "de overeenkomst is voor onbepaalde tijd aangegaan en geen bepaling voorziet in opzegging: naar "
             "Nederlands recht kan een partij haar toch opzeggen met een redelijke opzegtermijn, die de tekst niet "
             "vastlegt, dus agree geeft daarvoor geen datum";
    // ---- wat een antwoord nog kan veranderen
    case K::ChangeStartUnknown:
      return "het antwoord op {date} hangt af van {event}: uiterlijk {latest} is de overeenkomst dan van kracht (als "
             "de looptijd niet is verstreken) en binden de bepalingen hieronder {party}; later bindt nog niets "
             "({clause})";
    case K::ChangeNoNoticeClause:
      return "de overeenkomst is voor onbepaalde tijd aangegaan en geen bepaling voorziet in opzegging; een partij "
             "kan naar Nederlands recht toch opzeggen met een redelijke termijn (zonder datum: de tekst legt geen "
             "termijn vast)";
    case K::ChangeTurnsOn: return "het antwoord op {date} hangt af van {event}: {reason}";
    case K::HoldersEach: return "elke partij";
    case K::HoldersAll: return "alle partijen samen";
    case K::HoldersOther: return "de andere partij";
    case K::HoldersEventParty: return "de partij van de gebeurtenis";
    case K::HoldersDecision: return "{group} bij besluit ({threshold})";
    case K::HoldersNone: return "niemand";
    case K::PartyName: return "{party}";
    case K::Or: return "{first} of {second}";
    case K::ChangeCalendarNotice:
      return "een opzegging[form| ({form})] uiterlijk {latest} door {holders} beëindigt de overeenkomst op {end} "
             "({notice}, {clause})";
    case K::ChangeNoticeAnyTime:
      return "een opzegging[form| ({form})] uiterlijk {latest} door {holders} beëindigt de overeenkomst uiterlijk op "
             "{date} (opzegtermijn {duration}, {clause})";
    case K::ChangeNoticeWouldHave:
      return "een opzegging[form| ({form})] door {holders} uiterlijk {deadline} had de overeenkomst beëindigd op "
             "{boundary} ({duration} vóór het einde van termijn {n}, {clause}); op {date} was {party} dan alleen nog "
             "gebonden geweest aan de bepalingen die van kracht blijven{note}";
    case K::ChangeEndBeyondCalendar:
      return "het vroegste reguliere einde: termijn {n} eindigt na 31 december 9999, buiten de kalender, dus agree "
             "geeft daarvoor geen datum, en ook niet voor de laatste dag om op te zeggen ({clause})";
    case K::ChangeEarliestEnd:
      return "het vroegste reguliere einde: de overeenkomst eindigt op {end} als een partij uiterlijk {deadline}[form| "
             "{form}] opzegt ({clause}); anders wordt zij stilzwijgend verlengd{note}";
    case K::NoticeDayNote:
      return "; veilige dag {safe} (als het einde wordt gelezen als de laatste dag van de termijn, "
             "{last})[notWorking|; "
             "{latest} is geen werkdag: {notWorking}]";
    case K::ChangeRenewalWouldHaveStopped:
      return "{a what} uiterlijk {latest} (in termijn {n}) had de verlenging tegengehouden, zodat de overeenkomst op "
             "{boundary} was geëindigd ({clause}); op {date} was {party} dan alleen nog gebonden geweest aan de "
             "bepalingen die van kracht blijven";
    case K::ChangeRenewalStops:
      return "{a what} uiterlijk {latest} houdt de verlenging tegen: de overeenkomst eindigt dan op {end} ({clause}); "
             "de {event} voor termijn {n} is uiterlijk {due} verschuldigd ({basis})";
    case K::ChangeEndingEvent:
      return "{event}[of| van {of}] uiterlijk {date} beëindigt de overeenkomst op die dag ({clause}); {party} is dan "
             "alleen nog gebonden aan de bepalingen die van kracht blijven";
    case K::NeedsEvent:
      return " na {what} uiterlijk {eventBy}[reasonable| en een redelijke termijn voor herstel (zo lang als de "
             "{reasonable} geeft; de tekst legt er geen vast)][within|, en binnen {within} daarna]";
    case K::NeedsState: return " zodra {event} {period} heeft geduurd (die moet uiterlijk {stateBy} beginnen)";
    case K::HowCalendarNotice: return " met een opzegtermijn van {notice}";
    case K::HowNotice: return " met een opzegtermijn van {duration}";
    case K::HowOnEffective: return " met ingang van het moment waarop de {event} ingaat";
    case K::EffectEndsAgreement:
      return "beëindigt de overeenkomst uiterlijk op {date}; {party} is dan alleen nog gebonden aan de bepalingen die "
             "van kracht blijven";
    case K::EffectWithdrawSelf:
      return "{party} kan zelf uittreden; [anySurvives|daarna is zij alleen nog gebonden aan de bepalingen die van "
             "kracht blijven][!anySurvives|geen bepaling blijft van kracht, dus daarna is zij nergens meer aan "
             "gebonden][twoParties| (met twee partijen beëindigt een uittreding de overeenkomst)]";
    case K::EffectWithdrawOther:
      return "een uittreding door een andere partij; de overeenkomst eindigt als er minder dan twee partijen "
             "overblijven";
    case K::EffectExpel:
      return "de andere partijen kunnen de samenwerking met {party} beëindigen (met twee partijen beëindigt dat de "
             "overeenkomst); daarna is {party} alleen nog gebonden aan de bepalingen die van kracht blijven";
    case K::ChangePower:
      return "{actionNoun}[form| ({form})]{how} door {holders} uiterlijk {latest}{needs} ({clause}): {effect}";
    // ---- de regels van een antwoord van `bound`
    case K::BoundQuestion: return "Is {party} op {date} gebonden?  {verdict}";
    case K::VerdictYes: return "JA";
    case K::VerdictNo: return "NEE";
    case K::VerdictDepends: return "HANGT AF";
    case K::ReportAgreement:
      return "overeenkomst: {title}[scenario| (scenario {scenario})][!scenario| (geen scenario: er gebeurt niets "
             "buiten "
             "wat de overeenkomst zelf vastlegt)]";
    case K::ReportStart: return "ingang: {start}";
    case K::ReportInForce: return "van kracht op {date}: {state}{note}";
    case K::StateYes: return "ja";
    case K::StateNo: return "nee";
    case K::StateDepends: return "hangt af";
    case K::NoteSurvivingOnly: return " (alleen bepalingen die na het einde van kracht blijven)";
    case K::NoteForOthers:
      return " (voor de andere partijen[survivingFor|; {survivingFor} is alleen nog gebonden aan de bepalingen die van "
             "kracht blijven])";
    case K::ReportStanding:
      return "{party}: {standing}[joins|, treedt toe op {joins}][since| sinds {since}][reason| ({reason})]";
    case K::HeadingBinding: return "Bindende bepalingen:";
    case K::HeadingIfInForce: return "Bindend als de overeenkomst op {date} van kracht is:";
    case K::HeadingCaveats: return "Voorbehouden:";
    case K::HeadingCouldChange: return "Wat dit antwoord nog kan veranderen:";
    case K::NextExit: return "(volgende uitweg) ";
    case K::IntervalUntilEvent: return "vanaf {from}, tot {event}, wat nog niet heeft plaatsgevonden";
    case K::IntervalBeyondCalendar: return "vanaf {from}, tot na 31 december 9999 (buiten de kalender)";
    case K::IntervalOpen: return "vanaf {from}, zonder einde";
    case K::IntervalMinimum:
      return "{from} t/m ten minste {last} (de laatste dag van de minimale looptijd), daarna tot {event}";
    case K::Interval: return "{from} t/m {last}[renews|, daarna stilzwijgend verlengd]";
    // ---- termijnen: hoe een uiterste dag is berekend
    case K::LengthWithin: return "binnen {duration}";
    case K::LengthScheduled: return "gepland {duration}";
    case K::LengthImmediately: return "onmiddellijk";
    case K::DueBeforePlannedEnd:
      return "{duration} vóór het geplande einde van termijn {n} op {end}; de overeenkomst eindigde eerder, op {ended} "
             "({clause})";
    case K::DueBeforePeriodEnd: return "{duration} vóór het einde van termijn {n} op {end} ({clause})";
    case K::DueAfterEvent:
      return "{length} na {event}[name| ({name})] op {at}{how}{window}[owedBy|; verschuldigd door {owedBy}, de partij "
             "van de gebeurtenis] ({clause}){rolled}";
    case K::DueAfterEnd: return "{length} na het einde op {date}{how}{window} ({clause}){rolled}";
    case K::DueAfterStartUnknown: return "{length} na de ingangsdatum, die niet bekend is ({start}) ({clause})";
    case K::DueAfterStart: return "{length} na de ingangsdatum {at}{how}{window} ({clause}){rolled}";
    case K::DueByDate: return "[scheduled|gepland op ][!scheduled|uiterlijk ]{date} ({clause}){rolled}";
    case K::DueBeforeDate: return "vóór {date} ({clause}){rolled}";
    case K::DueAtOnceAfterEnd:
      return "na het einde op {date}, zonder termijn: onmiddellijk opeisbaar (art. 6:38 BW) ({clause})";
    case K::DueAtEvent: return "uiterlijk bij de {event}[name| ({name})] op {at} ({clause}){rolled}";
    case K::DueDayBeforeEvent:
      return "vóór de {event}[name| ({name})] op {date}: uiterlijk de dag ervoor ({clause}){rolled}";
    case K::DueBeforeEvent:
      return "[latest|uiterlijk ]{duration} vóór de {event}[name| ({name})] op {at}{how}[window|, {window}] "
             "({clause}){rolled}";
    case K::EarliestBefore: return "op zijn vroegst {duration} ervoor{how}: niet vóór {opens}";
    case K::WindowOpens: return ", op zijn vroegst {duration} erna{how}: niet vóór {opens}";
    case K::HowSameTimeOfDay: return " (geen tijdstip gegeven: op hetzelfde tijdstip van de dag)";
    case K::HowCalendarUnreadable: return ": de kalender kan niet worden gelezen: {error}";
    case K::HowWorkingDays:
      return " (kalender {calendar}, {day} zelf niet meegeteld[skipped|; {skipped}])[decree|{decree}]";
    case K::SkippedDay: return "{date} {name}";
    case K::DecreeCaveat:
      return " (voorbehoud: de bij Koninklijk Besluit gelijkgestelde dagen voor {years} zijn nog niet bekend)";
    case K::HowAfterCalendar: return ": na 31 december 9999, buiten de kalender";
    case K::HowBeforeCalendar: return ": vóór 1 januari 1, buiten de kalender";
    case K::RolledCalendarUnreadable: return " (de kalender kan niet worden gelezen: {error}; niet verschoven)";
    case K::RolledNoWorkingDay: return " (er volgt geen werkdag; niet verschoven)";
    case K::RolledForward:
      return "[skipped| ({due} is geen werkdag: {skipped}; dus de volgende werkdag, {date}, kalender "
             "{calendar})][decree|"
             "{decree}]";
    // ---- de regels van een `timeline`
    case K::TimelineScenario: return "scenario: {scenario}";
    case K::TimelineRetroactive:
      return "terugwerkende kracht: ondertekend [signed|op {signed}][month|op een dag in {month} (de dag is niet "
             "bekend)], van kracht vanaf {start}";
    case K::TimelineTerm: return "looptijd: {term}";
    case K::TermIndefiniteUntil: return "onbepaalde tijd, tot {event}[ofParty| van {ofParty}] ({clause})";
    case K::TermIndefinite: return "onbepaalde tijd ({clause})";
    case K::TermOpenEnded: return "ten minste {duration}, daarna tot {event} ({clause})";
    case K::TermUntilDate: return "tot {date} ({clause}){renewal}";
    case K::TermFor: return "[minimum|ten minste ]{duration} ({clause}){renewal}";
    case K::RenewalRule:
      return ", daarna telkens stilzwijgend verlengd met {every}[max| ten hoogste {max} keer][if| als {event}][unless| "
             "tenzij {event}][outcome| {outcome}] ({clause})";
    case K::TimelineNotice: return "opzegging: {duration} {when}, {form}, door {who} ({clause})";
    case K::WhenBeforeTermEnd: return "vóór het einde van een termijn";
    case K::WhenAnyTime: return "op elk moment";
    case K::WhenBeforeCalendarEnd: return "vóór het einde van {a unit}";
    case K::WhenFromCalendarEnd: return "na het einde van {the unit} waarin zij wordt gedaan";
    case K::TheHolders: return "de gerechtigden";
    case K::HeadingPeriods: return "termijnen:";
    case K::PeriodLine: return "{from} t/m {last}";
    case K::PeriodNotice:
      return "  opzeggen uiterlijk {latest} ({clause}; veilig {safe}[notWorking|; {latest} is geen werkdag])";
    case K::PeriodEnds: return "  <- einde";
    case K::NoticeByFootnote:
      return "  (opzeggen uiterlijk: het einde gelezen als de eerste dag na de termijn; veilig: gelezen als de laatste "
             "dag ervan)";
    case K::PeriodEndsBeyondCalendar: return "  (termijn {n} zou na 31 december 9999 eindigen)";
    case K::RenewsEvery: return "  ...  telkens verlengd met {every}[withoutEnd| zonder einde]";
    case K::MinimumTermLine: return "minimale looptijd: {from} t/m {last}, daarna tot {event}";
    case K::EndLine: return "einde: {date} (laatste dag {last}): {reason}";
    case K::EndNone: return "einde: niet bekend";
    case K::UncertainLine: return "onzeker vanaf {from}: {reason}";
    case K::HeadingParties: return "partijen:";
    case K::MemberFrom: return "  vanaf {date}";
    case K::MemberAcceded: return " (toegetreden, {clause})";
    case K::MemberUntil: return "  tot {date}: {reason}";
    case K::HeadingSurviving: return "van kracht na het einde:";
    case K::HeadingDeadlines: return "uiterste data:";
    case K::HeadingEvents: return "gebeurtenissen:";
    case K::EventAccepted: return "aanvaard  ";
    case K::EventRejected: return "AFGEWEZEN ";
    case K::NotChecked: return "niet gecontroleerd: {why}";
  }
  return "";
}

}  // namespace agree::words
