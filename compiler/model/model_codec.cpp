#include "model/model_codec.h"

#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>
#include <vector>

namespace agree::model {

// One list of members per struct, used both to write and to read. A member missing here would
// be lost from every cached model, silently: the sizes below are a tripwire that fails the build
// when a struct changes (x86-64 with libstdc++, the platform agree ships on), so whoever adds a
// member is sent here. tests/unit/model_codec_test.cpp checks the round trip on every example.
#if defined(__x86_64__) && defined(__GLIBCXX__)
#define AGREE_MODEL_SIZE(T, n) \
  static_assert(sizeof(T) == (n), "a member was added to or removed from " #T ": update model_codec.cpp")
#else
#define AGREE_MODEL_SIZE(T, n)
#endif

AGREE_MODEL_SIZE(SourceRef, 40);
template <class IO>
void fields(IO& io, SourceRef& s) {
  io(s.file, s.line, s.column);
}

AGREE_MODEL_SIZE(Representative, 64);
template <class IO>
void fields(IO& io, Representative& r) {
  io(r.name, r.role);
}

AGREE_MODEL_SIZE(Party, 256);
template <class IO>
void fields(IO& io, Party& p) {
  io(p.id, p.name, p.shortName, p.seat, p.registration, p.representatives, p.placeholder, p.notes, p.where);
}

AGREE_MODEL_SIZE(Group, 128);
template <class IO>
void fields(IO& io, Group& g) {
  io(g.id, g.name, g.members, g.where);
}

AGREE_MODEL_SIZE(Body, 128);
template <class IO>
void fields(IO& io, Body& b) {
  io(b.id, b.name, b.notes, b.where);
}

AGREE_MODEL_SIZE(Decision, 80);
template <class IO>
void fields(IO& io, Decision& d) {
  io(d.group, d.threshold, d.numerator, d.denominator, d.including);
}

AGREE_MODEL_SIZE(Holders, 184);
template <class IO>
void fields(IO& io, Holders& h) {
  io(h.kind, h.parties, h.bodies, h.decision, h.individually, h.written);
}

AGREE_MODEL_SIZE(Survival, 80);
template <class IO>
void fields(IO& io, Survival& s) {
  io(s.period, s.untilEvent, s.basis);
}

AGREE_MODEL_SIZE(Deadline, 128);
template <class IO>
void fields(IO& io, Deadline& d) {
  io(d.kind, d.duration, d.event, d.date, d.rollsForward, d.period, d.earliest, d.scheduled, d.immediately);
}

AGREE_MODEL_SIZE(YearWindow, 16);
template <class IO>
void fields(IO& io, YearWindow& w) {
  io(w.fromMonth, w.fromDay, w.toMonth, w.toDay);
}

AGREE_MODEL_SIZE(RecurrenceDue, 56);
template <class IO>
void fields(IO& io, RecurrenceDue& d) {
  io(d.kind, d.month, d.day, d.nextYear, d.previousYear, d.nthMonth, d.after, d.delay, d.afterSaidPeriod);
}

AGREE_MODEL_SIZE(Cap, 48);
template <class IO>
void fields(IO& io, Cap& c) {
  io(c.event, c.max, c.calendarYear);
}

AGREE_MODEL_SIZE(InstanceRule, 144);
template <class IO>
void fields(IO& io, InstanceRule& r) {
  io(r.startEvent, r.extendEvent, r.endEvent, r.maxLength, r.extensions, r.extensionLength);
}

AGREE_MODEL_SIZE(Schedule, 136);
template <class IO>
void fields(IO& io, Schedule& s) {
  io(s.every, s.timesPerYear, s.calendarYear, s.due, s.window, s.exceptQuarters, s.rollsForward);
}

AGREE_MODEL_SIZE(Clause, 832);
template <class IO>
void fields(IO& io, Clause& c) {
  io(c.id, c.article, c.kind, c.holders, c.counterparty, c.text, c.notes, c.survival, c.deadlines, c.schedules, c.caps,
     c.instances, c.appliesFor, c.afterEnd, c.appliesIn, c.templateName, c.templateArgs, c.where);
}

AGREE_MODEL_SIZE(TemplateParam, 96);
template <class IO>
void fields(IO& io, TemplateParam& p) {
  io(p.name, p.type, p.defaultValue);
}

AGREE_MODEL_SIZE(Template, 160);
template <class IO>
void fields(IO& io, Template& t) {
  io(t.name, t.kind, t.params, t.text, t.notes, t.where);
}

AGREE_MODEL_SIZE(Article, 120);
template <class IO>
void fields(IO& io, Article& a) {
  io(a.id, a.title, a.text, a.clauses);
}

AGREE_MODEL_SIZE(Start, 120);
template <class IO>
void fields(IO& io, Start& s) {
  io(s.kind, s.date, s.event, s.clause, s.offset, s.retroactiveSaid, s.firstDayOf);
}

AGREE_MODEL_SIZE(EventCondition, 64);
template <class IO>
void fields(IO& io, EventCondition& e) {
  io(e.kind, e.outcome);
}

AGREE_MODEL_SIZE(Term, 144);
template <class IO>
void fields(IO& io, Term& t) {
  io(t.kind, t.duration, t.until, t.untilEvent, t.untilEventOf, t.clause);
}

AGREE_MODEL_SIZE(Renewal, 136);
template <class IO>
void fields(IO& io, Renewal& r) {
  io(r.every, r.maxTimes, r.condition, r.event, r.clause);
}

AGREE_MODEL_SIZE(CalendarAnchor, 8);
template <class IO>
void fields(IO& io, CalendarAnchor& a) {
  io(a.unit, a.rule);
}

AGREE_MODEL_SIZE(NoticeRule, 256);
template <class IO>
void fields(IO& io, NoticeRule& n) {
  io(n.clause, n.period, n.beforeTermEnd, n.calendar, n.by, n.form);
}

AGREE_MODEL_SIZE(Trigger, 128);
template <class IO>
void fields(IO& io, Trigger& t) {
  io(t.kind, t.event, t.period, t.within, t.reasonableCure);
}

AGREE_MODEL_SIZE(Power, 400);
template <class IO>
void fields(IO& io, Power& p) {
  io(p.clause, p.action, p.notice, p.noticeCalendar, p.onEffectiveDate, p.trigger, p.holders, p.form);
}

AGREE_MODEL_SIZE(Accession, 40);
template <class IO>
void fields(IO& io, Accession& a) {
  io(a.clause, a.needsConsentOfAll);
}

AGREE_MODEL_SIZE(EventKind, 104);
template <class IO>
void fields(IO& io, EventKind& e) {
  io(e.id, e.description, e.builtIn, e.label);
}

AGREE_MODEL_SIZE(PeriodRef, 56);
template <class IO>
void fields(IO& io, PeriodRef& p) {
  io(p.kind, p.year, p.quarter, p.day, p.written);
}

AGREE_MODEL_SIZE(Event, 432);
template <class IO>
void fields(IO& io, Event& e) {
  io(e.date, e.minuteOfDay, e.kind, e.by, e.of, e.under, e.outcome, e.name, e.note, e.form, e.effective, e.forPeriod,
     e.cure, e.votesFor, e.votesCount, e.where);
}

AGREE_MODEL_SIZE(Scenario, 128);
template <class IO>
void fields(IO& io, Scenario& s) {
  io(s.id, s.title, s.events, s.where);
}

AGREE_MODEL_SIZE(Expectation, 304);
template <class IO>
void fields(IO& io, Expectation& e) {
  io(e.kind, e.scenario, e.scenarioFile, e.scenarioPath, e.party, e.date, e.articles, e.cause, e.written,
     e.claimWritten, e.where);
}

AGREE_MODEL_SIZE(Agreement::Signature, 96);
template <class IO>
void fields(IO& io, Agreement::Signature& s) {
  io(s.party, s.day, s.month, s.place);
}

// The id indexes (private) are rebuilt after reading.
AGREE_MODEL_SIZE(Agreement, 1256);
template <class IO>
void fields(IO& io, Agreement& a) {
  io(a.id, a.title, a.version, a.language, a.governingLaw, a.governingLawArticle, a.enforceable, a.enforceableArticle,
     a.signatures, a.signedOn, a.signedMonth, a.signedPlace, a.calendar, a.preamble, a.notes, a.parties, a.groups,
     a.bodies, a.eventKinds, a.articles, a.clauses, a.start, a.term, a.renewal, a.notices, a.powers, a.accession,
     a.scenarios, a.expectations, a.templates, a.sources);
}

#undef AGREE_MODEL_SIZE

namespace {

// The first bytes of every encoding, and the layout's version: a change to the lists above
// that keeps every size (a member renamed, two swapped) must raise it.
constexpr char kMagic[8] = {'a', 'g', 'r', 'e', 'e', 'm', 'b', '1'};

class Writer {
 public:
  std::string out;

  template <class... T>
  void operator()(const T&... values) {
    (put(values), ...);
  }

  void put(const std::string& s) {
    count(s.size());
    out.append(s);
  }
  void put(bool b) { out.push_back(b ? 1 : 0); }
  template <class T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) void put(T v) {
    auto wide = static_cast<std::int64_t>(v);
    char bytes[8];
    std::memcpy(bytes, &wide, 8);
    out.append(bytes, 8);
  }
  template <class E>
  requires std::is_enum_v<E>
  void put(E e) { put(static_cast<std::int64_t>(e)); }
  void put(const Date& d) { put(static_cast<std::int64_t>(d.days().time_since_epoch().count())); }
  void put(const Duration& d) { (*this)(d.count, d.unit); }
  template <class T>
  void put(const std::optional<T>& o) {
    put(o.has_value());
    if (o) put(*o);
  }
  template <class T>
  void put(const std::vector<T>& v) {
    count(v.size());
    for (const auto& item : v) put(item);
  }
  template <class A, class B>
  void put(const std::pair<A, B>& p) {
    (*this)(p.first, p.second);
  }
  template <class S>
  requires std::is_class_v<S>
  void put(const S& s) {
    fields(*this, const_cast<S&>(s));  // the writer only reads
  }

 private:
  void count(std::size_t n) { put(static_cast<std::int64_t>(n)); }
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool atEnd() const { return at_ == in_.size(); }

  template <class... T>
  void operator()(T&... values) {
    (get(values), ...);
  }

  void get(std::string& s) {
    std::size_t n = count(1);
    if (!ok_) return;
    s.assign(in_.substr(at_, n));
    at_ += n;
  }
  void get(bool& b) {
    if (!have(1)) return;
    unsigned char c = static_cast<unsigned char>(in_[at_++]);
    if (c > 1) ok_ = false;
    b = c == 1;
  }
  template <class T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) void get(T& v) { v = static_cast<T>(wide()); }
  template <class E>
  requires std::is_enum_v<E>
  void get(E& e) { e = static_cast<E>(wide()); }
  void get(Date& d) {
    std::int64_t days = wide();
    auto date = Date::fromDays(std::chrono::sys_days(std::chrono::days(days)));
    if (date < Date::min() || date > Date::max() || date.days().time_since_epoch().count() != days) ok_ = false;
    d = date;
  }
  void get(Duration& d) { (*this)(d.count, d.unit); }
  template <class T>
  void get(std::optional<T>& o) {
    bool has = false;
    get(has);
    if (!ok_ || !has) return o.reset();
    T value{};
    get(value);
    o = std::move(value);
  }
  template <class T>
  void get(std::vector<T>& v) {
    std::size_t n = count(1);  // every item takes at least a byte: a count cannot outrun the input
    v.clear();
    if (!ok_) return;
    v.reserve(n);
    for (std::size_t k = 0; k < n && ok_; ++k) {
      T item{};
      get(item);
      v.push_back(std::move(item));
    }
  }
  template <class A, class B>
  void get(std::pair<A, B>& p) {
    (*this)(p.first, p.second);
  }
  template <class S>
  requires std::is_class_v<S>
  void get(S& s) { fields(*this, s); }

 private:
  bool have(std::size_t n) {
    if (!ok_ || in_.size() - at_ < n) ok_ = false;
    return ok_;
  }
  std::int64_t wide() {
    if (!have(8)) return 0;
    std::int64_t v = 0;
    std::memcpy(&v, in_.data() + at_, 8);
    at_ += 8;
    return v;
  }
  // A length or a number of items, each taking at least `unit` bytes of what is left.
  std::size_t count(std::size_t unit) {
    std::int64_t n = wide();
    if (n < 0 || static_cast<std::uint64_t>(n) > (in_.size() - at_) / unit) ok_ = false;
    return ok_ ? static_cast<std::size_t>(n) : 0;
  }

  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string encodeAgreement(const Agreement& agreement) {
  Writer w;
  w.out.append(kMagic, sizeof kMagic);
  w.put(agreement);
  return std::move(w.out);
}

std::optional<Agreement> decodeAgreement(std::string_view bytes) {
  if (bytes.size() < sizeof kMagic || bytes.compare(0, sizeof kMagic, std::string_view(kMagic, sizeof kMagic)) != 0)
    return std::nullopt;
  Reader r(bytes.substr(sizeof kMagic));
  Agreement a;
  r.get(a);
  if (!r.ok() || !r.atEnd()) return std::nullopt;
  a.indexIds();
  return a;
}

}  // namespace agree::model
