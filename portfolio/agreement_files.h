// The agreement files a batch answers: the files named, and every *.agree below the folders
// named (symlinks followed, in name order). Paths that cannot be read — a symlink loop, a
// folder agree may not open, a pipe, socket or device, a dangling link — are reported as
// AGR0001 with the reason, and the walk goes on.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diag/render.h"
#include "diag/text.h"

namespace agree::portfolio {

// Receives text for people (a rendered diagnostic, a note), in the order it arises.
using Report = std::function<void(const std::string& text)>;

struct AgreementFiles {
  std::vector<std::string> files;
  std::size_t problems = 0;  // paths handed to the report as unreadable
};

// Problems are reported in `style` (language, text or JSON).
AgreementFiles findAgreementFiles(const std::vector<std::string>& paths, const Report& report, diag::Style style = {});

// An AGR0001 diagnostic, rendered as the compiler renders it: `path` cannot be read, and why.
std::string unreadablePath(const std::string& path, const diag::Text& why, diag::Style style = {});

}  // namespace agree::portfolio
