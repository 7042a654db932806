#pragma once
// Name tests assemble uses to join entities across documents and languages.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/romanize.h"  // PhoneticKeys
#include "extract/utf8.h"      // has_hangul

namespace inmaek::extract {

// A Chinese name's Hangul with its glides written as syllables of their own merged, as the standard writes them:
// "티엔싱" -> "톈싱" (Tianxing), "시아오" -> "샤오".
std::string merge_pinyin_glides(std::string_view hangul);

// A Hangul person name and a Latin one name the same person: "한서진" / "Han Seo-jin", "Seo-jin
// Han", "Seojin Han" (Korean names by their English spellings, surnames as Lee/Yi/Rhee), "에릭 모건"
// / "Eric Morgan" (each word transliterates); a foreign surname alone ("머라티") and the last word.
bool person_names_match(std::string_view hangul, std::string_view latin);
// A French name respelled as English spelling would say it ("Ferrand" -> "feran"), a second reading.
std::string french_reading(std::string_view word);
std::string iberian_reading(std::string_view word);
std::string brazilian_reading(std::string_view word);
std::string spanish_reading(std::string_view word);
std::string german_reading(std::string_view word);
std::string indic_reading(std::string_view word);
std::string indonesian_reading(std::string_view word);
std::string thai_reading(std::string_view word);
std::string slavic_reading(std::string_view word);
std::string turkish_reading(std::string_view word);
std::string ukrainian_reading(std::string_view word, bool russian);
std::string hungarian_reading(std::string_view word);
// A Latin word read as Mandarin pinyin, in Hangul as Korean writes Chinese names ("Chen" -> 천), or "".
std::string pinyin_hangul(std::string_view word);
// Hangul as Chinese names are written in more than one way, folded to one ("량쑤원", "량슈원" -> "량수원"):
// a tense ㅆ, ㅉ plain, and ㅠ after ㅅ, ㅈ, ㅊ (the English reading of "shu", "zhu", "chu") ㅜ. Pinyin's
// Hangul and a Hangul name are compared folded.
std::string fold_chinese_hangul(std::string_view hangul);
// The pinyin syllables of a Latin word, without tones, lower case ("Minghao" -> ming, hao), or none
// when the word is not a run of pinyin syllables.
std::vector<std::string> pinyin_syllables(std::string_view word);
// The pinyin a Wade-Giles word may stand for ("Tsai" -> zai, cai; "Yu-ting" -> yuding, yuting), only
// those that parse as pinyin; at most 8.
std::vector<std::string> wade_giles_pinyin(std::string_view word);
// The Korean readings (한자음) of the common characters a Mandarin syllable names, as one string of
// Hangul syllables ("chen" -> "신심진참친침"; readings with ㄹ/ㄴ first also in their word-initial form:
// "liang" -> "량양"), from Unihan (extract/data/sino_korean.tsv); "" for no syllable.
std::string_view sino_korean_readings(std::string_view syllable);
// Each Hangul syllable is a Korean reading of the Mandarin syllable in the same place ("진", "명", "호"
// against chen, ming, hao), as many of one as of the other.
bool sino_korean_reads(const std::vector<std::string>& hangul_syllables, const std::vector<std::string>& pinyin);
// The code points of s, each as its UTF-8 bytes ("진명호" -> 진, 명, 호).
std::vector<std::string> code_points(std::string_view s);

// Organisation and product names across languages: "윤슬AI" / "Yunseul AI", "물결-2" / "Mulgyeol-2",
// "청람금융그룹" / "Cheongram Financial Group". strict: the phonetic skeletons must be equal.
bool org_names_match(std::string_view hangul, std::string_view latin, bool strict = false);

// --- the same tests on names prepared once (assemble compares every Hangul-only cluster with
// every Latin one: what depends on one name alone is computed once per name, not per pair).
// person_names_match(prepare_hangul_person(h), prepare_latin_person(l)) is person_names_match(h, l),
// and the same for organisations: the string functions above are these.

// Words of `s` split at spaces (runs of spaces give no empty words).
std::vector<std::string> split_words(std::string_view s);
// The ASCII letters of `s`, lower-cased; everything else dropped.
std::string letters_lower(std::string_view s);
// Muhammad in one of its spellings or short forms, as letters in lower case ("mohammad", "md", "mohd").
bool is_muhammad(std::string_view letters);
// Latin letters with diacritics as their base letters ("Élodie" -> "Elodie", "Phạm Thị" -> "Pham
// Thi", "Trần" -> "Tran"); other characters unchanged.
std::string fold_latin(std::string_view s);

struct HangulPerson {
  std::vector<std::string> words;
  std::string joined;              // the words without spaces
  std::string chinese;             // joined, fold_chinese_hangul (compared with pinyin)
  bool alone = false;              // one word of 3+ syllables that may be a foreign surname alone
  bool two_words = false;          // two words, both all Hangul syllables
  bool three_words = false;        // three words, all Hangul syllables, no Vietnamese surname first
  bool four_words = false;         // four words, all Hangul syllables (two given names, two surnames)
  bool korean = false;             // one word of 3-4 syllables (a Korean full name, in any spelling)
  std::vector<PhoneticKeys> keys;  // of each word, when one or two (or three_words, four_words)
  std::string romanized;           // letters of romanize(name, as_person_name), when korean
  std::vector<std::string> syllables;  // the syllables of the word, when korean
  // A Vietnamese name of three words ("쩐 민 코아"): its surname as Latin spells it ("tran") and the
  // keys of the other two words
  std::string vietnamese_surname;
  std::vector<PhoneticKeys> vietnamese_keys;
  struct Split {                   // surname of 1 or 2 syllables and a given name of 1-2
    bool ok = false;
    std::string surname, given, given_rr;
    std::vector<std::string> surname_spellings;  // surname_spellings(surname)
    // first letters of surname_spellings and korean_name_spellings of the surname, and of
    // korean_name_spellings of the given name (bit c - 'a'): a Latin word starting otherwise
    // spells neither
    std::uint32_t surname_initials = 0, given_initials = 0;
  } split[2];
};
struct LatinPerson {
  std::string text;
  std::vector<std::string> words;  // after "Al-"/"Al" are folded into the surname
  PhoneticKeys last, last_wh;      // the last word, and it with "Wh" read as "H" (when has_wh)
  // the particles glued to the front of the last word ("vander" of "vanderHorst", "de" of "deVilleneuve"), or empty;
  // the word without them ("Horst", "Villeneuve"), as written and read the French way; has_last_bare when that is of
  // five letters or more (enough for the surname alone)
  std::string last_particle;
  bool has_last_bare = false;
  PhoneticKeys last_bare, last_bare_french, last_bare_brazilian;
  // of three words or more, the word before the last (Portuguese and Spanish names go by their first
  // surname: "Magalhães" of "João Magalhães Teixeira"), and its Brazilian reading
  PhoneticKeys before_last, before_last_brazilian, last_brazilian, last_french;
  bool has_before_last = false;
  bool has_wh = false;
  bool pinyin = false;             // 2-3 words, each a run of pinyin syllables
  std::string pinyin_forward, pinyin_reversed;  // their Hangul, surname first / last word first
  // Taiwanese and Hong Kong names in Wade-Giles ("Tsai Yu-ting"): the Hangul of every pinyin they may
  // spell (aspiration is not written: "ts" is z or c), in both orders, when the words are no pinyin
  std::vector<std::string> wade_giles;
  // and the keys of its letters as written, when wade_giles: Korean outlets also read the romanization as
  // English ("Chiang Wei-ting" / "치앙웨이팅")
  PhoneticKeys wade_giles_letters;
  // their syllables in the same two orders ("Minghao Chen": ming hao chen / chen ming hao), when pinyin
  std::vector<std::string> syllables_forward, syllables_reversed;
  // Full names: words without a middle initial, 2-3 of 2+ bytes, none with Hangul.
  bool full = false;
  struct Word {
    PhoneticKeys plain, iberian, spanish, german, indic, wh, v, final_e, j, brazilian, th, indonesian, kh, slavic, thai, swedish, aspirate, turkish, hebrew, ukrainian, ukrainian_g, hungarian;
    bool has_iberian = false, has_spanish = false, has_german = false, has_indic = false, has_wh = false, has_v = false,
         has_final_e = false, has_j = false, has_brazilian = false, has_th = false, has_indonesian = false, has_kh = false, has_thai = false,
         has_slavic = false, has_swedish = false, has_aspirate = false, has_turkish = false, has_hebrew = false,
         has_ukrainian = false, has_ukrainian_g = false, has_hungarian = false;
  };
  std::vector<Word> word_keys;     // when full (two or three words)
  std::vector<PhoneticKeys> second_third;  // keys of the words after the first, when full with three or four words
  PhoneticKeys french_first, french_second;  // french_reading keys, when full with two words
  PhoneticKeys french_second_head;           // of a hyphenated surname's first part ("Villeneuve" of "Villeneuve-Cazaux")
  bool hyphenated_surname = false;
  // the halves of a hyphenated surname of two words' name, which Korean may write as two words ("카림 압델 라만" /
  // "Karim Abdel-Rahman")
  PhoneticKeys surname_head, surname_tail;
  std::string joined, joined_reversed;       // letters of both words, either order (two words)
  std::string front, back;                   // letters of the first and the last word
  std::string rest_after_first, rest_before_last;
};
// The Latin spelling of a Vietnamese surname as Korean writes it ("쩐" -> "tran", "응우옌" ->
// "nguyen"), or "" when the word is none.
std::string_view vietnamese_surname_latin(std::string_view hangul);
// A Vietnamese middle name as Korean writes it, between the surname and the given names: 티 (Thị), 반 (Văn), 딘
// (Đình), 꽝 (Quang).
bool is_vietnamese_middle_name(std::string_view hangul);
HangulPerson prepare_hangul_person(std::string_view hangul);
LatinPerson prepare_latin_person(std::string_view latin);
bool person_names_match(const HangulPerson& hangul, const LatinPerson& latin);
// How a pair matches: not at all, a Hangul word of a foreign surname alone ("머라티") on the Latin
// last word, or the whole name. The join prefers whole-name matches: "린웨이팅" is "Wei-Ting Lin"
// in pinyin, and only sounds like the surname of "Priya Raghunathan".
// (Given: the Hangul word is the Latin name's first word, a given name alone, "카녹완" / "Kanokwan Chaiyaporn", "칼리드" /
// "Khalid Al Mansoori": weaker still, taken only when it is the one fit and nothing else fits)
enum class PersonMatch { None, Given, Surname, Full };
PersonMatch person_match(const HangulPerson& hangul, const LatinPerson& latin);

// Exact blocking for person names (assembler_join.cpp): a Hangul name that is neither two words
// nor a possible surname alone can match a Latin name only through a string the two share
// exactly: its syllables = the Latin name's pinyin (either order), its person romanization = the
// Latin letters of both words (either order), or a spelling of its surname = the letters of the
// Latin first or last word (surname_spellings + korean_name_spellings). The index maps those
// strings to Latin names; `candidates` returns every Latin name the full test may accept.
class LatinPersonIndex {
 public:
  explicit LatinPersonIndex(const std::vector<LatinPerson>& names);
  // Sorted, without repeats; all names when `hangul` is not narrowed by the index.
  std::vector<std::uint32_t> candidates(const HangulPerson& hangul) const;

 private:
  void add(const std::string& key, std::uint32_t name);
  std::uint32_t size_ = 0;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_key_;
};

// A set of organisation-suffix indices (cross_lingual_org.cpp's kSuffixes), up to 192.
struct SuffixSet {
  std::uint64_t bits[3] = {0, 0, 0};
  void set(std::size_t k) { bits[k / 64] |= std::uint64_t{1} << (k % 64); }
  bool any() const { return (bits[0] | bits[1] | bits[2]) != 0; }
  // the lowest index in both sets, or -1
  int first_common(const SuffixSet& o) const {
    for (int w = 0; w < 3; ++w)
      if (const std::uint64_t c = bits[w] & o.bits[w]) return w * 64 + __builtin_ctzll(c);
    return -1;
  }
};

struct HangulOrg {
  std::string text;
  bool has_hangul = false;
  std::string digits;
  std::vector<std::string> words;
  std::vector<std::string> word_romanized;  // letters of romanize(word)
  std::vector<PhoneticKeys> word_keys;
  std::vector<std::string> word_glides;     // merge_pinyin_glides of each word's Hangul, when it differs, else empty
  struct Part {                             // a word's first or last syllables
    std::string text, romanized;
    PhoneticKeys keys;
    std::string glides;                     // merge_pinyin_glides(text) when it differs, else empty
  };
  // each word cut after each of its code points but the last: (first part, second part)
  std::vector<std::vector<std::pair<Part, Part>>> word_cuts;
  std::string head, tail;          // Hangul and Latin letters, and the Latin letters at the end
  struct Head {                    // the head, or without one known suffix
    std::string text;
    std::vector<std::string> chars;  // code_points(text), for the Korean readings of Chinese names
    std::size_t syllables = 0;
    std::string romanized;
    PhoneticKeys keys;
    std::string glides;              // merge_pinyin_glides(text) when it differs, else empty
  };
  std::vector<Head> heads;         // [0] the whole head, then one per suffix it ends with
  SuffixSet suffixes;              // k: the head ends with kSuffixes[k]
  std::vector<std::uint8_t> head_of;  // suffix -> index in heads
  // the readings of the name as a head and glossary words ("결AI 안전연구소": 결AI + 안전, 연구소;
  // "한빛지능": 한빛 + 지능), which translated_unit_match compares with Latin names
  struct GlossReading {
    std::string head;
    std::vector<std::string> pieces;
  };
  std::vector<GlossReading> gloss_readings;
  // the glossary words of the whole name, when every word is such words, two or more telling and one more than AI or a
  // kind of firm ("이야기숲": 이야기, 숲), which translated_name_match compares with Latin names; else empty
  std::vector<std::string> translation;
  // the English glosses of those pieces, sorted (a Latin word that is two of them joined: "Dewlight" for 이슬빛)
  std::vector<std::string> translation_glosses;
  // a country or a region ending the name, written apart or not ("블루피크벤처스 코리아", "태성AI랩스아메리카"):
  // its key ("korea") and the name before it, prepared
  std::string region;
  std::shared_ptr<const HangulOrg> without_region;
};
struct LatinOrg {
  std::string text;
  bool has_hangul = false;
  std::string digits;
  std::vector<std::string> words;
  std::vector<std::string> word_letters;
  std::vector<PhoneticKeys> word_keys;  // of word_letters
  bool camel = false;                   // a word in camel case ("SoriTalk")
  struct Camel {                        // a word cut at its first inner capital (not the last letter)
    bool cut = false;
    std::string first, second;          // letters of the two parts
    PhoneticKeys first_keys, second_keys;
  };
  std::vector<Camel> camel_words;       // when camel
  // a one-word name of two English words run together in lower case ("Voiceloop"): the word cut at each
  // letter with 3+ letters on either side, as Korean may write the two words it hears ("보이스루프")
  std::vector<Camel> compound_cuts;
  std::string letters;
  struct Tail {
    std::string text;
    std::string pinyin;
    std::vector<std::string> pinyin_syllables;  // pinyin_syllables(text), when pinyin is not empty
    PhoneticKeys keys;
    // the keys of other readings Korean writes, when they differ: an English th inside the name as s ("NorthStar"
    // 노스스타), a Spanish j as h and ll as y ("Nube Roja" 누베로하)
    std::vector<PhoneticKeys> spoken;
  };
  std::vector<Tail> tails;         // [0] the letters, then without each suffix they end with
  SuffixSet suffixes;
  std::vector<std::uint8_t> tail_of;
  // the name without its first word, prepared, when it has three words or more and the rest ends in a
  // suffix word ("Straits Partners" of "Lumen Straits Partners": Korean may leave the first word out)
  std::shared_ptr<const LatinOrg> without_first;
  // the name with its ampersand read aloud, as Korean writes it ("Yoon & Seok" is 윤앤석, "Procter & Gamble"
  // 프록터앤드갬블): "an" and "and" in its place, prepared
  std::vector<std::shared_ptr<const LatinOrg>> ampersand_read;
  // a country or a region ending the name ("Bluepeak Ventures Korea"): its key ("korea") and the name
  // before it, prepared
  std::string region;
  std::shared_ptr<const LatinOrg> without_region;
  // a name of three words or more ending in a kind Korean often leaves out ("Rafael Advanced Defense Systems"), without it
  std::shared_ptr<const LatinOrg> without_kind;
};
HangulOrg prepare_hangul_org(std::string_view hangul);
LatinOrg prepare_latin_org(std::string_view latin);
bool org_names_match(const HangulOrg& hangul, const LatinOrg& latin, bool strict = false);

}  // namespace inmaek::extract
