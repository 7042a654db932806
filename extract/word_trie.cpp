#include "extract/word_trie.h"

#include <algorithm>
#include <utility>

namespace inmaek::extract {

WordTrie::WordTrie(const std::vector<std::string_view>& entries, Direction direction)
    : direction_(direction), nodes_(1) {
  std::vector<std::pair<std::int32_t, std::uint32_t>> ends;  // (node, entry index)
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const std::string_view w = entries[i];
    std::int32_t node = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
      const unsigned char c = static_cast<unsigned char>(direction == Direction::Prefix ? w[k] : w[w.size() - 1 - k]);
      std::int32_t next = child(node, c);
      if (next < 0) {
        next = static_cast<std::int32_t>(nodes_.size());
        Node fresh;
        fresh.byte = c;
        fresh.next_sibling = nodes_[static_cast<std::size_t>(node)].first_child;
        nodes_.push_back(fresh);
        nodes_[static_cast<std::size_t>(node)].first_child = next;
      }
      node = next;
    }
    ends.emplace_back(node, i);
  }
  std::stable_sort(ends.begin(), ends.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [node, index] : ends) {
    Node& nd = nodes_[static_cast<std::size_t>(node)];
    if (nd.entry_count == 0) nd.first_entry = static_cast<std::int32_t>(entries_.size());
    ++nd.entry_count;
    entries_.push_back(index);
  }
}

bool WordTrie::matches_any(std::string_view word) const {
  bool any = false;
  for_each_match(word, [&](std::uint32_t) { any = true; });
  return any;
}

}  // namespace inmaek::extract
