#pragma once
// Name tests assemble uses to join entities across documents and languages.
#include <string_view>

#include "extract/utf8.h"  // has_hangul

namespace inmaek::extract {

// A Hangul person name and a Latin one name the same person: "한서진" / "Han Seo-jin", "Seo-jin
// Han", "Seojin Han" (Korean names by their English spellings, surnames as Lee/Yi/Rhee), "에릭 모건"
// / "Eric Morgan" (each word transliterates); a foreign surname alone ("머라티") and the last word.
bool person_names_match(std::string_view hangul, std::string_view latin);
// A French name respelled as English spelling would say it ("Ferrand" -> "feran"), a second reading.
std::string french_reading(std::string_view word);
std::string iberian_reading(std::string_view word);
std::string indic_reading(std::string_view word);
// A Latin word read as Mandarin pinyin, in Hangul as Korean writes Chinese names ("Chen" -> 천), or "".
std::string pinyin_hangul(std::string_view word);

// Organisation and product names across languages: "윤슬AI" / "Yunseul AI", "물결-2" / "Mulgyeol-2",
// "청람금융그룹" / "Cheongram Financial Group". strict: the phonetic skeletons must be equal.
bool org_names_match(std::string_view hangul, std::string_view latin, bool strict = false);

}  // namespace inmaek::extract
