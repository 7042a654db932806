#pragma once
// Name tests assemble uses to join entities across documents and languages.
#include <string_view>

namespace inmaek::extract {

// True when `s` holds a Hangul syllable.
bool has_hangul(std::string_view s);

// A Hangul person name and a Latin one name the same person: "한서진" / "Han Seo-jin",
// "에릭 모건" / "Eric Morgan", "윤재희" / "Yoon Jae-hee". Only full names.
bool person_names_match(std::string_view hangul, std::string_view latin);

// Organisation and product names across languages: "윤슬AI" / "Yunseul AI", "물결-2" / "Mulgyeol-2".
bool org_names_match(std::string_view hangul, std::string_view latin);

}  // namespace inmaek::extract
