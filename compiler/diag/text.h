// A message for people in both languages agree speaks. A diagnostic is made where the problem is
// found, before anyone knows which language it will be read in: the renderer picks (render.h).
// Both are written at the site, side by side, so a reviewer reads each Dutch sentence beside
// the English one it translates.
#pragma once

#include <string>
#include <utility>

#include "diag/lang.h"

namespace agree::diag {

struct Text {
  std::string en;
  std::string nl;

  Text() = default;
  Text(std::string english, std::string dutch) : en(std::move(english)), nl(std::move(dutch)) {}
  // Words that read the same in both languages: a name, a path, a list of keywords.
  static Text same(std::string words) { return Text{words, words}; }

  const std::string& in(Lang lang) const { return lang == Lang::Nl ? nl : en; }
  bool empty() const { return en.empty() && nl.empty(); }
};

// Both languages joined: `a + b` joins the English and the Dutch side by side.
inline Text operator+(const Text& a, const Text& b) { return Text{a.en + b.en, a.nl + b.nl}; }

}  // namespace agree::diag
