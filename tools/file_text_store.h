#pragma once
// Evidence sentences of a build spilled to a temporary file in the output directory (issue 5):
// the graph keeps 12 bytes per sentence in RAM, and the writers read the texts back with pread,
// so reading all of them never makes the file resident (page cache is not the process's RSS).
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

#include "graph/text_store.h"

namespace inmaek::tools {

class FileTextStore final : public TextStore {
 public:
  // The file is made in `dir` when the first megabyte of texts is written, unnamed where the
  // file system allows (O_TMPFILE), else named and unlinked at once: nothing is left behind,
  // even after SIGKILL. append() and read() throw IoError naming `dir` when it cannot be made,
  // written or read.
  explicit FileTextStore(std::string dir);
  ~FileTextStore() override;
  FileTextStore(const FileTextStore&) = delete;
  FileTextStore& operator=(const FileTextStore&) = delete;

  TextRef append(std::string_view text) override;
  void read(TextRef ref, std::string& out) const override;
  using TextStore::read;
  std::uint64_t bytes() const override;
  // Whether the file has been made (there were enough texts).
  bool has_file() const;

 private:
  void flush_locked() const;  // writes the pending buffer, making the file if needed

  std::string dir_;
  mutable std::mutex mu_;
  mutable int fd_ = -1;
  mutable std::string pending_;        // appended, not yet written
  mutable std::uint64_t written_ = 0;  // bytes in the file (pending_ starts there)
};

}  // namespace inmaek::tools
