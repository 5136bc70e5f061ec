#include "calendars.h"

#include <map>
#include <memory>
#include <mutex>

namespace agree::runtime {

namespace {
// Function-local, so that a caller's own static initialisation may hand the folder over.
std::mutex& lock() {
  static std::mutex m;
  return m;
}
std::string& standardLibrary() {
  static std::string folder;
  return folder;
}
}  // namespace

void useStandardLibrary(std::string folder) {
  std::lock_guard<std::mutex> hold(lock());
  standardLibrary() = std::move(folder);
}

const calendar::Calendar* workingDayCalendar(const std::string& name, std::string& error) {
  static std::map<std::string, std::unique_ptr<calendar::Calendar>> loaded;
  std::lock_guard<std::mutex> hold(lock());
  if (auto it = loaded.find(name); it != loaded.end()) return it->second.get();
  if (standardLibrary().empty()) {
    error = "the standard library's folder was not given, so the calendar `" + name + "` cannot be read";
    return nullptr;
  }
  auto cal = calendar::loadCalendar(calendar::stdlibCalendarPath(standardLibrary(), name), error);
  if (!cal) return nullptr;
  auto* raw = (loaded[name] = std::make_unique<calendar::Calendar>(std::move(*cal))).get();
  return raw;
}

}  // namespace agree::runtime
