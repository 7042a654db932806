// The bad-input matrix for the formats of issue 4, through the command line: each bad input
// gets one message naming the file (and line), the run goes on, and the summary counts the
// skipped inputs by reason. (tests/tools/inputs_test.cpp has the plain-text rows.)
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "tools/cli.h"
#include "tests/tools/tools_test_util.h"

namespace t = inmaek::tools;
using inmaek::testing::contains;
using inmaek::testing::kArticle;
using inmaek::testing::list_dir;
using inmaek::testing::read_file;
using inmaek::testing::run_cli;
using inmaek::testing::TempDir;
using inmaek::testing::write_file;

TEST_CASE("bad-input matrix: JSONL, HTML, encodings and unreadable files") {
  struct Row {
    std::string name;
    std::function<std::string(const TempDir&)> make;  // the bad input's path
    std::string message;                               // in the one line about it
    std::string summary;                               // in the end-of-run summary
    int code;
  };
  const std::string good = R"({"text":"앤트로픽은 대화형 인공지능 클로드를 개발했다."})";
  const std::vector<Row> rows = {
      {"malformed JSONL record",
       [&](const TempDir& d) { return write_file(d / "a.jsonl", good + "\n{\"text\": oops}\n"), d / "a.jsonl"; },
       "a.jsonl:2: malformed JSONL record: byte offset 9", "malformed JSONL record: 1", t::kExitSkipped},
      {"truncated JSONL record",
       [&](const TempDir& d) { return write_file(d / "a.jsonl", good + "\n{\"text\":\"cut he"), d / "a.jsonl"; },
       "a.jsonl:2: truncated JSONL record", "truncated JSONL record: 1", t::kExitSkipped},
      {"JSON with wrong field types",
       [&](const TempDir& d) { return write_file(d / "a.jsonl", "{\"text\":[1,2]}\n" + good + "\n"), d / "a.jsonl"; },
       "a.jsonl:1: JSON with wrong field types: \"text\" must be a string, got an array",
       "JSON with wrong field types: 1", t::kExitSkipped},
      {"JSONL without records",
       [&](const TempDir& d) { return write_file(d / "a.jsonl", "\n\n"), d / "a.jsonl"; }, "a.jsonl: empty file",
       "empty file: 1", t::kExitSkipped},
      {"HTML without a body",
       [&](const TempDir& d) { return write_file(d / "p.html", "<html><head><title>x</title></head></html>"), d / "p.html"; },
       "p.html: HTML without a body", "HTML without a body: 1", t::kExitSkipped},
      {"binary file with an HTML name",
       [&](const TempDir& d) { return write_file(d / "p.htm", std::string("GIF89a\0\0\0\0", 10)), d / "p.htm"; },
       "p.htm: binary file", "binary file: 1", t::kExitSkipped},
      {"unreadable file",
       [&](const TempDir& d) {
         write_file(d / "locked.txt", kArticle);
         std::filesystem::permissions(d / "locked.txt", std::filesystem::perms::none);
         return d / "locked.txt";
       },
       "locked.txt", "", -1},  // root reads it anyway: exit 0 or 1
      {"invalid UTF-8 in a JSONL record (replaced, read)",
       [&](const TempDir& d) {
         return write_file(d / "u.jsonl", "{\"text\":\"\xff\xfe 오픈AI는 챗GPT를 개발했다.\"}\n"), d / "u.jsonl";
       },
       "u.jsonl:1: invalid UTF-8: byte offset 9", "read with notes (invalid UTF-8: 1)", t::kExitOk},
      {"EUC-KR text (transcoded, read)",
       [&](const TempDir& d) {
         return write_file(d / "k.txt", read_file(std::string(INMAEK_SOURCE_DIR) + "/tests/tools/fixtures/euckr.txt")),
                d / "k.txt";
       },
       "k.txt: transcoded from CP949", "transcoded from CP949: 1", t::kExitOk},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    TempDir tmp("badfmt");
    const std::string bad = row.make(tmp);
    write_file(tmp / "good/article.txt", kArticle);
    const auto r = run_cli({"build", bad, tmp / "good", "-o", tmp / "out"});
    CAPTURE(r.err);
    if (row.code >= 0) CHECK(r.code == row.code);
    if (row.code < 0 && r.code != t::kExitOk) CHECK(contains(r.err, row.message));
    if (row.code >= 0) CHECK(contains(r.err, row.message));
    CHECK(contains(r.err, row.summary));
    CHECK(contains(r.err, "inmaek: info: read "));
    CHECK(contains(read_file(tmp / "out/graph.graphml"), "OpenAI"));  // the good article
    std::size_t lines_about_it = 0;
    for (std::size_t at = 0; (at = r.err.find(bad, at)) != std::string::npos; ++at) ++lines_about_it;
    if (row.code > 0) CHECK(lines_about_it == 1);
  }
}

TEST_CASE("bad command lines and lexicons: exit 2 before anything is written") {
  TempDir tmp("badcli");
  write_file(tmp / "lex.tsv", "Acme\tOrganization\t\tAcme@en\nBroken\tRobot\t\tBroken@en\n");
  struct Row {
    t::Args args;
    std::string message;
  };
  const std::vector<Row> rows = {
      {{"build", inmaek::testing::examples_dir(), "-o", tmp / "out", "--formats", "graphml,pdf"},
       "--formats: unknown format \"pdf\""},
      {{"build", inmaek::testing::examples_dir(), "-o", tmp / "out", "--lexicon", tmp / "lex.tsv"}, "lex.tsv:2: "},
      {{"build", inmaek::testing::examples_dir(), "-o", tmp / "out", "--depth", "-1"}, "--depth: expected a whole number"},
      {{"build", inmaek::testing::examples_dir(), "-o", tmp / "out", "--top", "3"}, "--top is not an option of build"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.message);
    const auto r = run_cli(row.args);
    CHECK(r.code == t::kExitUsage);
    CHECK(contains(r.err, row.message));
    CHECK_FALSE(std::filesystem::exists(tmp / "out/graph.graphml"));
  }
}
