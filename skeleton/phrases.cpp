#include "phrases.h"

#include <chrono>
#include <map>
#include <regex>

#include "text.h"

namespace agree::skeleton {

namespace {

const std::string kNum =
    "(\\d+|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    "zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|negentig|honderd|"
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty)";
const std::string kUnit =
    "(kalenderjaren|kalenderjaar|jaren|jaar|kalendermaanden|kalendermaand|maanden|maand|weken|week|werkdagen|"
    "werkdag|kalenderdagen|dagen|dag|uren|uur|years|year|months|month|weeks|week|working days|working day|days|"
    "day|hours|hour)";
const std::string kMonth = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";

int monthNumber(const std::string& m) {
  static const char* names[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                "juli",    "augustus", "september", "oktober", "november", "december"};
  for (int i = 0; i < 12; ++i) {
    if (m == names[i]) return i + 1;
  }
  return 0;
}

// "3 maanden" → "3 months"; "24 uur" → "24 hours"; singular for 1.
std::string duration(int n, const std::string& unit) {
  std::string u;
  if (unit.find("werkdag") == 0 || unit.find("working") == 0) {
    u = "working day";
  } else if (unit.find("jaar") != std::string::npos || unit.find("jaren") != std::string::npos ||
             unit.find("year") == 0) {
    u = "year";
  } else if (unit.find("maand") != std::string::npos || unit.find("month") == 0) {
    u = "month";
  } else if (unit.find("week") == 0 || unit.find("weken") == 0) {
    u = "week";
  } else if (unit.find("uur") == 0 || unit.find("uren") == 0 || unit.find("hour") == 0) {
    u = "hour";
  } else {
    u = "day";
  }
  return std::to_string(n) + " " + u + (n == 1 ? "" : "s");
}

std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string isoDate(int y, int m, int d) { return std::to_string(y) + "-" + twoDigits(m) + "-" + twoDigits(d); }

std::string nextDay(int y, int m, int d) {
  using namespace std::chrono;
  year_month_day ymd{sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} + days{1}};
  return isoDate(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day())));
}

bool validDate(int y, int m, int d) {
  using namespace std::chrono;
  return y >= 1 && y <= 9999 &&
         year_month_day{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}}.ok();
}

int lastDay(int y, int m) {
  using namespace std::chrono;
  return static_cast<int>(
      static_cast<unsigned>(year_month_day_last{year{y} / month{static_cast<unsigned>(m)} / last}.day()));
}

struct Pattern {
  std::regex re;
  // Builds the rule from the match and the text before it; empty: no suggestion.
  std::string (*rule)(const std::smatch& m, const std::string& before);
};

int num(const std::string& s) { return numberWord(s).value_or(0); }

// After a notice period: ", te rekenen vanaf het einde van het kalenderjaar" (m[3] = "te
// rekenen vanaf", m[4] = the calendar period) or "tegen het einde van een kalenderjaar".
const std::string kCalendarEnd =
    "(?:,? (tegen|te rekenen vanaf) het einde van (?:een|het|ieder|elk) (kalenderjaar|kalenderkwartaal|kwartaal|"
    "kalendermaand|maand))?";

std::string calendarUnit(const std::string& word) {
  return word.find("jaar") != std::string::npos       ? "calendar year"
         : word.find("kwartaal") != std::string::npos ? "calendar quarter"
                                                      : "calendar month";
}

// "notice 6 months before term end", or against the end of a calendar year when the text says
// so just before or after the period ("tegen het einde van een kalenderjaar met inachtneming van
// een opzegtermijn van zes maanden", "twee jaar, te rekenen vanaf het einde van het kalenderjaar").
std::string noticeRule(const std::smatch& m, const std::string& before) {
  if (num(m[1]) <= 0) return "";
  std::string rule = "notice " + duration(num(m[1]), m[2]);
  if (m[3].matched) return rule + (m[3] == "tegen" ? " before end of " : " from end of ") + calendarUnit(m[4]);
  static const std::regex against(
      "tegen het einde van (?:een|het|ieder|elk) (kalenderjaar|kalenderkwartaal|kwartaal|"
      "kalendermaand|maand)[^.]{0,60}$");
  std::smatch a;
  if (std::regex_search(before, a, against)) return rule + " before end of " + calendarUnit(a[1]);
  return rule + " before term end";
}

std::string termRule(const std::smatch& m, const std::string& before) {
  int n = num(m[2]);
  if (n <= 0) return "";
  static const std::regex minimum("(ten ?minste|minimaal|minimum|at least)[^.]{0,60}$");
  bool atLeast = std::regex_search(before, minimum) || m[1].matched;
  return std::string("term ") + (atLeast ? "minimum " : "") + duration(n, m[3]);
}

const std::vector<Pattern>& patterns() {
  static const std::vector<Pattern> all = [] {
    std::vector<Pattern> p;
    auto add = [&](const std::string& re, std::string (*rule)(const std::smatch&, const std::string&)) {
      p.push_back({std::regex(re), rule});
    };
    // Term.
    add("\\b(ten ?minste |minimaal )?voor (?:de duur van |een periode van |een termijn van |een looptijd van )?(?:ten "
        "?minste |minimaal )?" +
            kNum + " (jaren|jaar|maanden|maand|kalenderjaren|kalenderjaar)\\b",
        termRule);
    add("\\b(at least )?for (?:a period of |a term of )?" + kNum + " (years|year|months|month)\\b", termRule);
    add("\\bgeldigheidsduur van " + kNum + " (jaren|jaar|maanden|maand)\\b",
        [](const std::smatch& m, const std::string&) { return "term " + duration(num(m[1]), m[2]); });
    add("\\bvoor onbepaalde tijd\\b|\\bfor an indefinite period\\b",
        [](const std::smatch&, const std::string&) { return std::string("term indefinite"); });
    add("\\bof zoveel langer als nodig\\b",
        [](const std::smatch&, const std::string&) { return std::string("term minimum ... until event E"); });
    // Start and period.
    add("\\b(?:periode )?van (\\d{1,2}) " + kMonth + " (\\d{4}) tot (en met )?(\\d{1,2}) " + kMonth + " (\\d{4})\\b",
        [](const std::smatch& m, const std::string&) {
          int d1 = std::stoi(m[1]), m1 = monthNumber(m[2]), y1 = std::stoi(m[3]);
          int d2 = std::stoi(m[5]), m2 = monthNumber(m[6]), y2 = std::stoi(m[7]);
          if (!validDate(y1, m1, d1) || !validDate(y2, m2, d2)) return std::string();
          return "start " + isoDate(y1, m1, d1) + "; term until " +
                 (m[4].matched ? nextDay(y2, m2, d2) : isoDate(y2, m2, d2));
        });
    add("\\bmet terugwerkende kracht (?:tot en met|tot|vanaf|per|met ingang van) (\\d{1,2}) " + kMonth + " (\\d{4})\\b",
        [](const std::smatch& m, const std::string&) {
          int d = std::stoi(m[1]), mo = monthNumber(m[2]), y = std::stoi(m[3]);
          if (!validDate(y, mo, d)) return std::string();
          return "start " + isoDate(y, mo, d) + " (retroactive)";
        });
    add("\\b(?:treedt|treden|tre[eë]dt) in werking (?:op|per|met ingang van) (\\d{1,2}) " + kMonth +
            " (\\d{4})\\b|"
            "\\b(?:gaat|gaan) in (?:op|per) (\\d{1,2}) " +
            kMonth + " (\\d{4})\\b",
        [](const std::smatch& m, const std::string&) {
          int o = m[1].matched ? 1 : 4;
          int d = std::stoi(m[o]), mo = monthNumber(m[o + 1]), y = std::stoi(m[o + 2]);
          if (!validDate(y, mo, d)) return std::string();
          return "start " + isoDate(y, mo, d);
        });
    add("\\b(?:treedt|treden|gaat|gaan) (?:in werking |in )(?:op |na |met |bij )?(?:de dag (?:van |na )|het moment van "
        ")?(?:de )?(?:ondertekening|getekend)",
        [](const std::smatch&, const std::string&) { return std::string("start on signing"); });
    // Renewal and notice.
    add("\\b(?:stilzwijgend|automatisch|telkens)(?: (?:met|voor) (?:een periode van )?" + kNum + " " + kUnit +
            ")? verlengd(?: (?:met|voor) (?:een periode van |telkens )?" + kNum + " " + kUnit + ")?",
        [](const std::smatch& m, const std::string&) {
          std::string every = "1 year";
          if (m[1].matched && num(m[1]) > 0) every = duration(num(m[1]), m[2]);
          if (m[3].matched && num(m[3]) > 0) every = duration(num(m[3]), m[4]);
          return "renew automatically every " + every;
        });
    add("\\b(?:automatically|tacitly) (?:renewed|extended)\\b",
        [](const std::smatch&, const std::string&) { return std::string("renew automatically every 1 year"); });
    add("\\bopzegtermijn (?:van|bedraagt) (?:ten minste |minimaal )?" + kNum + " " + kUnit + kCalendarEnd, noticeRule);
    add("\\bmet inachtneming van (?:een|de) (?:opzeg)?termijn van (?:ten minste |minimaal )?" + kNum + " " + kUnit +
            kCalendarEnd,
        noticeRule);
    add("\\bnotice period of " + kNum + " " + kUnit, [](const std::smatch& m, const std::string&) {
      return num(m[1]) > 0 ? "notice " + duration(num(m[1]), m[2]) + " before term end" : std::string();
    });
    add("\\b(?:per direct|met onmiddellijke ingang|met directe ingang|with immediate effect)",
        [](const std::smatch&, const std::string&) {
          return std::string("terminate immediately (or dissolve, withdraw)");
        });
    // Deadlines.
    add("\\buiterlijk (?:op )?(\\d{1,2}) " + kMonth + "(?: (\\d{4}))?", [](const std::smatch& m, const std::string&) {
      int d = std::stoi(m[1]), mo = monthNumber(m[2]);
      if (m[3].matched) {
        int y = std::stoi(m[3]);
        return validDate(y, mo, d) ? "deadline by " + isoDate(y, mo, d) : std::string();
      }
      return validDate(2000, mo, d) ? "recurs yearly due by --" + twoDigits(mo) + "-" + twoDigits(d) : std::string();
    });
    add("\\buiterlijk (?:in )?" + kMonth + " (\\d{4})", [](const std::smatch& m, const std::string&) {
      int mo = monthNumber(m[1]), y = std::stoi(m[2]);
      if (y < 1 || y > 9999) return std::string();
      return "deadline by " + isoDate(y, mo, lastDay(y, mo));
    });
    add("(?:\\bvoor|vóór) (\\d{1,2}) " + kMonth + "(?: (\\d{4}))?", [](const std::smatch& m, const std::string&) {
      int d = std::stoi(m[1]), mo = monthNumber(m[2]);
      if (m[3].matched) {
        int y = std::stoi(m[3]);
        return validDate(y, mo, d) ? "deadline before " + isoDate(y, mo, d) : std::string();
      }
      return validDate(2000, mo, d) ? "recurs yearly due before --" + twoDigits(mo) + "-" + twoDigits(d)
                                    : std::string();
    });
    add("\\b(?:binnen|within) (?:uiterlijk |ten hoogste |maximaal )?" + kNum + " " + kUnit,
        [](const std::smatch& m, const std::string&) {
          return num(m[1]) > 0 ? "deadline within " + duration(num(m[1]), m[2]) + " after EVENT" : std::string();
        });
    add("\\bbinnen een (half jaar|halfjaar)\\b",
        [](const std::smatch&, const std::string&) { return std::string("deadline within 6 months after EVENT"); });
    // Recurrence.
    add("\\bhalfjaarlijks\\b|\\bper half jaar\\b|\\belk half jaar\\b",
        [](const std::smatch&, const std::string&) { return std::string("recurs halfyearly"); });
    add("\\bjaarlijks\\b|\\bieder jaar\\b|\\belk jaar\\b|\\bannually\\b|\\byearly\\b",
        [](const std::smatch& m, const std::string& before) {
          (void)m;
          (void)before;
          return std::string("recurs yearly");
        });
    add("\\b(?:per|elk|ieder|eens per) kwartaal\\b|\\bdriemaandelijks\\b|\\bkwartaalrapportage|\\bquarterly\\b",
        [](const std::smatch&, const std::string&) { return std::string("recurs quarterly"); });
    add("\\bmaandelijks\\b|\\belke maand\\b|\\bmonthly\\b",
        [](const std::smatch&, const std::string&) { return std::string("recurs monthly"); });
    add("\\b(?:ten minste|tenminste|minimaal|minstens|at least) " + kNum +
            " (?:keer|maal|times) (?:per|a|in het) (?:jaar|year)",
        [](const std::smatch& m, const std::string&) {
          return num(m[1]) > 0 ? "recurs at least " + std::to_string(num(m[1])) + " times per year" : std::string();
        });
    return p;
  }();
  return all;
}

}  // namespace

std::optional<int> numberWord(std::string_view word) {
  static const std::map<std::string, int> words = {
      {"een", 1},        {"één", 1},       {"eén", 1},        {"twee", 2},      {"drie", 3},      {"vier", 4},
      {"vijf", 5},       {"zes", 6},       {"zeven", 7},      {"acht", 8},      {"negen", 9},     {"tien", 10},
      {"elf", 11},       {"twaalf", 12},   {"dertien", 13},   {"veertien", 14}, {"vijftien", 15}, {"zestien", 16},
      {"zeventien", 17}, {"achttien", 18}, {"negentien", 19}, {"twintig", 20},  {"dertig", 30},   {"veertig", 40},
      {"vijftig", 50},   {"zestig", 60},   {"negentig", 90},  {"honderd", 100}, {"one", 1},       {"two", 2},
      {"three", 3},      {"four", 4},      {"five", 5},       {"six", 6},       {"seven", 7},     {"eight", 8},
      {"nine", 9},       {"ten", 10},      {"eleven", 11},    {"twelve", 12},   {"thirty", 30}};
  std::string w = lower(word);
  if (!w.empty() && w.size() <= 6 && w.find_first_not_of("0123456789") == std::string::npos) return std::stoi(w);
  auto it = words.find(w);
  if (it == words.end()) return std::nullopt;
  return it->second;
}

std::vector<Suggestion> findTimePhrases(std::string_view text) {
  std::string t = collapseSpaces(lower(text));
  for (char& c : t) {
    if (c == '\n') c = ' ';
  }
  struct Found {
    std::size_t at;
    Suggestion s;
  };
  std::vector<Found> found;
  for (const auto& p : patterns()) {
    for (auto it = std::sregex_iterator(t.begin(), t.end(), p.re); it != std::sregex_iterator(); ++it) {
      const auto& m = *it;
      std::size_t at = static_cast<std::size_t>(m.position(0));
      std::string before = t.substr(at > 80 ? at - 80 : 0, at > 80 ? 80 : at);
      std::string rule = p.rule(m, before);
      if (!rule.empty()) found.push_back({at, {m.str(), rule}});
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.at < b.at; });
  std::vector<Suggestion> out;
  for (auto& f : found) {
    bool seen = false;
    for (const auto& o : out) seen = seen || o.rule == f.s.rule;
    if (!seen) out.push_back(std::move(f.s));
  }
  return out;
}

std::vector<KindHint> findKindHints(std::string_view text) {
  static const std::vector<std::pair<std::string, std::regex>> hints = [] {
    std::vector<std::pair<std::string, std::regex>> h;
    h.push_back(
        {"power", std::regex("\\b(?:kan|kunnen|is bevoegd|zijn bevoegd|heeft het recht|hebben het recht)\\b[^.;]{0,80}?"
                             "\\b(?:opzeggen|op te zeggen|opgezegd|ontbinden|te ontbinden|ontbonden|beëindigen|"
                             "te beëindigen|beëindigd|uittreden|opzegging)")});
    h.push_back({"prohibition", std::regex("\\b(?:mag|mogen) (?:niet|geen)\\b|\\bis niet toegestaan\\b|\\bverboden\\b|"
                                           "\\bonthouden zich\\b|\\bshall not\\b|\\bmust not\\b")});
    h.push_back({"effort", std::regex("\\bspan(?:t|nen) zich\\b[^.;]{0,40}?\\bin\\b|\\binspanningsverplichting\\b|"
                                      "\\bnaar vermogen\\b|\\bendeavour")});
    h.push_back({"duty", std::regex("\\b(?:zal|zullen|dient|dienen|verplicht|verplichten|is gehouden|zijn gehouden|"
                                    "moet|moeten|shall|must)\\b")});
    h.push_back({"permission", std::regex("\\b(?:mag|mogen|is bevoegd|zijn bevoegd|kan|kunnen|may)\\b")});
    return h;
  }();
  std::string t = collapseSpaces(lower(text));
  std::vector<KindHint> out;
  for (const auto& [kind, re] : hints) {
    std::smatch m;
    if (std::regex_search(t, m, re)) {
      if (kind == "permission") {
        bool covered = false;
        for (const auto& o : out) covered = covered || o.kind == "power" || o.kind == "prohibition";
        if (covered) continue;
      }
      std::string w = m.str();
      if (w.size() > 40 && w.find(' ') != std::string::npos)
        w = w.substr(0, w.find(' ')) + " ... " + w.substr(w.rfind(' ') + 1);
      out.push_back({kind, w});
    }
  }
  return out;
}

}  // namespace agree::skeleton
