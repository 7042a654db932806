#pragma once
// Append-only storage of texts named by (offset, size): in memory, or spilled to an unnamed
// temporary file so that a large graph keeps only 12 bytes per evidence sentence in RAM
// (issue 5). Reads copy the text out (pread for the file), so reading every text of a large
// store, in any order, does not make the store resident.
#include <cstddef>
#include <cstdint>
#include <memory>
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

class TextStore {
 public:
  // Texts kept in memory.
  TextStore();
  // Texts kept in a temporary file in `dir`, made when the first megabyte of texts is written,
  // unnamed where the file system allows (O_TMPFILE), else named and unlinked at once: nothing
  // is left behind, even after SIGKILL. append() and read() throw IoError naming `dir` when
  // the file cannot be made or written.
  explicit TextStore(std::string dir);
  ~TextStore();
  TextStore(const TextStore&) = delete;
  TextStore& operator=(const TextStore&) = delete;

  // Appends `text` (thread safe). Throws IoError when the file cannot be written, and
  // std::length_error for a text of 4 GiB or more.
  TextRef append(std::string_view text);
  // The text `ref` names (thread safe; concurrent reads do not wait for each other once the
  // texts are on disk). Requires a ref returned by this store's append().
  std::string read(TextRef ref) const;
  void read(TextRef ref, std::string& out) const;

  // Whether texts go to a file (once there are enough of them).
  bool spilled() const { return file_; }
  std::uint64_t bytes() const;  // the total size of the texts appended

 private:
  void flush_locked() const;  // writes the pending buffer (file only)

  std::string dir_;
  bool file_ = false;
  mutable int fd_ = -1;
  mutable std::mutex mu_;
  mutable std::string pending_;        // file: appended, not yet written; memory: every text
  mutable std::uint64_t written_ = 0;  // file: bytes on disk (pending_ starts there)
};

}  // namespace inmaek
