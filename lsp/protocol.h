// The protocol's shapes of the few types every feature exchanges (Position, Range, Location),
// to and from JSON; and its error codes.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "text_positions.h"

namespace agree::lsp {

using json = nlohmann::json;

// JSON-RPC 2.0 and LSP 3.17 error codes.
namespace errors {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
}  // namespace errors

json toJson(Position p);
json toJson(const Range& r);
json location(const std::string& uri, const Range& r);

// A Position from JSON; a missing or malformed one is 0:0 (a broken client gets an answer,
// not a crash).
Position positionFrom(const json& j);
Range rangeFrom(const json& j);

// A string member of an object, "" when absent or of another type.
std::string stringAt(const json& j, const char* key);

}  // namespace agree::lsp
