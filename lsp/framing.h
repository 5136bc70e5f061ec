// JSON-RPC messages over a byte stream as the Language Server Protocol frames them: a header
// `Content-Length: N`, a blank line, then N bytes of JSON. Nothing here knows what a message means.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace agree::lsp {

// The next message's body; nullopt at the end of the stream or when the header is unreadable
// (a stream that lost its framing cannot be resynchronised, so the server stops).
std::optional<std::string> readMessage(std::istream& in);

// Writes one framed message and flushes, so the client sees it at once.
void writeMessage(std::ostream& out, const std::string& body);

}  // namespace agree::lsp
