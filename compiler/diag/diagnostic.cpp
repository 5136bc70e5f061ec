#include "diag/diagnostic.h"

#include <algorithm>

namespace agree::diag {

namespace {
struct Entry {
  Code code;
  std::string_view id;
  std::string_view summary;
};
constexpr Entry kEntries[] = {
#define AGREE_CODE(code, name, summary) {Code::name, #code, summary},
#include "diag/codes.def"
#undef AGREE_CODE
};
}  // namespace

std::string_view codeId(Code code) { return kEntries[static_cast<int>(code)].id; }
std::string_view codeSummary(Code code) { return kEntries[static_cast<int>(code)].summary; }

std::vector<Code> allCodes() {
  std::vector<Code> out;
  for (const auto& e : kEntries) out.push_back(e.code);
  return out;
}

Diagnostic& Sink::error(Code code, source::Span span, Text message) {
  items_.push_back(Diagnostic{code, Severity::Error, span, std::move(message), {}, {}, {}});
  return items_.back();
}

Diagnostic& Sink::warning(Code code, source::Span span, Text message) {
  items_.push_back(Diagnostic{code, Severity::Warning, span, std::move(message), {}, {}, {}});
  return items_.back();
}

bool Sink::hasErrors() const { return errorCount() > 0; }

std::size_t Sink::errorCount() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

}  // namespace agree::diag
