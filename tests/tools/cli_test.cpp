// The command line (tools/cli.h), run in-process: help and version, usage errors, the output
// directory, --formats, and determinism across runs and thread counts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tools/cli.h"
#include "tests/tools/tools_test_util.h"

namespace t = inmaek::tools;
using inmaek::testing::contains;
using inmaek::testing::examples_dir;
using inmaek::testing::list_dir;
using inmaek::testing::read_file;
using inmaek::testing::run_cli;
using inmaek::testing::TempDir;
using inmaek::testing::write_file;

namespace {

int count_lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace

TEST_CASE("--help and --version print to stdout and exit 0") {
  struct Row {
    t::Args args;
    std::string expected_out;
  };
  const std::vector<Row> rows = {
      {{"--help"}, "usage:"},
      {{"-h"}, "usage:"},
      {{"help"}, "usage:"},
      {{"build", "--help"}, "build options:"},
      {{"build", "x", "-o", "y", "-h"}, "exit codes:"},
      {{"--version"}, "inmaek "},
  };
  for (const Row& row : rows) {
    std::string args;
    for (const auto& a : row.args) args += a + " ";
    CAPTURE(args);
    const auto r = run_cli(row.args);
    CHECK(r.code == t::kExitOk);
    CHECK(contains(r.out, row.expected_out));
    CHECK(r.err.empty());
  }
}

TEST_CASE("--version prints one line with a dotted version") {
  const auto r = run_cli({"--version"});
  CHECK(count_lines(r.out) == 1);
  CHECK(r.out.rfind("inmaek ", 0) == 0);
  CHECK(contains(r.out, "."));
}

TEST_CASE("no arguments: usage on stderr, exit 2") {
  const auto r = run_cli({});
  CHECK(r.code == t::kExitUsage);
  CHECK(r.out.empty());
  CHECK(contains(r.err, "usage:"));
}

TEST_CASE("usage errors exit 2 with one line naming the problem, before any output is written") {
  TempDir tmp("usage");
  const std::string out = tmp / "out";
  struct Row {
    t::Args args;
    std::string expected;  // must appear in the message
  };
  const std::vector<Row> rows = {
      {{"frobnicate"}, "unknown command \"frobnicate\""},
      {{"biuld", "x", "-o", out}, "unknown command \"biuld\""},
      {{"build", examples_dir(), "-o", out, "--colour"}, "unknown option \"--colour\""},
      {{"build", examples_dir(), "-o", out, "-x"}, "unknown option \"-x\""},
      {{"build", examples_dir(), "-o", out, "--formats", "svg"}, "--formats: unknown format \"svg\""},
      {{"build", examples_dir(), "-o", out, "--formats", "graphml,png"}, "unknown format \"png\""},
      {{"build", examples_dir(), "-o", out, "--formats", ",dot"}, "--formats"},
      {{"build", examples_dir(), "-o", out, "--formats", ""}, "--formats: no format given"},
      {{"build", examples_dir(), "-o", out, "--formats"}, "--formats: missing value"},
      {{"build", examples_dir()}, "-o DIR is required"},
      {{"build", examples_dir(), "-o"}, "-o: missing value"},
      {{"build", "-o", out}, "no INPUT given"},
      {{"build", examples_dir(), "-o", out, "--threads", "0"}, "--threads"},
      {{"build", examples_dir(), "-o", out, "--threads", "two"}, "--threads: expected a number, got \"two\""},
      {{"build", examples_dir(), "-o", out, "--threads", "1.5"}, "--threads"},
      {{"build", examples_dir(), "-o", out, "--min-confidence", "2"}, "--min-confidence"},
      {{"build", examples_dir(), "-o", out, "--min-confidence", "0.5x"}, "--min-confidence"},
  };
  for (const Row& row : rows) {
    std::string args;
    for (const auto& a : row.args) args += a + " ";
    CAPTURE(args);
    const auto r = run_cli(row.args);
    CHECK(r.code == t::kExitUsage);
    CHECK(r.out.empty());
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.rfind("inmaek: ", 0) == 0);
    CHECK(contains(r.err, row.expected));
    CHECK_FALSE(std::filesystem::exists(out));
  }
}

TEST_CASE("an output directory that cannot be written: exit 3 before any work, naming the directory") {
  TempDir tmp("unwritable");
  const std::string file = tmp / "a-file";
  write_file(file, "not a directory\n");
  struct Row {
    std::string out;
  };
  const std::vector<Row> rows = {{file + "/sub"}, {file + "/sub/deeper"}, {file}};
  for (const Row& row : rows) {
    CAPTURE(row.out);
    // A missing input as well: if any work were done first, it would be reported before the I/O error.
    const auto r = run_cli({"build", tmp / "missing.txt", examples_dir(), "-o", row.out});
    CHECK(r.code == t::kExitIo);
    CHECK(count_lines(r.err) == 1);
    CHECK(contains(r.err, row.out));
    CHECK_FALSE(contains(r.err, "missing.txt"));
  }
  CHECK(read_file(file) == "not a directory\n");
}

TEST_CASE("a log file that cannot be opened: exit 3, naming it") {
  TempDir tmp("logfile");
  const std::string file = tmp / "a-file";
  write_file(file, "x");
  const std::string log = file + "/log.txt";
  const auto r = run_cli({"build", examples_dir(), "-o", tmp / "out", "--log-file", log});
  CHECK(r.code == t::kExitIo);
  CHECK(contains(r.err, log));
}

TEST_CASE("build creates a missing output directory, with parents") {
  TempDir tmp("mkdir");
  const std::string out = tmp / "a/b/c";
  const auto r = run_cli({"build", examples_dir(), "-o", out, "-q"});
  CHECK(r.code == t::kExitOk);
  CHECK(list_dir(out) == std::vector<std::string>{"graph.dot", "graph.graphml", "graph.jsonld", "inmaek-state.jsonl"});
}

// The state file (inmaek-state.jsonl, read by update and merge) is written whatever --formats says.
TEST_CASE("--formats writes exactly the formats asked for") {
  struct Row {
    std::string formats;
    std::vector<std::string> files;
  };
  const std::vector<Row> rows = {
      {"dot", {"graph.dot", "inmaek-state.jsonl"}},
      {"graphml", {"graph.graphml", "inmaek-state.jsonl"}},
      {"jsonld", {"graph.jsonld", "inmaek-state.jsonl"}},
      {"json-ld", {"graph.jsonld", "inmaek-state.jsonl"}},
      {"graphml,jsonld", {"graph.graphml", "graph.jsonld", "inmaek-state.jsonl"}},
      {"dot,dot", {"graph.dot", "inmaek-state.jsonl"}},
      {"graphml,dot,jsonld", {"graph.dot", "graph.graphml", "graph.jsonld", "inmaek-state.jsonl"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.formats);
    TempDir tmp("formats");
    const auto r = run_cli({"build", examples_dir(), "-o", tmp / "out", "--formats", row.formats, "-q"});
    CHECK(r.code == t::kExitOk);
    CHECK(list_dir(tmp.path() / "out") == row.files);
  }
}

TEST_CASE("--quiet prints nothing on success, the summary goes to stderr, never stdout") {
  TempDir tmp("quiet");
  auto r = run_cli({"build", examples_dir(), "-o", tmp / "q", "-q"});
  CHECK(r.code == t::kExitOk);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  r = run_cli({"build", examples_dir(), "-o", tmp / "v"});
  CHECK(r.code == t::kExitOk);
  CHECK(r.out.empty());
  CHECK(contains(r.err, "entities"));
  CHECK(contains(r.err, "relations"));
}

TEST_CASE("--log-file gets the log even with --quiet") {
  TempDir tmp("log");
  const std::string log = tmp / "inmaek.log";
  const auto r = run_cli({"build", examples_dir(), tmp / "missing.txt", "-o", tmp / "out", "-q", "--log-file", log});
  CHECK(r.code == t::kExitSkipped);
  const std::string text = read_file(log);
  CHECK(contains(text, "missing.txt"));
  CHECK(contains(text, "relations"));
}

TEST_CASE("determinism: two builds of examples/ are byte-identical, and so are --threads 1 and 2") {
  TempDir tmp("determinism");
  const std::vector<std::string> outs = {tmp / "a", tmp / "b", tmp / "t1", tmp / "t2"};
  const std::vector<t::Args> runs = {
      {"build", examples_dir(), "-o", outs[0], "-q"},
      {"build", examples_dir(), "-o", outs[1], "-q"},
      {"build", examples_dir(), "-o", outs[2], "-q", "--threads", "1"},
      {"build", examples_dir(), "-o", outs[3], "-q", "--threads", "2"},
  };
  for (const auto& args : runs) REQUIRE(run_cli(args).code == t::kExitOk);
  for (const std::string name : {"graph.graphml", "graph.dot", "graph.jsonld"}) {
    CAPTURE(name);
    const std::string first = read_file(outs[0] + "/" + name);
    CHECK(first.size() > 100);
    for (std::size_t i = 1; i < outs.size(); ++i) {
      const std::string other = outs[i];
      CAPTURE(other);
      CHECK(read_file(other + "/" + name) == first);
    }
  }
}

TEST_CASE("determinism: the order of INPUT arguments does not matter") {
  TempDir tmp("order");
  const std::string ex = examples_dir();
  REQUIRE(run_cli({"build", ex + "/ko_01_yunseul_founding.txt", ex + "/en_01_yunseul_series_b.txt", "-o", tmp / "a",
                   "-q", "--threads", "2"})
              .code == t::kExitOk);
  REQUIRE(run_cli({"build", ex + "/en_01_yunseul_series_b.txt", ex + "/ko_01_yunseul_founding.txt", "-o", tmp / "b",
                   "-q", "--threads", "1"})
              .code == t::kExitOk);
  for (const std::string name : {"graph.graphml", "graph.dot", "graph.jsonld"}) {
    CAPTURE(name);
    CHECK(read_file(tmp / ("a/" + name)) == read_file(tmp / ("b/" + name)));
  }
}

TEST_CASE("a second build replaces the files and leaves no temporary files behind") {
  TempDir tmp("rebuild");
  const std::string out = tmp / "out";
  REQUIRE(run_cli({"build", examples_dir(), "-o", out, "-q"}).code == t::kExitOk);
  const std::string before = read_file(out + "/graph.graphml");
  write_file(tmp / "one/a.txt", inmaek::testing::kArticle);
  REQUIRE(run_cli({"build", tmp / "one", "-o", out, "-q"}).code == t::kExitOk);
  CHECK(read_file(out + "/graph.graphml") != before);
  CHECK(list_dir(out) == std::vector<std::string>{"graph.dot", "graph.graphml", "graph.jsonld", "inmaek-state.jsonl"});
}

TEST_CASE("--min-confidence 1 drops the relations below it") {
  TempDir tmp("minconf");
  REQUIRE(run_cli({"build", examples_dir(), "-o", tmp / "all", "-q", "--formats", "graphml"}).code == t::kExitOk);
  REQUIRE(run_cli({"build", examples_dir(), "-o", tmp / "strict", "-q", "--formats", "graphml", "--min-confidence",
                   "1"})
              .code == t::kExitOk);
  const std::string all = read_file(tmp / "all/graph.graphml");
  const std::string strict = read_file(tmp / "strict/graph.graphml");
  CHECK(strict.size() < all.size());
  CHECK(contains(strict, "</graphml>"));
}
