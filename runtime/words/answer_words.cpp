#include "words/answer_words.h"

#include <algorithm>
#include <cstring>

namespace agree::words {

const char* answerWord(std::optional<bool> answer, Lang lang) {
  bool nl = lang == Lang::Nl;
  if (!answer) return nl ? "hangt af" : "depends";
  if (*answer) return nl ? "ja" : "yes";
  return nl ? "nee" : "no";
}

std::size_t answerWordWidth(Lang lang) {
  return std::max({std::strlen(answerWord(true, lang)), std::strlen(answerWord(false, lang)),
                   std::strlen(answerWord(std::nullopt, lang))});
}

}  // namespace agree::words
