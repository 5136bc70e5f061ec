// The fixed words of the HTML report (headings, lane names, legend), in English and Dutch.
// Sentences about the agreement itself come from the words layer (words/say.h); these are
// only the page's own labels.
#pragma once

#include "words/lang.h"

namespace agree::runtime {

enum class ReportWord {
  Timeline,
  TermPeriods,
  Period,
  LastDay,
  Renewal,
  NoticeWindows,
  LastNoticeDay,
  SafeDay,
  NotWorkingDay,
  PeriodEnds,
  Deadlines,
  Events,
  Accepted,
  Rejected,
  End,
  EndNone,
  Surviving,
  SurvivesUntilEnd,
  MinimumTerm,
  Uncertain,
  Bound,
  SurvivingOnly,
  NotBound,
  Unknown,
  From,
  Starts,
  StartUnknown,
  Until,
  Parties,
  Party,
  Name,
  Member,
  Left,
  Articles,
  SourceText,
  Encoding,
  NoText,
  NoStart,
  Scenario,
  Legend,
  Portfolio,
  AsOf,
  Agreement,
  File,
  CurrentPeriod,
  PeriodEnd,
  NextNotice,
  Ended,
  SortHint,
  Generated,
  MoreParties,
};

const char* reportWord(ReportWord word, words::Lang lang);

}  // namespace agree::runtime
