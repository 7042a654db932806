#pragma once
// A byte-level Aho-Corasick automaton: finds every occurrence of many patterns in one pass.
// Build once, then share the const automaton between threads.
#include <cstdint>
#include <string_view>
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
  struct Node {
    std::int32_t next[256];
    std::int32_t fail = 0;
    std::int32_t out = -1;       // first output index in outputs_ chain
  };
  struct Output {
    std::uint32_t pattern;
    std::int32_t next;  // next output in the chain, -1 at the end
  };
  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::vector<Output> outputs_;
  std::vector<std::uint32_t> lengths_;  // by pattern index
  bool frozen_ = false;

  std::int32_t new_node();
};

}  // namespace inmaek::extract
