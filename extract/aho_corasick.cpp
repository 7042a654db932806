#include "extract/aho_corasick.h"

#include <algorithm>
#include <deque>

namespace inmaek::extract {

std::int32_t AhoCorasick::new_node() {
  nodes_.emplace_back();
  std::fill(std::begin(nodes_.back().next), std::end(nodes_.back().next), -1);
  return static_cast<std::int32_t>(nodes_.size() - 1);
}

void AhoCorasick::add(std::string_view pattern, std::uint32_t index) {
  if (pattern.empty() || frozen_) return;
  if (nodes_.size() == 1 && outputs_.empty()) std::fill(std::begin(nodes_[0].next), std::end(nodes_[0].next), -1);
  std::int32_t cur = 0;
  for (unsigned char c : pattern) {
    if (nodes_[static_cast<std::size_t>(cur)].next[c] < 0) {
      std::int32_t n = new_node();
      nodes_[static_cast<std::size_t>(cur)].next[c] = n;
    }
    cur = nodes_[static_cast<std::size_t>(cur)].next[c];
  }
  if (lengths_.size() <= index) lengths_.resize(index + 1, 0);
  lengths_[index] = static_cast<std::uint32_t>(pattern.size());
  Node& node = nodes_[static_cast<std::size_t>(cur)];
  outputs_.push_back({index, node.out});
  node.out = static_cast<std::int32_t>(outputs_.size() - 1);
}

void AhoCorasick::freeze() {
  if (frozen_) return;
  frozen_ = true;
  if (outputs_.empty()) std::fill(std::begin(nodes_[0].next), std::end(nodes_[0].next), -1);
  std::deque<std::int32_t> queue;
  Node& root = nodes_[0];
  for (int c = 0; c < 256; ++c) {
    if (root.next[c] < 0) {
      root.next[c] = 0;
    } else {
      nodes_[static_cast<std::size_t>(root.next[c])].fail = 0;
      queue.push_back(root.next[c]);
    }
  }
  while (!queue.empty()) {
    const std::int32_t u = queue.front();
    queue.pop_front();
    for (int c = 0; c < 256; ++c) {
      const std::int32_t v = nodes_[static_cast<std::size_t>(u)].next[c];
      const std::int32_t f = nodes_[static_cast<std::size_t>(nodes_[static_cast<std::size_t>(u)].fail)].next[c];
      if (v < 0) {
        nodes_[static_cast<std::size_t>(u)].next[c] = f;
        continue;
      }
      Node& nv = nodes_[static_cast<std::size_t>(v)];
      nv.fail = f;
      // Append the failure state's outputs to this node's chain.
      if (nv.out < 0) {
        nv.out = nodes_[static_cast<std::size_t>(f)].out;
      } else {
        std::int32_t o = nv.out;
        while (outputs_[static_cast<std::size_t>(o)].next >= 0) o = outputs_[static_cast<std::size_t>(o)].next;
        outputs_[static_cast<std::size_t>(o)].next = nodes_[static_cast<std::size_t>(f)].out;
      }
      queue.push_back(v);
    }
  }
}

std::vector<AhoCorasick::Hit> AhoCorasick::find_all(std::string_view text) const {
  std::vector<Hit> hits;
  if (!frozen_ || outputs_.empty()) return hits;
  std::int32_t state = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    state = nodes_[static_cast<std::size_t>(state)].next[static_cast<unsigned char>(text[i])];
    for (std::int32_t o = nodes_[static_cast<std::size_t>(state)].out; o >= 0;
         o = outputs_[static_cast<std::size_t>(o)].next) {
      const std::uint32_t p = outputs_[static_cast<std::size_t>(o)].pattern;
      const auto end = static_cast<std::uint32_t>(i + 1);
      hits.push_back({end - lengths_[p], end, p});
    }
  }
  return hits;
}

}  // namespace inmaek::extract
