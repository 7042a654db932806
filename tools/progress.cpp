#include "tools/progress.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ostream>

#include <unistd.h>

namespace inmaek::tools {

std::string render_progress(const ProgressCounts& c, double seconds, std::size_t width) {
  char tail[160];
  const double mb_done = static_cast<double>(c.bytes_done) / 1e6, mb_total = static_cast<double>(c.bytes_total) / 1e6;
  const double rate = seconds > 0 ? static_cast<double>(c.docs_done) / seconds : 0;
  std::string eta = "--:--";
  if (c.bytes_done > 0 && c.bytes_total > c.bytes_done && seconds > 0.5) {
    const double left = seconds * static_cast<double>(c.bytes_total - c.bytes_done) / static_cast<double>(c.bytes_done);
    const long s = static_cast<long>(left + 0.5);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    eta = buf;
  } else if (c.bytes_total > 0 && c.bytes_done >= c.bytes_total) {
    eta = "0:00";
  }
  std::snprintf(tail, sizeof tail, " %zu/%zu files  %.1f/%.1f MB  %.0f articles/s  ETA %s", c.files_done, c.files_total,
                mb_done, mb_total, rate, eta.c_str());
  const std::size_t tail_len = std::strlen(tail);
  std::string line;
  if (width > tail_len + 12) {
    const std::size_t bar = std::min<std::size_t>(width - tail_len - 2, 30);
    const double frac = c.bytes_total ? static_cast<double>(c.bytes_done) / static_cast<double>(c.bytes_total)
                        : c.files_total ? static_cast<double>(c.files_done) / static_cast<double>(c.files_total)
                                        : 0.0;
    const std::size_t full = std::min(bar, static_cast<std::size_t>(frac * static_cast<double>(bar)));
    line = "[" + std::string(full, '#') + std::string(bar - full, '.') + "]";
  }
  line += tail;
  if (line.size() > width) line.resize(width);
  return line;
}

Progress::Progress(std::ostream& out, bool enabled, std::size_t files_total, std::size_t bytes_total)
    : out_(out), enabled_(enabled), started_(std::chrono::steady_clock::now()) {
  counts_.files_total = files_total;
  counts_.bytes_total = bytes_total;
}

Progress::~Progress() { finish(); }

void Progress::add_bytes(std::size_t n) {
  std::lock_guard lock(mu_);
  counts_.bytes_done += n;
  draw_locked(false);
}

void Progress::add_file() {
  std::lock_guard lock(mu_);
  ++counts_.files_done;
  draw_locked(false);
}

void Progress::add_document() {
  std::lock_guard lock(mu_);
  ++counts_.docs_done;
  draw_locked(false);
}

void Progress::finish() {
  std::lock_guard lock(mu_);
  clear_locked();
  enabled_ = false;
}

void Progress::draw_locked(bool force) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double secs = std::chrono::duration<double>(now - started_).count();
  out_ << '\r' << render_progress(counts_, secs, 79) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void Progress::clear_locked() {
  if (!enabled_ || !drawn_) return;
  out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

bool stderr_is_terminal() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && !(term && std::strcmp(term, "dumb") == 0);
}

}  // namespace inmaek::tools
