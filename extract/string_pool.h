#pragma once
// Strings stored once and named by a small index: repeated names, sources, rules and evidence
// sentences cost one copy however often they recur, and the graph's evidence shares that copy
// (graph/shared_text.h).
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

#include "graph/shared_text.h"

namespace inmaek::extract {

class StringPool {
 public:
  // The index of `s`, adding it when new. Indexes are dense, in order of first interning.
  std::uint32_t intern(std::string_view s) { return intern(s, [&] { return SharedText(s); }); }
  // The same; a new text is kept by sharing its buffer, not copied.
  std::uint32_t intern_shared(const SharedText& s) { return intern(s.view(), [&] { return s; }); }
  // Requires i < size().
  const std::string& operator[](std::uint32_t i) const { return strings_[i].str(); }
  // The stored text itself, to share.
  const SharedText& shared(std::uint32_t i) const { return strings_[i]; }
  std::size_t size() const { return strings_.size(); }
  // Forgets every string (texts shared elsewhere live on there).
  void clear() {
    index_.clear();
    strings_.clear();
  }

 private:
  template <class Make>
  std::uint32_t intern(std::string_view s, Make make) {
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.push_back(make());
    index_.emplace(strings_.back().view(), id);  // the text never moves
    return id;
  }

  std::deque<SharedText> strings_;
  std::unordered_map<std::string_view, std::uint32_t> index_;
};

}  // namespace inmaek::extract
