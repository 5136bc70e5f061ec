#include "facts/fact.h"

namespace agree::runtime {

namespace {
struct KindInfo {
  const char* name;
  const char* args;
};
constexpr KindInfo kKinds[] = {
    {"None", ""},
#define AGREE_FACT(name, args) {#name, args},
#include "facts/fact_kinds.def"
#undef AGREE_FACT
};
}  // namespace

const char* factKindName(FactKind kind) { return kKinds[static_cast<std::size_t>(kind)].name; }
const char* factArgNames(FactKind kind) { return kKinds[static_cast<std::size_t>(kind)].args; }

std::vector<FactKind> allFactKinds() {
  std::vector<FactKind> out;
  for (std::size_t i = 1; i < std::size(kKinds); ++i) out.push_back(static_cast<FactKind>(i));
  return out;
}

const FactValue* Fact::arg(std::string_view name) const {
  for (const auto& a : args_) {
    if (a.name == name) return &a.value;
  }
  return nullptr;
}

Fact& Fact::with(const char* name, FactValue value) & {
  args_.push_back(FactArg{name, std::move(value)});
  return *this;
}
Fact&& Fact::with(const char* name, FactValue value) && { return std::move(with(name, std::move(value))); }

Fact& Fact::with(const char* name, Fact nested) & {
  if (nested) args_.push_back(FactArg{name, std::make_shared<const Fact>(std::move(nested))});
  return *this;
}
Fact&& Fact::with(const char* name, Fact nested) && { return std::move(with(name, std::move(nested))); }

}  // namespace agree::runtime
