// The `articles` column's separator (runtime/report/query_rows.h): ids with spaces, commas,
// bars and backslashes stay apart, and splitting as docs/query.md says gives them back.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "report/query_rows.h"

namespace {

// Splits as docs/query.md tells a reader to: on " | " where the bar is not escaped, then
// unescapes \| and \\.
std::vector<std::string> splitArticles(const std::string& joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  std::string id;
  for (std::size_t i = 0; i < joined.size(); ++i) {
    if (joined[i] == '\\' && i + 1 < joined.size()) {
      id += joined[++i];
    } else if (joined.compare(i, 3, " | ") == 0) {
      out.push_back(id);
      id.clear();
      i += 2;
    } else {
      id += joined[i];
    }
  }
  out.push_back(id);
  return out;
}

}  // namespace

TEST_CASE("article ids are joined by \" | \" with bars and backslashes escaped") {
  using agree::runtime::joinArticles;
  CHECK(joinArticles({}) == "");
  CHECK(joinArticles({"2"}) == "2");
  CHECK(joinArticles({"2", "3", "16"}) == "2 | 3 | 16");
  CHECK(joinArticles({"Bijlage 2, Artikel 3", "4"}) == "Bijlage 2, Artikel 3 | 4");
  CHECK(joinArticles({"a|b", "c\\d"}) == "a\\|b | c\\\\d");
  CHECK(joinArticles({"x | y"}) == "x \\| y");  // an id that looks like two is one
}

TEST_CASE("splitting the joined ids gives them back") {
  for (const std::vector<std::string>& ids : std::vector<std::vector<std::string>>{
           {"2", "3"}, {"Bijlage 2, Artikel 3", "Bijlage 2, Artikel 4"}, {"x | y", "z"}, {"a\\", "|b"}}) {
    CHECK(splitArticles(agree::runtime::joinArticles(ids)) == ids);
  }
}
