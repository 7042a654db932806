// The progress bar (tools/progress.h): its text, its redraw and clear sequences, and that the
// command line draws nothing unless stderr is a terminal (or --progress asks for it).
#include "tools/progress.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <thread>

#include "tests/tools/tools_test_util.h"

namespace t = inmaek::tools;
using inmaek::testing::contains;
using inmaek::testing::run_cli;
using inmaek::testing::TempDir;

TEST_CASE("render_progress: bar, files, MB, articles/s and ETA") {
  struct Row {
    t::ProgressCounts c;
    double secs;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {{0, 10, 0, 2000000, 0}, 0.0, "[..............................] 0/10 files  0.0/2.0 MB  0 articles/s  ETA --:--"},
      {{5, 10, 1000000, 2000000, 50}, 10.0, "[###############...............] 5/10 files  1.0/2.0 MB  5 articles/s  ETA 0:10"},
      {{10, 10, 2000000, 2000000, 100}, 4.0, "[##############################] 10/10 files  2.0/2.0 MB  25 articles/s  ETA 0:00"},
      {{1, 4, 250000000, 1000000000, 9000}, 60.0,
       "[#######.......................] 1/4 files  250.0/1000.0 MB  150 articles/s  ETA 3:00"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.expected);
    CHECK(t::render_progress(row.c, row.secs, 100) == row.expected);
  }
  // Narrow terminals lose the bar first, then the tail is cut.
  const std::string narrow = t::render_progress(rows[1].c, 10.0, 40);
  CHECK(narrow.size() <= 40);
  CHECK(narrow.rfind(" 5/10 files", 0) == 0);
}

TEST_CASE("Progress: draws in place with \\r, at most every 100 ms, and clears its line at the end") {
  std::ostringstream out;
  {
    t::Progress p(out, true, 2, 1000);
    p.add_bytes(500);  // first draw
    p.add_document();  // too soon: no redraw
    const auto drawn = out.str();
    CHECK(drawn.rfind("\r[", 0) == 0);
    CHECK(std::count(drawn.begin(), drawn.end(), '\r') == 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(120));
    p.add_file();
    CHECK(contains(out.str(), "1/2 files"));
    p.around([&] { out << "a log line\n"; });
    CHECK(contains(out.str(), "\r\x1b[Ka log line\n\r["));  // cleared, printed, redrawn
    p.finish();
  }
  CHECK(out.str().size() >= 4);
  CHECK(out.str().substr(out.str().size() - 4) == "\r\x1b[K");
}

TEST_CASE("Progress disabled prints nothing") {
  std::ostringstream out;
  t::Progress p(out, false, 3, 3000);
  p.add_bytes(10);
  p.add_file();
  p.add_document();
  p.around([] {});
  p.finish();
  CHECK(out.str().empty());
}

TEST_CASE("the command line draws no progress when stderr is not a terminal, --progress forces it") {
  TempDir tmp("progress");
  const auto quiet = run_cli({"build", inmaek::testing::examples_dir(), "-o", tmp / "a"});
  CHECK_FALSE(contains(quiet.err, "\r"));
  CHECK_FALSE(contains(quiet.err, "files"));
  const auto forced = run_cli({"build", inmaek::testing::examples_dir(), "-o", tmp / "b", "--progress"});
  CHECK(contains(forced.err, "\r["));
  CHECK(contains(forced.err, " files "));
  CHECK(contains(forced.err, "\r\x1b[K"));
  CHECK(contains(forced.err, "inmaek: info: read 4 documents"));  // the summary on its own line
  const auto never = run_cli({"build", inmaek::testing::examples_dir(), "-o", tmp / "c", "--no-progress"});
  CHECK_FALSE(contains(never.err, "\r"));
}
