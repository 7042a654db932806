#pragma once
// Romanization of Hangul names, and rough phonetic keys that match a Hangul transliteration of a
// foreign name to its Latin spelling.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace inmaek::extract {

struct RomanizeOptions {
  bool as_person_name = false;  // surname first with its customary spelling, given name hyphenated
};

// Revised Romanization of Korean (RR) of the Hangul in text. Only precomposed syllables (NFC) are
// romanized; everything else passes through unchanged, and each word that starts with Hangul is
// capitalized.
//
// Default: RR with the sound changes across syllables inside a word: linking (영어 Yeongeo, 굳이
// Guji), ㄹ+ㄹ and ㄴ/ㄹ (신라 Silla), nasalization (국민 Gungmin, 종로 Jongno), ㅎ+ㄱㄷㅈ (좋고 Joko).
// ㅎ after ㄱㄷㅂ stays, as RR writes it in nouns (묵호 Mukho). No hyphen is added for ambiguous
// boundaries. 노바큐브 -> "Nobakyubeu". Meant as a fallback id, not a display name.
//
// as_person_name: "박지훈" or "박 지훈" -> "Park Ji-hun". The surname (one syllable, or a compound
// such as 남궁 in a name of 3+ syllables) takes its customary spelling (김 Kim, 이 Lee, 박 Park,
// 최 Choi, 정 Jung, 윤 Yoon, 임 Lim, 류 Ryu, 유 Yoo, 남궁 Namgung ...) or RR when it has none. The
// given name is plain RR per syllable, joined by hyphens, with no sound change across syllables
// (RR's rule for given names): 김경훈 -> "Kim Gyeong-hun", not the popular "Kim Kyung-hoon".
// Input that is not 1-2 space-separated runs of Hangul syllables falls back to the default.
std::string romanize(std::string_view hangul, const RomanizeOptions& options = {});

// True when `latin` (letters only; case, hyphens and spaces ignored) spells the Hangul syllables
// the way Korean names are written in English: RR, McCune-Reischauer without diacritics, or the
// popular spellings ("승현" = Seung-hyun, Seunghyeon, Sung-hyun; "지훈" = Ji-hoon, Jihun, Chihoon).
// At most four syllables.
bool korean_name_spelled(std::string_view hangul, std::string_view latin);

// True when `latin` is one of the spellings Korean surname `hangul` takes in English text: 이 is
// Lee, Yi, Rhee or I; 박 is Park or Pak; 엄 is Eom or Um (the customary one included).
bool surname_matches_latin(std::string_view hangul, std::string_view latin);

// The other way: the Korean surnames (of the table above) that `latin` spells ("Chang" -> 장, "Yu" ->
// 유 and 류), in the table's order; none for a word no Korean surname is written as.
std::vector<std::string> korean_surnames_spelled(std::string_view latin);

// The strings the two tests above accept, in lower-case letters (a Latin word is accepted when
// its letters, lower-cased, are one of them): every spelling korean_name_spelled() knows for
// `hangul` (none unless it is 1-4 Hangul syllables), and the English spellings of a surname.
std::vector<std::string> korean_name_spellings(std::string_view hangul);
std::vector<std::string> surname_spellings(std::string_view hangul);

// A rough phonetic skeleton of a Latin-script name, comparable with hangul_phonetic_key(). Symbols:
// P (b p f v ph), K (c k q ck, hard g, ch before a consonant), T (t d th), S (s z j sh sch ts tz,
// soft c, dg before e/i/y), x gives KS, M, N (n, final ng), L (l r), H (initial h, h between
// vowels), G (g before e/i/y: K or S), C (ch: K or S) and "a" for each run of vowels. Silent letters are dropped: h after
// a consonant or before one, r after a vowel and before a consonant or the end, a final e after a
// consonant (also in a final -es, unless after s x z g c h), w and y as glides. A repeated symbol
// counts once; word breaks are ignored.
// "Sam Altman" -> "SaMaLTMaN", "Sutskever" -> "SaSKaPa".
std::string latin_key(std::string_view latin);

// The same skeleton for a Hangul transliteration. Consonants by class (ㅂㅃㅍ P, ㄱㄲㅋ K, ㄷㄸㅌ T,
// ㅅㅆㅈㅉㅊ S, ㅁ M, ㄴ N, ㄹ L, ㅎ H, final ㅇ N, final ㅅ T, initial ㅇ and final ㅎ silent); each
// vowel gives "a" except the epenthetic ones: ㅡ after a consonant in an open syllable or before a
// final ㄹ (스, 트, 크; 구글 = Google, 애플 = Apple) and a word-final 지/치 (조지 = George).
// Non-Hangul characters are ignored. "샘 올트먼" -> "SaMaLTMaN".
std::string hangul_phonetic_key(std::string_view hangul);

// True when the Hangul spelling plausibly transliterates the Latin one: the keys are compared by an
// edit distance where S/T costs 0.5, G and C match K or S for free, and everything else costs 1. The
// allowance depends on the fewer consonants of the two keys: 0 for up to 2 (exact skeleton), 0.5 for
// 3-4, 1 for 5 or more. Conservative: vowels count only as syllable slots, so 올트먼/Altman,
// 머스크/Musk and 앤스로픽/Anthropic match but 나델라/Nadal and 슐먼/Schumer don't. It can't tell
// apart names with the same consonants and syllable count (무라티/Moretti).
bool hangul_matches_latin(std::string_view hangul, std::string_view latin);

// The same, with no allowance: the skeletons are equal (with or without a spoken r before a
// consonant and the vowel of 스/즈).
bool hangul_spells_latin_exactly(std::string_view hangul, std::string_view latin);

// The skeletons of one name, computed once when a name is compared with many: key[0] and key[1]
// are a Hangul name's hangul_phonetic_key() and its key with ㅡ kept as a vowel (key[2] is key[1]),
// or a Latin name's latin_key(), its key with every r spoken, and its key with every r and a final
// e spoken ("Tsubame" = 츠바메). The two functions below give the same answers as the ones above on
// the names the keys were made of.
struct PhoneticKeys {
  std::string key[3];
  std::size_t consonants[3] = {0, 0, 0};  // symbols other than "a"
};
PhoneticKeys hangul_keys(std::string_view hangul);
PhoneticKeys latin_keys(std::string_view latin);
// A word spelled in Hepburn syllables only, in lower case ("fujimoto", "hattori"): a Japanese name's shape.
bool japanese_shaped(std::string_view w);
bool hangul_matches_latin(const PhoneticKeys& hangul, const PhoneticKeys& latin);
bool hangul_spells_latin_exactly(const PhoneticKeys& hangul, const PhoneticKeys& latin);

}  // namespace inmaek::extract
