#include "protocol.h"

#include <limits>

namespace agree::lsp {

json toJson(Position p) { return json{{"line", p.line}, {"character", p.character}}; }

json toJson(const Range& r) { return json{{"start", toJson(r.start)}, {"end", toJson(r.end)}}; }

json location(const std::string& uri, const Range& r) { return json{{"uri", uri}, {"range", toJson(r)}}; }

namespace {
std::uint32_t unsignedAt(const json& j, const char* key) {
  if (!j.is_object()) return 0;
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return 0;
  double v = it->get<double>();
  if (!(v > 0)) return 0;
  if (v > std::numeric_limits<std::uint32_t>::max()) return std::numeric_limits<std::uint32_t>::max();
  return static_cast<std::uint32_t>(v);
}
}  // namespace

Position positionFrom(const json& j) { return Position{unsignedAt(j, "line"), unsignedAt(j, "character")}; }

Range rangeFrom(const json& j) {
  if (!j.is_object()) return {};
  return Range{positionFrom(j.value("start", json::object())), positionFrom(j.value("end", json::object()))};
}

std::string stringAt(const json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace agree::lsp
