// update, merge, stats and explain (tools/commands.h): update == build of the union, shards
// merged == one build (byte for byte, in any grouping and order), and the reports.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tools/cli.h"
#include "tests/tools/tools_test_util.h"

namespace t = inmaek::tools;
namespace fs = std::filesystem;
using inmaek::testing::contains;
using inmaek::testing::examples_dir;
using inmaek::testing::list_dir;
using inmaek::testing::read_file;
using inmaek::testing::run_cli;
using inmaek::testing::TempDir;
using inmaek::testing::write_file;

namespace {

const std::vector<std::string> kFiles = {"graph.dot", "graph.graphml", "graph.jsonld", "inmaek-state.jsonl"};

std::string suite_dir() { return std::string(INMAEK_SOURCE_DIR) + "/tests/quality/ko"; }

// Every file of a graph directory, by name.
std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const std::string& name : list_dir(dir)) files[name] = read_file(dir + "/" + name);
  return files;
}

void require_ok(const t::Args& args, int code = t::kExitOk) {
  const auto r = run_cli(args);
  CAPTURE(r.err);
  REQUIRE(r.code == code);
}

// Splits the team suite into three shard directories (round robin over sorted names) and
// adds one article to two shards under different paths.
std::vector<std::string> make_shards(const TempDir& tmp) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(suite_dir()))
    if (e.path().extension() == ".txt") names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  std::vector<std::string> shards = {tmp / "s1", tmp / "s2", tmp / "s3"};
  for (std::size_t i = 0; i < names.size(); ++i)
    write_file(shards[i % 3] + "/" + names[i], read_file(suite_dir() + "/" + names[i]));
  write_file(tmp / "s1/zz-shared.txt", inmaek::testing::kArticle);
  write_file(tmp / "s3/aa-shared.txt", inmaek::testing::kArticle);
  return shards;
}

}  // namespace

TEST_CASE("update: build A then update B gives byte-identical files to build A B") {
  TempDir tmp("update");
  const std::string a = examples_dir(), b = suite_dir();
  require_ok({"build", a, b, "-o", tmp / "union", "-q"});
  require_ok({"build", a, "-o", tmp / "inc", "-q"});
  CHECK(snapshot(tmp / "inc") != snapshot(tmp / "union"));
  const auto r = run_cli({"update", tmp / "inc", b});
  CAPTURE(r.err);
  CHECK(r.code == t::kExitOk);
  CHECK(contains(r.err, "already in the graph"));
  CHECK(list_dir(tmp / "inc") == kFiles);
  CHECK(snapshot(tmp / "inc") == snapshot(tmp / "union"));
}

TEST_CASE("update: documents already in the graph are not counted twice, the files stay the same") {
  TempDir tmp("update-dup");
  require_ok({"build", examples_dir(), "-o", tmp / "g", "-q"});
  const auto before = snapshot(tmp / "g");
  const auto r = run_cli({"update", tmp / "g", examples_dir()});
  CHECK(r.code == t::kExitOk);
  CHECK(contains(r.err, "read 0 new documents (4 already in the graph)"));
  CHECK(contains(r.err, "the graph holds 4 documents"));
  CHECK(snapshot(tmp / "g") == before);
  // The same article under another name is the same document.
  write_file(tmp / "copy/again.txt", read_file(examples_dir() + "/ko_01_yunseul_founding.txt"));
  CHECK(contains(run_cli({"update", tmp / "g", tmp / "copy"}).err, "read 0 new documents (1 already in the graph)"));
}

TEST_CASE("update and merge: an article in two inputs counts once, under its smallest path, in every order") {
  TempDir tmp("shared");
  const auto shards = make_shards(tmp);
  require_ok({"build", shards[0], shards[1], shards[2], "-o", tmp / "all", "-q"});
  const auto all = snapshot(tmp / "all");
  // s1/zz-shared.txt sorts before s3/aa-shared.txt
  CHECK(contains(all.at("inmaek-state.jsonl"), "s1/zz-shared.txt"));
  CHECK_FALSE(contains(all.at("inmaek-state.jsonl"), "aa-shared.txt"));
  // s3 first (its copy has the larger path), then the others: the update moves the article to s1's path.
  require_ok({"build", shards[2], "-o", tmp / "inc", "-q"});
  CHECK(contains(read_file(tmp / "inc/inmaek-state.jsonl"), "aa-shared.txt"));
  require_ok({"update", tmp / "inc", shards[1], shards[0], "-q"});
  CHECK(snapshot(tmp / "inc") == all);
}

TEST_CASE("merge: shards built separately and merged equal one build, byte for byte, in any grouping and order") {
  TempDir tmp("merge");
  const auto shards = make_shards(tmp);
  require_ok({"build", shards[0], shards[1], shards[2], "-o", tmp / "all", "-q"});
  const auto all = snapshot(tmp / "all");
  for (std::size_t i = 0; i < 3; ++i) require_ok({"build", shards[i], "-o", tmp / ("g" + std::to_string(i + 1)), "-q"});
  const std::string g1 = tmp / "g1", g2 = tmp / "g2", g3 = tmp / "g3";
  struct Row {
    std::string name;
    std::vector<t::Args> steps;  // the last one writes tmp/out
  };
  const std::vector<Row> rows = {
      {"flat", {{"merge", g1, g2, g3, "-o", tmp / "out"}}},
      {"reversed", {{"merge", g3, g2, g1, "-o", tmp / "out"}}},
      {"(g1 g2) g3", {{"merge", g1, g2, "-o", tmp / "m12"}, {"merge", tmp / "m12", g3, "-o", tmp / "out"}}},
      {"g1 (g3 g2)", {{"merge", g3, g2, "-o", tmp / "m32"}, {"merge", g1, tmp / "m32", "-o", tmp / "out"}}},
      {"with itself", {{"merge", g1, g1, g2, g3, tmp / "all", "-o", tmp / "out"}}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    fs::remove_all(tmp / "out");
    for (auto args : row.steps) {
      args.push_back("-q");
      require_ok(args);
    }
    CHECK(snapshot(tmp / "out") == all);
  }
  // Merging into one of its inputs works too (all states are read before anything is written).
  require_ok({"merge", g1, g2, g3, "-o", g1, "-q"});
  CHECK(snapshot(g1) == all);
}

TEST_CASE("merge, update, stats, explain: errors before any work") {
  TempDir tmp("errors");
  require_ok({"build", examples_dir(), "-o", tmp / "g", "-q"});
  write_file(tmp / "bad/inmaek-state.jsonl", "{\"format\":\"inmaek-state\",\"version\":1,\"documents\":1}\n{oops\n");
  struct Row {
    t::Args args;
    int code;
    std::string message;
  };
  const std::vector<Row> rows = {
      {{"update", tmp / "missing", examples_dir()}, t::kExitIo, "missing: no such graph directory"},
      {{"update", tmp / "empty", examples_dir()}, t::kExitIo, "no such graph directory"},
      {{"update", tmp / "g"}, t::kExitUsage, "update: expected DIR INPUT..."},
      {{"update", tmp / "g", examples_dir(), "-o", tmp / "x"}, t::kExitUsage, "-o is not an option of update"},
      {{"merge", tmp / "g", tmp / "bad", "-o", tmp / "m"}, t::kExitUsage, "bad/inmaek-state.jsonl:2: malformed JSON"},
      {{"merge", tmp / "g"}, t::kExitUsage, "merge: -o OUT is required"},
      {{"merge", tmp / "g", tmp / "nothing-here", "-o", tmp / "m"}, t::kExitIo, "nothing-here"},
      {{"stats", tmp / "bad"}, t::kExitUsage, "bad/inmaek-state.jsonl:2"},
      {{"stats"}, t::kExitUsage, "stats: expected one DIR"},
      {{"explain", tmp / "g"}, t::kExitUsage, "explain: expected DIR \"NAME\""},
      {{"explain", tmp / "g", "Nobody Atall"}, t::kExitUsage, "no entity named \"Nobody Atall\""},
      {{"explain", tmp / "g", "unseul"}, t::kExitUsage, "did you mean: Yunseul AI"},
      {{"stats", tmp / "g", "--threads", "2"}, t::kExitUsage, "--threads is not an option of stats"},
      {{"frobnicate"}, t::kExitUsage, "unknown command \"frobnicate\""},
      {{"build", examples_dir(), "-o", tmp / "f", "--focus", "Nobody Atall"}, t::kExitUsage, "--focus: no entity named"},
  };
  for (const Row& row : rows) {
    std::string args;
    for (const auto& a : row.args) args += a + " ";
    CAPTURE(args);
    const auto r = run_cli(row.args);
    CHECK(r.code == row.code);
    CHECK(contains(r.err, row.message));
  }
  CHECK_FALSE(fs::exists(tmp / "m"));
  CHECK_FALSE(fs::exists(tmp / "f/graph.graphml"));
}

TEST_CASE("--strict: a skipped input means nothing is written, exit 1, the previous files stay") {
  TempDir tmp("strict");
  require_ok({"build", examples_dir(), "-o", tmp / "g", "-q"});
  const auto before = snapshot(tmp / "g");
  write_file(tmp / "more/empty.txt", "");
  write_file(tmp / "more/good.txt", read_file(suite_dir() + "/01_novacube_series_b.txt"));
  for (const t::Args& args : {t::Args{"build", examples_dir(), tmp / "more", "-o", tmp / "g", "--strict"},
                              t::Args{"update", tmp / "g", tmp / "more", "--strict"}}) {
    CAPTURE(args[0]);
    const auto r = run_cli(args);
    CHECK(r.code == t::kExitSkipped);
    CHECK(contains(r.err, "empty.txt"));
    CHECK(contains(r.err, "--strict"));
    CHECK(snapshot(tmp / "g") == before);
  }
  // Without --strict the good article is added and the exit code still says something was skipped.
  CHECK(run_cli({"update", tmp / "g", tmp / "more", "-q"}).code == t::kExitSkipped);
  CHECK(snapshot(tmp / "g") != before);
}

TEST_CASE("stats: counts per type, documents, top entities by PageRank and degree, most aliases") {
  TempDir tmp("stats");
  require_ok({"build", examples_dir(), "-o", tmp / "g", "-q"});
  const auto r = run_cli({"stats", tmp / "g", "--top", "3"});
  CAPTURE(r.out);
  CHECK(r.code == t::kExitOk);
  CHECK(r.err.empty());
  for (const char* part : {"documents: 4 (", "entities: ", "  Person: ", "  Organization: ", "  Product: ", "relations: ",
                           "  founded: ", "  partnered_with: ", "top entities by PageRank:\n  1. ",
                           "top entities by degree:\n  1. ", "most aliases merged:\n  1. ", "  3. "})
    CHECK(contains(r.out, part));
  CHECK_FALSE(contains(r.out, "  4. "));
  CHECK(run_cli({"stats", tmp / "g"}).out == run_cli({"stats", tmp / "g"}).out);  // stable
}

TEST_CASE("explain: every relation of an entity with its evidence quote, date and source") {
  TempDir tmp("explain");
  require_ok({"build", examples_dir(), "-o", tmp / "g", "-q"});
  const std::string graphml = read_file(tmp / "g/graph.graphml");
  const auto r = run_cli({"explain", tmp / "g", "윤슬ai"});  // an alias, any case
  CAPTURE(r.out);
  CHECK(r.code == t::kExitOk);
  CHECK(r.out.rfind("Yunseul AI (Organization)  id yunseul-ai", 0) == 0);
  CHECK(contains(r.out, "also known as: "));
  CHECK(contains(r.out, "]->(Yunseul AI)"));
  CHECK(contains(r.out, "  \""));                                   // a quote
  CHECK(contains(r.out, "    -- " + examples_dir()));               // its source
  CHECK(contains(r.out, ", document "));
  CHECK(contains(r.out, ", rule "));
  CHECK(run_cli({"explain", tmp / "g", "YUNSEUL AI"}).out == r.out);
}

TEST_CASE("--focus NAME --depth K writes only the ego network, the state keeps every document") {
  TempDir tmp("focus");
  require_ok({"build", examples_dir(), "-o", tmp / "full", "-q"});
  require_ok({"build", examples_dir(), "-o", tmp / "ego", "--focus", "yunseul ai", "--depth", "1", "-q"});
  require_ok({"build", examples_dir(), "-o", tmp / "ego0", "--focus", "Yunseul AI", "--depth", "0", "-q"});
  const std::string full = read_file(tmp / "full/graph.graphml"), ego = read_file(tmp / "ego/graph.graphml");
  CHECK(ego.size() < full.size());
  CHECK(contains(ego, "<node id=\"yunseul-ai\">"));
  CHECK(read_file(tmp / "ego/inmaek-state.jsonl") == read_file(tmp / "full/inmaek-state.jsonl"));
  const std::string ego0 = read_file(tmp / "ego0/graph.dot");
  CHECK(contains(ego0, "yunseul-ai"));
  CHECK_FALSE(contains(ego0, "->"));
  // stats with --focus counts the ego network only; merge with --focus gives the same files as build.
  const auto s = run_cli({"stats", tmp / "full", "--focus", "Yunseul AI"});
  CHECK(s.out != run_cli({"stats", tmp / "full"}).out);
  require_ok({"merge", tmp / "full", "-o", tmp / "merged", "--focus", "yunseul ai", "-q"});
  CHECK(snapshot(tmp / "merged") == snapshot(tmp / "ego"));
}

TEST_CASE("every command has --help with its usage and exit codes") {
  for (const char* cmd : {"build", "update", "merge", "stats", "explain"}) {
    CAPTURE(cmd);
    const auto r = run_cli({cmd, "--help"});
    CHECK(r.code == t::kExitOk);
    CHECK(r.out.rfind(std::string("usage: inmaek ") + cmd, 0) == 0);
    CHECK(contains(r.out, "exit codes:"));
    CHECK(run_cli({"help", cmd}).out == r.out);
  }
}
