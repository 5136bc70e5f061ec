#include "model/model.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace agree::model {

bool Holders::includes(const std::string& party) const {
  switch (kind) {
    case Kind::EachParty:
    case Kind::AllParties:
    case Kind::EventParty:  // whichever party the event happens to
      return true;
    case Kind::Listed: return std::find(parties.begin(), parties.end(), party) != parties.end();
    case Kind::None:
    case Kind::OtherParty:
    case Kind::Decision:  // no single party: the group decides
      return false;
  }
  return false;
}

bool Holders::mayAct(const std::string& actor) const {
  if (kind == Kind::Decision) return decision && actor == decision->group;
  if (kind == Kind::Listed && std::find(bodies.begin(), bodies.end(), actor) != bodies.end()) return true;
  return includes(actor);
}

long long Decision::required(long long members) const {
  switch (threshold) {
    case Threshold::Majority: return members / 2 + 1;
    case Threshold::Unanimity: return members;
    case Threshold::Fraction:
      // At least numerator/denominator of the members: the smallest n with n * den >= num * members.
      return denominator > 0 ? (numerator * members + denominator - 1) / denominator : members;
  }
  return members;
}

std::string Decision::thresholdText() const {
  switch (threshold) {
    case Threshold::Majority: return "a majority";
    case Threshold::Unanimity: return "unanimity";
    case Threshold::Fraction: return std::to_string(numerator) + "/" + std::to_string(denominator);
  }
  return "";
}

const char* clauseKindName(ClauseKind k) {
  switch (k) {
    case ClauseKind::Duty: return "duty";
    case ClauseKind::Effort: return "effort";
    case ClauseKind::Prohibition: return "prohibition";
    case ClauseKind::Permission: return "permission";
    case ClauseKind::Power: return "power";
    case ClauseKind::Provision: return "provision";
  }
  return "?";
}

bool binds(ClauseKind k) { return k == ClauseKind::Duty || k == ClauseKind::Effort || k == ClauseKind::Prohibition; }

const char* recurrenceName(Recurrence r) {
  switch (r) {
    case Recurrence::None: return "";
    case Recurrence::Quarterly: return "quarterly";
    case Recurrence::HalfYearly: return "half-yearly";
    case Recurrence::Monthly: return "monthly";
    case Recurrence::Yearly: return "yearly";
    case Recurrence::TimesPerYear: return "times per year";
  }
  return "";
}

std::string monthName(unsigned month) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kMonths[month - 1] : "?";
}

std::string monthText(Date date) { return monthName(date.month()) + " " + std::to_string(date.year()); }

namespace {
// The day, or the month's last day when the month is shorter (29 February in 2026: the 28th).
std::optional<Date> clampedDay(int y, unsigned m, unsigned d) {
  if (auto exact = Date::fromYmd(y, m, d)) return exact;
  for (unsigned last = d; last > 27; --last) {
    if (auto shorter = Date::fromYmd(y, m, last - 1)) return shorter;
  }
  return std::nullopt;
}

std::string monthDayIso(unsigned m, unsigned d) {
  char md[16];
  std::snprintf(md, sizeof md, "--%02u-%02u", m, d);
  return md;
}
}  // namespace

std::optional<Date> YearWindow::opens(int y) const { return clampedDay(y, fromMonth, fromDay); }

std::optional<Date> YearWindow::closes(int y) const { return clampedDay(crossesYearEnd() ? y + 1 : y, toMonth, toDay); }

std::optional<int> YearWindow::yearAround(Date d) const {
  // The window that holds d opened in d's year or, over the year end, in the year before.
  for (int y : {d.year(), d.year() - 1}) {
    auto a = opens(y), b = closes(y);
    if (a && b && *a <= d && d <= *b) return y;
  }
  return std::nullopt;
}

std::string YearWindow::text() const {
  return std::to_string(fromDay) + " " + monthName(fromMonth) + " to " + std::to_string(toDay) + " " +
         monthName(toMonth) + (crossesYearEnd() ? " of the next year" : "");
}

std::string YearWindow::fromIso() const { return monthDayIso(fromMonth, fromDay); }
std::string YearWindow::toIso() const { return monthDayIso(toMonth, toDay); }

std::string scheduleText(const Schedule& c) {
  if (c.every == Recurrence::None) return "";
  std::string s = c.every == Recurrence::TimesPerYear ? "at least " + std::to_string(c.timesPerYear) + " times per " +
                                                            (c.calendarYear ? "calendar" : "agreement") + " year"
                                                      : recurrenceName(c.every);
  if (c.window) s += ", each year from " + c.window->text() + " (both included)";
  // "1 November", never the ISO --11-01 in prose.
  std::string md =
      c.due.month >= 1 && c.due.month <= 12 ? std::to_string(c.due.day) + " " + monthName(c.due.month) : std::string();
  const char* year = c.due.nextYear ? " of the next year" : c.due.previousYear ? " of the year before" : "";
  switch (c.due.kind) {
    case RecurrenceDue::Kind::Unspecified: break;
    case RecurrenceDue::Kind::InAdvance: s += ", in advance"; break;
    case RecurrenceDue::Kind::ByMonthDay: s += ", due by " + md + year; break;
    case RecurrenceDue::Kind::BeforeMonthDay: s += ", due before " + md + year; break;
    case RecurrenceDue::Kind::EndOfMonthAfter:
      s += ", due by the end of month " + std::to_string(c.due.nthMonth) + " after each " +
           (c.due.after == Recurrence::Quarterly ? "quarter"
            : c.due.after == Recurrence::Monthly ? "month"
                                                 : "year");
      break;
    case RecurrenceDue::Kind::AfterPeriod: {
      const char* noun = c.due.afterSaidPeriod               ? "period"
                         : c.every == Recurrence::Quarterly  ? "quarter"
                         : c.every == Recurrence::Monthly    ? "month"
                         : c.every == Recurrence::HalfYearly ? "half-year"
                                                             : "year";
      s += ", due " + (c.due.delay ? c.due.delay->text() : std::string("?")) + " after the last day of each " + noun;
      break;
    }
  }
  if (!c.exceptQuarters.empty()) {
    s += ", except quarter";
    for (std::size_t i = 0; i < c.exceptQuarters.size(); ++i)
      s += (i ? ", " : " ") + std::to_string(c.exceptQuarters[i]);
  }
  if (c.rollsForward) s += ", or the next working day";
  return s;
}

const char* formName(Form f) {
  switch (f) {
    case Form::Any: return "any";
    case Form::Writing: return "writing";
    case Form::Letter: return "letter";
    case Form::RegisteredLetter: return "registered_letter";
    case Form::Email: return "email";
    case Form::Oral: return "oral";
  }
  return "?";
}

bool satisfies(Form given, Form required) {
  switch (required) {
    case Form::Any: return true;
    // Written forms: a letter, a registered letter or an e-mail (electronic writing, BW 6:227a).
    case Form::Writing:
      return given == Form::Writing || given == Form::Letter || given == Form::RegisteredLetter || given == Form::Email;
    case Form::Letter: return given == Form::Letter || given == Form::RegisteredLetter;
    case Form::RegisteredLetter: return given == Form::RegisteredLetter;
    case Form::Email: return given == Form::Email;
    case Form::Oral: return given == Form::Oral;
  }
  return false;
}

const char* CalendarAnchor::unitName() const {
  switch (unit) {
    case Unit::Month: return "calendar month";
    case Unit::Quarter: return "calendar quarter";
    case Unit::Year: return "calendar year";
  }
  return "?";
}

std::string CalendarAnchor::text(const Duration& notice) const {
  return rule == Rule::BeforeEnd ? notice.text() + " before the end of a " + unitName()
                                 : notice.text() + " from the end of the " + unitName() + " it is given in";
}

std::string NoticeRule::whenText() const {
  if (calendar)
    return calendar->rule == CalendarAnchor::Rule::BeforeEnd
               ? std::string("before the end of a ") + calendar->unitName()
               : std::string("from the end of the ") + calendar->unitName() + " it is given in";
  return beforeTermEnd ? "before the end of a term period" : "at any time";
}

const char* actionName(Power::Action a) {
  switch (a) {
    case Power::Action::Terminate: return "terminate";
    case Power::Action::Dissolve: return "dissolve";
    case Power::Action::Withdraw: return "withdraw";
    case Power::Action::Expel: return "expel";
  }
  return "?";
}

void Agreement::indexIds() {
  partyIndex_.build(parties, &Party::id);
  clauseIndex_.build(clauses, &Clause::id);
}

const Party* Agreement::findParty(const std::string& id) const { return partyIndex_.find(parties, &Party::id, id); }

time::Shifted Start::after(Date base) const {
  if (!offset) return time::Shifted{base};
  if (firstDayOf) {
    base = *Date::fromYmd(base.year(), offset->unit == time::Unit::Year ? 1u : base.month(), 1);
  }
  return time::add(base, *offset);
}

std::string Deadline::lengthText() const {
  if (immediately) return "immediately";
  return duration ? "within " + duration->text() : "";
}

Date Start::latestBaseFor(Date limit) const {
  if (!offset) return limit;
  if (!firstDayOf) return time::latestStartFor(limit, *offset);
  // The first day of the Nth month (year) after the base's month (year) is on or before `limit`
  // exactly when the base's month (year) is N months (years) before limit's, or earlier: its
  // last day is the latest base.
  if (offset->unit == time::Unit::Year) {
    auto shifted = time::subtract(*Date::fromYmd(limit.year(), 12, 31), *offset);
    return shifted.date;
  }
  Date firstOfLimit = *Date::fromYmd(limit.year(), limit.month(), 1);
  Date first = time::subtract(firstOfLimit, *offset).date;
  return time::addMonths(first, 1).date.plusDays(-1);
}

const Group* Agreement::findGroup(const std::string& id) const {
  for (const auto& g : groups)
    if (g.id == id) return &g;
  return nullptr;
}

const Body* Agreement::findBody(const std::string& id) const {
  for (const auto& b : bodies)
    if (b.id == id) return &b;
  return nullptr;
}

const EventKind* Agreement::findEventKind(const std::string& id) const {
  for (const auto& k : eventKinds)
    if (k.id == id) return &k;
  return nullptr;
}

std::string eventKindLabel(const Agreement& a, const std::string& kind) {
  if (const auto* k = a.findEventKind(kind); k && !k->label.empty()) return k->label;
  std::string out = kind;
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

Date PeriodRef::from() const {
  switch (kind) {
    case Kind::Year: return *Date::fromYmd(year, 1, 1);
    case Kind::Quarter: return *Date::fromYmd(year, static_cast<unsigned>(quarter * 3 - 2), 1);
    case Kind::Half: return *Date::fromYmd(year, quarter == 1 ? 1 : 7, 1);
    case Kind::Day: return day;
  }
  return day;
}

Date PeriodRef::until() const {
  switch (kind) {
    case Kind::Year: return year < 9999 ? *Date::fromYmd(year + 1, 1, 1) : Date::max();
    case Kind::Quarter:
      return quarter < 4 ? *Date::fromYmd(year, static_cast<unsigned>(quarter * 3 + 1), 1)
                         : (year < 9999 ? *Date::fromYmd(year + 1, 1, 1) : Date::max());
    case Kind::Half:
      return quarter == 1 ? *Date::fromYmd(year, 7, 1) : (year < 9999 ? *Date::fromYmd(year + 1, 1, 1) : Date::max());
    case Kind::Day: return day.plusDays(1);
  }
  return day;
}

const Clause* Agreement::findClause(const std::string& id) const { return clauseIndex_.find(clauses, &Clause::id, id); }

const Scenario* Agreement::findScenario(const std::string& id) const {
  for (const auto& s : scenarios)
    if (s.id == id) return &s;
  return nullptr;
}

}  // namespace agree::model
