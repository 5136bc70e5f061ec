// De Nederlandse zinnen van `agree explain`, in de woorden van de convenanten zelf:
// "stilzwijgend verlengd", "opzegtermijn", "uiterlijk", "vóór", "met onmiddellijke ingang".
#include <string>

#include "explain/phrase.h"
#include "explain/sentences.h"
#include "words/calendar_words.h"
#include "words/say.h"

namespace agree::explain {

namespace {

using model::Form;
using words::Count;
using words::Lang;

struct Who {
  std::string text;
  bool plural = false;
};

std::string spelled(const model::Duration& d) { return words::durationWords(d, Lang::Nl, Count::Spelled); }
std::string date(model::Date d) { return words::dateWords(d, Lang::Nl); }
std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string ordinal(long long n) {
  static const char* const kWords[] = {"eerste",  "tweede",  "derde",   "vierde", "vijfde", "zesde",
                                       "zevende", "achtste", "negende", "tiende", "elfde",  "twaalfde"};
  return n >= 1 && n <= 12 ? kWords[n - 1] : words::ordinalWords(n, Lang::Nl);
}

std::string times(long long n) {
  if (n == 1) return "eenmaal";
  if (n == 2) return "tweemaal";
  return words::countWords(n, Lang::Nl) + " keer";
}

std::string fraction(long long num, long long den) {
  if (num == 1 && den == 2) return "de helft";
  if (num == 2 && den == 3) return "twee derde";
  if (num == 3 && den == 4) return "drie vierde";
  return std::to_string(num) + "/" + std::to_string(den);
}

std::string monthDay(unsigned month, unsigned day) {
  return std::to_string(day) + " " + words::monthWord(month, Lang::Nl);
}

std::string windowWords(const model::YearWindow& w) {
  return "van " + monthDay(w.fromMonth, w.fromDay) + " tot en met " + monthDay(w.toMonth, w.toDay) +
         (w.crossesYearEnd() ? " van het volgende jaar" : "");
}

class Dutch final : public Sentences {
 public:
  explicit Dutch(const model::Agreement& a) : a_(a) {}

  std::string headerHeading() const override { return "De overeenkomst"; }
  std::string clauseLabel(const std::string& id) const override { return explain::clauseLabel(id, "Art."); }
  std::string untitledAgreement() const override { return "Overeenkomst zonder titel"; }

  std::string party(const model::Party& p) const override {
    std::string s = "Partij: " + (p.name.empty() ? partyName(a_, p.id) : p.name);
    if (!p.shortName.empty() && p.shortName != p.name) s += ", hierna te noemen " + quoted(p.shortName);
    if (!p.seat.empty()) s += ", gevestigd te " + p.seat;
    if (!p.registration.empty()) s += ", ingeschreven onder nummer " + p.registration;
    std::vector<std::string> reps;
    for (const auto& r : p.representatives) reps.push_back(r.role.empty() ? r.name : r.name + " (" + r.role + ")");
    if (!reps.empty()) s += ", vertegenwoordigd door " + joinList(reps, "en");
    s += ".";
    if (p.placeholder) s += " De naam is een aanduiding: de partij is nog niet bekend.";
    return s;
  }

  std::string group(const model::Group& g) const override {
    std::vector<std::string> members;
    for (const auto& m : g.members) members.push_back(partyName(a_, m));
    if (members.empty()) return "De groep " + quoted(g.name) + " heeft nog geen leden.";
    return "De groep " + quoted(g.name) + " bestaat uit " + joinList(members, "en") + ".";
  }

  std::string body(const model::Body& b) const override {
    return quoted(b.name) +
           " is een orgaan en geen partij: het kan op grond van de artikelen handelen, maar is nooit als partij "
           "gebonden.";
  }

  std::string signing() const override {
    std::string out;
    auto add = [&](const std::string& s) { out += (out.empty() ? "" : " ") + s; };
    auto one = [&](const std::string& party, const std::optional<model::Date>& day,
                   const std::optional<model::Date>& month, const std::string& place) {
      std::string s = party.empty() ? "Ondertekend" : "Ondertekend door " + partyName(a_, party);
      if (day) {
        s += " op " + date(*day);
      } else if (month) {
        s += " in " + std::string(words::monthWord(month->month(), Lang::Nl)) + " " + std::to_string(month->year()) +
             " (de dag is niet bekend)";
      }
      if (!place.empty()) s += " te " + place;
      add(s + ".");
    };
    for (const auto& sig : a_.signatures) one(sig.party, sig.day, sig.month, sig.place);
    if (a_.signatures.empty() && (a_.signedOn || a_.signedMonth)) one("", a_.signedOn, a_.signedMonth, a_.signedPlace);
    if (out.empty()) out = "Er is geen datum van ondertekening vastgelegd.";
    return out;
  }

  std::string governingLaw(const std::string& law) const override {
    return "Op deze overeenkomst is " + law + " van toepassing.";
  }
  std::string enforceable(bool yes) const override {
    return yes ? "Deze overeenkomst is in rechte afdwingbaar." : "Deze overeenkomst is niet in rechte afdwingbaar.";
  }

  std::string start() const override {
    std::string s = "Deze overeenkomst gaat " + startRule();
    auto day = startDate();
    if (day && a_.start.kind != model::Start::Kind::OnDate) s += ", op " + date(*day);
    return s + ".";
  }

  std::string term(const model::Renewal* renewal, const model::NoticeRule* notice) const override {
    std::vector<std::string> parts;
    auto day = startDate();
    parts.push_back(day ? std::string("gaat ") + (retroactive() ? "met terugwerkende kracht " : "") + "in op " +
                              date(*day)
                        : "gaat " + startRule());
    const auto& t = a_.term;
    switch (t.kind) {
      case model::Term::Kind::Fixed:
        if (t.duration) {
          parts.push_back("loopt " + spelled(*t.duration));
        } else if (t.until) {
          parts.push_back("loopt tot " + date(*t.until) + " (de laatste dag is " + date(dayBefore(*t.until)) + ")");
        } else {
          parts.push_back("heeft een vaste looptijd");
        }
        break;
      case model::Term::Kind::Renewing:
        parts.push_back("loopt ten minste " + (t.duration ? spelled(*t.duration) : std::string("één termijn")));
        if (renewal) parts.push_back("wordt daarna " + renewalWords(*renewal));
        break;
      case model::Term::Kind::Indefinite:
        if (t.untilEvent.empty()) {
          parts.push_back("loopt voor onbepaalde tijd");
        } else {
          parts.push_back("loopt voor onbepaalde tijd tot " + untilEvent() +
                          ", waarmee zij op die dag van rechtswege eindigt");
        }
        break;
      case model::Term::Kind::OpenEnded:
        parts.push_back("loopt tot " + untilEvent() + ", maar ten minste " +
                        (t.duration ? spelled(*t.duration) : std::string("de minimale looptijd")));
        break;
    }
    std::string s = "Deze overeenkomst " + joinList(parts, "en");
    if (notice) {
      Who who = noticeWho(notice->by);
      std::string form = formWords(notice->form);
      s += ", tenzij " + who.text + " uiterlijk " + spelled(notice->period) + " vóór het einde van een termijn " +
           (form.empty() ? "" : form + " ") + (who.plural ? "opzeggen" : "opzegt");
    }
    return s + ".";
  }

  std::string renewal(const model::Renewal& r) const override {
    return "De overeenkomst wordt daarna " + renewalWords(r) + ".";
  }

  std::string notice(const model::NoticeRule& n) const override {
    Who who = noticeWho(n.by);
    std::string form = formWords(n.form);
    std::string subject = capitalized(who.text) + (who.plural ? " kunnen" : " kan") + " de overeenkomst";
    std::string verb = (form.empty() ? "" : form + " ") + "opzeggen";
    if (n.calendar) {
      std::string unit = calendarUnit(n.calendar->unit);
      switch (n.calendar->rule) {
        case model::CalendarAnchor::Rule::BeforeEnd:
          return subject + " " + verb + " tegen het einde van een " + unit +
                 " met inachtneming van een opzegtermijn van " + spelled(n.period) +
                 "; na een latere opzegging eindigt zij aan het einde van het volgende " + unit + ".";
        case model::CalendarAnchor::Rule::FromEnd:
          return subject + " te allen tijde " + verb + "; de opzegtermijn van " + spelled(n.period) +
                 " wordt gerekend vanaf het einde van het " + unit + " waarin wordt opgezegd.";
      }
    }
    if (n.beforeTermEnd) {
      // Alleen een termijn die verlengd wordt, heeft een volgende termijn voor een late opzegging.
      bool renews = a_.term.kind == model::Term::Kind::Renewing;
      return subject + " uiterlijk " + spelled(n.period) + " vóór het einde van een termijn " + verb +
             "; de overeenkomst eindigt dan aan het einde van die termijn" +
             (renews ? ", na een latere opzegging aan het einde van de volgende." : ".");
    }
    return subject + " te allen tijde " + verb + " met inachtneming van een opzegtermijn van " + spelled(n.period) +
           "; de overeenkomst eindigt dan " + spelled(n.period) + " na de opzegging.";
  }

  std::string power(const model::Power& p) const override {
    Who who = holders(p.holders, "een partij");
    auto [object, verb] = action(p);
    std::vector<std::string> middle;
    if (!object.empty()) middle.push_back(object);
    std::string form = formWords(p.form);
    if (!form.empty()) middle.push_back(form);
    if (p.onEffectiveDate) {
      // "... schriftelijk uittreden met ingang van het tijdstip waarop ... van kracht wordt" (Walcheren 8.3).
      middle.push_back(verb);
      middle.push_back(effect(p));
      if (p.trigger.within)
        middle.push_back("(uiterlijk " + spelled(*p.trigger.within) + " na " + condition(p.trigger.event) + ")");
    } else {
      middle.push_back(effect(p));
      middle.push_back(verb);
    }
    std::string rest;
    for (const auto& m : middle) rest += " " + m;
    std::string may = who.plural ? "kunnen" : "kan";
    auto [when, comma] = p.onEffectiveDate ? std::pair<std::string, bool>{"", false} : trigger(p.trigger);
    if (when.empty()) return capitalized(who.text) + " " + may + rest + ".";
    return when + (comma ? ", " : " ") + may + " " + who.text + rest + ".";
  }

  std::string accession(const model::Accession& acc) const override {
    return acc.needsConsentOfAll
               ? "Andere partijen kunnen met instemming van alle partijen tot de overeenkomst toetreden."
               : "Andere partijen kunnen tot de overeenkomst toetreden.";
  }

  std::string clauseKind(const model::Clause& c) const override {
    Who who = holders(c.holders, "");
    std::string towards =
        c.counterparty.kind == model::Holders::Kind::None ? "" : " jegens " + holders(c.counterparty, "").text;
    bool named = !who.text.empty();
    switch (c.kind) {
      case model::ClauseKind::Duty:
        if (!named) return "Dit is een verplichting; het artikel noemt niet wie haar draagt.";
        return capitalized(who.text) + (who.plural ? " zijn" : " is") + " hiertoe verplicht" + towards + ".";
      case model::ClauseKind::Effort:
        if (!named) return "Dit is een inspanningsverplichting; het artikel noemt niet wie haar draagt.";
        return capitalized(who.text) + (who.plural ? " spannen" : " spant") + " zich hiervoor in" + towards +
               " (inspanningsverplichting).";
      case model::ClauseKind::Prohibition:
        if (!named) return "Dit is een verbod; het artikel noemt niet voor wie het geldt.";
        return "Het is " + who.text + " verboden dit te doen" + towards + ".";
      case model::ClauseKind::Permission:
        if (!named) return "Dit is een bevoegdheid om iets te doen; zij verplicht niemand.";
        return capitalized(who.text) + (who.plural ? " mogen" : " mag") + " dit doen" + towards +
               "; het verplicht niemand.";
      case model::ClauseKind::Power:
        if (!named) return "Dit geeft een bevoegdheid om de rechtspositie te wijzigen; zij verplicht niemand.";
        return "Dit geeft " + who.text + " een bevoegdheid om de rechtspositie te wijzigen; zij verplicht niemand.";
      case model::ClauseKind::Provision: return "Dit is een bepaling die op zichzelf niemand bindt.";
    }
    return "";
  }

  // The verb last, as Dutch has it: "Dit moet uiterlijk binnen 24 uur na ... gebeuren."
  std::string deadline(const model::Deadline& d) const override {
    auto [when, tail] = deadlineWords(d);
    if (d.rollsForward) tail += ", of op de eerstvolgende werkdag als die dag geen werkdag is";
    return (d.scheduled ? "Dit gebeurt " + when : "Dit moet " + when + " gebeuren") + tail + ".";
  }

  std::string schedule(const model::Schedule& s) const override {
    std::string roll = s.rollsForward ? ", of op de eerstvolgende werkdag als die dag geen werkdag is" : "";
    if (s.window) return "Dit moet elk jaar gebeuren in de periode " + windowWords(*s.window) + roll + ".";
    std::string out = "Dit moet " + every(s) + " gebeuren" + due(s);
    if (!s.exceptQuarters.empty()) {
      std::vector<std::string> qs;
      for (int q : s.exceptQuarters) qs.push_back(ordinal(q));
      out += ", behalve voor het " + joinList(qs, "en") + " kwartaal";
    }
    return out + roll + ".";
  }

  std::string cap(const model::Cap& c) const override {
    return capitalized(event(c.event)) + " mag ten hoogste " + words::countWords(c.max, Lang::Nl) + " keer per " +
           (c.calendarYear ? "kalenderjaar" : "contractjaar (gerekend vanaf de ingangsdatum)") + " plaatsvinden.";
  }

  std::string instance(const model::InstanceRule& i) const override {
    std::string s = "Elk geval dat begint met " + event(i.startEvent) + " duurt ten hoogste " + spelled(i.maxLength) +
                    " vanaf de start";
    if (i.extensions > 0) {
      s += "; het kan " + times(i.extensions);
      if (i.extensionLength) s += " met ten hoogste " + spelled(*i.extensionLength);
      s += " worden verlengd, gerekend vanaf de start";
    }
    return s + "; het eindigt met " + event(i.endEvent) + ".";
  }

  std::string appliesFor(const model::Duration& d) const override {
    return "Dit geldt alleen gedurende de eerste " + spelled(d) + " na de ingangsdatum van de overeenkomst.";
  }

  std::string appliesAfterEnd() const override {
    return "Dit geldt pas vanaf het einde van de overeenkomst (voor een partij die uittreedt: vanaf haar uittreding).";
  }

  std::string appliesIn(const std::vector<model::YearWindow>& windows) const override {
    std::vector<std::string> ws;
    for (const auto& w : windows) ws.push_back(windowWords(w));
    return "Dit geldt alleen elk jaar in de periode " + joinList(ws, "en") + ".";
  }

  std::string survival(const model::Survival& s, const std::vector<std::string>& others) const override {
    std::string out = "Dit blijft na het einde van de overeenkomst " + howLong(s);
    if (!others.empty()) out += " (op grond van " + clauseList(others, "art.", "en") + ")";
    return out + ".";
  }

  std::string survivalOf(const std::vector<std::string>& clauses, const model::Survival& s) const override {
    return capitalized(clauseList(clauses, "art.", "en")) + (clauses.size() > 1 ? " blijven" : " blijft") +
           " na het einde van de overeenkomst " + howLong(s) + ".";
  }

 private:
  const model::Agreement& a_;

  Who holders(const model::Holders& h, const std::string& none) const {
    switch (h.kind) {
      case model::Holders::Kind::None: return {none, false};
      case model::Holders::Kind::EachParty: return {"elke partij", false};
      case model::Holders::Kind::AllParties: return {"Partijen gezamenlijk", true};
      case model::Holders::Kind::OtherParty: return {"de andere partij", false};
      case model::Holders::Kind::EventParty: return {"de partij bij wie de gebeurtenis zich voordoet", false};
      case model::Holders::Kind::Listed: {
        std::vector<std::string> names;
        for (const auto& p : h.parties) names.push_back(partyName(a_, p));
        for (const auto& b : h.bodies) names.push_back(bodyName(a_, b));
        if (names.empty()) return {none, false};
        if (h.individually && names.size() > 1) return {"elk van " + joinList(names, "en"), false};
        return {joinList(names, "en"), names.size() > 1};
      }
      case model::Holders::Kind::Decision: return {decision(h), false};
    }
    return {none, false};
  }

  std::string decision(const model::Holders& h) const {
    if (!h.decision) return "een groep bij besluit";
    const auto& d = *h.decision;
    const model::Group* g = a_.findGroup(d.group);
    std::string name = g ? quoted(g->name) : quoted(d.group);
    std::string share;
    switch (d.threshold) {
      case model::Decision::Threshold::Majority: share = "een meerderheid (meer dan de helft)"; break;
      case model::Decision::Threshold::Unanimity: share = "al"; break;
      case model::Decision::Threshold::Fraction: share = "ten minste " + fraction(d.numerator, d.denominator); break;
    }
    std::string s = d.threshold == model::Decision::Threshold::Unanimity
                        ? "de groep " + name + " bij eenstemmig besluit van haar leden"
                        : "de groep " + name + " bij besluit van " + share + " van haar leden";
    if (!d.including.empty()) {
      std::vector<std::string> names;
      for (const auto& p : d.including) names.push_back(partyName(a_, p));
      s += " (waaronder " + joinList(names, "en") + ")";
    }
    return s;
  }

  Who noticeWho(const model::Holders& h) const {
    if (h.kind == model::Holders::Kind::EachParty || h.kind == model::Holders::Kind::None) return {"een partij", false};
    return holders(h, "een partij");
  }

  std::string formWords(Form form) const {
    switch (form) {
      case Form::Any: return "";
      case Form::Writing: return "schriftelijk";
      case Form::Letter: return "per brief";
      case Form::RegisteredLetter: return "bij aangetekende brief";
      case Form::Email: return "per e-mail";
      case Form::Oral: return "mondeling";
    }
    return "";
  }

  std::string calendarUnit(model::CalendarAnchor::Unit unit) const {
    switch (unit) {
      case model::CalendarAnchor::Unit::Month: return "kalendermaand";
      case model::CalendarAnchor::Unit::Quarter: return "kalenderkwartaal";
      case model::CalendarAnchor::Unit::Year: return "kalenderjaar";
    }
    return "kalenderjaar";
  }

  std::string event(const std::string& kind) const {
    static const std::pair<const char*, const char*> kBuiltIn[] = {
        {"signing", "de ondertekening"},
        {"notice", "een opzegging"},
        {"terminate", "een beëindiging"},
        {"dissolve", "een ontbinding"},
        {"withdraw", "de uittreding van een partij"},
        {"expel", "de uitsluiting van een partij"},
        {"accede", "de toetreding van een nieuwe partij"},
        {"bankruptcy", "het faillissement van een partij"},
        {"change_of_control", "een wijziging van de zeggenschap over een partij"},
        {"default_notice", "een ingebrekestelling"},
        {"force_majeure_start", "het begin van overmacht"},
        {"force_majeure_end", "het einde van overmacht"},
        {"evaluation", "een evaluatie"},
        {"data_breach_detected", "de ontdekking van een datalek"},
        {"amendment", "een wijziging van de overeenkomst"},
        {"done", "de nakoming"},
        {"client_exchange_started", "de start van een cliëntuitwisseling"},
        {"client_exchange_extended", "de verlenging van een cliëntuitwisseling"},
        {"client_exchange_ended", "het einde van een cliëntuitwisseling"},
    };
    for (const auto& [id, words] : kBuiltIn) {
      if (kind == id) return words;
    }
    return "de gebeurtenis " + quoted(customEvent(kind));
  }

  std::string customEvent(const std::string& kind) const {
    const model::EventKind* k = a_.findEventKind(kind);
    if (k && k->label.empty() && !k->description.empty() && k->description.size() <= 80) return k->description;
    return model::eventKindLabel(a_, kind);
  }

  std::string condition(const model::EventCondition& e) const {
    std::string s = event(e.kind);
    if (!e.outcome.empty()) s += " met uitkomst " + quoted(words::outcomeWords(e.outcome, Lang::Nl));
    return s;
  }

  std::string state(const std::string& name) const {
    if (name == "force_majeure") return "de overmacht";
    std::string s = name;
    for (auto& ch : s) ch = ch == '_' ? ' ' : ch;
    return "de toestand " + quoted(s);
  }

  std::string untilEvent() const {
    std::string s = event(a_.term.untilEvent);
    if (!a_.term.untilEventOf.empty()) s += " van " + partyName(a_, a_.term.untilEventOf);
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

  // What follows "gaat": "in bij ondertekening", "met terugwerkende kracht in op 1 januari 2019".
  std::string startRule() const {
    const auto& st = a_.start;
    std::string base;
    switch (st.kind) {
      case model::Start::Kind::OnSigning: base = "de ondertekening"; break;
      case model::Start::Kind::OnDate:
        return std::string(retroactive() ? "met terugwerkende kracht " : "") + "in op " +
               (st.date ? date(*st.date) : "de genoemde datum");
      case model::Start::Kind::OnEvent: base = event(st.event); break;
    }
    if (!st.offset)
      return st.kind == model::Start::Kind::OnSigning ? "in bij ondertekening" : "in op de dag van " + base;
    if (st.firstDayOf) {
      bool years = st.offset->unit == time::Unit::Year;
      return "in op de eerste dag van " +
             (years ? "het " + ordinal(st.offset->count) + " kalenderjaar na het jaar van "
                    : "de " + ordinal(st.offset->count) + " maand na de maand van ") +
             base;
    }
    return "in " + spelled(*st.offset) + " na " + base;
  }

  std::string renewalWords(const model::Renewal& r) const {
    std::string s = r.maxTimes
                        ? "ten hoogste " + times(*r.maxTimes) + " stilzwijgend met " + spelled(r.every) + " verlengd"
                        : "telkens stilzwijgend met " + spelled(r.every) + " verlengd";
    switch (r.condition) {
      case model::Renewal::Condition::None: break;
      case model::Renewal::Condition::If:
        s += ", maar alleen als gedurende de lopende termijn " + condition(r.event) + " heeft plaatsgevonden";
        break;
      case model::Renewal::Condition::Unless:
        s += ", maar niet na een termijn waarin " + condition(r.event) + " heeft plaatsgevonden";
        break;
    }
    return s;
  }

  // The object and the verb, which Dutch puts at the end ("de overeenkomst ... ontbinden").
  std::pair<std::string, std::string> action(const model::Power& p) const {
    switch (p.action) {
      case model::Power::Action::Terminate: return {"de overeenkomst", p.notice ? "opzeggen" : "beëindigen"};
      case model::Power::Action::Dissolve: return {"de overeenkomst", "ontbinden"};
      case model::Power::Action::Withdraw: return {"", "uittreden"};
      case model::Power::Action::Expel: return {"de samenwerking met de betreffende partij", "beëindigen"};
    }
    return {"", ""};
  }

  std::string effect(const model::Power& p) const {
    if (p.onEffectiveDate)
      return "met ingang van het tijdstip waarop " + condition(p.trigger.event) + " van kracht wordt";
    if (!p.notice) return "met onmiddellijke ingang";
    if (p.noticeCalendar) {
      std::string unit = calendarUnit(p.noticeCalendar->unit);
      switch (p.noticeCalendar->rule) {
        case model::CalendarAnchor::Rule::BeforeEnd:
          return "tegen het einde van een " + unit + " met inachtneming van een opzegtermijn van " + spelled(*p.notice);
        case model::CalendarAnchor::Rule::FromEnd:
          return "met inachtneming van een opzegtermijn van " + spelled(*p.notice) +
                 " (te rekenen vanaf het einde van het " + unit + " waarin wordt opgezegd)";
      }
    }
    return "met inachtneming van een opzegtermijn van " + spelled(*p.notice);
  }

  // The trigger opens the sentence: "Zodra de overmacht 30 dagen heeft geduurd, kan ...", but
  // "Na de toetreding ... kan ..." (a comma follows a subordinate clause, not a phrase).
  std::pair<std::string, bool> trigger(const model::Trigger& t) const {
    switch (t.kind) {
      case model::Trigger::Kind::Always: return {"", false};
      case model::Trigger::Kind::Event: {
        std::string s = "Na " + condition(t.event);
        if (t.period) {
          s += " en het verstrijken van een hersteltermijn van " + spelled(*t.period);
        } else if (t.reasonableCure) {
          s += " en het verstrijken van een redelijke termijn voor herstel";
        }
        if (t.within) return {s + ", en uiterlijk " + spelled(*t.within) + " daarna,", false};
        return {s, false};
      }
      case model::Trigger::Kind::State:
        if (!t.period) return {"Zolang " + state(t.event.kind) + " duurt", true};
        return {"Zodra " + state(t.event.kind) + " " + spelled(*t.period) + " heeft geduurd", true};
    }
    return {"", false};
  }

  std::string after(const std::string& anchor, const model::Deadline& d) const {
    if (d.immediately) return "onmiddellijk na " + anchor;
    if (d.earliest && d.duration)
      return "tussen " + spelled(*d.earliest) + " en " + spelled(*d.duration) + " na " + anchor;
    if (!d.duration) return "na " + anchor;
    return (d.scheduled ? "" : "uiterlijk binnen ") + spelled(*d.duration) + " na " + anchor;
  }

  // When, before the verb, and what follows it ("vóór 1 maart 2026 gebeuren, dus uiterlijk op ...").
  std::pair<std::string, std::string> deadlineWords(const model::Deadline& d) const {
    switch (d.kind) {
      case model::Deadline::Kind::AfterEvent: return {after(event(d.event), d), ""};
      case model::Deadline::Kind::AfterStart: return {after("de ingangsdatum van de overeenkomst", d), ""};
      case model::Deadline::Kind::AfterEnd: return {after("het einde van de overeenkomst", d), ""};
      case model::Deadline::Kind::BeforeTermEnd: {
        std::string which = d.period > 0 ? "de " + ordinal(d.period) + " termijn" : "elke termijn";
        return {d.duration ? "uiterlijk " + spelled(*d.duration) + " vóór het einde van " + which
                           : "vóór het einde van " + which,
                ""};
      }
      case model::Deadline::Kind::ByDate:
        if (!d.date) return {"uiterlijk op de genoemde datum", ""};
        return {(d.scheduled ? "op " : "uiterlijk op ") + date(*d.date), ""};
      case model::Deadline::Kind::BeforeDate:
        if (!d.date) return {"vóór de genoemde datum", ""};
        return {"vóór " + date(*d.date), ", dus uiterlijk op " + date(dayBefore(*d.date))};
      case model::Deadline::Kind::BeforeEvent:
        if (d.duration && d.earliest) {
          return {"telkens ten minste " + spelled(*d.duration) + " en ten hoogste " + spelled(*d.earliest) + " vóór " +
                      event(d.event),
                  ""};
        }
        if (d.duration) return {"telkens uiterlijk " + spelled(*d.duration) + " vóór " + event(d.event), ""};
        return {"telkens uiterlijk op de dag vóór " + event(d.event), ""};
      case model::Deadline::Kind::AtEvent: return {"telkens uiterlijk op het tijdstip van " + event(d.event), ""};
    }
    return {"", ""};
  }

  // "elk kwartaal", "elke maand": the period with its own article.
  std::string eachPeriod(model::Recurrence r, bool agreementYear) const {
    switch (r) {
      case model::Recurrence::Quarterly: return "elk kwartaal";
      case model::Recurrence::HalfYearly: return "elk halfjaar";
      case model::Recurrence::Monthly: return "elke maand";
      case model::Recurrence::Yearly: return agreementYear ? "elk contractjaar" : "elk kalenderjaar";
      case model::Recurrence::TimesPerYear: return "elke periode";
      case model::Recurrence::None: return "elke periode";
    }
    return "elke periode";
  }

  std::string every(const model::Schedule& s) const {
    switch (s.every) {
      case model::Recurrence::None: return "eenmaal";
      case model::Recurrence::Quarterly: return "elk kwartaal";
      case model::Recurrence::HalfYearly: return "elk halfjaar";
      case model::Recurrence::Monthly: return "elke maand";
      case model::Recurrence::Yearly: return "elk jaar";
      case model::Recurrence::TimesPerYear:
        return "ten minste " + times(s.timesPerYear) + " per " + (s.calendarYear ? "kalenderjaar" : "contractjaar");
    }
    return "";
  }

  std::string due(const model::Schedule& s) const {
    const auto& d = s.due;
    std::string ofYear = d.nextYear       ? " van het jaar volgend op het jaar waarop het betrekking heeft"
                         : d.previousYear ? " van het jaar vóór het jaar waarvoor het geldt"
                                          : " van elk jaar";
    switch (d.kind) {
      case model::RecurrenceDue::Kind::Unspecified:
        if (s.every == model::Recurrence::None || s.every == model::Recurrence::TimesPerYear) return "";
        return ", uiterlijk aan het einde van " + eachPeriod(s.every, true);
      case model::RecurrenceDue::Kind::InAdvance:
        return ", vooruit: op de eerste dag van elke maand waarop het betrekking heeft";
      case model::RecurrenceDue::Kind::ByMonthDay: return ", uiterlijk op " + monthDay(d.month, d.day) + ofYear;
      case model::RecurrenceDue::Kind::BeforeMonthDay:
        return ", vóór " + monthDay(d.month, d.day) + ofYear + ", dus uiterlijk op de dag daarvoor";
      case model::RecurrenceDue::Kind::EndOfMonthAfter:
        return ", uiterlijk op de laatste dag van de " + ordinal(d.nthMonth) + " maand na afloop van " +
               eachPeriod(d.after, false);
      case model::RecurrenceDue::Kind::AfterPeriod:
        return ", uiterlijk " + (d.delay ? spelled(*d.delay) : std::string("enige tijd")) + " na afloop van " +
               (d.afterSaidPeriod ? std::string("elke periode") : eachPeriod(s.every, false));
    }
    return "";
  }

  std::string howLong(const model::Survival& s) const {
    if (s.period) return "nog " + spelled(*s.period) + " van kracht";
    if (!s.untilEvent.empty()) return "van kracht tot " + event(s.untilEvent);
    return "van kracht, zonder beperking in de tijd";
  }
};

}  // namespace

std::unique_ptr<Sentences> dutchSentences(const model::Agreement& agreement) {
  return std::make_unique<Dutch>(agreement);
}

}  // namespace agree::explain
