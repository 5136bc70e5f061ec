// agree fmt's layout rules (docs/fmt.md), one rule per case, each also checked for idempotence.
#include <doctest/doctest.h>

#include <string>

#include "format/format.h"
#include "format/verify.h"
#include "parse/tokens.h"

namespace {

using agree::format::Formatted;

Formatted formatText(const std::string& text) {
  agree::source::SourceMap sources;
  agree::diag::Sink sink;
  return agree::format::formatFile(sources.add("t.agree", text), sink);
}

// The layout of `text`, checked to be a fixed point.
std::string fmt(const std::string& text) {
  auto once = formatText(text);
  REQUIRE(once.status == Formatted::Status::Ok);
  auto twice = formatText(once.text);
  REQUIRE(twice.status == Formatted::Status::Ok);
  CHECK(twice.text == once.text);
  return once.text;
}

}  // namespace

TEST_CASE("fmt: two spaces per open brace, one space between tokens, a final newline") {
  CHECK(fmt("agreement   a{\ntitle    \"x\"\n\t\tsigned 2025-01-01}") ==
        "agreement a {\n  title \"x\"\n  signed 2025-01-01 }\n");
  CHECK(fmt("article 1 \"A\" {\nclause 1.1 duty {\nholders a , b\n}\n}") ==
        "article 1 \"A\" {\n  clause 1.1 duty {\n    holders a, b\n  }\n}\n");
}

TEST_CASE("fmt: line breaks stay where they were written; none are added or removed") {
  CHECK(fmt("party a { name \"A\" short \"B\" }\n") == "party a { name \"A\" short \"B\" }\n");
}

TEST_CASE("fmt: a continued list or text lines up under its first item") {
  CHECK(fmt("group g {\n members a,\n b,\n     c\n}") == "group g {\n  members a,\n          b,\n          c\n}\n");
  CHECK(fmt("agreement a {\n note \"x\"\n\"y\"\n}") == "agreement a {\n  note \"x\"\n       \"y\"\n}\n");
  CHECK(fmt("template t(a: duration,\nb: duration) duty {\n}") ==
        "template t(a: duration,\n           b: duration) duty {\n}\n");
}

TEST_CASE("fmt: another continued line is 4 deeper than the block") {
  CHECK(fmt("article 1 \"A\" {\nclause 1.1 power {\nterminate immediately\nwhen bankruptcy\n}\n}") ==
        "article 1 \"A\" {\n  clause 1.1 power {\n    terminate immediately\n        when bankruptcy\n  }\n}\n");
}

TEST_CASE("fmt: comments keep their place; alone on a line they are indented as what follows") {
  CHECK(fmt("party a {   // at the end\n// before a field\nname \"A\"\n   // before the brace\n}") ==
        "party a { // at the end\n  // before a field\n  name \"A\"\n  // before the brace\n}\n");
  CHECK(fmt("party a { /* in */ name /* between */ \"A\" }") == "party a { /* in */ name /* between */ \"A\" }\n");
  // A block comment over lines keeps its inner lines; only their trailing spaces go.
  CHECK(fmt("/* one  \n     two\t\n*/\nparty a {}") == "/* one\n     two\n*/\nparty a { }\n");
}

TEST_CASE("fmt: a run of blank lines becomes one; none at the start or the end") {
  CHECK(fmt("\n\n\nparty a {}\n\n\n\nparty b {}\n\n\n") == "party a { }\n\nparty b { }\n");
  CHECK(fmt("party a {\n\n\n  name \"A\"\n}") == "party a {\n\n  name \"A\"\n}\n");
}

TEST_CASE("fmt: CRLF becomes LF; texts keep every byte, tabs and double spaces included") {
  CHECK(fmt("party a {\r\n\tname \"A\t  b\"  \r\n}\r\n") == "party a {\n  name \"A\t  b\"\n}\n");
}

TEST_CASE("fmt: an empty file stays empty") {
  CHECK(fmt("") == "");
  CHECK(fmt(" \n\n\t") == "");
}

TEST_CASE("fmt: a file that does not parse is not formatted") {
  agree::source::SourceMap sources;
  agree::diag::Sink sink;
  auto r = agree::format::formatFile(sources.add("t.agree", "party a { name }"), sink);
  CHECK(r.status == Formatted::Status::SyntaxErrors);
  CHECK(r.text.empty());
  CHECK(sink.hasErrors());
}

namespace {
// The outline of a text that must parse (the lossless check compares two of them).
agree::parse::SourceOutline outline(const char* text) {
  auto o = agree::parse::outlineText(text);
  REQUIRE(o);
  return *o;
}
}  // namespace

TEST_CASE("fmt: the lossless check sees a lost comment and a changed text, not white space") {
  auto original = outline("party a { // c\n name \"A\" }");
  CHECK_FALSE(agree::format::firstDifference(original, outline("party a {   // c   \n\n name  \"A\"}")));
  auto lost = agree::format::firstDifference(original, outline("party a {\n name \"A\" }"));
  REQUIRE(lost);
  CHECK(lost->find("`// c`") != std::string::npos);
  CHECK(agree::format::firstDifference(original, outline("party a { // c\n name \"A \" }")));
}

TEST_CASE("fmt: keywords compare by meaning across languages, names by their spelling") {
  auto english = outline("party a { name \"A\" }\ngroup period { members a }");
  CHECK_FALSE(agree::format::firstDifference(english, outline("partij a { naam \"A\" }\ngroep period { leden a }")));
  // A keyword kept in English inside a Dutch file is a name there, not the keyword.
  CHECK(agree::format::firstDifference(english, outline("partij a { naam \"A\" }\ngroep periode { leden a }")));
}
