// Hangul word classes (extract/hangul_words.cpp): Korean full names, titles and their honorifics.
#include <doctest/doctest.h>

#include <string_view>

#include "extract/hangul_words.h"

using namespace inmaek::extract;

TEST_CASE("looks_like_korean_full_name: a word of the language with the particle 은 or 이 is no name, unless a common family name opens it") {
  CHECK(looks_like_korean_full_name("박지은"));
  CHECK(looks_like_korean_full_name("조하은"));
  CHECK(looks_like_korean_full_name("이수은"));  // (이수 is a word, 이 a common family name)
  CHECK_FALSE(looks_like_korean_full_name("모델은"));
  CHECK_FALSE(looks_like_korean_full_name("모델이"));
  CHECK_FALSE(looks_like_korean_full_name("시장은"));
}

TEST_CASE("title_prefix: a title with the honorific of address and its particle ('CTO님', '대표님은', '파트너님께서')") {
  CHECK(title_prefix("CTO님") == "CTO");
  CHECK(title_prefix("대표님은") == "대표");
  CHECK(title_prefix("파트너님께서") == "파트너");
  CHECK(title_prefix("대표님들") == "");  // (not a plural of the honorific)
}

TEST_CASE("title_prefix: any chief officer ('최고크리에이티브책임자(CCO)와') and a scholar of any field ('물리학자') are titles") {
  CHECK(title_prefix("최고크리에이티브책임자(CCO)와") == "최고크리에이티브책임자");
  CHECK(title_prefix("최고고객책임자로") == "최고고객책임자");
  CHECK(title_prefix("물리학자") == "물리학자");
  CHECK(title_prefix("경제학자인") == "경제학자");
  CHECK(title_prefix("컴퓨터과학자가") == "컴퓨터과학자");
  CHECK(title_prefix("최고의") == "");
  CHECK(title_prefix("학자금") == "");
}

TEST_CASE("title_prefix: a director, a manager or a board member of a field, or standing ('과학디렉터인', '상임이사는') is a title") {
  CHECK(title_prefix("과학디렉터인") == "과학디렉터");
  CHECK(title_prefix("상임이사는") == "상임이사");
  CHECK(title_prefix("기술이사") == "기술이사");
  CHECK(title_prefix("사업매니저로") == "사업매니저");
  // (not a name before the title, nor a word that only contains it)
  CHECK(title_prefix("카마우이사") == "");
  CHECK(title_prefix("과학이사회") == "");
}
