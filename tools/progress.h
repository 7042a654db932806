#pragma once
// A one-line progress bar on stderr: files and MB done, articles/s and ETA, redrawn in place
// ('\r') at most 10 times a second and cleared at the end. Disabled (prints nothing) when
// stderr is not a terminal. Thread-safe.
#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>

namespace inmaek::tools {

struct ProgressCounts {
  std::size_t files_done = 0, files_total = 0;
  std::size_t bytes_done = 0, bytes_total = 0;
  std::size_t docs_done = 0;  // articles extracted
};

// The bar's text for `counts` after `seconds`, at most `width` columns wide, e.g.
// "[#########.......] 12/40 files  3.1/9.8 MB  250 articles/s  ETA 0:27".
std::string render_progress(const ProgressCounts& counts, double seconds, std::size_t width = 80);

class Progress {
 public:
  // enabled: draw at all (usually: stderr is a terminal, see stderr_is_terminal()).
  Progress(std::ostream& out, bool enabled, std::size_t files_total, std::size_t bytes_total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void add_bytes(std::size_t n);   // input bytes read
  void add_file();                 // an input finished
  void add_document();             // an article extracted
  // Runs `print` with the bar cleared from the line, then redraws it, so that log lines and
  // the bar do not mix.
  template <class F>
  void around(F&& print) {
    std::lock_guard lock(mu_);
    clear_locked();
    print();
    draw_locked(true);
  }
  // Clears the bar for good.
  void finish();

  bool enabled() const { return enabled_; }

 private:
  void draw_locked(bool force);  // unless forced, only when the last draw is 100 ms old
  void clear_locked();

  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
  std::mutex mu_;
  ProgressCounts counts_;
  std::chrono::steady_clock::time_point started_, last_draw_;
};

// True when the process's stderr is a terminal (isatty(STDERR_FILENO)) and TERM is not "dumb".
bool stderr_is_terminal();

}  // namespace inmaek::tools
