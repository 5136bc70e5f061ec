// The English sentences of `agree explain`. Dates stay ISO, as in every English answer.
#include <string>

#include "explain/phrase.h"
#include "explain/sentences.h"
#include "words/calendar_words.h"

namespace agree::explain {

namespace {

using model::Form;
using words::Count;
using words::Lang;

struct Who {
  std::string text;
  bool plural = false;
};

std::string spelled(const model::Duration& d) { return words::durationWords(d, Lang::En, Count::Spelled); }
std::string date(model::Date d) { return words::dateWords(d, Lang::En); }
std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string ordinal(long long n) {
  static const char* const kWords[] = {"first",   "second", "third", "fourth", "fifth",    "sixth",
                                       "seventh", "eighth", "ninth", "tenth",  "eleventh", "twelfth"};
  return n >= 1 && n <= 12 ? kWords[n - 1] : words::ordinalWords(n, Lang::En);
}

std::string times(long long n) {
  if (n == 1) return "once";
  if (n == 2) return "twice";
  return words::countWords(n, Lang::En) + " times";
}

std::string fraction(long long num, long long den) {
  if (num == 1 && den == 2) return "half";
  if (num == 2 && den == 3) return "two thirds";
  if (num == 3 && den == 4) return "three quarters";
  return std::to_string(num) + "/" + std::to_string(den);
}

std::string monthDay(unsigned month, unsigned day) {
  return std::to_string(day) + " " + words::monthWord(month, Lang::En);
}

std::string windowWords(const model::YearWindow& w) {
  return monthDay(w.fromMonth, w.fromDay) + " and " + monthDay(w.toMonth, w.toDay) +
         (w.crossesYearEnd() ? " of the next year" : "");
}

class English final : public Sentences {
 public:
  explicit English(const model::Agreement& a) : a_(a) {}

  std::string headerHeading() const override { return "The agreement"; }
  std::string clauseLabel(const std::string& id) const override { return explain::clauseLabel(id, "Art."); }
  std::string untitledAgreement() const override { return "Agreement without a title"; }

  std::string party(const model::Party& p) const override {
    std::string s = "Party: " + (p.name.empty() ? partyName(a_, p.id) : p.name);
    if (!p.shortName.empty() && p.shortName != p.name) s += ", referred to as " + quoted(p.shortName);
    if (!p.seat.empty()) s += ", established in " + p.seat;
    if (!p.registration.empty()) s += ", registration number " + p.registration;
    std::vector<std::string> reps;
    for (const auto& r : p.representatives) reps.push_back(r.role.empty() ? r.name : r.name + " (" + r.role + ")");
    if (!reps.empty()) s += ", represented by " + joinList(reps, "and");
    s += ".";
    if (p.placeholder) s += " The name is a placeholder: the party is not yet known.";
    return s;
  }

  std::string group(const model::Group& g) const override {
    std::vector<std::string> members;
    for (const auto& m : g.members) members.push_back(partyName(a_, m));
    if (members.empty()) return "The group " + quoted(g.name) + " has no members yet.";
    return "The group " + quoted(g.name) + " consists of " + joinList(members, "and") + ".";
  }

  std::string body(const model::Body& b) const override {
    return capitalized(quoted(b.name)) +
           " is a body, not a party: it may act under clauses, but is never bound as a party.";
  }

  std::string signing() const override {
    std::string out;
    auto add = [&](const std::string& s) { out += (out.empty() ? "" : " ") + s; };
    auto one = [&](const std::string& party, const std::optional<model::Date>& day,
                   const std::optional<model::Date>& month, const std::string& place) {
      std::string s = party.empty() ? "Signed" : "Signed by " + partyName(a_, party);
      if (day) {
        s += " on " + date(*day);
      } else if (month) {
        s += " in " + model::monthText(*month) + " (the day is not known)";
      }
      if (!place.empty()) s += " in " + place;
      add(s + ".");
    };
    for (const auto& sig : a_.signatures) one(sig.party, sig.day, sig.month, sig.place);
    if (a_.signatures.empty() && (a_.signedOn || a_.signedMonth)) one("", a_.signedOn, a_.signedMonth, a_.signedPlace);
    if (out.empty()) out = "No signing date is recorded.";
    return out;
  }

  std::string governingLaw(const std::string& law) const override {
    return "This agreement is governed by " + law + ".";
  }
  std::string enforceable(bool yes) const override {
    return yes ? "This agreement is legally enforceable." : "This agreement is not legally enforceable.";
  }

  std::string start() const override {
    std::string s = "This agreement takes effect " + startRule();
    auto day = startDate();
    if (day && a_.start.kind != model::Start::Kind::OnDate) s += ", on " + date(*day);
    return s + ".";
  }

  std::string term(const model::Renewal* renewal, const model::NoticeRule* notice) const override {
    std::vector<std::string> parts;
    auto day = startDate();
    parts.push_back(day ? std::string("takes effect ") + (retroactive() ? "retroactively " : "") + "on " + date(*day)
                        : "takes effect " + startRule());
    const auto& t = a_.term;
    switch (t.kind) {
      case model::Term::Kind::Fixed:
        if (t.duration) {
          parts.push_back("runs for " + spelled(*t.duration));
        } else if (t.until) {
          parts.push_back("runs until " + date(*t.until) + " (its last day is " + date(dayBefore(*t.until)) + ")");
        } else {
          parts.push_back("runs for a fixed term");
        }
        break;
      case model::Term::Kind::Renewing:
        parts.push_back("runs for at least " + (t.duration ? spelled(*t.duration) : std::string("one term")));
        if (renewal) parts.push_back("is then " + renewalWords(*renewal));
        break;
      case model::Term::Kind::Indefinite:
        if (t.untilEvent.empty()) {
          parts.push_back("runs for an indefinite period");
        } else {
          parts.push_back("runs for an indefinite period until " + untilEvent() +
                          ", which ends it by operation of law on that day");
        }
        break;
      case model::Term::Kind::OpenEnded:
        parts.push_back("runs until " + untilEvent() + ", but for at least " +
                        (t.duration ? spelled(*t.duration) : std::string("its minimum term")));
        break;
    }
    std::string s = "This agreement " + joinList(parts, "and");
    if (notice) {
      Who who = noticeWho(notice->by);
      s += ", unless " + who.text + " " + giveNotice(notice->form, who.plural) + " at least " +
           spelled(notice->period) + " before the end of a term";
    }
    return s + ".";
  }

  std::string renewal(const model::Renewal& r) const override {
    return "This agreement is then " + renewalWords(r) + ".";
  }

  std::string notice(const model::NoticeRule& n) const override {
    Who who = noticeWho(n.by);
    std::string act = capitalized(who.text) + " may " + giveNotice(n.form, true);
    if (n.calendar) {
      std::string unit = calendarUnit(n.calendar->unit);
      switch (n.calendar->rule) {
        case model::CalendarAnchor::Rule::BeforeEnd:
          return act + " at least " + spelled(n.period) + " before the end of a " + unit +
                 "; this agreement then ends at the end of that " + unit +
                 ", after a later notice at the end of the next.";
        case model::CalendarAnchor::Rule::FromEnd:
          return act + " at any time; the notice period of " + spelled(n.period) + " runs from the end of the " + unit +
                 " in which notice is given, and this agreement ends when it has passed.";
      }
    }
    if (n.beforeTermEnd) {
      // Only a renewing term has a next term for a late notice to work against.
      bool renews = a_.term.kind == model::Term::Kind::Renewing;
      return act + " at least " + spelled(n.period) +
             " before the end of a term; this agreement then ends at the end of that term" +
             (renews ? ", after a later notice at the end of the next." : ".");
    }
    return act + " at any time; this agreement then ends " + spelled(n.period) + " after the notice.";
  }

  std::string power(const model::Power& p) const override {
    Who who = holders(p.holders, "a party");
    std::string s = who.text + " may " + action(p.action);
    std::string form = formWords(p.form);
    if (!form.empty()) s += " " + form;
    s += " " + effect(p);
    // The trigger opens the sentence, as the article does: "After ..., each party may ...".
    std::string when = p.onEffectiveDate ? "" : trigger(p.trigger);
    if (p.onEffectiveDate && p.trigger.within) {
      s += " (at the latest " + spelled(*p.trigger.within) + " after " + condition(p.trigger.event) + ")";
    }
    return capitalized(when.empty() ? s : when + ", " + s) + ".";
  }

  std::string accession(const model::Accession& acc) const override {
    return acc.needsConsentOfAll ? "Other parties may accede to this agreement with the consent of all parties."
                                 : "Other parties may accede to this agreement.";
  }

  std::string clauseKind(const model::Clause& c) const override {
    Who who = holders(c.holders, "");
    std::string towards =
        c.counterparty.kind == model::Holders::Kind::None ? "" : " towards " + holders(c.counterparty, "").text;
    bool named = !who.text.empty();
    switch (c.kind) {
      case model::ClauseKind::Duty:
        if (!named) return "This is an obligation; the clause does not name who bears it.";
        return capitalized(who.text) + (who.plural ? " are" : " is") + " obliged to do this" + towards + ".";
      case model::ClauseKind::Effort:
        if (!named) return "This is an obligation of effort; the clause does not name who bears it.";
        return capitalized(who.text) + " must make every effort to achieve this" + towards +
               " (an obligation of effort).";
      case model::ClauseKind::Prohibition:
        if (!named) return "This is a prohibition; the clause does not name whom it binds.";
        return capitalized(who.text) + (who.plural ? " are" : " is") + " prohibited from doing this" + towards +
               " (a prohibition).";
      case model::ClauseKind::Permission:
        if (!named) return "This is a permission; it obliges nobody.";
        return capitalized(who.text) + " may do this" + towards + "; it obliges nobody.";
      case model::ClauseKind::Power:
        if (!named) return "This gives a power to change the legal position; it obliges nobody.";
        return "This gives " + who.text + " a power to change the legal position; it obliges nobody.";
      case model::ClauseKind::Provision: return "This is a provision that binds nobody by itself.";
    }
    return "";
  }

  std::string deadline(const model::Deadline& d) const override {
    std::string when = deadlineWords(d);
    if (d.rollsForward) when += ", or on the next working day when that day is not a working day";
    return (d.scheduled ? "It takes place " : "It is due ") + when + ".";
  }

  std::string schedule(const model::Schedule& s) const override {
    std::string roll = s.rollsForward ? ", or on the next working day when that day is not a working day" : "";
    if (s.window) return "It is due every year between " + windowWords(*s.window) + ", both days included" + roll + ".";
    std::string out = "It is due " + every(s);
    out += due(s);
    if (!s.exceptQuarters.empty()) {
      std::vector<std::string> qs;
      for (int q : s.exceptQuarters) qs.push_back(std::to_string(q));
      out += ", except for quarter" + std::string(qs.size() > 1 ? "s " : " ") + joinList(qs, "and");
    }
    return out + roll + ".";
  }

  std::string cap(const model::Cap& c) const override {
    return capitalized(event(c.event)) + " may happen at most " + times(c.max) + " per " +
           (c.calendarYear ? "calendar year" : "agreement year (counted from the start of the term)") + ".";
  }

  std::string instance(const model::InstanceRule& i) const override {
    std::string s =
        "Each instance begun by " + event(i.startEvent) + " lasts at most " + spelled(i.maxLength) + " from its start";
    if (i.extensions > 0) {
      s += "; it can be extended " + times(i.extensions);
      if (i.extensionLength) s += " by at most " + spelled(*i.extensionLength);
      s += ", counted from its start";
    }
    return s + "; it ends with " + event(i.endEvent) + ".";
  }

  std::string appliesFor(const model::Duration& d) const override {
    return "It applies only during the first " + spelled(d) + " after the start of this agreement.";
  }

  std::string appliesAfterEnd() const override {
    return "It applies only from the end of this agreement (for a party that leaves: from its leaving).";
  }

  std::string appliesIn(const std::vector<model::YearWindow>& windows) const override {
    std::vector<std::string> ws;
    for (const auto& w : windows) ws.push_back("between " + windowWords(w));
    return "It applies only each year " + joinList(ws, "and") + ", both days included.";
  }

  std::string survival(const model::Survival& s, const std::vector<std::string>& others) const override {
    std::string out = "It survives the end of this agreement " + howLong(s);
    if (!others.empty()) out += " (under " + clauseList(others, "art.", "and") + ")";
    return out + ".";
  }

  std::string survivalOf(const std::vector<std::string>& clauses, const model::Survival& s) const override {
    return capitalized(clauseList(clauses, "art.", "and")) + (clauses.size() > 1 ? " survive" : " survives") +
           " the end of this agreement " + howLong(s) + ".";
  }

 private:
  const model::Agreement& a_;

  Who holders(const model::Holders& h, const std::string& none) const {
    switch (h.kind) {
      case model::Holders::Kind::None: return {none, false};
      case model::Holders::Kind::EachParty: return {"each party", false};
      case model::Holders::Kind::AllParties: return {"the parties together", true};
      case model::Holders::Kind::OtherParty: return {"the other party", false};
      case model::Holders::Kind::EventParty: return {"the party the event concerns", false};
      case model::Holders::Kind::Listed: {
        std::vector<std::string> names;
        for (const auto& p : h.parties) names.push_back(partyName(a_, p));
        for (const auto& b : h.bodies) names.push_back(bodyName(a_, b));
        if (names.empty()) return {none, false};
        if (h.individually && names.size() > 1) return {"each of " + joinList(names, "and"), false};
        return {joinList(names, "and"), names.size() > 1};
      }
      case model::Holders::Kind::Decision: return {decision(h), false};
    }
    return {none, false};
  }

  std::string decision(const model::Holders& h) const {
    if (!h.decision) return "a group by decision";
    const auto& d = *h.decision;
    const model::Group* g = a_.findGroup(d.group);
    std::string name = g ? quoted(g->name) : quoted(d.group);
    std::string share;
    switch (d.threshold) {
      case model::Decision::Threshold::Majority: share = "a majority (more than half)"; break;
      case model::Decision::Threshold::Unanimity: share = "all"; break;
      case model::Decision::Threshold::Fraction: share = "at least " + fraction(d.numerator, d.denominator); break;
    }
    std::string s = d.threshold == model::Decision::Threshold::Unanimity
                        ? "the group " + name + " by a unanimous decision of its members"
                        : "the group " + name + " by a decision of " + share + " of its members";
    if (!d.including.empty()) {
      std::vector<std::string> names;
      for (const auto& p : d.including) names.push_back(partyName(a_, p));
      s += " (including " + joinList(names, "and") + ")";
    }
    return s;
  }

  // Who may give notice: "a party" when any party may.
  Who noticeWho(const model::Holders& h) const {
    if (h.kind == model::Holders::Kind::EachParty || h.kind == model::Holders::Kind::None) return {"a party", false};
    return holders(h, "a party");
  }

  std::string giveNotice(Form form, bool plural) const {
    std::string give = plural ? "give" : "gives";
    switch (form) {
      case Form::Any: return give + " notice";
      case Form::Writing: return give + " written notice";
      case Form::Letter: return give + " notice by letter";
      case Form::RegisteredLetter: return give + " notice by registered letter";
      case Form::Email: return give + " notice by email";
      case Form::Oral: return give + " oral notice";
    }
    return give + " notice";
  }

  std::string formWords(Form form) const {
    switch (form) {
      case Form::Any: return "";
      case Form::Writing: return "in writing";
      case Form::Letter: return "by letter";
      case Form::RegisteredLetter: return "by registered letter";
      case Form::Email: return "by email";
      case Form::Oral: return "orally";
    }
    return "";
  }

  std::string calendarUnit(model::CalendarAnchor::Unit unit) const {
    switch (unit) {
      case model::CalendarAnchor::Unit::Month: return "calendar month";
      case model::CalendarAnchor::Unit::Quarter: return "calendar quarter";
      case model::CalendarAnchor::Unit::Year: return "calendar year";
    }
    return "calendar year";
  }

  std::string event(const std::string& kind) const {
    static const std::pair<const char*, const char*> kBuiltIn[] = {
        {"signing", "the signing"},
        {"notice", "a notice of termination"},
        {"terminate", "a termination"},
        {"dissolve", "a dissolution"},
        {"withdraw", "a party's withdrawal"},
        {"expel", "the expulsion of a party"},
        {"accede", "the accession of a new party"},
        {"bankruptcy", "a party's bankruptcy"},
        {"change_of_control", "a change of control of a party"},
        {"default_notice", "a notice of default"},
        {"force_majeure_start", "the start of force majeure"},
        {"force_majeure_end", "the end of force majeure"},
        {"evaluation", "an evaluation"},
        {"data_breach_detected", "the detection of a data breach"},
        {"amendment", "an amendment of this agreement"},
        {"done", "the performance"},
        {"client_exchange_started", "the start of a client exchange"},
        {"client_exchange_extended", "the extension of a client exchange"},
        {"client_exchange_ended", "the end of a client exchange"},
    };
    for (const auto& [id, words] : kBuiltIn) {
      if (kind == id) return words;
    }
    return "the event " + quoted(customEvent(kind));
  }

  std::string customEvent(const std::string& kind) const {
    const model::EventKind* k = a_.findEventKind(kind);
    if (k && k->label.empty() && !k->description.empty() && k->description.size() <= 80) return k->description;
    return model::eventKindLabel(a_, kind);
  }

  std::string condition(const model::EventCondition& e) const {
    std::string s = event(e.kind);
    if (!e.outcome.empty()) s += " with outcome " + quoted(e.outcome);
    return s;
  }

  std::string state(const std::string& name) const {
    if (name == "force_majeure") return "force majeure";
    std::string s = name;
    for (auto& ch : s) ch = ch == '_' ? ' ' : ch;
    return s;
  }

  std::string untilEvent() const {
    std::string s = event(a_.term.untilEvent);
    if (!a_.term.untilEventOf.empty()) s += " of " + partyName(a_, a_.term.untilEventOf);
    return s;
  }

  std::optional<model::Date> startDate() const {
    const auto& st = a_.start;
    switch (st.kind) {
      case model::Start::Kind::OnDate: return st.date;
      case model::Start::Kind::OnSigning:
        if (!a_.signedOn) return std::nullopt;
        if (auto shifted = st.after(*a_.signedOn); !shifted.outOfRange) return shifted.date;
        return std::nullopt;
      case model::Start::Kind::OnEvent: return std::nullopt;
    }
    return std::nullopt;
  }

  bool retroactive() const {
    const auto& st = a_.start;
    if (st.retroactiveSaid) return true;
    if (st.kind != model::Start::Kind::OnDate || !st.date) return false;
    if (a_.signedOn) return *st.date < *a_.signedOn;
    return a_.signedMonth && *st.date < *a_.signedMonth;
  }

  // "on signing", "one month after the signing", "on the first day of the second month after ...".
  std::string startRule() const {
    const auto& st = a_.start;
    std::string base;
    switch (st.kind) {
      case model::Start::Kind::OnSigning: base = "the signing"; break;
      case model::Start::Kind::OnDate:
        return std::string(retroactive() ? "retroactively " : "") + "on " + (st.date ? date(*st.date) : "its date");
      case model::Start::Kind::OnEvent: base = event(st.event); break;
    }
    if (!st.offset) return st.kind == model::Start::Kind::OnSigning ? "on signing" : "on the day of " + base;
    if (st.firstDayOf) {
      bool years = st.offset->unit == time::Unit::Year;
      return "on the first day of the " + ordinal(st.offset->count) +
             (years ? " year after the year of " : " month after the month of ") + base;
    }
    return spelled(*st.offset) + " after " + base;
  }

  std::string renewalWords(const model::Renewal& r) const {
    std::string s = "tacitly renewed by " + spelled(r.every) +
                    (r.maxTimes ? " at most " + times(*r.maxTimes) : std::string(" each time"));
    switch (r.condition) {
      case model::Renewal::Condition::None: break;
      case model::Renewal::Condition::If:
        s += ", each time only if " + condition(r.event) + " takes place during the running term";
        break;
      case model::Renewal::Condition::Unless:
        s += ", but not after a term during which " + condition(r.event) + " takes place";
        break;
    }
    return s;
  }

  std::string action(model::Power::Action a) const {
    switch (a) {
      case model::Power::Action::Terminate: return "terminate this agreement";
      case model::Power::Action::Dissolve: return "dissolve this agreement";
      case model::Power::Action::Withdraw: return "withdraw from this agreement";
      case model::Power::Action::Expel: return "end the cooperation with the party concerned";
    }
    return "";
  }

  std::string effect(const model::Power& p) const {
    if (p.onEffectiveDate) return "with effect from the day " + condition(p.trigger.event) + " takes effect";
    if (!p.notice) return "with immediate effect";
    if (p.noticeCalendar) {
      std::string unit = calendarUnit(p.noticeCalendar->unit);
      switch (p.noticeCalendar->rule) {
        case model::CalendarAnchor::Rule::BeforeEnd:
          return "against the end of a " + unit + ", with a notice period of " + spelled(*p.notice);
        case model::CalendarAnchor::Rule::FromEnd:
          return "with a notice period of " + spelled(*p.notice) + " counted from the end of the " + unit +
                 " in which it is given";
      }
    }
    return "with a notice period of " + spelled(*p.notice);
  }

  std::string trigger(const model::Trigger& t) const {
    switch (t.kind) {
      case model::Trigger::Kind::Always: return "";
      case model::Trigger::Kind::Event: {
        std::string s = "after " + condition(t.event);
        if (t.period) {
          s += ", once a period of " + spelled(*t.period) + " to remedy it has passed";
        } else if (t.reasonableCure) {
          s += ", once a reasonable period to remedy it has passed";
        }
        if (t.within) s += ", and at the latest " + spelled(*t.within) + " after it";
        return s;
      }
      case model::Trigger::Kind::State:
        if (!t.period) return "while " + state(t.event.kind) + " lasts";
        return "once " + state(t.event.kind) + " has lasted " + spelled(*t.period);
    }
    return "";
  }

  std::string after(const std::string& anchor, const model::Deadline& d) const {
    if (d.immediately) return "immediately after " + anchor;
    if (d.earliest && d.duration)
      return "between " + spelled(*d.earliest) + " and " + spelled(*d.duration) + " after " + anchor;
    if (!d.duration) return "after " + anchor;
    return (d.scheduled ? "" : "within ") + spelled(*d.duration) + " after " + anchor;
  }

  std::string deadlineWords(const model::Deadline& d) const {
    switch (d.kind) {
      case model::Deadline::Kind::AfterEvent: return after(event(d.event), d);
      case model::Deadline::Kind::AfterStart: return after("the start of this agreement", d);
      case model::Deadline::Kind::AfterEnd: return after("the end of this agreement", d);
      case model::Deadline::Kind::BeforeTermEnd: {
        std::string which = d.period > 0 ? "the " + ordinal(d.period) + " term" : "each term";
        return d.duration ? "at least " + spelled(*d.duration) + " before the end of " + which
                          : "before the end of " + which;
      }
      case model::Deadline::Kind::ByDate:
        if (!d.date) return "by the date the clause names";
        return (d.scheduled ? "on " : "by ") + date(*d.date);
      case model::Deadline::Kind::BeforeDate:
        if (!d.date) return "before the date the clause names";
        return "before " + date(*d.date) + ", that is by " + date(dayBefore(*d.date));
      case model::Deadline::Kind::BeforeEvent:
        if (d.duration && d.earliest) {
          return "not earlier than " + spelled(*d.earliest) + " and at the latest " + spelled(*d.duration) +
                 " before " + event(d.event) + ", each time";
        }
        if (d.duration) return "at least " + spelled(*d.duration) + " before " + event(d.event) + ", each time";
        return "by the day before " + event(d.event) + ", each time";
      case model::Deadline::Kind::AtEvent: return "at the latest at the moment of " + event(d.event) + ", each time";
    }
    return "";
  }

  std::string periodNoun(model::Recurrence r, bool agreementYear) const {
    switch (r) {
      case model::Recurrence::Quarterly: return "calendar quarter";
      case model::Recurrence::HalfYearly: return "half year";
      case model::Recurrence::Monthly: return "month";
      case model::Recurrence::Yearly: return agreementYear ? "agreement year" : "calendar year";
      case model::Recurrence::TimesPerYear: return "period";
      case model::Recurrence::None: return "period";
    }
    return "period";
  }

  std::string every(const model::Schedule& s) const {
    switch (s.every) {
      case model::Recurrence::None: return "once";
      case model::Recurrence::Quarterly: return "every quarter";
      case model::Recurrence::HalfYearly: return "every half year";
      case model::Recurrence::Monthly: return "every month";
      case model::Recurrence::Yearly: return "every year";
      case model::Recurrence::TimesPerYear:
        return "at least " + times(s.timesPerYear) + " per " + (s.calendarYear ? "calendar year" : "agreement year");
    }
    return "";
  }

  std::string due(const model::Schedule& s) const {
    const auto& d = s.due;
    std::string ofYear = d.nextYear       ? " of the year after the year it concerns"
                         : d.previousYear ? " of the year before the year it concerns"
                                          : " of each year";
    switch (d.kind) {
      case model::RecurrenceDue::Kind::Unspecified:
        if (s.every == model::Recurrence::None || s.every == model::Recurrence::TimesPerYear) return "";
        return ", by the end of each " + periodNoun(s.every, true);
      case model::RecurrenceDue::Kind::InAdvance: return ", in advance: on the first day of each month it pays for";
      case model::RecurrenceDue::Kind::ByMonthDay: return ", by " + monthDay(d.month, d.day) + ofYear;
      case model::RecurrenceDue::Kind::BeforeMonthDay:
        return ", before " + monthDay(d.month, d.day) + ofYear + ", that is by the day before";
      case model::RecurrenceDue::Kind::EndOfMonthAfter:
        return ", by the last day of the " + ordinal(d.nthMonth) + " month after each " + periodNoun(d.after, false);
      case model::RecurrenceDue::Kind::AfterPeriod:
        return ", at the latest " + (d.delay ? spelled(*d.delay) : std::string("some time")) +
               " after the end of each " + (d.afterSaidPeriod ? std::string("period") : periodNoun(s.every, false));
    }
    return "";
  }

  std::string howLong(const model::Survival& s) const {
    if (s.period) return "for " + spelled(*s.period);
    if (!s.untilEvent.empty()) return "until " + event(s.untilEvent);
    return "without a time limit";
  }
};

}  // namespace

std::unique_ptr<Sentences> englishSentences(const model::Agreement& agreement) {
  return std::make_unique<English>(agreement);
}

std::unique_ptr<Sentences> sentencesFor(words::Lang lang, const model::Agreement& agreement) {
  switch (lang) {
    case words::Lang::En: return englishSentences(agreement);
    case words::Lang::Nl: return dutchSentences(agreement);
  }
  return englishSentences(agreement);
}

}  // namespace agree::explain
