#include "explain/phrase.h"

#include <cctype>

namespace agree::explain {

std::string joinList(const std::vector<std::string>& items, const std::string& andWord) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " " + andWord + " " : ", ";
    out += items[i];
  }
  return out;
}

std::string capitalized(std::string text) {
  if (!text.empty() && std::islower(static_cast<unsigned char>(text[0]))) {
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  }
  return text;
}

std::string partyName(const model::Agreement& agreement, const std::string& id) {
  const model::Party* p = agreement.findParty(id);
  if (!p) return id;
  if (!p->shortName.empty()) return p->shortName;
  return p->name.empty() ? id : p->name;
}

std::string bodyName(const model::Agreement& agreement, const std::string& id) {
  const model::Body* b = agreement.findBody(id);
  return b && !b->name.empty() ? b->name : id;
}

model::Date dayBefore(model::Date date) { return date.plusDays(-1); }

namespace {
bool numbered(const std::string& id) { return !id.empty() && std::isdigit(static_cast<unsigned char>(id[0])); }
}  // namespace

std::string clauseLabel(const std::string& id, const std::string& prefix) {
  return numbered(id) ? prefix + " " + id : id;
}

std::string clauseList(const std::vector<std::string>& ids, const std::string& prefix, const std::string& andWord) {
  std::vector<std::string> items;
  bool commas = false;
  for (const auto& id : ids) {
    items.push_back(items.empty() ? clauseLabel(id, prefix) : id);
    commas = commas || id.find(',') != std::string::npos;
  }
  if (!commas) return joinList(items, andWord);
  // "Bijlage 2, 3.3" holds a comma itself: the list is kept apart by semicolons.
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " " + andWord + " " : "; ";
    out += items[i];
  }
  return out;
}

}  // namespace agree::explain
