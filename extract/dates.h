#pragma once
// Publication dates of pages and date mentions in sentences.
#include <optional>
#include <string>
#include <vector>

#include "extract/span.h"

namespace inmaek::extract {

struct Text;

// A calendar date of year, month or day precision (month/day 0 when not given).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when year is 0.
  std::string str() const;
  bool empty() const { return year == 0; }
  friend bool operator==(const Date&, const Date&) = default;
};

// The page's publication date (day precision), or nullopt.
// Looks, in order, for: a line (at most 120 characters) with a date right after a primary label
// (입력, 발행, 등록, 게재, 송고, 작성, 기사입력, Published, Posted); then after a secondary label
// (수정, 업데이트, 최종수정, Updated, Last updated, Modified); then the first full date in a
// short line (at most 60 characters) among the first 15 and then the last 15 lines.
// Full dates: 2023.03.02, 2023. 3. 2., 2023-03-02, 2023/03/02, 2023년 3월 2일, March 2, 2023,
// Mar. 2, 2023, 2 March 2023. Years 1900..2100.
std::optional<Date> find_publication_date(const Text& text);

// A date mentioned in a sentence. span covers the expression ("2019년 1월", "지난해", "May 2023").
struct DateMention {
  Span span;
  Date date;
  bool relative = false;  // resolved against the publication date
};

// Date mentions in text.norm[sentence], in order, not overlapping.
// Absolute: 2015년, 2019년 1월, 2019년 1월 15일, '19년, 2019.1, 2019.1.15, 2019-01-15,
//   in 2015 (also since/from/by/until/during/of), May 2023, March 2, 2023.
// Relative (only when published is given; dropped otherwise): 지난해/작년, 재작년, 올해/금년,
//   내년 (each optionally followed by "N월" and "N일"), 지난달, 이달/이번 달, 다음 달,
//   지난 N월 (the latest month N on or before publication), 지난 N일 (likewise for days),
//   N년 전 (year), N개월 전 (month), last/this/next year, last/this month, in May / last May.
// Not dates: 5-digit numbers, 2000억, 30세, 3년간, 2010년대, times (18:20), years outside
// 1900..2100.
std::vector<DateMention> find_dates(const Text& text, Span sentence, const std::optional<Date>& published);

}  // namespace inmaek::extract
