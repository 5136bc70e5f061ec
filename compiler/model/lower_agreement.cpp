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
        sink_.error(diag::Code::DuplicateHeader, h.id.span, "a second `agreement` header")
            .secondary.push_back({header->id.span, "the first header"});
        continue;
      }
      header = &h;
    }
  }
  if (!header) {
    sink_.error(diag::Code::MissingHeader, source::Span{files[0]->file, 0, 0},
                "this file has no `agreement` header")
        .help = "start the file with `agreement <id> { title \"...\" }`";
    return std::nullopt;
  }
  headerSpan_ = header->id.span;
  lowerHeader(*header, out);

  out.eventKinds = builtInEventKinds();
  for (const auto* f : files) {
    for (const auto& e : f->eventKinds) {
      if (knownEventKind(e.id.text, out)) {
        sink_.error(diag::Code::DuplicateEventKind, e.id.span, "event kind `" + e.id.text + "` is already known")
            .help = "built-in kinds need no declaration; give a new kind a name of its own";
        continue;
      }
      std::string label = e.label ? e.label->value : "";
      if (e.label) {
        // Two kinds with one label would make answers ambiguous.
        for (const auto& k : out.eventKinds) {
          if (eventKindLabel(out, k.id) != label) continue;
          sink_.error(diag::Code::DuplicateEventLabel, e.label->span,
                      "the label \"" + label + "\" already names event kind `" + k.id + "`")
              .help = "give each event kind a label of its own";
          label.clear();
          break;
        }
      }
      out.eventKinds.push_back(EventKind{e.id.text, e.description ? e.description->value : "", false, label});
    }
  }

  lowerParties(files, out);
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
        sink_.error(diag::Code::DuplicateScenario, s.id.span, "a second scenario named `" + s.id.text + "`")
            .secondary.push_back({it->second, "the first one"});
        continue;
      }
      if (auto lowered = lowerScenario(s, out)) out.scenarios.push_back(std::move(*lowered));
    }
  }
  if (sink_.hasErrors()) return std::nullopt;
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
  if (h.signed_) out.signedOn = h.signed_->value;
  if (h.signedMonth) out.signedMonth = h.signedMonth->value;
  if (h.signed_ && h.signedMonth) {
    sink_.error(diag::Code::DuplicateField, h.signedMonth->span, "the signing is given twice, as a day and as a month")
        .secondary.push_back({h.signed_->span, "the day"});
  }
  if (h.signedPlace) out.signedPlace = h.signedPlace->value;
  if (h.calendar) {
    out.calendar = h.calendar->value;
    if (out.calendar != "nl-atw") {
      sink_.error(diag::Code::UnknownForm, h.calendar->span, "no working-day calendar is called `" + out.calendar + "`")
          .help = "the calendars in stdlib/calendars: nl-atw";
    }
  }
  for (const auto& p : h.preamble) out.preamble.push_back(p.value);
  for (const auto& n : h.notes) out.notes.push_back(n.value);
}

}  // namespace agree::model
