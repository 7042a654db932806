// Words of a sentence (extract/tokens.cpp): punctuation at word edges becomes flags on the words.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/tokens.h"

using namespace inmaek::extract;

namespace {

std::vector<Token> words(std::string_view text) { return tokenize(text, {0, text.size()}); }

}  // namespace

TEST_CASE("tokens: commas, quotes and parentheses at word edges are flags, not words") {
  const std::vector<Token> t = words("\"Nova (Seoul), a lab,\" said Kim.");
  REQUIRE(t.size() == 6);
  CHECK(t[0].text == "Nova");
  CHECK(t[0].open_before);
  CHECK(t[1].text == "Seoul");
  CHECK(t[1].paren_open_before);
  CHECK(t[1].comma_after);
  CHECK(t[3].text == "lab");
  CHECK(t[3].close_after);
  CHECK(t[5].text == "Kim");
}

TEST_CASE("tokens: an em or en dash between words is noted on the word before it") {
  const std::vector<Token> t = words("Tern — Palisade Compute – model | Lab co-founder");
  REQUIRE(t.size() == 7);
  CHECK(t[0].dash_after);        // em dash
  CHECK_FALSE(t[1].dash_after);  // "Palisade Compute"
  CHECK(t[2].dash_after);        // en dash
  CHECK(t[4].text == "|");       // a bar is a word of its own
  CHECK_FALSE(t[5].dash_after);
  CHECK(t[6].text == "co-founder");  // a hyphen inside a word stays
  CHECK_FALSE(t.back().dash_after);
}

TEST_CASE("tokens: a photo caption's position markers are dropped, their comma kept") {
  std::vector<Token> t = words("Founders Ana Lopes (left), Ben Ito (R) and Cy Park (center) in Seoul; he left (early).");
  drop_photo_positions(t);
  std::string joined;
  for (const Token& w : t) joined += std::string(w.text) + (w.comma_after ? ", " : " ");
  CHECK(joined == "Founders Ana Lopes, Ben Ito and Cy Park in Seoul he left early ");
  // a lone "(left)" opening a sentence is a word, not a marker after a name
  std::vector<Token> u = words("(Left) out of the deal");
  drop_photo_positions(u);
  CHECK(u.size() == 5);
}

TEST_CASE("tokens: the list marks of announcements and arrows are no part of a word") {
  const std::vector<Token> t = words("◇한빛인베스트먼트 ▲부사장 김민수 ※참고 ★Nova →Orbit");
  REQUIRE(t.size() == 6);
  CHECK(t[0].text == "한빛인베스트먼트");
  CHECK(t[1].text == "부사장");
  CHECK(t[2].text == "김민수");
  CHECK(t[3].text == "참고");
  CHECK(t[4].text == "Nova");
  CHECK(t[5].text == "Orbit");
}

TEST_CASE("tokens: an arrow inside a word ends it ('누리랩스→한빛AI', a move from one company to the next)") {
  const std::vector<Token> t = words("누리랩스→한빛AI Nova⇒Orbit");
  REQUIRE(t.size() == 4);
  CHECK(t[0].text == "누리랩스");
  CHECK(t[1].text == "한빛AI");
  CHECK(t[2].text == "Nova");
  CHECK(t[3].text == "Orbit");
}

TEST_CASE("tokens: a double hyphen is a dash, inside a word or between words") {
  const std::vector<Token> t = words("2026--Parallax Reasoning -- a lab co-founder");
  REQUIRE(t.size() == 6);
  CHECK(t[0].text == "2026");
  CHECK(t[0].dash_after);
  CHECK(t[1].text == "Parallax");
  CHECK(t[2].text == "Reasoning");
  CHECK(t[2].dash_after);
  CHECK(t[3].text == "a");
  CHECK(t[5].text == "co-founder");
}

TEST_CASE("tokens: an English line's list mark is dropped, a lone word is kept") {
  std::vector<Token> t = words("- Ana Lopes, partner, Cedar Fund");
  drop_list_mark(t);
  REQUIRE(t.size() == 5);
  CHECK(t[0].text == "Ana");
  std::vector<Token> u = words("\u2022 Ben Ito");
  drop_list_mark(u);
  CHECK(u.front().text == "Ben");
  std::vector<Token> v = words("-");  // (nothing after it: kept)
  drop_list_mark(v);
  CHECK(v.size() == 1);
  std::vector<Token> w = words("Ana - Ben");  // (a hyphen between words is no list mark)
  drop_list_mark(w);
  CHECK(w.size() == 3);
}

TEST_CASE("tokens: an equals sign separates a speaker or a heading from what follows, as a comma") {
  const std::vector<Token> t = words("\u25B6박지훈=네, 맞습니다. a=b");
  REQUIRE(t.size() >= 3);
  CHECK(t[0].text == "박지훈");
  CHECK(t[0].comma_after);
  CHECK(t[1].text == "네");
}

TEST_CASE("tokens: an arrow between words is noted on the word before it, as a dash and as an arrow") {
  const std::vector<Token> t = words("Ethan Cole → Maru Labs — Seoul");
  REQUIRE(t.size() == 5);
  CHECK(t[1].arrow_after);
  CHECK(t[1].dash_after);
  CHECK(t[3].dash_after);
  CHECK_FALSE(t[3].arrow_after);
}

TEST_CASE("tokens: a middle dot after a closing parenthesis parts two items of a list, as a comma would") {
  const std::vector<Token> t = words("기욤 랑플(Guillaume Lample)·티모테 라크루아(Timothée Lacroix)가");
  REQUIRE(t.size() == 6);
  CHECK(t[2].text == "Lample");
  CHECK(t[2].comma_after);
  CHECK(t[2].close_after);
  CHECK(t[3].text == "티모테");
  // (a middle dot between words, with no parenthesis, stays inside the word: "석준영·옥다은")
  CHECK(words("석준영·옥다은 공동대표").size() == 2);
}

TEST_CASE("tokens: an ellipsis inside a word or after it ends the word and is noted on it ('인수…창업자')") {
  const std::vector<Token> t = words("하늘전자, 루멘텐서 인수…창업자 가오수이 영입… 끝");
  REQUIRE(t.size() == 7);
  CHECK(t[2].text == "인수");
  CHECK(t[2].ellipsis_after);
  CHECK(t[3].text == "창업자");
  CHECK_FALSE(t[3].ellipsis_after);
  CHECK(t[5].ellipsis_after);
  CHECK_FALSE(t[1].ellipsis_after);
}
