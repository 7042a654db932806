#pragma once
// A byte-level Aho-Corasick automaton: finds every occurrence of many patterns in one pass.
// Build once, then share the const automaton between threads.
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace inmaek::extract {

class AhoCorasick {
 public:
  struct Hit {
    std::uint32_t begin;    // byte offset of the match
    std::uint32_t end;      // one past the last byte
    std::uint32_t pattern;  // index given to add()
  };

  // Adds a non-empty pattern with the caller's index. Call before freeze().
  void add(std::string_view pattern, std::uint32_t index);
  // Computes failure links and the full transition table; no add() afterwards.
  void freeze();
  // Every match in text, in order of end position (ties: longer first).
  std::vector<Hit> find_all(std::string_view text) const;
  bool empty() const { return lengths_.empty(); }

 private:
  struct Output {
    std::uint32_t pattern;
    std::int32_t next;  // next output in the chain, -1 at the end
  };
  // The trie while patterns are added: sparse children, sorted by byte.
  std::vector<std::vector<std::pair<unsigned char, std::int32_t>>> children_ =
      std::vector<std::vector<std::pair<unsigned char, std::int32_t>>>(1);
  std::vector<std::int32_t> out_ = std::vector<std::int32_t>(1, -1);  // by node: first output, -1 none
  std::vector<Output> outputs_;
  std::vector<std::uint32_t> lengths_;  // by pattern index
  // Frozen: bytes that occur in no pattern share class 0; the dense table has one row of
  // classes_ entries per node (a few hundred KB instead of 1 KB per node).
  std::array<std::uint8_t, 256> class_of_{};
  std::uint32_t classes_ = 1;
  std::vector<std::int32_t> delta_;  // node * classes_ + class -> next node
  bool frozen_ = false;
};

}  // namespace inmaek::extract
