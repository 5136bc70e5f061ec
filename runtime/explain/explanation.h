// `agree explain`: an agreement's encoding said back in plain sentences, clause by clause,
// beside the text each clause quotes, so a lawyer checks the code against the article.
// Facts come from the model (explain.cpp); the words from one file per language.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "words/lang.h"

namespace agree::explain {

struct ClauseExplanation {
  std::string id;
  std::string label;                   // "Art. 16.2"
  std::vector<std::string> sentences;  // never empty
  std::string text;                    // the source text, verbatim
};

struct ArticleExplanation {
  std::string id;     // the article's id ("16"); empty for clauses outside any article
  std::string label;  // "Art. 16"
  std::string title;
  std::string text;
  std::vector<ClauseExplanation> clauses;
};

struct Explanation {
  words::Lang lang = words::Lang::En;
  std::string title;
  std::string headerHeading;        // "The agreement" / "De overeenkomst"
  std::vector<std::string> header;  // parties, groups, bodies, signing, start and term, law
  std::vector<ArticleExplanation> articles;
};

Explanation explain(const model::Agreement& agreement, words::Lang lang);

// The language when --lang is not given: the agreement's `language` header, else English.
words::Lang defaultLang(const model::Agreement& agreement);

}  // namespace agree::explain
