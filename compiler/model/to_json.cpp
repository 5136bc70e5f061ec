#include "model/to_json.h"

#include <cstdio>

namespace agree::model {

using json = nlohmann::ordered_json;

namespace {

json opt(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }
json opt(const std::optional<Duration>& d) {
  if (!d) return nullptr;
  return json{{"count", d->count}, {"unit", time::unitName(d->unit, true)}, {"text", d->text()}};
}
json dur(const Duration& d) { return opt(std::optional<Duration>(d)); }

json toJson(const CalendarAnchor& c) {
  std::string unit = c.unitName();
  for (auto& ch : unit) ch = ch == ' ' ? '_' : ch;
  return json{{"unit", unit}, {"rule", c.rule == CalendarAnchor::Rule::BeforeEnd ? "before_end" : "from_end"}};
}
json where(const SourceRef& r) { return json{{"file", r.file}, {"line", r.line}, {"column", r.column}}; }
json condition(const EventCondition& c) {
  return json{{"event", c.kind}, {"outcome", c.outcome.empty() ? json(nullptr) : json(c.outcome)}};
}

const char* holdersKind(Holders::Kind k) {
  switch (k) {
    case Holders::Kind::None: return "none";
    case Holders::Kind::EachParty: return "each_party";
    case Holders::Kind::AllParties: return "all_parties";
    case Holders::Kind::OtherParty: return "other_party";
    case Holders::Kind::EventParty: return "event_party";
    case Holders::Kind::Listed: return "listed";
    case Holders::Kind::Decision: return "decision";
  }
  return "?";
}

json windowJson(const YearWindow& w) {
  return json{{"from", w.fromIso()}, {"to", w.toIso()}, {"crosses_year_end", w.crossesYearEnd()}};
}

json clauseJson(const Clause& c) {
  json j{{"id", c.id},
         {"article", c.article},
         {"kind", clauseKindName(c.kind)},
         {"holders", toJson(c.holders)},
         {"counterparty", toJson(c.counterparty)},
         {"text", c.text},
         {"notes", c.notes}};
  if (c.survival) {
    j["survives"] = json{{"period", opt(c.survival->period)},
                         {"until_event", c.survival->untilEvent.empty() ? json(nullptr) : json(c.survival->untilEvent)},
                         {"basis", c.survival->basis}};
  } else {
    j["survives"] = nullptr;
  }
  json deadlines = json::array();
  for (const auto& d : c.deadlines) {
    const char* kind = d.kind == Deadline::Kind::AfterEvent      ? "after_event"
                       : d.kind == Deadline::Kind::AfterStart    ? "after_start"
                       : d.kind == Deadline::Kind::AfterEnd      ? "after_end"
                       : d.kind == Deadline::Kind::BeforeTermEnd ? "before_term_end"
                       : d.kind == Deadline::Kind::ByDate        ? "by_date"
                       : d.kind == Deadline::Kind::BeforeDate    ? "before_date"
                       : d.kind == Deadline::Kind::BeforeEvent   ? "before_event"
                                                                 : "at_event";
    deadlines.push_back(
        json{{"kind", kind},
             {"duration", d.immediately ? json(nullptr) : opt(d.duration)},
             {"event", d.event.empty() ? json(nullptr) : json(d.event)},
             {"date", opt(d.date)},
             {"rolls_forward", d.rollsForward},
             {"period", d.kind == Deadline::Kind::BeforeTermEnd && d.period ? json(d.period) : json(nullptr)},
             {"earliest", opt(d.earliest)},
             {"scheduled", d.scheduled},
             {"immediately", d.immediately}});
  }
  j["deadlines"] = deadlines;
  json schedules = json::array();
  for (const auto& sc : c.schedules) {
    const char* due = sc.due.kind == RecurrenceDue::Kind::Unspecified      ? "unspecified"
                      : sc.due.kind == RecurrenceDue::Kind::InAdvance      ? "in_advance"
                      : sc.due.kind == RecurrenceDue::Kind::ByMonthDay     ? "by_month_day"
                      : sc.due.kind == RecurrenceDue::Kind::BeforeMonthDay ? "before_month_day"
                      : sc.due.kind == RecurrenceDue::Kind::AfterPeriod    ? "after_period"
                                                                           : "end_of_month_after";
    json r{{"every", recurrenceName(sc.every)},
           {"times_per_year", sc.every == Recurrence::TimesPerYear ? json(sc.timesPerYear) : json(nullptr)},
           {"per", sc.every != Recurrence::TimesPerYear ? json(nullptr)
                   : sc.calendarYear                    ? json("calendar_year")
                                                        : json("agreement_year")},
           {"due", due},
           {"window", sc.window ? windowJson(*sc.window) : json(nullptr)}};
    if (sc.due.kind == RecurrenceDue::Kind::AfterPeriod) {
      r["delay"] = opt(sc.due.delay);
      r["after"] = sc.due.afterSaidPeriod              ? "period"
                   : sc.every == Recurrence::Quarterly ? "quarter"
                   : sc.every == Recurrence::Monthly   ? "month"
                                                       : "year";
    }
    if (sc.due.month) {
      char md[16];
      std::snprintf(md, sizeof md, "--%02u-%02u", sc.due.month, sc.due.day);
      r["month_day"] = md;
      r["next_year"] = sc.due.nextYear;
      r["previous_year"] = sc.due.previousYear;
    }
    if (sc.due.kind == RecurrenceDue::Kind::EndOfMonthAfter) {
      r["nth_month"] = sc.due.nthMonth;
      r["after"] = sc.due.after == Recurrence::Quarterly ? "quarter"
                   : sc.due.after == Recurrence::Monthly ? "month"
                                                         : "year";
    }
    r["except_quarters"] = sc.exceptQuarters;
    r["rolls_forward"] = sc.rollsForward;
    r["text"] = scheduleText(sc);
    schedules.push_back(r);
  }
  j["recurs"] = schedules;
  json caps = json::array();
  for (const auto& cap : c.caps) {
    caps.push_back(
        json{{"event", cap.event}, {"max", cap.max}, {"per", cap.calendarYear ? "calendar_year" : "agreement_year"}});
  }
  j["caps"] = caps;
  json instances = json::array();
  for (const auto& in : c.instances) {
    instances.push_back(json{{"start_event", in.startEvent},
                             {"extend_event", in.extendEvent},
                             {"end_event", in.endEvent},
                             {"max_length", dur(in.maxLength)},
                             {"extensions", in.extensions},
                             {"extension_length", opt(in.extensionLength)}});
  }
  j["instances"] = instances;
  j["applies_for"] = opt(c.appliesFor);
  j["applies_after_end"] = c.afterEnd;
  json windows = json::array();
  for (const auto& w : c.appliesIn) windows.push_back(windowJson(w));
  j["applies_in"] = windows;
  if (c.templateName.empty()) {
    j["template"] = nullptr;
  } else {
    json args = json::object();
    for (const auto& [k, v] : c.templateArgs) args[k] = v;
    j["template"] = json{{"name", c.templateName}, {"args", args}};
  }
  j["source"] = where(c.where);
  return j;
}

}  // namespace

json toJson(const Holders& h) {
  json j{{"kind", holdersKind(h.kind)},
         {"parties", h.parties},
         {"bodies", h.bodies},
         {"written", h.written},
         {"individually", h.individually}};
  if (h.decision) {
    const auto& d = *h.decision;
    const char* t = d.threshold == Decision::Threshold::Majority    ? "majority"
                    : d.threshold == Decision::Threshold::Unanimity ? "unanimity"
                                                                    : "fraction";
    j["decision"] = json{{"group", d.group},
                         {"threshold", t},
                         {"fraction", d.threshold == Decision::Threshold::Fraction
                                          ? json{{"numerator", d.numerator}, {"denominator", d.denominator}}
                                          : json(nullptr)},
                         {"including", d.including}};
  } else {
    j["decision"] = nullptr;
  }
  return j;
}

json toJson(const Event& e) {
  json j{{"date", e.date.iso()}};
  if (e.minuteOfDay) {
    j["time"] = time::DateTime{e.date, *e.minuteOfDay}.iso().substr(11);
  }
  j["kind"] = e.kind;
  auto put = [&](const char* k, const std::string& v) {
    if (!v.empty()) j[k] = v;
  };
  put("by", e.by);
  put("of", e.of);
  put("under", e.under);
  if (e.form) j["form"] = formName(*e.form);
  put("outcome", e.outcome);
  put("name", e.name);
  put("note", e.note);
  if (e.effective) j["effective"] = e.effective->iso();
  if (e.forPeriod) j["for"] = e.forPeriod->written;
  if (e.cure) j["cure"] = dur(*e.cure);
  if (!e.votesFor.empty()) j["votes_for"] = e.votesFor;
  if (e.votesCount) j["votes_count"] = *e.votesCount;
  j["source"] = where(e.where);
  return j;
}

json toJson(const Agreement& a) {
  json j;
  j["agree_model_version"] = kModelVersion;
  j["id"] = a.id;
  j["title"] = a.title;
  j["version"] = a.version;
  j["language"] = a.language;
  j["governing_law"] = json{{"law", a.governingLaw},
                            {"article", a.governingLawArticle.empty() ? json(nullptr) : json(a.governingLawArticle)}};
  j["enforceable"] = json{{"value", a.enforceable ? json(*a.enforceable) : json(nullptr)},
                          {"article", a.enforceableArticle.empty() ? json(nullptr) : json(a.enforceableArticle)}};
  j["signed"] = json{{"date", opt(a.signedOn)},
                     {"month", a.signedMonth ? json(a.signedMonth->iso().substr(0, 7)) : json(nullptr)},
                     {"place", a.signedPlace}};
  json signatures = json::array();
  for (const auto& s : a.signatures) {
    signatures.push_back(json{{"party", s.party.empty() ? json(nullptr) : json(s.party)},
                              {"date", opt(s.day)},
                              {"month", s.month ? json(s.month->iso().substr(0, 7)) : json(nullptr)},
                              {"place", s.place}});
  }
  j["signed"]["signatures"] = signatures;
  j["calendar"] = a.calendar;
  j["preamble"] = a.preamble;
  j["notes"] = a.notes;

  json parties = json::array();
  for (const auto& p : a.parties) {
    json reps = json::array();
    for (const auto& r : p.representatives) reps.push_back(json{{"name", r.name}, {"role", r.role}});
    parties.push_back(json{{"id", p.id},
                           {"name", p.name},
                           {"short_name", p.shortName},
                           {"seat", p.seat},
                           {"registration", p.registration},
                           {"representatives", reps},
                           {"placeholder", p.placeholder},
                           {"notes", p.notes},
                           {"source", where(p.where)}});
  }
  j["parties"] = parties;
  json groups = json::array();
  for (const auto& g : a.groups) groups.push_back(json{{"id", g.id}, {"name", g.name}, {"members", g.members}});
  j["groups"] = groups;
  json bodies = json::array();
  for (const auto& b : a.bodies) {
    bodies.push_back(json{{"id", b.id}, {"name", b.name}, {"notes", b.notes}, {"source", where(b.where)}});
  }
  j["bodies"] = bodies;
  json kinds = json::array();
  for (const auto& k : a.eventKinds) {
    if (!k.builtIn) {
      kinds.push_back(json{{"id", k.id}, {"description", k.description}, {"label", eventKindLabel(a, k.id)}});
    }
  }
  j["declared_event_kinds"] = kinds;
  json articles = json::array();
  for (const auto& art : a.articles) {
    articles.push_back(json{{"id", art.id}, {"title", art.title}, {"text", art.text}, {"clauses", art.clauses}});
  }
  j["articles"] = articles;
  json clauses = json::array();
  for (const auto& c : a.clauses) clauses.push_back(clauseJson(c));
  j["clauses"] = clauses;

  const char* startKind = a.start.kind == Start::Kind::OnSigning ? "on_signing"
                          : a.start.kind == Start::Kind::OnDate  ? "on_date"
                                                                 : "on_event";
  j["start"] = json{{"kind", startKind},
                    {"date", opt(a.start.date)},
                    {"event", a.start.event.empty() ? json(nullptr) : json(a.start.event)},
                    {"clause", a.start.clause},
                    {"offset", opt(a.start.offset)},
                    {"retroactive_said", a.start.retroactiveSaid},
                    {"first_day_of", a.start.firstDayOf}};
  const char* termKind = a.term.kind == Term::Kind::Fixed       ? "fixed"
                         : a.term.kind == Term::Kind::Renewing  ? "renewing"
                         : a.term.kind == Term::Kind::OpenEnded ? "open_ended"
                                                                : "indefinite";
  j["term"] = json{{"kind", termKind},
                   {"duration", opt(a.term.duration)},
                   {"until", opt(a.term.until)},
                   {"until_event", a.term.untilEvent.empty() ? json(nullptr) : json(a.term.untilEvent)},
                   {"until_event_of", a.term.untilEventOf.empty() ? json(nullptr) : json(a.term.untilEventOf)},
                   {"clause", a.term.clause}};
  if (a.renewal) {
    const auto& r = *a.renewal;
    const char* cond = r.condition == Renewal::Condition::If       ? "if"
                       : r.condition == Renewal::Condition::Unless ? "unless"
                                                                   : "none";
    j["renewal"] = json{{"every", dur(r.every)},
                        {"max_times", r.maxTimes ? json(*r.maxTimes) : json(nullptr)},
                        {"condition", cond},
                        {"event", r.condition == Renewal::Condition::None ? json(nullptr) : condition(r.event)},
                        {"clause", r.clause}};
  } else {
    j["renewal"] = nullptr;
  }
  json notices = json::array();
  for (const auto& n : a.notices) {
    notices.push_back(
        json{{"clause", n.clause},
             {"period", dur(n.period)},
             {"when", n.calendar        ? (n.calendar->rule == CalendarAnchor::Rule::BeforeEnd ? "before_calendar_end"
                                                                                               : "from_calendar_end")
                      : n.beforeTermEnd ? "before_term_end"
                                        : "any_time"},
             {"calendar", n.calendar ? toJson(*n.calendar) : json(nullptr)},
             {"by", toJson(n.by)},
             {"form", formName(n.form)}});
  }
  j["notices"] = notices;
  json powers = json::array();
  for (const auto& p : a.powers) {
    const char* tk = p.trigger.kind == Trigger::Kind::Always  ? "always"
                     : p.trigger.kind == Trigger::Kind::Event ? "event"
                                                              : "state";
    powers.push_back(
        json{{"clause", p.clause},
             {"action", actionName(p.action)},
             {"effect", p.notice && p.noticeCalendar
                            ? json{{"notice", dur(*p.notice)}, {"calendar", toJson(*p.noticeCalendar)}}
                        : p.notice          ? json{{"notice", dur(*p.notice)}}
                        : p.onEffectiveDate ? json("on_effective_date")
                                            : json("immediate")},
             {"trigger",
              json{{"kind", tk},
                   {"event", p.trigger.kind == Trigger::Kind::Always ? json(nullptr) : condition(p.trigger.event)},
                   {"period", opt(p.trigger.period)},
                   {"reasonable_cure", p.trigger.reasonableCure},
                   {"within", opt(p.trigger.within)}}},
             {"holders", toJson(p.holders)},
             {"form", formName(p.form)}});
  }
  j["powers"] = powers;
  j["accession"] = a.accession
                       ? json{{"clause", a.accession->clause}, {"needs_consent_of_all", a.accession->needsConsentOfAll}}
                       : json(nullptr);
  json scenarios = json::array();
  for (const auto& s : a.scenarios) {
    json events = json::array();
    for (const auto& e : s.events) events.push_back(toJson(e));
    scenarios.push_back(json{{"id", s.id}, {"title", s.title}, {"events", events}});
  }
  j["scenarios"] = scenarios;
  json templates = json::array();
  for (const auto& t : a.templates) {
    json params = json::array();
    for (const auto& p : t.params) {
      params.push_back(json{{"name", p.name},
                            {"type", p.type},
                            {"default", p.defaultValue.empty() ? json(nullptr) : json(p.defaultValue)}});
    }
    templates.push_back(json{{"name", t.name},
                             {"kind", clauseKindName(t.kind)},
                             {"params", params},
                             {"text", t.text},
                             {"notes", t.notes},
                             {"source", where(t.where)}});
  }
  j["templates"] = templates;
  j["sources"] = a.sources;
  return j;
}

}  // namespace agree::model
