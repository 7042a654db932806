#include "extract/korean_dictionary.h"

#include <doctest/doctest.h>

using namespace inmaek::extract;

TEST_CASE("the Korean dictionary is loaded and composed from jamo") {
  CHECK(dictionary_size() > 90000);
  // ordinary nouns, adverbs and verb forms of hunspell-ko, stored there in conjoining jamo
  CHECK(is_dictionary_word("설립"));
  CHECK(is_dictionary_word("병원"));
  CHECK(is_dictionary_word("가까이"));
  CHECK(is_dictionary_word("애플리케이션"));
  // the team's loanword list
  CHECK(is_dictionary_word("스타트업"));
  CHECK(is_dictionary_word("벤처캐피털"));
  // invented names are not words
  CHECK_FALSE(is_dictionary_word("뷰로직스"));
  CHECK_FALSE(is_dictionary_word("누리봇"));
  CHECK_FALSE(is_dictionary_word(""));
  CHECK_FALSE(is_dictionary_word("AI"));
}

TEST_CASE("compound common nouns split into dictionary words") {
  CHECK(is_dictionary_compound("데이터센터"));
  CHECK(is_dictionary_compound("의료영상"));
  CHECK(is_dictionary_compound("판독결과"));
  CHECK(is_dictionary_compound("거대언어모델"));
  CHECK(is_dictionary_compound("소비자용"));  // a word and a derivational suffix
  CHECK(is_dictionary_compound("병원"));      // a word is its own compound
  CHECK_FALSE(is_dictionary_compound("뷰로직스"));
  CHECK_FALSE(is_dictionary_compound("세광제약"));  // an unknown head keeps a name a name
  CHECK_FALSE(is_dictionary_compound("스텔라게임즈"));
  CHECK_FALSE(is_dictionary_compound("가"));
  CHECK_FALSE(is_dictionary_compound("Open AI"));
}
