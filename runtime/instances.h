// Instances (a client exchange, docs/model.md "instance"): when each must end, counted from its
// start in one step (started 2025-10-31, 6 months: by 2026-04-30; extended once by 6 months:
// 2025-10-31 + 12 months = 2026-10-31). Shared by `violations` (an instance too long) and
// `radar` (the last day of an open instance).
#pragma once

#include <string>
#include <vector>

#include "timeline.h"

namespace agree::runtime {

// The day by which an instance started on `start` must have ended after `extensions`
// extensions: ending on it is in time, its last day is the day before.
Date instanceEnd(const model::InstanceRule& rule, Date start, long long extensions);

// An instance the scenario started and has not ended (yet).
struct OpenInstance {
  const model::Clause* clause = nullptr;
  const model::InstanceRule* rule = nullptr;
  std::string name;  // the start event's `name` ("client C")
  std::string by;
  Date start;
  long long extensions = 0;  // the extensions that counted: before the end, within the number allowed
  Date end;                  // instanceEnd after them
};

// In clause order, then in the order the scenario started them.
std::vector<OpenInstance> openInstances(const Timeline& t);

}  // namespace agree::runtime
