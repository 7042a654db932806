// Bad inputs (tools/inputs.h), directly and through the command line: every bad input is
// named in a message, the run goes on with the other inputs, writes its outputs, and exits 1
// when something was skipped.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "tools/cli.h"
#include "tools/inputs.h"
#include "tests/tools/tools_test_util.h"

namespace t = inmaek::tools;
using inmaek::testing::contains;
using inmaek::testing::kArticle;
using inmaek::testing::list_dir;
using inmaek::testing::read_file;
using inmaek::testing::run_cli;
using inmaek::testing::TempDir;
using inmaek::testing::write_file;

TEST_CASE("the bad-input matrix: each bad input is named, the others are still read, outputs are written") {
  struct Row {
    std::string name;
    std::function<std::string(const TempDir&)> make;  // creates the bad input, returns its path
    std::string expected;                               // in the message about it
    int code;                                           // exit code
  };
  const std::vector<Row> rows = {
      {"missing path", [](const TempDir& d) { return d / "no-such-file.txt"; }, "no such file or directory",
       t::kExitSkipped},
      {"empty file",
       [](const TempDir& d) {
         write_file(d / "empty.txt", "");
         return d / "empty.txt";
       },
       "empty file", t::kExitSkipped},
      {"whitespace-only file",
       [](const TempDir& d) {
         write_file(d / "blank.txt", " \n\r\n\t\n");
         return d / "blank.txt";
       },
       "empty file", t::kExitSkipped},
      {"binary file (NUL bytes)",
       [](const TempDir& d) {
         write_file(d / "blob.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + "오픈AI");
         return d / "blob.txt";
       },
       "binary file", t::kExitSkipped},
      {"directory without articles",
       [](const TempDir& d) {
         write_file(d / "images/logo.png", "\x89PNG");
         write_file(d / "images/notes.json", "{}");
         return d / "images";
       },
       "directory without articles", t::kExitSkipped},
      {"empty directory",
       [](const TempDir& d) {
         std::filesystem::create_directories(d / "nothing");
         return d / "nothing";
       },
       "directory without articles", t::kExitSkipped},
      {"invalid UTF-8 (read with replacement, not skipped)",
       [](const TempDir& d) {
         write_file(d / "latin1.txt", "abc\xff\xfe" + kArticle);
         return d / "latin1.txt";
       },
       "byte offset 3", t::kExitOk},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    TempDir tmp("matrix");
    const std::string bad = row.make(tmp);
    write_file(tmp / "good/article.txt", kArticle);
    const std::string out = tmp / "out";
    const auto r = run_cli({"build", bad, tmp / "good", "-o", out});
    CHECK(r.code == row.code);
    CHECK(contains(r.err, bad));
    CHECK(contains(r.err, row.expected));
    CHECK(contains(r.err, "read "));  // the summary: the run went on
    CHECK(list_dir(out) == std::vector<std::string>{"graph.dot", "graph.graphml", "graph.jsonld", "inmaek-state.jsonl"});
    const std::string graphml = read_file(out + "/graph.graphml");
    CHECK(contains(graphml, "OpenAI"));  // the good article was read
    CHECK(contains(graphml, "</graphml>"));
  }
}

TEST_CASE("invalid UTF-8 is repaired with U+FFFD and the text around it is still extracted") {
  TempDir tmp("utf8");
  write_file(tmp / "a.txt", kArticle + "\xc3(\xe2\x82 tail\n");
  std::vector<t::Problem> problems;
  const auto docs = t::read_documents(tmp / "a.txt", problems);
  REQUIRE(docs.size() == 1);
  REQUIRE(problems.size() == 1);
  CHECK_FALSE(problems[0].skipped);
  CHECK(problems[0].reason == "invalid UTF-8");
  CHECK(contains(problems[0].detail, "byte offset " + std::to_string(kArticle.size())));
  CHECK(contains(docs[0].text, "\xEF\xBF\xBD"));
  CHECK(contains(docs[0].text, "오픈AI"));
  CHECK(contains(docs[0].text, " tail"));
}

TEST_CASE("read_documents: table of what is read and what is skipped") {
  struct Row {
    std::string name;
    std::string content;
    std::size_t docs;
    std::string reason;  // empty: no problem
  };
  const std::vector<Row> rows = {
      {"plain Korean", kArticle, 1, ""},
      {"CRLF", "오픈AI는 챗GPT를 개발했다.\r\n", 1, ""},
      {"BOM", "\xEF\xBB\xBF" + kArticle, 1, ""},
      {"empty", "", 0, "empty file"},
      {"only newlines", "\n\n\n", 0, "empty file"},
      {"NUL at start", std::string("\0\0\0abc", 6), 0, "binary file"},
      {"NUL in the middle", "abc" + std::string(1, '\0') + kArticle, 0, "binary file"},
      {"control characters", std::string(200, '\x01') + "abc", 0, "binary file"},
      {"lone continuation byte", "\x80" + kArticle, 1, "invalid UTF-8"},
      {"truncated sequence at end", kArticle + "\xED\x95", 1, "invalid UTF-8"},
      {"overlong encoding", "\xC0\xAF" + kArticle, 1, "invalid UTF-8"},
      {"UTF-16 surrogate as UTF-8", "\xED\xA0\x80" + kArticle, 1, "invalid UTF-8"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    TempDir tmp("read");
    write_file(tmp / "in.txt", row.content);
    std::vector<t::Problem> problems;
    const auto docs = t::read_documents(tmp / "in.txt", problems);
    CHECK(docs.size() == row.docs);
    if (row.reason.empty()) {
      CHECK(problems.empty());
    } else {
      REQUIRE(problems.size() == 1);
      CHECK(problems[0].reason == row.reason);
      CHECK(problems[0].where == tmp / "in.txt");
      CHECK(problems[0].skipped == (row.docs == 0));
    }
  }
}

TEST_CASE("read_documents skips files over the size limit, naming the size") {
  TempDir tmp("limit");
  write_file(tmp / "big.txt", std::string(2000, 'a'));
  std::vector<t::Problem> problems;
  CHECK(t::read_documents(tmp / "big.txt", problems, 1000).empty());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].reason == "file too large");
  CHECK(contains(problems[0].detail, "2000"));
}

TEST_CASE("expand_inputs: directories are searched recursively for *.txt and *.md, sorted, without duplicates") {
  TempDir tmp("expand");
  write_file(tmp / "d/b.txt", "x");
  write_file(tmp / "d/a.MD", "x");
  write_file(tmp / "d/sub/c.txt", "x");
  write_file(tmp / "d/skip.json", "x");
  write_file(tmp / "e.dat", "x");
  std::vector<t::Problem> problems;
  const auto files = t::expand_inputs({tmp / "d", tmp / "d/b.txt", tmp / "e.dat"}, problems);
  CHECK(problems.empty());
  const std::vector<std::string> expected = {tmp / "d/a.MD", tmp / "d/b.txt", tmp / "d/sub/c.txt", tmp / "e.dat"};
  CHECK(files == expected);
}

TEST_CASE("every input bad: exit 1, empty but complete outputs") {
  TempDir tmp("allbad");
  write_file(tmp / "empty.txt", "");
  const auto r = run_cli({"build", tmp / "empty.txt", tmp / "missing", "-o", tmp / "out"});
  CHECK(r.code == t::kExitSkipped);
  CHECK(contains(r.err, "skipped 2 inputs"));
  CHECK(contains(read_file(tmp / "out/graph.graphml"), "</graphml>"));
  CHECK(contains(read_file(tmp / "out/graph.jsonld"), "@context"));
}

TEST_CASE("a --lexicon file with an error: exit 2, \"file:line: ...\", nothing written") {
  struct Row {
    std::string name;
    std::string content;
    std::string line;  // ":N:" expected in the message
  };
  const std::vector<Row> rows = {
      {"unknown type", "# comment\nFoo Labs\tCompany\t\t푸랩스@ko|Foo Labs@en\n", ":2:"},
      {"too few columns", "Foo Labs\tOrganization\n", ":1:"},
      {"bad type after good lines",
       "Foo Labs\tOrganization\t\t푸랩스@ko\nBar Labs\tOrganization\t\t바랩스@ko\nBaz\tThing\t\t바즈@ko\n", ":3:"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    TempDir tmp("lexicon");
    const std::string lexicon = tmp / "my-lexicon.tsv";
    write_file(lexicon, row.content);
    write_file(tmp / "good/a.txt", kArticle);
    const auto r = run_cli({"build", tmp / "good", "-o", tmp / "out", "--lexicon", lexicon});
    CHECK(r.code == t::kExitUsage);
    CHECK(contains(r.err, lexicon + row.line));
    CHECK_FALSE(std::filesystem::exists(tmp / "out/graph.graphml"));
  }
}

TEST_CASE("a --lexicon file that adds an entity is used") {
  TempDir tmp("lexicon-ok");
  const std::string lexicon = tmp / "extra.tsv";
  write_file(lexicon, "Zorblax Labs\tOrganization\t\t조블랙스랩@ko|Zorblax Labs@en\n");
  write_file(tmp / "in/a.txt", "샘 올트먼은 2024년 조블랙스랩을 설립했다.\n");
  const auto r = run_cli({"build", tmp / "in", "-o", tmp / "out", "-q", "--lexicon", lexicon});
  CHECK(r.code == t::kExitOk);
  CHECK(contains(read_file(tmp / "out/graph.graphml"), "Zorblax Labs"));
}

TEST_CASE("a --lexicon path that does not exist is named") {
  TempDir tmp("lexicon-missing");
  write_file(tmp / "in/a.txt", kArticle);
  const auto r = run_cli({"build", tmp / "in", "-o", tmp / "out", "--lexicon", tmp / "nope.tsv"});
  CHECK(r.code != t::kExitOk);
  CHECK(contains(r.err, tmp / "nope.tsv"));
}
