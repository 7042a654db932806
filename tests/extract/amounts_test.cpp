#include "extract/amounts.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/text.h"

namespace ex = inmaek::extract;

namespace {

struct Found {
  std::string text;
  double value;
  std::string currency;
  friend bool operator==(const Found&, const Found&) = default;
};

std::vector<Found> amounts(const std::string& sentence) {
  const ex::Text t = ex::normalize(sentence);
  std::vector<Found> out;
  for (const ex::AmountMention& m : ex::find_amounts(t, {0, t.norm.size()})) {
    CHECK(t.slice(m.span) == m.amount.text);
    out.push_back({m.amount.text, m.amount.value, m.amount.currency});
  }
  return out;
}

}  // namespace

TEST_CASE("find_amounts") {
  struct Row {
    std::string sentence;
    std::vector<Found> expected;
  };
  const std::vector<Row> rows = {
      {"10억 달러 투자를 받았다.", {{"10억 달러", 1e9, "USD"}}},
      {"1조 원을 모았다.", {{"1조 원", 1e12, "KRW"}}},
      {"1조원을 모았다.", {{"1조원", 1e12, "KRW"}}},
      {"약 43조원 규모다.", {{"43조원", 4.3e13, "KRW"}}},
      {"1조 4천억 원이다.", {{"1조 4천억 원", 1.4e12, "KRW"}}},
      {"1조4천억원이다.", {{"1조4천억원", 1.4e12, "KRW"}}},
      {"5000만 달러를 냈다.", {{"5000만 달러", 5e7, "USD"}}},
      {"5천만 달러를 냈다.", {{"5천만 달러", 5e7, "USD"}}},
      {"2억5000만 달러를 냈다.", {{"2억5000만 달러", 2.5e8, "USD"}}},
      {"2억 5000만 달러를 냈다.", {{"2억 5000만 달러", 2.5e8, "USD"}}},
      {"100억 엔을 들였다.", {{"100억 엔", 1e10, "JPY"}}},
      {"10억 유로를 들였다.", {{"10억 유로", 1e9, "EUR"}}},
      {"30억 위안을 들였다.", {{"30억 위안", 3e9, "CNY"}}},
      {"5억 파운드를 들였다.", {{"5억 파운드", 5e8, "GBP"}}},
      {"수십억 달러를 쏟았다.", {{"수십억 달러", 0, "USD"}}},
      {"수조 원대 시장", {{"수조 원", 0, "KRW"}}},
      {"1.5억 달러를 받았다.", {{"1.5억 달러", 1.5e8, "USD"}}},
      {"4조 원 규모의 계약", {{"4조 원", 4e12, "KRW"}}},
      {"3,000원짜리 커피", {{"3,000원", 3000, "KRW"}}},
      {"It raised $4 billion.", {{"$4 billion", 4e9, "USD"}}},
      {"It raised $4bn.", {{"$4bn", 4e9, "USD"}}},
      {"It raised $500 million in debt.", {{"$500 million", 5e8, "USD"}}},
      {"It raised US$2.5 billion.", {{"US$2.5 billion", 2.5e9, "USD"}}},
      {"It raised €2bn.", {{"\u20AC2bn", 2e9, "EUR"}}},
      {"It raised 2 billion euros.", {{"2 billion euros", 2e9, "EUR"}}},
      {"It raised £100m.", {{"\u00A3100m", 1e8, "GBP"}}},
      {"It raised $10B last year.", {{"$10B", 1e10, "USD"}}},
      {"It paid $300,000.", {{"$300,000", 3e5, "USD"}}},
      {"It paid USD 5 million.", {{"USD 5 million", 5e6, "USD"}}},
      {"It paid ＄５ billion.", {{"$5 billion", 5e9, "USD"}}},  // full-width folded
      {"Nordlys took NKr500mn from Skagerrak.", {{"NKr500mn", 5e8, "NOK"}}},
      {"It raised A$30m.", {{"A$30m", 3e7, "AUD"}}},
      {"It raised HK$2bn.", {{"HK$2bn", 2e9, "HKD"}}},
      {"It raised \u20B9400 crore.", {{"\u20B9400 crore", 4e9, "INR"}}},
      {"It raised Rs 50 crore.", {{"Rs 50 crore", 5e8, "INR"}}},
      {"It raised CHF 12 million.", {{"CHF 12 million", 1.2e7, "CHF"}}},
      {"머스크는 10억 달러와 5억 유로를 냈다.", {{"10억 달러", 1e9, "USD"}, {"5억 유로", 5e8, "EUR"}}},
      // not amounts
      {"3원칙을 세웠다.", {}},
      {"100억 엔비디아 주식", {}},
      {"10억 명이 쓴다.", {}},
      {"연구원 30명이 모였다.", {}},
      {"2019년 10억", {}},
      {"회원 수십억 명", {}},
      {"GPT-4 won praise.", {}},
      {"The team 4 won praise.", {}},
      {"It cost 5 billion won.", {{"5 billion won", 5e9, "KRW"}}},
      {"It cost 20 dollars.", {{"20 dollars", 20, "USD"}}},
      {"It has 4 billion users.", {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.sentence);
    const std::vector<Found> got = amounts(row.sentence);
    REQUIRE(got.size() == row.expected.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
      CHECK(got[k].text == row.expected[k].text);
      CHECK(got[k].value == doctest::Approx(row.expected[k].value));
      CHECK(got[k].currency == row.expected[k].currency);
    }
  }
}
