#include "extract/text.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace ex = inmaek::extract;

namespace {

// Checks the offset map's invariants: sized norm+1, non-decreasing, ends at raw.size().
void check_map(const ex::Text& t) {
  REQUIRE(t.to_raw.size() == t.norm.size() + 1);
  CHECK(t.to_raw.back() == t.raw.size());
  for (std::size_t i = 1; i < t.to_raw.size(); ++i) CHECK(t.to_raw[i - 1] <= t.to_raw[i]);
}

}  // namespace

TEST_CASE("normalize folds for matching") {
  struct Row {
    std::string raw;
    std::string norm;
  };
  const Row rows[] = {
      {"plain ascii", "plain ascii"},
      {"한국어 문장", "한국어 문장"},
      {"a\r\nb\rc\nd", "a\nb\nc\nd"},
      {"\xEF\xBC\xA1\xEF\xBC\xA9 \xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x85", "AI 10%"},  // ＡＩ １０％
      {"가\u00A0나\u3000다\u2009라\u202F마", "가 나 다 라 마"},
      {"\uFEFF노\u200B바\u200D랩\u2060스\u00AD", "노바랩스"},
      {"\u2018a\u2019 \u201Ab\u201B \u2032c` \u00B4d", "'a' 'b' 'c' 'd"},
      {"\u201C인용\u201D \u201E끝\u2033", "\"인용\" \"끝\""},
      {"스타트업 \u300C노바\u300D", "스타트업 '노바'"},
      {"\u300E가\u300F \u3008나\u3009 \u300A다\u300B", "'가' '나' '다'"},
      {"아시안\u00B7한식\u30FB양식", "아시안\u00B7한식\u30FB양식"},  // middle dots kept
      {"잠깐\u2026", "잠깐\u2026"},
      {"tab\there", "tab here"},
      {"bell\x07", "bell"},
      {"\u1112\u1161\u11AB\u1100\u1173\u11AF", "한글"},  // conjoining jamo -> syllables
      {"Cafe\u0301", "Caf\u00E9"},
      {"bad\xFFutf8", "bad\uFFFDutf8"},
      {"trunc\xE3\x81", "trunc\uFFFD\uFFFD"},
      {"", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.raw);
    const ex::Text t = ex::normalize(row.raw);
    CHECK(t.raw == row.raw);
    CHECK(t.norm == row.norm);
    check_map(t);
  }
}

TEST_CASE("raw_slice quotes the original bytes of a normalised span") {
  struct Row {
    std::string raw;
    std::string needle;    // in norm
    std::string expected;  // raw bytes it must map to
  };
  const Row rows[] = {
      {"앞 \u201C노바\u201D 뒤", "\"노바\"", "\u201C노바\u201D"},
      {"앞 \u300C노바\u300D 뒤", "'노바'", "\u300C노바\u300D"},
      {"x \u1112\u1161\u11AB\u1100\u1173\u11AF y", "한글", "\u1112\u1161\u11AB\u1100\u1173\u11AF"},
      {"x \u1112\u1161\u11AB\u1100\u1173\u11AF y", "글", "\u1100\u1173\u11AF"},
      {"\xEF\xBC\xA1\xEF\xBC\xA9 lab", "AI", "\xEF\xBC\xA1\xEF\xBC\xA9"},
      {"line one\r\nline two", "line two", "line two"},
      {"line one\r\nline two", "line one", "line one"},
      {"노\u200B바 랩", "노바", "노\u200B바"},
      {"노바\u200B 랩", "노바", "노바"},  // dropped characters at the end are not quoted
      {"a\xFF b", "a\uFFFD", "a\xFF"},
      {"Cafe\u0301 bar", "Caf\u00E9", "Cafe\u0301"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.raw);
    CAPTURE(row.needle);
    const ex::Text t = ex::normalize(row.raw);
    check_map(t);
    const std::size_t at = t.norm.find(row.needle);
    REQUIRE(at != std::string::npos);
    const ex::Span span{at, at + row.needle.size()};
    CHECK(t.slice(span) == row.needle);
    CHECK(t.raw_slice(span) == row.expected);
  }
}

TEST_CASE("normalize keeps NFC text byte for byte") {
  const std::string raw = "오픈AI는 2015년 설립됐다. \u00B7 \u2026 caf\u00E9";
  const ex::Text t = ex::normalize(raw);
  CHECK(t.norm == raw);
  for (std::size_t i = 0; i < raw.size(); ++i)
    if ((static_cast<unsigned char>(raw[i]) & 0xC0) != 0x80) CHECK(t.to_raw[i] == i);
  CHECK(t.to_raw[raw.size()] == raw.size());
}

TEST_CASE("raw_slice of an empty span is empty") {
  const ex::Text t = ex::normalize("abc");
  CHECK(t.raw_slice({1, 1}).empty());
  CHECK(t.raw_slice({0, 3}) == "abc");
}
