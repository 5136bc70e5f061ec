#include "calendars.h"

#include "driver/driver.h"

#include <map>
#include <memory>
#include <mutex>

namespace agree::runtime {

const calendar::Calendar* workingDayCalendar(const std::string& name, std::string& error) {
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<calendar::Calendar>> loaded;
  std::lock_guard<std::mutex> hold(lock);
  if (auto it = loaded.find(name); it != loaded.end()) return it->second.get();
  auto cal = calendar::loadCalendar(calendar::stdlibCalendarPath(driver::stdlibDir(), name), error);
  if (!cal) return nullptr;
  auto* raw = (loaded[name] = std::make_unique<calendar::Calendar>(std::move(*cal))).get();
  return raw;
}

}  // namespace agree::runtime
