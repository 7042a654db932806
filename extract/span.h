#pragma once
// A half-open byte range [begin, end) into some text (Text::norm unless said otherwise).
#include <cstddef>

namespace inmaek::extract {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace inmaek::extract
