// Input formats (tools/readers.h, tools/html.h, tools/encoding.h): HTML pages, JSONL dumps,
// stdin and legacy Korean encodings, on fixtures written by the team (tests/tools/fixtures).
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tools/cli.h"
#include "tools/encoding.h"
#include "tools/html.h"
#include "tools/inputs.h"
#include "tools/readers.h"
#include "tests/tools/tools_test_util.h"

namespace t = inmaek::tools;
using inmaek::testing::contains;
using inmaek::testing::list_dir;
using inmaek::testing::read_file;
using inmaek::testing::run_cli;
using inmaek::testing::TempDir;
using inmaek::testing::write_file;

namespace {

std::string fixture(const std::string& name) { return std::string(INMAEK_SOURCE_DIR) + "/tests/tools/fixtures/" + name; }

std::string reasons(const std::vector<t::Problem>& problems) {
  std::string s;
  for (const auto& p : problems) s += p.where.substr(p.where.rfind('/') + 1) + " " + p.reason + (p.skipped ? "" : " (read)") + "\n";
  return s;
}

}  // namespace

TEST_CASE("HTML: the article's paragraphs, title and publication date, scripts, styles and navigation dropped") {
  std::vector<t::Problem> problems;
  const auto docs = t::read_documents(fixture("article.html"), problems);
  CHECK(problems.empty());
  REQUIRE(docs.size() == 1);
  const auto& d = docs[0];
  CHECK(d.title == "다리오 아모데이, 앤트로픽 공동 창업 이야기 | 가상일보");
  CHECK(d.published == "2024-05-17");
  CHECK(contains(d.text, "다리오 아모데이는 2021년 동생 다니엘라 아모데이와 함께 앤트로픽을 설립했다.\n"));
  CHECK(contains(d.text, "그는 앤트로픽을 세우기 전 오픈AI에서 연구 부사장을 지냈다. 당시 그는"));  // inline tags, spaces
  CHECK(contains(d.text, "앤트로픽은 대화형 인공지능 클로드를 개발했다.\n"));
  for (const char* dropped : {"tracker", "document.write", "font-family", "정치", "메뉴 문구", "로그인", "많이 본 뉴스",
                              "Copyright", "인수했다"}) {
    CAPTURE(dropped);
    CHECK_FALSE(contains(d.text, dropped));
  }
  CHECK(d.source == fixture("article.html"));
  CHECK(d.id.size() == 16);
}

TEST_CASE("parse_html: table of pages") {
  struct Row {
    std::string name, html;
    bool has_body;
    std::string text, title, published;
  };
  const std::vector<Row> rows = {
      {"body only", "<html><body><p>하나</p><p>둘  셋</p></body></html>", true, "하나\n둘 셋\n", "", ""},
      {"article wins over body", "<body><p>메뉴</p><article><p>본문</p></article></body>", true, "본문\n", "", ""},
      {"main when no article", "<body><div>옆</div><main><p>가운데</p></main></body>", true, "가운데\n", "", ""},
      {"br ends a line", "<body><p>첫 줄<br>둘째 줄</p></body>", true, "첫 줄\n둘째 줄\n", "", ""},
      {"entities decoded", "<body><p>A &amp; B &lt;C&gt; &#xD55C;</p></body>", true, "A & B <C> 한\n", "", ""},
      {"og:title when no title", "<head><meta property=\"og:title\" content=\"제목\"></head><body><p>x</p></body>", true,
       "x\n", "제목", ""},
      {"time datetime as fallback", "<body><article><time datetime=\"2023-07-08\">7월</time><p>x</p></article></body>",
       true, "7월\nx\n", "", "2023-07-08"},
      {"meta name=date", "<head><meta name=\"date\" content=\"2022-01-02 10:00\"></head><body><p>x</p></body>", true,
       "x\n", "", "2022-01-02"},
      {"no body", "<html><head><title>t</title></head></html>", false, "", "t", ""},
      {"only dropped elements", "<body><nav>a</nav><script>b</script><footer>c</footer></body>", false, "", "", ""},
      {"unclosed tags recover", "<body><p>하나<p>둘<div>셋", true, "하나\n둘\n셋\n", "", ""},
      {"not HTML at all", "", false, "", "", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    const t::HtmlArticle a = t::parse_html(row.html);
    CHECK(a.has_body == row.has_body);
    CHECK(a.text == row.text);
    CHECK(a.title == row.title);
    CHECK(a.published == row.published);
  }
}

TEST_CASE("HTML without a body is skipped with its reason, a page with only scripts and menus too") {
  for (const char* name : {"no_body.html", "script_only.html"}) {
    CAPTURE(name);
    std::vector<t::Problem> problems;
    CHECK(t::read_documents(fixture(name), problems).empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].reason == "HTML without a body");
    CHECK(problems[0].skipped);
    CHECK(problems[0].where == fixture(name));
  }
}

TEST_CASE("JSONL: one document per record, title and published feed extraction, url is the source") {
  std::vector<t::Problem> problems;
  const auto docs = t::read_documents(fixture("articles.jsonl"), problems);
  CHECK(problems.empty());  // the blank line is ignored
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].title == "앤트로픽, 클로드 공개");
  CHECK(docs[0].published == "2024-03-04");
  CHECK(docs[0].source == "https://news.example/a1");
  CHECK(docs[1].published == "2023-11-02");
  CHECK(docs[2].published.empty());  // null
  CHECK(docs[2].source == fixture("articles.jsonl") + ":4");  // no url: file and line
  CHECK(docs[0].id != docs[1].id);
}

TEST_CASE("JSONL: every bad record is named with its line and reason, and the good ones are read") {
  std::vector<t::Problem> problems;
  const auto docs = t::read_documents(fixture("bad.jsonl"), problems);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].source == "https://news.example/ok");
  CHECK(reasons(problems) ==
        "bad.jsonl:2 malformed JSONL record\n"
        "bad.jsonl:3 JSON with wrong field types\n"
        "bad.jsonl:4 JSON with wrong field types\n"
        "bad.jsonl:5 JSON with wrong field types\n"
        "bad.jsonl:6 empty record\n"
        "bad.jsonl:7 JSON with wrong field types\n"
        "bad.jsonl:8 truncated JSONL record\n");
  CHECK(contains(problems[1].detail, "\"text\" must be a string, got a number"));
  CHECK(contains(problems[2].detail, "\"title\" must be a string, got an array"));
  CHECK(contains(problems[5].detail, "missing \"text\""));
  CHECK(contains(problems[0].detail, "byte offset"));
}

TEST_CASE("parse_jsonl_record: table of records") {
  struct Row {
    std::string line;
    bool read;
    std::string reason;  // of the problem, if any
  };
  const std::vector<Row> rows = {
      {R"({"text":"오픈AI는 챗GPT를 개발했다."})", true, ""},
      {R"({"text":"x","published":"2024.03.05"})", true, ""},
      {R"({"text":"x","published":"next week"})", true, "bad date"},
      {R"({"text":"x","id":12})", true, ""},
      {R"({"text":"x","url":false})", false, "JSON with wrong field types"},
      {R"({"text":null})", false, "empty record"},
      {R"({"text":"x",})", false, "malformed JSONL record"},
      {R"(42)", false, "JSON with wrong field types"},
      {"{\"text\":\"\xff\xfe x\"}", true, "invalid UTF-8"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    std::vector<t::Problem> problems;
    auto d = t::parse_jsonl_record(row.line, "f.jsonl", 7, false, problems);
    CHECK(d.has_value() == row.read);
    if (row.reason.empty()) {
      CHECK(problems.empty());
    } else {
      REQUIRE(problems.size() == 1);
      CHECK(problems[0].reason == row.reason);
      CHECK(problems[0].where == "f.jsonl:7");
    }
  }
}

TEST_CASE("JSONL: a record longer than the line limit is skipped and the next one read") {
  TempDir tmp("longline");
  const std::string big = R"({"text":")" + std::string(5000, 'a') + "\"}";
  write_file(tmp / "a.jsonl", big + "\n" + R"({"text":"오픈AI는 챗GPT를 개발했다."})" + "\n");
  std::vector<t::Problem> problems;
  std::vector<inmaek::extract::Document> docs;
  std::istringstream no_stdin;
  t::ReadOptions opt;
  opt.max_line_bytes = 4096;
  t::read_input(tmp / "a.jsonl", no_stdin, opt, problems, [&](auto&& d, std::size_t) { docs.push_back(d); });
  CHECK(docs.size() == 1);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].reason == "line too long");
  CHECK(problems[0].where == tmp / "a.jsonl:1");
}

TEST_CASE("EUC-KR / CP949 text and HTML are transcoded to UTF-8, with a note") {
  for (const char* name : {"euckr.txt", "euckr.html"}) {
    CAPTURE(name);
    std::vector<t::Problem> problems;
    const auto docs = t::read_documents(fixture(name), problems);
    REQUIRE(docs.size() == 1);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].reason == "transcoded from CP949");
    CHECK_FALSE(problems[0].skipped);
    CHECK(contains(docs[0].text, "오픈AI"));
    CHECK(contains(docs[0].text, "샘 올트먼은"));
  }
  TempDir tmp("euckr");
  const auto r = run_cli({"build", fixture("euckr.txt"), "-o", tmp / "out"});
  CHECK(r.code == t::kExitOk);
  CHECK(contains(r.err, "euckr.txt: transcoded from CP949"));
  CHECK(contains(read_file(tmp / "out/graph.graphml"), "Sam Altman"));
}

TEST_CASE("decode_text: UTF-8 kept, CP949 transcoded, stray bytes repaired") {
  using How = t::Decoded::How;
  struct Row {
    std::string name, bytes;
    How how;
    std::string text;
  };
  const std::vector<Row> rows = {
      {"utf-8", "한국어 text", How::Utf8, "한국어 text"},
      {"cp949", "\xC7\xD1\xB1\xB9\xBE\xEE text", How::Cp949, "한국어 text"},
      {"utf-8 with a stray byte", "한국어\xff text", How::Repaired, "한국어\xEF\xBF\xBD text"},
      {"latin-1 is not Korean", "caf\xe9 cr\xe8me br\xfbl\xe9" "e", How::Repaired,
       "caf\xEF\xBF\xBD cr\xEF\xBF\xBDme br\xEF\xBF\xBDl\xEF\xBF\xBD" "e"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    const t::Decoded d = t::decode_text(row.bytes);
    CHECK(d.how == row.how);
    CHECK(d.text == row.text);
  }
}

TEST_CASE("stdin: '-' reads text, JSONL or HTML (detected by the first byte, or --input-format)") {
  struct Row {
    std::string name, input;
    std::vector<std::string> extra;
    std::string expected_in_graph;
  };
  const std::vector<Row> rows = {
      {"text", inmaek::testing::kArticle, {}, "Sam Altman"},
      {"jsonl", R"({"text":"앤트로픽은 대화형 인공지능 클로드를 개발했다.","url":"https://x.example/1"})" "\n", {}, "Claude"},
      {"html", read_file(fixture("article.html")), {}, "Dario Amodei"},
      {"forced text", R"({"text":"앤트로픽은 클로드를 개발했다."})", {"--input-format", "text"}, "Anthropic"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    TempDir tmp("stdin");
    std::istringstream in(row.input);
    std::ostringstream out, err;
    t::Args args = {"build", "-", "-o", tmp / "out"};
    args.insert(args.end(), row.extra.begin(), row.extra.end());
    CHECK(t::run(args, in, out, err) == t::kExitOk);
    CAPTURE(err.str());
    CHECK(contains(read_file(tmp / "out/graph.graphml"), row.expected_in_graph));
  }
}

TEST_CASE("directories are searched for every format, --input-format rejects unknown values") {
  TempDir tmp("dirfmt");
  write_file(tmp / "in/a.HTML", read_file(fixture("article.html")));
  write_file(tmp / "in/sub/b.jsonl", read_file(fixture("articles.jsonl")));
  write_file(tmp / "in/c.ndjson", "");
  write_file(tmp / "in/d.png", "\x89PNG");
  std::vector<t::Problem> problems;
  const auto files = t::expand_inputs({tmp / "in"}, problems);
  CHECK(files == std::vector<std::string>{tmp / "in/a.HTML", tmp / "in/c.ndjson", tmp / "in/sub/b.jsonl"});
  const auto r = run_cli({"build", tmp / "in", "-o", tmp / "out", "--input-format", "pdf"});
  CHECK(r.code == t::kExitUsage);
  CHECK(contains(r.err, "--input-format"));
  CHECK_FALSE(std::filesystem::exists(tmp / "out"));
}
