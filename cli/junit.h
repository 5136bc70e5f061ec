// JUnit XML for `agree test --junit`: the format CI systems (GitLab, Jenkins, GitHub actions)
// read test results in. One <testsuite> per agreement file, one <testcase> per expectation.
#pragma once

#include <string>
#include <vector>

namespace agree::cli {

struct JUnitCase {
  std::string name;       // the expectation as written
  std::string classname;  // the file, with its line
  bool failed = false;
  std::string message;  // failure: "expected X, actual Y"
  std::string detail;   // failure: expected, actual and why on their own lines
};

struct JUnitSuite {
  std::string name;  // the file
  std::vector<JUnitCase> cases;
  std::string error;  // the file did not compile: its diagnostics
};

std::string junitXml(const std::vector<JUnitSuite>& suites);

}  // namespace agree::cli
