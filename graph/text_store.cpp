#include "graph/text_store.h"

#include <cstring>
#include <limits>
#include <stdexcept>

namespace inmaek {

TextRef MemoryTextStore::append(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("TextStore: text of 4 GiB or more");
  std::lock_guard lock(mu_);
  const TextRef ref{texts_.size(), static_cast<std::uint32_t>(text.size())};
  texts_.append(text);
  return ref;
}

void MemoryTextStore::read(TextRef ref, std::string& out) const {
  out.resize(ref.size);
  if (ref.size == 0) return;
  std::lock_guard lock(mu_);
  if (ref.offset + ref.size > texts_.size()) throw std::out_of_range("TextStore: no such text");
  std::memcpy(out.data(), texts_.data() + ref.offset, ref.size);
}

std::uint64_t MemoryTextStore::bytes() const {
  std::lock_guard lock(mu_);
  return texts_.size();
}

}  // namespace inmaek
