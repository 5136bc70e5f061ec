// An agreement's timeline drawn as one inline SVG: a date axis and one lane each for the term
// periods, the notice windows, deadlines, scenario events, surviving clauses and every party's
// standing (bound / surviving clauses only / not bound / uncertain). Every date drawn or named
// in a tooltip (<title>) is the engine's (timelineJson, PartyStanding): the drawing only
// places them. Rects carry data-from / data-until (ISO) and a class per kind, so a test reads
// the drawing from the DOM.
#pragma once

#include <optional>
#include <string>

#include "timeline.h"
#include "words/lang.h"

namespace agree::runtime {

// The days the drawing spans: [from, to). nullopt when the start is not known.
struct TimelineSpan {
  Date from;
  Date to;
  Date periodsUntil;  // periods are drawn up to this date (the end, or ten periods)
};
std::optional<TimelineSpan> timelineSpan(const Timeline& timeline);

// The <svg> element, or a paragraph saying why there is none (no start yet).
std::string svgTimeline(const Timeline& timeline, words::Lang lang);

// User text for HTML: control and bidi formatting characters shown as escapes (they must not
// reorder the page), then &<>"' escaped. Safe in element content and quoted attributes.
std::string htmlText(const std::string& text);

}  // namespace agree::runtime
