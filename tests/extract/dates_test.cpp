#include "extract/dates.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/text.h"

namespace ex = inmaek::extract;

namespace {

std::string pub_of(const std::string& page) {
  auto d = ex::find_publication_date(ex::normalize(page));
  return d ? d->str() : "none";
}

// "text=date" or "text=date~" (relative) for each mention.
std::vector<std::string> dates_of(const std::string& sentence, std::optional<ex::Date> pub) {
  const ex::Text t = ex::normalize(sentence);
  std::vector<std::string> out;
  for (const ex::DateMention& m : ex::find_dates(t, {0, t.norm.size()}, pub))
    out.push_back(std::string(t.slice(m.span)) + "=" + m.date.str() + (m.relative ? "~" : ""));
  return out;
}

}  // namespace

TEST_CASE("Date::str") {
  CHECK(ex::Date{2015, 0, 0}.str() == "2015");
  CHECK(ex::Date{2019, 1, 0}.str() == "2019-01");
  CHECK(ex::Date{2019, 1, 5}.str() == "2019-01-05");
  CHECK(ex::Date{}.str().empty());
  CHECK(ex::Date{}.empty());
  CHECK_FALSE(ex::Date{2015, 0, 0}.empty());
}

TEST_CASE("find_publication_date") {
  struct Row {
    std::string page;
    std::string expected;
  };
  const Row rows[] = {
      {"제목\n발행: 2026.02.04 18:20\n본문이다.", "2026-02-04"},
      {"제목\n입력 2024.06.20 10:41\n", "2024-06-20"},
      {"제목\n입력 2023.03.02 (10:07)\n", "2023-03-02"},
      {"제목\n• 입력 2023-03-02 10:07:39\n", "2023-03-02"},
      {"제목\n등록 2023.03.02\n", "2023-03-02"},
      {"제목\n수정 2024-06-21\n", "2024-06-21"},
      {"제목\n수정 2024-06-21 | 입력 2024-06-20\n", "2024-06-20"},  // primary label wins
      {"제목\n수정 2024-06-21\n입력 2024-06-20\n", "2024-06-20"},
      {"제목\n기사입력 : 2023. 3. 2. 오전 9:00\n", "2023-03-02"},
      {"제목\n2023-03-02 09:00\n본문이다.", "2023-03-02"},
      {"제목\n2023년 3월 2일\n", "2023-03-02"},
      {"Title\nPublished March 2, 2023\n", "2023-03-02"},
      {"Title\nUpdated: 2024/05/01\n", "2024-05-01"},
      {"Title\nPosted 2 May 2024\n", "2024-05-02"},
      {"Title\nUpdated Jan. 5, 2024\nPublished Dec. 30, 2023\n", "2023-12-30"},
      {"제목\n본문만 있다.\n", "none"},
      {"제목\n입력 2023.13.02\n", "none"},     // no month 13
      {"제목\n입력 1850.01.02\n", "none"},     // year out of range
      {"제목\n오후 18:20 전화 02-781-1234\n", "none"},
      {"제목\n본문\n끝\n2022.11.30 ⓒ 가상일보\n", "2022-11-30"},  // last lines
  };
  for (const Row& row : rows) {
    CAPTURE(row.page);
    CHECK(pub_of(row.page) == row.expected);
  }
}

TEST_CASE("find_dates: absolute dates") {
  struct Row {
    std::string sentence;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows = {
      {"노바랩스는 2015년 설립됐다.", {"2015년=2015"}},
      {"2019년 1월 출시했다.", {"2019년 1월=2019-01"}},
      {"2019년 1월 15일 출시했다.", {"2019년 1월 15일=2019-01-15"}},
      {"2017년 입사해 2020년 이직했다.", {"2017년=2017", "2020년=2020"}},
      {"2019.1 출시", {"2019.1=2019-01"}},
      {"2019.1.15에 출시", {"2019.1.15=2019-01-15"}},
      {"2019-01-15 출시", {"2019-01-15=2019-01-15"}},
      {"'19년 출시", {"'19년=2019"}},
      {"It was founded in 2015 by three people.", {"2015=2015"}},
      {"Revenue has grown since 2019.", {"2019=2019"}},
      {"It raised money in May 2023.", {"May 2023=2023-05"}},
      {"January 2024 was busy.", {"January 2024=2024-01"}},
      {"On March 2, 2023 it launched.", {"March 2, 2023=2023-03-02"}},
      // not dates
      {"매출은 20150건이다.", {}},
      {"투자금은 2000억 원이다.", {}},
      {"그는 30세다.", {}},
      {"3년간 일했다.", {}},
      {"2010년대 초반이었다.", {}},
      {"오후 18:20에 만났다.", {}},
      {"1800년 이전이다.", {}},
      {"성장률 2019.5%", {}},
      {"They hired 2015 engineers.", {}},
      {"It may rain.", {}},
      {"지난해 실적이 좋았다.", {}},  // relative needs a publication date
  };
  for (const Row& row : rows) {
    CAPTURE(row.sentence);
    CHECK(dates_of(row.sentence, std::nullopt) == row.expected);
  }
}

TEST_CASE("find_dates: relative dates resolve against publication") {
  const ex::Date pub{2024, 6, 20};
  struct Row {
    std::string sentence;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows = {
      {"지난해 설립됐다.", {"지난해=2023~"}},
      {"작년 설립됐다.", {"작년=2023~"}},
      {"재작년 설립됐다.", {"재작년=2022~"}},
      {"올해 출시한다.", {"올해=2024~"}},
      {"금년 출시한다.", {"금년=2024~"}},
      {"내년 출시한다.", {"내년=2025~"}},
      {"지난달 떠났다.", {"지난달=2024-05~"}},
      {"이달 떠났다.", {"이달=2024-06~"}},
      {"이번 달 떠났다.", {"이번 달=2024-06~"}},
      {"지난 5월 떠났다.", {"지난 5월=2024-05~"}},
      {"지난 6월 떠났다.", {"지난 6월=2024-06~"}},
      {"지난 11월 떠났다.", {"지난 11월=2023-11~"}},
      {"지난 9일 만났다.", {"지난 9일=2024-06-09~"}},
      {"지난 25일 만났다.", {"지난 25일=2024-05-25~"}},
      {"올해 3월 출시했다.", {"올해 3월=2024-03~"}},
      {"지난해 11월 출시했다.", {"지난해 11월=2023-11~"}},
      {"지난해 11월 3일 출시했다.", {"지난해 11월 3일=2023-11-03~"}},
      {"3년 전 설립됐다.", {"3년 전=2021~"}},
      {"8개월 전 설립됐다.", {"8개월 전=2023-10~"}},
      {"It was founded last year.", {"last year=2023~"}},
      {"This year it grew.", {"This year=2024~"}},
      {"It left last month.", {"last month=2024-05~"}},
      {"It launched in May.", {"May=2024-05~"}},
      {"It launched in September.", {"September=2023-09~"}},
      {"2015년 설립해 지난해 상장했다.", {"2015년=2015", "지난해=2023~"}},
      {"3년간 일했다.", {}},
      {"5년 만에 복귀했다.", {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.sentence);
    CHECK(dates_of(row.sentence, pub) == row.expected);
  }
}

TEST_CASE("find_dates: year rollover for months") {
  const ex::Date pub{2024, 1, 10};
  CHECK(dates_of("지난달 떠났다.", pub) == std::vector<std::string>{"지난달=2023-12~"});
  CHECK(dates_of("다음 달 온다.", ex::Date{2024, 12, 1}) == std::vector<std::string>{"다음 달=2025-01~"});
  CHECK(dates_of("지난 5일 만났다.", pub) == std::vector<std::string>{"지난 5일=2024-01-05~"});
  CHECK(dates_of("지난 15일 만났다.", pub) == std::vector<std::string>{"지난 15일=2023-12-15~"});
}
