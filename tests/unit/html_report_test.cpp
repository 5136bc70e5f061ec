// Unit tests for `agree report`'s page parts (runtime/report/html_report.h, svg_timeline.h):
// escaping, and a timeline whose bars are dated by hand.
#include <doctest/doctest.h>

#include <regex>

#include "driver/driver.h"
#include "report/html_report.h"
#include "report/svg_timeline.h"

namespace runtime = agree::runtime;

namespace {

// The data-from/data-until pairs of the rects with this class, in order.
std::vector<std::string> bars(const std::string& svg, const std::string& cls) {
  std::vector<std::string> out;
  std::regex rect("<rect class=\"" + cls + "\" data-from=\"([0-9-]+)\" data-until=\"([0-9-]+)\"");
  for (std::sregex_iterator i(svg.begin(), svg.end(), rect), end; i != end; ++i)
    out.push_back((*i)[1].str() + ".." + (*i)[2].str());
  return out;
}

}  // namespace

TEST_CASE("report: user text is escaped, bidi controls shown, line breaks kept") {
  CHECK(runtime::htmlText("<script>alert('x')</script> & \"q\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  CHECK(runtime::htmlText("a\u202eb\u2066c") == "a\\u{202e}b\\u{2066}c");
  CHECK(runtime::htmlText("]]>") == "]]&gt;");
  CHECK(runtime::htmlText("1\n2") == "1\n2");
}

TEST_CASE("report: a fixed term, its end and a clause surviving it for a year, drawn on their days") {
  auto c = agree::driver::compileText("t.agree", R"(
agreement t { title "Vast" language "en" }
party a { name "Partij A" }
party b { name "Partij B" }
article 1 "Duur" {
  clause 1.1 provision {
    start 2025-03-01
    term 2 years
    survival of 1.2 for 1 year
  }
  clause 1.2 duty { holders each party }
}
)");
  REQUIRE(c->agreement);
  auto t = runtime::simulate(*c->agreement, nullptr);
  auto svg = runtime::svgTimeline(t, agree::words::Lang::En);
  // One period [2025-03-01, 2027-03-01): two years from the start; the term ends then.
  CHECK(bars(svg, "period odd") == std::vector<std::string>{"2025-03-01..2027-03-01"});
  CHECK(svg.find("class=\"end-line\" data-date=\"2027-03-01\"") != std::string::npos);
  // 1.2 survives one year after the end: [2027-03-01, 2028-03-01), last day 2028-02-29 (leap).
  CHECK(bars(svg, "surviving") == std::vector<std::string>{"2027-03-01..2028-03-01"});
  CHECK(svg.find("2028-02-29") != std::string::npos);
  // Each party: bound for the term, surviving clause only for the year after, then not bound
  // (to the drawing's edge).
  auto bound = bars(svg, "standing bound");
  auto surviving = bars(svg, "standing surviving");
  auto notBound = bars(svg, "standing not-bound");
  CHECK(bound == std::vector<std::string>{"2025-03-01..2027-03-01", "2025-03-01..2027-03-01"});
  CHECK(surviving == std::vector<std::string>{"2027-03-01..2028-03-01", "2027-03-01..2028-03-01"});
  REQUIRE(notBound.size() == 2);
  CHECK(notBound[0].substr(0, 12) == "2028-03-01..");
  // No notice rule: no notice windows.
  CHECK(bars(svg, "notice-window").empty());
}
