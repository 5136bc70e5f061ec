// The language server's latency on the largest example (docs/PERFORMANCE.md, section 7b), in
// process: the server's own work between a message in and its answer out, without the pipe.
//   agree_lsp_bench REPO_ROOT
// Each figure is the median of 21 runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "calendars.h"
#include "driver/driver.h"
#include "server.h"
#include "uri.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using agree::lsp::json;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Milliseconds of `work`, median and max of `runs`.
std::pair<double, double> timed(int runs, const std::function<void(int)>& work) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    work(i);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return {median(ms), *std::max_element(ms.begin(), ms.end())};
}

// The largest .agree file under examples/.
fs::path largestExample(const fs::path& root) {
  fs::path best;
  std::uintmax_t size = 0;
  for (const auto& e : fs::recursive_directory_iterator(root / "examples")) {
    if (e.is_regular_file() && e.path().extension() == ".agree" && e.file_size() > size) {
      size = e.file_size();
      best = e.path();
    }
  }
  return best;
}

json request(agree::lsp::Server& server, int id, const std::string& method, json params) {
  for (auto& m : server.handle(json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}})) {
    if (m.contains("id") && m["id"] == id) return m;
  }
  return json();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: agree_lsp_bench REPO_ROOT\n");
    return 2;
  }
  agree::runtime::useStandardLibrary(agree::driver::stdlibDir());
  fs::path file = largestExample(argv[1]);
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  const std::string text = s.str();
  const std::string uri = agree::lsp::uriOfPath(file.string());
  // The first line that declares a party, a clause and holds a date: where the hovers point.
  std::vector<std::pair<std::string, json>> hovers;
  {
    std::istringstream lines(text);
    std::string line;
    unsigned n = 0;
    bool party = false, clause = false, date = false;
    while (std::getline(lines, line)) {
      auto at = [&](std::size_t col) { return json{{"line", n}, {"character", col}}; };
      std::size_t indent = line.find_first_not_of(' ');
      if (indent == std::string::npos || line.compare(indent, 2, "//") == 0) {
        ++n;
        continue;
      }
      if (!party && line.rfind("party ", 0) == 0) {
        hovers.push_back({"party", at(7)});
        party = true;
      } else if (!clause && line.compare(indent, 7, "clause ") == 0) {
        hovers.push_back({"clause", at(indent + 8)});
        clause = true;
      } else if (!date && line.find("signed 2") != std::string::npos) {
        hovers.push_back({"date", at(line.find("signed 2") + 8)});
        date = true;
      }
      ++n;
    }
  }
  std::printf("## 7b. The language server on %s (%zu bytes; median of 21, ms)\n\n", file.filename().c_str(),
              text.size());
  std::printf("| request | median | max |\n|---|---|---|\n");
  agree::lsp::Server server;
  int id = 1;
  request(server, id++, "initialize", json{{"capabilities", json::object()}});
  // Diagnostics: a change, then the compilation and the diagnostics it publishes.
  server.handle(
      json{{"jsonrpc", "2.0"},
           {"method", "textDocument/didOpen"},
           {"params", {{"textDocument", {{"uri", uri}, {"languageId", "agree"}, {"version", 1}, {"text", text}}}}}});
  auto [diagMedian, diagMax] = timed(21, [&](int i) {
    server.handle(json{
        {"jsonrpc", "2.0"},
        {"method", "textDocument/didChange"},
        {"params",
         {{"textDocument", {{"uri", uri}, {"version", i + 2}}},
          {"contentChanges",
           json::array({json{
               {"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", i % 2}}}}},
               {"text", i % 2 ? "" : " "}}})}}}});
    server.publishPending();
  });
  std::printf("| diagnostics after an edit (compile, simulate, publish) | %.1f | %.1f |\n", diagMedian, diagMax);
  for (const auto& [what, position] : hovers) {
    json params{{"textDocument", {{"uri", uri}}}, {"position", position}};
    if (request(server, id++, "textDocument/hover", params)["result"].is_null()) {
      std::fprintf(stderr, "agree_lsp_bench: no hover on the %s at %s\n", what.c_str(), position.dump().c_str());
      return 1;
    }
    auto [m, mx] = timed(21, [&](int) { request(server, id++, "textDocument/hover", params); });
    std::printf("| hover on a %s | %.1f | %.1f |\n", what.c_str(), m, mx);
  }
  json at{{"textDocument", {{"uri", uri}}},
          {"position", hovers.empty() ? json{{"line", 0}, {"character", 0}} : hovers[0].second}};
  for (const char* method : {"textDocument/definition", "textDocument/references", "textDocument/documentSymbol",
                             "textDocument/completion", "textDocument/formatting", "textDocument/inlayHint"}) {
    json params = at;
    params["context"] = {{"includeDeclaration", true}};
    auto [m, mx] = timed(21, [&](int) { request(server, id++, method, params); });
    std::printf("| %s | %.1f | %.1f |\n", method, m, mx);
  }
  // The first request after an edit pays for the compilation (and the symbols, built on first use).
  auto [firstMedian, firstMax] = timed(21, [&](int i) {
    server.handle(json{
        {"jsonrpc", "2.0"},
        {"method", "textDocument/didChange"},
        {"params",
         {{"textDocument", {{"uri", uri}, {"version", 100 + i}}},
          {"contentChanges",
           json::array({json{
               {"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", i % 2}}}}},
               {"text", i % 2 ? "" : " "}}})}}}});
    request(server, id++, "textDocument/definition", at);
  });
  std::printf("| definition right after an edit (compile + symbols) | %.1f | %.1f |\n", firstMedian, firstMax);
  return 0;
}
