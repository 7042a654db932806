#pragma once
// Where a graph keeps its evidence sentences: append-only texts named by (offset, size), so that
// a large graph keeps 12 bytes per sentence in its records (issue 5). MemoryTextStore keeps
// them in memory; the tool spills them to a temporary file (tools/file_text_store.h).
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

namespace inmaek {

// A text in a TextStore. The empty text is {0, 0} in every store.
struct TextRef {
  std::uint64_t offset = 0;
  std::uint32_t size = 0;
  friend bool operator==(const TextRef&, const TextRef&) = default;
};

// Implementations are thread safe: appends and reads may come from several threads.
class TextStore {
 public:
  virtual ~TextStore() = default;
  // Appends `text`; std::length_error for a text of 4 GiB or more.
  virtual TextRef append(std::string_view text) = 0;
  // The text `ref` names, into `out`. Requires a ref returned by this store's append().
  virtual void read(TextRef ref, std::string& out) const = 0;
  std::string read(TextRef ref) const {
    std::string out;
    read(ref, out);
    return out;
  }
  // The total size of the texts appended.
  virtual std::uint64_t bytes() const = 0;
};

class MemoryTextStore final : public TextStore {
 public:
  TextRef append(std::string_view text) override;
  void read(TextRef ref, std::string& out) const override;
  using TextStore::read;
  std::uint64_t bytes() const override;

 private:
  mutable std::mutex mu_;
  std::string texts_;
};

}  // namespace inmaek
