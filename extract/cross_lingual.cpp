#include "extract/cross_lingual_internal.h"

#include <string>
#include <utility>
#include <vector>

#include "extract/hangul_words.h"
#include "extract/romanize.h"
#include "extract/utf8.h"

namespace inmaek::extract {

namespace {

// --- Cross-lingual people (issue 6) ---
// A Hangul person name and a Latin one name the same person: "한서진" / "Han Seo-jin" (the
// romanized name, either order), "에릭 모건" / "Eric Morgan" (each word transliterates), "윤재희" /
// "Yoon Jae-hee" (surname and given name each match). Only full names: a Latin name of 2-3 words
// and a Hangul name of two words or one word of 3-4 syllables.
std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string letters_lower(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) out += static_cast<char>(c | 0x20);
  return out;
}

// Syllables that write foreign consonant clusters and endings and hardly occur in Korean given
// names (하다드 is Haddad, not a Korean 하 + 다드).
bool foreign_syllables(std::string_view hangul) {
  for (std::string_view x : {"드", "트", "크", "스", "즈", "츠", "프", "브", "르", "그", "쉬", "슈", "퀴"})
    if (hangul.find(x) != std::string_view::npos) return true;
  return false;
}

}  // namespace

// A Portuguese or Spanish name respelled as it sounds, for the transliteration tests (Korean
// writes Brazilian and Spanish names that way): an initial or double r is an h ("Rafael" -> "hafael",
// 하파엘), j is an h ("Juan" -> "huan", 후안), lh and nh are ly and ny, ll is a y. Applied as a second
// reading only.
std::string iberian_reading(std::string_view word) {
  std::string w = letters_lower(word);
  auto replace_all = [&](std::string_view from, std::string_view to) {
    for (std::size_t at = w.find(from); at != std::string::npos; at = w.find(from, at + to.size())) w.replace(at, from.size(), to);
  };
  if (!w.empty() && w[0] == 'r') w[0] = 'h';
  if (!w.empty() && w[0] == 'j') w[0] = 'h';
  replace_all("rr", "h");
  replace_all("lh", "ly");
  replace_all("nh", "ny");
  replace_all("ll", "y");
  return w;
}

// An Indian name with its aspirates written plainly, as Korean writes them: "Raghunathan" -> "ragunatan"
// (라구나탄), "Siddharth" -> "sidart", "Bhavesh" -> "bavesh". Applied as a second reading only.
std::string indic_reading(std::string_view word) {
  std::string w = letters_lower(word);
  for (std::size_t k = 1; k < w.size();)
    if (w[k] == 'h' && (w[k - 1] == 'g' || w[k - 1] == 'd' || w[k - 1] == 'b' || w[k - 1] == 't' || w[k - 1] == 'k' ||
                        w[k - 1] == 'j' || w[k - 1] == 'p'))
      w.erase(k, 1);
    else
      ++k;
  return w;
}

// A French name respelled the way English spelling would say it, for the transliteration tests
// (Korean writes French names as they sound): "Ferrand" -> "feran" (페랑), "Camille" -> "cami"
// (카미유), "Guillaume" -> "giyom" (기욤), "Lample" -> "lanple" (랑플). Applied as a second reading only.
std::string french_reading(std::string_view word) {
  std::string w = letters_lower(word);
  auto replace_all = [&](std::string_view from, std::string_view to) {
    for (std::size_t at = w.find(from); at != std::string::npos; at = w.find(from, at + to.size())) w.replace(at, from.size(), to);
  };
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  if (w.size() > 5 && w.compare(w.size() - 4, 4, "ille") == 0 && w[w.size() - 5] != 'v') w.resize(w.size() - 3);  // Camille
  for (std::size_t k = 0; k + 2 < w.size(); ++k)  // gu before e, i: a hard g
    if (w[k] == 'g' && w[k + 1] == 'u' && (w[k + 2] == 'e' || w[k + 2] == 'i')) w.erase(k + 1, 1);
  replace_all("ill", "iy");
  replace_all("eau", "o");
  replace_all("au", "o");
  replace_all("ou", "u");
  replace_all("qu", "k");
  replace_all("ch", "sh");
  // nasal vowels before a consonant: "Lample" -> "lanple"
  for (std::size_t k = 1; k + 1 < w.size(); ++k)
    if (w[k] == 'm' && vowel(w[k - 1]) && !vowel(w[k + 1]) && w[k + 1] != 'm') w[k] = 'n';
  // silent final consonants: "Ferrand", "Arnaud", "Dumas"
  while (w.size() > 3 && (w.back() == 'd' || w.back() == 't' || w.back() == 's' || w.back() == 'x' || w.back() == 'z') &&
         !vowel(w[w.size() - 2]) && w[w.size() - 2] != 's')
    w.pop_back();
  if (w.size() > 3 && (w.back() == 'd' || w.back() == 't' || w.back() == 's' || w.back() == 'x') && vowel(w[w.size() - 2])) w.pop_back();
  // doubled consonants are one
  for (std::size_t k = 1; k < w.size();)
    if (w[k] == w[k - 1] && !vowel(w[k])) w.erase(k, 1);
    else ++k;
  return w;
}

// A Latin word read as Mandarin pinyin and written the way Korean writes Chinese names and places
// (국립국어원's table): "Chen" -> 천, "Hao" -> 하오, "Tianlan" -> 톈란, "Jiahui" -> 자후이, "Xu" -> 쉬.
// Empty when the word is not a run of pinyin syllables.
std::string pinyin_hangul(std::string_view word) {
  struct Final {
    std::string_view spelling;
    int v1, t1, v2;  // first vowel and final consonant of the first syllable, vowel of a second (ㅇ+v2) or -1
  };
  // jungseong: ㅏ0 ㅐ1 ㅑ2 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅣ20; jongseong: ㄴ4 ㄹ8 ㅇ21
  static constexpr Final kFinals[] = {
      {"iang", 2, 21, -1}, {"iong", 17, 21, -1}, {"uang", 9, 21, -1}, {"ang", 0, 21, -1}, {"eng", 4, 21, -1},
      {"ing", 20, 21, -1}, {"ong", 13, 21, -1}, {"iao", 2, 0, 8}, {"ian", 7, 4, -1},  {"uai", 9, 0, 20},
      {"uan", 9, 4, -1},   {"ai", 0, 0, 20},    {"ao", 0, 0, 8},    {"an", 0, 4, -1},  {"ei", 5, 0, 20},
      {"en", 4, 4, -1},    {"er", 4, 8, -1},    {"ia", 2, 0, -1},   {"ie", 7, 0, -1},  {"iu", 17, 0, -1},
      {"in", 20, 4, -1},   {"ou", 4, 0, 13},    {"ua", 9, 0, -1},   {"uo", 14, 0, -1}, {"ui", 13, 0, 20},
      {"un", 13, 4, -1},   {"ue", 15, 0, -1},   {"a", 0, 0, -1},    {"e", 4, 0, -1},   {"i", 20, 0, -1},
      {"o", 8, 0, -1},     {"u", 13, 0, -1}};
  // choseong: ㄱ0 ㄴ2 ㄷ3 ㄹ5 ㅁ6 ㅂ7 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18
  static constexpr std::pair<std::string_view, int> kInitials[] = {
      {"zh", 12}, {"ch", 14}, {"sh", 9}, {"b", 7}, {"p", 17}, {"m", 6}, {"f", 17}, {"d", 3}, {"t", 16}, {"n", 2},
      {"l", 5},   {"g", 0},   {"k", 15}, {"h", 18}, {"j", 12}, {"q", 14}, {"x", 9}, {"r", 5}, {"z", 13}, {"c", 14},
      {"s", 10},  {"y", 11},  {"w", 11}};
  std::string w = letters_lower(word);
  std::string out;
  auto put = [&](int l, int v, int t) { append_utf8(out, static_cast<char32_t>(0xAC00 + (l * 21 + v) * 28 + t)); };
  std::size_t i = 0;
  while (i < w.size()) {
    int l = 11;
    std::string_view ini;
    for (const auto& [sp, idx] : kInitials)
      if (w.compare(i, sp.size(), sp) == 0) {
        ini = sp, l = idx;
        break;
      }
    i += ini.size();
    const Final* f = nullptr;
    for (const Final& x : kFinals)
      if (w.compare(i, x.spelling.size(), x.spelling) == 0) {
        f = &x;
        break;
      }
    if (!f) return {};
    i += f->spelling.size();
    int v = f->v1;
    const bool retroflex = ini == "zh" || ini == "ch" || ini == "sh" || ini == "r" || ini == "z" || ini == "c" || ini == "s";
    const bool palatal = ini == "j" || ini == "q" || ini == "x" || ini == "y";
    if (f->spelling == "i" && retroflex) v = 18;                               // shi 스, zhi 즈, si 쓰
    if (palatal && (f->spelling == "u" || f->spelling == "un")) v = 16;        // xu 쉬, jun 쥔
    if (palatal && f->spelling == "uan") v = 16;                               // xuan 쉬안
    if (ini == "y" && f->spelling == "an") v = 7;                              // yan 옌
    if (ini == "w" && (f->spelling == "a" || f->spelling == "an" || f->spelling == "ang" || f->spelling == "ai")) v = 9;
    if (ini == "w" && (f->spelling == "o" || f->spelling == "en" || f->spelling == "eng")) v = 14;  // wo 워, wen 원
    if (ini == "w" && f->spelling == "ei") v = 15;                              // wei 웨이
    if (ini == "y" && f->spelling == "e") v = 7;                               // ye 예
    if (ini == "y" && f->spelling == "ou") { put(11, 17, 0); continue; }       // you 유
    if (ini == "y" && f->spelling == "ao") v = 2;                              // yao 야오
    if (ini == "y" && f->spelling == "a") v = 2;
    if (ini == "y" && f->spelling == "ang") v = 2;
    if (ini == "y" && f->spelling == "ong") v = 17;
    // ㅈ and ㅊ before a y-vowel are written without the y (jian 젠, qiang 창); ㅅ keeps it (xie 셰)
    if (l == 12 || l == 13 || l == 14) v = v == 2 ? 0 : v == 6 ? 4 : v == 7 ? 5 : v == 12 ? 8 : v == 17 ? 13 : v;
    put(l, v, f->t1);
    if (f->v2 >= 0 && !(palatal && f->spelling == "uan")) put(11, f->v2, 0);
    if (palatal && f->spelling == "uan") put(11, 0, 4);                        // 쉬 + 안
  }
  return out;
}

bool person_names_match(std::string_view hangul, std::string_view latin) {
  std::vector<std::string> l = split_words(latin);
  const std::vector<std::string> h = split_words(hangul);
  // "Khalid Al Mansouri", "Khalid Al-Mansouri": an Arabic article belongs to the surname (알만수리)
  if (l.size() >= 2) {
    std::string& last = l.back();
    for (std::string_view art : {"Al-", "al-", "El-", "el-"})
      if (last.size() > art.size() + 2 && last.compare(0, art.size(), art) == 0) last = std::string(art.substr(0, 2)) + last.substr(art.size());
    if (l.size() >= 3 && (l[l.size() - 2] == "Al" || l[l.size() - 2] == "al" || l[l.size() - 2] == "El" || l[l.size() - 2] == "el")) {
      l[l.size() - 2] += l.back();
      l.pop_back();
    }
  }
  // "머라티" alone (a surname written without the given name) and "Mira Murati": the last Latin word,
  // for a foreign surname of three or more syllables (a Korean full name is a name of its own)
  if (h.size() == 1 && l.size() >= 2 && hangul_syllable_count(h[0]) >= 3 && (!looks_like_korean_full_name(h[0]) || foreign_syllables(h[0])) &&
      (hangul_matches_latin(h[0], l.back()) ||
       (l.back().size() > 2 && (l.back()[0] == 'W' || l.back()[0] == 'w') && l.back()[1] == 'h' &&
        hangul_matches_latin(h[0], "H" + l.back().substr(2)))))  // "휘트모어" / "Whitmore"
    return true;
  // Chinese names in pinyin, written in Korean by their Mandarin sound: "천하오" / "Chen Hao"
  if (l.size() >= 2 && l.size() <= 3) {
    std::string joined_h;
    for (const std::string& w : h) joined_h += w;
    std::string forward;  // surname first, as Korean writes it
    bool ok = true;
    for (const std::string& w : l) {
      const std::string p = pinyin_hangul(w);
      ok = ok && !p.empty();
      forward += p;
    }
    const std::string last = ok ? pinyin_hangul(l.back()) : std::string();
    if (ok && (joined_h == forward || joined_h == last + forward.substr(0, forward.size() - last.size())))  // "Hao Chen"
      return true;
  }
  // "Daniel R. Whitaker": a middle initial is not written in Hangul
  if (l.size() == 3 && (l[1].size() == 1 || (l[1].size() == 2 && l[1][1] == '.'))) l.erase(l.begin() + 1);
  if (l.size() < 2 || l.size() > 3) return false;
  for (const std::string& w : l)
    if (has_hangul(w) || w.size() < 2) return false;
  // A Vietnamese name in three words, in the same order in both scripts ("쩐 민 코아" / "Tran Minh
  // Khoa"): the surname by the way Korean writes it (Tr is a ㅉ, Ng a silent 응), the rest by sound
  if (h.size() == 3 && l.size() == 3) {
    static constexpr std::pair<std::string_view, std::string_view> kVietnameseSurnames[] = {
        {"응우옌", "nguyen"}, {"응우엔", "nguyen"}, {"쩐", "tran"}, {"레", "le"},   {"팜", "pham"},   {"호앙", "hoang"},
        {"황", "hoang"},      {"부", "vu"},         {"보", "vo"},   {"당", "dang"}, {"부이", "bui"},  {"도", "do"},
        {"호", "ho"},         {"응오", "ngo"},      {"즈엉", "duong"}, {"리", "ly"}, {"판", "phan"}, {"찐", "trinh"}};
    bool surname = false;
    for (const auto& [hs, ls] : kVietnameseSurnames) surname = surname || (h[0] == hs && letters_lower(l[0]) == ls);
    return surname && hangul_matches_latin(h[1], l[1]) && hangul_matches_latin(h[2], l[2]);
  }
  if (h.size() == 2) {
    if (l.size() != 2 || !hangul_syllable_count(h[0]) || !hangul_syllable_count(h[1])) return false;
    // "Whitaker" is 휘터커: Korean writes the h of "wh"
    auto word_matches = [](const std::string& hw, const std::string& lw) {
      const std::string iberian = iberian_reading(lw);
      const std::string indic = indic_reading(lw);
      return hangul_matches_latin(hw, lw) || (iberian != letters_lower(lw) && hangul_matches_latin(hw, iberian)) ||
             (indic != letters_lower(lw) && hangul_matches_latin(hw, indic)) ||
             (lw.size() > 2 && (lw[0] == 'W' || lw[0] == 'w') && lw[1] == 'h' && hangul_matches_latin(hw, "H" + lw.substr(2))) ||
             // German and Dutch W is a v: "Weber" is 베버, "Wolfgang" 볼프강
             (lw.size() > 2 && lw[0] == 'W' && lw[1] != 'h' && hangul_spells_latin_exactly(hw, "V" + lw.substr(1)));
    };
    if ((word_matches(h[0], l[0]) && word_matches(h[1], l[1])) || (word_matches(h[0], l[1]) && word_matches(h[1], l[0])))
      return true;
    // a French name read the French way, both words ("카미유 페랑" / "Camille Ferrand")
    // (the surname spelled exactly, the given name close: "기욤" is near "giyome")
    const std::string f0 = french_reading(l[0]), f1 = french_reading(l[1]);
    return hangul_matches_latin(h[0], f0) && hangul_spells_latin_exactly(h[1], f1);
  }
  if (h.size() != 1 || hangul_syllable_count(h[0]) < 3 || hangul_syllable_count(h[0]) > 4) return false;
  const std::string romanized = letters_lower(romanize(h[0], {.as_person_name = true}));
  if (l.size() == 2 && (romanized == letters_lower(l[0] + l[1]) || romanized == letters_lower(l[1] + l[0]))) return true;
  // The surname is the first syllable (or a two-syllable one such as 남궁 in a four-syllable name);
  // in Latin it is the first or the last word, in any of its spellings (Lee, Yi, Rhee); the given
  // name is the rest, hyphenated, split or joined ("Ji-woo", "Ji Woo", "Jiwoo").
  auto given_matches = [](std::string_view hangul_given, std::string_view latin_given) {
    std::string rr;  // syllable by syllable, as RR writes given names
    std::size_t k = 0;
    while (k < hangul_given.size()) {
      const std::size_t b = k;
      decode_utf8(hangul_given, k);
      rr += letters_lower(romanize(hangul_given.substr(b, k - b)));
    }
    // (not the loose phonetic key: it hears 준영 in "Sung-hyun")
    return rr == letters_lower(latin_given) || korean_name_spelled(hangul_given, latin_given);
  };
  for (std::size_t sur_syllables = 1; sur_syllables <= 2; ++sur_syllables) {
    std::size_t i = 0;
    for (std::size_t k = 0; k < sur_syllables; ++k) decode_utf8(h[0], i);
    const std::string sur = h[0].substr(0, i), given = h[0].substr(i);
    if (hangul_syllable_count(given) < 1 || hangul_syllable_count(given) > 2) continue;
    auto sur_ok = [&](const std::string& lw) {
      return surname_matches_latin(sur, lw) || korean_name_spelled(sur, lw);
    };
    std::string rest_after_first, rest_before_last;
    for (std::size_t k = 1; k < l.size(); ++k) rest_after_first += l[k];
    for (std::size_t k = 0; k + 1 < l.size(); ++k) rest_before_last += l[k];
    if (sur_ok(l.front()) && given_matches(given, rest_after_first)) return true;  // "Han Ji-woo", "Han Ji Woo"
    if (sur_ok(l.back()) && given_matches(given, rest_before_last)) return true;   // "Jiwoo Han", "Ji-woo Han"
  }
  return false;
}

// Organisation and product names across languages: "윤슬AI" / "Yunseul AI", "별빛캐피털" /
// "Byeolbit Capital", "하이퍼리프 랩스" / "Hyperleaf Labs", "물결-2" / "Mulgyeol-2". A known suffix
// word must correspond, digits must be equal, and the head must romanise to, or transliterate, the
// Latin head.
// strict: the phonetic skeletons must be equal, not only close (used where the Hangul name comes
// from a cluster that already has a Latin name, so a near miss is more likely another company).
bool org_names_match(std::string_view hangul, std::string_view latin, bool strict) {
  // longer suffixes first: "청람금융그룹" / "Cheongram Financial Group" strips 금융그룹, not only 그룹
  static constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
      {"금융그룹", "financialgroup"}, {"금융지주", "financialgroup"}, {"금융", "financial"},
      {"AI연구원", "airesearch"}, {"AI연구원", "aiinstitute"}, {"AI연구소", "airesearch"}, {"AI연구소", "ailab"},
      {"연구원", "research"}, {"연구원", "institute"}, {"연구소", "research"}, {"연구소", "lab"}, {"연구소", "institute"},
      {"AI", "ai"},           {"랩스", "labs"},       {"랩", "lab"},           {"캐피털", "capital"},
      {"캐피탈", "capital"},  {"벤처스", "ventures"}, {"파트너스", "partners"}, {"테크", "tech"},
      {"로보틱스", "robotics"}, {"인텔리전스", "intelligence"}, {"코리아", "korea"}, {"재팬", "japan"},
      {"에이아이", "ai"},     {"테크놀로지스", "technologies"}, {"테크놀로지", "technology"}, {"시스템즈", "systems"},
      {"시스템스", "systems"}, {"그룹", "group"},       {"네트웍스", "networks"}, {"네트워크스", "networks"},
      {"클라우드", "cloud"},  {"솔루션즈", "solutions"}, {"모빌리티", "mobility"}, {"헬스케어", "healthcare"},
      {"다이내믹스", "dynamics"}, {"홀딩스", "holdings"}, {"인베스트먼트", "investment"}, {"인베스트먼트", "investments"},
      {"에너지", "energy"},   {"바이오", "bio"},         {"리서치", "research"},   {"스튜디오", "studio"},
      {"파운데이션", "foundation"}, {"컴퍼니", "company"}, {"코퍼레이션", "corporation"}, {"뱅크", "bank"},
      {"증권", "securities"}, {"자산운용", "assetmanagement"}, {"전자", "electronics"}, {"반도체", "semiconductor"}};
  auto digits = [](std::string_view x) {
    std::string out;
    for (char c : x)
      if (c >= '0' && c <= '9') out += c;
    return out;
  };
  if (has_hangul(latin) || !has_hangul(hangul) || digits(hangul) != digits(latin)) return false;
  // one word of two parts in camel case, a Korean word and an English one: "소리톡" / "SoriTalk"
  // (the Hangul split where its parts read as the Latin parts)
  if (const std::vector<std::string> hw = split_words(hangul), lw = split_words(latin); hw.size() == lw.size() && !hw.empty()) {
    bool all = true;
    for (std::size_t k = 0; k < hw.size() && all; ++k) {
      const std::string& w = lw[k];
      std::size_t cut = std::string::npos;
      for (std::size_t c = 1; c + 1 < w.size(); ++c)
        if (w[c] >= 'A' && w[c] <= 'Z' && w[c - 1] >= 'a' && w[c - 1] <= 'z') {
          cut = c;
          break;
        }
      if (cut == std::string::npos) {
        all = letters_lower(romanize(hw[k])) == letters_lower(w) || hangul_spells_latin_exactly(hw[k], letters_lower(w));
        continue;
      }
      const std::string a = letters_lower(w.substr(0, cut)), b = letters_lower(w.substr(cut));
      bool split_ok = false;
      for (std::size_t at = 0; at < hw[k].size() && !split_ok;) {
        decode_utf8(hw[k], at);
        if (at >= hw[k].size()) break;
        const std::string x = hw[k].substr(0, at), y = hw[k].substr(at);
        auto reads = [](const std::string& h, const std::string& l) {
          return letters_lower(romanize(h)) == l || korean_name_spelled(h, l) || hangul_spells_latin_exactly(h, l);
        };
        split_ok = reads(x, a) && reads(y, b);
      }
      all = split_ok;
    }
    bool camel = false;
    for (const std::string& w : lw)
      for (std::size_t c = 1; c < w.size(); ++c) camel = camel || (w[c] >= 'A' && w[c] <= 'Z' && w[c - 1] >= 'a' && w[c - 1] <= 'z');
    if (all && camel) return true;
  }
  // word by word, each Korean word the romanisation or the transliteration of its English word:
  // "결 보이스" / "Gyeol Voice" (a Korean word and an English one)
  if (const std::vector<std::string> hw = split_words(hangul), lw = split_words(latin); hw.size() >= 2 && hw.size() == lw.size()) {
    bool all = true;
    for (std::size_t k = 0; k < hw.size() && all; ++k) {
      const std::string l = letters_lower(lw[k]);
      all = has_hangul(hw[k]) && !l.empty() &&
            (letters_lower(romanize(hw[k])) == l || korean_name_spelled(hw[k], l) || hangul_spells_latin_exactly(hw[k], l));
    }
    if (all) return true;
  }
  std::string h;  // the Hangul head, without spaces, hyphens, digits
  std::string tail;  // Latin letters after the Hangul ("바로-L"), which the Latin name must end with
  std::size_t i = 0;
  while (i < hangul.size()) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(hangul, i);
    if (is_hangul_syllable(c)) {
      h.append(hangul.substr(start, i - start));
      tail.clear();
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      h.append(hangul.substr(start, i - start));
      tail += static_cast<char>(static_cast<char>(c) | 0x20);
    }
  }
  std::string l = letters_lower(latin);
  if (!tail.empty() && tail != "ai" && h.size() > tail.size() && l.size() > tail.size() &&
      l.compare(l.size() - tail.size(), tail.size(), tail) == 0) {
    h.resize(h.size() - tail.size());  // "바로-L" / "Baro-L": compare 바로 with "baro"
    l.resize(l.size() - tail.size());
    return hangul_syllable_count(h) >= 1 && (letters_lower(romanize(h)) == l || korean_name_spelled(h, l) || hangul_matches_latin(h, l));
  }
  for (const auto& [ko, en] : kSuffixes) {
    const bool h_has = h.size() > ko.size() && h.compare(h.size() - ko.size(), ko.size(), ko) == 0;
    const bool l_has = l.size() > en.size() && l.compare(l.size() - en.size(), en.size(), en) == 0;
    if (h_has != l_has) continue;
    if (h_has) {
      h.resize(h.size() - ko.size());
      l.resize(l.size() - en.size());
      break;
    }
  }
  // a Chinese name in pinyin ("톈란" / "Tianlan")
  if (const std::string p = pinyin_hangul(l); !p.empty() && p == h && hangul_syllable_count(h) >= 2) return true;
  // a short name only by its exact romanisation: "모아" / "Moa"
  if (l.size() == 3 && hangul_syllable_count(h) == 2 && letters_lower(romanize(h)) == l) return true;
  if (l.size() < 4 || !hangul_syllable_count(h) || hangul_syllable_count(h) < 2) return false;
  if (letters_lower(romanize(h)) == l) return true;
  // Korean words spelled in English (누리 = Nuri) by their romanisations; transliterations by their
  // phonetic skeleton, which must start with the same sound (미스트랄 is no "Kestrel") and, for two
  // syllables or a strict match, be the same (솔라 = Solar, 아톰 = Atom)
  if (korean_name_spelled(h, l)) return true;
  const std::string kh = hangul_phonetic_key(h), kl = latin_key(l);
  if (kh.empty() || kl.empty() || kh[0] != kl[0]) return false;
  if (strict || hangul_syllable_count(h) == 2) return hangul_spells_latin_exactly(h, l);
  return hangul_matches_latin(h, l);
}

}  // namespace inmaek::extract
