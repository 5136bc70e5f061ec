#include "diff/describe.h"

#include "powers.h"

namespace agree::diff {

namespace {

std::string dur(const std::optional<model::Duration>& d) { return d ? d->text() : ""; }

std::string holders(const model::Holders& h) { return h.written; }

std::string condition(const model::EventCondition& e) {
  return e.kind + (e.outcome.empty() ? "" : " (" + e.outcome + ")");
}

std::string join(const std::vector<std::string>& items, const char* sep = "; ") {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : sep) + i;
  return s;
}

}  // namespace

Fields describeHeader(const model::Agreement& a) {
  Fields f = {{"title", a.title},
              {"version", a.version},
              {"language", a.language},
              {"governing law",
               a.governingLaw + (a.governingLawArticle.empty() ? "" : " (art. " + a.governingLawArticle + ")")},
              {"enforceable in law", !a.enforceable   ? ""
                                     : *a.enforceable ? "yes"
                                                      : "no"},
              {"signed", a.signedOn      ? a.signedOn->iso()
                         : a.signedMonth ? a.signedMonth->iso().substr(0, 7)
                                         : ""},
              {"signed at", a.signedPlace},
              {"calendar", a.calendar}};
  // Signatures per party: each its own field ("signed by gamma": "2024-03-18 at Gammaveen").
  for (const auto& s : a.signatures) {
    if (s.party.empty()) continue;
    std::string when = s.day ? s.day->iso() : s.month ? s.month->iso().substr(0, 7) : "";
    f.push_back({"signed by " + s.party, when + (s.place.empty() ? "" : " at " + s.place)});
  }
  // One field per preamble line and note, so a changed one shows alone.
  for (std::size_t i = 0; i < a.preamble.size(); ++i) f.push_back({"preamble " + std::to_string(i + 1), a.preamble[i]});
  for (std::size_t i = 0; i < a.notes.size(); ++i) f.push_back({"note " + std::to_string(i + 1), a.notes[i]});
  return f;
}

Fields describeParty(const model::Agreement& a, const model::Party& p) {
  std::vector<std::string> reps, groups;
  for (const auto& r : p.representatives) reps.push_back(r.name + (r.role.empty() ? "" : ", " + r.role));
  for (const auto& g : a.groups) {
    for (const auto& m : g.members) {
      if (m == p.id) groups.push_back(g.id);
    }
  }
  return {{"name", p.name},
          {"short name", p.shortName},
          {"seat", p.seat},
          {"registration", p.registration},
          {"representatives", join(reps)},
          {"placeholder", p.placeholder ? "yes" : "no"},
          {"groups", join(groups, ", ")},
          {"notes", join(p.notes, " | ")}};
}

Fields describeClause(const model::Agreement& a, const model::Clause& c) {
  Fields f = {{"kind", model::clauseKindName(c.kind)},
              {"holders", holders(c.holders)},
              {"counterparty", holders(c.counterparty)}};
  std::string uses = "none";
  if (!c.templateName.empty()) {
    std::vector<std::string> args;
    for (const auto& [k, v] : c.templateArgs) args.push_back(k + " = " + v);
    uses = c.templateName + "(" + join(args, ", ") + ")";
  }
  f.push_back({"template", uses});
  std::string windows;
  for (const auto& w : c.appliesIn) windows += (windows.empty() ? "yearly from " : "; and from ") + w.text();
  f.push_back({"applies", c.afterEnd         ? std::string("from the end on")
                          : c.appliesFor     ? "for the first " + c.appliesFor->text() + " after the start"
                          : !windows.empty() ? windows + " (both included)"
                                             : "for the whole term"});
  if (c.survival) {
    f.push_back({"survives", c.survival->period                ? "for " + c.survival->period->text()
                             : !c.survival->untilEvent.empty() ? "until " + c.survival->untilEvent
                                                               : "indefinitely"});
  } else {
    f.push_back({"survives", "no"});
  }
  for (const auto& cap : c.caps) {
    f.push_back({"cap on " + cap.event, "at most " + std::to_string(cap.max) + " per " +
                                            (cap.calendarYear ? "calendar year" : "agreement year")});
  }
  for (const auto& in : c.instances) {
    f.push_back({"each " + in.startEvent, "at most " + in.maxLength.text() +
                                              (in.extensions ? ", extendable " + std::to_string(in.extensions) +
                                                                   " times by at most " + dur(in.extensionLength)
                                                             : "")});
  }
  for (std::size_t i = 0; i < c.schedules.size(); ++i) {
    f.push_back(
        {c.schedules.size() == 1 ? "recurs" : "recurs " + std::to_string(i + 1), model::scheduleText(c.schedules[i])});
  }
  std::vector<std::string> deadlines, scheduled;
  for (const auto& d : c.deadlines) {
    auto& list = d.scheduled ? scheduled : deadlines;
    if (d.scheduled) {
      // `scheduled 6 months after start`, `scheduled 2026-03-01`: the day it happens.
      list.push_back(d.date ? "on " + d.date->iso()
                            : dur(d.duration) + " after " +
                                  (d.kind == model::Deadline::Kind::AfterStart ? std::string("the start")
                                   : d.kind == model::Deadline::Kind::AfterEnd ? std::string("the end")
                                                                               : d.event));
      continue;
    }
    switch (d.kind) {
      case model::Deadline::Kind::BeforeEvent:
        deadlines.push_back(d.earliest ? "between " + dur(d.earliest) + " and " + dur(d.duration) + " before " + d.event
                            : d.duration ? dur(d.duration) + " before " + d.event
                                         : "before " + d.event);
        break;
      case model::Deadline::Kind::AtEvent: deadlines.push_back("at " + d.event); break;
      case model::Deadline::Kind::AfterEvent: deadlines.push_back(d.lengthText() + " after " + d.event); break;
      case model::Deadline::Kind::AfterStart: deadlines.push_back(d.lengthText() + " after the start"); break;
      case model::Deadline::Kind::AfterEnd: deadlines.push_back(d.lengthText() + " after the end"); break;
      case model::Deadline::Kind::BeforeTermEnd:
        deadlines.push_back(dur(d.duration) + (d.period ? " before the end of period " + std::to_string(d.period)
                                                        : " before each term end"));
        break;
      case model::Deadline::Kind::ByDate: deadlines.push_back("by " + d.date->iso()); break;
      case model::Deadline::Kind::BeforeDate: deadlines.push_back("before " + d.date->iso()); break;
    }
  }
  if (!deadlines.empty()) f.push_back({"deadline", join(deadlines)});
  if (!scheduled.empty()) f.push_back({"scheduled", join(scheduled)});
  if (a.start.clause == c.id) {
    std::string on = a.start.kind == model::Start::Kind::OnSigning ? "signing" : a.start.event;
    f.push_back({"start", a.start.kind == model::Start::Kind::OnDate
                              ? a.start.date->iso() + (a.start.retroactiveSaid ? " retroactive" : "")
                          : a.start.offset && a.start.firstDayOf
                              ? "first day of the " + a.start.offset->text() + " after " + on
                          : a.start.offset ? a.start.offset->text() + " after " + on
                                           : "on " + on});
  }
  if (a.term.clause == c.id) {
    const auto& t = a.term;
    std::string term =
        t.kind == model::Term::Kind::Indefinite
            ? "indefinite" + (t.untilEvent.empty()
                                  ? std::string()
                                  : ", until " + t.untilEvent + (t.untilEventOf.empty() ? "" : " of " + t.untilEventOf))
        : t.kind == model::Term::Kind::OpenEnded ? "at least " + dur(t.duration) + ", until " + t.untilEvent
        : t.until                                ? "until " + t.until->iso()
        : t.kind == model::Term::Kind::Renewing  ? "minimum " + dur(t.duration)
                                                 : dur(t.duration);
    f.push_back({"term", term});
  }
  if (a.renewal && a.renewal->clause == c.id) {
    const auto& r = *a.renewal;
    f.push_back({"renewal period", r.every.text()});
    f.push_back({"renewals at most", r.maxTimes ? std::to_string(*r.maxTimes) : "without limit"});
    if (r.condition != model::Renewal::Condition::None) {
      f.push_back({"renewal condition",
                   std::string(r.condition == model::Renewal::Condition::If ? "if " : "unless ") + condition(r.event)});
    }
  }
  int n = 0;
  for (const auto& rule : a.notices) {
    if (rule.clause != c.id) continue;
    std::string suffix = n++ ? " " + std::to_string(n) : "";
    f.push_back({"notice period" + suffix, rule.period.text()});
    f.push_back({"notice" + suffix, rule.whenText()});
    f.push_back({"notice form" + suffix, model::formName(rule.form)});
    f.push_back({"notice by" + suffix, holders(rule.by)});
  }
  n = 0;
  for (const auto& p : a.powers) {
    if (p.clause != c.id) continue;
    std::string name = std::string("power to ") + model::actionName(p.action);
    f.push_back({name, p.notice            ? "with notice of " + runtime::noticeText(p)
                       : p.onEffectiveDate ? "when the triggering event takes effect"
                                           : "with immediate effect"});
    std::string trigger = p.trigger.kind == model::Trigger::Kind::Always ? "always"
                          : p.trigger.kind == model::Trigger::Kind::Event
                              ? "after " + condition(p.trigger.event) +
                                    (p.trigger.period           ? ", cure period " + p.trigger.period->text()
                                     : p.trigger.reasonableCure ? ", a reasonable period to cure"
                                                                : "") +
                                    (p.trigger.within ? ", within " + p.trigger.within->text() + " after it" : "")
                              : p.trigger.event.kind + " lasting " + dur(p.trigger.period);
    f.push_back({name + ": trigger", trigger});
    f.push_back({name + ": form", model::formName(p.form)});
  }
  if (a.accession && a.accession->clause == c.id) {
    f.push_back({"accession", a.accession->needsConsentOfAll ? "with the consent of all parties" : "allowed"});
  }
  for (std::size_t i = 0; i < c.notes.size(); ++i) f.push_back({"note " + std::to_string(i + 1), c.notes[i]});
  return f;
}

}  // namespace agree::diff
