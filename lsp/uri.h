// file: URIs as clients send them and the paths the compiler reads, both ways. Other schemes
// (untitled:) have no path: such a document is compiled as if it were a file in the working folder.
#pragma once

#include <optional>
#include <string>

namespace agree::lsp {

// "/home/a/b c.agree" from "file:///home/a/b%20c.agree"; nullopt for another scheme.
std::optional<std::string> pathOfUri(const std::string& uri);

// "file:///home/a/b%20c.agree": the path made absolute, reserved bytes percent-encoded.
std::string uriOfPath(const std::string& path);

}  // namespace agree::lsp
