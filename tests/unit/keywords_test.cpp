// The two spellings of the language's keywords and built-in words (grammar/keywords.def,
// parse/builtin_words.h), and how a file's language is settled.
#include <doctest/doctest.h>

#include <string>

#include "parse/builtin_words.h"
#include "parse/keywords.h"
#include "parse/tokens.h"

using agree::parse::BuiltInWord;
using agree::parse::KeywordLanguage;

TEST_CASE("keywords: each has one Dutch spelling, and back") {
  using agree::parse::translateKeyword;
  CHECK(translateKeyword("party", KeywordLanguage::English, KeywordLanguage::Dutch) == "partij");
  CHECK(translateKeyword("partij", KeywordLanguage::Dutch, KeywordLanguage::English) == "party");
  CHECK(translateKeyword("term", KeywordLanguage::English, KeywordLanguage::Dutch) == "looptijd");
  // `of` is English for OF and Dutch for OR: each language reads it its own way.
  CHECK(translateKeyword("of", KeywordLanguage::English, KeywordLanguage::Dutch) == "van");
  CHECK(translateKeyword("of", KeywordLanguage::Dutch, KeywordLanguage::English) == "or");
  CHECK_FALSE(translateKeyword("heliomare", KeywordLanguage::English, KeywordLanguage::Dutch));
  CHECK_FALSE(translateKeyword("partij", KeywordLanguage::English, KeywordLanguage::Dutch));
}

TEST_CASE("keywords: only a word of one language settles a file's language") {
  using agree::parse::languageOfKeyword;
  CHECK(languageOfKeyword("agreement") == KeywordLanguage::English);
  CHECK(languageOfKeyword("overeenkomst") == KeywordLanguage::Dutch);
  CHECK_FALSE(languageOfKeyword("scenario"));  // the same in both
  CHECK_FALSE(languageOfKeyword("of"));        // a keyword in both, with two meanings
  CHECK_FALSE(languageOfKeyword("heliomare"));
}

TEST_CASE("keywords: those the grammar reads as names too") {
  using agree::parse::keywordUsableAsName;
  CHECK(keywordUsableAsName("period", KeywordLanguage::English));
  CHECK(keywordUsableAsName("periode", KeywordLanguage::Dutch));
  CHECK(keywordUsableAsName("partijen", KeywordLanguage::Dutch));  // a group is often called so
  CHECK_FALSE(keywordUsableAsName("party", KeywordLanguage::English));
  CHECK_FALSE(keywordUsableAsName("opzegging", KeywordLanguage::Dutch));
  CHECK_FALSE(keywordUsableAsName("heliomare", KeywordLanguage::English));
}

TEST_CASE("built-in words: forms, event kinds and outcomes in Dutch") {
  using agree::parse::translateBuiltInWord;
  auto nl = KeywordLanguage::Dutch, en = KeywordLanguage::English;
  CHECK(translateBuiltInWord("schriftelijk", BuiltInWord::Form, nl, en) == "writing");
  CHECK(translateBuiltInWord("registered_letter", BuiltInWord::Form, en, nl) == "aangetekend");
  CHECK(translateBuiltInWord("evaluatie", BuiltInWord::EventKind, nl, en) == "evaluation");
  CHECK(translateBuiltInWord("toetreden", BuiltInWord::EventKind, nl, en) == "accede");
  CHECK(translateBuiltInWord("negatief", BuiltInWord::Outcome, nl, en) == "negative");
  // A word is translated only where its kind stands: a form is no event kind.
  CHECK_FALSE(translateBuiltInWord("schriftelijk", BuiltInWord::EventKind, nl, en));
  CHECK_FALSE(translateBuiltInWord("writing", BuiltInWord::Form, nl, en));
}

TEST_CASE("a file's keyword language: its first keyword, or most of its words after `scenario`") {
  auto language = [](const char* text) {
    auto outline = agree::parse::outlineText(text);
    REQUIRE(outline);
    return outline->language;
  };
  CHECK(language("party a { name \"A\" }") == KeywordLanguage::English);
  CHECK(language("partij a { naam \"A\" }") == KeywordLanguage::Dutch);
  // A scenario called `opzegging` (Dutch for notice) in an English file stays English.
  CHECK(language("scenario opzegging { 2030-01-01 notice by a under 1.1 }") == KeywordLanguage::English);
  CHECK(language("scenario s { 2030-01-01 toetreden van b krachtens 1.1 }") == KeywordLanguage::Dutch);
  CHECK(language("") == KeywordLanguage::English);
}
