#include "junit.h"

namespace agree::cli {

namespace {

// Text as XML character data or an attribute value. Control characters other than tab and
// line breaks cannot appear in XML 1.0 at all, so they are written as U+FFFD.
std::string escaped(const std::string& text) {
  std::string out;
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t':
      case '\n':
      case '\r': out += ch; break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20)
          out += "\xEF\xBF\xBD";
        else
          out += ch;
    }
  }
  return out;
}

// Line breaks in an attribute are normalised away by XML readers: keep them as references.
std::string attribute(const std::string& text) {
  std::string out;
  for (char ch : escaped(text)) {
    if (ch == '\n')
      out += "&#10;";
    else
      out += ch;
  }
  return out;
}

}  // namespace

std::string junitXml(const std::vector<JUnitSuite>& suites) {
  std::size_t tests = 0, failures = 0, errors = 0;
  for (const auto& s : suites) {
    tests += s.cases.size();
    for (const auto& c : s.cases) failures += c.failed;
    if (!s.error.empty()) ++errors;
  }
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites name=\"agree test\" tests=\"" + std::to_string(tests + errors) + "\" failures=\"" +
         std::to_string(failures) + "\" errors=\"" + std::to_string(errors) + "\">\n";
  for (const auto& s : suites) {
    std::size_t failed = 0;
    for (const auto& c : s.cases) failed += c.failed;
    const bool broken = !s.error.empty();
    out += "  <testsuite name=\"" + attribute(s.name) + "\" tests=\"" + std::to_string(s.cases.size() + broken) +
           "\" failures=\"" + std::to_string(failed) + "\" errors=\"" + std::to_string(broken ? 1 : 0) + "\">\n";
    if (broken) {
      // A file that does not compile has no expectations to run: one case that errs, so the
      // CI report shows the file rather than nothing.
      out += "    <testcase name=\"compile\" classname=\"" + attribute(s.name) + "\">\n";
      out += "      <error message=\"the file does not compile\">" + escaped(s.error) + "</error>\n";
      out += "    </testcase>\n";
    }
    for (const auto& c : s.cases) {
      out += "    <testcase name=\"" + attribute(c.name) + "\" classname=\"" + attribute(c.classname) + "\"";
      if (!c.failed) {
        out += "/>\n";
        continue;
      }
      out += ">\n      <failure message=\"" + attribute(c.message) + "\">" + escaped(c.detail) + "</failure>\n";
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

}  // namespace agree::cli
