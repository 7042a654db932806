// Open-world discovery in Korean sentences: unknown names found by the words around them (titles,
// type nouns, particles, quotes), and foreign given names written before a surname found alone.
#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/cross_lingual_internal.h"
#include "extract/short_names_internal.h"
#include "extract/english_words.h"
#include "extract/extractor_internal.h"
#include "extract/hangul_words.h"
#include "extract/korean_dictionary.h"
#include "extract/particles.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// "첸나이 태생인", "미국 국적인": where someone was born, of what origin (the copula's adnominal), however
// like a Korean full name it looks: no name, and the word after it no company.
bool origin_adnominal(std::string_view w) {
  for (std::string_view origin : {"태생인", "출생인", "국적인", "교포인", "동포인", "혈통인"})
    if (w == origin) return true;
  return false;
}

// The last Hangul syllable of w has no final consonant ("하야시"; not an adnominal "지낸").
bool ends_open(std::string_view w) {
  if (w.size() < 3) return false;
  std::size_t i = w.size() - 3;
  const char32_t c = decode_utf8(w, i);
  return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 0;
}

// Hangul syllables without a final consonant but ㄴ, as Korean writes Japanese names (모리, 아야카, 겐타).
bool open_syllables(std::string_view w) {
  std::size_t i = 0;
  if (w.empty()) return false;
  while (i < w.size()) {
    const char32_t c = decode_utf8(w, i);
    if (c < 0xAC00 || c > 0xD7A3) return false;
    const int final = static_cast<int>((c - 0xAC00) % 28);
    if (final != 0 && final != 4) return false;  // 4: ㄴ
  }
  return true;
}

// Open syllables (above) with only the vowels Japanese has (a, i, u, e, o, ya, yu, yo, wa; ㅡ after s, z,
// ts: 스, 즈, 쓰, 츠): a Japanese name, not an English loan ("리즌웨이브", "브릿지").
bool japanese_syllables(std::string_view w) {
  if (!open_syllables(w)) return false;
  for (std::size_t i = 0; i < w.size();) {
    const char32_t c = decode_utf8(w, i);
    const int vowel = static_cast<int>((c - 0xAC00) / 28 % 21), initial = static_cast<int>((c - 0xAC00) / 588);
    if (!(vowel == 0 || vowel == 2 || vowel == 5 || vowel == 8 || vowel == 9 || vowel == 12 || vowel == 13 || vowel == 17 || vowel == 20 ||
          (vowel == 18 && (initial == 9 || initial == 10 || initial == 12 || initial == 14))))
      return false;
  }
  return true;
}

// A long word may be a Polish given name in -iej, read 에이 ("바르톨로미에이" of Bartłomiej), when it opens with no
// word of the dictionary ("데이터사이언스" is two loanwords, a field); other long words are companies' names glued
// together ("쿠로시오디지털") or compounds ("구조엔지니어") as often as names.
bool long_polish_given_name(std::string_view w) {
  if (!w.ends_with("에이")) return false;
  for (std::size_t bytes : {6u, 9u})
    if (w.size() > bytes && is_dictionary_word(w.substr(0, bytes))) return false;
  return true;
}

// "해온", "지낸": a verb's adnominal in ㄴ or ㄹ, the verb without that final and with 다 a word of the
// dictionary (해오다, 지내다).
// Or its present adnominal in 는 ("참여하고 있는 외위빈 브라텐", 있다; "회사를 이끄는", 이끌다 without its ㄹ).
bool verb_adnominal(std::string_view w) {
  if (w.size() < 6) return false;
  std::size_t at = w.size() - 3;
  const char32_t last = decode_utf8(w, at);
  if (last == U'\uB294') {  // 는
    const std::string_view stem = w.substr(0, w.size() - 3);
    if (is_dictionary_word(std::string(stem) + "다")) return true;
    std::size_t s = stem.size() - 3;
    const char32_t end = decode_utf8(stem, s);
    if (end < 0xAC00 || end > 0xD7A3 || (end - 0xAC00) % 28 != 0) return false;
    std::string rieul(stem.substr(0, stem.size() - 3));
    append_utf8(rieul, end + 8);  // (the ㄹ a verb drops before 는)
    return is_dictionary_word(rieul + "다");
  }
  if (last < 0xAC00 || last > 0xD7A3 || ((last - 0xAC00) % 28 != 4 && (last - 0xAC00) % 28 != 8)) return false;
  std::string verb(w.substr(0, w.size() - 3));
  append_utf8(verb, last - (last - 0xAC00) % 28);
  // ("여러 언어를 다뤄본 무타이 CTO", "써본", "일해본": the auxiliary 보다 after a verb's connective)
  if (last == U'\uBCF8' || last == U'\uBCFC')  // 본, 볼
    for (std::string_view connective : {"어", "아", "해", "워", "와", "뤄", "써", "져", "쳐", "려", "혀", "겨", "둬", "줘", "봐"})
      if (w.size() >= 3 + connective.size() && w.substr(0, w.size() - 3).ends_with(connective)) return true;
  return is_dictionary_word(verb + "다");
}

bool ends_with_any(std::string_view w, std::initializer_list<std::string_view> endings) {
  for (std::string_view e : endings)
    if (w.size() >= e.size() && w.substr(w.size() - e.size()) == e) return true;
  return false;
}

// A Western given name that is a word of the dictionary too (마리아, 요한), read as a name only before a surname
bool dictionary_given_name(std::string_view w) { return w == "마리아" || w == "요한" || w == "마리"; }

// A year, a month or a relative time that may open or sit inside a clause: "2020년", "3월", "지난해", "올해 초"
bool time_word(std::string_view w) {
  if (w.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(w.front())) && ends_with_any(w, {"년", "월", "일", "년에", "월에"})) return true;
  for (std::string_view x : {"지난해", "올해", "작년", "지난달", "이달", "당시", "최근", "초", "말", "초에", "말에"})
    if (w == x) return true;
  return false;
}

// Token k is an auxiliary verb after its connective ("자문을 해 오다 루이스 대표의", "-아/어 오다, 가다, 보다"):
// no name, though 오다 is a Japanese surname too.
bool auxiliary_verb(const std::vector<Token>& t, int k) {
  if (k < 1) return false;
  const std::string_view w = t[static_cast<std::size_t>(k)].text;
  return (w == "오다" || w == "가다" || w == "보다" || w == "주다" || w == "두다" || w == "내다") &&
         !t[static_cast<std::size_t>(k - 1)].comma_after && ends_with_any(t[static_cast<std::size_t>(k - 1)].text, {"해", "아", "어", "워", "져", "쳐", "려"});
}

// Words of a country or a region that name a company's arm there ("OO코리아", "Lodestar Korea", "뉴비온 아라비아").
constexpr std::string_view kRegions[] = {"코리아", "재팬", "차이나", "유럽", "아메리카", "인디아", "아시아", "싱가포르", "아라비아", "사우디", "유에스",
                                         "베트남", "인도네시아", "타이완", "대만", "홍콩", "도이칠란트", "저머니", "프랑스", "캐나다", "브라질",
                                         "멕시코", "이베리아", "라틴아메리카", "미들이스트", "아프리카", "USA", "Korea", "Japan", "China",
                                         "Europe", "India", "Asia", "America", "Arabia", "Germany", "Vietnam"};

}  // namespace

bool is_region_word(std::string_view w) {
  for (std::string_view r : kRegions)
    if (w == r) return true;
  return false;
}

bool ends_with_region_word(std::string_view w) {
  for (std::string_view r : kRegions)
    if (w.size() > r.size() && w.substr(w.size() - r.size()) == r) return true;
  return false;
}

// A word whose particle makes it an object or a goal ("CPO로", "CEO를").
static bool object_or_goal(std::string_view w) {
  const Role r = split_particle(w).role;
  return r == Role::Object || r == Role::Goal;
}

// "알", "엘": the Arabic article, written apart in Korean ("라일라 알 만수리") as often as not.
static bool is_arabic_article(std::string_view w) { return w == "알" || w == "엘"; }

// A region a post covers, written between a company and the title: "오르비센 동남아 총괄", "X 아시아 대표".
static bool is_post_region(std::string_view r) {
  for (std::string_view x : {"동남아", "동남아시아", "중동", "북미", "남미", "중남미", "아태", "아시아태평양", "북유럽", "유럽", "아시아",
                             "한국", "일본", "중국", "미국", "인도", "아프리카", "글로벌", "해외", "국내"})
    if (r == x) return true;
  return is_region_word(r);
}

// "영입", "발표", "선임": a noun the dictionary also lists as a verb with 하다 (hiring, announcing,
// appointing), which names what happened, never a person.
// What a parenthesis after a quoted name holds when it is the name's other form: a Latin name
// ("'누리봇'(Nuribot)") or its Chinese characters ("'류광'(流光)"), not a score, a date or a note
// ("'큐원3'(63.5점)", "(가칭)").
static std::string latin_in_parentheses(std::string_view inner) {
  const auto first = static_cast<unsigned char>(inner.empty() ? 0 : inner[0]);
  const bool latin = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z');
  const bool hanzi = first >= 0xE4 && first <= 0xE9;  // U+4E00..U+9FFF
  return latin || hanzi ? std::string(inner) : std::string();
}

// What happens to people in announcements of appointments: "알하르비 영입 새 센터장".
static bool is_appointment_noun(std::string_view w) {
  for (std::string_view x : {"영입", "선임", "임명", "합류", "발탁", "승진", "내정", "취임", "겸임", "복귀", "이동", "전보", "선출", "위촉",
                             "사임", "퇴임", "사퇴", "교체", "신설", "재선임", "연임", "중임"})
    if (w == x) return true;
  return false;
}

static bool is_verbal_noun(std::string_view w) {
  return hangul_syllable_count(w) >= 2 && is_dictionary_word(std::string(w) + "하다");
}

// A word that reads as a Korean full name by one of the twenty most common family names ("김민수"),
// not a foreign given name that happens to read as one by a rarer family name ("마리암", "하미드").
// A surname of a shape no Korean word has, in Hangul: Slavic ("코발축", "코발추크", "트카첸코", "코발스키", "페트로비치",
// "이바노프", "스미르노바"), Finnish ("캐르캐이넨", "비르타넨"), Georgian ("벨리아슈빌리", "춤부리제") and Greek
// ("파파도풀로스")
static bool foreign_surname_shape(std::string_view w) {
  if (hangul_syllable_count(w) < 3) return false;
  for (std::string_view e : {"축", "추크", "첸코", "엔코", "스키", "스카", "비치", "예프", "오프", "노프", "로프", "오바", "예바", "노바", "로바",
                             "넨", "빌리", "제", "풀로스", "풀루"})
    if (w.ends_with(e)) return true;
  return false;
}
static bool common_korean_full_name(std::string_view w) { return looks_like_korean_full_name(w) && opens_with_common_family_name(w); }

// A capital that opens a Latin name: A-Z, or an accented one of Latin-1 ("Élodie") or Latin Extended-A ("Łukasz").
static bool opens_latin_name(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]), next = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
  return (c >= 'A' && c <= 'Z') || (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) || ((c == 0xC4 || c == 0xC5) && next >= 0x80 && next <= 0xBF);
}

// Open-world discovery over one sentence's tokens (Korean; also finds Latin names).
void discover(const Sentence& s, const std::vector<bool>& lex_token, const std::vector<bool>& lex_org, std::vector<Candidate>& out) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const std::size_t first_candidate = out.size();  // this sentence's candidates start here
  // bare: the word stands right before a title (or its organisation), where it carries no particle:
  // a name ending like 로, 가 or 도 ("디알로 CTO", "모리나가 대표") is still a name unless the rest is
  // a word ("회사로")
  // (positional: the word stands before an organisation and a title, "에밀리 보드로 오를랑AI 대표",
  // where no particle can be: its 로 is the name's even when the rest is a word, 보드)
  // a company named at token k, bare or in the genitive ("카마르벤처스의", "구글의"), before the people it employs
  auto after_company = [&](int k) {
    const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(k)].text);
    if (ps.role != Role::None && ps.role != Role::Genitive) return false;
    return lex_token[static_cast<std::size_t>(k)] || (has_hangul(ps.stem) && looks_like_org_name(ps.stem));
  };
  // j and the word before it, after such a company (or a relative clause: "이페벤처스를 공동 창업한 하파엘
  // 모레이라 파트너"): a foreign given name (which may read like a Korean full name, 마 + 리암, 하 + 파엘)
  // and a surname of three syllables or more, no company's shape
  auto foreign_after_company = [&](int j) {
    const std::string_view w = t[static_cast<std::size_t>(j)].text;
    return j >= 2 && !lex_token[static_cast<std::size_t>(j)] && !lex_token[static_cast<std::size_t>(j - 1)] && hangul_syllable_count(w) >= 3 &&
           hangul_syllable_count(w) * 3 == w.size() && !looks_like_korean_full_name(w) && !looks_like_org_name(w) && !is_dictionary_word(w) &&
           (((after_company(j - 2) || verb_adnominal(t[static_cast<std::size_t>(j - 2)].text)) &&
             !common_korean_full_name(t[static_cast<std::size_t>(j - 1)].text)) ||
            // (anywhere before a surname of a foreign shape, even a given name that reads as a Korean full name: "출신인 이리나
            // 코발축 CTO", "출신의 유하니 캐르캐이넨 대표")
            foreign_surname_shape(w));
  };
  // "오지환 한결대 교수", "한결대 AI대학원": a university named short (X대) before its professors, schools and
  // departments; a word no dictionary lists, read as no Korean full name (한 + 결대)
  auto university_short = [&](int k) {
    if (k < 0 || k + 1 >= n || lex_token[static_cast<std::size_t>(k)] || t[static_cast<std::size_t>(k)].comma_after) return false;
    const std::string_view w = t[static_cast<std::size_t>(k)].text;
    const std::size_t syl = hangul_syllable_count(w);
    if (syl < 2 || syl > 6 || syl * 3 != w.size() || !w.ends_with("대") || is_dictionary_word(w) || is_common_noun(w)) return false;
    const std::string_view next = split_particle(t[static_cast<std::size_t>(k + 1)].text).stem;
    for (std::string_view a : {"교수", "총장", "부총장", "학장", "대학원", "학부", "학과", "캠퍼스", "연구팀", "연구실", "산학협력단", "교수진",
                               "재학생", "졸업생", "동문", "박사과정", "석사과정"})
      if (next == a) return true;
    for (std::string_view a : {"교수", "대학원", "학부", "학과", "연구실"})
      if (next.size() > a.size() && next.ends_with(a)) return true;
    return false;
  };
  for (int k = 0; k + 1 < n; ++k)
    if (university_short(k)) out.push_back({std::string(t[static_cast<std::size_t>(k)].text), EntityType::Organization, {}});
  auto hangul_name_token = [&](int i, bool allow_particle, bool bare = false, bool positional = false) -> std::string {
    if (i < 0 || i >= n || lex_token[static_cast<std::size_t>(i)]) return {};
    std::string_view w = t[static_cast<std::size_t>(i)].text;
    // "구민석(48) 부사장": an age in parentheses after the name; "이토 하루카(伊藤遥) 대표": its Chinese characters
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open > 0 && open + 1 < w.size() &&
                                               (std::all_of(w.begin() + static_cast<std::ptrdiff_t>(open) + 1, w.end(),
                                                            [](char c) { return (c >= '0' && c <= '9') || c == ')'; }) ||
                                                (static_cast<unsigned char>(w[open + 1]) >= 0xE4 && static_cast<unsigned char>(w[open + 1]) <= 0xE9 &&
                                                 t[static_cast<std::size_t>(i)].close_after && !t[static_cast<std::size_t>(i)].comma_after)))
      w = w.substr(0, open);
    // ("보이치크(34)는", "미유키(佐藤美雪·36)가": the age or the Chinese characters and the age, then the particle)
    std::string aged;
    if (const std::size_t open = w.find('('), close = w.find(')'); allow_particle && open != std::string_view::npos && open > 0 &&
                                                                    close != std::string_view::npos && close > open + 1 && close + 1 < w.size()) {
      bool plain = true;
      for (std::size_t q = open + 1; q < close && plain;) {
        const unsigned char c = static_cast<unsigned char>(w[q]);
        if (c >= '0' && c <= '9') ++q;
        else if (c == 0xC2 && q + 1 < close && static_cast<unsigned char>(w[q + 1]) == 0xB7) q += 2;  // a middle dot
        else if (c >= 0xE4 && c <= 0xE9 && q + 2 < close) q += 3;                                  // a Chinese character
        else plain = false;
      }
      if (plain) {
        aged = std::string(w.substr(0, open)) + std::string(w.substr(close + 1));
        w = aged;
      }
    }
    if (allow_particle) w = split_particle(w).stem;
    if (w.empty() || w == "님" || is_name_stopword(w) || !title_prefix(w).empty() || is_title_modifier(w)) return {};
    // "나이지리아계", "인도계": of a country's descent, a description
    if (w.size() > 6 && w.ends_with("계") && is_korean_place(w.substr(0, w.size() - 3))) return {};
    // "인수설", "매각설": the rumour of a deal, a verbal noun and 설
    if (w.size() > 6 && w.ends_with("설") && is_verbal_noun(w.substr(0, w.size() - 3))) return {};
    // "판교서", "서울서": a place with the locative 서 (에서 cut short, as headlines write it)
    if (w.size() > 6 && w.ends_with("서") && is_korean_place(w.substr(0, w.size() - 3))) return {};
    // "정보보호 책임자", "아시아태평양 총괄": two words of the language written as one, a field
    // (not a Japanese name in open syllables that splits into words: 모리나가)
    if (w.size() >= 12 && w.size() % 3 == 0 && !open_syllables(w) && is_dictionary_compound(w) && !looks_like_korean_full_name(w)) return {};
    if (type_noun(w) != TypeNoun::None || looks_like_org_name(w)) return {};
    // "미국인인 응우옌": a noun with the copula's adnominal ending (who is an American) is no name
    // (not a Korean full name whose first syllables spell a verb: "서다인", 서다)
    if (w.size() > 6 && w.substr(w.size() - 3) == "인" && is_dictionary_word(w.substr(0, w.size() - 3)) && !looks_like_korean_full_name(w)) return {};
    if (origin_adnominal(w)) return {};
    std::size_t k = 0, syl = 0;
    while (k < w.size()) {
      if (!is_hangul_syllable(decode_utf8(w, k))) return {};
      ++syl;
    }
    // (seven syllables only for a Polish given name: "바르톨로미에이" of Bartłomiej)
    if (syl == 0 || (syl > 6 && !(syl == 7 && long_polish_given_name(w)))) return {};
    // "이시카와 다쿠미 대표": a Japanese surname ending in 와 (river, marsh) is no word with the particle 와
    if (syl >= 3 && (w.ends_with("카와") || w.ends_with("가와") || w.ends_with("사와") || w.ends_with("바와")) && !is_dictionary_word(w))
      return std::string(w);
    const ParticleSplit rs = split_particle(w);
    const Role r = rs.role;
    // a name can end like the copula ("오카다", "하라다"); other particles mean an argument, not a name
    const bool bare_name = bare && (rs.particle == "로" || rs.particle == "가" || rs.particle == "도") && !is_dictionary_word(w) &&
                           (positional || hangul_syllable_count(rs.stem) < 2 || !is_dictionary_word(rs.stem));
    if (!allow_particle && (looks_like_predicate(w) || (r != Role::None && r != Role::Copula && r != Role::Also && !bare_name)) &&
        !looks_like_korean_full_name(w))
      return {};
    // "협상도 정 COO": a word of the language with the particle 도 ("also") is no given name
    // (only 도: names end in 만 as often as words do, "호프만", "홀츠만")
    if (!allow_particle && r == Role::Also && rs.particle == "도" && rs.stem.size() >= 6 && is_dictionary_word(rs.stem)) return {};
    // ("거론되는 것도 린 CTO": nor a bound noun with a particle, 것, 수, 때, 곳, 점, 데, 뿐)
    if (r != Role::None && (rs.stem == "것" || rs.stem == "수" || rs.stem == "때" || rs.stem == "곳" || rs.stem == "점" || rs.stem == "데" ||
                            rs.stem == "뿐"))
      return {};
    // "이사회를 열고 허 대표": a verb's connective form (열고 = 열다 + 고) is no given name
    if (w.size() >= 6 && w.substr(w.size() - 3) == "고" && is_dictionary_word(std::string(w.substr(0, w.size() - 3)) + "다"))
      return {};
    return std::string(w);
  };
  auto latin_name = [&](int i, int dir, int& used) -> std::string {
    std::string name;
    used = 0;
    for (int k = i; k >= 0 && k < n && used < 3; k += dir) {
      std::string_view w = t[static_cast<std::size_t>(k)].text;
      std::string_view stem = split_particle(w).stem;
      if (stem.empty() || !(stem[0] >= 'A' && stem[0] <= 'Z')) break;
      bool ok = std::all_of(stem.begin(), stem.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'' || c == '-' || c == '.';
      });
      if (!ok || !title_prefix(stem).empty()) break;
      if (dir < 0 && stem.size() != w.size()) break;  // a particle ends the word before a name
      // (nor does a name go on across a closing parenthesis: "오카포(Daniel Okafor) Arm 부사장")
      if (dir < 0 && k != i && (t[static_cast<std::size_t>(k)].close_after || t[static_cast<std::size_t>(k)].comma_after)) break;
      // CamelCase ("LumenScale", "OpenAI") or all-caps words are brand names, not parts of a person's name
      bool camel = false;
      for (std::size_t q = 1; q < stem.size(); ++q)
        if (stem[q] >= 'A' && stem[q] <= 'Z' && stem[q - 1] >= 'a' && stem[q - 1] <= 'z' &&
            !(q == 2 && stem.substr(0, 2) == "Mc") && !(q == 3 && stem.substr(0, 3) == "Mac"))
          camel = true;
      if (camel || (stem.size() > 1 && std::all_of(stem.begin(), stem.end(), [](char c) { return c >= 'A' && c <= 'Z'; })))
        break;
      name = dir > 0 ? (name.empty() ? std::string(stem) : name + " " + std::string(stem))
                     : (name.empty() ? std::string(stem) : std::string(stem) + " " + name);
      ++used;
      if (dir > 0 && stem.size() != w.size()) break;  // particle ends the name
      if (dir > 0 && (t[static_cast<std::size_t>(k)].close_after || t[static_cast<std::size_t>(k)].comma_after)) break;
    }
    return used >= 2 ? name : std::string();
  };

  // A foreign name's word at k, bare: Hangul syllables no dictionary, list or lexicon knows, no predicate, post or company
  auto bare_foreign_word = [&](int k) {
    if (k < 0 || k >= n || lex_token[static_cast<std::size_t>(k)] || t[static_cast<std::size_t>(k)].comma_after) return false;
    const std::string_view x = t[static_cast<std::size_t>(k)].text;
    const std::size_t syl = hangul_syllable_count(x);
    // (longer only a Polish given name: "바르톨로미에이" of Bartłomiej)
    return syl >= 2 && (syl <= 5 || (syl <= 7 && long_polish_given_name(x))) && syl * 3 == x.size() && split_particle(x).role == Role::None && !is_dictionary_word(x) && !is_common_noun(x) &&
           !is_name_stopword(x) && !looks_like_predicate(x) && !verb_adnominal(x) && title_prefix(x).empty() && !is_title_modifier(x) &&
           type_noun(x) == TypeNoun::None && !looks_like_org_name(x) && !is_company_kind_word(x) && !is_region_word(x) && !is_korean_place(x) &&
           !common_korean_full_name(x);
  };
  // The word after k reads as a name's next word: no word of the language, no verb or its forms
  auto name_word_next = [&](int k) {
    const std::string next = hangul_name_token(k + 1, true);
    // (no verb after a goal either, its adnominal or a connective form: "오로라 뉴럴로 옮겨서 CTO를", 옮기다)
    const std::string_view whole = t[static_cast<std::size_t>(k + 1)].text;
    const bool connective = (whole.ends_with("서") || whole.ends_with("고")) && whole.size() >= 6 &&
                            looks_like_predicate(whole.substr(0, whole.size() - 3));
    return hangul_syllable_count(next) >= 2 && !is_dictionary_word(next) && !is_common_noun(next) && !is_verbal_noun(next) &&
           !looks_like_predicate(next) && !verb_adnominal(whole) && !connective && !common_korean_full_name(next) && !looks_like_org_name(next);
  };
  // A word ending like a particle inside a foreign name, no particle, before a name's next word without a comma: of
  // three to five syllables, neither it nor what precedes the ending a word of the language.
  // - middle: ("출신 안토니우 마르셀로 피게이라가", "안토니우 마르셀로 피게이라 대표") ending like 로 (or 으로) after a name's
  //   word (마르셀로, not 마르셀 and the goal);
  // - else the name's first word, a given name ending like 로 or 도 ("페드로 가르시아가", "알레한드로 루이스 비야세뇨르에
  //   의해", "리카르도 멘데스 대표": Pedro, Alejandro, Ricardo, Fernando; Ichiro), no Korean full name, predicate, post or
  //   type noun
  auto particle_ending_in_name = [&](int k, bool middle) {
    if (k < (middle ? 1 : 0) || k + 1 >= n || lex_token[static_cast<std::size_t>(k)] || lex_token[static_cast<std::size_t>(k + 1)] ||
        t[static_cast<std::size_t>(k)].comma_after || t[static_cast<std::size_t>(k + 1)].open_before ||
        t[static_cast<std::size_t>(k + 1)].paren_open_before || (middle && !bare_foreign_word(k - 1)))
      return false;
    const std::string_view w = t[static_cast<std::size_t>(k)].text;
    const ParticleSplit ps = split_particle(w);
    const std::size_t syl = hangul_syllable_count(w);
    const bool ending = ps.particle == "로" || (middle ? ps.particle == "으로" : ps.particle == "도");
    if (!ending || syl < 3 || syl > 5 || syl * 3 != w.size() || is_dictionary_word(w) || is_dictionary_word(ps.stem) ||
        is_common_noun(ps.stem) || is_name_stopword(ps.stem) || looks_like_org_name(ps.stem) || is_company_kind_word(ps.stem) ||
        is_region_word(ps.stem) || is_korean_place(ps.stem))
      return false;
    if (!middle && (common_korean_full_name(w) || looks_like_predicate(ps.stem) || type_noun(ps.stem) != TypeNoun::None ||
                    !title_prefix(ps.stem).empty()))
      return false;
    return name_word_next(k);
  };
  auto ro_in_name = [&](int k) { return particle_ending_in_name(k, true); };
  auto given_ro = [&](int k) { return particle_ending_in_name(k, false); };

  // A person's name right after token i: a Latin name, a Korean full name, or two Hangul words.
  auto name_after = [&](int i) {
    int used = 0;
    std::string latin_after = latin_name(i + 1, +1, used);
    if (!latin_after.empty()) {
      out.push_back({latin_after, EntityType::Person, {}});
      return;
    }
    // A word followed by a title carries no particle ("홀츠만 CEO": 만 is part of the name).
    auto before_title = [&](int k) { return k + 1 < n && !title_prefix(t[static_cast<std::size_t>(k + 1)].text).empty(); };
    // (a title that is the object or the goal, "휘트모어가 CPO로 합류했다", leaves the name its particle)
    auto bare_before_title = [&](int k) { return before_title(k) && !object_or_goal(t[static_cast<std::size_t>(k + 1)].text); };
    // "마리솔 킨테로 스트레이츠메리디언 파트너": the name's last word before an organisation and a title
    // carries no particle (its 로 is the name's)
    auto before_org_title = [&](int k) {
      if (k + 2 >= n || !before_title(k + 1) || object_or_goal(t[static_cast<std::size_t>(k + 2)].text)) return false;
      const std::string_view o = t[static_cast<std::size_t>(k + 1)].text;
      return split_particle(o).role == Role::None && (lex_token[static_cast<std::size_t>(k + 1)] || looks_like_org_name(o) || is_org_like_word(o));
    };
    // "모리나가 다케시 대표": a first word ending like 가, 로 or 도 before a second word and a title is
    // bare too (a surname written first)
    const bool first_of_two = i + 2 < n && bare_before_title(i + 2) && !t[static_cast<std::size_t>(i + 1)].comma_after &&
                              !hangul_name_token(i + 1, false, true).empty();
    std::string a = first_of_two ? hangul_name_token(i + 1, false, true)
                                 : hangul_name_token(i + 1, !before_title(i + 1), bare_before_title(i + 1));
    // "출신 노다 아키라가": a first word ending like the copula (다) before a second name word is bare;
    // so is a Japanese surname in open syllables ending like the particle 로 ("CTO인 이시구로 겐타는")
    bool copula_like = false;
    if (!first_of_two && i + 2 < n && !t[static_cast<std::size_t>(i + 1)].comma_after) {
      const std::string_view whole = t[static_cast<std::size_t>(i + 1)].text;
      const ParticleSplit ps = split_particle(whole);
      const bool ro = (ps.particle == "로" && hangul_syllable_count(whole) >= 3 && open_syllables(whole) &&
                       !is_dictionary_word(ps.stem) && open_syllables(split_particle(t[static_cast<std::size_t>(i + 2)].text).stem)) ||
                      given_ro(i + 1);
      if (((ps.role == Role::Copula && ps.particle == "다") || ro) && hangul_syllable_count(whole) >= 2 && hangul_syllable_count(whole) * 3 == whole.size() &&
          !is_dictionary_word(whole) && !lex_token[static_cast<std::size_t>(i + 1)] && !hangul_name_token(i + 2, true).empty() &&
          !is_dictionary_word(split_particle(t[static_cast<std::size_t>(i + 2)].text).stem)) {
        a = std::string(whole);
        copula_like = true;
      }
    }
    if (a.empty()) return;
    bool a_bare = (first_of_two || copula_like || before_title(i + 1) || split_particle(t[static_cast<std::size_t>(i + 1)].text).role == Role::None) &&
                  !t[static_cast<std::size_t>(i + 1)].comma_after;
    const bool org_title_after = before_org_title(i + 2);
    std::string b = a_bare && !before_title(i + 1)
                        ? hangul_name_token(i + 2, !before_title(i + 2) && !org_title_after, bare_before_title(i + 2) || org_title_after, org_title_after)
                        : "";
    if (b == "님") b.clear();  // "탁은비 님을": the honorific is no part of the name
    // ("출신 브란다우어 \"유럽 기업이 …\"": a quote that opens after the first word is no part of the name)
    if (i + 2 < n && t[static_cast<std::size_t>(i + 2)].open_before) b.clear();
    if (is_verbal_noun(b)) b.clear();  // "출신 오카포 영입": the hiring, not a surname
    // "라일라 알 만수리 CEO": an Arabic article written apart belongs to the surname after it
    if (a_bare && i + 2 < n && is_arabic_article(t[static_cast<std::size_t>(i + 2)].text) && !t[static_cast<std::size_t>(i + 2)].comma_after) {
      const std::string sur = hangul_name_token(i + 3, !before_title(i + 3), bare_before_title(i + 3));
      if (hangul_syllable_count(sur) >= 2 && !is_dictionary_word(a)) {
        out.push_back({a + " " + std::string(t[static_cast<std::size_t>(i + 2)].text) + " " + sur, EntityType::Person, {}});
        return;
      }
    }
    // "출신 안토니우 마르셀로 피게이라가": a middle word ending like 로 before the surname (ro_in_name)
    if (a_bare && !before_title(i + 1) && !is_dictionary_word(a) && !looks_like_korean_full_name(a) && ro_in_name(i + 2)) {
      const std::string sur = hangul_name_token(i + 3, !before_title(i + 3), bare_before_title(i + 3));
      if (hangul_syllable_count(sur) >= 2 && title_prefix(sur).empty()) {
        out.push_back({a + " " + std::string(t[static_cast<std::size_t>(i + 2)].text) + " " + sur, EntityType::Person, {}});
        return;
      }
    }
    // "연구자 하파엘 올리베이라가": a foreign surname of three syllables or more after the first word makes
    // it a given name, even one that reads like a Korean full name (하 + 파엘)
    const bool foreign_surname = !b.empty() && hangul_syllable_count(b) >= 3 && !is_dictionary_word(b) &&
                                 !looks_like_korean_full_name(b) && !is_common_noun(b) && type_noun(b) == TypeNoun::None;
    // "정유진 COO 영입…마인드브릿지": a word of the language after a title ("영입", hiring) starts no name
    // "응우옌 티 란 박사", "쩐 반 득 대표": a Vietnamese name of three short words (a middle name such as
    // 반 or 티) ends in the word before the title or the particle
    std::string c;
    if (!b.empty() && hangul_syllable_count(a) <= 3 && hangul_syllable_count(b) == 1 && !t[static_cast<std::size_t>(i + 2)].comma_after &&
        split_particle(t[static_cast<std::size_t>(i + 2)].text).role == Role::None && !before_title(i + 2) && i + 3 < n &&
        (before_title(i + 3) || split_particle(t[static_cast<std::size_t>(i + 3)].text).role != Role::None)) {
      // (before a title the word is bare: "란" is then a name, not the particle)
      const std::string_view w3 = t[static_cast<std::size_t>(i + 3)].text;
      c = before_title(i + 3) && !lex_token[static_cast<std::size_t>(i + 3)] && hangul_syllable_count(w3) >= 1 &&
                  hangul_syllable_count(w3) * 3 == w3.size()
              ? std::string(w3)
              : hangul_name_token(i + 3, !before_title(i + 3));
      if (!c.empty() && (hangul_syllable_count(c) > 2 || (!before_title(i + 3) && is_dictionary_word(c)))) c.clear();
    }
    if (!c.empty() && title_prefix(c).empty() && !is_dictionary_word(a))
      out.push_back({a + " " + b + " " + c, EntityType::Person, {}});
    else if (!b.empty() && (!looks_like_korean_full_name(a) || foreign_surname) && title_prefix(b).empty() && !is_dictionary_word(a))
      out.push_back({a + " " + b, EntityType::Person, {}});
    else if (looks_like_korean_full_name(a))
      out.push_back({a, EntityType::Person, {}});
  };

  // Argument slots of organisation verbs: in "큐브릭스는 … 모델 '큐브-M'을 공개했다" the topic must
  // be an organisation; so must the object of 인수했다 and the goal of 투자했다.
  {
    // "누리봇(Nuribot)이": the name before the parenthesis (the pair is joined at resolution)
    auto cut_paren = [](ParticleSplit ps) {
      if (const std::size_t p = ps.stem.find('('); p != std::string_view::npos) ps.stem = ps.stem.substr(0, p);
      return ps;
    };
    auto slot_ok = [&](int k, std::string_view stem) {
      static constexpr std::string_view kNotNames[] = {"회사", "이곳", "동사", "당사", "양사", "업계", "정부", "당국", "시장", "이들",
                                                       "이번", "올해", "작년", "지난해", "최근", "그", "그녀", "이는", "이", "두",
                                                       "기존", "국내", "해외", "현재", "당시", "이후", "한편", "특히", "또"};
      // (longer with a company's or an institution's ending: "나이로비책임AI센터")
      if (lex_token[static_cast<std::size_t>(k)] || !has_hangul(stem) || stem.size() < 6 || stem.size() > (looks_like_org_name(stem) || stem.ends_with("센터") ? 36u : 24u))
        return false;
      for (std::string_view x : kNotNames)
        if (stem == x) return false;
      return !is_name_stopword(stem) && !is_common_noun(stem) && type_noun(stem) == TypeNoun::None && title_prefix(stem).empty() &&
             !looks_like_korean_full_name(stem) && !looks_like_predicate(stem) &&
             // (a unit's word, but a centre of its own name: "나이로비책임AI센터는", not "데이터센터는")
             (!is_title_modifier(stem) || (stem.ends_with("센터") && !is_dictionary_compound(stem))) &&
             stem.find_first_of("0123456789") == std::string_view::npos;
    };
    static constexpr std::string_view kOrgVerbs[] = {"공개했", "출시했", "선보였", "선뵀", "내놓았", "내놨", "개발했", "인수했",
                                                      "사들였", "유치했", "투자했", "조달했", "설립됐", "세워졌", "출범시", "출범했",
                                                      "협약을", "제휴를", "손잡", "MOU를", "파트너십을"};
    bool org_verb = false;
    for (int k = 1; k < n && !org_verb; ++k) {
      for (std::string_view v : kOrgVerbs)
        if (t[static_cast<std::size_t>(k)].text.substr(0, v.size()) == v) org_verb = true;
      // "X는 2019년 A 상임이사가 세웠다": founded by a titled subject, the topic is what was founded
      for (std::string_view v : {"세웠", "설립했", "창업했", "공동창업했", "차렸"})
        if (t[static_cast<std::size_t>(k)].text.starts_with(v))
          for (int q = k - 1; q >= 1 && !org_verb; --q) {
            const ParticleSplit sp = split_particle(t[static_cast<std::size_t>(q)].text);
            if (sp.role == Role::Subject && !title_prefix(sp.stem).empty() && title_prefix(sp.stem).size() == sp.stem.size()) org_verb = true;
          }
      // "X는 … 유치한 바 있다": what a company has done, said with the adnominal and 바 (or 적) 있다
      if (k + 2 < n && (t[static_cast<std::size_t>(k + 1)].text == "바" || t[static_cast<std::size_t>(k + 1)].text == "적이") &&
          t[static_cast<std::size_t>(k + 2)].text.starts_with("있"))
        for (std::string_view v : {"공개한", "출시한", "선보인", "내놓은", "개발한", "인수한", "사들인", "유치한", "투자한", "조달한"})
          org_verb = org_verb || t[static_cast<std::size_t>(k)].text == v;
      // "X는 Y로부터 시드 투자를 받았다"
      if (t[static_cast<std::size_t>(k)].text.substr(0, 6) == "받았" && t[static_cast<std::size_t>(k - 1)].text.find("투자") != std::string_view::npos)
        org_verb = true;
      // "X는 Y 지분 20%를 취득했다": a stake bought
      if (k >= 2 && (t[static_cast<std::size_t>(k - 2)].text == "지분" || t[static_cast<std::size_t>(k - 1)].text.starts_with("지분")) &&
          ends_with_any(t[static_cast<std::size_t>(k - 1)].text, {"을", "를"}))
        for (std::string_view v : {"취득했", "확보했", "매입했"})
          org_verb = org_verb || t[static_cast<std::size_t>(k)].text.starts_with(v);
    }
    if (org_verb) {
      for (int k = 0, limit = 4; k < n && k < limit; ++k) {
        const ParticleSplit ps = cut_paren(split_particle(t[static_cast<std::size_t>(k)].text));
        // "로봇용 모델을 만드는 X는": a short relative clause (an object and its verb) may describe the topic
        if (ps.role == Role::Object && k + 2 < n && limit == 4) {
          const std::string_view verb = t[static_cast<std::size_t>(k + 1)].text;
          const bool makes = verb == "만드는" || verb == "만든" || verb == "개발하는" || verb == "개발한" || verb == "운영하는" ||
                             verb == "제공하는" || verb == "서비스하는" || verb == "내놓은";
          if (makes) {
            ++k;
            limit = k + 2;
            continue;
          }
        }
        // ("린샤오웨이가 세운 칭무랩스는 … 공개했다": a subject before an adnominal verb is the relative clause's, not
        // the subject of the sentence's verb)
        // (a time may stand between them: "호세 마르티네스 로블레스가 2020년 세운 X는")
        if (ps.role == Role::Subject && k + 2 < n) {
          int v = k + 1;
          while (v + 1 < n && time_word(t[static_cast<std::size_t>(v)].text)) ++v;
          if (verb_adnominal(t[static_cast<std::size_t>(v)].text)) {
            k = v;
            limit = k + 3;
            continue;
          }
        }
        if (ps.role == Role::Topic || ps.role == Role::Subject) {
          const bool titled = k + 1 < n && !title_prefix(t[static_cast<std::size_t>(k + 1)].text).empty();
          if (!titled && slot_ok(k, ps.stem)) {
            out.push_back({std::string(ps.stem), EntityType::Organization, {}});
            out.back().by_verb = true;
          }
          break;
        }
        if (ps.role != Role::None || lex_token[static_cast<std::size_t>(k)]) break;  // only dates and adverbs before the topic
      }
    }
    // "X는 Y와 업무협약(MOU)을 맺었다": the partner in the comitative is an organisation
    for (int k = 1; k < n; ++k) {
      std::string_view v = t[static_cast<std::size_t>(k)].text;
      if (v.find("협약") == std::string_view::npos && v.find("MOU") == std::string_view::npos &&
          v.find("제휴") == std::string_view::npos && v.find("파트너십") == std::string_view::npos)
        continue;
      for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
        const ParticleSplit ps = cut_paren(split_particle(t[static_cast<std::size_t>(j)].text));
        if (ps.role == Role::Comitative) {
          if (slot_ok(j, ps.stem)) out.push_back({std::string(ps.stem), EntityType::Organization, {}});
          break;
        }
      }
    }
    for (int k = 1; k < n; ++k) {
      std::string_view v = t[static_cast<std::size_t>(k)].text;
      const bool buy = v.substr(0, 9) == "인수했" || v.substr(0, 9) == "인수한" || v.substr(0, 9) == "사들였";
      const bool invest = v.substr(0, 9) == "투자했" || v.substr(0, 9) == "투자한";
      if (!buy && !invest) continue;
      for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
        const ParticleSplit ps = cut_paren(split_particle(t[static_cast<std::size_t>(j)].text));
        if ((buy && ps.role == Role::Object) || (invest && ps.role == Role::Goal && ps.stem.find_first_of("0123456789") == std::string_view::npos)) {
          if (slot_ok(j, ps.stem)) out.push_back({std::string(ps.stem), EntityType::Organization, {}});
          break;
        }
        // "1억달러를" may stand between, and a price: "약 6억달러에 인수한"
        const bool amount = ps.stem.find_first_of("0123456789") != std::string_view::npos;
        if (ps.role != Role::None && ps.role != Role::Object && !amount) break;
      }
    }
    // "지난달 하이어메시에 합류한 X": what a person joins or enters is an organisation
    for (int k = 1; k < n; ++k) {
      const std::string_view v = t[static_cast<std::size_t>(k)].text;
      if (!(v.starts_with("합류") || v.starts_with("입사"))) continue;
      const ParticleSplit ps = cut_paren(split_particle(t[static_cast<std::size_t>(k - 1)].text));
      // (with 에, not 로, which says the post: "데이터 사이언티스트로 입사해"; nor the last word of a longer name: "싱킹 머신스에")
      const bool longer = k >= 2 && !t[static_cast<std::size_t>(k - 2)].comma_after && split_particle(t[static_cast<std::size_t>(k - 2)].text).role == Role::None &&
                          has_hangul(t[static_cast<std::size_t>(k - 2)].text) && !is_dictionary_word(t[static_cast<std::size_t>(k - 2)].text);
      if (ps.role == Role::Goal && t[static_cast<std::size_t>(k - 1)].text.ends_with("에") && ps.stem.size() + 3 == t[static_cast<std::size_t>(k - 1)].text.size() &&
          is_unknown_word(ps.stem) && hangul_syllable_count(ps.stem) >= 3 && !longer && slot_ok(k - 1, ps.stem))
        out.push_back({std::string(ps.stem), EntityType::Organization, {}});
    }
  }

  // "마르타 로페스는 2022년 X를 세웠다", "카밀라 소토가 합류했다": two transliterated words, the second
  // the topic or the subject of what only people do (found, join, leave a company), are a person's
  // given name and surname, titled or not (no kind of company ends them)
  {
    static constexpr std::string_view kPersonVerbs[] = {"창업했", "공동창업했", "합류했", "합류한다", "떠났", "퇴사했",
                                                        "사임했", "물러났", "영입됐", "몸담았", "이직했", "옮겼"};
    int verb = -1;
    for (int k = 2; k < n && verb < 0; ++k)
      for (std::string_view v : kPersonVerbs)
        if (t[static_cast<std::size_t>(k)].text.starts_with(v)) verb = k;
    // ("세웠다" with a person's object only: "X는 Y를 세웠다" is founding by a person or a company alike)
    const auto transliterated = [&](int k, std::string_view w) {
      const std::size_t syllables = hangul_syllable_count(w);
      return !lex_token[static_cast<std::size_t>(k)] && syllables >= 2 && syllables * 3 == w.size() &&
             (syllables >= 3 ? is_unknown_word(w) : !is_dictionary_word(w) && !is_common_noun(w)) &&
             !is_name_stopword(w) && title_prefix(w).empty() && type_noun(w) == TypeNoun::None && !is_region_word(w) &&
             !looks_like_predicate(w) && !looks_like_org_name(w) && !is_company_kind_word(w) && !looks_like_korean_full_name(w);
    };
    for (int k = 1; verb > 0 && k < verb && k < 4; ++k) {
      const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(k)].text);
      if (ps.role == Role::None) continue;
      if ((ps.role == Role::Topic || ps.role == Role::Subject) && !t[static_cast<std::size_t>(k - 1)].comma_after &&
          split_particle(t[static_cast<std::size_t>(k - 1)].text).role == Role::None && transliterated(k - 1, t[static_cast<std::size_t>(k - 1)].text) &&
          transliterated(k, ps.stem) && hangul_syllable_count(t[static_cast<std::size_t>(k - 1)].text) + hangul_syllable_count(ps.stem) >= 5 &&
          (k == 1 || split_particle(t[static_cast<std::size_t>(k - 2)].text).role != Role::None ||
                                         t[static_cast<std::size_t>(k - 2)].comma_after || !is_unknown_word(t[static_cast<std::size_t>(k - 2)].text)))
        out.push_back({std::string(t[static_cast<std::size_t>(k - 1)].text) + " " + std::string(ps.stem), EntityType::Person, {}});
      break;
    }
    // (or the subject right before the verb, later in the sentence: "클라트카 AI는 2021년 보이치에흐 그지보프스키가
    // 창업했다", after a word with a particle or a number; a founding by someone who left a company or
    // came from one, "게임사를 나온 보이치에흐 그지보프스키가 세운", which no company does)
    // (the adnominal forms too, "보이치에흐 그지보프스키가 창업한 회사", where the subject is the person's: the
    // topic before is the company)
    int adnominal = -1, founding = -1;
    for (int k = 2; verb < 0 && k < n && adnominal < 0; ++k)
      for (std::string_view v : {"창업한", "합류한", "퇴사한", "이직한"})
        if (t[static_cast<std::size_t>(k)].text.starts_with(v)) adnominal = k;
    for (int k = 2; verb < 0 && adnominal < 0 && k < n && founding < 0; ++k)
      for (std::string_view v : {"세운", "세웠", "설립한", "설립했"})
        if (t[static_cast<std::size_t>(k)].text.starts_with(v)) founding = k;
    const int at_verb = verb > 0 ? verb : adnominal > 0 ? adnominal : founding;
    for (int k = at_verb - 1; at_verb > 0 && k >= 4; --k) {
      const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(k)].text);
      if (ps.role == Role::None) continue;
      const std::string_view before2 = t[static_cast<std::size_t>(k - 2)].text;
      const bool left_before = before2.ends_with("출신") || before2.starts_with("나온") || before2.starts_with("떠난") ||
                               before2.starts_with("퇴사한") || before2.starts_with("그만둔");
      const bool opens = verb > 0 || adnominal > 0 ? (split_particle(before2).role != Role::None || t[static_cast<std::size_t>(k - 2)].comma_after ||
                                     before2.find_first_of("0123456789") != std::string_view::npos || looks_like_predicate(before2) ||
                                     before2.ends_with("출신") || verb_adnominal(before2))
                                  : left_before;
      if (ps.role == Role::Subject && !t[static_cast<std::size_t>(k - 1)].comma_after &&
          split_particle(t[static_cast<std::size_t>(k - 1)].text).role == Role::None && transliterated(k - 1, t[static_cast<std::size_t>(k - 1)].text) &&
          transliterated(k, ps.stem) && hangul_syllable_count(t[static_cast<std::size_t>(k - 1)].text) + hangul_syllable_count(ps.stem) >= 5 && opens)
        out.push_back({std::string(t[static_cast<std::size_t>(k - 1)].text) + " " + std::string(ps.stem), EntityType::Person, {}});
      break;
    }
  }

  // whether the sentence speaks of an investment, or of a round (once per sentence)
  bool investment = false, round_words = false;
  for (const Token& tok : t) {
    investment = investment || tok.text.find("투자") != std::string_view::npos;
    round_words = round_words || tok.text.find("시리즈") != std::string_view::npos || tok.text.find("라운드") != std::string_view::npos ||
                  tok.text.find("시드") != std::string_view::npos;
  }
  round_words = round_words || investment;
  // "A와 인터베스트, 신생 운용사 B가 참여했다": an unknown word between a known investor joined by 와/과 and a
  // comma, in a sentence about a round, is an investor too
  bool joins_round = false;
  for (const Token& tok : t) joins_round = joins_round || tok.text.find("참여") != std::string_view::npos || tok.text.find("주도") != std::string_view::npos;
  for (int i = 1; i + 1 < n && round_words && joins_round; ++i) {
    const std::string_view w = t[static_cast<std::size_t>(i)].text;
    const ParticleSplit before = split_particle(t[static_cast<std::size_t>(i - 1)].text);
    if (lex_token[static_cast<std::size_t>(i)] || !t[static_cast<std::size_t>(i)].comma_after || before.role != Role::Comitative ||
        !(lex_token[static_cast<std::size_t>(i - 1)] || looks_like_org_name(before.stem)))
      continue;
    const std::size_t syllables = hangul_syllable_count(w);
    if (syllables >= 3 && syllables * 3 == w.size() && split_particle(w).role == Role::None && is_unknown_word(w) &&
        title_prefix(w).empty() && type_noun(w) == TypeNoun::None)
      out.push_back({std::string(w), EntityType::Organization, {}});
  }
  // "블루포인트파트너스와 코스모엔젤클럽으로부터 투자받았다": the word after a known investor joined by 와/과 that
  // the money came from is an investor too
  for (int i = 1; i < n && investment; ++i) {
    const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(i)].text);
    const ParticleSplit before = split_particle(t[static_cast<std::size_t>(i - 1)].text);
    if (lex_token[static_cast<std::size_t>(i)] || ps.role != Role::Source || before.role != Role::Comitative ||
        !(lex_token[static_cast<std::size_t>(i - 1)] || looks_like_org_name(before.stem)))
      continue;
    const std::size_t syllables = hangul_syllable_count(ps.stem);
    if (syllables >= 3 && syllables * 3 == ps.stem.size() && is_unknown_word(ps.stem) && title_prefix(ps.stem).empty() &&
        type_noun(ps.stem) == TypeNoun::None)
      out.push_back({std::string(ps.stem), EntityType::Organization, {}});
  }
  // "세 번째 주자로 떠오른 곳이 가온웍스다": the place a sentence names with the copula, a word no word of the
  // language, is a company
  if (n >= 2) {
    const ParticleSplit last = split_particle(t[static_cast<std::size_t>(n - 1)].text);
    const ParticleSplit before = split_particle(t[static_cast<std::size_t>(n - 2)].text);
    if (last.role == Role::Copula && (before.role == Role::Subject || before.role == Role::Topic) && before.stem == "곳" &&
        !lex_token[static_cast<std::size_t>(n - 1)] && is_unknown_word(last.stem))
      out.push_back({std::string(last.stem), EntityType::Organization, {}});
  }
  // "▶박지훈=저희는 …", "▶타카하시 미사키=네, …": an interview's speaker before an equals sign, one to
  // three Hangul words no word of the language, is a person
  for (int k = 0; k < n && k < 3; ++k) {
    const Token& tk = t[static_cast<std::size_t>(k)];
    const std::string_view w = tk.text;
    if (lex_token[static_cast<std::size_t>(k)] || hangul_syllable_count(w) == 0 || hangul_syllable_count(w) * 3 != w.size() ||
        is_dictionary_word(w) || !title_prefix(w).empty())
      break;
    if (*(w.data() + w.size()) != '=') continue;
    std::string name;
    for (int q = 0; q <= k; ++q) name += (q ? " " : "") + std::string(t[static_cast<std::size_t>(q)].text);
    // (one word of three syllables or more too: a panellist named by a surname, "▶모리카와=")
    if (k > 0 || looks_like_korean_full_name(w) || (hangul_syllable_count(w) >= 3 && !is_common_noun(w) && !is_name_stopword(w)))
      out.push_back({name, EntityType::Person, {}});
    break;
  }
  // the first word opening an item of an announcement ("▲상무 김민수"), once per sentence
  int first_item = -1;
  for (int k = 0; k < n && first_item < 0; ++k)
    if (opens_listed_item(s, static_cast<std::size_t>(k))) first_item = k;
  // "비크람 메타 CSO": a company the lexicon knows by a word that is also a surname (메타: Meta, Mehta), after a foreign
  // given name no word of the language spells and before a post, is that person's surname
  for (int i = 1; i + 1 < n; ++i) {
    const std::string_view given = t[static_cast<std::size_t>(i - 1)].text, surname = t[static_cast<std::size_t>(i)].text;
    if (!lex_org[static_cast<std::size_t>(i)] || lex_token[static_cast<std::size_t>(i - 1)] || t[static_cast<std::size_t>(i - 1)].comma_after ||
        t[static_cast<std::size_t>(i)].comma_after || title_prefix(t[static_cast<std::size_t>(i + 1)].text).empty())
      continue;
    const std::size_t gs = hangul_syllable_count(given), ss = hangul_syllable_count(surname);
    if (gs < 3 || gs > 4 || gs * 3 != given.size() || ss < 2 || ss > 3 || ss * 3 != surname.size() || is_region_word(given) ||
        split_particle(given).role != Role::None || !is_unknown_word(given))
      continue;
    out.push_back({std::string(given) + " " + std::string(surname), EntityType::Person, {}});
  }
  for (int i = 0; i < n; ++i) {
    std::string_view w = t[static_cast<std::size_t>(i)].text;
    // 1. Person names next to a title (or a unit's head after its known organisation: "김태린 LG
    // AI연구원 엑사원랩장").
    // (or a post glued to its field, carrying the case: "석지원 AI기술총괄이")
    const std::string_view post_stem = split_particle(w).stem;
    const bool glued_post = post_stem.size() > 9 && post_stem.ends_with("총괄") && split_particle(w).role != Role::None;
    // (or a unit's head after a Korean full name and 전/현: "하정우 전 퓨처AI센터장은")
    const bool marked_unit_head = i >= 2 && !unit_head_title(w).empty() &&
                                  (is_former_marker(t[static_cast<std::size_t>(i - 1)].text) || is_current_marker(t[static_cast<std::size_t>(i - 1)].text)) &&
                                  looks_like_korean_full_name(t[static_cast<std::size_t>(i - 2)].text);
    if ((!title_prefix(w).empty() || glued_post || marked_unit_head ||
         (i > 0 && lex_token[static_cast<std::size_t>(i - 1)] && !unit_head_title(w).empty())) &&
        !lex_token[static_cast<std::size_t>(i)]) {
      // Name before: [name] [전/현]? [org]? [modifiers]* title
      int j = i - 1;
      bool org_between = false;
      // "카완 AI CEO", "수리아디 카완 AI 대표": a company's name written apart from its "AI" before a chief's
      // title is the company (not the field, "AI 총괄", "AI 연구원")
      {
        const std::string_view title = split_particle(w).stem;
        const bool chief = title == "CEO" || title == "CTO" || title == "COO" || title == "CFO" || title == "대표" || title == "대표이사" ||
                           title == "창업자" || title == "공동창업자" || title.starts_with("CEO(") || title.starts_with("CTO(");
        if (chief && i >= 2 && t[static_cast<std::size_t>(i - 1)].text == "AI" && !lex_token[static_cast<std::size_t>(i - 2)] &&
            !t[static_cast<std::size_t>(i - 2)].comma_after) {
          const std::string_view head = t[static_cast<std::size_t>(i - 2)].text;
          if (has_hangul(head) && hangul_syllable_count(head) >= 2 && hangul_syllable_count(head) * 3 == head.size() &&
              split_particle(head).role == Role::None && !is_dictionary_word(head) && !is_common_noun(head) &&
              !looks_like_korean_full_name(head) && title_prefix(head).empty() && !is_title_modifier(head) && !is_region_word(head)) {
            out.push_back({std::string(head) + " AI", EntityType::Organization, {}});
            j = i - 3;
            org_between = true;
          }
        }
      }
      // "올렉산드르 코발렌코 코브자르AI(Kobzar AI) 대표": a company with its Latin form in parentheses between
      // the name and the title
      if (j >= 1 && !org_between && (t[static_cast<std::size_t>(j)].close_after || t[static_cast<std::size_t>(j)].text.ends_with(")")))
        for (int k = j; k >= 1 && k >= j - 3; --k) {
          const std::string_view x = t[static_cast<std::size_t>(k)].text;
          const std::size_t p = x.find('(');
          if (p == std::string_view::npos) continue;
          const std::string_view h = x.substr(0, p);
          if (p > 0 && p + 1 < x.size() && x[p + 1] >= 'A' && x[p + 1] <= 'Z' && has_hangul(h) && split_particle(h).role == Role::None &&
              (looks_like_org_name(h) || is_org_like_word(h)) &&
              !t[static_cast<std::size_t>(k - 1)].comma_after) {
            j = k - 1;
            org_between = true;
          }
          break;
        }
      // (and a region the post covers: "오르비센 동남아 총괄", "X 아시아 대표": is_post_region)
      // ("한국 AI 연구자의 경로": an occupation in the genitive after words that describe it speaks of the
      // occupation, not of someone named before it)
      const std::string_view occupation = title_prefix(w);
      const bool generic = split_particle(w).role == Role::Genitive && j >= 0 && is_title_modifier(t[static_cast<std::size_t>(j)].text) &&
                           (occupation == "연구자" || occupation == "연구원" || occupation == "개발자" || occupation == "엔지니어" ||
                            occupation == "과학자" || occupation == "창업자" || occupation == "투자자");
      if (generic) j = -1;
      // "보아지치대 교수": a university, shortened to its 대, before an academic's title
      if (j >= 0 && j == i - 1 && !lex_token[static_cast<std::size_t>(j)] &&
          (occupation == "교수" || occupation == "부교수" || occupation == "조교수" || occupation == "석좌교수" || occupation == "총장" ||
           occupation == "학장" || occupation == "연구교수")) {
        const std::string_view u = t[static_cast<std::size_t>(j)].text;
        if (u.ends_with("대") && hangul_syllable_count(u) >= 3 && hangul_syllable_count(u) * 3 == u.size() && !looks_like_korean_full_name(u) &&
            split_particle(u).role == Role::None) {
          out.push_back({std::string(u), EntityType::Organization, {}});
          j = -1;
        }
      }
      bool unit = false;  // a unit's word among the words skipped
      while (j >= 0 && (is_title_modifier(t[static_cast<std::size_t>(j)].text) ||
                        // (the name before it bare: "그의 이력은 한국 연구자의 경로" has no name)
                        (is_post_region(t[static_cast<std::size_t>(j)].text) && j + 1 == i && j >= 1 &&
                         split_particle(t[static_cast<std::size_t>(j - 1)].text).role == Role::None)))
        unit = is_department_unit(t[static_cast<std::size_t>(j--)].text) || unit;
      // ("에이펙스 연구팀 연구원 김민수", "바르샤 개발팀 연구원 여럿이": a unit's words name what it belongs to or works on,
      // and no person; a Korean full name may stand there, "김민수 개발팀 연구원"; and a person before a former post at
      // the unit's company, "장유나 전 한빛증권 IB본부 상무")
      if (unit && j >= 0 && !lex_token[static_cast<std::size_t>(j)] && !looks_like_korean_full_name(t[static_cast<std::size_t>(j)].text)) {
        int q = j - 1;
        while (q >= 0 && (is_former_marker(t[static_cast<std::size_t>(q)].text) || is_current_marker(t[static_cast<std::size_t>(q)].text))) --q;
        if (q >= 0 && q < j - 1 && split_particle(t[static_cast<std::size_t>(j)].text).role == Role::None && !is_dictionary_word(t[static_cast<std::size_t>(j)].text)) {
          out.push_back({std::string(t[static_cast<std::size_t>(j)].text), EntityType::Organization, {}});
          org_between = true;
          j = q;
        } else {
          j = -1;
        }
      }
      // ("박사를 임바디드 AI 총괄 리더로": one bare word before "AI" and a post is the field's, no name; a
      // Korean full name or a foreign name of two words stays: "존 스미스 AI 총괄")
      if (j >= 0 && j + 1 < i && t[static_cast<std::size_t>(j + 1)].text == "AI" && !lex_token[static_cast<std::size_t>(j)] &&
          has_hangul(t[static_cast<std::size_t>(j)].text) && !looks_like_korean_full_name(t[static_cast<std::size_t>(j)].text) &&
          split_particle(t[static_cast<std::size_t>(j)].text).role == Role::None &&
          (j == 0 || t[static_cast<std::size_t>(j - 1)].comma_after || split_particle(t[static_cast<std::size_t>(j - 1)].text).role != Role::None))
        j = -1;
      // ("이현서 스마일게이트 인베스트먼트 상무": a known company's name and a kind of company written apart
      // are the company between the name and the title)
      if (j >= 1 && !lex_token[static_cast<std::size_t>(j)] && is_company_kind_word(t[static_cast<std::size_t>(j)].text) &&
          lex_token[static_cast<std::size_t>(j - 1)] && !t[static_cast<std::size_t>(j - 1)].comma_after &&
          split_particle(t[static_cast<std::size_t>(j - 1)].text).role == Role::None) {
        out.push_back({std::string(t[static_cast<std::size_t>(j - 1)].text) + " " + std::string(t[static_cast<std::size_t>(j)].text),
                       EntityType::Organization, {}});
        --j;
      }
      if (j >= 0 && lex_token[static_cast<std::size_t>(j)]) {  // an organisation between name and title
        org_between = true;
        --j;
        while (j >= 0 && lex_token[static_cast<std::size_t>(j)]) --j;
        while (j >= 0 && (is_former_marker(t[static_cast<std::size_t>(j)].text) ||
                          is_current_marker(t[static_cast<std::size_t>(j)].text)))
          --j;
      }
      int used = 0;
      if (split_particle(w).role == Role::Object && i + 1 < n &&
          (t[static_cast<std::size_t>(i + 1)].text.substr(0, 3) == "맡" || t[static_cast<std::size_t>(i + 1)].text.substr(0, 3) == "겸")) {
        // "대니얼 레비가 사장을 맡는다": the holder is the subject before the title
        const int k = i - 1;
        if (k >= 0 && !lex_token[static_cast<std::size_t>(k)]) {
          const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(k)].text);
          if ((ps.role == Role::Subject || ps.role == Role::Topic) && has_hangul(ps.stem) && !is_name_stopword(ps.stem) &&
              !is_common_noun(ps.stem) && type_noun(ps.stem) == TypeNoun::None && title_prefix(ps.stem).empty()) {
            if (looks_like_korean_full_name(ps.stem)) {
              out.push_back({std::string(ps.stem), EntityType::Person, {}});
            } else if (k > 0) {
              std::string first = hangul_name_token(k - 1, false);
              if (!first.empty() && !looks_like_korean_full_name(first))
                out.push_back({first + " " + std::string(ps.stem), EntityType::Person, {}});
            }
          }
        }
      }
      // "[name] 전 [org] CEO": the words between the marker and the title name an organisation.
      if (j >= 1 && !lex_token[static_cast<std::size_t>(j)]) {
        int marker = -1;
        for (int k = j - 1; k >= 0 && k >= j - 2; --k)
          if (is_former_marker(t[static_cast<std::size_t>(k)].text) || is_current_marker(t[static_cast<std::size_t>(k)].text)) {
            marker = k;
            break;
          }
        if (marker >= 0) {
          std::string org;
          bool ok = true;
          for (int k = marker + 1; k <= j; ++k) {
            std::string_view part = t[static_cast<std::size_t>(k)].text;
            if (lex_token[static_cast<std::size_t>(k)] || is_name_stopword(part) || looks_like_predicate(part) ||
                split_particle(part).role != Role::None)
              ok = false;
            org += (org.empty() ? "" : " ") + std::string(part);
          }
          if (ok && !org.empty()) out.push_back({org, EntityType::Organization, {}});
          j = marker - 1;
        } else if ((looks_like_korean_full_name(t[static_cast<std::size_t>(j - 1)].text) && !t[static_cast<std::size_t>(j - 1)].comma_after &&
                    !origin_adnominal(t[static_cast<std::size_t>(j - 1)].text) &&
                    !looks_like_korean_full_name(t[static_cast<std::size_t>(j)].text) &&
                    is_org_like_word(t[static_cast<std::size_t>(j)].text) &&
                    // ("카마르벤처스의 마리암 부르하니 파트너": after its company, the two words are the person's
                    // given name and surname, the first only looking like a Korean full name)
                    !foreign_after_company(j) &&
                    // ("하야시 겐타 대표": a Japanese name in open syllables, no name and company)
                    !(open_syllables(t[static_cast<std::size_t>(j - 1)].text) && japanese_syllables(t[static_cast<std::size_t>(j)].text))) ||
                   (has_hangul(t[static_cast<std::size_t>(j)].text) && looks_like_org_name(t[static_cast<std::size_t>(j)].text) &&
                    split_particle(t[static_cast<std::size_t>(j)].text).role == Role::None) ||
                   // ("엘스페스 그린핼프 로웰브룩 그룹 최고데이터책임자(CDO)는": 그룹, which ends no company's name read
                   // below (4.), after a word of no dictionary, a name before them both; any kind after a Korean full
                   // name: "정하윤 로웰브룩 캐피털 대표")
                   (is_company_kind_word(t[static_cast<std::size_t>(j)].text) && j >= 2 && bare_foreign_word(j - 1) &&
                    (t[static_cast<std::size_t>(j)].text == "그룹" ||
                     (common_korean_full_name(t[static_cast<std::size_t>(j - 2)].text) && !t[static_cast<std::size_t>(j - 2)].comma_after))) ||
                   // ("김하준(미국명 네이선 김) 누리텍 대표": after a parenthesis closing a name's other form)
                   (t[static_cast<std::size_t>(j - 1)].close_after && t[static_cast<std::size_t>(j - 1)].text.find('(') == std::string_view::npos &&
                    has_hangul(t[static_cast<std::size_t>(j)].text) && !looks_like_korean_full_name(t[static_cast<std::size_t>(j)].text) &&
                    split_particle(t[static_cast<std::size_t>(j)].text).role == Role::None &&
                    ((j >= 2 && t[static_cast<std::size_t>(j - 2)].text.find('(') != std::string_view::npos) ||
                     (j >= 3 && t[static_cast<std::size_t>(j - 3)].text.find('(') != std::string_view::npos && !t[static_cast<std::size_t>(j - 2)].close_after)))) {
          // "김민수 노바큐브 대표", "마르코 빌라 한빛증권 애널리스트": a name, then an organisation
          // ("하야테 시스템스 연구총괄": a kind alone takes the word before it)
          const std::string_view org_word = t[static_cast<std::size_t>(j)].text;
          const bool kind_alone = j >= 2 && !lex_token[static_cast<std::size_t>(j - 1)] && !t[static_cast<std::size_t>(j - 1)].comma_after &&
                                  hangul_syllable_count(t[static_cast<std::size_t>(j - 1)].text) >= 2 &&
                                  split_particle(t[static_cast<std::size_t>(j - 1)].text).role == Role::None &&
                                  is_company_kind_word(org_word);
          out.push_back({kind_alone ? std::string(t[static_cast<std::size_t>(j - 1)].text) + " " + std::string(org_word) : std::string(org_word),
                         EntityType::Organization, {}});
          j = kind_alone ? j - 2 : j - 1;
          org_between = true;
        }
      }
      // "코어비전 CTO로 복귀": a bare word before a title in the goal case is its organisation
      const std::string goal_rest = clean_suffix(w.substr(title_prefix(w).size()));
      // (and before the post itself: "알펜글로우 대표직을 유지했다", the company's CEO post)
      const bool goal_title = (goal_rest == "로" || goal_rest == "으로" || goal_rest.starts_with("직")) && j == i - 1 && j >= 0 &&
                              split_particle(t[static_cast<std::size_t>(j)].text).role == Role::None &&
                              has_hangul(t[static_cast<std::size_t>(j)].text) &&
                              !looks_like_korean_full_name(t[static_cast<std::size_t>(j)].text);
      std::string latin = goal_title ? std::string() : latin_name(j, -1, used);
      if (goal_title) {
        // no person here
      } else if (!latin.empty()) {
        out.push_back({latin, EntityType::Person, {}});
      } else if (j == i - 1 && j >= 0 && (t[static_cast<std::size_t>(j)].text == "한" || t[static_cast<std::size_t>(j)].text == "이")) {
        // "한 대표는", "이 CTO가": the surnames that are also words ("one", "this") stand for a person
        // only right before a title; the extractor keeps them when one person of the document has it
        out.push_back({std::string(t[static_cast<std::size_t>(j)].text), EntityType::Person, {}});
      } else if (j >= 0 && !t[static_cast<std::size_t>(j)].comma_after && !t[static_cast<std::size_t>(j)].ellipsis_after) {
        // (no name across a headline's ellipsis: "루멘텐서 인수…창업자 가오수이 영입")
        std::string last = hangul_name_token(j, false, !object_or_goal(w), org_between && !object_or_goal(w));
        // "X를 (새) CEO로 선임": the name carries the object particle when the title is the goal
        // ("X가 CPO로 합류했다", "X가 대표로 선임됐다": or the subject, when the title is the goal)
        const Role holder = split_particle(t[static_cast<std::size_t>(j)].text).role;
        if (last.empty() && split_particle(w).role == Role::Goal && (holder == Role::Object || holder == Role::Subject)) {
          last = hangul_name_token(j, true);
          // ("도미닉 하르트만을 CTO로": the 만 of a German name is no particle "only" here)
          if (!last.empty() && split_particle(t[static_cast<std::size_t>(j)].text).particle == "만을") last += "만";
          if (!last.empty() && j > 0 && !looks_like_korean_full_name(last)) {
            std::string first = hangul_name_token(j - 1, false);
            // (not a verb's adnominal: "회사를 떠난 저우야난(周雅楠)을 최고과학자로")
            if (!first.empty() && !looks_like_predicate(first) && !verb_adnominal(first)) last = first + " " + last;
            else if (hangul_syllable_count(last) >= 3 && verb_adnominal(first)) {
              // (the name alone then)
            } else last.clear();
          }
          if (!last.empty()) out.push_back({last, EntityType::Person, {}});
          last.clear();
        }
        // "치아구 엔히키 노게이라 바스투스 CTO": Portuguese and Spanish names of three or four words, two
        // given names and two surnames: up to two more foreign words (no word of the language, no Korean
        // full name, no "딸인": a noun with the copula's adnominal ending) before the two found, none of
        // them a word of the language either, where a name opens: at the sentence's start, after a comma,
        // a word in the subject's, topic's, genitive or comitative case, a title or "출신" and the nouns of
        // a profession
        const auto longer_name = [&](int k, std::string name) {
          const std::string a = name.substr(0, name.find(' ')), b = name.substr(name.find(' ') + 1);
          if (looks_like_korean_full_name(a) || looks_like_korean_full_name(b) || is_dictionary_word(a) || is_dictionary_word(b)) return name;
          std::string full = name;
          int added = 0;
          for (; added < 2 && k >= 0 && !t[static_cast<std::size_t>(k)].comma_after; --k, ++added) {
            // (not past a name closed by its characters: "다카하시 유키(高橋由紀) 사쿠라 호라이즌 파트너" names the firm after it)
            if (t[static_cast<std::size_t>(k)].text.find('(') != std::string_view::npos) break;
            // (a given name ending like the particle 로: "알레한드로 루이스 카르타비바 대표")
            const std::string x = hangul_name_token(k, false, true);
            // ("반 데르 베르프 대표": a Dutch or German particle of one syllable before the article of the name)
            if ((x == "반" || x == "판" || x == "폰") && (full.starts_with("데르 ") || full.starts_with("덴 ") || full.starts_with("데 "))) {
              full = x + " " + full;
              continue;
            }
            if (x.empty() || hangul_syllable_count(x) < 2 || is_dictionary_word(x) || is_common_noun(x) || looks_like_predicate(x) ||
                looks_like_korean_full_name(x) || is_region_word(x) || is_verbal_noun(x) || verb_adnominal(x) ||
                (x.ends_with("인") && is_dictionary_word(std::string_view(x).substr(0, x.size() - 3))))
              break;
            full = x + " " + full;
          }
          if (added == 0) return name;
          if (k < 0 || t[static_cast<std::size_t>(k)].comma_after) return full;
          const ParticleSplit before = split_particle(t[static_cast<std::size_t>(k)].text);
          // (not after an object or a place, whose verb the next word would be: "연구를 해온 와타나베 겐지")
          const bool opened = before.role == Role::Topic || before.role == Role::Subject || before.role == Role::Comitative ||
                              before.role == Role::Genitive || before.role == Role::Also || !title_prefix(before.stem).empty() ||
                              ends_with_any(before.stem, {"출신", "출신인", "엔지니어", "연구원", "연구자", "과학자", "개발자", "교수", "박사", "기업가", "창업가"}) ||
                              // (or a time that opens the clause: "2022년 디에고 에르난데스 루나 CEO와")
                              (std::isdigit(static_cast<unsigned char>(before.stem.front())) && ends_with_any(before.stem, {"년", "월", "일"})) ||
                              before.stem == "지난해" || before.stem == "올해" || before.stem == "작년" ||
                              // (or a verb's adnominal whose clause the name heads, when the word added is a foreign name's
                              // by its shape: "OPV를 세운 타리크 유수프 나세르 대표")
                              (before.role == Role::None && added == 1 && bare_foreign_word(k + 1) &&
                               (verb_adnominal(before.stem) ||
                                (before.stem.ends_with("는") && before.stem.size() >= 6 &&
                                 is_dictionary_word(std::string(before.stem.substr(0, before.stem.size() - 3)) + "다"))));
          return opened ? full : name;
        };
        // "쩐 민 득 사오마이AI 대표": a Vietnamese name of three words, its surname first
        const auto bare = [&](int k) {
          const std::string_view x = t[static_cast<std::size_t>(k)].text;
          return !lex_token[static_cast<std::size_t>(k)] && !t[static_cast<std::size_t>(k)].comma_after &&
                 hangul_syllable_count(x) >= 1 && hangul_syllable_count(x) <= 2 && hangul_syllable_count(x) * 3 == x.size();
        };
        // (or of four, and the company between it and the title: "응우옌 티 란 안 싸오마이푸드 대표")
        const std::string_view company = t[static_cast<std::size_t>(j)].text;
        if (j >= 4 && !bare(j) && !lex_token[static_cast<std::size_t>(j)] && hangul_syllable_count(company) >= 3 &&
            hangul_syllable_count(company) * 3 == company.size() && is_unknown_word(company) && bare(j - 1) && bare(j - 2) &&
            !t[static_cast<std::size_t>(j - 4)].comma_after && !t[static_cast<std::size_t>(j - 3)].comma_after &&
            !vietnamese_surname_latin(t[static_cast<std::size_t>(j - 4)].text).empty() &&
            is_vietnamese_middle_name(t[static_cast<std::size_t>(j - 3)].text)) {
          out.push_back({std::string(t[static_cast<std::size_t>(j - 4)].text) + " " + std::string(t[static_cast<std::size_t>(j - 3)].text) + " " +
                             std::string(t[static_cast<std::size_t>(j - 2)].text) + " " + std::string(t[static_cast<std::size_t>(j - 1)].text),
                         EntityType::Person, {}, true});
          out.push_back({std::string(company), EntityType::Organization, {}});
          last.clear();
        } else if (j >= 3 && bare(j) && bare(j - 1) && bare(j - 2) && !t[static_cast<std::size_t>(j - 3)].comma_after &&
            !vietnamese_surname_latin(t[static_cast<std::size_t>(j - 3)].text).empty() &&
            is_vietnamese_middle_name(t[static_cast<std::size_t>(j - 2)].text)) {
          // (its syllables may each be a word of the language, "투", "하": the shape says a name, as quotes would)
          out.push_back({std::string(t[static_cast<std::size_t>(j - 3)].text) + " " + std::string(t[static_cast<std::size_t>(j - 2)].text) + " " +
                             std::string(t[static_cast<std::size_t>(j - 1)].text) + " " + std::string(t[static_cast<std::size_t>(j)].text),
                         EntityType::Person, {}, true});
          last.clear();
        } else if (j >= 2 && bare(j) && bare(j - 1) && !t[static_cast<std::size_t>(j - 2)].comma_after &&
                   !vietnamese_surname_latin(t[static_cast<std::size_t>(j - 2)].text).empty()) {
          out.push_back({std::string(t[static_cast<std::size_t>(j - 2)].text) + " " + std::string(t[static_cast<std::size_t>(j - 1)].text) + " " +
                             std::string(t[static_cast<std::size_t>(j)].text),
                         EntityType::Person, {}});
          last.clear();
        }
        // "모리 아야카 CTO", "하야시 겐타 대표": a Japanese name, surname first, in open syllables,
        // though either word may read like a Korean full name (하 + 야시, 아 + 야카)
        // (nor a word whose parenthesis closed a name before it: "모리모토 다케시(森本武) 토카이도 사장" is the company's)
        const bool closed_before = j > 0 && t[static_cast<std::size_t>(j - 1)].text.find('(') != std::string_view::npos;
        const std::string first_word = !last.empty() && j > 0 && !t[static_cast<std::size_t>(j - 1)].comma_after &&
                                               !t[static_cast<std::size_t>(j)].paren_open_before && !t[static_cast<std::size_t>(j)].open_before &&
                                               !closed_before
                                           ? hangul_name_token(j - 1, false, true)
                                           : std::string();
        // (the given name may read like a Korean full name too, "쓰지모토 이사오", after a surname of three
        // syllables or more)
        const bool japanese = !first_word.empty() && open_syllables(first_word) && open_syllables(last) &&
                              (!looks_like_korean_full_name(last) || hangul_syllable_count(first_word) >= 3) && ends_open(first_word) &&
                              hangul_syllable_count(first_word) >= 2 && hangul_syllable_count(last) >= 2 &&
                              hangul_syllable_count(first_word) + hangul_syllable_count(last) >= 4 &&
                              !looks_like_predicate(first_word) && !is_common_noun(first_word) && title_prefix(first_word).empty() &&
                              !auxiliary_verb(t, j - 1) &&
                              // (a surname that is also a word of the language only when it is a common Japanese
                              // surname: 모리, not 따라 or 이후)
                              (!is_dictionary_word(first_word) || is_japanese_surname(first_word));
        const bool arabic = !last.empty() && j >= 2 && is_arabic_article(t[static_cast<std::size_t>(j - 1)].text) &&
                            !t[static_cast<std::size_t>(j - 1)].comma_after && !t[static_cast<std::size_t>(j - 2)].comma_after;
        const std::string given = arabic ? hangul_name_token(j - 2, false) : std::string();
        // ("미네라 산타루시아 최고재무책임자", "그루포 베르데마르 CFO": a Spanish or Portuguese word of a company's kind first,
        // "Minera", "Grupo", names the company the post is at, no person)
        const auto romance_company_kind = [](std::string_view x) {
          return x == "미네라" || x == "미네라두라" || x == "그루포" || x == "코르포라시온" || x == "콤파니아" || x == "인베르시오네스" ||
                 x == "엠프레사스";
        };
        if (!given.empty() && !is_dictionary_word(given)) {
          // "라일라 알 만수리 CEO": the given name before the article
          out.push_back({given + " " + std::string(t[static_cast<std::size_t>(j - 1)].text) + " " + last, EntityType::Person, {}});
        } else if (japanese && j >= 2 && [&] {
                     // (characters in the parenthesis, not a title's Latin: "최고경영자(CEO)와 바티스트 르루 CTO")
                     const std::string_view pw = t[static_cast<std::size_t>(j - 2)].text;
                     const std::size_t open = pw.find('(');
                     // (and no particle after it: "인텔리전스(海峽智能)는 프리야 라구나탄 대표가" is another sentence part)
                     return open != std::string_view::npos && open + 1 < pw.size() && has_hangul(pw.substr(0, open)) &&
                            (pw.back() == ')' || (pw.find(')') == std::string_view::npos && t[static_cast<std::size_t>(j - 2)].close_after)) &&
                            static_cast<unsigned char>(pw[open + 1]) >= 0xE4 && static_cast<unsigned char>(pw[open + 1]) <= 0xE9;
                   }()) {
          // ("다카하시 유키(高橋由紀) 사쿠라 호라이즌 파트너": after a name closed by its characters, the words before the
          // title name the person's firm)
          out.push_back({first_word + " " + last, EntityType::Organization, {}});
        } else if (japanese && romance_company_kind(first_word)) {
          out.push_back({first_word + " " + last, EntityType::Organization, {}});
        } else if (japanese) {
          out.push_back({longer_name(j - 2, first_word + " " + last), EntityType::Person, {}});
        } else if (!last.empty()) {
          // ("알하르비 영입 새 센터장": 영입, hiring, is what happened to the name before it; a surname
          // that is also a verbal noun stands after a given name: "라일라 하산 박사", 하산하다)
          // (nor across a parenthesis: "수리아디 (카완 AI CEO, 자카르타)")
          std::string first = j > 0 && !t[static_cast<std::size_t>(j - 1)].comma_after && !t[static_cast<std::size_t>(j)].paren_open_before &&
                                      !t[static_cast<std::size_t>(j)].open_before && !closed_before
                                  ? hangul_name_token(j - 1, false)
                                  : "";
          // ("안토니우 마르셀로 피게이라 대표": a given name's word ending like 로 inside the name, ro_in_name)
          if (first.empty() && j > 0 && !t[static_cast<std::size_t>(j)].paren_open_before && !t[static_cast<std::size_t>(j)].open_before &&
              !closed_before && (ro_in_name(j - 1) || given_ro(j - 1)))
            first = std::string(t[static_cast<std::size_t>(j - 1)].text);
          // ("직후 노브리지 부사장": 직후 is a word, not a first name)
          // (nor a verb's or the copula's adnominal describing the name: "맡고 있는 다카하시 COO", "일본계 브라질인인
          // 타카하시 CEO")
          if (first.empty() || (looks_like_korean_full_name(first) && !foreign_after_company(j)) || looks_like_predicate(first) ||
              is_dictionary_word(first) || verb_adnominal(first) || first.ends_with("인인") ||
              auxiliary_verb(t, j - 1) ||
              (first.ends_with("는") && is_dictionary_word(first.substr(0, first.size() - 3) + "다")) ||
              (first.ends_with("인") && is_dictionary_word(std::string_view(first).substr(0, first.size() - 3))))
            first.clear();
          const bool event = is_verbal_noun(last) && (first.empty() || is_appointment_noun(last));
          // ("모아로직 공동 창업자인 강도현 대표": a title with the copula's adnominal before a name describes
          // that name; the word before it is the company)
          const bool describes_next = clean_suffix(w.substr(title_prefix(w).size())) == "인" && i + 1 < n && first.empty() &&
                                      !looks_like_korean_full_name(last) &&
                                      (looks_like_korean_full_name(split_particle(t[static_cast<std::size_t>(i + 1)].text).stem) ||
                                       (i + 2 < n && !title_prefix(t[static_cast<std::size_t>(i + 2)].text).empty()));
          // ("칼리드 알만수리 RIA 기술투자 총괄": words of the language after an organisation name a field)
          const std::string_view before_last = j > 0 ? t[static_cast<std::size_t>(j - 1)].text : std::string_view();
          const bool org_before = j > 0 && (lex_token[static_cast<std::size_t>(j - 1)] ||
                                            (before_last.size() >= 2 && std::all_of(before_last.begin(), before_last.end(), [](char c) { return c >= 'A' && c <= 'Z'; })));
          const bool field = org_before && hangul_syllable_count(last) >= 4 &&
                             is_dictionary_compound(last) && !looks_like_korean_full_name(last);
          const std::string_view post = title_prefix(w);
          if (describes_next && is_unknown_word(last) && (post.ends_with("창업자") || post.ends_with("설립자") || post == "대표" || post == "CEO")) {
            out.push_back({last, EntityType::Organization, {}});
          } else if (event || field || describes_next) {
            // no name
          } else if (university_short(j)) {
            // ("오지환 한결대 교수": the professor named before the university)
            if (j > 0 && looks_like_korean_full_name(split_particle(t[static_cast<std::size_t>(j - 1)].text).stem) &&
                split_particle(t[static_cast<std::size_t>(j - 1)].text).role == Role::None)
              out.push_back({std::string(t[static_cast<std::size_t>(j - 1)].text), EntityType::Person, {}});
          } else if (looks_like_korean_full_name(last)) {
            out.push_back({last, EntityType::Person, {}});
          } else if (!first.empty() && is_post_region(last)) {
            // ("말다리 중남미 총괄": a company and the region the post covers, no person)
            if (!is_dictionary_word(first) && !is_common_noun(first)) out.push_back({first, EntityType::Organization, {}});
          } else if (romance_company_kind(first)) {
            out.push_back({first + " " + last, EntityType::Organization, {}});
          } else if (!first.empty()) {
            out.push_back({longer_name(j - 2, first + " " + last), EntityType::Person, {}});
          } else if (org_before && !lex_token[static_cast<std::size_t>(j - 1)] && before_last.size() <= 5 &&
                     (is_korean_place(last) || post == "교수" || post == "명예교수" || post == "연구원" || post == "박사과정")) {
            // ("ETH 취리히 교수 출신", "UC 버클리 교수": a university's letters and its place, no person)
            out.push_back({std::string(before_last) + " " + last, EntityType::Organization, {}});
          } else if (!is_korean_place(last)) {
            out.push_back({last, EntityType::Person, {}});
          }
        }
      }
      // Name after: title [name] [name]
      if (split_particle(w).role == Role::None || split_particle(w).role == Role::Copula) name_after(i);
    }
    // "스타트업 세이지포지를", "챗봇 파이를": an unquoted name right after a type noun, when the
    // word carries a case particle and is no common noun.
    if (i > 0 && !lex_token[static_cast<std::size_t>(i)] && !t[static_cast<std::size_t>(i)].open_before) {
      const TypeNoun tn = type_noun(t[static_cast<std::size_t>(i - 1)].text);
      ParticleSplit ps = split_particle(w);
      if (std::size_t paren = ps.stem.find('('); paren != std::string_view::npos) {
        // "세이지포지(SageForge)를": the name before the parenthesis; the pair is joined later
        ps.stem = ps.stem.substr(0, paren);
        std::string_view inner = w.substr(paren);
        ps.role = split_particle(inner.substr(inner.find(')') == std::string_view::npos ? 0 : inner.find(')') + 1)).role;
        if (inner.find(')') != std::string_view::npos) {
          std::string_view after = inner.substr(inner.find(')') + 1);
          ps.role = after.empty() ? Role::None : particle_role(ps.stem, after);
        }
      }
      const std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
      const bool bare_noun = split_particle(prev).role == Role::None && (prev == "스타트업" || prev == "기업" || prev == "업체" ||
                                                                         prev == "회사" || prev == "챗봇" || prev == "모델");
      // ("스타트업 가람웍스도 주목받는다": 도, "also", for the subject, when the word is no word of the language)
      const bool core_role = ps.role == Role::Object || ps.role == Role::Subject || ps.role == Role::Topic || ps.role == Role::Goal ||
                             (ps.role == Role::Also && ps.particle == "도" && is_unknown_word(ps.stem));
      if (tn != TypeNoun::None && bare_noun && core_role && ps.stem.size() >= 9 && has_hangul(ps.stem) && !is_common_noun(ps.stem) &&
          type_noun(ps.stem) == TypeNoun::None && !looks_like_predicate(ps.stem) && title_prefix(ps.stem).empty())
        out.push_back({std::string(ps.stem), tn == TypeNoun::Product ? EntityType::Product : EntityType::Organization, {}});
      // "스타트업 뷰로직스의 지분", "헤지펀드 하이플라이어가", "게임사 스텔라게임즈와", "기업 뷰로직스 인수":
      // any case, or none, after an organisation noun, when the word is no word of the language
      // (not a verb the headline ends in: "AI 스타트업 차렸다")
      else if (is_org_kind_noun(prev) && ps.role != Role::Copula && ps.role != Role::Also && is_unknown_word(ps.stem) && !looks_like_predicate(ps.stem))
        out.push_back({std::string(ps.stem), EntityType::Organization, {}});
      // "투자사 메리디언 크레스트 캐피털이": bare unknown words after an organisation noun, up to one that
      // ends like a firm's name and carries the case
      // (or a first word of two syllables no word of the language, before one of three or more that carries the case:
      // "방송사 레지 아우로라를", Rede Aurora)
      const bool short_head = i + 1 < n && !lex_token[static_cast<std::size_t>(i + 1)] && hangul_syllable_count(ps.stem) == 2 &&
                              ps.stem.size() == 6 && !is_dictionary_word(ps.stem) && !is_common_noun(ps.stem) && !is_name_stopword(ps.stem) &&
                              title_prefix(ps.stem).empty() && type_noun(ps.stem) == TypeNoun::None && !looks_like_predicate(ps.stem) &&
                              !is_title_modifier(ps.stem) && [&] {
                                const ParticleSplit next = split_particle(t[static_cast<std::size_t>(i + 1)].text);
                                return next.role != Role::None && next.role != Role::Copula && next.role != Role::Other &&
                                       is_unknown_word(next.stem);
                              }();
      if (is_org_kind_noun(prev) && ps.role == Role::None && !t[static_cast<std::size_t>(i)].comma_after && (is_unknown_word(ps.stem) || short_head)) {
        std::string name(ps.stem);
        for (int k = i + 1; k < n && k <= i + 2 && !lex_token[static_cast<std::size_t>(k)]; ++k) {
          const ParticleSplit next = split_particle(t[static_cast<std::size_t>(k)].text);
          if (!has_hangul(next.stem) || next.stem.find('(') != std::string_view::npos) break;
          name += " " + std::string(next.stem);
          if (next.role != Role::None || t[static_cast<std::size_t>(k)].comma_after) {
            bool firm_end = looks_like_org_name(next.stem);
            for (std::string_view x : {"캐피털", "캐피탈", "벤처스", "파트너스", "인베스트먼트", "홀딩스", "그룹", "랩스", "에쿼티", "자산운용",
                                       "펀드", "인베스트", "에셋", "재단"})
              firm_end = firm_end || next.stem.ends_with(x);
            // ("통신사 릴라이언스 지오와도": two words no word of the language, a foreign name written apart)
            firm_end = firm_end || (k == i + 1 && next.role != Role::Copula && next.role != Role::Other && hangul_syllable_count(next.stem) >= 2 &&
                                    (is_unknown_word(next.stem) || (next.stem.size() == 6 && !is_dictionary_word(next.stem) &&
                                                                    !is_common_noun(next.stem) && !is_name_stopword(next.stem) &&
                                                                    !looks_like_predicate(next.stem) && title_prefix(next.stem).empty() &&
                                                                    type_noun(next.stem) == TypeNoun::None)));
            if (firm_end) out.push_back({name, EntityType::Organization, {}});
            break;
          }
          if (looks_like_predicate(next.stem) || type_noun(next.stem) != TypeNoun::None) break;
        }
      }
    }
    // "누리봇 지분 20%를", "소라봇의 경영권을": a word no word of the language whose stake or control is
    // bought or held is a company (not a verb after its object: "과반을 사들여 경영권을")
    if (i + 1 < n && !lex_token[static_cast<std::size_t>(i)] &&
        (i == 0 || split_particle(t[static_cast<std::size_t>(i - 1)].text).role != Role::Object)) {
      const ParticleSplit ps = split_particle(w);
      const std::string_view next = split_particle(t[static_cast<std::size_t>(i + 1)].text).stem;
      if ((ps.role == Role::None || ps.role == Role::Genitive) && (next == "지분" || next == "경영권") && is_unknown_word(ps.stem) &&
          !t[static_cast<std::size_t>(i)].comma_after)
        out.push_back({std::string(ps.stem), EntityType::Organization, {}});
    }
    // "알카자르 출판사는", "미리내 통신사의": a word no word of the language before a kind of company with
    // its own trade (a publisher, a carrier, a drug maker; not "기업" or "회사", which follow places and
    // fields) is that company
    if (i + 1 < n && !lex_token[static_cast<std::size_t>(i)] && !t[static_cast<std::size_t>(i)].comma_after &&
        !t[static_cast<std::size_t>(i + 1)].open_before) {
      const ParticleSplit ps = split_particle(w);
      const std::string_view kind = split_particle(t[static_cast<std::size_t>(i + 1)].text).stem;
      static constexpr std::string_view kTrades[] = {"출판사", "언론사", "방송사", "신문사", "통신사", "이통사", "제약사", "증권사",
                                                     "보험사", "카드사", "건설사", "항공사", "해운사"};
      if (ps.role == Role::None && ps.stem == w && hangul_syllable_count(w) >= 2 && is_unknown_word(w) && !looks_like_predicate(w) &&
          !looks_like_korean_full_name(w) && std::find(std::begin(kTrades), std::end(kTrades), kind) != std::end(kTrades)) {
        out.push_back({std::string(w), EntityType::Organization, {}});
        out.back().by_trade = true;
      }
    }
    // "FAIR 출신 클레르 뒤부아", "DLR 출신": a Latin name right before 출신 is where the person came from
    if (i > 0 && (w == "출신" || w == "출신인" || w == "출신의" || w == "출신이다" || w == "출신으로") && !lex_token[static_cast<std::size_t>(i - 1)]) {
      int a = i - 1;
      while (a > 0 && a > i - 3 && !lex_token[static_cast<std::size_t>(a - 1)] && !t[static_cast<std::size_t>(a - 1)].comma_after &&
             !t[static_cast<std::size_t>(a - 1)].text.empty() && t[static_cast<std::size_t>(a - 1)].text[0] >= 'A' &&
             t[static_cast<std::size_t>(a - 1)].text[0] <= 'Z')
        --a;
      std::string name;
      bool latin = true;
      for (int k = a; k < i && latin; ++k) {
        const std::string_view x = t[static_cast<std::size_t>(k)].text;
        latin = !x.empty() && x[0] >= 'A' && x[0] <= 'Z' && !has_hangul(x) && x.find('(') == std::string_view::npos;
        name += (name.empty() ? "" : " ") + std::string(x);
      }
      // ("소니 AI 출신": a bare Hangul word before a generic Latin one is the name's first word)
      if (latin && a > 0 && (name == "AI" || name == "Research" || name == "Labs" || name == "Lab")) {
        const std::string_view prev = t[static_cast<std::size_t>(a - 1)].text;
        if (has_hangul(prev) && split_particle(prev).role == Role::None && !looks_like_predicate(prev) && !t[static_cast<std::size_t>(a - 1)].comma_after &&
            type_noun(prev) == TypeNoun::None && !is_common_noun(prev))
          name = std::string(prev) + " " + name;
        else
          latin = false;
      }
      // (not a kind of firm: "독일 VC 출신", "PE 출신")
      if (latin && name.size() >= 2 && title_prefix(name).empty() && name != "VC" && name != "PE" && name != "IB" && name != "CVC" &&
          name != "AC" && name != "LP" && name != "GP")
        out.push_back({name, EntityType::Organization, {}});
    }
    // (the sentence from token k on speaks of a round: 참여, 투자, 주도, 리드, 출자)
    auto round_from = [&](int k) {
      for (; k < n; ++k)
        for (std::string_view cue : {"참여", "투자", "주도", "리드", "출자"})
          if (t[static_cast<std::size_t>(k)].text.find(cue) != std::string_view::npos) return true;
      return false;
    };
    // "본엔젤스가 주도하고 하나벤처스가 참여한 시리즈A": an unknown word, the subject of leading or taking
    // part in a round
    if (i + 1 < n && !lex_token[static_cast<std::size_t>(i)] && !t[static_cast<std::size_t>(i)].comma_after) {
      const ParticleSplit ps = split_particle(w);
      const std::string_view v = t[static_cast<std::size_t>(i + 1)].text;
      const bool leads = v.starts_with("주도") || v.starts_with("리드") || v.starts_with("참여");
      // (a name of two syllables too, no word of the language: "카젝이 주도한")
      const bool two = hangul_syllable_count(ps.stem) == 2 && hangul_syllable_count(ps.stem) * 3 == ps.stem.size() &&
                       !is_dictionary_word(ps.stem) && !is_common_noun(ps.stem) && type_noun(ps.stem) == TypeNoun::None &&
                       title_prefix(ps.stem).empty() && !is_name_stopword(ps.stem) && !looks_like_predicate(ps.stem) && !is_title_modifier(ps.stem);
      if (leads && round_words && (ps.role == Role::Subject || ps.role == Role::Also) && has_hangul(ps.stem) && (is_unknown_word(ps.stem) || two) &&
          !looks_like_korean_full_name(ps.stem))
        out.push_back({std::string(ps.stem), EntityType::Organization, {}});
    }
    // "유한양행과 한국산업은행이 참여했다", "퓨처플레이와 네이버 D2SF로부터 투자를 받았다": an unknown word
    // joined by 와/과 to an organisation the lexicon knows, in a sentence about a round, is an investor
    // too (not a Korean full name: a person would be)
    if (i + 1 < n && lex_token[static_cast<std::size_t>(i + 1)] && !lex_token[static_cast<std::size_t>(i)] && !t[static_cast<std::size_t>(i)].comma_after) {
      const ParticleSplit ps = split_particle(w);
      if (ps.role == Role::Comitative && has_hangul(ps.stem) && hangul_syllable_count(ps.stem) >= 3 && is_unknown_word(ps.stem) &&
          !looks_like_korean_full_name(ps.stem) && type_noun(ps.stem) == TypeNoun::None && !looks_like_predicate(ps.stem)) {
        if (round_from(i + 1)) out.push_back({std::string(ps.stem), EntityType::Organization, {}});
      }
    }
    // ... and the other way round: "SK텔레콤과 인터베스트로부터 투자를 받았다"
    if (i > 0 && lex_token[static_cast<std::size_t>(i - 1)] && !lex_token[static_cast<std::size_t>(i)] &&
        split_particle(t[static_cast<std::size_t>(i - 1)].text).role == Role::Comitative && !t[static_cast<std::size_t>(i - 1)].comma_after) {
      const ParticleSplit ps = split_particle(w);
      if ((ps.role == Role::Source || ps.role == Role::Subject || ps.role == Role::Also) && has_hangul(ps.stem) &&
          hangul_syllable_count(ps.stem) >= 3 && is_unknown_word(ps.stem) && !looks_like_korean_full_name(ps.stem) &&
          type_noun(ps.stem) == TypeNoun::None && !looks_like_predicate(ps.stem)) {
        if (round_from(i)) out.push_back({std::string(ps.stem), EntityType::Organization, {}});
      }
    }
    // "▲네이버 퓨처AI센터장 진세연 ▲…": a Korean full name closing an item of an announcement (the
    // word before it says the post)
    {
      auto item_start = [&](int k) { return opens_listed_item(s, static_cast<std::size_t>(k)); };
      const bool closes_item = i > 0 && !item_start(i) && (i + 1 == n || item_start(i + 1));
      const bool in_item = first_item >= 0 && first_item <= i;
      const std::string_view bare = w.substr(0, w.find('('));
      if (closes_item && in_item && !lex_token[static_cast<std::size_t>(i)] && looks_like_korean_full_name(bare))
        out.push_back({std::string(bare), EntityType::Person, {}});
      // "▲AI CTO 라일라 하산", "▲글로벌AI파트너십담당 노다 아키라": a foreign name of two words closing an
      // item after its post (the given name no word of the language)
      else if (closes_item && in_item && i >= 2 && !lex_token[static_cast<std::size_t>(i)] && !lex_token[static_cast<std::size_t>(i - 1)] &&
               !item_start(i - 1) && bare.size() == w.size() && hangul_syllable_count(bare) >= 2 && hangul_syllable_count(bare) * 3 == bare.size()) {
        const std::string_view given = t[static_cast<std::size_t>(i - 1)].text;
        const std::string_view post = t[static_cast<std::size_t>(i - 2)].text;
        if (is_post_word(post) && hangul_syllable_count(given) >= 2 && hangul_syllable_count(given) * 3 == given.size() && !is_dictionary_word(given) &&
            !looks_like_korean_full_name(given) && title_prefix(given).empty() && !is_common_noun(given))
          out.push_back({std::string(given) + " " + std::string(bare), EntityType::Person, {}});
      }
    }
    // "▲상무 기태윤(전 DSC인베스트먼트 이사)": a Korean full name before a former or present post in
    // parentheses, as announcements of appointments list people
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open + 1 < w.size() && !lex_token[static_cast<std::size_t>(i)] &&
                                               looks_like_korean_full_name(w.substr(0, open)) && i + 1 < n &&
                                               (is_former_marker(w.substr(open + 1)) || is_current_marker(w.substr(open + 1))))
      out.push_back({std::string(w.substr(0, open)), EntityType::Person, {}});
    // "김대현(미국명 대니얼 김)", "그레이스 박(한국명 박은혜)", "그레이스 박(박은혜)": a person's other name in
    // parentheses, after a label that says so, or a Korean full name opening with the surname the
    // name before it ends in (a Western given name and a Korean surname)
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open > 0 && !lex_token[static_cast<std::size_t>(i)] &&
                                               has_hangul(w.substr(0, open))) {
      std::string inner(w.substr(open + 1));
      int k = i;
      // (a closing parenthesis ends the word inside it, "박은혜)CTO", or was cut off with its punctuation)
      auto closed = [&](int q) { return t[static_cast<std::size_t>(q)].text.find(')') != std::string_view::npos || t[static_cast<std::size_t>(q)].close_after; };
      while (!closed(k) && k + 1 < n && k < i + 3) inner += " " + std::string(t[static_cast<std::size_t>(++k)].text);
      std::size_t close = closed(k) ? std::min(inner.find(')'), inner.size()) : std::string::npos;
      bool labelled = false;
      if (close != std::string::npos) {
        inner.resize(close);
        for (std::string_view label : {"미국명 ", "영문명 ", "영어명 ", "영어 이름 ", "한국명 ", "한국 이름 ", "본명 "})
          if (inner.compare(0, label.size(), label) == 0) {
            inner.erase(0, label.size());
            labelled = true;
            break;
          }
      }
      const std::string last(w.substr(0, open));
      // the name before the parenthesis: a Korean full name, or a given name and this word
      std::string name;
      if (looks_like_korean_full_name(last)) {
        name = last;
      } else if (i > 0 && !lex_token[static_cast<std::size_t>(i - 1)] && !t[static_cast<std::size_t>(i - 1)].comma_after) {
        const std::string_view given = t[static_cast<std::size_t>(i - 1)].text;
        if (hangul_syllable_count(given) >= 2 && hangul_syllable_count(given) * 3 == given.size() && !is_dictionary_word(given) &&
            !looks_like_predicate(given) && title_prefix(given).empty() && split_particle(given).role == Role::None)
          name = std::string(given) + " " + last;
      }
      const bool hangul_other = close != std::string::npos && looks_like_korean_full_name(inner) && inner.find(' ') == std::string::npos;
      const bool surname_first = hangul_other && hangul_syllable_count(last) == 1 && inner.compare(0, last.size(), last) == 0;
      bool latin_other = labelled && close != std::string::npos && inner.size() >= 5 && inner.size() < 40 && inner.find(' ') != std::string::npos;
      for (char c : inner) latin_other = latin_other && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '-');
      // ("(미국명 대니얼 김)": a foreign name in Hangul, two words)
      const bool hangul_foreign = labelled && close != std::string::npos && has_hangul(inner) && std::count(inner.begin(), inner.end(), ' ') == 1 &&
                                  std::all_of(inner.begin(), inner.end(), [](char c) { return c == ' ' || (c & 0x80); });
      // ("임수경(그레이스 임)": unlabelled, a Western given name and the surname of the Korean full name before it)
      const bool western_name = !labelled && close != std::string::npos && looks_like_korean_full_name(last) && has_hangul(inner) &&
                                std::count(inner.begin(), inner.end(), ' ') == 1 &&
                                std::all_of(inner.begin(), inner.end(), [](char c) { return c == ' ' || (c & 0x80); }) &&
                                inner.substr(inner.find(' ') + 1) == last.substr(0, 3) && hangul_syllable_count(inner.substr(0, inner.find(' '))) >= 2 &&
                                !is_dictionary_word(inner.substr(0, inner.find(' ')));
      if (!name.empty() && ((labelled && (hangul_other || hangul_foreign)) || surname_first || western_name))
        out.push_back({name, EntityType::Person, {}, false, false, inner});
      else if (!name.empty() && latin_other)
        out.push_back({name, EntityType::Person, inner});
    }
    // "루미셀랩스(법인명 (주)한빛전지연구소)", "SBVA(옛 소프트뱅크벤처스아시아)": a company's legal or former name
    // in parentheses after a label that says so is another name of it
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open > 0 && i + 1 < n) {
      std::string inner(w.substr(open + 1));
      int k_end = i;  // the last word read
      // (up to seven words: "노팔 컴퓨트(법인명 Nopal Cómputo S.A. de C.V.)")
      for (int k = i + 1; k < n && k <= i + 7 && inner.find(')') == std::string::npos; k_end = k++) {
        std::string_view next = t[static_cast<std::size_t>(k)].text;
        // (the word "(주)…" lost its opening parenthesis to tokenize())
        for (std::string_view mark : {std::string_view("(주)"), std::string_view("주)"), std::string_view("㈜")})
          if (next.starts_with(mark)) {
            next.remove_prefix(mark.size());
            break;
          }
        inner += " " + std::string(next);
        if (t[static_cast<std::size_t>(k)].close_after && inner.find(')') == std::string::npos) inner += ')';
      }
      for (std::string_view label : {"법인명 ", "법인명: ", "정식 명칭 ", "정식명칭 ", "사명 ", "상호 ", "옛 이름 ", "옛 ", "구 "})
        if (const std::size_t close = inner.find(')'); close != std::string::npos && inner.starts_with(label)) {
          std::string other = inner.substr(label.size(), close - label.size());
          // (a Latin name as the text writes it, with the points its words lost: "S.A. de C.V.")
          if (const std::string_view last = t[static_cast<std::size_t>(k_end)].text;
              !other.empty() && other[0] >= 'A' && other[0] <= 'Z' && last.data() >= w.data() + open + 1 && last.data() - w.data() < 400) {
            const std::string_view raw(w.data() + open + 1, static_cast<std::size_t>(last.data() + last.size() - (w.data() + open + 1)));
            if (const std::size_t end = raw.find(')'); raw.starts_with(label) && end != std::string_view::npos &&
                                                       raw.substr(0, end).find_first_of("(\n") == std::string_view::npos)
              other = std::string(raw.substr(label.size(), end - label.size()));
          }
          std::string before(w.substr(0, open));
          // ("GPU 클라우드 기업 노팔 컴퓨트(법인명 …)": the name's words before, back to a word of the language, a place or
          // a company's kind)
          for (int j = i - 1; j >= 0 && j >= i - 2; --j) {
            const std::string_view pw = t[static_cast<std::size_t>(j)].text;
            if (t[static_cast<std::size_t>(j)].comma_after || t[static_cast<std::size_t>(j + 1)].open_before || !has_hangul(pw) ||
                hangul_syllable_count(pw) * 3 != pw.size() || hangul_syllable_count(pw) < 2 || is_dictionary_word(pw) ||
                is_company_kind_word(pw) || is_korean_place(pw) || lex_token[static_cast<std::size_t>(j)])
              break;
            before = std::string(pw) + " " + before;
          }
          if (other.size() >= 6 && other.size() <= 60 && other.find_first_of("(,") == std::string::npos && before.size() >= 4 &&
              (has_hangul(other) || (other[0] >= 'A' && other[0] <= 'Z')))
            out.push_back({before, EntityType::Organization, {}, false, false, other});
          break;
        }
    }
    // "한국지능반도체연구원(KISRI·지반연)": an institution's name of words of the language, its letters in parentheses
    // (and its Korean short form after a middle dot): a name, however ordinary its words
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open >= 12 && !lex_token[static_cast<std::size_t>(i)]) {
      const std::string_view name = w.substr(0, open);
      std::string_view inner = w.substr(open + 1);
      inner = inner.substr(0, inner.find(')'));
      const std::size_t dot = inner.find("\u00B7");
      const std::string_view letters = inner.substr(0, dot);
      std::string_view short_form = dot == std::string_view::npos ? std::string_view() : inner.substr(dot + 2);
      static constexpr std::string_view kInstitutions[] = {"연구원", "연구소", "진흥원", "재단", "공사", "공단", "협회", "위원회", "센터", "학회",
                                                           "연합회", "기술원", "평가원", "정보원", "개발원", "과학원"};
      const bool institution = std::any_of(std::begin(kInstitutions), std::end(kInstitutions), [&](std::string_view k) {
        return name.size() > k.size() + 3 && name.ends_with(k);
      });
      const bool acronym = letters.size() >= 2 && letters.size() <= 7 &&
                           std::all_of(letters.begin(), letters.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-' || c == '&'; });
      if (short_form.size() > 12 || !has_hangul(short_form) || hangul_syllable_count(short_form) * 3 != short_form.size()) short_form = {};
      if (institution && acronym && hangul_syllable_count(name) * 3 == name.size() && w.find(')') != std::string_view::npos)
        out.push_back({std::string(name), EntityType::Organization, std::string(letters), false, false, std::string(short_form)});
      // ("한국기후에너지연구원(기후에너지연)": or its Korean short form alone, syllables of the name in their order)
      const auto abbreviates = [&](std::string_view shorter) {
        const std::vector<std::string> a = code_points(shorter), b = code_points(name);
        std::size_t at = 0;
        for (std::size_t k = 0; k < b.size() && at < a.size(); ++k) at += a[at] == b[k];
        return at == a.size() && a.size() < b.size();
      };
      if (institution && dot == std::string_view::npos && hangul_syllable_count(letters) >= 2 && hangul_syllable_count(letters) <= 6 &&
          hangul_syllable_count(letters) * 3 == letters.size() && hangul_syllable_count(name) * 3 == name.size() && abbreviates(letters) &&
          w.find(')') != std::string_view::npos)
        out.push_back({std::string(name), EntityType::Organization, {}, false, false, std::string(letters)});
    }
    // "프리야 라마찬드란(Priya Ramachandran)": a Hangul name with its Latin form in parentheses (after its
    // Chinese characters and a middle dot too: "진웨이시스템스(金威系統·Kinwell Systems)", "(远界智能·영문명
    // Vastline AI)")
    std::string_view latin_start;  // the parenthesis's first Latin word
    int latin_token = i;
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open + 1 < w.size()) {
      latin_start = w.substr(open + 1);
      const unsigned char lead = static_cast<unsigned char>(latin_start[0]);
      if (const std::size_t dot = latin_start.find("\u00B7"); lead >= 0xE4 && lead <= 0xE9 && dot != std::string_view::npos) {
        latin_start = latin_start.substr(dot + 2);
        if ((latin_start == "영문명" || latin_start == "영어명" || latin_start == "영문") && i + 1 < n) latin_start = t[static_cast<std::size_t>(latin_token = i + 1)].text;
      }
      // ("마루지능(영문명 Summit Intelligence)": the label alone before the Latin name)
      if ((latin_start == "영문명" || latin_start == "영어명" || latin_start == "영문") && i + 1 < n) latin_start = t[static_cast<std::size_t>(latin_token = i + 1)].text;
    }
    // ("라훌 메타(Rahul Mehta)": a surname the lexicon knows as a company, after a given name no word spells)
    const bool lexicon_surname = lex_token[static_cast<std::size_t>(i)] && !latin_start.empty() && i > 0 && !lex_token[static_cast<std::size_t>(i - 1)] &&
                                 hangul_syllable_count(t[static_cast<std::size_t>(i - 1)].text) >= 2 &&
                                 hangul_syllable_count(t[static_cast<std::size_t>(i - 1)].text) * 3 == t[static_cast<std::size_t>(i - 1)].text.size() &&
                                 !is_dictionary_word(t[static_cast<std::size_t>(i - 1)].text) && !looks_like_korean_full_name(t[static_cast<std::size_t>(i - 1)].text) &&
                                 !t[static_cast<std::size_t>(i - 1)].comma_after;
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open > 0 && !latin_start.empty() &&
                                               opens_latin_name(latin_start) && (!lex_token[static_cast<std::size_t>(i)] || lexicon_surname)) {
      std::string latin;
      std::string_view piece = latin_start;
      bool closed = false;
      for (int k = latin_token; k < n && k <= latin_token + 3; ++k) {
        if (k > latin_token) piece = t[static_cast<std::size_t>(k)].text;
        const std::size_t close = piece.find(')');
        std::string_view part = piece.substr(0, close);
        latin += (latin.empty() ? "" : " ") + std::string(part);
        // "제니퍼 김(Jennifer Kim) 상무": a parenthesis closing the word was cut off with the punctuation
        if (close != std::string_view::npos || (k > i && t[static_cast<std::size_t>(k)].close_after)) {
          closed = true;
          break;
        }
      }
      // ("대양상선(Great Ocean Lines·GOL)": the letters after a middle dot are the short form of the Latin name, which the
      // mentions take, extractor.cpp)
      if (const std::size_t dot = latin.find("\u00B7"); dot != std::string::npos && dot > 0) {
        const std::string rest = latin.substr(dot + 2);
        if (rest.size() >= 2 && rest.size() <= 7 && std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
          latin.resize(dot);
      }
      std::string_view hangul_last = w.substr(0, open);
      // "대니얼 오(Daniel Oh·한국명 오승민)": the Korean name after a middle dot is the same person's
      std::string korean_name;
      if (const std::size_t dot = latin.find("\u00B7"); dot != std::string::npos) {
        std::string rest = latin.substr(dot + 2);
        latin.erase(dot);
        for (std::string_view label : {"한국명 ", "본명 ", "한국 이름 "})
          if (rest.compare(0, label.size(), label) == 0 && looks_like_korean_full_name(rest.substr(label.size())))
            korean_name = rest.substr(label.size());
        // ("그레이스 윤(Grace Yoon·윤가은)": unlabelled, a Korean full name of the Latin name's surname)
        if (korean_name.empty() && looks_like_korean_full_name(rest) && rest.find(' ') == std::string::npos && latin.rfind(' ') != std::string::npos &&
            surname_matches_latin(rest.substr(0, 3), latin.substr(latin.rfind(' ') + 1)))
          korean_name = rest;
      }
      int words = static_cast<int>(std::count(latin.begin(), latin.end(), ' ')) + 1;
      // (a name's particles in lower case are no words of their own: "Pieter van der Lugt" has three)
      int particles = 0;
      for (const std::string& lw : split_words(latin))
        if (words > 2 && (lw == "van" || lw == "der" || lw == "den" || lw == "de" || lw == "von" || lw == "da" || lw == "di" || lw == "du" ||
                          lw == "la" || lw == "le" || lw == "bin" || lw == "al" || lw == "dos" || lw == "das" || lw == "del"))
          --words, ++particles;
      // "최고과학자(Chief Scientist)": a title with its English form names nobody
      bool latin_ok = closed && !latin.empty() && latin.size() < 60 && title_prefix(hangul_last).empty();
      // (nor a post the Latin words name, "총괄 프로듀서(Executive Producer)", "수석 디자이너(Lead Designer)")
      if (latin_ok && words >= 2) {
        bool post = true;
        for (const std::string& lw : split_words(latin)) post = post && (en::is_title_word(en::lower(lw)) || en::is_title_filler(en::lower(lw)));
        latin_ok = !post;
      }
      // (accented letters too, of Latin-1 and Latin Extended-A: "Timothée", "Łukasz", "Şahin")
      for (std::size_t q = 0; q < latin.size(); ++q) {
        const unsigned char c = static_cast<unsigned char>(latin[q]);
        const unsigned char next = q + 1 < latin.size() ? static_cast<unsigned char>(latin[q + 1]) : 0;
        if (c >= 0xC3 && c <= 0xC6 && next >= 0x80 && next <= 0xBF && !(c == 0xC3 && (next == 0x97 || next == 0xB7))) {
          ++q;
          continue;
        }
        // (and Vietnamese letters of Latin Extended Additional: "Nguyễn", "Hương")
        if (c == 0xE1 && next >= 0xB8 && next <= 0xBB && q + 2 < latin.size()) {
          q += 2;
          continue;
        }
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'' || c == '.' || c == '&'))
          latin_ok = false;
      }
      // ("클라트카 AI(Klatka AI)": or the Latin word that ends both names, after a Hangul word)
      const bool latin_tail = !has_hangul(hangul_last) && !hangul_last.empty() && i > 0 && has_hangul(t[static_cast<std::size_t>(i - 1)].text) &&
                              !t[static_cast<std::size_t>(i - 1)].comma_after && latin.size() > hangul_last.size() + 1 &&
                              std::string_view(latin).ends_with(" " + std::string(hangul_last));
      if (latin_ok && (has_hangul(hangul_last) || latin_tail)) {  // no particle can stand before the parenthesis
        static constexpr std::string_view kLatinOrgEnd[] = {"Capital", "Ventures", "Partners", "Labs", "Lab", "AI", "Inc",
                                                            "Corp", "Group", "Research", "Securities", "Bank", "Fund",
                                                            "Technologies", "Systems", "Robotics", "Intelligence", "Studio",
                                                            // (institutions and healthcare: "존스홉킨스대(Johns Hopkins University)")
                                                            "University", "College", "Institute", "Hospital", "Foundation", "Holdings",
                                                            "Biologics", "Therapeutics", "Pharmaceutical", "Pharmaceuticals", "Healthcare",
                                                            // (shipping lines: "대양상선(Great Ocean Lines)")
                                                            "Lines", "Shipping",
                                                            // (a company named as a group of people: "마인드 헬스 컬렉티브(Mind Health Collective)")
                                                            "Collective"};
        const std::string_view last_word = std::string_view(latin).substr(latin.rfind(' ') + 1);
        bool org = false;
        for (std::string_view x : kLatinOrgEnd)
          if (last_word == x) org = true;
        // (or another word that ends English companies' names, "Studios", "Simulations", "Aerospace", of
        // four letters or more, no surname ("Power", "Court", "Trust") and none that ends products' names as
        // often ("DGX Cloud", "Vertex Analytics")
        // (nor a name in quotes, as products are written: "'DGX 클라우드(DGX Cloud)'")
        const std::string last_lower = en::lower(last_word);
        org = org || (words >= 2 && last_word.size() >= 4 && last_word[0] >= 'A' && last_word[0] <= 'Z' && en::is_org_suffix(last_lower) &&
                      !t[static_cast<std::size_t>(i)].open_before && !(i > 0 && t[static_cast<std::size_t>(i - 1)].open_before) &&
                      !en::is_any(last_lower, {"power", "court", "trust", "mission", "works", "software", "analytics", "data", "security",
                                               "computing", "mobile", "learning", "services", "infrastructure", "automation",
                                               "quantum", "platforms", "commerce", "education", "digital", "interactive", "internet"}));
        // (or one a word of a company's kind opens, as the Romance languages write them: "그루푸 테주 포르투스(Grupo Tejo Portos)")
        const std::string_view first_latin = std::string_view(latin).substr(0, latin.find(' '));
        org = org || (words >= 2 && latin.find(' ') != std::string::npos &&
                      en::is_any(en::lower(first_latin), {"grupo", "groupe", "gruppo", "banco", "banca", "banque", "compañía", "companhia",
                                                          "corporación", "minera", "inversiones", "empresas", "fundación", "fundação",
                                                          "instituto", "universidad", "universidade", "laboratorios", "laboratórios",
                                                          // (Indonesia's legal form before the name: "PT Angkasa Data Nusantara")
                                                          "pt"}));
        if (lexicon_surname && (org || words < 2 || words > 3)) {
          // (no person: the lexicon's word stands)
        } else if (org) {
          // "'케스트럴 로보틱스(Kestrel Robotics)'": as many Hangul words as the Latin form has
          // (a word of the language too when it spells the Latin one: "주리 인텔리전스(Zuri Intelligence)")
          // (none when the last word spells the whole: "올렉산드르 코발렌코 코브자르AI(Kobzar AI) 대표")
          const std::vector<std::string> latin_words = split_words(latin);
          std::string name(hangul_last);
          const bool whole = words > 1 && org_names_match(hangul_last, latin);
          for (int k = i - 1, more = whole ? 0 : words - 1; k >= 0 && more > 0; --k, --more) {
            const std::string_view prev = t[static_cast<std::size_t>(k)].text;
            const std::string_view bare = prev.substr(prev[0] == '\'' || prev[0] == '"' ? 1 : 0);
            const bool spelled = static_cast<int>(latin_words.size()) == words && org_names_match(bare, latin_words[static_cast<std::size_t>(more - 1)], true);
            // (a Latin word the Latin form has in the same place too: "BBC 스튜디오(BBC Studios)")
            const bool same_latin = !has_hangul(bare) && static_cast<int>(latin_words.size()) == words && bare == latin_words[static_cast<std::size_t>(more - 1)];
            if (same_latin && !lex_token[static_cast<std::size_t>(k)] && !t[static_cast<std::size_t>(k)].comma_after) {
              name = std::string(bare) + " " + name;
              continue;
            }
            if (lex_token[static_cast<std::size_t>(k)] || !has_hangul(bare) || split_particle(bare).role != Role::None ||
                t[static_cast<std::size_t>(k)].comma_after || t[static_cast<std::size_t>(k)].close_after || bare.find('(') != std::string_view::npos ||
                looks_like_predicate(bare) || is_name_stopword(bare) ||
                // (nor a date or a number: "2023년 하늘벤처파트너스(Skyline Venture Partners)")
                std::any_of(bare.begin(), bare.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
                !title_prefix(bare).empty() || type_noun(bare) != TypeNoun::None || (is_dictionary_word(bare) && !spelled))
              break;
            name = std::string(bare) + " " + name;
          }
          out.push_back({name, EntityType::Organization, latin});
        } else if (((words >= 2 && words <= 3) ||
                    // (four for a Vietnamese name: "응우옌 티 투 하(Nguyễn Thị Thu Hà)"; or for any name whose
                    // four Hangul words spell it, below)
                    (words == 4 && (particles == 0 || is_east_asian_surname(fold_latin(latin.substr(0, latin.find(' '))))))) &&
                   title_prefix(latin).empty()) {
          const bool vietnamese_four = words == 4 && is_east_asian_surname(fold_latin(latin.substr(0, latin.find(' '))));
          std::string name(hangul_last);
          // (the noun bare, modifying the name: not "회사는 김도현(Daniel Kim) 대표를", a topic of its own)
          const bool org_noun_before = i > 0 && split_particle(t[static_cast<std::size_t>(i - 1)].text).role == Role::None &&
                                       (is_org_kind_noun(t[static_cast<std::size_t>(i - 1)].text) ||
                                        type_noun(t[static_cast<std::size_t>(i - 1)].text) == TypeNoun::Organization);
          const auto name_word = [&](int k) {
            const std::string_view x = t[static_cast<std::size_t>(k)].text;
            return has_hangul(x) && split_particle(x).role == Role::None && !looks_like_predicate(x) && !is_name_stopword(x) &&
                   title_prefix(x).empty() && !is_title_modifier(x) && type_noun(x) == TypeNoun::None &&
                   !t[static_cast<std::size_t>(k)].comma_after;
          };
          // ("알레한드로 에르난데스(Alejandro Hernández)": a given name ending like a particle that spells the first Latin word)
          const auto spells_first = [&](int k) {
            const std::string_view x = t[static_cast<std::size_t>(k)].text;
            return has_hangul(x) && hangul_syllable_count(x) >= 3 && hangul_syllable_count(x) * 3 == x.size() &&
                   !t[static_cast<std::size_t>(k)].comma_after && !lex_token[static_cast<std::size_t>(k)] &&
                   hangul_matches_latin(x, latin.substr(0, latin.find(' ')));
          };
          if (i > 0 && (name_word(i - 1) || spells_first(i - 1))) {
            name = std::string(t[static_cast<std::size_t>(i - 1)].text) + " " + name;
            // ("응우옌 투 흐엉(Nguyễn Thu Hương)": three words for three, a Vietnamese surname first; four for four)
            if (words == 3 && i > 1 && name_word(i - 2) && !lex_token[static_cast<std::size_t>(i - 2)] &&
                !vietnamese_surname_latin(t[static_cast<std::size_t>(i - 2)].text).empty())
              name = std::string(t[static_cast<std::size_t>(i - 2)].text) + " " + name;
            if (vietnamese_four && i > 2 && name_word(i - 2) && name_word(i - 3) && !lex_token[static_cast<std::size_t>(i - 2)] &&
                !lex_token[static_cast<std::size_t>(i - 3)] && !vietnamese_surname_latin(t[static_cast<std::size_t>(i - 3)].text).empty())
              name = std::string(t[static_cast<std::size_t>(i - 3)].text) + " " + std::string(t[static_cast<std::size_t>(i - 2)].text) + " " + name;
          }
          // ("운영사 테르미날레스 델 파시피코(Terminales del Pacífico)": a particle the Latin writes in lower case is a Hangul
          // word of its own, before the last)
          if (particles > 0 && words == 2 && name.find(' ') != std::string::npos && i > 1 && name_word(i - 2) && !lex_token[static_cast<std::size_t>(i - 2)]) {
            const std::string first_word = name.substr(0, name.find(' '));
            for (std::string_view p : {"델", "데", "드", "디", "다", "두", "도스", "다스", "데르", "덴", "반", "폰", "라", "르", "빈", "알"})
              if (first_word == p) {
                name = std::string(t[static_cast<std::size_t>(i - 2)].text) + " " + name;
                break;
              }
          }
          // ("출신 엔리케 바우티스타 소토 메디나(Enrique Bautista Soto Medina)가": a Spanish or Portuguese name of three or
          // four words, given names and surnames, has as many Hangul words when each spells its Latin word; the longest
          // that does, none a name the lexicon knows, though a word of the language may be one: "마리아")
          std::string long_name;
          if (particles == 0 && words >= 3 && !vietnamese_four && name.find(' ') != std::string::npos &&
              std::count(name.begin(), name.end(), ' ') == 1) {
            std::string more = name;
            for (int k = i - 2, have = 2; k >= 0 && have < words; --k, ++have) {
              const std::string_view x = t[static_cast<std::size_t>(k)].text;
              // (a given name ending like a particle too, of three syllables or more: "파블로", "리카르도")
              // (not a word carrying the topic's or the subject's case: "카마르홀딩스는 오마르 알수와이디(Omar Al Suwaidi) 회장이")
              const Role case_role = split_particle(x).role;
              const bool particle_like = hangul_syllable_count(x) >= 3 && !t[static_cast<std::size_t>(k)].comma_after && title_prefix(x).empty() &&
                                         case_role != Role::Topic && case_role != Role::Subject && case_role != Role::Object &&
                                         case_role != Role::Genitive;
              if (!(name_word(k) || particle_like) || lex_token[static_cast<std::size_t>(k)] || hangul_syllable_count(x) * 3 != x.size()) break;
              more = std::string(x) + " " + more;
              if (person_names_match(more, latin)) long_name = more;
            }
          }
          if (!long_name.empty()) name = long_name;
          // (four Latin words and fewer Hangul ones that spell them: no name here)
          const bool unspelled_four = words == 4 && !vietnamese_four && long_name.empty();
          // "스타트업 케스트럴 마인즈(Kestrel Minds)가": the organisation noun before both words
          // (bare: "이 회사는 알레한드로 에르난데스(…) 대표와" names a person after the topic)
          const int name_words = static_cast<int>(std::count(name.begin(), name.end(), ' ')) + 1;
          const bool org_noun_before_two = name_words >= 2 && i >= name_words &&
                                           split_particle(t[static_cast<std::size_t>(i - name_words)].text).role == Role::None &&
                                           (is_org_kind_noun(t[static_cast<std::size_t>(i - name_words)].text) ||
                                            type_noun(t[static_cast<std::size_t>(i - name_words)].text) == TypeNoun::Organization);
          // ("구독 상품 '타라파 원(Tarapa One)'을": likewise a product noun before both words, a product)
          const bool product_noun_before_two = name_words >= 2 && i >= name_words &&
                                               split_particle(t[static_cast<std::size_t>(i - name_words)].text).role == Role::None &&
                                               type_noun(t[static_cast<std::size_t>(i - name_words)].text) == TypeNoun::Product;
          // "설계업체 하이든실리콘(Hayden Silicon)": a company; a person's name of two Latin words has two
          // Hangul words too ("제니퍼 김(Jennifer Kim)")
          // ("'뷰노메드 딥카스(VUNO Med-DeepCARS)'": a quoted name whose Latin words are no person's, in capitals
          // or with a capital inside a word, is a product)
          const bool quoted = name.find(' ') != std::string::npos && t[static_cast<std::size_t>(i - 1)].open_before &&
                              !t[static_cast<std::size_t>(i - 1)].paren_open_before;
          bool person_shape = true;
          for (const std::string& lw : split_words(latin)) {
            bool inner_capital = false;
            for (std::size_t q = 1; q < lw.size(); ++q)
              inner_capital = inner_capital || (lw[q] >= 'A' && lw[q] <= 'Z' && lw[q - 1] != '-' && lw[q - 1] != '\'' && !(q == 2 && lw[0] == 'M' && lw[1] == 'c'));
            person_shape = person_shape && !lw.empty() && lw[0] >= 'A' && lw[0] <= 'Z' && !inner_capital &&
                           std::none_of(lw.begin(), lw.end(), [](char c) { return c >= '0' && c <= '9'; });
          }
          if (unspelled_four) {
            // (nothing)
          } else if (org_noun_before)
            out.push_back({std::string(hangul_last), EntityType::Organization, latin});
          else if (org_noun_before_two)
            out.push_back({name, EntityType::Organization, latin});
          else if (product_noun_before_two)
            out.push_back({name, EntityType::Product, latin});
          else if (quoted && !person_shape)
            out.push_back({name, EntityType::Product, latin});
          else if (name.find(' ') != std::string::npos)
            out.push_back({name, EntityType::Person, latin, false, false, korean_name});
          // "탄웨이링(Tan Wei Ling)": a Chinese name in one Hangul word, its pinyin in parentheses
          else if (hangul_syllable_count(hangul_last) >= 2 && hangul_syllable_count(hangul_last) <= 4 && person_names_match(hangul_last, latin))
            out.push_back({std::string(hangul_last), EntityType::Person, latin});
          // ("최도현(Daniel Choi)": a Korean full name and the English name the person goes by, the same surname)
          else if (hangul_syllable_count(hangul_last) == 3 && looks_like_korean_full_name(hangul_last) && person_shape && words == 2 &&
                   surname_matches_latin(hangul_last.substr(0, 3), latin.substr(latin.rfind(' ') + 1)))
            out.push_back({std::string(hangul_last), EntityType::Person, latin});
        } else if (words == 1 && latin.size() >= 4 && org_names_match(hangul_last, latin)) {
          // "아크핸드(ArcHand)가": one Latin word in camel case that the Hangul transliterates is a brand,
          // a company unless a product noun stands before it
          bool camel = false;
          for (std::size_t q = 1; q < latin.size(); ++q) camel = camel || (latin[q] >= 'A' && latin[q] <= 'Z' && latin[q - 1] >= 'a' && latin[q - 1] <= 'z');
          // (or a plain word in a sentence about money, as an investor: "카세크(Kaszek)와 모나시스(Monashees)로부터")
          const std::string_view after = w.substr(w.find(')') == std::string_view::npos ? w.size() : w.find(')') + 1);
          const Role after_role = after.empty() ? Role::None : particle_role(latin, after);
          // ("차량호출 플랫폼 타라파(Tarapa)가 … 인수했다": a platform that buys, invests, raises money or signs a deal is
          // the company running it)
          const auto company_verb_after = [&] {
            for (int k = i + 1; k < n; ++k)
              for (std::string_view v : {"인수했", "인수한", "사들였", "투자했", "투자한", "유치했", "유치한", "조달했", "손잡", "협약을", "제휴를"})
                if (t[static_cast<std::size_t>(k)].text.starts_with(v)) return true;
            return false;
          };
          const bool product = i > 0 && type_noun(t[static_cast<std::size_t>(i - 1)].text) == TypeNoun::Product &&
                               !(t[static_cast<std::size_t>(i - 1)].text == "플랫폼" && (after_role == Role::Subject || after_role == Role::Topic) &&
                                 company_verb_after());
          const bool investor = investment && (after_role == Role::Source || after_role == Role::Comitative) && !product;
          // (or any name no word of the language spells, as an argument: "스트라이더(Strider)는 베리디안(Veridian)이
          // 만든 코드 에디터다"; a product when the sentence says what kind of product the topic is)
          // (or where someone worked or went: "크루트림(Krutrim)에서 CPO를 맡아 온")
          const bool argument = (after_role == Role::Topic || after_role == Role::Subject || after_role == Role::Object ||
                                 after_role == Role::Comitative || after_role == Role::Source || after_role == Role::Goal) &&
                                // (a compound of words only when it reads apart from the Latin: "그래머리(Grammarly)"
                                // spells one foreign word, though 그래 and 머리 are words)
                                !is_dictionary_word(hangul_last) && (!is_dictionary_compound(hangul_last) || hangul_syllable_count(hangul_last) >= 4) &&
                                !is_common_noun(hangul_last) &&
                                type_noun(hangul_last) == TypeNoun::None && !is_name_stopword(hangul_last);
          bool product_copula = false;
          if (argument && after_role == Role::Topic)
            for (int k = i + 1; k < n; ++k) {
              const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(k)].text);
              if (ps.role == Role::Copula && type_noun(ps.stem) == TypeNoun::Product) product_copula = true;
            }
          // (or after a kind of company, in any case: "AI 검색 스타트업 온새미로(Onsaemiro)였다")
          const bool kind_before = i > 0 && split_particle(t[static_cast<std::size_t>(i - 1)].text).role == Role::None &&
                                   is_org_kind_noun(t[static_cast<std::size_t>(i - 1)].text) &&
                                   // (a word of the language too, when the Latin spells it: "스타트업 달무리(Dalmuri)가")
                                   (!is_dictionary_word(hangul_last) || org_names_match(hangul_last, latin, true));
          if (camel || investor || argument || kind_before)
            out.push_back({std::string(hangul_last), product || product_copula ? EntityType::Product : EntityType::Organization, latin});
        }
      }
    }
    // "메디코어AI(대표 도상현)는": a title opening a parenthesis, then a Korean full name closing it
    if (const std::size_t open = w.rfind('('); open != std::string_view::npos && i + 1 < n) {
      const std::string_view inner = w.substr(open + 1);
      std::string_view next = t[static_cast<std::size_t>(i + 1)].text;
      const std::size_t close = next.find(')') != std::string_view::npos ? next.find(')')
                                : t[static_cast<std::size_t>(i + 1)].close_after ? next.size()  // "(대표 도상현) 등"
                                                                                  : std::string_view::npos;
      if (!inner.empty() && title_prefix(inner) == inner && close != std::string_view::npos &&
          looks_like_korean_full_name(next.substr(0, close)) && !lex_token[static_cast<std::size_t>(i + 1)])
        out.push_back({std::string(next.substr(0, close)), EntityType::Person, {}});
    }
    // "코어비전 최고기술책임자(CTO)로 복귀했다": an unknown word right before a title in the goal
    // case names the organisation (a person would carry the subject or topic particle)
    if (i > 0 && !lex_token[static_cast<std::size_t>(i - 1)] && !title_prefix(w).empty()) {
      const std::string_view title = title_prefix(w);
      const std::string rest = clean_suffix(w.substr(title.size()));
      const std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
      // (not a clause's verb before a comma: "'하코부네코리아'를 세웠고, 지사장으로")
      if ((rest == "로" || rest == "으로") && split_particle(prev).role == Role::None && is_org_like_word(prev) &&
          !looks_like_korean_full_name(prev) && !is_dictionary_word(prev) && !t[static_cast<std::size_t>(i - 1)].comma_after &&
          !looks_like_predicate(prev))
        out.push_back({std::string(prev), EntityType::Organization, {}});
    }
    // A broadcast caption "안소희/구글 딥마인드 연구원": a Korean full name, a slash, where they work
    if (const std::size_t slash = w.find('/'); slash != std::string_view::npos && slash > 0 &&
                                               looks_like_korean_full_name(w.substr(0, slash))) {
      for (int k = i + 1; k < n && k <= i + 3; ++k)
        if (!title_prefix(t[static_cast<std::size_t>(k)].text).empty()) {
          out.push_back({std::string(w.substr(0, slash)), EntityType::Person, {}});
          break;
        }
    }
    // "윤하늘과 윤바다 남매는", "A, B 두 사람은": Korean full names listed before a group noun
    if (i + 1 < n && (w == "남매는" || w == "남매가" || w == "부부는" || w == "부부가" || w == "형제는" || w == "자매는" ||
                      ((w == "사람은" || w == "사람이") && t[static_cast<std::size_t>(i - (i > 0 ? 1 : 0))].text == "두"))) {
      for (int k = i - 1; k >= 0 && k >= i - 5; --k) {
        const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(k)].text);
        if (t[static_cast<std::size_t>(k)].text == "두" || lex_token[static_cast<std::size_t>(k)]) continue;
        if (looks_like_korean_full_name(t[static_cast<std::size_t>(k)].text)) {  // bare, before the group noun
          out.push_back({std::string(t[static_cast<std::size_t>(k)].text), EntityType::Person, {}});
          continue;
        }
        if (ps.role != Role::None && ps.role != Role::Comitative && !t[static_cast<std::size_t>(k)].comma_after) break;
        if (lex_token[static_cast<std::size_t>(k)]) continue;
        if (looks_like_korean_full_name(ps.stem)) out.push_back({std::string(ps.stem), EntityType::Person, {}});
      }
    }
    // "저우이밍(周一鸣)이", "와타나베 겐지(渡辺健二) 박사": a Hangul name with its Chinese characters is a
    // Chinese or Japanese person (a bare word before it is the surname of a Japanese name)
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open > 0 && open + 3 <= w.size() &&
                                               !lex_token[static_cast<std::size_t>(i)]) {
      const unsigned char lead = static_cast<unsigned char>(w[open + 1]);
      const std::string_view hangul = w.substr(0, open);
      const std::size_t syl = hangul_syllable_count(hangul);
      // "겐타(斎藤健太) 박사": the closing parenthesis at the end of the word is cut off with the punctuation
      // ("천하오란(陈浩然, Chen Haoran)이": the characters, then a comma and the Latin name)
      const std::size_t close = w.find(')', open) != std::string_view::npos                                            ? w.find(')', open)
                                : t[static_cast<std::size_t>(i)].close_after || t[static_cast<std::size_t>(i)].comma_after ? w.size()
                                                                                                                           : std::string_view::npos;
      // ("사토 미유키(佐藤美雪·36)가": the characters up to a middle dot and the age)
      std::size_t han_end = close;
      // ("쉬하오란(徐浩然·서호연)": or up to the characters' Korean reading after the dot, another name of the person)
      std::string reading;
      if (const std::size_t dot = w.find("\u00B7", open); close != std::string_view::npos && dot != std::string_view::npos && dot < close) {
        const std::string_view after_dot = w.substr(dot + 2, close - dot - 2);
        if (std::all_of(after_dot.begin(), after_dot.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          han_end = dot;
        } else if (hangul_syllable_count(after_dot) >= 2 && hangul_syllable_count(after_dot) <= 4 &&
                   hangul_syllable_count(after_dot) * 3 == after_dot.size() && looks_like_korean_full_name(after_dot)) {
          han_end = dot;
          reading = std::string(after_dot);
        }
      }
      std::size_t han_chars = close == std::string_view::npos ? 0 : (han_end - open - 1) / 3;
      // (characters only: "쿠모리(曇り)", kana among them, is a word glossed, no name)
      for (std::size_t at = open + 1; han_chars > 0 && at < han_end;) {
        const char32_t c = decode_utf8(w, at);
        if (c < 0x3400 || c > 0x9FFF || (c >= 0x4DC0 && c < 0x4E00)) han_chars = 0;
      }
      // (a one-syllable given name only after its surname: "다카하시 렌(高橋蓮)이")
      // (not a quoted name: "화웨이의 AI 칩 '어센드(昇騰) 910C'" is a product's; nor one a company's name
      // is said to be: "회사 이름 호시카제(星風)는")
      const std::string_view before_word = i > 0 ? t[static_cast<std::size_t>(i - 1)].text : std::string_view();
      if (lead >= 0xE4 && lead <= 0xE9 && syl >= 1 && syl <= 5 && syl * 3 == hangul.size() && han_chars >= 2 && han_chars <= 4 &&
          !t[static_cast<std::size_t>(i)].open_before && before_word != "이름" && before_word != "사명" && before_word != "회사명" &&
          !looks_like_org_name(hangul) && (syl == 1 || !is_dictionary_word(hangul)) && !is_name_stopword(hangul)) {
        std::string name(hangul);
        // the characters spell the surname too when they outnumber the syllables ("겐타" for 斎藤健太)
        // (or a Japanese surname before: "모리모토 다케시(森本武)", two characters read in four syllables)
        // (a surname of open syllables too, as Japanese ones are: "모리모토")
        if ((han_chars > syl || (i > 0 && (is_japanese_surname(t[static_cast<std::size_t>(i - 1)].text) ||
                                           (open_syllables(t[static_cast<std::size_t>(i - 1)].text) &&
                                            hangul_syllable_count(t[static_cast<std::size_t>(i - 1)].text) >= 3 &&
                                            hangul_syllable_count(t[static_cast<std::size_t>(i - 1)].text) <= 4 && syl <= 3)))) &&
            i > 0 &&
            !lex_token[static_cast<std::size_t>(i - 1)] && !t[static_cast<std::size_t>(i - 1)].comma_after) {
          const std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
          const std::size_t ps = hangul_syllable_count(prev);
          // (a Japanese surname may end like a verb or the copula: "마쓰다", "요시다", "이케다")
          const bool da = prev.ends_with("다") &&
                          !ends_with_any(prev, {"했다", "었다", "였다", "됐다", "된다", "한다", "이다", "있다", "없다", "았다", "겠다", "는다"});
          if (ps >= 2 && ps <= 4 && ps * 3 == prev.size() && (split_particle(prev).role == Role::None || da) && !is_dictionary_word(prev) &&
              !is_name_stopword(prev) && title_prefix(prev).empty() && !is_title_modifier(prev) && type_noun(prev) == TypeNoun::None &&
              !is_common_noun(prev) && !is_region_word(prev) && (!looks_like_predicate(prev) || da) &&
              !verb_adnominal(prev))  // ("회사를 떠난 저우야난(周雅楠)")
            name = std::string(prev) + " " + name;
        }
        if (name.find(' ') != std::string::npos || syl >= 2) {
          out.push_back({name, EntityType::Person, {}});
          out.back().with_characters = true;
          // (else the characters themselves, another name of the person, when a title follows: "선카이원(沈凱文) 최고기술책임자"
          // in two articles is one person, as its characters say; "센스타임(商湯)을 떠난" is a company's)
          if (!reading.empty()) out.back().also = reading;
          else if (syl <= 4 && !looks_like_org_name(hangul) && i + 1 < n && !title_prefix(t[static_cast<std::size_t>(i + 1)].text).empty() &&
                   // (not a past employer's: "센스타임(商汤科技) 부사장 출신 앨런 렁")
                   !(i + 2 < n && t[static_cast<std::size_t>(i + 2)].text.starts_with("출신")))
            out.back().also = std::string(w.substr(open + 1, han_end - open - 1));
        }
      }
    }
    // "탁은비 님을": a name before the honorific 님 (a rarer surname is enough there)
    if (i > 0 && split_particle(w).stem == "님" && !lex_token[static_cast<std::size_t>(i - 1)] &&
        (looks_like_korean_full_name(t[static_cast<std::size_t>(i - 1)].text) ||
         looks_like_honoured_name(t[static_cast<std::size_t>(i - 1)].text)))
      out.push_back({std::string(t[static_cast<std::size_t>(i - 1)].text), EntityType::Person, {}});
    // "윤채원 씨는": a Korean full name before 씨 (Mr./Ms.)
    if ((w == "씨" || w == "씨는" || w == "씨가" || w == "씨의" || w == "씨를" || w == "씨와" || w == "씨도") && i > 0 &&
        looks_like_korean_full_name(t[static_cast<std::size_t>(i - 1)].text) && !lex_token[static_cast<std::size_t>(i - 1)])
      out.push_back({std::string(t[static_cast<std::size_t>(i - 1)].text), EntityType::Person, {}});
    // ("사쿠라이 다이키 씨를": a foreign name of two words before 씨, each a plain Hangul word no word of the
    // language)
    else if ((w == "씨" || w == "씨는" || w == "씨가" || w == "씨의" || w == "씨를" || w == "씨와" || w == "씨도") && i > 1 &&
             !lex_token[static_cast<std::size_t>(i - 1)] && !lex_token[static_cast<std::size_t>(i - 2)]) {
      const std::string_view a = t[static_cast<std::size_t>(i - 2)].text, b = t[static_cast<std::size_t>(i - 1)].text;
      auto plain = [](std::string_view x) {
        const std::size_t syl = hangul_syllable_count(x);
        return syl >= 1 && syl <= 5 && syl * 3 == x.size() && !is_common_noun(x) && !looks_like_predicate(x) && !is_dictionary_word(x) &&
               title_prefix(x).empty() && split_particle(x).role == Role::None;
      };
      // (not a clause's verb before the name: "인수됐고 에레라 씨는")
      if (plain(a) && plain(b) && hangul_syllable_count(a) + hangul_syllable_count(b) >= 4 &&
          !ends_with_any(a, {"고", "며", "서", "다", "요", "해", "돼", "게", "지", "면", "니"}))
        out.push_back({std::string(a) + " " + std::string(b), EntityType::Person, {}});
    }
    // "연구위원을 지낸 남윤호", "AWS에서 일했던 윤채원": a Korean full name after a career verb
    if (i + 1 < n && ends_with_any(w, {"지낸", "일했던", "근무했던", "몸담았던", "이끌던", "거친", "재직했던", "일한"})) {
      std::string_view next = split_particle(t[static_cast<std::size_t>(i + 1)].text).stem;
      if (looks_like_korean_full_name(next) && !lex_token[static_cast<std::size_t>(i + 1)])
        out.push_back({std::string(next), EntityType::Person, {}});
    }
    // "마이크로소프트리서치아시아(MSRA)에", "개인정보보호위원회(PIPC)는": a long Hangul name no word of the
    // language with its acronym in parentheses is an organisation (not a technology: "신경망처리장치(NPU)")
    if (!lex_token[static_cast<std::size_t>(i)]) {
      const std::size_t open = w.find('(');
      const std::size_t close = open == std::string_view::npos ? std::string_view::npos : w.find(')', open);
      if (open != std::string_view::npos && close != std::string_view::npos && close > open + 2 && close - open - 1 <= 6) {
        const std::string_view acronym = w.substr(open + 1, close - open - 1), hangul = w.substr(0, open);
        const bool caps = std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        static constexpr std::string_view kTechnology[] = {"AI", "API", "SDK", "IPO", "MOU", "CPU", "GPU", "NPU", "TPU", "LLM", "SLM", "ETF",
                                                           "ESG", "HBM", "RAG", "AGI", "ASI", "VLM", "LMM", "MLOPS", "NLP", "OCR", "TTS",
                                                           "STT", "SAAS", "PAAS", "IAAS", "CEO", "CTO", "CFO", "COO", "CSO", "CPO", "M&A"};
        const std::size_t syl = hangul_syllable_count(hangul);
        if (caps && acronym.size() >= 3 && std::find(std::begin(kTechnology), std::end(kTechnology), acronym) == std::end(kTechnology) &&
            syl >= 4 && syl <= 14 && syl * 3 == hangul.size() && !is_dictionary_compound(hangul) && !is_common_noun(hangul) &&
            type_noun(hangul) == TypeNoun::None && title_prefix(hangul).empty() && !looks_like_predicate(hangul) &&
            !looks_like_korean_full_name(hangul))
          out.push_back({std::string(hangul), EntityType::Organization, std::string(acronym)});
      }
    }
    // "LumenScale", "SageForge": a single CamelCase Latin word is a brand (an organisation unless
    // a product noun stands before it); "조직 D2SF", "자회사 SKB": a Latin name after an organisation noun.
    if (!lex_token[static_cast<std::size_t>(i)] && !t[static_cast<std::size_t>(i)].paren_open_before) {
      std::string_view stem = split_particle(w).stem;
      const bool latin_word = !stem.empty() && stem[0] >= 'A' && stem[0] <= 'Z' &&
                              std::all_of(stem.begin(), stem.end(), [](char c) {
                                return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                              });
      bool camel = false;
      for (std::size_t q = 1; latin_word && q < stem.size(); ++q)
        if (stem[q] >= 'A' && stem[q] <= 'Z' && stem[q - 1] >= 'a' && stem[q - 1] <= 'z') camel = true;
      const TypeNoun before_noun = i > 0 ? type_noun(t[static_cast<std::size_t>(i - 1)].text) : TypeNoun::None;
      const bool after_org_noun = before_noun == TypeNoun::Organization && split_particle(t[static_cast<std::size_t>(i - 1)].text).role == Role::None;
      // ("로보택시 업체 KLZ가", "정신건강 앱 기업 MHC는": an acronym of two or three letters after an organisation noun
      // too, when it names no technology)
      static constexpr std::string_view kGenericAcronyms[] = {"AI", "API", "SDK", "IPO", "MOU", "CPU", "GPU", "NPU", "TPU", "LLM", "ETF", "ESG",
                                                              "HBM", "IDC", "CES", "MWC", "IT", "ICT", "VC", "PC", "TV", "AR", "VR", "XR", "OS",
                                                              "AGI", "RAG", "CEO", "CTO", "CFO", "COO", "R&D", "PE", "EV", "UAM", "SW", "HW",
                                                              // (kinds of business and of investor: "기업 CVC", "에너지 기업 ESS")
                                                              "CVC", "ESS", "OTT", "ERP", "CRM", "SI", "PG", "VAN", "MRO", "EMS", "ODM", "OEM",
                                                              "HR", "CRO", "LP", "GP", "PEF", "SPC", "NFT", "DX", "AX", "UX", "UI", "SNS", "PR",
                                                              "IR", "KPI", "BM", "EDA", "SoC", "IoT", "MSP", "CSP", "ISP", "MVNO", "AM", "PM"};
      const bool short_acronym = stem.size() >= 2 && stem.size() <= 3 && after_org_noun &&
                                 std::all_of(stem.begin(), stem.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                                 std::find(std::begin(kGenericAcronyms), std::end(kGenericAcronyms), stem) == std::end(kGenericAcronyms);
      if (latin_word && (short_acronym || (stem.size() >= 4 && (camel || after_org_noun))) &&
          (i == 0 || !std::isupper(static_cast<unsigned char>(t[static_cast<std::size_t>(i - 1)].text[0]))))
        out.push_back({std::string(stem), before_noun == TypeNoun::Product ? EntityType::Product : EntityType::Organization, {}});
    }
    // "LG CNS가", "SK C&C와": a known group's initials and an upper-case unit name are one organisation
    if (i + 1 < n && lex_token[static_cast<std::size_t>(i)] && !lex_token[static_cast<std::size_t>(i + 1)] &&
        (i == 0 || !lex_token[static_cast<std::size_t>(i - 1)])) {
      auto caps = [](std::string_view x) {
        return !x.empty() && std::all_of(x.begin(), x.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; });
      };
      const std::string_view next = split_particle(t[static_cast<std::size_t>(i + 1)].text).stem;
      static constexpr std::string_view kNotUnits[] = {"AI", "API", "SDK", "IPO", "MOU", "CPU", "GPU", "NPU", "LLM", "ETF", "ESG",
                                                       "HBM", "DRAM", "IDC", "CES", "MWC", "IT", "ICT", "VC", "PC", "TV", "AR",
                                                       "VR", "XR", "OS", "CNN", "AGI", "RAG", "SaaS", "AWS", "MS"};
      const bool unit = caps(w) && w.size() >= 2 && w.size() <= 4 && caps(next) && next.size() >= 2 && next.size() <= 5 &&
                        title_prefix(next).empty() && type_noun(next) == TypeNoun::None &&
                        std::find(std::begin(kNotUnits), std::end(kNotUnits), next) == std::end(kNotUnits) &&
                        !t[static_cast<std::size_t>(i)].comma_after;
      if (unit) out.push_back({std::string(w) + " " + std::string(next), EntityType::Organization, {}});
    }
    // "석준영·옥다은 공동대표": Korean full names joined by a middle dot before a title
    if (w.find("\xc2\xb7") != std::string_view::npos && i + 1 < n && !title_prefix(t[static_cast<std::size_t>(i + 1)].text).empty()) {
      std::string_view rest = w;
      while (!rest.empty()) {
        const std::size_t dot = rest.find("\xc2\xb7");
        std::string_view part = rest.substr(0, dot);
        if (looks_like_korean_full_name(part)) out.push_back({std::string(part), EntityType::Person, {}});
        if (dot == std::string_view::npos) break;
        rest = rest.substr(dot + 2);
      }
    }
    // "코어비전의 공동 창업자 채하람", "큐브릭스의 CEO": a genitive word before a title names an organisation
    if (i + 1 < n && !lex_token[static_cast<std::size_t>(i)] && split_particle(w).role == Role::Genitive) {
      int k = i + 1;
      while (k < n && is_title_modifier(t[static_cast<std::size_t>(k)].text)) ++k;
      std::string_view stem = split_particle(w).stem;
      if (const std::size_t p = stem.find('('); p != std::string_view::npos) stem = stem.substr(0, p);
      if (k < n && !title_prefix(t[static_cast<std::size_t>(k)].text).empty() && has_hangul(stem) && stem.size() >= 6 &&
          !is_name_stopword(stem) && !is_common_noun(stem) && type_noun(stem) == TypeNoun::None && title_prefix(stem).empty() &&
          !looks_like_korean_full_name(stem) && !looks_like_predicate(stem) && stem != "회사" && stem != "그" && stem != "그녀")
        out.push_back({std::string(stem), EntityType::Organization, {}});
    }
    // "[org] 출신 [name]": a person described by where they came from.
    if ((w == "출신" || w == "출신인") && i > 0) name_after(i);
    // 2. Quoted names after a type noun: 스타트업 '노바', 모델 '세레스(Ceres)'.
    if (t[static_cast<std::size_t>(i)].open_before && i > 0) {
      TypeNoun tn = TypeNoun::None;
      bool field_noun = false;  // "음성AI '보이스캔버스'": a field of AI names a company as often as a product
      for (int back = 1; back <= 2 && i - back >= 0 && tn == TypeNoun::None; ++back) {
        const std::string_view noun = split_particle(t[static_cast<std::size_t>(i - back)].text).stem;
        // "자율이동로봇(AMR) '휠봇'": the type noun with its abbreviation in parentheses
        tn = type_noun(t[static_cast<std::size_t>(i - back)].text);
        if (tn == TypeNoun::None) tn = type_noun(clean_suffix(t[static_cast<std::size_t>(i - back)].text));
        field_noun = tn != TypeNoun::None && (noun == "인공지능" || (noun.size() >= 2 && noun.substr(noun.size() - 2) == "AI"));
      }
      if (tn == TypeNoun::None && is_release_adnominal(t[static_cast<std::size_t>(i - 1)].text))
        tn = TypeNoun::Product;  // "공개한 '리라-3'", "내놓은 '파이'"
      // "업스테이지의 '솔라(Solar)'": a quoted name owned by an organisation is its product
      if (tn == TypeNoun::None && split_particle(t[static_cast<std::size_t>(i - 1)].text).role == Role::Genitive) {
        const std::string_view owner = split_particle(t[static_cast<std::size_t>(i - 1)].text).stem;
        // a person's name ("조니 아이브의 'io'": his company) is two words or a Korean full name
        const bool person_like = looks_like_korean_full_name(owner) || (i >= 2 && lex_token[static_cast<std::size_t>(i - 2)] &&
                                                                         lex_token[static_cast<std::size_t>(i - 1)]);
        if (!person_like && (lex_token[static_cast<std::size_t>(i - 1)] || looks_like_org_name(owner) || is_unknown_word(owner)))
          tn = TypeNoun::Product;
      }
      // "'소리넷 AI 연구소'", "'결AI 안전연구소'": a quoted unit named after its organisation, ending in a
      // word for a lab or a centre
      if (tn == TypeNoun::None && i + 1 < n) {
        int k = i;
        while (k < n && k < i + 3 && !t[static_cast<std::size_t>(k)].close_after &&
               t[static_cast<std::size_t>(k)].text.find_first_of("'\"") == std::string_view::npos)
          ++k;
        if (k > i && k < n) {
          std::string_view end = t[static_cast<std::size_t>(k)].text;
          end = end.substr(0, end.find_first_of("'\""));
          const std::string_view head = t[static_cast<std::size_t>(i)].text;
          bool unit_end = false;
          for (std::string_view u : {"연구소", "연구원", "센터", "연구센터", "랩", "재단"})
            unit_end = unit_end || (end.size() >= u.size() && end.compare(end.size() - u.size(), u.size(), u) == 0);
          if (unit_end && (lex_token[static_cast<std::size_t>(i)] || looks_like_org_name(head) || is_unknown_word(head))) {
            tn = TypeNoun::Organization;
            // (the organisation it is named after is one of its own: 결AI beside 결AI 안전연구소)
            if (!lex_token[static_cast<std::size_t>(i)] && looks_like_org_name(head))
              out.push_back({std::string(head), EntityType::Organization, {}});
          }
        }
      }
      if (tn != TypeNoun::None) {
        // the quoted run: tokens up to the one followed by a closing quote (max 4)
        std::string name;
        int k = i;
        for (; k < n && k < i + 4; ++k) {
          std::string_view part = t[static_cast<std::size_t>(k)].text;
          std::size_t q = part.find_first_of("'\"");
          std::size_t p = part.find('(');
          std::size_t cut = std::min(q, p);
          bool closes = t[static_cast<std::size_t>(k)].close_after || cut != std::string_view::npos;
          if (cut != std::string_view::npos) part = part.substr(0, cut);
          if (closes && cut == std::string_view::npos) part = split_particle(part).stem;
          name += (name.empty() ? "" : " ") + std::string(part);
          if (closes) break;
        }
        const bool too_long = k - i >= 3 || name.size() > 36;
        bool wordy = false;
        for (int q = i; q <= k && q < n; ++q) {
          std::string_view part = t[static_cast<std::size_t>(q)].text;
          std::size_t cut = part.find_first_of("'\"(");
          if (cut != std::string_view::npos) part = part.substr(0, cut);
          // (a word of two syllables is no stem and a particle: "'포도 엣지'", not 포 + 도)
          // (nor a foreign word ending in 인, the copula's form, before the name's next word: "'스카이베인 펄스'")
          const ParticleSplit ps = split_particle(part);
          const bool foreign_in = ps.role == Role::Copula && part.ends_with("인") && hangul_syllable_count(part) >= 3 &&
                                  hangul_syllable_count(part) * 3 == part.size() && !is_dictionary_word(ps.stem) && !is_common_noun(ps.stem);
          if (looks_like_predicate(part) ||
              (q < k && ps.role != Role::None && !foreign_in &&
               !(hangul_syllable_count(part) == 2 && part.size() == 6 && hangul_syllable_count(ps.stem) == 1)))
            wordy = true;
        }
        // "'스텔라 에이전트'": a quoted name may end in a type noun when its first word is no word of the language
        const std::size_t sp = name.find(' ');
        const bool named_kind = sp != std::string::npos && has_hangul(name.substr(0, sp)) && !is_dictionary_word(name.substr(0, sp)) &&
                                !is_name_stopword(name.substr(0, sp)) && !is_common_noun(name.substr(0, sp));
        // "'사르밤 이후'를 묻다", "'딥시크 쇼크'": a headline's phrase about a name, no name
        bool phrase = false;
        if (const std::size_t ls = name.rfind(' '); ls != std::string::npos)
          for (std::string_view x : {"이후", "이전", "시대", "너머", "다음", "대항마", "쇼크", "충격", "효과", "열풍", "신화", "현상", "딜레마", "전쟁", "천하"})
            phrase = phrase || std::string_view(name).substr(ls + 1) == x;
        if (!name.empty() && !too_long && !wordy && !phrase && k < n && !is_name_stopword(name) &&
            (type_noun(name) == TypeNoun::None || named_kind)) {
          EntityType type = tn == TypeNoun::Product ? EntityType::Product : EntityType::Organization;
          // (a name with a version after a hyphen is a model's: "'제이드-2 미니'를 출시했다")
          if (const std::size_t hy = name.find('-'); hy != std::string::npos && hy + 1 < name.size() && name[hy + 1] >= '0' && name[hy + 1] <= '9')
            type = EntityType::Product;
          std::string latin;
          std::string_view last = t[static_cast<std::size_t>(k)].text;
          std::size_t p = last.find('(');
          std::size_t pe = last.find(')');
          if (p != std::string_view::npos && pe != std::string_view::npos && pe > p + 1)
            latin = latin_in_parentheses(last.substr(p + 1, pe - p - 1));
          out.push_back({name, type, latin, true, field_noun});
        }
      }
    }
    // 3. Organisation shapes: 퓨리오사AI, 노바랩스, (주)코어브릿지.
    if (!lex_token[static_cast<std::size_t>(i)]) {
      std::string_view stem = split_particle(w).stem;
      std::size_t paren = stem.find('(');
      if (paren != std::string_view::npos && paren > 0) stem = stem.substr(0, paren);
      // headlines and captions join words with a middle dot or a slash: "맞손·데이터링크AI",
      // "표준혁/오픈AI"; the name is the last piece
      for (std::string_view sep : {std::string_view("\xC2\xB7"), std::string_view("/"), std::string_view("\xE2\x80\x93"),
                                   std::string_view("\xE2\x80\x94"), std::string_view("-")})
        if (const std::size_t cut = stem.rfind(sep); cut != std::string_view::npos) stem = stem.substr(cut + sep.size());
      // ("스웨덴 음악AI 톤보그와": a field of the language and AI before a name describes that name's company)
      const bool field_ai = stem.size() > 2 && stem.ends_with("AI") && stem.size() == w.size() && i + 1 < n &&
                            !t[static_cast<std::size_t>(i)].comma_after && !lex_token[static_cast<std::size_t>(i + 1)] &&
                            (is_dictionary_word(stem.substr(0, stem.size() - 2)) || is_common_noun(stem.substr(0, stem.size() - 2))) &&
                            is_unknown_word(split_particle(t[static_cast<std::size_t>(i + 1)].text).stem);
      if (looks_like_org_name(stem) && has_hangul(stem) && !field_ai) {
        std::string name(stem);
        if (name.rfind("(주)", 0) == 0) name = name.substr(5);
        if (name.rfind("주)", 0) == 0) name = name.substr(4);
        if (name.rfind("㈜", 0) == 0) name = name.substr(3);
        // "알다프라 전략투자공사(Al Dhafra Strategic Investment Company)": the word before it opens the name when the
        // Latin name in parentheses after it begins with that word's reading (and goes on)
        if (paren != std::string_view::npos && i >= 1 && !t[static_cast<std::size_t>(i - 1)].comma_after &&
            !lex_token[static_cast<std::size_t>(i - 1)]) {
          const std::string_view before = t[static_cast<std::size_t>(i - 1)].text;
          const char* p = stem.data() + paren + 1;
          std::string latin;
          for (std::size_t q = 0; q < 120 && p[q] != '\0' && p[q] != ')' && p[q] != '\n'; ++q) latin += p[q];
          std::vector<std::string> latin_words;
          for (std::size_t a = 0; a < latin.size();) {
            const std::size_t b = std::min(latin.find(' ', a), latin.size());
            if (b > a) latin_words.push_back(latin.substr(a, b - a));
            a = b + 1;
          }
          const bool bare = split_particle(before).stem.size() == before.size() && has_hangul(before) && hangul_syllable_count(before) >= 2 &&
                            hangul_syllable_count(before) * 3 == before.size() && !is_common_noun(before) && !is_name_stopword(before);
          bool read = false;
          for (std::size_t m = 1; bare && !read && m + 1 < latin_words.size() && m <= 2; ++m) {
            std::string head;
            for (std::size_t q = 0; q < m; ++q) head += (q ? " " : "") + latin_words[q];
            read = org_names_match(before, head, true);
          }
          if (read) name = std::string(before) + " " + name;
        }
        // ("알다프라 전략투자공사, 이른바 다프라캐피털은": without its Latin name too, a foreign word no word of the language
        // before a public body's or an institute's name opens it)
        if (name.find(' ') == std::string::npos && i >= 1 && !t[static_cast<std::size_t>(i - 1)].comma_after && !lex_token[static_cast<std::size_t>(i - 1)] &&
            !t[static_cast<std::size_t>(i)].paren_open_before && !t[static_cast<std::size_t>(i)].open_before) {
          const std::string_view before = t[static_cast<std::size_t>(i - 1)].text;
          bool institution = false;
          for (std::string_view kind : {"투자공사", "투자청", "연구소", "연구원", "재단", "협회"})
            institution = institution || (name.size() > kind.size() && std::string_view(name).substr(name.size() - kind.size()) == kind);
          if (institution && has_hangul(before) && hangul_syllable_count(before) >= 3 && hangul_syllable_count(before) * 3 == before.size() &&
              split_particle(before).stem.size() == before.size() && is_unknown_word(before) && !looks_like_korean_full_name(before) &&
              !is_name_stopword(before) && !is_korean_place(before) && title_prefix(before).empty() &&
              // (not a company of its own before its unit: "한빛중공업 용접연구소" is the company's lab)
              !looks_like_org_name(before))
            name = std::string(before) + " " + name;
        }
        out.push_back({name, EntityType::Organization, {}});
      }
    }
    // "태성AI랩스 아메리카", "X랩스 코리아": a company's arm in a region, its name and the region written apart
    if (i > 0 && !lex_token[static_cast<std::size_t>(i)] && !t[static_cast<std::size_t>(i - 1)].comma_after) {
      // (quoted too: "'하늘랩스 아메리카'를")
      const std::size_t quote = w.find_first_of("'\"");
      const std::string_view stem = quote != std::string_view::npos ? w.substr(0, quote) : split_particle(w).stem,
                             prev = t[static_cast<std::size_t>(i - 1)].text;
      for (std::string_view region : {"아메리카", "코리아", "재팬", "저팬", "유럽", "차이나", "인디아", "아시아", "싱가포르", "베트남", "인도네시아"})
        if (stem == region && has_hangul(prev) && looks_like_org_name(prev) && split_particle(prev).role == Role::None)
          out.push_back({std::string(prev) + " " + std::string(stem), EntityType::Organization, {}});
    }
    // 4. Two-word organisation names: "블루오어 캐피털", "스텔라게이트 파트너스", "하이퍼리프 랩스".
    if (i > 0 && !lex_token[static_cast<std::size_t>(i)] && !lex_token[static_cast<std::size_t>(i - 1)]) {
      static constexpr std::string_view kOrgWords[] = {
          "캐피털", "캐피탈", "파트너스", "벤처스", "랩스", "인베스트먼트", "인텔리전스", "테크놀로지스", "로보틱스",
          "인더스트리즈", "인더스트리스", "다이내믹스", "다이나믹스", "시스템즈", "홀딩스", "홀딩", "인큐베이트", "리서치", "어드바이저스", "증권", "자산운용", "은행",
          "대학교", "연구원", "재단", "그룹", "컴퍼니", "코퍼레이션", "네트웍스", "바이오", "에너지", "모빌리티",
          "코리아", "재팬", "스튜디오", "소프트", "AI",
          // ("포르투갈 카스텔루 파이낸셜 출신": a financial firm)
          "파이낸셜", "애널리틱스", "솔루션즈",
          // (game and film studios: "톈충 인터랙티브", "한빛 게임즈", "노바 픽처스")
          "인터랙티브", "게임즈", "게임스", "스튜디오스", "픽처스", "엔터테인먼트"};
      // and the words of kinds that read as fields after a word of the language, taken after a word of no language only
      // ("사바나 프런티어 펀드", not "성장 펀드"; "케쉐르 비전", "발부르 사이버", "파수꾼 시큐리티"; the makers, "츠바사 일렉트릭",
      // "스코우가드 파마", "카이산 어드밴스드 패키징", not "첨단 패키징", "디지털 헬스케어")
      static constexpr std::string_view kAfterNameOnly[] = {"펀드", "비전", "사이버", "시큐리티", "일렉트릭", "일렉트로닉스", "모터스", "파마",
                                                            "헬스케어", "메디컬", "케미칼", "머티리얼즈", "에어로스페이스", "디펜스", "로지스틱스",
                                                            "오토모티브", "인슈어런스", "테라퓨틱스", "바이오사이언스", "패키징", "커머스",
                                                            // (wellness and finance: "브라이트웨이브 웰니스", "카르벨 파이낸스", "하이크 페이먼츠")
                                                            "웰니스", "파이낸스", "페이먼츠", "피트니스"};
      std::string_view stem = split_particle(w).stem;
      // ("톈충 인터랙티브(天穹互動)를": the kind before the name's Chinese characters)
      if (const std::size_t open = stem.find('('); open != std::string_view::npos && open + 1 < stem.size() &&
                                                   static_cast<unsigned char>(stem[open + 1]) >= 0xE4 && static_cast<unsigned char>(stem[open + 1]) <= 0xE9)
        stem = stem.substr(0, open);
      std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
      const bool after_name_only = std::find(std::begin(kAfterNameOnly), std::end(kAfterNameOnly), stem) != std::end(kAfterNameOnly);
      const bool org_word = after_name_only || std::find(std::begin(kOrgWords), std::end(kOrgWords), stem) != std::end(kOrgWords);
      // (one pass at most: the breaks below leave it)
      for (bool once = org_word; once; once = false) {
        const std::string_view ow = stem;
        bool hangul_prev = has_hangul(prev);
        // (a name ending like the copula's adnominal, 인, is bare before the kind: "레드파인 랩스", "블루라인 캐피털")
        const ParticleSplit pp = split_particle(prev);
        const bool in_ending = pp.particle == "인" && hangul_syllable_count(prev) >= 3 && hangul_syllable_count(prev) * 3 == prev.size() &&
                               !is_dictionary_word(pp.stem) && !is_common_noun(pp.stem) && type_noun(pp.stem) == TypeNoun::None;
        if (!hangul_prev || t[static_cast<std::size_t>(i - 1)].comma_after || is_name_stopword(prev) ||
            looks_like_predicate(prev) || (pp.role != Role::None && !in_ending) || type_noun(prev) != TypeNoun::None ||
            !title_prefix(prev).empty() || is_title_modifier(prev) || prev.size() < 6)
          break;
        if (after_name_only && !(is_unknown_word(pp.stem) || in_ending)) break;
        if (ow == "연구원" || ow == "코리아" || ow == "재팬" || ow == "그룹" || ow == "AI") {
          // "한국전자통신연구원" style names are one word; "생성 AI", "받는 AI" are no names
          // (a company's arm in a country written apart, "태성AI랩스 코리아", is read above)
          break;
        }
        // ("메리디안 리지 캐피털", "안데스 오리손테 벤처스": a third word before, no word of the language either)
        std::string name = std::string(prev) + " " + std::string(stem);
        // ("하늘 벤처 파트너스": a word of a firm's kind before is no name's head, the word before it is, whatever it is)
        const bool kind_before = [&] {
          for (std::string_view k : {"벤처", "벤처스", "캐피털", "캐피탈", "파트너스", "인베스트먼트", "그로스", "에쿼티", "테크", "글로벌", "투자"})
            if (prev == k) return true;
          return false;
        }();
        if (kind_before) {
          const std::string_view first = i >= 2 ? t[static_cast<std::size_t>(i - 2)].text : std::string_view();
          if (first.empty() || lex_token[static_cast<std::size_t>(i - 2)] || t[static_cast<std::size_t>(i - 2)].comma_after || !has_hangul(first) ||
              hangul_syllable_count(first) * 3 != first.size() || split_particle(first).role != Role::None || looks_like_predicate(first) ||
              !title_prefix(first).empty() || is_title_modifier(first) || type_noun(first) != TypeNoun::None || is_name_stopword(first) ||
              is_korean_place(first) || is_region_word(first) || hangul_syllable_count(first) > 5)
            break;
          out.push_back({std::string(first) + " " + name, EntityType::Organization, {}});
          break;
        }
        if (i >= 2 && !lex_token[static_cast<std::size_t>(i - 2)] && !t[static_cast<std::size_t>(i - 2)].comma_after) {
          const std::string_view first = t[static_cast<std::size_t>(i - 2)].text;
          // (the given name after a family name written apart is no part of the name: "탄 웨이링 켈롱 랩스 CEO" is the
          // person 탄 웨이링 of the company 켈롱 랩스)
          // (and the surname after a foreign given name before a title: "제네비브 트렘블레이 보컬리스 랩스 CEO" is the person
          // 제네비브 트렘블레이 of the company 보컬리스 랩스)
          const std::string_view before_first = i >= 3 ? t[static_cast<std::size_t>(i - 3)].text : std::string_view();
          // ("투자사 멀리 리지 캐피털로부터": after the kind of company, a word of the language opens the name too)
          if (i >= 3 && type_noun(before_first) == TypeNoun::Organization && !lex_token[static_cast<std::size_t>(i - 3)] &&
              !t[static_cast<std::size_t>(i - 3)].comma_after && has_hangul(first) && hangul_syllable_count(first) >= 2 &&
              hangul_syllable_count(first) <= 3 && hangul_syllable_count(first) * 3 == first.size() && split_particle(first).role == Role::None &&
              !looks_like_predicate(first) && !is_name_stopword(first) && type_noun(first) == TypeNoun::None && !is_region_word(first) &&
              !is_korean_place(first) && title_prefix(first).empty() && !is_dictionary_word(prev) && !is_common_noun(prev)) {
            out.push_back({std::string(first) + " " + name, EntityType::Organization, {}});
            break;
          }
          const bool titled = i + 1 < n && !title_prefix(t[static_cast<std::size_t>(i + 1)].text).empty();
          const bool given_before = i >= 3 && titled && has_hangul(before_first) && hangul_syllable_count(before_first) >= 2 &&
                                    hangul_syllable_count(before_first) <= 4 && hangul_syllable_count(before_first) * 3 == before_first.size() &&
                                    // (a given name of two syllables too, or one ending like 로 inside the name: "주앙 피게이라
                                    // 로웰브룩 캐피털 대표", "안토니우 마르셀로 피게이라 ...")
                                    ((split_particle(before_first).role == Role::None && is_unknown_word(before_first)) || bare_foreign_word(i - 3) ||
                                     ro_in_name(i - 3)) &&
                                    !looks_like_korean_full_name(before_first) && !t[static_cast<std::size_t>(i - 3)].comma_after &&
                                    !lex_token[static_cast<std::size_t>(i - 3)] && !t[static_cast<std::size_t>(i - 3)].open_before &&
                                    // (and a surname of two: "엘로디 바렌 오르세 인텔리전스 CEO")
                                    (is_unknown_word(first) || bare_foreign_word(i - 2)) &&
                                    (i < 4 || split_particle(t[static_cast<std::size_t>(i - 4)].text).role != Role::None ||
                                     !is_unknown_word(t[static_cast<std::size_t>(i - 4)].text));
          // ("하야시 겐타 아이언파인 스튜디오 총괄": a Japanese surname before, the given name after it)
          const bool japanese_before = i >= 3 && titled && is_japanese_surname(before_first) && !t[static_cast<std::size_t>(i - 3)].comma_after &&
                                       !lex_token[static_cast<std::size_t>(i - 3)] && split_particle(first).role == Role::None &&
                                       !is_dictionary_word(first) && !is_common_noun(first);
          const bool surname_before = i >= 3 && ((is_surname_syllable(before_first) && !t[static_cast<std::size_t>(i - 3)].comma_after &&
                                                  !lex_token[static_cast<std::size_t>(i - 3)]) ||
                                                 given_before || japanese_before);
          if (surname_before && has_hangul(first) && hangul_syllable_count(first) * 3 == first.size() &&
              (is_unknown_word(first) || (given_before && bare_foreign_word(i - 2)) || japanese_before) &&
              hangul_syllable_count(first) <= (given_before ? 5 : 3) && titled)
            out.push_back({std::string(before_first) + " " + std::string(first), EntityType::Person, {}});
          if (has_hangul(first) && hangul_syllable_count(first) * 3 == first.size() && first.size() >= 6 &&
              split_particle(first).role == Role::None && !is_dictionary_word(first) && !is_common_noun(first) &&
              !is_dictionary_compound(first) &&  // ("투자그룹 사라브 홀딩": a description of words of the language)
              !is_name_stopword(first) && !looks_like_predicate(first) && title_prefix(first).empty() && !is_title_modifier(first) &&
              type_noun(first) == TypeNoun::None && !is_region_word(first) &&
              !surname_before &&
              // (nor a Korean full name before a title: "정하윤 로웰브룩 캐피털 대표" is the person of the company)
              !(titled && common_korean_full_name(first)) &&
              // (a word of the language between when the first is no word at all: "볼파라 헬스 테크놀로지스")
              // (not when the word before is no word either: "루시아 페레이라 안데스 인텔리전스" has a person's name first)
              ((!is_dictionary_word(prev) && !is_common_noun(prev)) ||
               (is_unknown_word(first) && !is_common_noun(prev) &&
                (i < 3 || t[static_cast<std::size_t>(i - 3)].comma_after || split_particle(t[static_cast<std::size_t>(i - 3)].text).role != Role::None ||
                 !is_unknown_word(t[static_cast<std::size_t>(i - 3)].text)))) &&
              // (nor a country or a city before the name: "사우디 알자히르 캐피털")
              [&] {
                for (std::string_view place : {"사우디", "사우디아라비아", "아랍에미리트", "이스라엘", "나이지리아", "인도네시아", "케냐",
                                               "베트남", "브라질", "멕시코", "아르헨티나", "칠레", "콜롬비아", "캐나다", "스위스", "스웨덴",
                                               "네덜란드", "이탈리아", "스페인", "폴란드", "튀르키예", "이집트", "카타르", "두바이",
                                               "아부다비", "실리콘밸리", "샌프란시스코", "뉴욕", "런던", "파리", "베를린", "도쿄", "오사카",
                                               "베이징", "상하이", "선전", "항저우", "홍콩", "대만", "벵갈루루", "뭄바이", "라고스", "나이로비"})
                  if (first == place) return false;
                return true;
              }())
            name = std::string(first) + " " + name;
        }
        out.push_back({name, EntityType::Organization, {}});
        break;
      }
    }
    // 4b. Names joined by "and" as Korean spells it: "에어버스 디펜스 앤드 스페이스", "존슨 앤드 존슨": one
    // company's name in transliteration (no person's name holds an "and")
    if (i >= 1 && i + 1 < static_cast<int>(t.size()) && (w == "앤드" || w == "앤") && !t[static_cast<std::size_t>(i)].comma_after &&
        !t[static_cast<std::size_t>(i - 1)].comma_after) {
      const auto transliterated = [](std::string_view x) {
        return has_hangul(x) && hangul_syllable_count(x) * 3 == x.size() && hangul_syllable_count(x) >= 2 && !is_common_noun(x) &&
               !is_name_stopword(x) && !looks_like_predicate(x) && title_prefix(x).empty() && type_noun(x) == TypeNoun::None &&
               !is_region_word(x);
      };
      const std::string_view after = split_particle(t[static_cast<std::size_t>(i + 1)].text).stem;
      int b = i;
      while (b > i - 2 && b >= 1 && split_particle(t[static_cast<std::size_t>(b - 1)].text).role == Role::None &&
             transliterated(t[static_cast<std::size_t>(b - 1)].text) && (b == i || !t[static_cast<std::size_t>(b - 1)].comma_after))
        --b;
      if (b < i && transliterated(after) && !is_dictionary_word(after)) {
        std::string name;
        for (int q = b; q <= i; ++q) name += std::string(t[static_cast<std::size_t>(q)].text) + " ";
        out.push_back({name + std::string(after), EntityType::Organization, {}});
      }
    }
    // 5a. "지멘스 디지털 인더스트리 소프트웨어(Siemens Digital Industries Software)", "구글 클라우드 코리아(Google Cloud
    // Korea)": a unit named after a company the lexicon knows, its Latin name in parentheses after its Hangul one,
    // is an organisation of its own (not a version's: "(Gemini 2.5 Pro)" is a model)
    if (const std::size_t open = w.find('(');
        open != std::string_view::npos && open > 0 && open + 1 < w.size() && w.find(')') == std::string_view::npos &&
        lex_token[static_cast<std::size_t>(i)] && has_hangul(w.substr(0, open)) && std::isupper(static_cast<unsigned char>(w[open + 1]))) {
      std::string latin(w.substr(open + 1));
      bool closed = false, digits = false, unknown = false;
      int c = i + 1;
      for (; c < n && c <= i + 4 && !closed; ++c) {
        const std::string_view x = t[static_cast<std::size_t>(c)].text;
        const std::size_t close = x.find(')');
        const std::string_view word = x.substr(0, close);
        if (word.empty() || has_hangul(word) || !std::isupper(static_cast<unsigned char>(word[0]))) break;
        digits = digits || word.find_first_of("0123456789") != std::string_view::npos;
        unknown = unknown || !lex_token[static_cast<std::size_t>(c)];
        latin += " " + std::string(word);
        closed = close != std::string_view::npos;
      }
      // the Hangul words back to the company's
      int b = i;
      while (b > 0 && b > i - 4 && !lex_token[static_cast<std::size_t>(b - 1)] && !t[static_cast<std::size_t>(b - 1)].comma_after &&
             has_hangul(t[static_cast<std::size_t>(b - 1)].text) && split_particle(t[static_cast<std::size_t>(b - 1)].text).role == Role::None)
        --b;
      // (a company's, not a model's in quotes: "'하이퍼클로바X 씽크(HyperCLOVA X THINK)'", "'듀오링고 맥스(Duolingo Max)'")
      const bool company_first = b > 0 && lex_org[static_cast<std::size_t>(b - 1)] && !t[static_cast<std::size_t>(b - 1)].comma_after &&
                                 !t[static_cast<std::size_t>(b - 1)].open_before &&
                                 has_hangul(t[static_cast<std::size_t>(b - 1)].text) &&
                                 split_particle(t[static_cast<std::size_t>(b - 1)].text).role == Role::None;
      if (closed && !digits && unknown && company_first) {
        std::string hangul;
        for (int q = b - 1; q < i; ++q) hangul += std::string(t[static_cast<std::size_t>(q)].text) + " ";
        hangul += std::string(w.substr(0, open));
        out.push_back({hangul, EntityType::Organization, latin});
        i = c - 1;  // (the Latin words are the gloss's)
        continue;
      }
    }
    // 5. Latin multi-word names outside parentheses: "Blue Ore Capital", "Marcus Bellinger".
    // (not a company's legal name after its label: "노팔 컴퓨트(법인명 Nopal Cómputo S.A. de C.V.)", read above)
    const bool legal_name = i > 0 && [&] {
      const std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
      const std::size_t open = prev.find('(');
      return open != std::string_view::npos && en::is_any(prev.substr(open + 1), {"법인명", "법인명:", "정식명칭", "상호"});
    }();
    if (!legal_name && !t[static_cast<std::size_t>(i)].paren_open_before && (i == 0 || !t[static_cast<std::size_t>(i - 1)].text.empty())) {
      int used = 0;
      bool starts = i == 0 || !std::isupper(static_cast<unsigned char>(t[static_cast<std::size_t>(i - 1)].text[0])) ||
                    has_hangul(t[static_cast<std::size_t>(i - 1)].text);
      // (not inside a parenthesis the word before opened: "농민협동조합(Kirinyaga Farmers Cooperative)" glosses the name before)
      if (i > 0) {
        const std::string_view before = t[static_cast<std::size_t>(i - 1)].text;
        const std::size_t open = before.rfind('(');
        if (open != std::string_view::npos && before.find(')', open) == std::string_view::npos && open + 1 < before.size() &&
            std::isupper(static_cast<unsigned char>(before[open + 1])))
          starts = false;
      }
      std::string latin = starts ? latin_name(i, +1, used) : std::string();
      if (!latin.empty() && !lex_token[static_cast<std::size_t>(i)]) {
        static constexpr std::string_view kLatinOrg[] = {
            "Capital", "Ventures", "Partners", "Labs", "Lab", "Advisors", "Securities", "Research", "Intelligence",
            "AI", "Inc", "Inc.", "Corp", "Corp.", "Fund", "Bank", "University", "Institute", "Commission", "Group",
            "Technologies", "Robotics", "Systems", "Holdings", "Foundation", "Studio", "Studios", "Investment",
            "Investments", "Management", "Networks", "Cloud", "Company", "Co.", "Ltd", "Ltd.", "LLC", "GmbH",
            "Cooperative", "Association", "Federation", "Council", "Agency", "Society", "Alliance", "Union"};
        std::string_view last = std::string_view(latin).substr(latin.rfind(' ') + 1);
        bool org = false;
        for (std::string_view x : kLatinOrg)
          if (last == x) org = true;
        const bool words_ok = used <= 3;
        if (words_ok) out.push_back({latin, org ? EntityType::Organization : EntityType::Person, {}});
      }
    }
  }
  // "'엑사원 3.5'", "'솔라 프로 3(Solar Pro 3)'를": a lexicon name with a version (and a tier word) is a
  // model of its own, as in English ("Gemini 2.0 Flash")
  for (int i = 0; i + 1 < n; ++i) {
    // (a name starts here unless a bare lexicon word runs into it: "업스테이지의 '솔라 프로 2'" starts at 솔라)
    // (nor past a colon: "- 업스테이지: 솔라 프로 2" lists a maker and its model)
    auto colon_after = [&](int q) {  // (or a dash: "2. 업스테이지 – 솔라 프로 2")
      const std::string_view x = t[static_cast<std::size_t>(q)].text;
      return *(x.data() + x.size()) == ':' || t[static_cast<std::size_t>(q)].dash_after;
    };
    if (!lex_token[static_cast<std::size_t>(i)] ||
        (i > 0 && lex_token[static_cast<std::size_t>(i - 1)] && split_particle(t[static_cast<std::size_t>(i - 1)].text).role == Role::None &&
         !t[static_cast<std::size_t>(i - 1)].comma_after && !colon_after(i - 1)))
      continue;
    // the lexicon's words ("솔라 프로"), then what follows them
    int j = i;
    while (j + 1 < n && lex_token[static_cast<std::size_t>(j + 1)] && has_hangul(t[static_cast<std::size_t>(j + 1)].text) &&
           !t[static_cast<std::size_t>(j)].comma_after && !colon_after(j))
      ++j;
    if (j + 1 >= n || t[static_cast<std::size_t>(j)].comma_after || colon_after(j)) continue;
    std::string name;
    bool ok = true;
    for (int q = i; q <= j; ++q) {
      std::string_view w = t[static_cast<std::size_t>(q)].text;
      if (q == i && !w.empty() && (w[0] == '\'' || w[0] == '"')) w.remove_prefix(1);
      // (no word but the last with a case of its own: "구글이 제미나이 3(Gemini 3)를" names "제미나이 3")
      ok = ok && w.find('(') == std::string_view::npos && has_hangul(w) && (q == j || split_particle(w).role == Role::None);
      name += (name.empty() ? "" : " ") + std::string(w);
    }
    if (!ok) continue;
    int k = j + 1;
    static constexpr std::string_view kTiers[] = {"프로", "미니", "플래시", "울트라", "라이트", "맥스", "미디엄", "스몰", "라지", "씽크", "나노"};
    // (or any bare word before a version that gives the Latin name: "클로드 오퍼스 4.5(Claude Opus 4.5)를")
    const bool latin_after = k + 1 < n && t[static_cast<std::size_t>(k + 1)].text.find('(') != std::string_view::npos &&
                             t[static_cast<std::size_t>(k + 1)].text[0] >= '0' && t[static_cast<std::size_t>(k + 1)].text[0] <= '9' &&
                             has_hangul(t[static_cast<std::size_t>(k)].text) && split_particle(t[static_cast<std::size_t>(k)].text).role == Role::None;
    if ((latin_after || std::find(std::begin(kTiers), std::end(kTiers), t[static_cast<std::size_t>(k)].text) != std::end(kTiers)) && k + 1 < n &&
        !t[static_cast<std::size_t>(k)].comma_after) {
      name += " " + std::string(t[static_cast<std::size_t>(k)].text);
      ++k;
    }
    // the version, up to a closing quote, a parenthesis or a particle: "4.5'를", "3(Solar Pro 3)'를", "4.0'을"
    // (a version is one or two digits and a decimal, "3", "4.5", not a year or an amount: "구글 2014년",
    // "MS 130억")
    std::string_view v = t[static_cast<std::size_t>(k)].text;
    // (not a version opening a quotation after the name: 'SK텔레콤 "3.0은 하반기"' quotes the company)
    if (t[static_cast<std::size_t>(k)].open_before && k > i) continue;
    std::size_t len = 0, digits = 0;
    while (len < v.size() && ((v[len] >= '0' && v[len] <= '9') || (v[len] == '.' && len > 0))) digits += v[len++] != '.';
    if (len == 0 || v[len - 1] == '.' || (v.substr(0, len).find('.') == std::string_view::npos ? digits > 2 : digits > 3)) continue;
    const std::string_view rest = v.substr(len);
    if (!(rest.empty() || rest[0] == '\'' || rest[0] == '(' || rest[0] == '"' ||
          (split_particle(v).stem.size() == len && split_particle(v).role != Role::None)))
      continue;
    name += " " + std::string(v.substr(0, len));
    std::string latin;
    if (!rest.empty() && rest[0] == '(') {
      const std::size_t close = rest.find(')');
      if (close != std::string_view::npos) latin = latin_in_parentheses(rest.substr(1, close - 1));
    }
    out.push_back({name, EntityType::Product, latin, true});
  }
  // "프리야 라구나탄과 … 하파엘 올리베이라가 공동 창업했다": a foreign full name joined by 과/와 to a person
  // named in full in the same sentence is a person too
  // (or, in a sentence that tells a founding, the founders: "A B와 C D가 2022년 공동 창업한 X",
  // "X는 E F, G H가 세운 회사", a short surname too: "마커스 리가")
  bool full_person = false;
  for (std::size_t c = first_candidate; c < out.size(); ++c)
    full_person = full_person || (out[c].type == EntityType::Person && out[c].name.find(' ') != std::string::npos);
  bool founding = false;
  for (int i = 0; i < n; ++i) {
    const std::string_view w = t[static_cast<std::size_t>(i)].text;
    founding = founding || w.find("창업") != std::string_view::npos || w.find("설립") != std::string_view::npos ||
               w.rfind("세운", 0) == 0 || w.rfind("세웠", 0) == 0 || w.rfind("차린", 0) == 0 || w.rfind("차렸", 0) == 0;
  }
  // (a surname ending in 가 before the name's next word, which carries the particle: "호세 오르테가 요렌테와", Ortega)
  auto ga_in_name = [&](int j) {
    if (j < 0 || j + 1 >= n || !t[static_cast<std::size_t>(j)].text.ends_with("가") || t[static_cast<std::size_t>(j)].comma_after ||
        lex_token[static_cast<std::size_t>(j + 1)])
      return false;
    const ParticleSplit c = split_particle(t[static_cast<std::size_t>(j + 1)].text);
    const std::size_t syl = hangul_syllable_count(c.stem);
    // (joined by 와/과 only to another founder's name: not "호세 마르티네스가 루카스와 함께")
    return (c.role == Role::Subject || (c.role == Role::Comitative && bare_foreign_word(j + 2))) && syl >= 2 && syl <= 5 && syl * 3 == c.stem.size() &&
           !is_dictionary_word(c.stem) && !is_common_noun(c.stem) && title_prefix(c.stem).empty() && type_noun(c.stem) == TypeNoun::None &&
           !is_company_kind_word(c.stem) && !looks_like_org_name(c.stem) && !looks_like_predicate(c.stem) && !is_name_stopword(c.stem);
  };
  for (int i = 0; (full_person || founding) && i + 1 < n; ++i) {
    if (lex_token[static_cast<std::size_t>(i)] || lex_token[static_cast<std::size_t>(i + 1)] || t[static_cast<std::size_t>(i)].comma_after) continue;
    const ParticleSplit b = split_particle(t[static_cast<std::size_t>(i + 1)].text);
    // (the founders are subjects, listed with commas, or joined by 와/과; a Slavic surname may have seven
    // syllables, "스타니셰프스키")
    const bool listed = founding && t[static_cast<std::size_t>(i + 1)].comma_after && b.role == Role::None;
    // (or the agent of a passive founding: "Y는 2021년 알레한드로 루이스에 의해 설립됐다")
    const bool agent = founding && b.particle == "에" && i + 2 < n &&
                       (t[static_cast<std::size_t>(i + 2)].text == "의해" || t[static_cast<std::size_t>(i + 2)].text == "의해서");
    if (!(b.role == Role::Comitative || (founding && (b.role == Role::Subject || listed || agent)))) continue;
    if (founding && !full_person && t[static_cast<std::size_t>(i + 1)].open_before) continue;
    if (ga_in_name(i + 1)) continue;
    const std::string_view a = t[static_cast<std::size_t>(i)].text;
    // (only the last syllable is the particle: "홀츠만이" is 홀츠만 + 이, not 홀츠 + 만이)
    std::string_view stem = b.stem;
    if (const std::string_view whole = t[static_cast<std::size_t>(i + 1)].text;
        whole.size() > 3 && whole.size() - 3 > stem.size() &&
        (whole.substr(whole.size() - 3) == "이" || whole.substr(whole.size() - 3) == "가" || whole.substr(whole.size() - 3) == "과" ||
         whole.substr(whole.size() - 3) == "와"))
      stem = whole.substr(0, whole.size() - 3);
    const std::size_t na = hangul_syllable_count(a), nb = hangul_syllable_count(stem);
    // (a Spanish name's two surnames after the given name: "호세 마르티네스 로블레스가 세운", the first of five syllables)
    // ("마리아 호세 오르테가 요렌테와": four words, two given names and two surnames; not a company's, "… 크리에이터 랩스가")
    auto given_word = [&](int k) {
      return bare_foreign_word(k) || given_ro(k) ||
             (k >= 0 && !t[static_cast<std::size_t>(k)].comma_after && dictionary_given_name(t[static_cast<std::size_t>(k)].text));
    };
    const bool given_before = founding && (bare_foreign_word(i) || ga_in_name(i)) && given_word(i - 1) && !is_company_kind_word(stem) &&
                              !looks_like_org_name(stem) && !is_dictionary_word(stem);
    if (na < 2 || na > (founding ? (given_before ? 5u : 4u) : 3u) || na * 3 != a.size() || nb * 3 != stem.size() ||
        nb < (founding && na >= 3 ? 1 : 3) || nb > 7)
      continue;
    // (a one-syllable surname only as a foreign one: "리", "첸", "우", not a Korean word's syllable)
    // (a foreign given name or surname may look like a Korean full name, "마커스", "마일스", in a
    // founding: a Korean writes a full name as one word; a one-syllable surname, "리", is a word too)
    const bool both_korean = looks_like_korean_full_name(a) && looks_like_korean_full_name(stem);
    bool plain = true;
    // (after a Japanese surname, any given name: "니시다 료가")
    for (std::string_view w : {a, stem})
      plain = plain && (is_japanese_surname(w) ||
                        (w == stem && is_japanese_surname(a) && title_prefix(w).empty() && type_noun(w) == TypeNoun::None) ||
                        (!(is_dictionary_word(w) && !(founding && nb == 1 && w == stem) &&
                           // (a Western given name the dictionary has too, before a surname that is no word: "마리아 로페스와")
                           !(w == a && dictionary_given_name(w) && nb >= 3 && !is_dictionary_word(stem))) &&
                         !is_common_noun(w) &&
                         type_noun(w) == TypeNoun::None && title_prefix(w).empty() && !looks_like_predicate(w) && !is_name_stopword(w) &&
                         !looks_like_org_name(w) && (!looks_like_korean_full_name(w) || (founding && !both_korean))));
    // ("니시다": a surname that ends like a copula)
    if (!plain || !(split_particle(a).role == Role::None || is_japanese_surname(a) || ga_in_name(i) || given_ro(i))) continue;
    std::string name = std::string(a) + " " + std::string(stem);
    // ("피터 반 데르 베르그가 세운": a Dutch or German surname's particles, and the given name before them)
    if (a == "데르" || a == "덴" || a == "데") {
      int k = i - 1;
      if (k >= 0 && !t[static_cast<std::size_t>(k)].comma_after && (t[static_cast<std::size_t>(k)].text == "반" || t[static_cast<std::size_t>(k)].text == "판" ||
                                                                   t[static_cast<std::size_t>(k)].text == "폰")) {
        const std::string_view given = k >= 1 ? t[static_cast<std::size_t>(k - 1)].text : std::string_view();
        const std::size_t ng = hangul_syllable_count(given);
        if (k >= 1 && !t[static_cast<std::size_t>(k - 1)].comma_after && !lex_token[static_cast<std::size_t>(k - 1)] && ng >= 2 && ng <= 4 &&
            ng * 3 == given.size() && split_particle(given).role == Role::None && !is_dictionary_word(given) && !is_common_noun(given) &&
            !looks_like_predicate(given) && title_prefix(given).empty() && !looks_like_korean_full_name(given))
          name = std::string(given) + " " + std::string(t[static_cast<std::size_t>(k)].text) + " " + name;
      }
    } else if (given_before && nb >= 2) {
      name = std::string(t[static_cast<std::size_t>(i - 1)].text) + " " + name;
      if (given_word(i - 2) && (i < 3 || !given_word(i - 3))) name = std::string(t[static_cast<std::size_t>(i - 2)].text) + " " + name;
    }
    out.push_back({name, EntityType::Person, {}});
  }
  // The English name a company goes by, given in a quoted name's parenthesis: "소리마루는 해외에서
  // '사운드리지(Soundridge)'라는 영문 사명을 쓴다" (the topic's), "영문 사명은 '탤런트그로브(TalentGrove)'다" (that of the
  // company the text was just about: the last Hangul organisation found)
  auto english_name_at = [&](int k) {  // the Latin name in token k's parenthesis, or empty
    const std::string_view w = t[static_cast<std::size_t>(k)].text;
    const std::size_t open = w.find('('), close = w.find(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open + 2) return std::string_view();
    const std::string_view latin = w.substr(open + 1, close - open - 1);
    return latin[0] >= 'A' && latin[0] <= 'Z' && !has_hangul(latin) ? latin : std::string_view();
  };
  if (n >= 3 && split_particle(t[0].text).role == Role::Topic && has_hangul(split_particle(t[0].text).stem) &&
      hangul_syllable_count(split_particle(t[0].text).stem) >= 2 && !lex_token[0])  // (a known company gains no name here)
    for (int k = 1; k + 1 < n; ++k) {
      const std::string_view w = t[static_cast<std::size_t>(k)].text, next = t[static_cast<std::size_t>(k + 1)].text;
      const bool named = next.starts_with("사명") || next.starts_with("이름") || next.starts_with("영문명") ||
                         ((next == "영문" || next == "영어") && k + 2 < n &&
                          (t[static_cast<std::size_t>(k + 2)].text.starts_with("사명") || t[static_cast<std::size_t>(k + 2)].text.starts_with("이름")));
      if (!named || !(w.ends_with("라는") || w.ends_with("이라는")) || english_name_at(k).empty()) continue;
      out.push_back({std::string(split_particle(t[0].text).stem), EntityType::Organization, std::string(english_name_at(k))});
      break;
    }
  // "제이드-2를 공개했다", "경량형 '제이드-2 미니'": a Hangul name, a hyphen and a version is a model, and a tier after
  // it ("미니", "프로") is part of its name
  for (int k = 0; k < n; ++k) {
    if (lex_token[static_cast<std::size_t>(k)]) continue;
    std::string_view w = t[static_cast<std::size_t>(k)].text;
    if (!w.empty() && (w.front() == '\'' || w.front() == '"')) w.remove_prefix(1);
    const std::size_t quote = w.find_first_of("'\"(");
    const bool closed = quote != std::string_view::npos;
    const std::string_view bare = closed ? w.substr(0, quote) : split_particle(w).stem;
    const std::size_t hy = bare.rfind('-');
    if (hy == std::string_view::npos || hy < 6 || hy + 1 >= bare.size()) continue;
    const std::string_view head = bare.substr(0, hy), version = bare.substr(hy + 1);
    if (!has_hangul(head) || hangul_syllable_count(head) * 3 != head.size() || hangul_syllable_count(head) < 2 ||
        !std::all_of(version.begin(), version.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) || version.front() == '.' ||
        version.size() > 5 || is_dictionary_word(head))
      continue;
    std::string name(bare);
    if (!closed && split_particle(w).stem.size() == w.size() && k + 1 < n) {
      const std::string_view tier = split_particle(t[static_cast<std::size_t>(k + 1)].text).stem;
      const std::string_view tier_bare = tier.substr(0, tier.find_first_of("'\"("));
      for (std::string_view x : {"미니", "프로", "울트라", "라이트", "플러스", "맥스", "나노", "터보", "플래시"})
        if (tier_bare == x) name += " " + std::string(x);
    }
    out.push_back({name, EntityType::Product, {}});
  }
  // "알다프라 전략투자공사, 이른바 다프라캐피털은": the name a company goes by, after "so-called" ("이른바", "일명",
  // "통칭"), is its other name
  for (int k = 1; k + 1 < n; ++k) {
    const std::string_view w = t[static_cast<std::size_t>(k)].text;
    if (!(w == "이른바" || w == "일명" || w == "통칭" || w == "약칭") || !t[static_cast<std::size_t>(k - 1)].comma_after) continue;
    const std::string_view other = split_particle(t[static_cast<std::size_t>(k + 1)].text).stem;
    const std::string_view before = t[static_cast<std::size_t>(k - 1)].text;
    if (other.size() < 6 || !has_hangul(other) || hangul_syllable_count(other) * 3 != other.size() || is_dictionary_word(other)) continue;
    const Candidate* named = nullptr;  // the longest organisation found that ends at the word before
    for (const Candidate& c : out)
      if (c.type == EntityType::Organization && c.name.size() >= before.size() &&
          std::string_view(c.name).substr(c.name.size() - before.size()) == before && (!named || c.name.size() > named->name.size()))
        named = &c;
    if (named && named->name != other) out.push_back({std::string(other), EntityType::Organization, {}, false, false, named->name});
  }
  // "늘푸른들영농조합은 … 협동조합으로, 영문명은 'Evergreen Plains Farming Cooperative'다": the English name in quotes
  // after the word for it is the topic's (else the last Hangul organisation found)
  for (int k = 0; k + 1 < n; ++k) {
    const std::string_view w = t[static_cast<std::size_t>(k)].text;
    int at = -1;
    if (w == "영문명은" || w == "영문명" || w == "영문명이") at = k + 1;
    else if ((w == "영문" || w == "영어") && k + 2 < n &&
             (t[static_cast<std::size_t>(k + 1)].text == "사명은" || t[static_cast<std::size_t>(k + 1)].text == "이름은" ||
              t[static_cast<std::size_t>(k + 1)].text == "명칭은"))
      at = k + 2;
    if (at < 0 || !t[static_cast<std::size_t>(at)].open_before || t[static_cast<std::size_t>(at)].text.find('(') != std::string_view::npos) continue;
    std::string latin;
    bool closed = false;
    for (int q = at; q < n && q < at + 7 && !closed; ++q) {
      std::string_view x = t[static_cast<std::size_t>(q)].text;
      // (the quote closes inside the last word, the copula after it: "Cooperative'다")
      if (const std::size_t quote = x.find_first_of("'\""); quote != std::string_view::npos) x = x.substr(0, quote), closed = true;
      if (const std::size_t quote = x.find("\xE2\x80\x99"); quote != std::string_view::npos) x = x.substr(0, quote), closed = true;
      if (const std::size_t quote = x.find("\xE2\x80\x9D"); quote != std::string_view::npos) x = x.substr(0, quote), closed = true;
      closed = closed || t[static_cast<std::size_t>(q)].close_after;
      if (x.empty() || has_hangul(x) || !std::all_of(x.begin(), x.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '&' || c == '.' || c == '-'; })) {
        latin.clear();
        break;
      }
      latin += (latin.empty() ? "" : " ") + std::string(x);
    }
    if (!closed || latin.empty() || !std::isupper(static_cast<unsigned char>(latin[0]))) continue;
    const ParticleSplit topic = split_particle(t[0].text);
    if (topic.role == Role::Topic && has_hangul(topic.stem) && hangul_syllable_count(topic.stem) >= 2 && !lex_token[0] && k > 0) {
      out.push_back({std::string(topic.stem), EntityType::Organization, latin});
    } else {
      for (std::size_t c = out.size(); c-- > 0;)
        if (out[c].type == EntityType::Organization && has_hangul(out[c].name) && out[c].latin.empty()) {
          out.push_back({out[c].name, EntityType::Organization, latin});
          break;
        }
    }
    break;
  }
  if (n >= 2 && (t[0].text == "영문" || t[0].text == "영어") && (t[1].text == "사명은" || t[1].text == "이름은"))
    for (int k = 2; k < n; ++k) {
      if (t[static_cast<std::size_t>(k)].text.find('(') == std::string_view::npos) continue;
      if (const std::string_view latin = english_name_at(k); !latin.empty())
        for (std::size_t c = out.size(); c-- > 0;)
          if (out[c].type == EntityType::Organization && has_hangul(out[c].name) && out[c].latin.empty()) {
            out.push_back({out[c].name, EntityType::Organization, std::string(latin)});
            break;
          }
      break;
    }
  // "카이로스는 2021년 … 공동 창업했다", "루나웨이브는 … 세운 회사": the topic of a founding is the company
  // (when the founders are the sentence's subject and nothing is its object: "펠드먼은 … 헬릭스를 공동
  // 창업했다" names the founder first)
  bool subject = false, object = false;
  for (int i = 1; i < n; ++i) {
    const Role r = split_particle(t[static_cast<std::size_t>(i)].text).role;
    subject = subject || r == Role::Subject;
    object = object || r == Role::Object;
  }
  // (the founding the sentence's predicate: a finite verb, or an adnominal before the copula, "세운 회사다";
  // not "보이치크는 … 세운 회사에서 일했다", where the topic worked at the company founded)
  bool founding_said = false;
  for (int i = 1; i < n && !founding_said; ++i) {
    const std::string_view w = t[static_cast<std::size_t>(i)].text;
    const bool adnominal = is_founding_adnominal(w);
    if (adnominal) founding_said = i + 1 >= n || split_particle(t[static_cast<std::size_t>(i + 1)].text).role == Role::Copula;
    else founding_said = w.find("창업") != std::string_view::npos || w.find("설립") != std::string_view::npos || w.starts_with("세웠") ||
                         w.starts_with("차렸");
  }
  if (founding && founding_said && subject && !object && n >= 3 && !lex_token[0]) {
    const ParticleSplit topic = split_particle(t[0].text);
    const std::size_t syllables = hangul_syllable_count(topic.stem);
    if (topic.role == Role::Topic && syllables >= 2 && syllables <= 6 && syllables * 3 == topic.stem.size() &&
        !is_dictionary_word(topic.stem) && !is_common_noun(topic.stem) && type_noun(topic.stem) == TypeNoun::None &&
        title_prefix(topic.stem).empty() && !is_name_stopword(topic.stem) && !looks_like_predicate(topic.stem) &&
        !is_region_word(topic.stem) && !looks_like_korean_full_name(topic.stem) && !is_dictionary_compound(topic.stem))
      out.push_back({std::string(topic.stem), EntityType::Organization, {}});
  }
  // "진하람 대표는 지난해 파랑실리콘을 세웠다": what a founding verb has for its object is a company, even a
  // compound of ordinary words ("파랑실리콘", blue silicon); "파랑실리콘은 … 투자받았다", "윈드서프는 … 인수됐다":
  // the topic of a raise or of a purchase undergone
  auto company_word = [&](std::string_view stem) {
    const std::size_t syllables = hangul_syllable_count(stem);
    return syllables >= 3 && syllables <= 8 && syllables * 3 == stem.size() && !is_dictionary_word(stem) && !is_common_noun(stem) &&
           type_noun(stem) == TypeNoun::None && title_prefix(stem).empty() && !is_name_stopword(stem) && !looks_like_predicate(stem) &&
           !is_region_word(stem) && !is_korean_place(stem) && !looks_like_korean_full_name(stem) && !is_verbal_noun(stem);
  };
  for (int i = 0; i + 1 < n; ++i) {
    const std::string_view next = t[static_cast<std::size_t>(i + 1)].text;
    // (and their adnominals: "PIF가 휴메인을 세운 것처럼")
    const bool founds = next.starts_with("세웠") || next.starts_with("설립했") || next.starts_with("창업했") || next.starts_with("차렸") ||
                        is_founding_adnominal(next) ||
                        (i + 2 < n && (next == "공동" || next == "함께") && (t[static_cast<std::size_t>(i + 2)].text.starts_with("창업했") ||
                                                                        t[static_cast<std::size_t>(i + 2)].text.starts_with("설립했") ||
                                                                        t[static_cast<std::size_t>(i + 2)].text.starts_with("세웠")));
    if (!founds || lex_token[static_cast<std::size_t>(i)]) continue;
    const ParticleSplit obj = split_particle(t[static_cast<std::size_t>(i)].text);
    if (obj.role == Role::Object && company_word(obj.stem)) out.push_back({std::string(obj.stem), EntityType::Organization, {}});
    // "A와 B가 세운 알펜글로우는": the word a founding adnominal with its subject describes is the company
    // (the subject a name or a title: not "같이", together, read as 같 + 이; nor "회사고", the company and)
    if (obj.role == Role::Subject && is_founding_adnominal(next) && i + 2 < n &&
        !lex_token[static_cast<std::size_t>(i + 2)] && !t[static_cast<std::size_t>(i + 1)].comma_after &&
        (lex_token[static_cast<std::size_t>(i)] || hangul_syllable_count(obj.stem) >= 2 || !title_prefix(obj.stem).empty()) &&
        !is_dictionary_word(t[static_cast<std::size_t>(i)].text)) {
      const std::string_view described = split_particle(t[static_cast<std::size_t>(i + 2)].text).stem;
      if (company_word(described) && type_noun(t[static_cast<std::size_t>(i + 2)].text) == TypeNoun::None &&
          !looks_like_predicate(t[static_cast<std::size_t>(i + 2)].text))
        out.push_back({std::string(described), EntityType::Organization, {}});
    }
  }
  if (n >= 3 && !lex_token[0]) {
    const ParticleSplit topic = split_particle(t[0].text);
    // (the topic's own: no other topic or subject before the verb, "다나카는 … 시라베를 창업했고, 이 회사는
    // 2021년 라인에 인수됐다")
    bool undergone = false;
    for (int i = 1; i < n && !undergone; ++i) {
      const std::string_view w = t[static_cast<std::size_t>(i)].text;
      const Role r = split_particle(w).role;
      if (r == Role::Topic || r == Role::Subject) break;
      undergone = w.starts_with("투자받") || w.starts_with("인수됐") || w.starts_with("인수되") || w.starts_with("피인수");
    }
    if (undergone && topic.role == Role::Topic && company_word(topic.stem)) out.push_back({std::string(topic.stem), EntityType::Organization, {}});
  }
  // "- 발렌티나 리오스 (케찰리아캐피털 매니징파트너, 멕시코)": a line of a panel's or a deal's list that opens
  // with a name of one or two bare words and gives the person's post in parentheses
  // (after an item's mark: "-", "·")
  const int o = n > 0 && (t[0].text == "-" || t[0].text == "·" || t[0].text == "*" || t[0].text == "+") ? 1 : 0;
  if (n >= o + 3) {
    int paren = -1;
    for (int k = o + 1; k <= o + 2 && k < n && paren < 0; ++k)
      if (t[static_cast<std::size_t>(k)].paren_open_before) paren = k;
    bool post = false, post_first = false;  // (post_first: the parenthesis opens with the post, "(대표 도상현)")
    for (int k = paren; paren > 0 && k < n && !post; ++k) {
      // (a title, or a word ending in one: "매니징파트너", "공동창업자")
      const std::string_view w = t[static_cast<std::size_t>(k)].text;
      for (std::size_t at = 0; at < w.size() && !post; at += (static_cast<unsigned char>(w[at]) >= 0xE0 ? 3 : 1))
        post = title_prefix(w.substr(at)).size() == w.size() - at;
      post_first = post && k == paren;
      if (t[static_cast<std::size_t>(k)].close_after) break;
    }
    bool bare = post;
    for (int k = o; k < paren && bare; ++k) {
      const std::string_view w = t[static_cast<std::size_t>(k)].text;
      bare = !lex_token[static_cast<std::size_t>(k)] && !t[static_cast<std::size_t>(k)].comma_after && hangul_syllable_count(w) >= 1 &&
             hangul_syllable_count(w) * 3 == w.size() && split_particle(w).role == Role::None && !is_dictionary_word(w) &&
             !is_common_noun(w) && title_prefix(w).empty() && !looks_like_predicate(w) && type_noun(w) == TypeNoun::None &&
             !looks_like_org_name(w) && !is_name_stopword(w);
    }
    // (one word when it reads as a Korean full name, "김하준 (누리텍 대표)", or is a foreign name of three
    // syllables or more before the company and the post, "수리아디 (카완 AI CEO, 자카르타)": Indonesian and
    // other single names)
    const std::string_view w0 = t[static_cast<std::size_t>(o)].text;
    if (bare && (paren == o + 2 || looks_like_korean_full_name(w0) || (!post_first && hangul_syllable_count(w0) >= 3)))
      out.push_back({paren == o + 2 ? std::string(w0) + " " + std::string(t[static_cast<std::size_t>(o + 1)].text) : std::string(w0),
                     EntityType::Person, {}});
  }
  // "Arm(암)과의", "Cohere(코히어)는": a Latin name with its Korean reading in parentheses is a name
  // (an organisation's, as most are; the Latin name, capitalised, a word of its own; an acronym only
  // with its reading, not a term's gloss: "LLM(거대언어모델)")
  for (int k = 0; k < n; ++k) {
    const std::string_view w = t[static_cast<std::size_t>(k)].text;
    const std::size_t open = w.find('('), close = w.find(')');
    if (lex_token[static_cast<std::size_t>(k)] || open == std::string_view::npos || open < 2 || !(w[0] >= 'A' && w[0] <= 'Z') ||
        (close != std::string_view::npos && close < open))
      continue;
    // (the last word of a longer Latin name is not the name: "Ieum Labs(이음랩스)")
    if (k > 0 && !t[static_cast<std::size_t>(k - 1)].comma_after && !t[static_cast<std::size_t>(k - 1)].text.empty() &&
        ((t[static_cast<std::size_t>(k - 1)].text[0] >= 'A' && t[static_cast<std::size_t>(k - 1)].text[0] <= 'Z') ||
         (t[static_cast<std::size_t>(k - 1)].text[0] >= 'a' && t[static_cast<std::size_t>(k - 1)].text[0] <= 'z')))
      continue;
    const std::string_view latin = w.substr(0, open);
    const std::string_view reading = w.substr(open + 1, (close == std::string_view::npos ? w.size() : close) - open - 1);
    if (!std::all_of(latin.begin(), latin.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }) ||
        hangul_syllable_count(reading) == 0 || hangul_syllable_count(reading) * 3 != reading.size() ||
        // (a word of the language is a gloss, not a reading; one syllable may be both: 암)
        (hangul_syllable_count(reading) >= 2 && (is_dictionary_word(reading) || is_common_noun(reading))))
      continue;
    const bool acronym = std::all_of(latin.begin(), latin.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (acronym && !org_names_match(reading, latin, true)) continue;
    out.push_back({std::string(latin), EntityType::Organization, {}, false, false, std::string(reading)});
  }
  // "HD현대 에이아이솔루션즈는", "카카오 모빌리티": a known company's name, bare, before a word shaped like a
  // company's is one company, the group's, named also by that word alone
  for (int k = 0; k + 1 < n; ++k) {
    const Token& a = t[static_cast<std::size_t>(k)];
    if (!lex_token[static_cast<std::size_t>(k)] || lex_token[static_cast<std::size_t>(k + 1)] || a.comma_after || a.close_after ||
        a.text.find('(') != std::string_view::npos || split_particle(a.text).role != Role::None || !has_hangul(a.text))
      continue;
    const std::string_view stem = split_particle(t[static_cast<std::size_t>(k + 1)].text).stem;
    if (t[static_cast<std::size_t>(k + 1)].open_before || !has_hangul(stem) || !looks_like_org_name(stem) || stem.find('(') != std::string_view::npos)
      continue;
    // (not a lab or a team of the company's: "바이두 딥러닝연구소", "네이버클라우드 하이퍼스케일AI")
    if (ends_with_any(stem, {"AI", "랩", "랩스", "연구소", "연구원", "센터", "팀", "사업부", "본부", "에이아이"})) continue;
    out.push_back({std::string(a.text) + " " + std::string(stem), EntityType::Organization, {}, false, false, std::string(stem)});
  }
  // "A, B, SV엔젤 등 투자사들이", "A, 제너럴카탈리스트, B 등 기존 투자자들도": a bare unknown word standing
  // as an item of its own in a list of known names closed by 등 before a word for investors or companies
  // is one of them
  for (int e = 1; e + 1 < n; ++e) {
    if (t[static_cast<std::size_t>(e)].comma_after || t[static_cast<std::size_t>(e + 1)].text.substr(0, 3) != "등") continue;
    bool companies = false;
    for (int k = e + 1; k < n && k <= e + 4; ++k) {
      const std::string_view w = t[static_cast<std::size_t>(k)].text;
      companies = companies || w.find("투자사") != std::string_view::npos || w.find("투자자") != std::string_view::npos ||
                  w.find("기업") != std::string_view::npos || w.find("회사") != std::string_view::npos ||
                  w.find("벤처캐피털") != std::string_view::npos;
    }
    if (!companies) continue;
    // the list's items, each closed by a comma (the last by 등), from the last back
    std::vector<int> single;  // items of one unknown word
    int known = 0;
    for (int end = e, start = e; end >= 0; end = start - 1) {
      start = end;
      while (start > 0 && !t[static_cast<std::size_t>(start - 1)].comma_after && end - start < 3) --start;
      bool item_known = false;
      for (int k = start; k <= end; ++k)
        item_known = item_known || lex_token[static_cast<std::size_t>(k)] || looks_like_org_name(t[static_cast<std::size_t>(k)].text);
      if (item_known) ++known;
      else if (start == end) single.push_back(end);
      if (start == 0 || !t[static_cast<std::size_t>(start - 1)].comma_after) break;
    }
    if (known == 0) continue;
    for (int i : single) {
      const std::string_view w = t[static_cast<std::size_t>(i)].text;
      // (the first item only after a comma or where the sentence opens: "기존 투자자인 A, B 등", not "엔비디아와 A, B 등")
      if (split_particle(w).role == Role::None && has_hangul(w) && w.size() >= 6 && !is_dictionary_word(w) && !is_common_noun(w) &&
          title_prefix(w).empty() && !looks_like_predicate(w) && !looks_like_korean_full_name(w) && !is_region_word(w) && !is_korean_place(w) &&
          type_noun(w) == TypeNoun::None && !is_name_stopword(w))
        out.push_back({std::string(w), EntityType::Organization, {}});
    }
  }
}

bool is_unit_word(std::string_view w) {
  for (std::string_view u : {"Research", "Institute", "Lab", "Laboratory", "Center", "Centre", "Foundation", "Academy"})
    if (w == u) return true;
  // (a Korean unit word with what the unit does before it: "안전연구소", not a bare "연구소")
  for (std::string_view u : {"연구소", "연구원", "센터", "재단", "연구센터"})
    if (w.size() > u.size() && w.compare(w.size() - u.size(), u.size(), u) == 0) return true;
  return false;
}

void extend_foreign_given_names(const std::vector<Sentence>& sentences, const std::vector<std::vector<bool>>& lex_tokens,
                                std::vector<Candidate>& out) {
  // one-word name -> its candidates typed a person, and those typed an organisation (a long document repeats a
  // name many times: a name extended leaves its list)
  std::unordered_map<std::string, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> people;
  // (and a one-word Hangul name the document repeats, typed an organisation for want of a better
  // clue, but with a given name before it: "토마스 비야누에바가 공동 창업한")
  auto bare_hangul = [](const std::string& name) {
    const std::size_t n = hangul_syllable_count(name);
    if (n < 3 || n > 6 || n * 3 != name.size()) return false;
    for (std::string_view end : {"랩", "랩스", "테크", "캐피털", "캐피탈", "벤처스", "파트너스", "그룹", "전자", "연구소", "연구원", "재단",
                                 "은행", "증권", "대학", "대학교", "병원", "협회", "공사", "시스템즈", "로보틱스", "네트웍스", "코리아"})
      if (name.size() > end.size() && name.compare(name.size() - end.size(), end.size(), end) == 0) return false;
    return true;
  };
  for (std::size_t c = 0; c < out.size(); ++c)
    if ((out[c].type == EntityType::Person || (out[c].type == EntityType::Organization && bare_hangul(out[c].name))) &&
        out[c].name.find(' ') == std::string::npos)
      (out[c].type == EntityType::Person ? people[out[c].name].first : people[out[c].name].second).push_back(c);
  if (people.empty()) return;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const auto& t = sentences[i].tokens;
    // the given name right before the surname, at the start of the sentence or after a word that ends a
    // phrase: "포르투갈 출신 이네스 카르발류 박사가", "CEO와 토마스 비야누에바가 공동 창업한"
    for (std::size_t k = 1; k < t.size(); ++k) {
      if (lex_tokens[i][k - 1] || lex_tokens[i][k]) continue;
      const auto found = people.find(std::string(split_particle(t[k].text).stem));
      if (found == people.end() || (found->second.first.empty() && found->second.second.empty())) continue;
      if (k >= 2) {
        // (after "출신(인/의)" or a name coordinated with 와/과, where a person's name is what comes)
        const std::string_view before = t[k - 2].text;
        const bool coordinated = before.size() > 3 && (before.compare(before.size() - 3, 3, "와") == 0 || before.compare(before.size() - 3, 3, "과") == 0) &&
                                 (before.find(')') != std::string_view::npos || split_particle(before).role != Role::None);
        if (!(before == "출신" || before == "출신인" || before == "출신의" || coordinated)) continue;
      }
      const std::string_view given = t[k - 1].text;
      const std::size_t n = hangul_syllable_count(given);
      // (of up to five syllables: "알레한드로", "크리스토퍼")
      if (n < 2 || n > 5 || n * 3 != given.size() || t[k - 1].comma_after || t[k - 1].open_before) continue;
      // (a given name may look like a Korean full name, "이네스", before a surname no Korean has:
      // three syllables or more)
      const bool long_surname = hangul_syllable_count(split_particle(t[k].text).stem) >= 3;
      // (a given name may end like the particle 로 there: "스페인 출신 알레한드로 루이스가")
      const ParticleSplit gs = split_particle(given);
      if ((gs.role != Role::None && !(gs.particle == "로" && n >= 3 && !is_dictionary_word(gs.stem))) || !title_prefix(given).empty() ||
          type_noun(given) != TypeNoun::None ||
          is_common_noun(given) || is_name_stopword(given) || looks_like_predicate(given) || is_region_word(given) ||
          is_dictionary_word(given) || (looks_like_korean_full_name(given) && !long_surname))  // "과연 트워렉은": an adverb
        continue;
      // A word typed an organisation takes the given name only inside the sentence, when a particle
      // follows it ("CEO와 토마스 비야누에바가"; "권예린 코어브릿지 대표" is a person and her company,
      // "게임사 스텔라게임즈는" a company) and the given name is no Korean full name.
      const bool org_ok = k >= 2 && split_particle(t[k].text).role != Role::None && !looks_like_korean_full_name(given);
      auto extend = [&](std::vector<std::size_t>& list) {
        for (std::size_t c : list) {
          out[c].name = std::string(given) + " " + out[c].name;
          out[c].type = EntityType::Person;
        }
        list.clear();
      };
      extend(found->second.first);
      if (org_ok) extend(found->second.second);
    }
  }
}

}  // namespace inmaek::extract
