// The extractor never crashes and keeps its evidence consistent, whatever the input: random
// soups of the words, particles and punctuation the rules look at, and random bytes.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract_test_util.h"

using namespace inmaek;
using namespace inmaek::extract;

namespace {

using testing::default_lexicon;

const std::vector<std::string> kPieces = {
    "오픈AI", "앤트로픽", "샘 올트먼", "김민수", "노바랩스", "대표", "CEO", "최고경영자(CEO)", "전", "출신", "공동", "창업자",
    "설립했다", "설립한", "세운", "떠나", "합류했다", "투자를", "받았다", "유치했다", "개발한", "모델", "'", "\"", "(", ")",
    "은", "는", "이", "가", "을", "를", "의", "와", "과", "에서", "으로", "로부터", "등이", "참여했다", "자회사", "모회사",
    "인수했다", "협력", "파트너십을", "그는", "이 회사는", "회사를", ",", ".", "?", "\n", "\n\n", " ", "2015년", "지난해",
    "10억 달러", "씨는", "Marcus", "Bellinger", "Labs", "OpenAI's", "founded", "by", "he", "the company", "joined",
    "(Priya", "Ramachandran)이", "…", "‘", "’", "「", "」", "사진=", "기자", "ⓒ", "관련기사", "주)", "㈜", "\t", "\xef\xbf\xbd"};

std::string soup(std::mt19937& rng, std::size_t words) {
  std::string s;
  std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> glue(0, 3);
  for (std::size_t i = 0; i < words; ++i) {
    s += kPieces[pick(rng)];
    if (glue(rng) != 0) s += ' ';
  }
  return s;
}

std::string bytes(std::mt19937& rng, std::size_t n) {
  std::string s(n, '\0');
  std::uniform_int_distribution<int> b(0, 255);
  for (char& c : s) c = static_cast<char>(b(rng));
  return s;
}

void check(const Extractor& x, const std::string& text) {
  Document d;
  d.text = text;
  d.source = "fuzz.txt";
  DocExtraction out = x.extract(d);
  for (const LocalRelation& r : out.relations) {
    REQUIRE(r.subject >= 0);
    REQUIRE(r.object >= 0);
    REQUIRE(static_cast<std::size_t>(r.subject) < out.entities.size());
    REQUIRE(static_cast<std::size_t>(r.object) < out.entities.size());
    REQUIRE(r.evidence.begin <= r.evidence.end);
    REQUIRE(r.evidence.end <= text.size());
    CHECK(text.substr(r.evidence.begin, r.evidence.end - r.evidence.begin) == r.evidence.sentence);
  }
}

}  // namespace

TEST_CASE("random word soups and random bytes neither crash nor break evidence offsets") {
  const Extractor x(default_lexicon());
  std::mt19937 rng(20261123);
  for (int i = 0; i < 300; ++i) {
    const std::string text = soup(rng, 5 + static_cast<std::size_t>(i % 60));
    CAPTURE(text);
    check(x, text);
  }
  for (int i = 0; i < 100; ++i) check(x, bytes(rng, static_cast<std::size_t>(1 + i * 13)));
  check(x, "");
  check(x, std::string(100000, 'a'));
  check(x, std::string(30000, '('));
}
