#include "tools/state_run.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>

#include <fcntl.h>
#include <unistd.h>

#include "graph/error.h"
#include "tools/state.h"

namespace inmaek::tools {
namespace fs = std::filesystem;

StateRun::StateRun(std::string dir, const extract::Lexicon& lexicon) : dir_(std::move(dir)), lexicon_(lexicon) {}

StateRun::~StateRun() {
  if (fd_ >= 0) ::close(fd_);
}

void StateRun::add(const std::string& doc_id, const std::string& line) {
  std::lock_guard lock(mu_);
  if (fd_ < 0) {
    fd_ = ::open(dir_.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd_ < 0) {
      const std::string name = (fs::path(dir_) / (".inmaek-run." + std::to_string(::getpid()))).string();
      fd_ = ::open(name.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
      if (fd_ >= 0) ::unlink(name.c_str());
    }
    if (fd_ < 0) throw IoError(dir_ + ": cannot write a temporary state file (" + std::strerror(errno) + ")");
  }
  std::string data = line + '\n';
  for (std::size_t done = 0; done < data.size();) {
    const ssize_t n = ::pwrite(fd_, data.data() + done, data.size() - done, static_cast<off_t>(run_size_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw IoError(dir_ + ": cannot write a temporary state file (" + std::strerror(n < 0 ? errno : EIO) + ")");
    done += static_cast<std::size_t>(n);
  }
  entries_.push_back({doc_id, {}, run_size_, static_cast<std::uint32_t>(line.size()), 0, true});
  run_size_ += data.size();
}

std::size_t StateRun::add_file(const std::string& path) {
  std::lock_guard lock(mu_);
  files_.push_back(path);
  return files_.size();
}

void StateRun::add_existing(std::size_t file, const std::string& doc_id, const std::string& source,
                            std::uint64_t offset, std::size_t length) {
  std::lock_guard lock(mu_);
  entries_.push_back({doc_id, source, offset, static_cast<std::uint32_t>(length), static_cast<std::uint32_t>(file), false});
}

void StateRun::adopt_source(const std::string& doc_id, const std::string& source) {
  std::lock_guard lock(mu_);
  auto [it, added] = adopted_.emplace(doc_id, source);
  if (!added && source < it->second) it->second = source;
}

void StateRun::normalize() {
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.doc_id != b.doc_id ? a.doc_id < b.doc_id : a.source < b.source;
  });
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const Entry& a, const Entry& b) { return a.doc_id == b.doc_id; }),
                 entries_.end());
}

std::size_t StateRun::documents() {
  std::lock_guard lock(mu_);
  normalize();
  return entries_.size();
}

std::string StateRun::read_line(const Entry& e, std::vector<std::ifstream>& open) const {
  std::string line(e.length, '\0');
  if (e.file == 0) {
    for (std::size_t done = 0; done < line.size();) {
      const ssize_t n = ::pread(fd_, line.data() + done, line.size() - done, static_cast<off_t>(e.offset + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) throw IoError(dir_ + ": cannot read the temporary state file (" + std::strerror(n < 0 ? errno : EIO) + ")");
      done += static_cast<std::size_t>(n);
    }
    return line;
  }
  std::ifstream& in = open[e.file - 1];
  if (!in.is_open()) in.open(files_[e.file - 1], std::ios::binary);
  in.seekg(static_cast<std::streamoff>(e.offset));
  in.read(line.data(), static_cast<std::streamsize>(line.size()));
  if (!in) throw IoError(files_[e.file - 1] + ": read error (changed while in use?)");
  return line;
}

extract::DocExtraction StateRun::adopted(extract::DocExtraction d) const {
  auto it = adopted_.find(d.doc_id);
  if (it == adopted_.end() || !(it->second < d.source)) return d;
  for (extract::LocalRelation& r : d.relations)
    if (r.evidence.source == d.source) r.evidence.source = it->second;
  d.source = it->second;
  return d;
}

void StateRun::for_each_existing(const std::function<void(extract::DocExtraction&&)>& each) {
  std::lock_guard lock(mu_);
  normalize();
  const StateLineParser parser(lexicon_);
  std::vector<std::ifstream> open(files_.size());
  for (Entry& e : entries_) {
    if (e.file == 0) continue;
    const std::string line = read_line(e, open);
    extract::DocExtraction d = parser.parse(line, files_[e.file - 1] + " (byte " + std::to_string(e.offset) + ")");
    e.verbatim = state_line(d, lexicon_) == line;
    each(std::move(d));
  }
}

void StateRun::write(std::ostream& out) {
  std::lock_guard lock(mu_);
  normalize();
  const StateLineParser parser(lexicon_);
  std::vector<std::ifstream> open(files_.size());
  out << state_header(entries_.size()) << '\n';
  for (const Entry& e : entries_) {
    std::string line = read_line(e, open);
    if (!e.verbatim || adopted_.count(e.doc_id))
      line = state_line(adopted(parser.parse(line, e.file ? files_[e.file - 1] : dir_ + " (run file)")), lexicon_);
    out << line << '\n';
  }
}

}  // namespace inmaek::tools
