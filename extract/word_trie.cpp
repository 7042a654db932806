#include "extract/word_trie.h"

#include <algorithm>
#include <map>
#include <utility>

namespace inmaek::extract {

WordTrie::WordTrie(const std::vector<std::string_view>& entries, Direction direction) : direction_(direction) {
  auto byte_at = [direction](std::string_view w, std::size_t k) {
    return static_cast<unsigned char>(direction == Direction::Prefix ? w[k] : w[w.size() - 1 - k]);
  };
  for (std::string_view w : entries)
    for (std::size_t k = 0; k < w.size(); ++k) {
      std::uint16_t& cls = class_of_[byte_at(w, k)];
      if (cls == 0) cls = static_cast<std::uint16_t>(classes_++);
    }
  // Build with sparse children, then lay the transitions out densely.
  std::vector<std::map<std::uint16_t, std::int32_t>> children(1);
  std::vector<std::pair<std::int32_t, std::uint32_t>> ends;  // (node, entry index)
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const std::string_view w = entries[i];
    std::int32_t node = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
      const std::uint16_t cls = class_of_[byte_at(w, k)];
      auto [it, added] = children[static_cast<std::size_t>(node)].emplace(cls, static_cast<std::int32_t>(children.size()));
      if (added) children.emplace_back();
      node = it->second;
    }
    ends.emplace_back(node, i);
  }
  nodes_.resize(children.size());
  next_.assign(children.size() * classes_, -1);
  for (std::size_t n = 0; n < children.size(); ++n)
    for (const auto& [cls, to] : children[n]) next_[n * classes_ + cls] = to;
  std::stable_sort(ends.begin(), ends.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [node, index] : ends) {
    Node& nd = nodes_[static_cast<std::size_t>(node)];
    if (nd.entry_count == 0) nd.first_entry = static_cast<std::int32_t>(entries_.size());
    ++nd.entry_count;
    entries_.push_back(index);
  }
}

}  // namespace inmaek::extract
