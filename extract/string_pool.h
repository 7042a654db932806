#pragma once
// Strings stored once and named by a small index: repeated names, sources, rules and evidence
// sentences cost one copy however often they recur.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace inmaek::extract {

class StringPool {
 public:
  // The index of `s`, adding it when new. Indexes are dense, in order of first interning.
  std::uint32_t intern(std::string_view s) {
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(s);
    index_.emplace(strings_.back(), id);  // a deque never moves its elements
    return id;
  }
  // Requires i < size().
  const std::string& operator[](std::uint32_t i) const { return strings_[i]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, std::uint32_t> index_;
};

}  // namespace inmaek::extract
