#include "extract/aho_corasick.h"

#include <algorithm>
#include <deque>

namespace inmaek::extract {

void AhoCorasick::add(std::string_view pattern, std::uint32_t index) {
  if (pattern.empty() || frozen_) return;
  std::int32_t cur = 0;
  for (unsigned char c : pattern) {
    auto& kids = children_[static_cast<std::size_t>(cur)];
    auto it = std::lower_bound(kids.begin(), kids.end(), c, [](const auto& k, unsigned char b) { return k.first < b; });
    if (it != kids.end() && it->first == c) {
      cur = it->second;
      continue;
    }
    const auto n = static_cast<std::int32_t>(children_.size());
    kids.insert(it, {c, n});
    children_.emplace_back();
    out_.push_back(-1);
    cur = n;
  }
  if (lengths_.size() <= index) lengths_.resize(index + 1, 0);
  lengths_[index] = static_cast<std::uint32_t>(pattern.size());
  outputs_.push_back({index, out_[static_cast<std::size_t>(cur)]});
  out_[static_cast<std::size_t>(cur)] = static_cast<std::int32_t>(outputs_.size() - 1);
}

void AhoCorasick::freeze() {
  if (frozen_) return;
  frozen_ = true;
  // Byte classes: one per byte that occurs in a pattern, 0 for all others.
  std::array<bool, 256> used{};
  for (const auto& kids : children_)
    for (const auto& [c, n] : kids) used[c] = true;
  classes_ = 1;
  for (int c = 0; c < 256; ++c) class_of_[static_cast<std::size_t>(c)] = used[static_cast<std::size_t>(c)] ? static_cast<std::uint8_t>(classes_++) : 0;
  const std::size_t nodes = children_.size();
  const std::size_t k = classes_;
  delta_.assign(nodes * k, 0);
  std::vector<std::int32_t> fail(nodes, 0);
  // Breadth-first: a node's row is its failure node's row with its own children on top.
  std::deque<std::int32_t> queue;
  for (const auto& [c, n] : children_[0]) {
    delta_[class_of_[c]] = n;
    queue.push_back(n);
  }
  while (!queue.empty()) {
    const auto u = static_cast<std::size_t>(queue.front());
    queue.pop_front();
    const auto f = static_cast<std::size_t>(fail[u]);
    std::copy_n(delta_.begin() + static_cast<std::ptrdiff_t>(f * k), k, delta_.begin() + static_cast<std::ptrdiff_t>(u * k));
    for (const auto& [c, v] : children_[u]) {
      const std::int32_t fv = delta_[f * k + class_of_[c]];
      fail[static_cast<std::size_t>(v)] = fv;
      delta_[u * k + class_of_[c]] = v;
      // Append the failure state's outputs to this node's chain.
      std::int32_t& head = out_[static_cast<std::size_t>(v)];
      if (head < 0) {
        head = out_[static_cast<std::size_t>(fv)];
      } else {
        std::int32_t o = head;
        while (outputs_[static_cast<std::size_t>(o)].next >= 0) o = outputs_[static_cast<std::size_t>(o)].next;
        outputs_[static_cast<std::size_t>(o)].next = out_[static_cast<std::size_t>(fv)];
      }
      queue.push_back(v);
    }
  }
  children_.clear();
  children_.shrink_to_fit();
}

std::vector<AhoCorasick::Hit> AhoCorasick::find_all(std::string_view text) const {
  std::vector<Hit> hits;
  if (!frozen_ || outputs_.empty()) return hits;
  const std::int32_t* delta = delta_.data();
  const std::int32_t* out = out_.data();
  const std::size_t k = classes_;
  std::size_t state = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    state = static_cast<std::size_t>(delta[state * k + class_of_[static_cast<unsigned char>(text[i])]]);
    for (std::int32_t o = out[state]; o >= 0; o = outputs_[static_cast<std::size_t>(o)].next) {
      const std::uint32_t p = outputs_[static_cast<std::size_t>(o)].pattern;
      const auto end = static_cast<std::uint32_t>(i + 1);
      hits.push_back({end - lengths_[p], end, p});
    }
  }
  return hits;
}

}  // namespace inmaek::extract
