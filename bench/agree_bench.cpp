// agree's benchmarks (docs/PERFORMANCE.md): a small harness of its own, outside the test
// suite. Each figure is the median of several runs.
//   agree_bench REPO_ROOT AGREE_BINARY PORTFOLIO_DIR [--skip-portfolio]
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "bound.h"
#include "calendars.h"
#include "driver/driver.h"
#include "model/to_json.h"
#include "standing.h"
#include "timeline.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using agree::time::Date;

double seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Child {
  double wall = 0;
  double cpu = 0;  // user + system, every thread
  long peakKiB = 0;
  int status = 0;
};

// Runs a command (no shell) and measures its wall time and peak memory.
Child run(const std::vector<std::string>& argv, const std::string& out = "/dev/null") {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  auto start = Clock::now();
  pid_t pid;
  Child c;
  if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
    c.status = -1;
    return c;
  }
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  c.wall = seconds(start, Clock::now());
  c.peakKiB = usage.ru_maxrss;
  c.cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
          static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  c.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  posix_spawn_file_actions_destroy(&actions);
  return c;
}

struct Corpus {
  std::string name;
  std::vector<std::pair<std::string, std::string>> files;  // path, text
  std::size_t bytes = 0;
};

Corpus loadCorpus(const std::string& name, const std::vector<fs::path>& paths) {
  Corpus c{name, {}, 0};
  for (const auto& p : paths) {
    c.files.emplace_back(p.string(), readFile(p));
    c.bytes += c.files.back().second.size();
  }
  return c;
}

void throughput(const Corpus& corpus, int rounds) {
  std::vector<double> total, lex, parse, build, lower, json;
  double cold = 0;
  for (int r = 0; r < rounds + 1; ++r) {
    agree::driver::CompileProfile p;
    double jsonSeconds = 0;
    auto start = Clock::now();
    for (const auto& [path, text] : corpus.files) {
      auto c = agree::driver::compileText(path, text, &p);
      auto j0 = Clock::now();
      if (c->agreement) (void)agree::model::toJson(*c->agreement).dump();
      jsonSeconds += seconds(j0, Clock::now());
    }
    double all = seconds(start, Clock::now()) - jsonSeconds;
    if (r == 0) {
      cold = all;  // the first round warms ANTLR's DFA cache
      continue;
    }
    total.push_back(all);
    lex.push_back(p.lex);
    parse.push_back(p.parse);
    build.push_back(p.build);
    lower.push_back(p.lower);
    json.push_back(jsonSeconds);
  }
  double mb = static_cast<double>(corpus.bytes) / 1e6;
  auto rate = [&](double s) { return s > 0 ? mb / s : 0.0; };
  std::printf("| %s (%zu files, %.2f MB) | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n",
              corpus.name.c_str(), corpus.files.size(), mb, rate(cold), rate(median(total)), rate(median(lex)),
              rate(median(parse)), rate(median(build)), rate(median(lower)), rate(median(json)), median(total) * 1000);
}

// Queries per second of `ask` over `dates` x parties, median of several runs of at least ~0.3 s.
double queriesPerSecond(const std::function<void(Date)>& ask, const std::vector<Date>& dates, int rounds) {
  std::vector<double> rates;
  for (int r = 0; r < rounds; ++r) {
    std::size_t n = 0;
    auto start = Clock::now();
    do {
      for (Date d : dates) ask(d);
      n += dates.size();
    } while (seconds(start, Clock::now()) < 0.3);
    rates.push_back(static_cast<double>(n) / seconds(start, Clock::now()));
  }
  return median(rates);
}

}  // namespace

int main(int argc, char** argv) {
  agree::runtime::useStandardLibrary(agree::driver::stdlibDir());
  if (argc < 4) {
    std::fprintf(stderr, "usage: agree_bench REPO_ROOT AGREE_BINARY PORTFOLIO_DIR [--skip-portfolio]\n");
    return 2;
  }
  fs::path root = argv[1];
  std::string agree = argv[2];
  fs::path portfolio = argv[3];
  bool skipPortfolio = argc > 4 && std::string(argv[4]) == "--skip-portfolio";
  const int rounds = 5;

  std::printf("## 1. Warm parse + compile throughput (MB/s; median of %d rounds after a cold one)\n\n", rounds);
  std::printf("| corpus | cold | warm total | lex | parse | AST | checks + model | model JSON | warm ms |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|\n");
  std::vector<fs::path> examples;
  for (const auto& e : fs::recursive_directory_iterator(root / "examples")) {
    if (e.path().extension() == ".agree") examples.push_back(e.path());
  }
  std::sort(examples.begin(), examples.end());
  throughput(loadCorpus("examples", examples), rounds);
  std::vector<fs::path> synthetic;
  for (const auto& e : fs::directory_iterator(portfolio)) {
    if (e.path().extension() == ".agree") synthetic.push_back(e.path());
  }
  std::sort(synthetic.begin(), synthetic.end());
  if (synthetic.size() > 500) synthetic.resize(500);
  throughput(loadCorpus("synthetic", synthetic), rounds);

  std::printf("\n## 2. Cold CLI: `agree bound` on Heliomare, whole process (median of 21)\n\n");
  std::vector<double> walls;
  std::string heliomare = (root / "examples/heliomare/heliomare.agree").string();
  for (int i = 0; i < 21; ++i) walls.push_back(run({agree, "bound", heliomare, "Heliomare", "2027-11-01"}).wall);
  std::printf("median %.1f ms (min %.1f, max %.1f)\n", median(walls) * 1000,
              *std::min_element(walls.begin(), walls.end()) * 1000,
              *std::max_element(walls.begin(), walls.end()) * 1000);

  std::printf("\n## 3-4. `bound` queries per second in one process (Heliomare, both parties)\n\n");
  auto c = agree::driver::compileFile(heliomare);
  auto timeline = agree::runtime::simulate(*c->agreement, nullptr);
  agree::runtime::PartyStanding helio(timeline, "heliomare"), werk(timeline, "werksaam");
  std::vector<Date> days2027, days2999;
  for (int i = 0; i < 730; ++i) {
    days2027.push_back(Date::fromYmd(2027, 1, 1)->plusDays(i));
    days2999.push_back(Date::fromYmd(2999, 1, 1)->plusDays(i % 365));
  }
  std::size_t sink = 0;
  auto verdictOnly = [&](Date d) {
    sink += static_cast<std::size_t>(helio.at(d).verdict) + static_cast<std::size_t>(werk.at(d).verdict);
  };
  auto explained = [&](Date d) {
    sink += agree::runtime::bound(timeline, "heliomare", d).reasons.size();
    sink += agree::runtime::bound(timeline, "werksaam", d).reasons.size();
  };
  double v27 = 2 * queriesPerSecond(verdictOnly, days2027, rounds);
  double v2999 = 2 * queriesPerSecond(verdictOnly, days2999, rounds);
  double e27 = 2 * queriesPerSecond(explained, days2027, rounds);
  double e2999 = 2 * queriesPerSecond(explained, days2999, rounds);
  std::printf("| query | 2027 | 2999 | 2999 / 2027 time |\n|---|---|---|---|\n");
  std::printf("| verdict only | %.0f /s | %.0f /s | %.2f |\n", v27, v2999, v27 / v2999);
  std::printf("| full explanation (reasons, caveats, what could change) | %.0f /s | %.0f /s | %.2f |\n", e27, e2999,
              e27 / e2999);
  if (sink == 42) std::printf(" ");

  std::printf("\n## 6. `agree diff` on the largest example and its revision, 30-year horizon\n\n");
  {
    std::string oldFile = heliomare;
    std::string newFile = (root / "examples/heliomare/versions/heliomare-2023.agree").string();
    std::string scenario = (root / "examples/heliomare/scenarios/timely-notice.scenario").string();
    std::vector<double> w;
    for (int i = 0; i < 11; ++i) {
      w.push_back(run({agree, "diff", oldFile, newFile, "--scenario", scenario, "--format", "json"}).wall);
    }
    std::printf(
        "whole process, text of both versions compiled, timelines compared day by day: median %.1f ms (min %.1f, max "
        "%.1f)\n",
        median(w) * 1000, *std::min_element(w.begin(), w.end()) * 1000, *std::max_element(w.begin(), w.end()) * 1000);
  }

  if (!skipPortfolio) {
    std::printf("\n## 5. Portfolio, CSV to /dev/null (median of 3)\n\n");
    std::size_t n = 0;
    std::uintmax_t bytes = 0;
    for (const auto& e : fs::directory_iterator(portfolio)) {
      if (e.path().extension() == ".agree") {
        ++n;
        bytes += e.file_size();
      }
    }
    auto rows =
        run({agree, "query", portfolio.string(), "--date", "2026-01-01", "--no-cache"}, "/tmp/agree-bench-rows.csv");
    std::ifstream in("/tmp/agree-bench-rows.csv");
    std::size_t lines = static_cast<std::size_t>(std::count(std::istreambuf_iterator<char>(in), {}, '\n'));
    std::printf("%zu agreements (%.0f MB), %zu party rows a day (exit %d)\n\n", n, static_cast<double>(bytes) / 1e6,
                lines - 1, rows.status);
    std::printf(
        "| command | cache | wall median (min) | CPU median | peak memory | exit |\n|---|---|---|---|---|---|\n");
    const std::string cacheDir = "/tmp/agree-bench-cache";
    // One command three times: `cold` compiles every file (--no-cache), `filling` starts from an
    // empty cache each time, `cached` finds every model in it.
    auto timed = [&](const std::string& label, std::vector<std::string> args, const std::string& mode) {
      std::vector<double> w, cpu;
      long peak = 0;
      int status = 0;
      if (mode == "cold") args.push_back("--no-cache");
      if (mode != "cold") args.insert(args.end(), {"--cache-dir", cacheDir});
      if (mode == "cached") {
        fs::remove_all(cacheDir);
        run(args);
      }
      for (int i = 0; i < 3; ++i) {
        if (mode == "filling") fs::remove_all(cacheDir);
        auto r = run(args);
        w.push_back(r.wall);
        cpu.push_back(r.cpu);
        peak = std::max(peak, r.peakKiB);
        status = r.status;
      }
      std::printf("| %s | %s | %.2f s (%.2f) | %.2f s | %.0f MiB | %d |\n", label.c_str(), mode.c_str(), median(w),
                  *std::min_element(w.begin(), w.end()), median(cpu), static_cast<double>(peak) / 1024, status);
    };
    const std::vector<std::string> year = {agree,  "query",      portfolio.string(), "--from", "2026-01-01",
                                           "--to", "2026-12-31", "--jobs",           "2"};
    for (const char* mode : {"cold", "filling", "cached"}) timed("query, every day of 2026", year, mode);
    const std::vector<std::string> oneDay = {agree, "query", portfolio.string(), "--date", "2026-06-01", "--jobs", "2"};
    for (const char* mode : {"cold", "cached"}) timed("query, one day", oneDay, mode);
    fs::remove_all(cacheDir);
  }
  return 0;
}
