// Errors the runtime finds in a compiled agreement, reported as the compiler reports its own:
// a diagnostic with a caret at what the model recorded by line and column. Here because it
// needs both the compilation (driver) and the timeline (runtime).
#pragma once

#include <string>

#include "driver/driver.h"
#include "timeline.h"

namespace agree::portfolio {

// An error at something the model recorded by line and column (a clause, a scenario event),
// added to the compilation's sink.
diag::Diagnostic& reportAt(driver::Compilation& c, diag::Code code, const model::SourceRef& where, diag::Text message);

// A timeline that reached past the calendar: reported at its clause (AGR0418); false then.
bool withinCalendar(driver::Compilation& c, const runtime::Timeline& t);

}  // namespace agree::portfolio
