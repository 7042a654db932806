// write_atomically and ensure_writable_dir (tools/atomic_file.h).
#include <doctest/doctest.h>

#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "graph/error.h"
#include "tools/atomic_file.h"
#include "tests/tools/tools_test_util.h"

namespace t = inmaek::tools;
using inmaek::testing::contains;
using inmaek::testing::list_dir;
using inmaek::testing::read_file;
using inmaek::testing::TempDir;
using inmaek::testing::write_file;

TEST_CASE("write_atomically creates and replaces a file, leaving no temporary file") {
  TempDir tmp("atomic");
  const std::string path = tmp / "graph.graphml";
  t::write_atomically(path, [](std::ostream& s) { s << "first\n"; });
  CHECK(read_file(path) == "first\n");
  t::write_atomically(path, [](std::ostream& s) { s << "second, longer\n"; });
  CHECK(read_file(path) == "second, longer\n");
  t::write_atomically(path, [](std::ostream&) {});
  CHECK(read_file(path).empty());
  CHECK(list_dir(tmp.path()) == std::vector<std::string>{"graph.graphml"});
}

TEST_CASE("write_atomically leaves the old file intact when fill() throws, and removes the temporary file") {
  struct Row {
    std::string name;
    bool old_exists;
    std::function<void(std::ostream&)> fill;
  };
  const auto throws_after_writing = [](std::ostream& s) {
    s << std::string(1 << 20, 'x');  // more than a stream buffer: some of it reached the disk
    throw std::runtime_error("writer failed");
  };
  const auto throws_inmaek_error = [](std::ostream& s) {
    s << "<graphml>";
    throw inmaek::Error("writer failed");
  };
  const auto throws_at_once = [](std::ostream&) { throw std::runtime_error("writer failed"); };
  const std::vector<Row> rows = {
      {"old file, throw after 1 MB", true, throws_after_writing},
      {"old file, inmaek::Error", true, throws_inmaek_error},
      {"old file, throw before writing", true, throws_at_once},
      {"no old file, throw after 1 MB", false, throws_after_writing},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    TempDir tmp("atomic-throw");
    const std::string path = tmp / "graph.graphml";
    if (row.old_exists) write_file(path, "old contents\n");
    CHECK_THROWS_WITH_AS(t::write_atomically(path, row.fill), "writer failed", std::exception);
    if (row.old_exists) {
      CHECK(read_file(path) == "old contents\n");
      CHECK(list_dir(tmp.path()) == std::vector<std::string>{"graph.graphml"});
    } else {
      CHECK(list_dir(tmp.path()).empty());
    }
  }
}

TEST_CASE("write_atomically into a missing directory throws IoError naming the file") {
  TempDir tmp("atomic-missing");
  const std::string path = tmp / "no/such/dir/graph.dot";
  try {
    t::write_atomically(path, [](std::ostream& s) { s << "digraph {}\n"; });
    FAIL("expected IoError");
  } catch (const inmaek::IoError& e) {
    CHECK(contains(e.what(), path));
  }
}

TEST_CASE("write_atomically over a directory throws IoError and leaves the directory alone") {
  TempDir tmp("atomic-dir");
  const std::string path = tmp / "graph.dot";
  std::filesystem::create_directories(path + "/inside");
  CHECK_THROWS_AS(t::write_atomically(path, [](std::ostream& s) { s << "digraph {}\n"; }), inmaek::IoError);
  CHECK(std::filesystem::is_directory(path + "/inside"));
  CHECK(list_dir(tmp.path()) == std::vector<std::string>{"graph.dot"});
}

TEST_CASE("ensure_writable_dir creates directories and leaves no probe file") {
  TempDir tmp("ensure");
  const std::string dir = tmp / "a/b";
  t::ensure_writable_dir(dir);
  CHECK(std::filesystem::is_directory(dir));
  CHECK(list_dir(dir).empty());
  t::ensure_writable_dir(dir);  // existing: fine
}

TEST_CASE("ensure_writable_dir throws IoError naming the directory when it cannot be written") {
  TempDir tmp("ensure-bad");
  write_file(tmp / "file", "x");
  struct Row {
    std::string dir;
  };
  const std::vector<Row> rows = {{tmp / "file"}, {tmp / "file/sub"}, {tmp / "file/sub/deeper"}};
  for (const Row& row : rows) {
    CAPTURE(row.dir);
    try {
      t::ensure_writable_dir(row.dir);
      FAIL("expected IoError");
    } catch (const inmaek::IoError& e) {
      CHECK(contains(e.what(), row.dir));
    }
  }
}

TEST_CASE("issue: a build killed by SIGKILL left graph.dot.tmp.<pid>, the next write removes it") {
  TempDir tmp("stale");
  const pid_t dead = ::fork();
  if (dead == 0) ::_exit(0);
  REQUIRE(dead > 0);
  ::waitpid(dead, nullptr, 0);
  const std::string path = tmp / "graph.dot";
  const std::string stale = path + ".tmp." + std::to_string(dead);
  const std::string alive = path + ".tmp." + std::to_string(::getppid());  // a running process: kept
  write_file(stale, "digraph {");
  write_file(alive, "digraph {");
  write_file(tmp / "graph.graphml.tmp.1", "other target: kept");
  t::write_atomically(path, [](std::ostream& s) { s << "digraph {}\n"; });
  CHECK(read_file(path) == "digraph {}\n");
  CHECK_FALSE(std::filesystem::exists(stale));
  CHECK(std::filesystem::exists(alive));
  CHECK(std::filesystem::exists(tmp / "graph.graphml.tmp.1"));
}
