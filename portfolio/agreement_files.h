// The agreement files a batch answers: the files named, and every *.agree below the folders
// named (symlinks followed, in name order). Paths that cannot be read — a symlink loop, a
// folder agree may not open, a pipe, socket or device, a dangling link — are reported as
// AGR0001 with the reason, and the walk goes on.
//
// Old versions: while walking a folder, files below a subfolder named `versions` or `versies`
// are skipped (counted, not answered) unless versions are asked for; a file named on the
// command line is always answered. A file reached twice (named and inside a folder named, or
// through a symlink) is answered once: its rows would otherwise repeat under the same key.
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
  std::size_t problems = 0;         // paths handed to the report as unreadable
  std::size_t skippedVersions = 0;  // files below versions/ or versies/ folders, not answered
};

struct FindOptions {
  bool includeVersions = false;  // answer the files in versions/ and versies/ folders too
};

// Problems are reported in `style` (language, text or JSON).
AgreementFiles findAgreementFiles(const std::vector<std::string>& paths, const Report& report, diag::Style style = {},
                                  FindOptions options = {});

// Whether a folder of this name holds old versions of agreements (`versions`, `versies`).
bool isVersionsFolder(const std::string& name);

// The note for files skipped in versions folders (empty when none were):
// "agree: note: skipped 3 file(s) in versions/ folders; --include-versions answers them".
diag::Text skippedVersionsNote(std::size_t skipped);

// An AGR0001 diagnostic, rendered as the compiler renders it: `path` cannot be read, and why.
std::string unreadablePath(const std::string& path, const diag::Text& why, diag::Style style = {});

}  // namespace agree::portfolio
