// The real `inmaek` binary as a process, for update and for very long lines: SIGKILL in the
// middle of an update leaves every file of the graph directory either as it was or complete,
// and running the update again gives the right graph; a 50 MB single line is read.
#include <doctest/doctest.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/tools/process_util.h"
#include "tests/tools/tools_test_util.h"


using inmaek::testing::contains;
using inmaek::testing::list_dir;
using inmaek::testing::read_file;
using inmaek::testing::TempDir;
using inmaek::testing::write_file;
namespace fs = std::filesystem;
using inmaek::testing::spawn_tool;
using inmaek::testing::wait_for;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr double kSlow = 4;
#else
constexpr double kSlow = 1;
#endif

using Clock = std::chrono::steady_clock;

int run_to_end(const std::vector<std::string>& args, const std::string& log) {
  const auto status = wait_for(spawn_tool(args, log), 600 * kSlow);
  REQUIRE(status.has_value());
  REQUIRE(WIFEXITED(*status));
  return WEXITSTATUS(*status);
}

std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const std::string& name : list_dir(dir)) files[name] = read_file(dir + "/" + name);
  return files;
}

// A corpus of `files` JSONL dumps, 40 articles each with distinct names.
void write_jsonl_corpus(const std::string& dir, int files) {
  const char* syl[] = {"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타"};
  unsigned seed = 99;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, syl[(seed >> 16) % 12]; };
  for (int f = 0; f < files; ++f) {
    std::string lines;
    for (int i = 0; i < 40; ++i) {
      const int n = f * 40 + i;
      const std::string name = std::string(next()) + next() + next();
      lines += R"({"id":")" + std::to_string(n) + R"(","title":")" + name + R"(랩스 설립","published":"2024-0)" +
               std::to_string(1 + n % 9) + R"(-1)" + std::to_string(n % 10) + R"(","text":"샘 올트먼은 )" +
               std::to_string(2000 + n % 25) + "년 " + name + "랩스를 설립했다. " + name + "랩스는 오픈AI로부터 " +
               std::to_string(n % 900 + 1) + "억 원을 투자받았다. Zeta" + std::to_string(n) + " Labs developed Model" +
               std::to_string(n) + ".\"}\n";
    }
    write_file(dir + "/d" + std::to_string(1000 + f) + ".jsonl", lines);
  }
}

bool complete(const std::string& name, const std::string& c) {
  if (c.empty()) return false;
  if (name == "graph.graphml") return c.rfind("<?xml", 0) == 0 && contains(c.substr(c.size() - 20), "</graphml>");
  if (name == "graph.dot") return c.rfind("digraph", 0) == 0 && contains(c.substr(c.size() - 4), "}");
  if (name == "graph.jsonld") return c.front() == '{' && contains(c.substr(c.size() - 4), "}");
  if (name == "inmaek-state.jsonl") return c.rfind("{\"format\":\"inmaek-state\"", 0) == 0 && c.back() == '\n';
  return false;
}

}  // namespace

TEST_CASE("SIGKILL during an update: every file is the old one or the new one, and re-running the update repairs all") {
  TempDir tmp("kill-update");
  write_file(tmp / "small/a.txt", inmaek::testing::kArticle);
  write_jsonl_corpus(tmp / "corpus", 150);
  REQUIRE(run_to_end({"build", tmp / "small", "-o", tmp / "old", "-q"}, tmp / "b.log") == 0);
  const auto old = snapshot(tmp / "old");

  // The finished update, and how long it takes.
  fs::copy(tmp / "old", tmp / "ref");
  const auto t0 = Clock::now();
  REQUIRE(run_to_end({"update", tmp / "ref", tmp / "corpus", "--threads", "2", "-q"}, tmp / "ref.log") == 0);
  const double full = std::chrono::duration<double>(Clock::now() - t0).count();
  const auto fresh = snapshot(tmp / "ref");
  REQUIRE(fresh != old);

  int killed = 0;
  double scale = 1;  // when an update finishes before its kill (the reference was slowed by load), kill sooner
  // (and when fewer than two kills landed, more tries, sooner each time: a machine under load times the
  // reference slower than the runs after it)
  std::vector<double> fractions = {0.2, 0.6, 0.9, 0.98};
  for (std::size_t attempt = 0; attempt < fractions.size(); ++attempt) {
    const double fraction = fractions[attempt];
    if (attempt + 1 == fractions.size() && killed < 2 && fractions.size() < 10) fractions.push_back(fraction * 0.5);
    CAPTURE(fraction);
    fs::remove_all(tmp / "g");
    fs::copy(tmp / "old", tmp / "g");
    const pid_t pid = spawn_tool({"update", tmp / "g", tmp / "corpus", "--threads", "2", "-q"}, tmp / "v.log");
    if (!wait_for(pid, full * fraction * scale)) {
      ::kill(pid, SIGKILL);
      int status = 0;
      ::waitpid(pid, &status, 0);
      killed += WIFSIGNALED(status);
    } else {
      scale *= 0.6;
    }
    // No temporary files left, but for one killed in the instant between naming its finished temporary
    // `<file>.tmp.<pid>` and renaming it over the file (Linux cannot replace a file by an unnamed one): that one is
    // complete, the new file's content, and the next run removes it (the last check below)
    const std::string killed_tmp = ".tmp." + std::to_string(pid);
    std::vector<std::string> names = list_dir(tmp / "g");
    std::erase_if(names, [&](const std::string& name) {
      const std::size_t at = name.find(killed_tmp);
      if (at == std::string::npos || at + killed_tmp.size() != name.size()) return false;
      CAPTURE(name);
      CHECK(read_file(tmp / "g" + "/" + name) == fresh.at(name.substr(0, at)));
      return true;
    });
    CHECK(names == list_dir(tmp / "old"));
    for (const std::string& name : names) {
      const std::string content = read_file(tmp / "g" + "/" + name);
      CAPTURE(name);
      CHECK(complete(name, content));
      CHECK((content == old.at(name) || content == fresh.at(name)));
    }
    REQUIRE(run_to_end({"update", tmp / "g", tmp / "corpus", "--threads", "2", "-q"}, tmp / "again.log") == 0);
    CHECK(snapshot(tmp / "g") == fresh);
  }
  MESSAGE(killed << " of " << fractions.size() << " kills landed while the update was running (full update: " << full << " s)");
  CHECK(killed >= 2);
}

TEST_CASE("a 50 MB single line: read (with a note naming the file and line), the other inputs too") {
  TempDir tmp("50mb");
  std::string line = "샘 올트먼은 2015년 일리야 수츠케버와 함께 오픈AI를 설립했다. ";
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "lorem ipsum dolor ";
  write_file(tmp / "huge.txt", line);
  write_file(tmp / "dump.jsonl", R"({"text":")" + line.substr(0, 20u << 20) + "\"}\n" +
                                     R"({"text":"앤트로픽은 대화형 인공지능 클로드를 개발했다."})" + "\n");
  const auto t0 = Clock::now();
  const int code = run_to_end({"build", tmp / "huge.txt", tmp / "dump.jsonl", "-o", tmp / "out"}, tmp / "log");
  const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  const std::string log = read_file(tmp / "log");
  CAPTURE(log);
  CAPTURE(secs);
  CHECK(code == 0);
  CHECK(contains(log, "huge.txt:1: long line: a single line of "));
  CHECK(contains(log, "read 3 documents"));
  CHECK(contains(read_file(tmp / "out/graph.graphml"), "Claude"));  // the record after the long one
  CHECK(secs < 120 * kSlow);
}
