#include "tools/file_text_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <utility>

#include "graph/error.h"

namespace inmaek::tools {
namespace {

constexpr std::size_t kFlushAt = std::size_t{1} << 20;  // pending bytes written at once

std::string why(int err) { return std::string(" (") + std::strerror(err) + ")"; }

}  // namespace

FileTextStore::FileTextStore(std::string dir) : dir_(std::move(dir)) {}

FileTextStore::~FileTextStore() {
  if (fd_ >= 0) ::close(fd_);
}

void FileTextStore::flush_locked() const {
  if (fd_ < 0) {
    fd_ = ::open(dir_.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd_ < 0) {
      const std::string name =
          (std::filesystem::path(dir_) / (".inmaek-texts." + std::to_string(::getpid()) + "." +
                                          std::to_string(reinterpret_cast<std::uintptr_t>(this))))
              .string();
      fd_ = ::open(name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd_ >= 0) ::unlink(name.c_str());
    }
    if (fd_ < 0) throw IoError(dir_ + ": cannot write a temporary text file" + why(errno));
  }
  for (std::size_t done = 0; done < pending_.size();) {
    const ssize_t n = ::pwrite(fd_, pending_.data() + done, pending_.size() - done,
                               static_cast<off_t>(written_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw IoError(dir_ + ": cannot write a temporary text file" + why(n < 0 ? errno : EIO));
    done += static_cast<std::size_t>(n);
  }
  written_ += pending_.size();
  pending_.clear();
}

TextRef FileTextStore::append(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("TextStore: text of 4 GiB or more");
  std::lock_guard lock(mu_);
  const TextRef ref{written_ + pending_.size(), static_cast<std::uint32_t>(text.size())};
  pending_.append(text);
  if (pending_.size() >= kFlushAt) flush_locked();
  return ref;
}

void FileTextStore::read(TextRef ref, std::string& out) const {
  out.resize(ref.size);
  if (ref.size == 0) return;
  {
    std::lock_guard lock(mu_);
    if (ref.offset + ref.size > written_ + pending_.size()) throw std::out_of_range("TextStore: no such text");
    if (ref.offset >= written_) {  // still in the buffer
      std::memcpy(out.data(), pending_.data() + (ref.offset - written_), ref.size);
      return;
    }
    if (ref.offset + ref.size > written_) flush_locked();  // straddles the buffer
  }
  for (std::size_t done = 0; done < ref.size;) {
    const ssize_t n = ::pread(fd_, out.data() + done, ref.size - done, static_cast<off_t>(ref.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw IoError(dir_ + ": cannot read a temporary text file" + why(n < 0 ? errno : EIO));
    done += static_cast<std::size_t>(n);
  }
}

std::uint64_t FileTextStore::bytes() const {
  std::lock_guard lock(mu_);
  return written_ + pending_.size();
}

bool FileTextStore::has_file() const {
  std::lock_guard lock(mu_);
  return fd_ >= 0;
}

}  // namespace inmaek::tools
