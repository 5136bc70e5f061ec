#include "report/report_words.h"

namespace agree::runtime {

namespace {

struct Pair {
  const char* en;
  const char* nl;
};

Pair pair(ReportWord w) {
  using W = ReportWord;
  switch (w) {
    case W::Timeline: return {"Timeline", "Tijdlijn"};
    case W::TermPeriods: return {"Term periods", "Looptijdperiodes"};
    case W::Period: return {"Period", "Periode"};
    case W::LastDay: return {"last day", "laatste dag"};
    case W::Renewal: return {"renewal", "verlenging"};
    case W::NoticeWindows: return {"Notice windows", "Opzegvensters"};
    case W::LastNoticeDay: return {"last day to give notice", "laatste dag om op te zeggen"};
    case W::SafeDay: return {"safe day", "veilige dag"};
    case W::NotWorkingDay: return {"not a working day", "geen werkdag"};
    case W::PeriodEnds: return {"period ends", "periode eindigt"};
    case W::Deadlines: return {"Deadlines", "Termijnen"};
    case W::Events: return {"Events", "Gebeurtenissen"};
    case W::Accepted: return {"accepted", "aanvaard"};
    case W::Rejected: return {"rejected", "afgewezen"};
    case W::End: return {"End", "Einde"};
    case W::EndNone: return {"no end known", "geen einde bekend"};
    case W::Surviving: return {"Surviving clauses", "Blijvende bepalingen"};
    case W::SurvivesUntilEnd: return {"survives", "blijft gelden"};
    case W::MinimumTerm: return {"Minimum term", "Minimale looptijd"};
    case W::Uncertain: return {"uncertain", "onzeker"};
    case W::Bound: return {"bound", "gebonden"};
    case W::SurvivingOnly: return {"surviving clauses only", "alleen blijvende bepalingen"};
    case W::NotBound: return {"not bound", "niet gebonden"};
    case W::Unknown: return {"unknown", "onbekend"};
    case W::From: return {"from", "vanaf"};
    case W::Starts: return {"starts", "begint"};
    case W::StartUnknown: return {"start not known yet", "begin nog niet bekend"};
    case W::Until: return {"until", "tot"};
    case W::Parties: return {"Parties", "Partijen"};
    case W::Party: return {"Party", "Partij"};
    case W::Name: return {"Name", "Naam"};
    case W::Member: return {"Member from", "Lid vanaf"};
    case W::Left: return {"Left", "Vertrokken"};
    case W::Articles: return {"Articles", "Artikelen"};
    case W::SourceText: return {"Source text", "Brontekst"};
    case W::Encoding: return {"Encoding, in words", "Codering, in woorden"};
    case W::NoText: return {"(no text)", "(geen tekst)"};
    case W::NoStart:
      return {"The start is not known yet: there is no timeline to draw.",
              "Het begin is nog niet bekend: er is geen tijdlijn te tekenen."};
    case W::Scenario: return {"Scenario", "Scenario"};
    case W::Legend: return {"Legend", "Legenda"};
    case W::Portfolio: return {"Portfolio overview", "Portefeuilleoverzicht"};
    case W::AsOf: return {"as of", "per"};
    case W::Agreement: return {"Agreement", "Overeenkomst"};
    case W::File: return {"File", "Bestand"};
    case W::CurrentPeriod: return {"Current period", "Huidige periode"};
    case W::PeriodEnd: return {"Its last day", "Laatste dag"};
    case W::NextNotice: return {"Next notice day (safe day)", "Volgende opzegdag (veilige dag)"};
    case W::Ended: return {"End and cause", "Einde en oorzaak"};
    case W::SortHint: return {"Click a column header to sort.", "Klik op een kolomkop om te sorteren."};
    case W::Generated:
      return {"Made by agree report; every date is the engine's.",
              "Gemaakt met agree report; elke datum komt uit de rekenregels."};
    case W::MoreParties: return {"more parties, not drawn", "partijen meer, niet getekend"};
  }
  return {"", ""};
}

}  // namespace

const char* reportWord(ReportWord word, words::Lang lang) {
  auto p = pair(word);
  return lang == words::Lang::Nl ? p.nl : p.en;
}

}  // namespace agree::runtime
