#include "export/escape.h"

#include <doctest/doctest.h>

#include <string>

using namespace inmaek::exporters;

namespace {

struct Row {
  std::string input;
  std::string expected;
};

}  // namespace

TEST_CASE("sanitize_utf8 drops invalid sequences and keeps valid text") {
  const Row rows[] = {
      {"plain", "plain"},
      {"한국어 오픈AI", "한국어 오픈AI"},
      {"🤖 emoji", "🤖 emoji"},
      {"bad\xFF" "byte", "badbyte"},
      {"stray \x80 continuation", "stray  continuation"},
      {"truncated \xE2\x82", "truncated "},
      {"overlong \xC0\xAF slash", "overlong  slash"},
      {"surrogate \xED\xA0\x80!", "surrogate !"},
      {"too big \xF4\x90\x80\x80!", "too big !"},
      {"ctrl \x01 kept", "ctrl \x01 kept"},
      {"", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    CHECK(sanitize_utf8(row.input) == row.expected);
  }
}

TEST_CASE("strip_xml_forbidden removes what XML 1.0 forbids") {
  const Row rows[] = {
      {"tab\tnew\nline\rcr", "tab\tnew\nline\rcr"},
      {"ctrl\x01\x02\x1F end", "ctrl end"},
      {std::string("nul\0byte", 8), "nulbyte"},
      {"\xEF\xBF\xBE\xEF\xBF\xBF nonchars", " nonchars"},
      {"한국어 🤖", "한국어 🤖"},
      {"bad\xFF", "bad"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    CHECK(strip_xml_forbidden(row.input) == row.expected);
  }
}

TEST_CASE("escape_xml") {
  const Row rows[] = {
      {"plain text", "plain text"},
      {"Quote \"Inc\"", "Quote &quot;Inc&quot;"},
      {"<AT&T's>", "&lt;AT&amp;T&apos;s&gt;"},
      {"back\\slash and trailing\\", "back\\slash and trailing\\"},
      {"line1\nline2", "line1&#10;line2"},
      {"tab\there", "tab&#9;here"},
      {"cr\r\nlf", "cr&#13;&#10;lf"},
      {"ctrl\x01" "char\x7F", "ctrlchar\x7F"},
      {"🤖 robot", "🤖 robot"},
      {"샘 올트먼 오픈AI", "샘 올트먼 오픈AI"},
      {"&amp; already", "&amp;amp; already"},
      {"bad\xC3", "bad"},
      {"", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    CHECK(escape_xml(row.input) == row.expected);
  }
}

TEST_CASE("escape_dot") {
  struct DotRow {
    std::string input;
    std::string id;     // escape_dot(input)
    std::string label;  // escape_dot(input, true)
  };
  const DotRow rows[] = {
      {"plain", "plain", "plain"},
      {"Quote \"Inc\"", "Quote \\\"Inc\\\"", "Quote \\\"Inc\\\""},
      {"back\\slash", "back\\\\slash", "back\\\\slash"},
      {"trailing\\", "trailing\\\\", "trailing\\\\"},
      {"\\N \\G \\l", "\\\\N \\\\G \\\\l", "\\\\N \\\\G \\\\l"},
      {"line1\nline2", "line1\\nline2", "line1\\nline2"},
      {"crlf\r\nend", "crlf\\nend", "crlf\\nend"},
      {"tab\there", "tab here", "tab here"},
      {"ctrl\x01\x1F\x7F" "char\xC2\x85", "ctrlchar", "ctrlchar"},
      {"<AT&T's>", "<AT&T's>", "<AT&amp;T's>"},
      {"&lt;entity&gt;", "&lt;entity&gt;", "&amp;lt;entity&amp;gt;"},
      {"node", "node", "node"},
      {"🤖 로봇", "🤖 로봇", "🤖 로봇"},
      {"한국어 회사 (주)", "한국어 회사 (주)", "한국어 회사 (주)"},
      {"bad\xFF" "byte", "badbyte", "badbyte"},
      {"", "", ""},
  };
  for (const DotRow& row : rows) {
    CAPTURE(row.input);
    CHECK(escape_dot(row.input) == row.id);
    CHECK(escape_dot(row.input, true) == row.label);
  }
}

TEST_CASE("percent_encode keeps only unreserved ASCII") {
  const Row rows[] = {
      {"sam-altman", "sam-altman"},
      {"gpt-4.5_x~", "gpt-4.5_x~"},
      {"코어", "%EC%BD%94%EC%96%B4"},
      {"a b/c?d#e", "a%20b%2Fc%3Fd%23e"},
      {"q\"\\", "q%22%5C"},
      {"bad\xFF", "bad"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    CHECK(percent_encode(row.input) == row.expected);
  }
}
