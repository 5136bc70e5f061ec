// Clause templates: collected from every compiled file, checked once where they are declared,
// and expanded into each clause that uses them, before the clause is lowered like any other.
#include <algorithm>

#include "model/lowering.h"

namespace agree::model {

namespace {

using Type = ast::TemplateParam::Type;

const char* typeName(Type t) {
  switch (t) {
    case Type::Duration: return "duration";
    case Type::Holders: return "holders";
    case Type::Event: return "event";
    case Type::Form: return "form";
    case Type::Clause: return "clause";
  }
  return "duration";
}

// Calls back on every place of a clause where a template may put a parameter: durations,
// holder lists, event kinds and forms. C is ast::Clause, const or not.
template <typename C, typename OnDuration, typename OnHolders, typename OnName, typename OnClause>
void forEachParamSite(C& c, OnDuration&& onDuration, OnHolders&& onHolders, OnName&& onName, OnClause&& onClause) {
  if (c.holders) onHolders(*c.holders);
  if (c.counterparty) onHolders(*c.counterparty);
  if (c.start && c.start->event) onName(*c.start->event, Type::Event);
  if (c.term) {
    if (c.term->duration) onDuration(*c.term->duration);
    if (c.term->untilEvent) onName(*c.term->untilEvent, Type::Event);
  }
  if (c.renew) {
    onDuration(c.renew->every);
    if (c.renew->event) onName(c.renew->event->kind, Type::Event);
  }
  for (auto& n : c.notices) {
    onDuration(n.period);
    onHolders(n.by);
    if (n.form) onName(*n.form, Type::Form);
  }
  for (auto& p : c.powers) {
    if (p.notice) onDuration(*p.notice);
    if (p.form) onName(*p.form, Type::Form);
    if (p.trigger) {
      if (p.trigger->kind == ast::Trigger::Kind::Event) onName(p.trigger->event.kind, Type::Event);
      if (p.trigger->period) onDuration(*p.trigger->period);
      if (p.trigger->within) onDuration(*p.trigger->within);
    }
  }
  if (c.survives && c.survives->period) onDuration(*c.survives->period);
  if (c.appliesFor) onDuration(*c.appliesFor);
  for (auto& s : c.survivalOf) {
    if (s.period) onDuration(*s.period);
    for (auto& ref : s.clauses) onClause(ref);
  }
  for (auto& d : c.deadlines) {
    if (d.duration) onDuration(*d.duration);
    if (d.event) onName(*d.event, Type::Event);
  }
  for (auto& r : c.recurrences) {
    if (r.delay) onDuration(*r.delay);
  }
  for (auto& cap : c.caps) onName(cap.event, Type::Event);
  for (auto& i : c.instances) {
    onDuration(i.maxLength);
    if (i.extensionLength) onDuration(*i.extensionLength);
    onName(i.startEvent, Type::Event);
  }
}

std::string holdersText(const std::vector<ast::Holder>& holders) {
  std::string out;
  for (const auto& h : holders) {
    if (!out.empty()) out += ", ";
    switch (h.kind) {
      case ast::Holder::Kind::EachParty: out += "each party"; break;
      case ast::Holder::Kind::AllParties: out += "all parties"; break;
      case ast::Holder::Kind::OtherParty: out += "other party"; break;
      case ast::Holder::Kind::EventParty: out += "party of event"; break;
      case ast::Holder::Kind::EachOfGroup: out += "each of " + h.name->text; break;
      case ast::Holder::Kind::Named:
      case ast::Holder::Kind::Param: out += h.name->text; break;
      case ast::Holder::Kind::Decision: {
        const auto& d = *h.decision;
        out += "decision of " + h.name->text + " by " +
               (d.threshold == ast::DecisionRule::Threshold::Majority ? std::string("majority")
                : d.threshold == ast::DecisionRule::Threshold::Unanimity
                    ? std::string("unanimity")
                    : std::to_string(d.numerator) + "/" + std::to_string(d.denominator));
        for (std::size_t i = 0; i < d.including.size(); ++i) out += (i ? ", " : " including ") + d.including[i].text;
        break;
      }
    }
  }
  return out;
}

std::string valueText(const ast::TemplateValue& v) {
  if (v.clause) return v.clause->id;
  return v.duration ? v.duration->value.text() : holdersText(v.holders);
}

// What a value written at `v` can stand for: a duration, holders, or a single name (an event
// kind or a form is written as a name, so it is also a one-element holder list).
bool fits(const ast::TemplateValue& v, Type t) {
  switch (t) {
    case Type::Duration: return v.duration.has_value();
    case Type::Holders: return !v.holders.empty();
    case Type::Event:
    case Type::Form: return v.holders.size() == 1 && v.holders[0].kind == ast::Holder::Kind::Named;
    case Type::Clause: return v.clause.has_value() && !v.clause->id.empty();
  }
  return false;
}

diag::Text expectedText(Type t) {
  switch (t) {
    case Type::Duration: return {"a duration such as `3 months`", "een duur zoals `3 maanden`"};
    case Type::Holders:
      return {"holders such as `each party` or a party's name",
              "houders zoals `iedere partij` of de naam van een partij"};
    case Type::Event: return {"the name of an event kind", "de naam van een soort gebeurtenis"};
    case Type::Form: return {"a form such as `writing`", "een vorm zoals `schriftelijk`"};
    case Type::Clause: return {"a clause id such as `8.1`", "een bepalingsnummer zoals `8.1`"};
  }
  return {};
}

// A parameter's type in messages: its keyword in each language (`duration`, `duur`).
diag::Text typeText(Type t) {
  switch (t) {
    case Type::Duration: return {"duration", "duur"};
    case Type::Holders: return {"holders", "gehouden"};
    case Type::Event: return {"event", "gebeurtenis"};
    case Type::Form: return {"form", "vorm"};
    case Type::Clause: return {"clause", "bepaling"};
  }
  return {"duration", "duur"};
}

}  // namespace

void Lowering::collectTemplates(const std::vector<const ast::File*>& files, Agreement& out) {
  for (const auto* f : files) {
    for (const auto& t : f->templates) {
      auto [it, fresh] = templates_.emplace(t.name.text, &t);
      if (!fresh) {
        sink_
            .error(diag::Code::DuplicateTemplate, t.name.span,
                   {"a second template named `" + t.name.text + "`",
                    "een tweede sjabloon met de naam `" + t.name.text + "`"})
            .secondary.push_back({it->second->name.span, {"the first one", "het eerste"}});
        continue;
      }
      Template record{t.name.text, lowerKind(t.body.kind), {}, t.body.text ? t.body.text->value : "",
                      {},          ref(t.name.span)};
      for (const auto& n : t.body.notes) record.notes.push_back(n.value);
      std::map<std::string, const ast::TemplateParam*> params;
      for (const auto& p : t.params) {
        if (!params.emplace(p.name.text, &p).second) {
          sink_.error(diag::Code::DuplicateTemplate, p.name.span,
                      {"template `" + t.name.text + "` has two parameters named `" + p.name.text + "`",
                       "sjabloon `" + t.name.text + "` heeft twee parameters met de naam `" + p.name.text + "`"});
        }
        if (p.defaultValue && !fits(*p.defaultValue, p.type)) {
          sink_.error(diag::Code::TemplateArgumentType, p.defaultValue->span,
                      diag::Text{"the default of `" + p.name.text + "` must be ",
                                 "de standaardwaarde van `" + p.name.text + "` moet "} +
                          expectedText(p.type) + diag::Text{"", " zijn"});
        }
        record.params.push_back(
            TemplateParam{p.name.text, typeName(p.type), p.defaultValue ? valueText(*p.defaultValue) : ""});
      }
      // Every `$name` in the body must be a parameter of the right type.
      auto check = [&](const std::string& written, source::Span where, Type type) {
        auto pit = params.find(written.substr(1));
        if (pit == params.end()) {
          std::vector<std::string> names;
          for (const auto& [n, p] : params) names.push_back("$" + n);
          sink_
              .error(diag::Code::UnknownTemplateParameter, where,
                     {"template `" + t.name.text + "` has no parameter `" + written.substr(1) + "`",
                      "sjabloon `" + t.name.text + "` heeft geen parameter `" + written.substr(1) + "`"})
              .help = suggest(written, names);
        } else if (pit->second->type != type) {
          sink_.error(
              diag::Code::TemplateArgumentType, where,
              diag::Text{"`" + written + "` is a " + typeName(pit->second->type) + ", but ",
                         "`" + written + "` is van het type " + typeText(pit->second->type).nl + ", maar hier hoort "} +
                  expectedText(type) + diag::Text{" belongs here", ""});
        }
      };
      forEachParamSite(
          t.body,
          [&](const ast::DurationLit& d) {
            if (!d.param.empty()) check(d.param, d.span, Type::Duration);
          },
          [&](const std::vector<ast::Holder>& hs) {
            for (const auto& h : hs) {
              if (h.kind == ast::Holder::Kind::Param) check(h.name->text, h.span, Type::Holders);
            }
          },
          [&](const ast::Name& n, Type type) {
            if (n.isParam()) check(n.text, n.span, type);
          },
          [&](const ast::ArticleRef& r) {
            if (r.isParam()) check(r.id, r.span, Type::Clause);
          });
      out.templates.push_back(std::move(record));
    }
  }
}

void Lowering::reportParamsOutsideTemplate(const ast::Clause& c) {
  auto report = [&](const std::string& written, source::Span where) {
    sink_
        .error(
            diag::Code::ParameterOutsideTemplate, where,
            {"`" + written + "` is a template parameter, but clause `" + c.id.id + "` is not a template",
             "`" + written + "` is een parameter van een sjabloon, maar bepaling `" + c.id.id + "` is geen sjabloon"})
        .help = {"write the value itself here, or declare a `template` and let the clause `uses` it",
                 "schrijf hier de waarde zelf, of declareer een `sjabloon` en schrijf `gebruikt` in de bepaling"};
  };
  forEachParamSite(
      c,
      [&](const ast::DurationLit& d) {
        if (!d.param.empty()) report(d.param, d.span);
      },
      [&](const std::vector<ast::Holder>& hs) {
        for (const auto& h : hs) {
          if (h.kind == ast::Holder::Kind::Param) report(h.name->text, h.span);
        }
      },
      [&](const ast::Name& n, Type) {
        if (n.isParam()) report(n.text, n.span);
      },
      [&](const ast::ArticleRef& r) {
        if (r.isParam()) report(r.id, r.span);
      });
}

std::optional<ast::Clause> Lowering::expandClause(const ast::Clause& c, Clause& record) {
  // Arguments of a use are written by the user, so a `$x` there is also out of place.
  for (const auto& arg : c.uses->args) {
    for (const auto& h : arg.value.holders) {
      if (h.kind == ast::Holder::Kind::Param) {
        sink_
            .error(diag::Code::ParameterOutsideTemplate, h.span,
                   {"`" + h.name->text + "` is a template parameter; an argument is a value",
                    "`" + h.name->text + "` is een parameter van een sjabloon; een argument is een waarde"})
            .help = {"write the value itself, e.g. `3 months` or a party's name",
                     "schrijf de waarde zelf, bijv. `3 maanden` of de naam van een partij"};
      }
    }
  }
  auto it = templates_.find(c.uses->name.text);
  if (it == templates_.end()) {
    std::vector<std::string> names;
    for (const auto& [n, t] : templates_) names.push_back(n);
    auto& d = sink_.error(
        diag::Code::UnknownTemplate, c.uses->name.span,
        {"no template is called `" + c.uses->name.text + "`", "er is geen sjabloon `" + c.uses->name.text + "`"});
    d.help = suggest(c.uses->name.text, names);
    if (d.help.empty())
      d.help = {"import the file that declares it, e.g. `import \"std:clauses/renewal.agree\"`",
                "importeer het bestand dat het declareert, bijv. `importeer \"std:clauses/renewal.agree\"`"};
    return std::nullopt;
  }
  const ast::Template& t = *it->second;
  // Bind each parameter to its argument, or its default.
  std::map<std::string, const ast::TemplateValue*> values;
  std::map<std::string, const ast::TemplateParam*> params;
  for (const auto& p : t.params) params.emplace(p.name.text, &p);
  bool ok = true;
  for (const auto& arg : c.uses->args) {
    auto pit = params.find(arg.param.text);
    if (pit == params.end()) {
      std::vector<std::string> names;
      for (const auto& p : t.params) names.push_back(p.name.text);
      auto& d = sink_.error(diag::Code::UnknownTemplateParameter, arg.param.span,
                            {"template `" + t.name.text + "` has no parameter `" + arg.param.text + "`",
                             "sjabloon `" + t.name.text + "` heeft geen parameter `" + arg.param.text + "`"});
      d.help = suggest(arg.param.text, names);
      if (d.help.empty()) {
        std::string all;
        for (const auto& n : names) all += (all.empty() ? "" : ", ") + n;
        d.notes.push_back({"its parameters: " + (all.empty() ? std::string("none") : all),
                           "parameters van het sjabloon: " + (all.empty() ? std::string("geen") : all)});
      }
      ok = false;
      continue;
    }
    if (!values.emplace(arg.param.text, &arg.value).second) {
      sink_.error(diag::Code::DuplicateTemplate, arg.param.span,
                  {"`" + arg.param.text + "` is given twice", "`" + arg.param.text + "` staat er twee keer"});
      ok = false;
      continue;
    }
    if (!fits(arg.value, pit->second->type)) {
      sink_
          .error(diag::Code::TemplateArgumentType, arg.value.span,
                 diag::Text{"`" + arg.param.text + "` must be ", "`" + arg.param.text + "` moet "} +
                     expectedText(pit->second->type) + diag::Text{"", " zijn"})
          .secondary.push_back({pit->second->span, {"the parameter", "de parameter"}});
      ok = false;
    }
  }
  for (const auto& p : t.params) {
    if (values.count(p.name.text)) continue;
    if (p.defaultValue) {
      values.emplace(p.name.text, &*p.defaultValue);
      continue;
    }
    sink_
        .error(diag::Code::MissingTemplateArgument, c.uses->span,
               {"template `" + t.name.text + "` needs a value for `" + p.name.text + "` (" + typeName(p.type) + ")",
                "sjabloon `" + t.name.text + "` heeft een waarde nodig voor `" + p.name.text + "` (" +
                    typeText(p.type).nl + ")"})
        .secondary.push_back({p.span, {"the parameter", "de parameter"}});
    ok = false;
  }
  if (!ok) return std::nullopt;

  ast::Clause x = t.body;
  forEachParamSite(
      x,
      [&](ast::DurationLit& d) {
        if (d.param.empty()) return;
        auto vit = values.find(d.param.substr(1));
        if (vit == values.end() || !vit->second->duration) return;  // reported with the template
        d = *vit->second->duration;
      },
      [&](std::vector<ast::Holder>& hs) {
        std::vector<ast::Holder> out;
        for (const auto& h : hs) {
          if (h.kind != ast::Holder::Kind::Param) {
            out.push_back(h);
            continue;
          }
          auto vit = values.find(h.name->text.substr(1));
          if (vit != values.end()) out.insert(out.end(), vit->second->holders.begin(), vit->second->holders.end());
        }
        hs = std::move(out);
      },
      [&](ast::Name& n, Type) {
        if (!n.isParam()) return;
        auto vit = values.find(n.text.substr(1));
        if (vit == values.end() || vit->second->holders.size() != 1 || !vit->second->holders[0].name) return;
        n = *vit->second->holders[0].name;
      },
      [&](ast::ArticleRef& r) {
        if (!r.isParam()) return;
        auto vit = values.find(r.id.substr(1));
        if (vit == values.end() || !vit->second->clause) return;
        r = *vit->second->clause;
      });

  // The clause's own fields join the template's; a single-valued field may be set by only one.
  x.id = c.id;
  x.span = c.span;
  x.uses = c.uses;
  if (c.text) x.text = c.text;
  x.notes = c.notes;
  // `field`: the field's keyword in each language.
  auto single = [&](auto& mine, const auto& own, const diag::Text& field, source::Span where) {
    if (!own) return;
    if (mine) {
      sink_
          .error(diag::Code::TemplateFieldConflict, where,
                 {std::string("template `") + t.name.text + "` already sets `" + field.en + "` for clause `" + c.id.id +
                      "`",
                  "sjabloon `" + t.name.text + "` legt `" + field.nl + "` al vast voor bepaling `" + c.id.id + "`"})
          .help = {"leave it out here, or give it as a parameter of the template",
                   "laat het hier weg, of maak er een parameter van het sjabloon van"};
      return;
    }
    mine = own;
  };
  const diag::Text holders{"holders", "gehouden"}, counterparty{"counterparty", "wederpartij"},
      start{"start", "aanvang"}, term{"term", "looptijd"}, renew{"renew", "verlenging"}, survives{"survives", "blijft"},
      accession{"accession", "toetreding"}, applies{"applies", "geldt"};
  single(x.holders, c.holders, holders, c.holders && !c.holders->empty() ? c.holders->front().span : c.span);
  single(x.counterparty, c.counterparty, counterparty,
         c.counterparty && !c.counterparty->empty() ? c.counterparty->front().span : c.span);
  single(x.start, c.start, start, c.start ? c.start->span : c.span);
  single(x.term, c.term, term, c.term ? c.term->span : c.span);
  single(x.renew, c.renew, renew, c.renew ? c.renew->span : c.span);
  single(x.survives, c.survives, survives, c.survives ? c.survives->span : c.span);
  single(x.accession, c.accession, accession, c.accession ? c.accession->span : c.span);
  single(x.appliesFor, c.appliesFor, applies, c.appliesFor ? c.appliesFor->span : c.span);
  single(x.appliesAfterEnd, c.appliesAfterEnd, applies, c.appliesAfterEnd ? *c.appliesAfterEnd : c.span);
  auto append = [](auto& mine, const auto& own) { mine.insert(mine.end(), own.begin(), own.end()); };
  append(x.notices, c.notices);
  append(x.powers, c.powers);
  append(x.survivalOf, c.survivalOf);
  append(x.deadlines, c.deadlines);
  append(x.recurrences, c.recurrences);
  append(x.appliesIn, c.appliesIn);
  append(x.caps, c.caps);
  append(x.instances, c.instances);

  record.templateName = t.name.text;
  for (const auto& p : t.params) {
    auto vit = values.find(p.name.text);
    if (vit != values.end()) record.templateArgs.emplace_back(p.name.text, valueText(*vit->second));
  }
  return x;
}

}  // namespace agree::model
