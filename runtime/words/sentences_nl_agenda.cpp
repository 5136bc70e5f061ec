// Dutch sentences of the agenda and violations: one per kind of facts/fact_kinds_agenda.def
// (words/sentences.h), in the words the agreements themselves use: "opzegging", "uiterlijk",
// "vóór", "met onmiddellijke ingang", "termijn", "stilzwijgend verlengd", "ontbinden", "uittreden".
#include "words/sentences.h"

namespace agree::words {

using K = AgendaFact;

const char* agendaSentenceNl(K kind) {
  switch (kind) {
    // ---- de agenda: waarvoor een punt geldt
    case K::ForLabel: return "{label}";
    case K::ForMonth: return "{month}";
    case K::ForQuarter: return "het {n}e kwartaal van {year}";
    case K::ForHalfYear: return "het {n}e halfjaar van {year}";
    case K::ForAgreementYear: return "het contractjaar {from} t/m {last}";
    case K::ForPeriod: return "termijn {n}";
    case K::ForEvent: return "{event}[name| ({name})] op {at}";
    // ---- de agenda: een terugkerende verplichting zoals de bepaling haar schrijft
    case K::ScheduleRule:
      return "{every}[window|, elk jaar van {window} (beide inbegrepen)]{due}[except|, behalve kwartaal "
             "{except}][rolls|, of de eerstvolgende werkdag]";
    case K::EveryMonthly: return "per maand";
    case K::EveryQuarterly: return "per kwartaal";
    case K::EveryHalfYearly: return "per halfjaar";
    case K::EveryYearly: return "per jaar";
    case K::EveryTimesPerYear: return "ten minste {n} keer per [calendar|kalenderjaar][!calendar|contractjaar]";
    case K::ScheduleInAdvance: return ", vooruit";
    case K::ScheduleByDay:
      return ", uiterlijk {day}[nextYear| van het volgende jaar][previousYear| van het voorgaande jaar]";
    case K::ScheduleBeforeDay:
      return ", vóór {day}[nextYear| van het volgende jaar][previousYear| van het voorgaande jaar]";
    case K::ScheduleEndOfMonthAfter:
      return ", uiterlijk aan het einde van de {n}e maand na afloop van [quarter|elk kwartaal][month|elke "
             "maand][year|elk "
             "jaar]";
    case K::ScheduleAfterPeriod:
      return ", uiterlijk {delay} na afloop van [period|elke periode][quarter|elk kwartaal][month|elke "
             "maand][halfYear|elk halfjaar][year|elk jaar]";
    // ---- de agenda: hoe de dag van een punt is berekend
    case K::RecurInAdvance: return "voor {occurrence}, vooruit: op de eerste dag ervan ({clause}: {schedule}){rolled}";
    case K::RecurFor: return "voor {occurrence} ({clause}: {schedule}){rolled}";
    case K::RecurByLastDay:
      return "voor {occurrence}, uiterlijk op de laatste dag van [month|de maand][quarter|het kwartaal][halfYear|het "
             "halfjaar] ({clause}: {schedule}){rolled}";
    case K::RecurAfterPeriod:
      return "voor {occurrence}, uiterlijk {delay} na de laatste dag van [month|de maand][quarter|het "
             "kwartaal][halfYear|het halfjaar][year|het jaar], {last}{how} ({clause}: {schedule}){rolled}";
    case K::RecurWindow:
      return "voor {occurrence}, in de periode van {opens} t/m {closes} ({clause}: {schedule}){rolled}";
    case K::RecurOnceInYear: return "eenmaal in {year} ({clause}: {schedule}){rolled}";
    case K::RecurTimesInYear: return "ten minste {n} keer in {year} ({clause}: {schedule}){rolled}";
    case K::RecurTimesInCalendarYear:
      return "ten minste {n} keer in het kalenderjaar {year} ({clause}: {schedule}){rolled}";
    case K::AgendaNotice:
      return "laatste dag voor een opzegging ({duration}, {form}) die de overeenkomst beëindigt op {end} "
             "({clause}){note}";
    case K::AgendaCalendarNotice:
      return "laatste dag voor een opzegging ({duration} vóór het einde van {a unit}, {form}) die de overeenkomst "
             "beëindigt op {end} ({clause}){note}";
    // ---- de regels van een `agenda`
    case K::AgendaHeading:
      return "agenda van {agreement}, {from} t/m {to}[scenario| (scenario {scenario})]: {n} [one|punt][!one|punten]";
    case K::AgendaRecurring: return "periodiek";
    case K::AgendaDeadline: return "termijn";
    case K::AgendaScheduled: return "gepland";
    case K::AgendaNoticeDay: return "opzegging";
    case K::AgendaWho: return "wie: {holders}";
    case K::AgendaTruncatedFirstDay:
      return "meer dan {max} punten vallen op de eerste dag van de periode; alleen {n} daarvan staan erin: vraag het "
             "per partij (--party)";
    case K::AgendaTruncated:
      return "meer dan {max} punten vallen in de periode: alle punten tot en met {through} staan erin ({n}), geen "
             "daarna; vraag opnieuw vanaf {from} voor de rest tot en met {to}";
    // ---- schendingen: wat er mis was
    case K::ViolationEvent: return "{event}: {effect}";
    case K::ViolationCap:
      return "de {n}e {event}[name| ({name})] in het [calendar|kalenderjaar][!calendar|contractjaar] {from} t/m "
             "{last}; ten hoogste {max} ({clause})";
    case K::DateList: return "{date}[more|, {more}]";
    case K::PartyList: return "{first}, {second}";
    case K::ViolationTooFew:
      return "[party|{party}: ]{n} van ten minste {min} in het [calendar|kalenderjaar][!calendar|contractjaar] {from} "
             "t/m {last}: [dates|op {dates}][!dates|geen vastgelegd] ({clause})";
    case K::InstanceLimit:
      return "ten hoogste {duration}[extensions| en {extensions} verlenging(en) van ten hoogste {extension}] vanaf de "
             "start";
    case K::ViolationExtendedAfterEnd:
      return "{event} ({name}) op {date}, nadat het uiterlijk op {end} moest eindigen (laatste dag {last}, {clause})";
    case K::ViolationTooManyExtensions: return "verlenging {n} van {name}; ten hoogste {max} ({clause})";
    case K::ViolationEndedLate:
      return "{name}, gestart op {start}, eindigde op {stop}; het moest eindigen op {end} (laatste dag {last}; "
             "{limit}, {clause})";
    case K::ViolationNotEnded:
      return "{name}, gestart op {start}, moest eindigen op {end} (laatste dag {last}; {limit}, {clause}), en op "
             "{asOf} is geen {event} vastgelegd";
    case K::ViolationEarly:
      return "{party} deed het op {when}, vóór de periode op {opens} openging: {rule}; de handeling geldt voor "
             "{answers}";
    case K::ViolationLate:
      return "{party} deed het op {when}, [scheduled|terwijl het gepland was op {due}][!scheduled|terwijl het "
             "uiterlijk "
             "{due} moest gebeuren]: {rule}; de handeling geldt voor {answers}";
    case K::ViolationNeverDone:
      return "moest uiterlijk {due} gebeuren, en op {asOf} is daarvoor geen nakoming (`nakoming`, `done`) vastgelegd: "
             "{rule}";
    case K::AnswersOccurrence: return "{occurrence} ({how})";
    case K::AnswersDue: return "wat uiterlijk {due} moest gebeuren ({how})";
    case K::AnswerNamedByFor: return "genoemd met `for`";
    case K::AnswerNamedByEvent: return "genoemd door de gebeurtenis waaruit het voortkwam";
    case K::AnswerLatestOpen: return "het laatste openstaande dat uiterlijk op de dag van de handeling moest gebeuren";
    case K::AnswerNextDue: return "er stond niets open, dus het eerstvolgende na de handeling";
    case K::AnswerInsideWindow: return "het openstaande waarvan de periode de handeling omvat";
    case K::AnswerCounted: return "geteld in het contractjaar (ten minste N keer per jaar)";
    case K::AnswerCountedCalendar: return "geteld in het kalenderjaar (ten minste N keer per kalenderjaar)";
    case K::AnswerNothing: return "de bepaling heeft niets openstaands met een uiterste dag";
    // ---- de regels van `violations`
    case K::ViolationsHeading:
      return "{n} [one|schending][!one|schendingen] per {asOf}[scenario| in scenario {scenario}]";
    case K::ViolationsStartUnknown: return "de ingangsdatum is niet bekend ({start}): er is nog niets verschuldigd";
    case K::ViolationsIncomplete:
      return "(onvolledig: meer verplichtingen dan agree opsomt; beoordeel een kortere periode)";
    case K::KindRejected: return "afgewezen";
    case K::KindLateNotice: return "late opzegging";
    case K::KindLate: return "te laat";
    case K::KindEarly: return "te vroeg";
    case K::KindNeverDone: return "niet gedaan";
    case K::KindTooFew: return "te weinig";
    case K::KindCap: return "maximum";
    case K::KindInstance: return "geval";
    case K::ActsHeading: return "nakomingen (`nakoming`, `done`) en waarvoor elk geldt:";
    case K::ActLine: return "[occurrence|{occurrence}, ]uiterlijk {due}, {status} ({how})";
    case K::ActLate: return "te laat";
    case K::ActEarly: return "te vroeg";
    case K::ActOnTime: return "op tijd";
  }
  return "";
}

}  // namespace agree::words
