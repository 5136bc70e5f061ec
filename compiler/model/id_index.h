// Positions of items by id in a vector owned elsewhere (parties, clauses, a timeline's
// members): lookups by id must not scan, or 100,000 parties make every answer quadratic.
// The index only speeds lookups up: a position is checked against the vector before it is
// trusted, and a vector the index does not fully cover (entries added behind its back,
// duplicate ids) is scanned on a miss, so an answer never differs from a scan's.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace agree::model {

class IdIndex {
 public:
  // `key`: the member that holds the id (&Party::id, &Membership::party).
  template <typename T>
  void build(const std::vector<T>& items, std::string T::*key) {
    positions_.clear();
    for (std::size_t i = 0; i < items.size(); ++i) positions_.emplace(items[i].*key, i);  // the first wins
  }

  // Records the last item of `items`, just appended.
  template <typename T>
  void addLast(const std::vector<T>& items, std::string T::*key) {
    if (!items.empty()) positions_.emplace(items.back().*key, items.size() - 1);
  }

  template <typename T>
  const T* find(const std::vector<T>& items, std::string T::*key, const std::string& id) const {
    auto it = positions_.find(id);
    if (it != positions_.end() && it->second < items.size() && items[it->second].*key == id) {
      return &items[it->second];
    }
    // Not indexed, and the index covers every item: not there.
    if (it == positions_.end() && !positions_.empty() && positions_.size() == items.size()) return nullptr;
    for (const auto& item : items)
      if (item.*key == id) return &item;
    return nullptr;
  }

 private:
  std::unordered_map<std::string, std::size_t> positions_;
};

}  // namespace agree::model
