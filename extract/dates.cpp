#include "extract/dates.h"

#include <array>
#include <cstdio>
#include <string_view>

#include "extract/scan_internal.h"
#include "extract/text.h"

namespace inmaek::extract {
namespace {

using namespace std::string_view_literals;

constexpr std::array kPrimaryLabels = {"기사입력"sv, "최초입력"sv, "최초 입력"sv, "입력"sv, "발행"sv,
                                       "등록"sv, "게재"sv, "송고"sv, "작성"sv, "Published"sv,
                                       "published"sv, "Posted"sv, "posted"sv};
constexpr std::array kSecondaryLabels = {"최종수정"sv, "최종 수정"sv, "수정"sv, "업데이트"sv,
                                         "Last updated"sv, "Updated"sv, "updated"sv, "Modified"sv};
constexpr std::size_t kLabelLineMax = 120;   // characters of a line holding a labelled date
constexpr std::size_t kFallbackLineMax = 60; // characters of a line holding an unlabelled date
constexpr std::size_t kFallbackLines = 15;   // lines at each end of the page searched last

struct MonthName {
  std::string_view name;
  int month;
};
constexpr std::array<MonthName, 23> kMonths = {{
    {"January", 1}, {"February", 2}, {"March", 3}, {"April", 4}, {"May", 5}, {"June", 6},
    {"July", 7}, {"August", 8}, {"September", 9}, {"October", 10}, {"November", 11},
    {"December", 12}, {"Jan", 1}, {"Feb", 2}, {"Mar", 3}, {"Apr", 4}, {"Jun", 6}, {"Jul", 7},
    {"Aug", 8}, {"Sept", 9}, {"Sep", 9}, {"Oct", 10}, {"Nov", 11},
}};
constexpr std::string_view kDec = "Dec";

// Words after which a bare 4-digit number is a year in English.
constexpr std::array kYearPrepositions = {"in "sv, "In "sv, "since "sv, "Since "sv, "from "sv,
                                          "From "sv, "by "sv, "until "sv, "during "sv, "of "sv};

bool valid_year(int y) { return y >= 1900 && y <= 2100; }
bool digit(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// Reads 1..max digits at i (exactly `exact` digits when exact > 0). Returns -1 when it fails.
int read_int(std::string_view s, std::size_t& i, int min_digits, int max_digits) {
  std::size_t j = i;
  int v = 0, n = 0;
  while (digit(s, j) && n <= max_digits) v = v * 10 + (s[j++] - '0'), ++n;
  if (n < min_digits || n > max_digits) return -1;
  i = j;
  return v;
}

void skip_spaces(std::string_view s, std::size_t& i) {
  while (i < s.size() && s[i] == ' ') ++i;
}

// Month name at i (full or abbreviated, optional '.'), advancing past it; 0 if none.
int read_month_name(std::string_view s, std::size_t& i) {
  auto try_name = [&](std::string_view name, int m) {
    if (!scan::starts_at(s, i, name)) return 0;
    std::size_t j = i + name.size();
    if (j < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[j]))) return 0;
    if (j < s.size() && s[j] == '.') ++j;
    i = j;
    return m;
  };
  if (i > 0 && is_ascii_alpha(static_cast<unsigned char>(s[i - 1]))) return 0;
  for (const MonthName& m : kMonths)
    if (int r = try_name(m.name, m.month)) return r;
  return try_name(kDec, 12);
}

bool valid(const Date& d) {
  return valid_year(d.year) && d.month >= 0 && d.month <= 12 && d.day >= 0 && d.day <= 31 &&
         (d.day == 0 || d.month != 0);
}

// A full date (day precision) starting at i; advances i past it.
std::optional<Date> parse_full_date(std::string_view s, std::size_t& i) {
  std::size_t j = i;
  if (digit(s, j) && (j == 0 || !digit(s, j - 1))) {
    Date d;
    d.year = read_int(s, j, 4, 4);
    if (d.year >= 0 && j < s.size() && (s[j] == '.' || s[j] == '-' || s[j] == '/')) {
      const char sep = s[j++];
      skip_spaces(s, j);
      d.month = read_int(s, j, 1, 2);
      if (d.month < 0 || j >= s.size() || s[j] != sep) return std::nullopt;
      ++j;
      skip_spaces(s, j);
      d.day = read_int(s, j, 1, 2);
      if (d.day <= 0 || digit(s, j) || d.month == 0 || !valid(d)) return std::nullopt;
      if (sep == '.' && j < s.size() && s[j] == '.') ++j;
      i = j;
      return d;
    }
    if (d.year >= 0 && scan::starts_at(s, j, "년")) {
      j += 3;
      skip_spaces(s, j);
      d.month = read_int(s, j, 1, 2);
      if (d.month <= 0 || !scan::starts_at(s, j, "월")) return std::nullopt;
      j += 3;
      skip_spaces(s, j);
      d.day = read_int(s, j, 1, 2);
      if (d.day <= 0 || !scan::starts_at(s, j, "일") || !valid(d)) return std::nullopt;
      i = j + 3;
      return d;
    }
    // 2 March 2023
    j = i;
    d = Date{};
    d.day = read_int(s, j, 1, 2);
    if (d.day <= 0 || j >= s.size() || s[j] != ' ') return std::nullopt;
    ++j;
    d.month = read_month_name(s, j);
    if (d.month == 0) return std::nullopt;
    skip_spaces(s, j);
    d.year = read_int(s, j, 4, 4);
    if (d.year < 0 || digit(s, j) || !valid(d)) return std::nullopt;
    i = j;
    return d;
  }
  // March 2, 2023
  Date d;
  d.month = read_month_name(s, j);
  if (d.month == 0) return std::nullopt;
  skip_spaces(s, j);
  d.day = read_int(s, j, 1, 2);
  if (d.day <= 0) return std::nullopt;
  if (j < s.size() && s[j] == ',') ++j;
  skip_spaces(s, j);
  d.year = read_int(s, j, 4, 4);
  if (d.year < 0 || digit(s, j) || !valid(d)) return std::nullopt;
  i = j;
  return d;
}

// The first full date in s at or after `from`.
std::optional<Date> first_full_date(std::string_view s, std::size_t from = 0) {
  for (std::size_t i = from; i < s.size(); ++i) {
    std::size_t j = i;
    if (auto d = parse_full_date(s, j)) return d;
  }
  return std::nullopt;
}

// A date right after one of the labels in line (skipping spaces, ':', '|', '(').
template <std::size_t N>
std::optional<Date> labelled_date(std::string_view line, const std::array<std::string_view, N>& labels) {
  for (std::string_view label : labels) {
    for (std::size_t at = line.find(label); at != line.npos; at = line.find(label, at + 1)) {
      std::size_t j = at + label.size();
      while (j < line.size() && (line[j] == ' ' || line[j] == ':' || line[j] == '|' || line[j] == '('))
        ++j;
      if (auto d = parse_full_date(line, j)) return d;
    }
  }
  return std::nullopt;
}

// Date arithmetic on year/month.
Date add_months(Date d, int months) {
  int m = d.year * 12 + (d.month - 1) + months;
  return Date{m / 12, m % 12 + 1, 0};
}

}  // namespace

std::string Date::str() const {
  if (year == 0) return {};
  char buf[16];
  if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> find_publication_date(const Text& text) {
  const std::string_view s = text.norm;
  std::vector<Span> lines;
  for (std::size_t b = 0; b <= s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == s.npos) e = s.size();
    Span sp = scan::trim(s, {b, e});
    if (!sp.empty()) lines.push_back(sp);
    b = e + 1;
  }
  std::optional<Date> secondary;
  for (const Span& sp : lines) {
    const std::string_view line = text.slice(sp);
    if (scan::count_cps(line) > kLabelLineMax) continue;
    if (auto d = labelled_date(line, kPrimaryLabels)) return d;
    if (!secondary) secondary = labelled_date(line, kSecondaryLabels);
  }
  if (secondary) return secondary;
  auto fallback = [&](std::size_t k) -> std::optional<Date> {
    const std::string_view line = text.slice(lines[k]);
    if (scan::count_cps(line) > kFallbackLineMax) return std::nullopt;
    return first_full_date(line);
  };
  for (std::size_t k = 0; k < lines.size() && k < kFallbackLines; ++k)
    if (auto d = fallback(k)) return d;
  for (std::size_t k = lines.size(); k > 0 && lines.size() - k < kFallbackLines; --k)
    if (auto d = fallback(k - 1)) return d;
  return std::nullopt;
}

namespace {

// Scans one sentence. `s` is the whole norm; [b, e) the sentence.
class DateScanner {
 public:
  DateScanner(std::string_view s, Span sentence, const std::optional<Date>& pub)
      : s_(s.substr(0, sentence.end)), b_(sentence.begin), pub_(pub) {}

  std::vector<DateMention> run() {
    std::size_t i = b_;
    while (i < s_.size()) {
      std::size_t end = i;
      if (auto m = match(i, end)) {
        out_.push_back(*m);
        i = end;
      } else {
        i += scan::len_at(s_, i);
      }
    }
    return std::move(out_);
  }

 private:
  bool hangul_before(std::size_t i) const { return i > b_ && is_hangul(scan::before(s_, i)); }
  bool word_before(std::size_t i) const { return i > b_ && scan::is_letter(scan::before(s_, i)); }

  // " N월" and then " N일" after a year; refines d and advances i.
  void month_day(std::size_t& i, Date& d) const {
    std::size_t j = i;
    skip_spaces(s_, j);
    int m = read_int(s_, j, 1, 2);
    if (m < 1 || m > 12 || !scan::starts_at(s_, j, "월")) return;
    d.month = m;
    i = j + 3;
    j = i;
    skip_spaces(s_, j);
    int dd = read_int(s_, j, 1, 2);
    if (dd < 1 || dd > 31 || !scan::starts_at(s_, j, "일")) return;
    d.day = dd;
    i = j + 3;
  }

  std::optional<DateMention> relative(std::size_t b, std::size_t e, Date d) const {
    if (!valid(d)) return std::nullopt;
    return DateMention{{b, e}, d, true};
  }

  // Month `m` (and day) resolved to the latest on or before publication.
  Date latest_month(int m) const {
    Date d{pub_->year, m, 0};
    if (m > pub_->month) --d.year;
    return d;
  }

  std::optional<DateMention> match(std::size_t i, std::size_t& end) {
    const char c = s_[i];
    // Absolute years and numeric dates.
    if (c >= '0' && c <= '9' && !(i > b_ && (digit(s_, i - 1) || s_[i - 1] == '.' || s_[i - 1] == ',' ||
                                             is_ascii_alpha(static_cast<unsigned char>(s_[i - 1]))))) {
      std::size_t j = i;
      int n = read_int(s_, j, 1, 5);
      const std::size_t ndigits = j - i;
      if (n >= 0 && ndigits == 4 && valid_year(n)) {
        if (auto m = after_year(i, j, n, end)) return m;
      }
      if (n >= 0 && ndigits <= 2 && pub_) {
        std::size_t k = j;
        skip_spaces(s_, k);
        if (scan::starts_at(s_, j, "년 전")) {
          end = j + std::string_view("년 전").size();
          return relative(i, end, Date{pub_->year - n, 0, 0});
        }
        if (scan::starts_at(s_, j, "개월 전")) {
          end = j + std::string_view("개월 전").size();
          return relative(i, end, add_months(Date{pub_->year, pub_->month, 0}, -n));
        }
      }
      return std::nullopt;
    }
    // '19년
    if (c == '\'' && digit(s_, i + 1) && digit(s_, i + 2) && !digit(s_, i + 3) &&
        scan::starts_at(s_, i + 3, "년") && !word_before(i)) {
      int yy = (s_[i + 1] - '0') * 10 + (s_[i + 2] - '0');
      Date d{yy < 50 ? 2000 + yy : 1900 + yy, 0, 0};
      end = i + 6;
      month_day(end, d);
      return DateMention{{i, end}, d, false};
    }
    if (is_ascii_alpha(static_cast<unsigned char>(c))) return english(i, end);
    if (static_cast<unsigned char>(c) >= 0xE0 && pub_ && !hangul_before(i)) return korean_relative(i, end);
    return std::nullopt;
  }

  // A 4-digit year y spans [i, j).
  std::optional<DateMention> after_year(std::size_t i, std::size_t j, int y, std::size_t& end) {
    Date d{y, 0, 0};
    if (scan::starts_at(s_, j, "년")) {
      std::size_t k = j + 3;
      for (std::string_view bad : {"간"sv, "대"sv, "차"sv, " 전"sv, " 동안"sv})
        if (scan::starts_at(s_, k, bad)) return std::nullopt;
      month_day(k, d);
      end = k;
      return DateMention{{i, end}, d, false};
    }
    if (j < s_.size() && (s_[j] == '.' || s_[j] == '-' || s_[j] == '/')) {
      if (auto m = numeric_date(i, j, y, end)) return m;
    }
    // English: "in 2015", "since 2019".
    for (std::string_view prep : kYearPrepositions) {
      if (i >= b_ + prep.size() && s_.substr(i - prep.size(), prep.size()) == prep &&
          (i - prep.size() == b_ || !is_ascii_alpha(static_cast<unsigned char>(s_[i - prep.size() - 1])))) {
        if (j < s_.size() && (is_ascii_alpha(static_cast<unsigned char>(s_[j])) || s_[j] == '%' ||
                              static_cast<unsigned char>(s_[j]) >= 0x80))
          return std::nullopt;
        end = j;
        return DateMention{{i, end}, d, false};
      }
    }
    return std::nullopt;
  }

  // 2019.1, 2019.1.15, 2019-01-15: the year spans [i, j) and s_[j] is the separator.
  std::optional<DateMention> numeric_date(std::size_t i, std::size_t j, int y, std::size_t& end) const {
    Date d{y, 0, 0};
    const char sep = s_[j];
    std::size_t k = j + 1;
    int m = read_int(s_, k, 1, 2);
    if (m < 1 || m > 12 || digit(s_, k)) return std::nullopt;
    d.month = m;
    if (k + 1 < s_.size() && s_[k] == sep && digit(s_, k + 1)) {
      std::size_t q = k + 1;
      int dd = read_int(s_, q, 1, 2);
      if (dd < 1 || dd > 31 || digit(s_, q)) return std::nullopt;
      d.day = dd;
      k = q;
    }
    if (k < s_.size()) {
      const char32_t next = scan::at(s_, k);
      if (next == '%' || next == ':' || is_ascii_alpha(next)) return std::nullopt;
      for (char32_t unit : {U'억', U'조', U'만', U'천', U'배', U'원', U'달', U'명', U'개', U'위', U'년', U'월', U'일'})
        if (next == unit) return std::nullopt;
    }
    end = k;
    return DateMention{{i, end}, d, false};
  }

  std::optional<DateMention> english(std::size_t i, std::size_t& end) {
    if (i > b_ && is_ascii_alpha(static_cast<unsigned char>(s_[i - 1]))) return std::nullopt;
    if (pub_) {
      struct Rel {
        std::string_view words;
        int years, months;
        bool month_precision;
      };
      static constexpr std::array<Rel, 10> kRel = {{
          {"last year", -1, 0, false}, {"Last year", -1, 0, false}, {"this year", 0, 0, false},
          {"This year", 0, 0, false}, {"next year", 1, 0, false}, {"Next year", 1, 0, false},
          {"last month", 0, -1, true}, {"Last month", 0, -1, true}, {"this month", 0, 0, true},
          {"This month", 0, 0, true},
      }};
      for (const Rel& r : kRel) {
        const std::size_t e = i + r.words.size();
        if (scan::starts_at(s_, i, r.words) && !(e < s_.size() && is_ascii_alpha(static_cast<unsigned char>(s_[e])))) {
          end = e;
          if (r.month_precision) return relative(i, e, add_months(Date{pub_->year, pub_->month, 0}, r.months));
          return relative(i, e, Date{pub_->year + r.years, 0, 0});
        }
      }
    }
    std::size_t j = i;
    const int m = read_month_name(s_, j);
    if (m == 0) return std::nullopt;
    // May 2023 / March 2, 2023
    std::size_t k = i;
    if (auto d = parse_full_date(s_, k)) {
      end = k;
      return DateMention{{i, end}, *d, false};
    }
    k = j;
    skip_spaces(s_, k);
    std::size_t y_at = k;
    int y = read_int(s_, k, 4, 4);
    if (y > 0 && valid_year(y) && !digit(s_, k) && y_at > j) {
      end = k;
      return DateMention{{i, end}, Date{y, m, 0}, false};
    }
    // in May / last May: the latest such month on or before publication.
    if (s_[j - 1] == '.') --j;  // the period belongs to the sentence, not the month
    if (pub_) {
      for (std::string_view prep : {"in "sv, "In "sv, "last "sv, "Last "sv}) {
        if (i >= b_ + prep.size() && s_.substr(i - prep.size(), prep.size()) == prep) {
          end = j;
          return relative(i, j, latest_month(m));
        }
      }
    }
    return std::nullopt;
  }

  std::optional<DateMention> korean_relative(std::size_t i, std::size_t& end) {
    struct Rel {
      std::string_view word;
      int years;
      int months;  // with month precision when `month` is true
      bool month;
    };
    static constexpr std::array<Rel, 10> kRel = {{
        {"재작년", -2, 0, false}, {"지난해", -1, 0, false}, {"작년", -1, 0, false},
        {"올해", 0, 0, false}, {"금년", 0, 0, false}, {"내년", 1, 0, false},
        {"지난달", 0, -1, true}, {"이달", 0, 0, true}, {"이번 달", 0, 0, true}, {"다음 달", 0, 1, true},
    }};
    for (const Rel& r : kRel) {
      if (!scan::starts_at(s_, i, r.word)) continue;
      std::size_t e = i + r.word.size();
      if (r.month) {
        end = e;
        return relative(i, e, add_months(Date{pub_->year, pub_->month, 0}, r.months));
      }
      Date d{pub_->year + r.years, 0, 0};
      month_day(e, d);
      end = e;
      return relative(i, e, d);
    }
    // 지난 5월, 지난 9일
    if (scan::starts_at(s_, i, "지난 ")) {
      std::size_t j = i + std::string_view("지난 ").size();
      int n = read_int(s_, j, 1, 2);
      if (n >= 1 && n <= 12 && scan::starts_at(s_, j, "월")) {
        Date d = latest_month(n);
        end = j + 3;
        std::size_t k = end;
        skip_spaces(s_, k);
        int dd = read_int(s_, k, 1, 2);
        if (dd >= 1 && dd <= 31 && scan::starts_at(s_, k, "일")) d.day = dd, end = k + 3;
        return relative(i, end, d);
      }
      if (n >= 1 && n <= 31 && scan::starts_at(s_, j, "일")) {
        Date d{pub_->year, pub_->month, n};
        if (n > pub_->day) d = add_months(d, -1), d.day = n;
        end = j + 3;
        return relative(i, end, d);
      }
    }
    return std::nullopt;
  }

  std::string_view s_;
  std::size_t b_;
  const std::optional<Date>& pub_;
  std::vector<DateMention> out_;
};

}  // namespace

std::vector<DateMention> find_dates(const Text& text, Span sentence, const std::optional<Date>& published) {
  return DateScanner(text.norm, sentence, published).run();
}

}  // namespace inmaek::extract
