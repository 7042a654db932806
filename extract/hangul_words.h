#pragma once
// Word lists the extraction rules share: titles, type nouns, stop words, pronouns.
#include <string_view>

namespace inmaek::extract {

// The title at the start of `word` ("CEO", "최고경영자", "부사장", "연구원"...), or "" when the
// word is not a title. The remainder may be a particle, "(CEO)" or a copula ending.
std::string_view title_prefix(std::string_view word);
// Common Japanese surnames as Korean writes them ("사토", "마쓰다"), among them words of the language.
bool is_japanese_surname(std::string_view w);

// "엑사원랩장", "공동연구원장", "신호처리연구소장": the head of a unit named in the word, a post; the
// word without its particle, or "" (not "AI연구원장", the head of what the name before it is).
std::string_view unit_head_title(std::string_view word);

// A post as announcements write it: a title, a unit's head, or a charge ending in 담당/총괄
// ("글로벌AI파트너십담당").
bool is_post_word(std::string_view word);

// Modifiers that can stand before a title inside an apposition ("수석", "공동", "최고", "임시").
bool is_title_modifier(std::string_view word);
// An organisation's unit: "클라우드본부", "음성AI부문", "개발팀" (a team's word alone too).
bool is_department_unit(std::string_view word);

// "전", "前", "전직": the title that follows is a former one.
bool is_former_marker(std::string_view word);
// "현", "現", "현직": the title that follows is current.
bool is_current_marker(std::string_view word);

// Words that can never be (part of) a person's name.
bool is_name_stopword(std::string_view word);

// A family name of one syllable written apart ("탄 웨이링", "김 대표"): a Korean one, or a Chinese or Vietnamese one
// as Korean papers write it.
bool is_surname_syllable(std::string_view word);

// A word that opens with one of the twenty most common Korean family names (김, 이, 박 ...).
bool opens_with_common_family_name(std::string_view word);

// A Hangul word that looks like a Korean native full name: a common surname syllable (or a
// two-syllable one) followed by one or two syllables, e.g. "김경훈", "남궁민".
bool looks_like_korean_full_name(std::string_view word);

// A Hangul word of three syllables that starts with a Korean surname (a common or a rarer one) and is
// no dictionary word: "탁은비" before "님", where the honorific says it is a person.
bool looks_like_honoured_name(std::string_view word);

// The last syllable of the word marks a verb or adjective form ("주도했던", "설립한", "말했다").
bool looks_like_predicate(std::string_view word);

enum class TypeNoun { None, Organization, Product, Person };
// Type nouns that announce a name: "스타트업", "회사", "기업" -> Organization; "모델", "서비스",
// "챗봇", "칩" -> Product. `word` may carry a particle ("회사인", "모델은").
TypeNoun type_noun(std::string_view word);

// A bare noun for a kind of organisation that stands before its name: "스타트업", "기업", "업체",
// "게임사", "헤지펀드", "투자사", "패밀리오피스", "제약사", "병원", "대학", or a word of the language before
// 업체/기업/회사 ("장비업체", "보안기업") (no particle).
bool is_org_kind_noun(std::string_view word);

// "공개한", "출시한", "개발한", "내놓은", "선보인", "만든", "발표한": a release verb in adnominal form.
bool is_release_adnominal(std::string_view word);
// The adnominal forms of founding a company: "세운", "설립한", "창업한", "차린", "공동창업한".
bool is_founding_adnominal(std::string_view word);

// Common nouns that are never names on their own ("투자", "기술", "시장", "서비스"...).
bool is_common_noun(std::string_view word);
// A country, region or city in Korean ("미국", "팰로앨토"), or one with 의 ("카이로의"): a place that
// describes the name after it (extract/data/places_ko.txt).
bool is_korean_place(std::string_view word);

// A word that can name an organisation standing between a person and a title ("노바큐브",
// "한국AI산업연구원", "한결대"): no particle, no predicate ending, no stop word.
bool is_org_like_word(std::string_view word);

// Organisation name shapes: "...AI", "...랩스", "...연구소", "...전자", "...캐피털", "(주)...".
// A company's kind written as a word of its own, apart from its name: "시스템스" of "하야테 시스템스".
bool is_company_kind_word(std::string_view word);
bool looks_like_org_name(std::string_view word);
// The length of a Korean group's Latin initials that open the word ("CJ" of "CJ올리브영", "GS" of
// "GS리테일"), 0 when none does.
std::size_t group_initials(std::string_view word);

}  // namespace inmaek::extract
