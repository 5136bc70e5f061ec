#include <map>

#include "model/lowering.h"

namespace agree::model {

std::optional<Agreement> Lowering::lowerAgreement(const std::vector<const ast::File*>& files) {
  Agreement out;
  for (const auto* f : files) out.sources.push_back(sources_.file(f->file).path());

  // The header: exactly one, in the main file or an imported one.
  const ast::Header* header = nullptr;
  for (const auto* f : files) {
    for (const auto& h : f->headers) {
      if (header) {
        sink_
            .error(diag::Code::DuplicateHeader, h.id.span,
                   {"a second `agreement` header", "een tweede `overeenkomst`-kop"})
            .secondary.push_back({header->id.span, {"the first header", "de eerste kop"}});
        continue;
      }
      header = &h;
    }
  }
  if (!header) {
    sink_
        .error(diag::Code::MissingHeader, source::Span{files[0]->file, 0, 0},
               {"this file has no `agreement` header", "dit bestand heeft geen `overeenkomst`-kop"})
        .help = {"start the file with `agreement <id> { title \"...\" }`",
                 "begin het bestand met `overeenkomst <id> { titel \"...\" }`"};
    return std::nullopt;
  }
  headerSpan_ = header->id.span;
  lowerHeader(*header, out);

  out.eventKinds = builtInEventKinds();
  for (const auto* f : files) {
    for (const auto& e : f->eventKinds) {
      if (knownEventKind(e.id.text, out)) {
        sink_
            .error(diag::Code::DuplicateEventKind, e.id.span,
                   {"event kind `" + e.id.text + "` is already known",
                    // A built-in kind as the Dutch file wrote it: the parser gave the model its English id.
                    "het soort gebeurtenis `" + eventKindText(e.id.text).nl + "` is al bekend"})
            .help = {"built-in kinds need no declaration; give a new kind a name of its own",
                     "een ingebouwd soort hoeft niet gedeclareerd te worden; geef een nieuw soort een eigen naam"};
        continue;
      }
      std::string label = e.label ? e.label->value : "";
      if (e.label) {
        // Two kinds with one label would make answers ambiguous.
        for (const auto& k : out.eventKinds) {
          if (eventKindLabel(out, k.id) != label) continue;
          sink_
              .error(diag::Code::DuplicateEventLabel, e.label->span,
                     diag::Text{"the label \"" + label + "\" already names event kind `",
                                "de benaming \"" + label + "\" is al die van het soort gebeurtenis `"} +
                         eventKindText(k.id) + diag::Text::same("`"))
              .help = {"give each event kind a label of its own", "geef elk soort gebeurtenis een eigen benaming"};
          label.clear();
          break;
        }
      }
      out.eventKinds.push_back(EventKind{e.id.text, e.description ? e.description->value : "", false, label});
    }
  }

  lowerParties(files, out);
  out.indexIds();
  lowerSignatures(*header, out);
  collectTemplates(files, out);
  lowerArticles(files, out);
  lowerSurvival(files, out);
  if (!sink_.hasErrors()) checkTerm(out);

  // Scenarios written in the agreement's files.
  std::map<std::string, source::Span> seen;
  for (const auto* f : files) {
    for (const auto& s : f->scenarios) {
      auto [it, fresh] = seen.emplace(s.id.text, s.id.span);
      if (!fresh) {
        sink_
            .error(
                diag::Code::DuplicateScenario, s.id.span,
                {"a second scenario named `" + s.id.text + "`", "een tweede scenario met de naam `" + s.id.text + "`"})
            .secondary.push_back({it->second, {"the first one", "het eerste"}});
        continue;
      }
      if (auto lowered = lowerScenario(s, out)) out.scenarios.push_back(std::move(*lowered));
    }
  }
  lowerExpectations(files, out);
  if (sink_.hasErrors()) return std::nullopt;
  out.indexIds();
  return out;
}

void Lowering::lowerHeader(const ast::Header& h, Agreement& out) {
  out.id = h.id.text;
  if (h.title) out.title = h.title->value;
  if (h.version) out.version = h.version->value;
  if (h.language) out.language = h.language->value;
  if (h.governingLaw) out.governingLaw = h.governingLaw->value;
  if (h.governingLawArticle) out.governingLawArticle = h.governingLawArticle->id;
  out.enforceable = h.enforceable;
  if (h.enforceableArticle) out.enforceableArticle = h.enforceableArticle->id;
  if (h.calendar) {
    out.calendar = h.calendar->value;
    if (out.calendar != "nl-atw") {
      sink_
          .error(diag::Code::UnknownForm, h.calendar->span,
                 {"no working-day calendar is called `" + out.calendar + "`",
                  "er is geen werkdagenkalender `" + out.calendar + "`"})
          .help = {"the calendars in stdlib/calendars: nl-atw", "de kalenders in stdlib/calendars: nl-atw"};
    }
  }
  for (const auto& p : h.preamble) out.preamble.push_back(p.value);
  for (const auto& n : h.notes) out.notes.push_back(n.value);
}

// One signature for all, or one per party (`signed D by P`): the agreement is concluded when
// the last party signs, so the latest signature is the signing.
void Lowering::lowerSignatures(const ast::Header& h, Agreement& out) {
  const ast::Signature* first = nullptr;
  std::map<std::string, source::Span> byParty;
  for (const auto& s : h.signatures) {
    Agreement::Signature sig;
    if (s.day) sig.day = s.day->value;
    if (s.month) sig.month = s.month->value;
    if (s.place) sig.place = s.place->value;
    if (first && (!s.by || !first->by)) {
      auto& d = sink_.error(diag::Code::SignaturesConflict, s.span,
                            s.by || first->by
                                ? diag::Text{"a signature for all parties cannot stand beside signatures per party",
                                             "een ondertekening voor alle partijen kan niet naast ondertekeningen per "
                                             "partij staan"}
                                : diag::Text{"the signing is given twice", "de ondertekening staat er twee keer"});
      d.secondary.push_back({first->span, {"the first signature", "de eerste ondertekening"}});
      d.help = {"when each party signed on its own day, write one line per party: `signed 2019-03-01 by <party>`",
                "tekende elke partij op een eigen dag, schrijf dan één regel per partij: "
                "`ondertekend 2019-03-01 door <partij>`"};
      continue;
    }
    if (!first) first = &s;
    if (s.by) {
      if (!out.findParty(s.by->text)) {
        std::vector<std::string> ids;
        for (const auto& p : out.parties) ids.push_back(p.id);
        sink_
            .error(diag::Code::UnknownParty, s.by->span,
                   {"no party is called `" + s.by->text + "`", "er is geen partij `" + s.by->text + "`"})
            .help = suggest(s.by->text, ids);
        continue;
      }
      auto [it, fresh] = byParty.emplace(s.by->text, s.by->span);
      if (!fresh) {
        sink_
            .error(diag::Code::SignaturesConflict, s.by->span,
                   {"`" + s.by->text + "` signs twice", "`" + s.by->text + "` tekent twee keer"})
            .secondary.push_back({it->second, {"its first signature", "de eerste ondertekening"}});
        continue;
      }
      sig.party = s.by->text;
    }
    out.signatures.push_back(std::move(sig));
  }
  // The latest signature: a day, or a month known only as a month (then compared by its last day).
  const Agreement::Signature* last = nullptr;
  auto lastDay = [](const Agreement::Signature& s) {
    return s.day ? *s.day : time::addMonths(*s.month, 1).date.plusDays(-1);
  };
  for (const auto& s : out.signatures) {
    if (!last || lastDay(*last) < lastDay(s)) last = &s;
  }
  if (last) {
    if (last->day) out.signedOn = last->day;
    if (last->month) out.signedMonth = last->month;
    out.signedPlace = last->place;
  }
  if (!byParty.empty()) {
    for (const auto& p : out.parties) {
      if (byParty.count(p.id)) continue;
      sink_
          .warning(diag::Code::UnsignedParty, first->span,
                   {"`" + p.id + "` has no signature here; the agreement counts as signed on the last signature given",
                    "`" + p.id +
                        "` heeft hier geen ondertekening; de overeenkomst geldt als ondertekend op de dag van de "
                        "laatste ondertekening"})
          .help = {"add `signed <date> by " + p.id + "`, or one signature for all parties",
                   "voeg `ondertekend <datum> door " + p.id + "` toe, of één ondertekening voor alle partijen"};
    }
  }
}

}  // namespace agree::model
