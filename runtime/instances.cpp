#include "instances.h"

#include "time/duration.h"

namespace agree::runtime {

Date instanceEnd(const model::InstanceRule& rule, Date start, long long extensions) {
  model::Duration total = rule.maxLength;
  if (extensions > 0 && rule.extensionLength) {
    if (rule.maxLength.isCalendar() && rule.extensionLength->isCalendar()) {
      total = model::Duration{rule.maxLength.months() + extensions * rule.extensionLength->months(), time::Unit::Month};
    } else if (rule.maxLength.isDayBased() && rule.extensionLength->isDayBased()) {
      total = model::Duration{rule.maxLength.days() + extensions * rule.extensionLength->days(), time::Unit::Day};
    }
  }
  return time::add(start, total).date;
}

std::vector<OpenInstance> openInstances(const Timeline& t) {
  std::vector<OpenInstance> out;
  auto happened = [&](const std::string& kind, const std::string& name, Date from) {
    std::vector<const model::Event*> found;
    for (const auto& e : t.events) {
      if (e.accepted && e.event.kind == kind && e.event.name == name && e.event.date >= from) found.push_back(&e.event);
    }
    return found;
  };
  for (const auto& c : t.agreement->clauses) {
    for (const auto& rule : c.instances) {
      for (const auto& s : t.events) {
        if (!s.accepted || s.event.kind != rule.startEvent) continue;
        OpenInstance open{&c, &rule, s.event.name, s.event.by, s.event.date, 0, instanceEnd(rule, s.event.date, 0)};
        // An extension counts when made before the end and within the number allowed (the
        // others are violations, see violations.cpp).
        for (const auto* ext : happened(rule.extendEvent, open.name, open.start)) {
          if (ext->date >= open.end || open.extensions + 1 > rule.extensions) continue;
          open.end = instanceEnd(rule, open.start, ++open.extensions);
        }
        if (happened(rule.endEvent, open.name, open.start).empty()) out.push_back(std::move(open));
      }
    }
  }
  return out;
}

}  // namespace agree::runtime
