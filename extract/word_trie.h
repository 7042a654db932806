#pragma once
// A byte trie over a fixed word list, for the word tables the rules consult for every token:
// which entries are prefixes of a word, or (built reversed) suffixes of it. Built once from a
// table, then shared read-only between threads.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace inmaek::extract {

class WordTrie {
 public:
  enum class Direction { Prefix, Suffix };

  // Indexes entries[i] under index i. Suffix tries match entries against the end of a word.
  WordTrie(const std::vector<std::string_view>& entries, Direction direction);

  // Calls f(index) for every entry that is a prefix (Prefix) or a suffix (Suffix) of `word`,
  // shortest first; entries of equal text in table order. An empty entry matches every word.
  template <class F>
  void for_each_match(std::string_view word, F&& f) const {
    std::int32_t node = 0;
    report(node, f);
    const std::size_t n = word.size();
    for (std::size_t k = 0; k < n; ++k) {
      const unsigned char c = static_cast<unsigned char>(direction_ == Direction::Prefix ? word[k] : word[n - 1 - k]);
      node = next_[static_cast<std::size_t>(node) * classes_ + class_of_[c]];
      if (node < 0) return;
      report(node, f);
    }
  }

 private:
  struct Node {
    std::int32_t first_entry = -1;  // into entries_, -1 when no entry ends here
    std::int32_t entry_count = 0;
  };

  template <class F>
  void report(std::int32_t node, F& f) const {
    const Node& nd = nodes_[static_cast<std::size_t>(node)];
    for (std::int32_t e = 0; e < nd.entry_count; ++e) f(entries_[static_cast<std::size_t>(nd.first_entry + e)]);
  }

  Direction direction_;
  std::vector<Node> nodes_;
  std::vector<std::uint32_t> entries_;  // entry indices grouped by node, table order within a node
  // Dense transitions over byte classes (bytes in no entry share class 0): node * classes_ + class
  // -> next node, -1 for none.
  std::array<std::uint16_t, 256> class_of_{};
  std::size_t classes_ = 1;
  std::vector<std::int32_t> next_;
};

}  // namespace inmaek::extract
