// Korean rules and discovery (session 5): every sentence here is invented for the test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/assemble.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract_test_util.h"

using namespace inmaek;
using namespace inmaek::extract;

namespace {

std::string graph_of(const std::string& text) {
  Extractor x(testing::default_lexicon());
  std::vector<DocExtraction> docs;
  Document d;
  d.text = "입력 2025.03.10 09:00\n" + text;
  d.source = "doc.txt";
  docs.push_back(x.extract(d));
  return dump(assemble(std::move(docs), *testing::default_lexicon()));
}

struct Row {
  const char* text;
  std::vector<const char*> expected;  // lines that must be in the dump
  std::vector<const char*> absent;    // lines that must not
};

void check_rows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const std::string g = graph_of(text);
    CAPTURE(g);
    for (const char* e : row.expected) CHECK(g.find(std::string(e) + "\n") != std::string::npos);
    for (const char* e : row.absent) CHECK(g.find(e) == std::string::npos);
  }
}

}  // namespace

TEST_CASE("discovery: no given name with 도, no person from a title with its English form, 한/이 before a title") {
  check_rows({
      {"누리랩스는 민서준 CTO를 영입했다. 회사 측은 \"계약도 민 CTO가 맡는다\"고 말했다.", {"(민서준)-[joined]->(누리랩스)"},
       {"계약도"}},
      {"누리랩스는 봉우석 박사를 최고과학자(Chief Scientist)로 영입했다.",
       {"(봉우석)-[joined]->(누리랩스)", "(봉우석)-[works_for]->(누리랩스)"}, {"(Chief Scientist)"}},
      {"한도윤 누리랩스 대표가 발표했다. 카카오에서 연구원으로 일하던 한 대표는 2021년 회사를 나왔다.",
       {"(한도윤)-[left]->(Kakao)"}, {"(한도윤)-[founded]"}},
  });
}

TEST_CASE("discovery: a group's initials and an upper-case unit name; a field of AI before a quote types nothing") {
  check_rows({
      {"LG CNS가 누리랩스와 합작법인을 세웠다. LG CNS는 누리랩스에 100억원을 투자했다.",
       {"(LG CNS)-[invested]->(누리랩스)"}, {"(LG)-[invested]"}},
      {"음성AI '소리담' 품었다. 카카오는 스타트업 소리담을 인수했다. 소리담은 2020년 설립된 회사다.",
       {"(Kakao)-[acquired]->(소리담)"}, {}},
  });
}

TEST_CASE("founded: a generic head with its own case closes the relative clause; a noun with a particle takes no object") {
  check_rows({
      {"합작법인 '누리에이전틱스'가 출범했다. 누리에이전틱스는 LG CNS와 봉우랩스가 함께 출자해 세운 회사로, LG CNS의 자회사로 편입된다.",
       {"(LG CNS)-[founded]->(누리에이전틱스)", "(봉우랩스)-[founded]->(누리에이전틱스)",
        "(누리에이전틱스)-[subsidiary_of]->(LG CNS)"},
       {"(봉우랩스)-[founded]->(LG CNS)"}},
      {"네이버에서 일하던 민서준 대표는 회사를 나와 창업에 뛰어들었다.", {"(민서준)-[left]->(Naver)"}, {"(민서준)-[founded]->(Naver)"}},
  });
}
