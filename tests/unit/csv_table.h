// Reads a test data table: a CSV file with a header row, comment lines (#) and blank lines
// skipped. The callback gets each row's fields; a failure names the file and line (INFO).
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#ifndef AGREE_TEST_DATA_DIR
#define AGREE_TEST_DATA_DIR "tests/unit/data"
#endif

// Calls `row` for every data row of AGREE_TEST_DATA_DIR/name; returns the number of rows.
inline int forEachCsvRow(const std::string& name, const std::string& header,
                         const std::function<void(const std::vector<std::string>&)>& row) {
  const std::string path = std::string(AGREE_TEST_DATA_DIR) + "/" + name;
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::string line;
  int lineNo = 0, rows = 0;
  bool sawHeader = false;
  while (std::getline(in, line)) {
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!sawHeader) {
      REQUIRE(line == header);
      sawHeader = true;
      continue;
    }
    INFO(name << ":" << lineNo << ": " << line);
    std::vector<std::string> fields;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) fields.push_back(cell);
    row(fields);
    ++rows;
  }
  CHECK(sawHeader);
  return rows;
}
