#pragma once
// Jamo-level comparison of Korean names: decomposition, a variant key under which common
// transliteration spellings of one foreign name coincide, a confusion-aware similarity, and the
// same-name decision used by entity resolution.
#include <string>
#include <string_view>

namespace inmaek::extract {

// Decomposes UTF-8 text into Hangul compatibility jamo (U+3131..U+3163). Each syllable gives its
// initial (a silent ㅇ included), its vowel, and its final when it has one; a compound final stays
// one letter (닭 -> ㄷㅏㄺ). Conjoining jamo (NFD text) come out as compatibility jamo too.
// ASCII and full-width Latin letters come out as lowercase ASCII; digits and other characters pass
// through unchanged. Whitespace, punctuation (· - . ' , etc.) and U+FFFD are dropped.
std::u32string to_jamo(std::string_view utf8);

// True when name reads as a native Korean person name: 2-4 Hangul syllables (spaces ignored), a
// known surname (compound ones such as 남궁 included) followed by a 1-2 syllable given name, and none
// of the marks that betray a loanword: an initial ㅋ or tense consonant, ㅡ in an open syllable after
// a consonant (스, 트) or after ㅌㅍㅊ (틀, 픈), ㄹ+ㄹ across syllables, a final other than ㄱㄴㄹㅁㅂㅇ,
// the vowels ㅒㅙㅞ.
// 김철수, 남궁민수 and 박 지훈 qualify; 하사비스 (3-syllable given name), 나델라 (ㄹㄹ) and 오픈AI don't.
bool looks_like_korean_name(std::string_view name);

// A canonical key for a name: two spellings with the same key are taken as transliteration variants.
// Native Korean names (looks_like_korean_name) are not folded: their key is their jamo, so 김철수 and
// 김철호 stay apart. Other names are folded:
//   - spaces and punctuation are dropped and Latin is lowercased (딥 마인드 = 딥마인드, 오픈 AI = 오픈AI);
//   - a silent initial ㅇ is dropped and ㅡ is dropped everywhere (epenthetic: 브로크만 = 브록만);
//   - ㅏㅓㅗㅐㅔㅜ become one vowel (알트만 = 알트먼 = 올트먼, 브록만 = 브록맨, 저커버그 = 주커버그), and
//     likewise their y- and w- forms (ㅑㅕㅛㅠㅒㅖ, ㅘㅝㅙㅞㅚ); ㅢ becomes ㅣ;
//   - after ㅅㅆㅈㅉㅊ a y-vowel loses its y and ㅟ becomes ㅣ (쉬어 = 시어, 쥬 = 주); after a ㅣ vowel
//     이아/이야 coincide (엔비디아 = 엔비디야);
//   - tense initials become aspirated or plain (ㄸ->ㅌ 무라띠 = 무라티, ㅆ->ㅅ, ㄲ->ㅋ, ㅃ->ㅍ, ㅉ->ㅊ);
//   - finals are read as sounds (ㄱ=ㅋ, ㅂ=ㅍ, ㄷㅅㅆㅈㅊㅌ=ㅌ, ㅎ silent; 로봇 = 로보트) and a doubled
//     consonant counts once (햄머 = 해머, 스텔라 = 스테라).
// ㅅ/ㅌ (앤트로픽/앤스로픽) is left to jamo_similarity: folding it would merge too much.
// The key is UTF-8 made of jamo and lowercase ASCII; only equality between keys is meaningful.
std::string variant_key(std::string_view name);

// Similarity of two names in [0, 1]: 1 - weighted edit distance / max length, over to_jamo().
// Costs are 1 except: vowels among ㅏㅓㅗㅐㅔㅜㅡ, a vowel and its y- or w- form, ㅟ/ㅢ and ㅣ: 0.3;
// ㅔ/ㅐ and ㅣ: 0.5; consonants among ㅅㅆㅌㄸ, a plain or aspirated consonant and its tense form: 0.3;
// a plain consonant and its aspirated form (ㄱ/ㅋ, ㄷ/ㅌ, ㅂ/ㅍ, ㅈ/ㅊ): 0.5; inserting or deleting ㅡ
// or one of a doubled consonant (ㄹ/ㄹㄹ): 0.3. Two empty names have similarity 1.
double jamo_similarity(std::string_view a, std::string_view b);

// The decision entity resolution uses: are a and b spellings of the same name?
//   - identical after to_jamo() (spaces, punctuation and case ignored): true;
//   - either is a native Korean name (looks_like_korean_name): false otherwise — such names differ
//     in one syllable and are still different people (김철수/김철호);
//   - either has at most 2 units (Hangul syllables plus Latin letters and digits): only a narrower key
//     that folds ㅐ/ㅔ, ㅡ, tense initials and finals but not ㅏ/ㅓ/ㅗ/ㅜ may match (라마/로마, 빙/핑 false);
//   - otherwise the jamo lengths must be within a ratio of 0.75, and the jamo must align through the
//     reduced-cost edits of jamo_similarity alone (no full-cost edit) with a similarity of at least
//     0.9 (앤트로픽/앤스로픽, 수츠케버/수츠키버, 알트만/올트먼 true; 메타/메타버스, 오픈AI/오픈AI코리아,
//     앤트로픽/앤트로피 false). A shared variant_key alone is not enough: 카카오/코코아 share one but
//     differ in every vowel (similarity 0.85).
// Empty names are never the same. Use variant_key to find candidates, this to confirm them.
bool same_transliteration(std::string_view a, std::string_view b);

}  // namespace inmaek::extract
