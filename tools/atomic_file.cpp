#include "tools/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <streambuf>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "graph/error.h"

namespace inmaek::tools {
namespace fs = std::filesystem;

namespace {

// A stream buffer over a file descriptor; remembers whether every write succeeded.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
  bool ok() const { return ok_; }
  int error() const { return errno_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    for (const char* p = pbase(); p < pptr();) {
      const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ok_ = false;
        errno_ = n < 0 ? errno : EIO;
        return false;
      }
      p += n;
    }
    setp(buf_, buf_ + sizeof buf_);
    return true;
  }

  int fd_;
  bool ok_ = true;
  int errno_ = 0;
  char buf_[1 << 16];
};

fs::path parent_of(const fs::path& p) { return p.has_parent_path() ? p.parent_path() : fs::path("."); }

// Removes `<target>.tmp.<pid>` files left by runs that were killed (their pid is gone).
void remove_stale_temporaries(const fs::path& target) {
  const std::string prefix = target.filename().string() + ".tmp.";
  std::error_code ec;
  for (fs::directory_iterator it(parent_of(target), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) continue;
    const pid_t pid = static_cast<pid_t>(std::stol(digits));
    if (pid == ::getpid() || (::kill(pid, 0) != 0 && errno == ESRCH)) {
      std::error_code ignored;
      fs::remove(it->path(), ignored);
    }
  }
}

// Copies everything in `from` (read from offset 0) to `to`.
bool copy_fd(int from, int to) {
  char buf[1 << 16];
  off_t at = 0;
  for (;;) {
    const ssize_t n = ::pread(from, buf, sizeof buf, at);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    for (ssize_t done = 0; done < n;) {
      const ssize_t w = ::write(to, buf + done, static_cast<std::size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) return false;
      done += w;
    }
    at += n;
  }
}

}  // namespace

// The data goes first to an unnamed file (O_TMPFILE), which the kernel removes if the process
// dies, so even SIGKILL leaves no half-written file. Once complete and fsync-ed it gets the
// name `path.tmp.<pid>` and is renamed over `path`. Without O_TMPFILE support the named
// temporary is written directly; stale ones from killed runs are removed on the next write.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& fill) {
  const fs::path target(path);
  remove_stale_temporaries(target);
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  auto fail = [&](const std::string& what, int err) {
    throw IoError(path + ": " + what + " (" + std::strerror(err) + ")");
  };

  int fd = ::open(parent_of(target).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  const bool anonymous = fd >= 0;
  if (!anonymous) fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) fail("cannot write", errno);
  auto discard = [&] {
    ::close(fd);
    if (!anonymous) ::unlink(tmp.c_str());
  };

  try {
    FdBuf buf(fd);
    std::ostream out(&buf);
    fill(out);
    out.flush();
    if (!out || !buf.ok()) fail("write failed (disk full?)", buf.error() ? buf.error() : EIO);
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) fail("write failed", errno);
  } catch (...) {
    discard();
    throw;
  }

  if (anonymous) {
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, tmp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      // No /proc: copy the finished data into a named temporary instead.
      const int named = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
      const bool copied = named >= 0 && copy_fd(fd, named) && ::fsync(named) == 0;
      const int err = errno;
      if (named >= 0) ::close(named);
      if (!copied) {
        ::close(fd);
        ::unlink(tmp.c_str());
        fail("cannot write", err);
      }
    }
  }
  ::close(fd);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp.c_str());
    fail("cannot replace", err);
  }
}

void ensure_writable_dir(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) throw IoError(dir + ": cannot create output directory (" + ec.message() + ")");
  // An unnamed probe when the file system allows it, so that nothing is left if we are killed.
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::close(fd);
    return;
  }
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
    throw IoError(dir + ": output directory is not writable (" + std::strerror(errno) + ")");
  const std::string probe = (fs::path(dir) / (".inmaek-write-test." + std::to_string(::getpid()))).string();
  std::FILE* f = std::fopen(probe.c_str(), "wb");
  if (!f) throw IoError(dir + ": output directory is not writable (" + std::strerror(errno) + ")");
  std::fclose(f);
  std::remove(probe.c_str());
}

}  // namespace inmaek::tools
