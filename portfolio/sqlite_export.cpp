#include "sqlite_export.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace agree::portfolio {

namespace {

// The tables, their columns in the order export_records.cpp writes them. Dates are ISO text
// (they sort and compare as dates), booleans 0/1, intervals half-open [from_date, until_date).
constexpr const char* kSchema = R"sql(
CREATE TABLE agreements (file TEXT PRIMARY KEY, id TEXT NOT NULL, title TEXT, language TEXT, signed TEXT,
  start_date TEXT, end_date TEXT, end_cause TEXT, end_article TEXT, uncertain_from TEXT,
  window_from TEXT, window_to TEXT);
CREATE TABLE parties (file TEXT NOT NULL REFERENCES agreements(file), party TEXT NOT NULL, name TEXT,
  short_name TEXT, acceded INTEGER NOT NULL, joined TEXT, left_on TEXT, left_cause TEXT, PRIMARY KEY (file, party));
CREATE TABLE groups (file TEXT NOT NULL REFERENCES agreements(file), group_id TEXT NOT NULL, name TEXT,
  party TEXT NOT NULL, PRIMARY KEY (file, group_id, party));
CREATE TABLE clauses (file TEXT NOT NULL REFERENCES agreements(file), clause TEXT NOT NULL, article TEXT NOT NULL,
  kind TEXT NOT NULL, holders TEXT, text TEXT, survives INTEGER NOT NULL, PRIMARY KEY (file, clause));
CREATE TABLE periods (file TEXT NOT NULL REFERENCES agreements(file), period INTEGER NOT NULL,
  from_date TEXT NOT NULL, until_date TEXT, notice_article TEXT, notice_clause TEXT, last_notice_day TEXT,
  safe_notice_day TEXT, working_day INTEGER);
CREATE TABLE agenda (file TEXT NOT NULL REFERENCES agreements(file), party TEXT NOT NULL, date TEXT NOT NULL,
  due TEXT NOT NULL, kind TEXT NOT NULL, article TEXT, clause TEXT, holders TEXT, what TEXT, rule TEXT,
  occurrence TEXT);
CREATE TABLE standings (file TEXT NOT NULL REFERENCES agreements(file), party TEXT NOT NULL,
  from_date TEXT NOT NULL, until_date TEXT, verdict TEXT NOT NULL, basis TEXT NOT NULL, in_force INTEGER,
  surviving_only INTEGER NOT NULL, articles TEXT NOT NULL, articles_json TEXT NOT NULL, period_from TEXT,
  period_until TEXT);
CREATE TABLE notes (file TEXT NOT NULL REFERENCES agreements(file), party TEXT, note TEXT NOT NULL);
CREATE INDEX periods_notice ON periods (last_notice_day);
CREATE INDEX agenda_date ON agenda (date, party);
CREATE INDEX standings_party ON standings (party, from_date);
)sql";

// The number of columns of each table (the placeholders of its INSERT).
const std::map<std::string, int>& tableColumns() {
  static const std::map<std::string, int> columns{{"agreements", 12}, {"parties", 8}, {"groups", 4},     {"clauses", 7},
                                                  {"periods", 9},     {"agenda", 11}, {"standings", 12}, {"notes", 3}};
  return columns;
}

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct Finalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

class Database {
 public:
  // Opens (creates) the database at `path`; false and `why` when it cannot.
  bool open(const std::string& path, std::string& why) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    db_.reset(db);
    if (rc != SQLITE_OK) return fail(why);
    // One transaction, no journal file beside OUT (the temporary file is discarded on failure);
    // synced at the commit, before the rename, so OUT is never a half-written file after a crash.
    if (!exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=FULL; BEGIN;", why)) return false;
    if (!exec(kSchema, why)) return false;
    for (const auto& [table, n] : tableColumns()) {
      std::string sql = "INSERT INTO " + table + " VALUES (";
      for (int i = 0; i < n; ++i) sql += i ? ",?" : "?";
      sql += ")";
      sqlite3_stmt* s = nullptr;
      if (sqlite3_prepare_v2(db_.get(), sql.c_str(), -1, &s, nullptr) != SQLITE_OK) return fail(why);
      inserts_[table].reset(s);
    }
    return true;
  }

  // Rows from export_records.cpp, one JSON array per line (a line may arrive in pieces).
  bool insert(std::string_view text, std::string& why) {
    pending_.append(text);
    std::size_t start = 0;
    for (std::size_t nl; (nl = pending_.find('\n', start)) != std::string::npos; start = nl + 1) {
      if (!insertRow(std::string_view(pending_).substr(start, nl - start), why)) return false;
    }
    pending_.erase(0, start);
    return true;
  }

  bool commit(std::string& why) {
    inserts_.clear();
    if (!exec("COMMIT;", why)) return false;
    int rc = sqlite3_close(db_.release());
    if (rc != SQLITE_OK) {
      why = sqlite3_errstr(rc);
      return false;
    }
    return true;
  }

 private:
  bool insertRow(std::string_view line, std::string& why) {
    auto row = nlohmann::json::parse(line, nullptr, false);
    if (!row.is_array() || row.empty() || !row[0].is_string() || !inserts_.count(row[0].get<std::string>())) {
      why = "internal error: a row for no table";
      return false;
    }
    auto* s = inserts_[row[0].get<std::string>()].get();
    if (static_cast<int>(row.size()) - 1 != sqlite3_bind_parameter_count(s)) {
      why = "internal error: a row of " + row[0].get<std::string>() + " with the wrong number of values";
      return false;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    for (std::size_t i = 1; i < row.size(); ++i) {
      const auto& v = row[i];
      int at = static_cast<int>(i);
      if (v.is_string()) {
        const auto& str = v.get_ref<const std::string&>();
        sqlite3_bind_text(s, at, str.data(), static_cast<int>(str.size()), SQLITE_TRANSIENT);
      } else if (v.is_boolean()) {
        sqlite3_bind_int(s, at, v.get<bool>() ? 1 : 0);
      } else if (v.is_number_integer()) {
        sqlite3_bind_int64(s, at, v.get<long long>());
      } else {
        sqlite3_bind_null(s, at);
      }
    }
    if (sqlite3_step(s) != SQLITE_DONE) return fail(why);
    return true;
  }

  bool exec(const char* sql, std::string& why) {
    char* message = nullptr;
    if (sqlite3_exec(db_.get(), sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
    why = message ? message : sqlite3_errmsg(db_.get());
    sqlite3_free(message);
    return false;
  }

  bool fail(std::string& why) {
    why = db_ ? sqlite3_errmsg(db_.get()) : "out of memory";
    return false;
  }

  std::unique_ptr<sqlite3, CloseDb> db_;
  std::map<std::string, std::unique_ptr<sqlite3_stmt, Finalize>> inserts_;
  std::string pending_;
};

// The temporary file beside `out` (same folder: the rename is atomic); removed unless kept.
class TempFile {
 public:
  bool create(const std::string& out, std::string& why) {
    std::string name = out + ".tmp-XXXXXX";
    std::vector<char> buffer(name.begin(), name.end());
    buffer.push_back('\0');
    int fd = ::mkstemp(buffer.data());
    if (fd < 0) {
      why = std::strerror(errno);
      return false;
    }
    // The mode the database has, or a new file would get from the umask (mkstemp makes 0600).
    struct stat old {};
    if (::stat(out.c_str(), &old) == 0 && S_ISREG(old.st_mode)) {
      ::fchmod(fd, old.st_mode & 0777);
    } else {
      mode_t mask = ::umask(0);  // read by setting it; set back at once, before any thread starts
      ::umask(mask);
      ::fchmod(fd, 0666 & ~mask);
    }
    ::close(fd);
    path_ = buffer.data();
    return true;
  }
  bool renameTo(const std::string& out, std::string& why) {
    if (std::rename(path_.c_str(), out.c_str()) != 0) {
      why = std::strerror(errno);
      return false;
    }
    path_.clear();
    return true;
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

const char* exportSchema() { return kSchema; }

ExportOutcome runExport(const Export& options, const std::string& out, const Report& report) {
  ExportOutcome result;
  auto failed = [&](const std::string& why) {
    result.databaseFailed = true;
    result.why = why;
    return result;
  };
  std::string why;
  TempFile temp;
  if (!temp.create(out, why)) return failed(why);
  Database db;
  if (!db.open(temp.path(), why)) return failed(why);
  auto rows = [&](const std::string& file, const runtime::Timeline& timeline, const runtime::RowSink& emit) {
    return exportRows(options, file, timeline, emit);
  };
  std::string writeWhy;
  result.batch =
      runBatch(options.batch, rows, {[&](std::string_view text) { return db.insert(text, writeWhy); }, report});
  if (result.batch.stop == Outcome::Stop::WriteFailed) return failed(writeWhy);
  if (result.batch.stop != Outcome::Stop::None) return result;
  if (!db.commit(why) || !temp.renameTo(out, why)) return failed(why);
  return result;
}

}  // namespace agree::portfolio
