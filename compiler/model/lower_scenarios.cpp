#include <algorithm>
#include <set>

#include "input_limits.h"
#include "model/event_kinds.h"
#include "model/lowering.h"

namespace agree::model {

namespace {

const char* argName(char c) {
  switch (c) {
    case 'b': return "by";
    case 'o': return "of";
    case 'u': return "under";
    case 'f': return "form";
    case 'O': return "outcome";
    case 'n': return "name";
    case 'e': return "effective";
    case 'p': return "for";
    case 'c': return "cure";
    case 'v': return "votes";
  }
  return "?";
}

// The same arguments as a file with Dutch keywords writes them.
const char* argNameNl(char c) {
  switch (c) {
    case 'b': return "door";
    case 'o': return "van";
    case 'u': return "krachtens";
    case 'f': return "vorm";
    case 'O': return "uitkomst";
    case 'n': return "naam";
    case 'e': return "ingang";
    case 'p': return "gedurende";
    case 'c': return "herstel";
    case 'v': return "stemmen";
  }
  return "?";
}

}  // namespace

// `for 2026`, `for Q3 2020`, `for 2026-03-01`, as joined by the AST builder.
std::optional<PeriodRef> Lowering::lowerPeriodRef(const ast::Text& written) {
  PeriodRef p;
  p.written = written.value;
  auto year = [](const std::string& s) -> int {
    if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos) return 0;
    return std::stoi(s);
  };
  const std::string& w = written.value;
  auto space = w.find(' ');
  if (space == std::string::npos && w.size() == 10 && w[4] == '-') {
    auto d = Date::parseIso(w);
    if (!d) {
      sink_.error(diag::Code::ImpossibleDate, written.span, {"`" + w + "` is not a date", "`" + w + "` is geen datum"});
      return std::nullopt;
    }
    p.kind = PeriodRef::Kind::Day;
    p.day = *d;
    return p;
  }
  if (space == std::string::npos) {
    p.kind = PeriodRef::Kind::Year;
    p.year = year(w);
  } else {
    std::string q = w.substr(0, space);
    bool half = q.size() == 2 && (q[0] == 'H' || q[0] == 'h');
    p.kind = half ? PeriodRef::Kind::Half : PeriodRef::Kind::Quarter;
    p.year = year(w.substr(space + 1));
    char most = half ? '2' : '4';
    p.quarter = (q.size() == 2 && (half || q[0] == 'Q' || q[0] == 'q') && q[1] >= '1' && q[1] <= most) ? q[1] - '0' : 0;
    if (p.quarter == 0) {
      sink_
          .error(diag::Code::ImpossiblePeriod, written.span,
                 {"`" + q + "` is no quarter or half-year", "`" + q + "` is geen kwartaal of halfjaar"})
          .help = {"a quarter is Q1, Q2, Q3 or Q4 and a half-year H1 or H2, followed by the year: `for Q3 2020`",
                   "een kwartaal is Q1, Q2, Q3 of Q4 en een halfjaar H1 of H2, gevolgd door het jaar: "
                   "`gedurende Q3 2020`"};
      return std::nullopt;
    }
  }
  if (p.year < 1) {
    sink_
        .error(diag::Code::ImpossiblePeriod, written.span,
               {"`" + w + "` is no year from 1 to 9999", "`" + w + "` is geen jaar van 1 tot en met 9999"})
        .help = {
        "write the year the occurrence is for (`for 2026`), a quarter (`for Q3 2020`) or a day in its period "
        "(`for 2026-03-01`)",
        "schrijf het jaar waarvoor het geldt (`gedurende 2026`), een kwartaal (`gedurende Q3 2020`) of een "
        "dag in die periode (`gedurende 2026-03-01`)"};
    return std::nullopt;
  }
  return p;
}

std::optional<Scenario> Lowering::lowerScenario(const ast::Scenario& s, const Agreement& agreement) {
  std::size_t errorsBefore = sink_.errorCount();
  Scenario out;
  out.id = s.id.text;
  if (s.title) out.title = s.title->value;
  out.where = ref(s.id.span);
  if (s.events.size() > limits::kMaxScenarioEvents) {
    sink_.error(diag::Code::ScenarioTooLarge, s.id.span,
                {"this scenario has " + std::to_string(s.events.size()) + " events; agree accepts up to " +
                     std::to_string(limits::kMaxScenarioEvents),
                 "dit scenario heeft " + std::to_string(s.events.size()) + " gebeurtenissen; agree accepteert er " +
                     "ten hoogste " + std::to_string(limits::kMaxScenarioEvents)});
    return std::nullopt;
  }
  std::set<std::string> acceded;  // parties that join in this scenario
  std::vector<std::string> kindNames;
  for (const auto& k : agreement.eventKinds) kindNames.push_back(k.id);

  for (const auto& e : s.events) {
    Event ev;
    ev.date = e.date;
    ev.minuteOfDay = e.minuteOfDay;
    ev.kind = e.kind.text;
    ev.where = ref(e.span);
    if (!knownEventKind(e.kind.text, agreement)) {
      auto& d = sink_.error(
          diag::Code::UnknownEventKind, e.kind.span,
          {"no event kind is called `" + e.kind.text + "`", "er is geen soort gebeurtenis `" + e.kind.text + "`"});
      d.help = suggest(e.kind.text, kindNames, dutchEventNames(kindNames));
      continue;
    }
    // What a built-in kind needs and may carry (event_kinds.def); user-defined kinds take any.
    const BuiltInEventKind* shape = findBuiltInEventKind(e.kind.text);
    // Which arguments are present, as the letters above.
    const auto& present = e.argSpans;
    if (shape) {
      std::string needs = shape->needs, may = shape->may;
      for (char c : needs) {
        bool has = std::any_of(present.begin(), present.end(), [&](auto& p) { return p.first == c; });
        if (!has) {
          sink_.error(diag::Code::EventMissingArgument, e.kind.span,
                      diag::Text{"a `", "een gebeurtenis `"} + eventKindText(e.kind.text) +
                          diag::Text{"` event needs `" + std::string(argName(c)) + " ...`",
                                     "` vraagt om `" + std::string(argNameNl(c)) + " ...`"});
        }
      }
      for (const auto& [c, where] : present) {
        if (c == '-') continue;  // a note fits every event
        if (needs.find(c) == std::string::npos && may.find(c) == std::string::npos) {
          sink_.error(diag::Code::EventExtraArgument, where,
                      diag::Text{"a `", "een gebeurtenis `"} + eventKindText(e.kind.text) +
                          diag::Text{"` event has no `" + std::string(argName(c)) + "`",
                                     "` heeft geen `" + std::string(argNameNl(c)) + "`"});
        }
      }
    }
    auto checkParty = [&](const std::optional<ast::Name>& n, std::string& slot) {
      if (!n) return;
      slot = n->text;
      if (agreement.findParty(n->text) || acceded.count(n->text) || agreement.findBody(n->text)) return;
      std::vector<std::string> ids;
      for (const auto& p : agreement.parties) ids.push_back(p.id);
      ids.insert(ids.end(), acceded.begin(), acceded.end());
      sink_
          .error(diag::Code::UnknownParty, n->span,
                 {"no party is called `" + n->text + "`", "er is geen partij `" + n->text + "`"})
          .help = suggest(n->text, ids);
    };
    if (e.kind.text == "accede" && e.of) {
      ev.of = e.of->text;
      if (agreement.findParty(e.of->text) || acceded.count(e.of->text)) {
        sink_.error(diag::Code::PartyAlreadyMember, e.of->span,
                    {"`" + e.of->text + "` is already a party", "`" + e.of->text + "` is al partij"});
      }
      acceded.insert(e.of->text);
    } else {
      checkParty(e.of, ev.of);
    }
    // `by` may also name a body, or a group acting by decision (then with its votes).
    const Group* deciding = e.by ? agreement.findGroup(e.by->text) : nullptr;
    if (e.by && (deciding || agreement.findBody(e.by->text))) {
      ev.by = e.by->text;
    } else {
      checkParty(e.by, ev.by);
    }
    bool hasVotes = !e.votesFor.empty() || e.votesCount;
    if (deciding && !hasVotes) {
      sink_
          .error(diag::Code::GroupActNeedsVotes, e.by->span,
                 {"`" + deciding->id + "` is a group: it acts by a decision, and the decision's votes are not given",
                  "`" + deciding->id +
                      "` is een groep: zij handelt bij besluit, en de stemmen over dat besluit "
                      "ontbreken"})
          .help = {
          "add the members in favour (`votes a, b, c`) or their number (`votes 6`); for one member's own act, "
          "name that member",
          "voeg de leden toe die vóór stemmen (`stemmen a, b, c`) of hun aantal (`stemmen 6`); noem voor een "
          "handeling van één lid dat lid zelf"};
    } else if (!deciding && hasVotes) {
      auto where = std::find_if(present.begin(), present.end(), [](auto& p) { return p.first == 'v'; });
      sink_
          .error(diag::Code::GroupActNeedsVotes, where != present.end() ? where->second : e.kind.span,
                 {"`votes` belong to a decision of a group, but `by` names no group",
                  "`stemmen` horen bij een besluit van een groep, maar `door` noemt geen groep"})
          .help = {"write `by <group> votes ...`", "schrijf `door <groep> stemmen ...`"};
    } else if (deciding) {
      std::set<std::string> seen;
      for (const auto& v : e.votesFor) {
        if (std::find(deciding->members.begin(), deciding->members.end(), v.text) == deciding->members.end()) {
          std::string list;
          for (const auto& m : deciding->members) list += (list.empty() ? "" : ", ") + m;
          sink_
              .error(diag::Code::VoterNotMember, v.span,
                     {"`" + v.text + "` is not a member of `" + deciding->id + "`",
                      "`" + v.text + "` is geen lid van `" + deciding->id + "`"})
              .help = {"the members of `" + deciding->id + "` are: " + list,
                       "de leden van `" + deciding->id + "` zijn: " + list};
        } else if (!seen.insert(v.text).second) {
          sink_.error(diag::Code::VoterNotMember, v.span,
                      {"`" + v.text + "` votes twice", "`" + v.text + "` stemt twee keer"});
        }
        ev.votesFor.push_back(v.text);
      }
      if (e.votesCount) {
        ev.votesCount = *e.votesCount;
        if (*e.votesCount > static_cast<long long>(deciding->members.size())) {
          auto where = std::find_if(present.begin(), present.end(), [](auto& p) { return p.first == 'v'; });
          sink_.error(diag::Code::VoterNotMember, where->second,
                      {std::to_string(*e.votesCount) + " votes, but `" + deciding->id + "` has " +
                           std::to_string(deciding->members.size()) + " members",
                       std::to_string(*e.votesCount) + (*e.votesCount == 1 ? " stem" : " stemmen") + ", maar `" +
                           deciding->id + "` heeft " + std::to_string(deciding->members.size()) +
                           (deciding->members.size() == 1 ? " lid" : " leden")});
        }
      }
    }
    if (e.under) {
      ev.under = e.under->id;
      const Clause* clause = agreement.findClause(e.under->id);
      if (!clause) {
        std::vector<std::string> ids;
        for (const auto& c : agreement.clauses) ids.push_back(c.id);
        sink_
            .error(diag::Code::UnknownClause, e.under->span,
                   {"no clause `" + e.under->id + "`", "er is geen bepaling `" + e.under->id + "`"})
            .help = suggest(e.under->id, ids);
      } else {
        bool fits = true;
        if (ev.kind == "notice") {
          fits = std::any_of(agreement.notices.begin(), agreement.notices.end(),
                             [&](const NoticeRule& n) { return n.clause == ev.under; }) ||
                 std::any_of(agreement.powers.begin(), agreement.powers.end(),
                             [&](const Power& p) { return p.clause == ev.under && p.notice; });
        } else if (ev.kind == "terminate" || ev.kind == "dissolve" || ev.kind == "withdraw" || ev.kind == "expel") {
          fits = std::any_of(agreement.powers.begin(), agreement.powers.end(),
                             [&](const Power& p) { return p.clause == ev.under; });
        } else if (ev.kind == "accede") {
          fits = agreement.accession && agreement.accession->clause == ev.under;
        }
        if (!fits) {
          sink_.error(diag::Code::EventWrongClause, e.under->span,
                      diag::Text{"clause `" + ev.under + "` has no rule for a `",
                                 "bepaling `" + ev.under + "` heeft geen regel voor een gebeurtenis `"} +
                          eventKindText(ev.kind) + diag::Text{"` event", "`"});
        }
      }
    }
    if (e.form) {
      if (auto f = lowerForm(e.form)) ev.form = *f;
    }
    if (e.outcome) {
      ev.outcome = e.outcome->text;
      if (ev.kind == "evaluation" && ev.outcome != "positive" && ev.outcome != "negative") {
        sink_.error(diag::Code::UnknownOutcome, e.outcome->span,
                    {"an evaluation is `positive` or `negative`, not `" + ev.outcome + "`",
                     "een evaluatie is `positief` of `negatief`, niet `" + ev.outcome + "`"});
      }
    }
    if (e.effective) {
      ev.effective = e.effective->value;
      if (e.effective->value < e.date) {
        sink_
            .error(
                diag::Code::EffectiveBeforeEvent, e.effective->span,
                diag::Text{"this `", "deze gebeurtenis `"} + eventKindText(e.kind.text) +
                    diag::Text{"` on " + e.date.iso() + " cannot take effect earlier, on " + e.effective->value.iso(),
                               "` van " + e.date.iso() + " kan niet eerder ingaan, op " + e.effective->value.iso()})
            .help = {"date the event on the day it is decided, and `effective` on the day it takes effect",
                     "geef de gebeurtenis de datum waarop zij is besloten, en `ingang` de dag waarop zij ingaat"};
      }
    }
    if (e.forPeriod) ev.forPeriod = lowerPeriodRef(*e.forPeriod);
    if (e.cure) {
      // Added to the event's date like any cure period: calendar days, weeks, months or years.
      auto u = e.cure->value.unit;
      if (u == time::Unit::Hour || u == time::Unit::WorkingDay) {
        sink_
            .error(diag::Code::UnitNotAllowed, e.cure->span,
                   {"a cure period is counted in days, weeks, months or years",
                    "een hersteltermijn wordt uitgedrukt in dagen, weken, maanden of jaren"})
            .help = {"e.g. `cure 30 days`", "bijv. `herstel 30 dagen`"};
      } else {
        ev.cure = e.cure->value;
      }
    }
    if (e.name) ev.name = e.name->value;
    if (e.note) ev.note = e.note->value;
    out.events.push_back(std::move(ev));
  }
  std::stable_sort(out.events.begin(), out.events.end(), [](const Event& a, const Event& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.minuteOfDay.value_or(0) < b.minuteOfDay.value_or(0);
  });
  if (sink_.errorCount() > errorsBefore) return std::nullopt;
  return out;
}

}  // namespace agree::model
