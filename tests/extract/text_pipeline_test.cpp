// normalize -> body_paragraphs -> split_sentences (plus dates and amounts) on an invented page.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/amounts.h"
#include "extract/boilerplate.h"
#include "extract/dates.h"
#include "extract/sentences.h"
#include "extract/text.h"

namespace ex = inmaek::extract;

namespace {

// "한빛" written as conjoining jamo, as some pages send it.
const std::string kHanbitJamo = "\u1112\u1161\u11AB\u1107\u1175\u11BE";

std::string page() {
  std::string p;
  p += "\uFEFF본문 바로가기\r\n";
  p += "전체메뉴\r\n";
  p += "한빛AI, 800억 원 투자 유치\u2026\u201C연내 모델 공개\u201D\r\n";
  p += "댓글 0\r\n";
  p += "편집: 가상인 기자\r\n";
  p += "입력 2025.03.14 09:30\r\n";
  p += "[서울=가상통신] 나가상 기자 = " + kHanbitJamo +
       "AI가 800억\u00A0원 규모의 투자를 유치했다고 14일 밝혔다. 이번 투자는 \u2018노을벤처스\u2019가 주도했다.\r\n";
  p += "대표는 \u201C올해 안에 새 모델을 공개하겠다.\u201D라고 말했다.회사는 지난해 설립됐다.\r\n";
  p += "사진=한빛AI 제공\r\n";
  p += "공유하기\r\n";
  p += "Copyright \u00A9 가상일보. 무단전재 및 재배포 금지.\r\n";
  p += "- 다른 회사 소식 하나\r\n";
  // The same body again, split differently and precomposed.
  p += "한빛AI가 800억 원 규모의 투자를 유치했다고 14일 밝혔다.\r\n";
  p += "이번 투자는 '노을벤처스'가 주도했다. 대표는 \"올해 안에 새 모델을 공개하겠다.\"라고 말했다. "
       "회사는 지난해 설립됐다.\r\n";
  p += "많이 본 뉴스\r\n";
  p += "- 또 다른 제목\r\n";
  return p;
}

}  // namespace

TEST_CASE("text pipeline: exact sentences and original quotes") {
  const ex::Text t = ex::normalize(page());
  std::vector<ex::Span> sentences;
  for (const ex::Span& para : ex::body_paragraphs(t))
    for (const ex::Span& s : ex::split_sentences(t, para)) sentences.push_back(s);

  struct Row {
    std::string norm;
    std::string raw;
  };
  const std::vector<Row> rows = {
      {"한빛AI, 800억 원 투자 유치\u2026\"연내 모델 공개\"", "한빛AI, 800억 원 투자 유치\u2026\u201C연내 모델 공개\u201D"},
      {"한빛AI가 800억 원 규모의 투자를 유치했다고 14일 밝혔다.",
       kHanbitJamo + "AI가 800억\u00A0원 규모의 투자를 유치했다고 14일 밝혔다."},
      {"이번 투자는 '노을벤처스'가 주도했다.", "이번 투자는 \u2018노을벤처스\u2019가 주도했다."},
      {"대표는 \"올해 안에 새 모델을 공개하겠다.\"라고 말했다.",
       "대표는 \u201C올해 안에 새 모델을 공개하겠다.\u201D라고 말했다."},
      {"회사는 지난해 설립됐다.", "회사는 지난해 설립됐다."},
  };
  REQUIRE(sentences.size() == rows.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    CAPTURE(k);
    CHECK(t.slice(sentences[k]) == rows[k].norm);
    CHECK(t.raw_slice(sentences[k]) == rows[k].raw);
  }

  const auto published = ex::find_publication_date(t);
  REQUIRE(published);
  CHECK(published->str() == "2025-03-14");

  const auto amounts = ex::find_amounts(t, sentences[1]);
  REQUIRE(amounts.size() == 1);
  CHECK(amounts[0].amount.text == "800억 원");
  CHECK(amounts[0].amount.value == doctest::Approx(8e10));
  CHECK(amounts[0].amount.currency == "KRW");
  CHECK(t.raw_slice(amounts[0].span) == "800억\u00A0원");

  const auto dates = ex::find_dates(t, sentences[4], published);
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].date.str() == "2024");
  CHECK(dates[0].relative);
  CHECK(t.raw_slice(dates[0].span) == "지난해");
}
