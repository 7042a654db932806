// --- Cross-lingual people (issue 6) ---
// A Hangul person name and a Latin one name the same person: "한서진" / "Han Seo-jin" (the
// romanized name, either order), "에릭 모건" / "Eric Morgan" (each word transliterates), "윤재희" /
// "Yoon Jae-hee" (surname and given name each match). Only full names: a Latin name of 2-3 words
// and a Hangul name of two words or one word of 3-4 syllables.
#include <cctype>
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract/cross_lingual_internal.h"
#include "extract/short_names_internal.h"
#include "extract/english_words.h"
#include "extract/hangul_words.h"
#include "extract/romanize.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// Syllables that write foreign consonant clusters and endings and hardly occur in Korean given
// names (하다드 is Haddad, not a Korean 하 + 다드).
bool foreign_syllables(std::string_view hangul) {
  for (std::string_view x : {"드", "트", "크", "스", "즈", "츠", "프", "브", "르", "그", "쉬", "슈", "퀴"})
    if (hangul.find(x) != std::string_view::npos) return true;
  return false;
}

// "watanabe", "ryosuke", "deshpande": a final e after a consonant, which Japanese and Indian
// names say and English leaves silent (와타나베, 료스케, 데슈판데). A reading beside the English one:
// the two words of a name must both match, so "Blake" read "blaka" makes no false pair alone.
bool spoken_final_e(const std::string& w) {
  if (w.size() < 4 || w.back() != 'e') return false;
  const char c = w[w.size() - 2];
  return c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y';
}

// "ines", "agnes", "andres": the e of a final -es after a consonant, which Spanish, Portuguese and
// German names say (이네스, 아그네스, 안드레스) and English leaves silent (James). The reading
// doubles the s, which keeps the e a vowel ("iness").
bool spoken_final_es(const std::string& w) {
  if (w.size() < 4 || w.compare(w.size() - 2, 2, "es") != 0) return false;
  const char c = w[w.size() - 3];
  return std::string_view("aeiouysxzgch").find(c) == std::string_view::npos;
}

bool starts_wh(const std::string& w) { return w.size() > 2 && (w[0] == 'W' || w[0] == 'w') && w[1] == 'h'; }

// Bit c - 'a' for the first letter c of each spelling (all lower-case letters).
std::uint32_t initials(const std::vector<std::string>& spellings) {
  std::uint32_t out = 0;
  for (const std::string& x : spellings)
    if (!x.empty()) out |= std::uint32_t{1} << (x[0] - 'a');
  return out;
}

// May a word whose letters (lower case) are `w` start a spelling with these initials?
bool may_start(std::uint32_t initials, const std::string& w) {
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && (initials >> (w[0] - 'a') & 1u);
}

}  // namespace

bool is_vietnamese_middle_name(std::string_view hangul) { return hangul == "티" || hangul == "반" || hangul == "딘" || hangul == "꽝"; }

std::string_view vietnamese_surname_latin(std::string_view hangul) {
  static constexpr std::pair<std::string_view, std::string_view> kVietnameseSurnames[] = {
      {"응우옌", "nguyen"}, {"응우엔", "nguyen"}, {"응웬", "nguyen"}, {"누엔", "nguyen"}, {"뉴엔", "nguyen"}, {"쩐", "tran"}, {"레", "le"},      {"팜", "pham"}, {"호앙", "hoang"},
      {"황", "hoang"},      {"부", "vu"},         {"보", "vo"},   {"당", "dang"},    {"부이", "bui"}, {"도", "do"},
      {"호", "ho"},         {"응오", "ngo"},      {"즈엉", "duong"}, {"리", "ly"},  {"판", "phan"}, {"찐", "trinh"}};
  for (const auto& [hs, ls] : kVietnameseSurnames)
    if (hangul == hs) return ls;
  return {};
}

HangulPerson prepare_hangul_person(std::string_view hangul) {
  HangulPerson p;
  p.words = split_words(hangul);
  // "라일라 알 만수리": the Arabic article written apart is part of the surname (알만수리)
  if (p.words.size() == 3 && (p.words[1] == "알" || p.words[1] == "엘")) {
    p.words[1] += p.words[2];
    p.words.pop_back();
  }
  // "프리데리케 폰 할베르크", "엘로이즈 드 생토뱅": a surname's particle written apart belongs to it, as the
  // Latin name is read ("von Hallberg" is one surname)
  // (and two of them: "피터 반 데르 베르그" is 피터 반데르베르그, as "Pieter van der Berg" is Pieter vanderBerg)
  if ((p.words.size() == 3 || p.words.size() == 4) && vietnamese_surname_latin(p.words[0]).empty()) {
    static constexpr std::string_view kParticles[] = {"폰", "판", "반", "데", "드", "다", "도", "두", "디", "델", "르", "덴", "데르", "도스", "두스", "다스"};
    const auto particle = [&](const std::string& w) { return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles); };
    std::size_t k = 1;
    while (k + 1 < p.words.size() && !particle(p.words[k])) ++k;
    std::size_t j = k;
    while (j + 1 < p.words.size() && particle(p.words[j])) ++j;
    if (k + 1 < p.words.size() && j + 1 == p.words.size() && hangul_syllable_count(p.words[j]) >= 2) {
      for (std::size_t q = k + 1; q <= j; ++q) p.words[k] += p.words[q];
      p.words.resize(k + 1);
    }
  }
  for (const std::string& w : p.words) p.joined += w;
  p.chinese = fold_chinese_hangul(p.joined);
  const std::vector<std::string>& h = p.words;
  // "머라티" alone (a surname written without the given name): a foreign surname of three or more
  // syllables (a Korean full name is a name of its own)
  p.alone = h.size() == 1 && hangul_syllable_count(h[0]) >= 3 && (!looks_like_korean_full_name(h[0]) || foreign_syllables(h[0]));
  p.two_words = h.size() == 2 && hangul_syllable_count(h[0]) && hangul_syllable_count(h[1]);
  p.three_words = h.size() == 3 && vietnamese_surname_latin(h[0]).empty() &&
                  std::all_of(h.begin(), h.end(), [](const std::string& w) { return hangul_syllable_count(w) * 3 == w.size(); });
  p.four_words = h.size() == 4 && std::all_of(h.begin(), h.end(), [](const std::string& w) { return hangul_syllable_count(w) * 3 == w.size(); });
  p.korean = h.size() == 1 && hangul_syllable_count(h[0]) >= 3 && hangul_syllable_count(h[0]) <= 4;
  if (h.size() == 1 || h.size() == 2 || p.three_words || p.four_words)
    for (const std::string& w : h) p.keys.push_back(hangul_keys(w));
  // A Vietnamese name in three words, in the same order in both scripts ("쩐 민 코아" / "Tran Minh
  // Khoa"): the surname by the way Korean writes it (Tr is a ㅉ, Ng a silent 응), the rest by sound
  if (h.size() == 3) {
    p.vietnamese_surname = std::string(vietnamese_surname_latin(h[0]));
    if (!p.vietnamese_surname.empty()) p.vietnamese_keys = {hangul_keys(h[1]), hangul_keys(h[2])};
  }
  // (and in four, a middle name between: "응우옌 티 란 안" / "Nguyen Thi Lan Anh")
  if (h.size() == 4 && is_vietnamese_middle_name(h[1])) {
    p.vietnamese_surname = std::string(vietnamese_surname_latin(h[0]));
    if (!p.vietnamese_surname.empty()) p.vietnamese_keys = {hangul_keys(h[1]), hangul_keys(h[2]), hangul_keys(h[3])};
  }
  // (or with the two given syllables written as one word: "응웬 민투", for the surnames only Vietnamese
  // names have)
  if (h.size() == 2 && hangul_syllable_count(h[1]) == 2 && h[1].size() == 6 &&
      (h[0] == "응우옌" || h[0] == "응우엔" || h[0] == "응웬" || h[0] == "쩐" || h[0] == "팜" || h[0] == "호앙" || h[0] == "응오" ||
       h[0] == "즈엉" || h[0] == "찐" || h[0] == "부이")) {
    p.vietnamese_surname = std::string(vietnamese_surname_latin(h[0]));
    if (!p.vietnamese_surname.empty()) p.vietnamese_keys = {hangul_keys(h[1].substr(0, 3)), hangul_keys(h[1].substr(3))};
  }
  // (or the whole name as one word of three syllables, under a surname no Korean has: "팜꽝휘" / "Pham Quang Huy")
  if (h.size() == 1 && hangul_syllable_count(h[0]) == 3 && h[0].size() == 9) {
    const std::string_view first = std::string_view(h[0]).substr(0, 3);
    if (first == "쩐" || first == "팜" || first == "레" || first == "찐" || first == "당" || first == "부") {
      p.vietnamese_surname = std::string(vietnamese_surname_latin(first));
      p.vietnamese_keys = {hangul_keys(h[0].substr(3, 3)), hangul_keys(h[0].substr(6))};
      p.korean = false;
    }
  }
  if (!p.korean) return p;
  p.syllables = code_points(h[0]);
  p.romanized = letters_lower(romanize(h[0], {.as_person_name = true}));
  // The surname is the first syllable (or a two-syllable one such as 남궁 in a four-syllable name);
  // the given name is the rest
  for (std::size_t sur_syllables = 1; sur_syllables <= 2; ++sur_syllables) {
    std::size_t i = 0;
    for (std::size_t k = 0; k < sur_syllables; ++k) decode_utf8(h[0], i);
    HangulPerson::Split& s = p.split[sur_syllables - 1];
    s.surname = h[0].substr(0, i);
    s.given = h[0].substr(i);
    s.ok = hangul_syllable_count(s.given) >= 1 && hangul_syllable_count(s.given) <= 2;
    std::size_t k = 0;  // syllable by syllable, as RR writes given names
    while (k < s.given.size()) {
      const std::size_t b = k;
      decode_utf8(s.given, k);
      s.given_rr += letters_lower(romanize(std::string_view(s.given).substr(b, k - b)));
    }
    if (!s.ok) continue;
    s.surname_spellings = surname_spellings(s.surname);
    s.surname_initials = initials(s.surname_spellings) | initials(korean_name_spellings(s.surname));
    s.given_initials = initials(korean_name_spellings(s.given));
  }
  return p;
}

bool is_muhammad(std::string_view letters) {
  for (std::string_view x : {"muhammad", "mohammad", "mohammed", "mohamed", "muhammed", "mohamad", "md", "mohd", "muhd"})
    if (letters == x) return true;
  return false;
}

LatinPerson prepare_latin_person(std::string_view raw) {
  // (middle initials and a generational suffix are not written in Hangul: "Arjun S. Venkataraman" / 아르준 벤카타라만)
  const std::string folded = fold_latin(en::without_initials(raw));
  const std::string_view latin = folded;
  LatinPerson p;
  p.text = std::string(raw);
  std::vector<std::string> l = split_words(latin);
  // ("Md. Rafiqul Islam Chowdhury" / "모하마드 라피쿨": Muhammad written short, as Korean writes it in full)
  if (l.size() >= 3 && (l[0] == "Md." || l[0] == "Md" || l[0] == "Mohd." || l[0] == "Mohd" || l[0] == "Muhd." || l[0] == "Muhd"))
    l[0] = "Mohammad";  // (the short forms only: is_muhammad holds the spellings too)
  // "Khalid Al Mansouri", "Khalid Al-Mansouri": an Arabic article belongs to the surname (알만수리),
  // one word whose sound still breaks after the article ("Al-Harbi" is 알하르비: the h is spoken)
  if (l.size() >= 2) {
    std::string& last = l.back();
    for (std::string_view art : {"Al-", "al-", "El-", "el-"})
      if (last.size() > art.size() + 2 && last.compare(0, art.size(), art) == 0)
        last = std::string(art.substr(0, 2)) + " " + last.substr(art.size());
    if (l.size() >= 3 && (l[l.size() - 2] == "Al" || l[l.size() - 2] == "al" || l[l.size() - 2] == "El" || l[l.size() - 2] == "el")) {
      l[l.size() - 2] += " " + l.back();
      l.pop_back();
    }
  }
  // "Puig i Ferrer", "Ortega y Gasset": the Catalan or Spanish "and" between two surnames, which Korean leaves out or
  // writes apart (호르디 푸치 (이) 페레르)
  for (std::size_t k = 1; k + 1 < l.size();)
    if (l[k] == "i" || l[k] == "y") l.erase(l.begin() + static_cast<std::ptrdiff_t>(k));
    else ++k;
  // "Ruiz de la Garza", "van der Berg": the particles of a surname are written with it in Hangul
  // (루이스 데라가르사, 판데르베르흐)
  {
    // (and the Filipino "Dela", "Delos": "Dela Cruz" is 델라크루스; capitalised too, "Van der Berg", but not in a
    // Vietnamese name, whose Van is a middle name: "Tran Van Long")
    const bool vietnamese = !l.empty() && is_east_asian_surname(l.front());
    auto particle = [&](const std::string& w) {
      for (std::string_view x : {"de", "del", "la", "las", "los", "da", "do", "dos", "das", "van", "von", "der", "den", "di", "du", "le", "dela", "delos"})
        if (w == x) return true;
      if (!vietnamese)
        for (std::string_view x : {"Dela", "Delos", "De", "Del", "Da", "Van", "Von", "Di", "Du", "Le", "La"})
          if (w == x) return true;
      return false;
    };
    for (std::size_t k = 1; k + 1 < l.size(); ++k) {
      if (!particle(l[k])) continue;
      std::size_t j = k;
      while (j + 1 < l.size() && particle(l[j])) ++j;
      for (std::size_t q = k + 1; q <= j; ++q) l[k] += l[q];
      l.erase(l.begin() + static_cast<std::ptrdiff_t>(k) + 1, l.begin() + static_cast<std::ptrdiff_t>(j) + 1);
    }
  }
  p.words = l;
  if (!l.empty()) {  // (one word too: a single name, "Suryadi")
    p.last = latin_keys(l.back());
    p.has_wh = starts_wh(l.back());
    if (p.has_wh) p.last_wh = latin_keys("H" + l.back().substr(2));  // "휘트모어" / "Whitmore"
    p.last_brazilian = latin_keys(brazilian_reading(l.back()));
    p.last_french = latin_keys(french_reading(l.back()));  // ("도비니" / "Jean-Baptiste d'Aubigny")
    // ("호르스트" / "Pieter van der Horst", "브리스" / "Maarten de Vries": the surname alone without its particles)
    if (const std::string& b = l.back(); b.size() >= 5 && b[0] >= 'a' && b[0] <= 'z') {
      std::size_t cap = 0;
      while (cap < b.size() && !(b[cap] >= 'A' && b[cap] <= 'Z')) ++cap;
      if (cap >= 2 && cap + 3 <= b.size()) {
        p.last_particle = b.substr(0, cap);
        p.last_bare = latin_keys(b.substr(cap));
        p.last_bare_french = latin_keys(french_reading(b.substr(cap)));
        p.last_bare_brazilian = latin_keys(brazilian_reading(b.substr(cap)));  // ("헤이스" of "dos Reis")
        p.has_last_bare = cap + 5 <= b.size();  // (five letters or more: a short surname's skeleton, "Berg" b-g, is too weak alone)
      }
    }
    if (const std::string& w = l.size() >= 3 ? l[l.size() - 2] : std::string(); w.size() >= 4 && w[0] >= 'A' && w[0] <= 'Z') {
      p.has_before_last = true;
      p.before_last = latin_keys(w);
      p.before_last_brazilian = latin_keys(brazilian_reading(w));
    }
  }
  // Chinese names in pinyin, written in Korean by their Mandarin sound: "천하오" / "Chen Hao", "Hao Chen"
  if (l.size() >= 2 && l.size() <= 3) {
    bool ok = true;
    for (const std::string& w : l) {
      const std::string py = fold_chinese_hangul(pinyin_hangul(w));
      ok = ok && !py.empty();
      p.pinyin_forward += py;
    }
    if (ok) {
      const std::string last = fold_chinese_hangul(pinyin_hangul(l.back()));
      p.pinyin = true;
      p.pinyin_reversed = last + p.pinyin_forward.substr(0, p.pinyin_forward.size() - last.size());
      for (const std::string& w : l)
        for (std::string& syl : pinyin_syllables(w)) p.syllables_forward.push_back(std::move(syl));
      p.syllables_reversed = pinyin_syllables(l.back());
      p.syllables_reversed.insert(p.syllables_reversed.end(), p.syllables_forward.begin(),
                                  p.syllables_forward.end() - static_cast<std::ptrdiff_t>(p.syllables_reversed.size()));
    }
  }
  // "Tsai Yu-ting" / "차이위팅": Wade-Giles, for names with its marks (a hyphenated given name, an initial
  // Hs, Ts or Tz)
  const bool wade_giles = std::any_of(l.begin(), l.end(), [](const std::string& w) {
    return w.find('-') != std::string::npos || w.compare(0, 2, "Hs") == 0 || w.compare(0, 2, "Ts") == 0 || w.compare(0, 2, "Tz") == 0;
  });
  if (wade_giles && l.size() >= 2 && l.size() <= 3) {
    std::vector<std::vector<std::string>> readings;  // per word: the Hangul of each pinyin it may spell
    for (const std::string& w : l) {
      std::vector<std::string> hangul;
      for (const std::string& py : wade_giles_pinyin(w)) hangul.push_back(fold_chinese_hangul(pinyin_hangul(py)));
      if (hangul.empty()) break;
      readings.push_back(std::move(hangul));
    }
    if (readings.size() == l.size()) {
      std::vector<std::string> forward{""}, reversed{""};
      for (std::size_t k = 0; k < readings.size(); ++k) {
        std::vector<std::string> f, r;
        for (const std::string& x : forward)
          for (const std::string& y : readings[k]) f.push_back(x + y);
        // (reversed: the last word first, then the others in order)
        const std::vector<std::string>& rk = readings[k == 0 ? readings.size() - 1 : k - 1];
        for (const std::string& x : reversed)
          for (const std::string& y : rk) r.push_back(x + y);
        forward = std::move(f), reversed = std::move(r);
        if (forward.size() > 64) break;
      }
      if (forward.size() <= 64) {
        p.wade_giles = std::move(forward);
        p.wade_giles.insert(p.wade_giles.end(), reversed.begin(), reversed.end());
        std::sort(p.wade_giles.begin(), p.wade_giles.end());
        p.wade_giles.erase(std::unique(p.wade_giles.begin(), p.wade_giles.end()), p.wade_giles.end());
        std::string letters;
        for (const std::string& w : l) letters += w;
        p.wade_giles_letters = latin_keys(letters);
      }
    }
  }
  // "Daniel R. Whitaker": a middle initial is not written in Hangul
  if (l.size() == 3 && (l[1].size() == 1 || (l[1].size() == 2 && l[1][1] == '.'))) l.erase(l.begin() + 1);
  p.full = l.size() >= 2 && l.size() <= 4;  // (four: two given names and two surnames)
  for (const std::string& w : l)
    if (has_hangul(w) || w.size() < 2) p.full = false;
  if (!p.full) return p;
  {
    // (the words as written, for the readings that need the letters folding takes away: "Dvořák")
    std::vector<std::pair<std::string, std::string>> written;  // folded -> as written
    for (const std::string& rw : split_words(en::without_initials(raw))) written.emplace_back(fold_latin(rw), rw);
    auto as_written = [&](const std::string& lw) -> const std::string& {
      for (const auto& [f, rw] : written)
        if (f == lw) return rw;
      return lw;
    };
    for (const std::string& lw : l) {
      LatinPerson::Word k;
      // (Basque and Catalan tx is ch, in names English spelling keeps: "Etxeberria" is 에체베리아)
      std::string spoken = lw;
      for (std::size_t at = spoken.find("tx"); at != std::string::npos; at = spoken.find("tx", at + 2)) spoken.replace(at, 2, "ch");
      k.plain = latin_keys(spoken);
      const std::string lower = letters_lower(lw), iberian = iberian_reading(lw), indic = indic_reading(lw);
      if ((k.has_iberian = iberian != lower)) k.iberian = latin_keys(iberian);
      if (const std::string spanish = spanish_reading(lw); (k.has_spanish = spanish != lower && spanish != iberian)) k.spanish = latin_keys(spanish);
      if (const std::string german = german_reading(lw); (k.has_german = german != lower)) k.german = latin_keys(german);
      if (const std::string slavic = slavic_reading(as_written(lw)); (k.has_slavic = !slavic.empty() && slavic != lower)) k.slavic = latin_keys(slavic);
      if (const std::string turkish = turkish_reading(as_written(lw)); (k.has_turkish = !turkish.empty() && turkish != lower)) k.turkish = latin_keys(turkish);
      if (const std::string hu = hungarian_reading(as_written(lw)); (k.has_hungarian = !hu.empty() && hu != lower)) k.hungarian = latin_keys(hu);
      if (const std::string uk = ukrainian_reading(lw, false); (k.has_ukrainian = !uk.empty() && uk != lower)) k.ukrainian = latin_keys(uk);
      if (const std::string uk = ukrainian_reading(lw, true); (k.has_ukrainian_g = !uk.empty() && uk != lower)) k.ukrainian_g = latin_keys(uk);
      if (const std::string brazilian = brazilian_reading(lw); (k.has_brazilian = brazilian != lower && brazilian != iberian))
        k.brazilian = latin_keys(brazilian);
      if ((k.has_indic = indic != lower)) k.indic = latin_keys(indic);
      // (an Indic aspirate between vowels written as two sounds: "Raghavan" is 라그하반 as well as 라가반)
      for (std::size_t at = 1; at + 2 < lower.size(); ++at)
        if (lower[at + 1] == 'h' && std::string_view("gdbkjp").find(lower[at]) != std::string_view::npos &&
            std::string_view("aeiou").find(lower[at - 1]) != std::string_view::npos &&
            std::string_view("aeiou").find(lower[at + 2]) != std::string_view::npos) {
          k.has_aspirate = true;
          k.aspirate = latin_keys(lower.substr(0, at + 1) + " " + lower.substr(at + 1));
          break;
        }
      if (const std::string indonesian = indonesian_reading(lw); (k.has_indonesian = indonesian != lower && indonesian != indic))
        k.indonesian = latin_keys(indonesian);
      if (const std::string thai = thai_reading(lw); (k.has_thai = thai != lower)) k.thai = latin_keys(thai);
      // (a Hebrew h between vowels is also written ch, as Korean outlets may read it: "Mizrahi" / "Mizrachi" 미즈라치;
      // a final chi read as Korean writes a final ch, its i unwritten in the keys)
      for (std::size_t at = 1; at + 1 < lower.size(); ++at)
        if (lower[at] == 'h' && std::string_view("aeiou").find(lower[at - 1]) != std::string_view::npos &&
            std::string_view("aeiou").find(lower[at + 1]) != std::string_view::npos) {
          std::string ch = lower.substr(0, at) + "c" + lower.substr(at);
          if (ch.ends_with("chi")) ch.pop_back();
          k.has_hebrew = true;
          k.hebrew = latin_keys(ch);
          break;
        }
      // (a Swedish rg at the end is spoken and written rj: "Sundberg" 순드베리, "Borg" 보리)
      if ((k.has_swedish = lower.size() >= 4 && lower.ends_with("rg"))) k.swedish = latin_keys(lower.substr(0, lower.size() - 1) + "i");
      // a nasal before a consonant at the start of an African name is a syllable of its own in Korean:
      // "Nwosu" is 은워수, "Mbeki" 음베키, "Ndidi" 은디디 (read as if a vowel came first)
      if (!k.has_indic && lower.size() >= 4 && (lower[0] == 'n' || lower[0] == 'm') &&
          std::string_view("bdgjkpstwz").find(lower[1]) != std::string_view::npos) {
        k.has_indic = true;
        k.indic = latin_keys("u" + lower);
      }
      // Arabic kh is an h as often as a k: "Khalid" is 할리드 or 칼리드; so is the f of a Japanese fu, which
      // Korean writes 후 ("Fujimoto" 후지모토, "Fukuda" 후쿠다)
      if ((k.has_kh = lower.size() > 3 && lower.compare(0, 2, "kh") == 0)) k.kh = latin_keys("H" + lw.substr(2));
      // (inside a word too, as Russian, Central Asian and Mongolian names are romanised: "Akhmetov" 아흐메토프)
      else if ((k.has_kh = lower.size() > 4 && lower.find("kh", 1) != std::string::npos && lower.find("skh") == std::string::npos)) {
        std::string h = lower;
        for (std::size_t at = h.find("kh", 1); at != std::string::npos; at = h.find("kh", at + 1)) h.erase(at, 1);
        k.kh = latin_keys(h);
      }
      else if ((k.has_kh = lower.size() > 4 && lower.compare(0, 2, "fu") == 0 && japanese_shaped(lower))) k.kh = latin_keys("H" + lw.substr(1));
      // German and Dutch W is a v: "Weber" is 베버, "Wolfgang" 볼프강
      if ((k.has_v = lw.size() > 2 && lw[0] == 'W' && lw[1] != 'h')) k.v = latin_keys("V" + lw.substr(1));
      if ((k.has_final_e = spoken_final_e(lower))) k.final_e = latin_keys(lower.substr(0, lower.size() - 1) + "a");
      else if ((k.has_final_e = spoken_final_es(lower))) k.final_e = latin_keys(lower + "s");
      // German, Dutch and Nordic J is a y: "Johanna" is 요하나, "Jonas" 요나스
      // (and between vowels, as the Nordic, German and Slavic languages say it: "Maja" 마야, "Freja" 프레야)
      {
        std::string y = lw;
        const auto vowel = [&](std::size_t at) { return at < lower.size() && std::string_view("aeiou").find(lower[at]) != std::string_view::npos; };
        // (and after a hyphen, which only those languages write so: "Pieter-Jan" is 피터얀, read as it is written)
        std::string hyphen_y = lw;
        for (std::size_t at = 1; at + 1 < lw.size(); ++at)
          if (lw[at] == 'J' && lw[at - 1] == '-' && std::string_view("aeiou").find(lw[at + 1]) != std::string_view::npos) hyphen_y[at] = y[at] = 'Y';
        if (hyphen_y != lw) k.plain = latin_keys(hyphen_y);
        if (lw.size() > 2 && lw[0] == 'J' && vowel(1)) y[0] = 'Y';
        for (std::size_t at = 1; at + 1 < lower.size() && y.size() == lower.size(); ++at)
          if (lower[at] == 'j' && vowel(at - 1) && vowel(at + 1)) y[at] = 'y';
        if ((k.has_j = y != lw)) k.j = latin_keys(y);
      }
      // English spelling read as Korean writes it: th is an s too ("Smith" 스미스, "Keith" 키스, "Ethan"
      // 이선, its E an i), a final mb or mbe an m ("Whitcombe" 위트컴, "Lamb" 램)
      {
        std::string en_reading = lower;
        for (std::size_t at = en_reading.find("th"); at != std::string::npos; at = en_reading.find("th", at + 1)) en_reading.replace(at, 2, "s");
        if (en_reading != lower && en_reading.size() >= 3 && en_reading[0] == 'e' &&
            std::string_view("aeiou").find(en_reading[1]) == std::string_view::npos)
          en_reading[0] = 'i';
        if (en_reading.ends_with("mbe")) en_reading.erase(en_reading.size() - 2);
        else if (en_reading.ends_with("mb")) en_reading.pop_back();
        if ((k.has_th = en_reading != lower)) k.th = latin_keys(en_reading);
        // "Whitaker" is 휘터커: Korean writes the h of "wh" (read the English way too: "Whitcombe" 휫컴)
        if ((k.has_wh = starts_wh(lw))) k.wh = latin_keys("h" + en_reading.substr(2));
      }
      p.word_keys.push_back(std::move(k));
    }
  }
  if (l.size() == 2) {
    p.french_first = latin_keys(french_reading(l[0]));
    p.french_second = latin_keys(french_reading(l[1]));
    if (const std::size_t h = l[1].find('-'); h != std::string::npos && h >= 3 && h + 3 < l[1].size()) {
      p.hyphenated_surname = true;
      p.french_second_head = latin_keys(french_reading(l[1].substr(0, h)));
      p.surname_head = latin_keys(letters_lower(l[1].substr(0, h)));
      p.surname_tail = latin_keys(letters_lower(l[1].substr(h + 1)));
    }
    p.joined = letters_lower(l[0] + l[1]);
    p.joined_reversed = letters_lower(l[1] + l[0]);
  }
  if (l.size() == 3) p.second_third = {latin_keys(l[1]), latin_keys(l[2])};
  if (l.size() == 4) p.second_third = {latin_keys(l[1]), latin_keys(l[2]), latin_keys(l[3])};
  p.front = letters_lower(l.front());
  p.back = letters_lower(l.back());
  for (std::size_t k = 1; k < l.size(); ++k) p.rest_after_first += l[k];
  for (std::size_t k = 0; k + 1 < l.size(); ++k) p.rest_before_last += l[k];
  p.rest_after_first = letters_lower(p.rest_after_first);
  p.rest_before_last = letters_lower(p.rest_before_last);
  return p;
}

static bool full_name_match(const HangulPerson& hp, const LatinPerson& lp);

PersonMatch person_match(const HangulPerson& hp, const LatinPerson& lp) {
  if (full_name_match(hp, lp)) return PersonMatch::Full;
  const std::vector<std::string>& l = lp.words;  // (before a middle initial is dropped)
  // a foreign surname alone and the last Latin word
  if (hp.alone && l.size() >= 2 &&
      (hangul_matches_latin(hp.keys[0], lp.last) || (lp.has_wh && hangul_matches_latin(hp.keys[0], lp.last_wh)) ||
       hangul_matches_latin(hp.keys[0], lp.last_brazilian) || hangul_spells_latin_exactly(hp.keys[0], lp.last_french) ||
       (lp.has_last_bare && (hangul_spells_latin_exactly(hp.keys[0], lp.last_bare) || hangul_spells_latin_exactly(hp.keys[0], lp.last_bare_french))) ||
       (!lp.word_keys.empty() && lp.word_keys.back().has_aspirate && hangul_matches_latin(hp.keys[0], lp.word_keys.back().aspirate)) ||
       // (read the Spanish way: "비야로보스" / "Villalobos")
       (!lp.word_keys.empty() && ((lp.word_keys.back().has_spanish && hangul_matches_latin(hp.keys[0], lp.word_keys.back().spanish)) ||
                                  (lp.word_keys.back().has_iberian && hangul_matches_latin(hp.keys[0], lp.word_keys.back().iberian)))) ||
       (lp.has_before_last && (hangul_matches_latin(hp.keys[0], lp.before_last) || hangul_matches_latin(hp.keys[0], lp.before_last_brazilian)))))
    return PersonMatch::Surname;
  // a name of one word in both scripts: an Indonesian or other single name ("수리아디" / "Suryadi"), or the
  // same surname or given name alone (as weak as a surname alone: used when nothing else fits)
  if (hp.alone && l.size() == 1 && hangul_syllable_count(hp.joined) >= 2 &&
      (hangul_matches_latin(hp.keys[0], lp.last) || (lp.has_wh && hangul_matches_latin(hp.keys[0], lp.last_wh)) ||
       hangul_matches_latin(hp.keys[0], lp.last_brazilian)))
    return PersonMatch::Surname;
  // a given name alone, as Korean news names Thai, Arab and Indonesian people ("카녹완 대표", "칼리드 대표"): the first word
  // of a full name of two or three words, read plainly or the Thai way
  if (hp.alone && lp.full && lp.word_keys.size() >= 2 && hangul_syllable_count(hp.joined) >= 3 &&
      (hangul_spells_latin_exactly(hp.keys[0], lp.word_keys.front().plain) ||
       (lp.word_keys.front().has_thai && hangul_spells_latin_exactly(hp.keys[0], lp.word_keys.front().thai))))
    return PersonMatch::Given;
  return PersonMatch::None;
}

bool person_names_match(const HangulPerson& hp, const LatinPerson& lp) {
  const PersonMatch m = person_match(hp, lp);
  return m == PersonMatch::Surname || m == PersonMatch::Full;
}

// The whole Hangul name against the whole Latin one.
static bool full_name_match(const HangulPerson& hp, const LatinPerson& lp) {
  const std::vector<std::string>& h = hp.words;
  if (lp.pinyin && (hp.chinese == lp.pinyin_forward || hp.chinese == lp.pinyin_reversed)) return true;
  if (std::binary_search(lp.wade_giles.begin(), lp.wade_giles.end(), hp.chinese)) return true;
  // A Singaporean, Malaysian or Hong Kong name, its surname in Hokkien or Cantonese and its given name in
  // pinyin ("Lim Wei Ling"): Korean writes the surname by its character's Korean reading, its Mandarin
  // sound or as the Latin spells it, and the given name in Chinese ("임웨이링", "린웨이링", "림웨이링")
  if (h.size() == 1 && lp.words.size() >= 2 && lp.words.size() <= 3) {
    static constexpr std::pair<std::string_view, std::string_view> kSouthern[] = {
        {"lim", "임린림"}, {"tan", "진탄"}, {"ng", "오응"}, {"goh", "오고"}, {"wong", "황웡"}, {"chan", "진찬"}, {"cheung", "장청"},
        {"lau", "유"}, {"leung", "양량"}, {"teo", "장"}, {"koh", "허고"}, {"chua", "채"}, {"yeo", "양"}, {"tay", "정"}, {"ong", "왕옹"}};
    const std::string surname = letters_lower(lp.words.front());
    std::string given;
    for (std::size_t k = 1; k < lp.words.size(); ++k) given += letters_lower(lp.words[k]);
    for (const auto& [latin, readings] : kSouthern) {
      if (surname != latin) continue;
      const std::string given_hangul = pinyin_hangul(given);
      if (given_hangul.empty()) break;
      for (std::size_t q = 0; q + 3 <= readings.size(); q += 3)
        if (hp.joined == std::string(readings.substr(q, 3)) + given_hangul) return true;
      break;
    }
  }
  // (or its letters read as English, in the order written, in one Hangul word of four syllables or more)
  if (!lp.wade_giles.empty() && hp.words.size() == 1 && hp.keys.size() == 1 && code_points(hp.joined).size() >= 4 &&
      hangul_spells_latin_exactly(hp.keys[0], lp.wade_giles_letters))
    return true;
  // a Chinese name in the Korean reading of its characters, as some Korean outlets write it ("진명호" for
  // 陳明浩, "Chen Minghao"), surname first
  if (lp.pinyin && hp.korean && (sino_korean_reads(hp.syllables, lp.syllables_forward) || sino_korean_reads(hp.syllables, lp.syllables_reversed)))
    return true;
  // (and of two syllables, a surname and a given name of one each: "진호" for 陳浩, "Chen Hao"; a Korean name
  // is never so spelled in Latin)
  if (lp.pinyin && h.size() == 1 && lp.syllables_forward.size() == 2 && lp.words.size() == 2 && hangul_syllable_count(hp.joined) == 2 &&
      hp.joined.size() == 6) {
    const std::vector<std::string> syllables = code_points(hp.joined);
    if (sino_korean_reads(syllables, lp.syllables_forward) || sino_korean_reads(syllables, lp.syllables_reversed)) return true;
  }
  if (!lp.full) return false;
  if (!hp.vietnamese_surname.empty()) {
    if (lp.second_third.size() != hp.vietnamese_keys.size() || lp.front != hp.vietnamese_surname) return false;
    for (std::size_t q = 0; q < hp.vietnamese_keys.size(); ++q)
      if (!hangul_matches_latin(hp.vietnamese_keys[q], lp.second_third[q])) return false;
    return true;
  }
  auto word_matches = [](const PhoneticKeys& hw, const LatinPerson::Word& lw) {
    return hangul_matches_latin(hw, lw.plain) || (lw.has_iberian && hangul_matches_latin(hw, lw.iberian)) ||
           (lw.has_spanish && hangul_matches_latin(hw, lw.spanish)) || (lw.has_german && hangul_matches_latin(hw, lw.german)) ||
           (lw.has_brazilian && hangul_matches_latin(hw, lw.brazilian)) ||
           (lw.has_final_e && hangul_matches_latin(hw, lw.final_e)) ||
           (lw.has_indic && hangul_matches_latin(hw, lw.indic)) || (lw.has_aspirate && hangul_matches_latin(hw, lw.aspirate)) ||
           (lw.has_indonesian && hangul_matches_latin(hw, lw.indonesian)) || (lw.has_thai && hangul_matches_latin(hw, lw.thai)) ||
           (lw.has_swedish && hangul_spells_latin_exactly(hw, lw.swedish)) || (lw.has_wh && hangul_matches_latin(hw, lw.wh)) ||
           (lw.has_kh && hangul_matches_latin(hw, lw.kh)) || (lw.has_slavic && hangul_matches_latin(hw, lw.slavic)) ||
           (lw.has_v && hangul_spells_latin_exactly(hw, lw.v)) || (lw.has_j && hangul_spells_latin_exactly(hw, lw.j)) ||
           (lw.has_th && hangul_spells_latin_exactly(hw, lw.th)) || (lw.has_turkish && hangul_matches_latin(hw, lw.turkish)) ||
           (lw.has_hebrew && hangul_spells_latin_exactly(hw, lw.hebrew)) || (lw.has_ukrainian && hangul_matches_latin(hw, lw.ukrainian)) ||
           (lw.has_ukrainian_g && hangul_matches_latin(hw, lw.ukrainian_g)) || (lw.has_hungarian && hangul_matches_latin(hw, lw.hungarian));
  };
  // (a surname with its particles glued to it in both scripts, the particle as the language reads it: "드그로트" of "아넬리스 드
  // 그로트" / "deGroot" of "Annelies de Groot", "두스산투스" / "dosSantos")
  auto particle_surname = [&](const std::string& hangul) {
    if (lp.last_particle.empty()) return false;
    static constexpr std::pair<std::string_view, std::string_view> kGlued[] = {
        {"드", "de"}, {"데", "de"}, {"두", "du"}, {"뒤", "du"}, {"델", "del"}, {"디", "di"}, {"다", "da"}, {"반", "van"}, {"판", "van"},
        {"폰", "von"}, {"르", "le"}, {"라", "la"}, {"두스", "dos"}, {"도스", "dos"}, {"다스", "das"}, {"반데르", "vander"},
        {"판데르", "vander"}, {"반덴", "vanden"}, {"판덴", "vanden"}, {"데라", "dela"}, {"델라", "dela"}};
    for (const auto& [ko, latin] : kGlued)
      if (lp.last_particle == latin && hangul.size() > ko.size() + 3 && hangul.compare(0, ko.size(), ko) == 0) {
        const PhoneticKeys rest = hangul_keys(hangul.substr(ko.size()));
        if (hangul_matches_latin(rest, lp.last_bare) || hangul_spells_latin_exactly(rest, lp.last_bare_french) ||
            hangul_matches_latin(rest, lp.last_bare_brazilian))
          return true;
      }
    return false;
  };
  const auto& lw = lp.word_keys;
  // Names of three words, in the same order in both scripts ("아나 베아트리스 소자" / "Ana Beatriz
  // Souza"); a middle name left out in one script ("아나 소자", "Ana Souza"), or a second surname
  // ("발레리아 몬토야" / "Valeria Montoya Ríos")
  if (hp.three_words && lw.size() == 3)
    return word_matches(hp.keys[0], lw[0]) && word_matches(hp.keys[1], lw[1]) && (word_matches(hp.keys[2], lw[2]) || particle_surname(h[2]));
  if (hp.three_words && lw.size() == 2)
    return (word_matches(hp.keys[0], lw[0]) &&
            (word_matches(hp.keys[2], lw[1]) || (lp.hyphenated_surname && hangul_matches_latin(hp.keys[1], lp.surname_head) &&
                                                 hangul_matches_latin(hp.keys[2], lp.surname_tail)))) ||
           // (a given name and two surnames, the surnames alone in Latin: "루이스 로페스 오르테가" / "López Ortega")
           (word_matches(hp.keys[1], lw[0]) && word_matches(hp.keys[2], lw[1]));
  // Names of four words, two given names and two surnames (Portuguese, Spanish): all four in order, or
  // one of the middle two left out in either script ("치아구 노게이라 바스투스" / "Thiago Henrique Nogueira
  // Bastos", "치아구 엔히키 노게이라 바스투스" / "Thiago Nogueira Bastos")
  if (hp.four_words && lw.size() == 4)
    return word_matches(hp.keys[0], lw[0]) && word_matches(hp.keys[1], lw[1]) && word_matches(hp.keys[2], lw[2]) &&
           word_matches(hp.keys[3], lw[3]);
  // (or both given names and the father's surname: "안드레스 펠리페 레스트레포" / "Andrés Felipe Restrepo Gaviria")
  if (hp.three_words && lw.size() == 4)
    return word_matches(hp.keys[0], lw[0]) &&
           ((word_matches(hp.keys[2], lw[3]) && (word_matches(hp.keys[1], lw[1]) || word_matches(hp.keys[1], lw[2]))) ||
            (word_matches(hp.keys[1], lw[1]) && word_matches(hp.keys[2], lw[2])));
  if (hp.four_words && lw.size() == 3)
    return word_matches(hp.keys[0], lw[0]) && word_matches(hp.keys[3], lw[2]) &&
           (word_matches(hp.keys[1], lw[1]) || word_matches(hp.keys[2], lw[1]));
  // (or the given name and one surname: "디에고 알레한드로 에르난데스 루나" / "Diego Hernández", the father's in Spanish,
  // "Thiago Bastos", the last in Portuguese)
  // (or the two surnames alone: "마리아 페르난다 로페스 오르테가" / "López Ortega")
  if (hp.four_words && lw.size() == 2)
    return (word_matches(hp.keys[0], lw[0]) && (word_matches(hp.keys[2], lw[1]) || word_matches(hp.keys[3], lw[1]))) ||
           (word_matches(hp.keys[2], lw[0]) && word_matches(hp.keys[3], lw[1]));
  if (hp.four_words) return false;
  // (or the two surnames without the given name: "모레이라 리마" / "Gustavo Moreira Lima", "루이스 데라가르사" /
  // "María Fernanda Ruiz de la Garza")
  // (or the given name and the father's surname of two given names and two surnames: "토마스 발디비아" / "Tomás Ignacio Valdivia
  // Urrutia")
  if (hp.two_words && lw.size() >= 3) {
    const std::size_t last = lw.size() - 1;
    const bool muhammad_first = is_muhammad(letters_lower(lp.words.front()));
    return (word_matches(hp.keys[0], lw[0]) && (word_matches(hp.keys[1], lw[1]) || word_matches(hp.keys[1], lw[last]) ||
                                                particle_surname(h[1]) || (lw.size() == 4 && word_matches(hp.keys[1], lw[2])))) ||
           // (the second given name, the one a person goes by, and the father's surname: "카밀라 오스피나" / "María Camila Ospina
           // Duque")
           (lw.size() == 4 && word_matches(hp.keys[0], lw[1]) && word_matches(hp.keys[1], lw[2])) ||
           (word_matches(hp.keys[0], lw[last - 1]) && word_matches(hp.keys[1], lw[last])) ||
           // (the surname alone with its particle written apart: "두스 산투스" / "João Pedro dos Santos")
           particle_surname(h[0] + h[1]) ||
           // (without the Muhammad that opens it: "라피쿨 이슬람" / "Md. Rafiqul Islam Chowdhury", "이드리스 차우드리" / "Muhammad Idris
           // Chaudhry")
           (muhammad_first && word_matches(hp.keys[0], lw[1]) && (word_matches(hp.keys[1], lw[2]) || word_matches(hp.keys[1], lw[last])));
  }
  if (h.size() == 2) {
    if (lw.size() != 2 || !hp.two_words) return false;
    if (particle_surname(h[0] + h[1])) return true;
    // (a surname with its particle alone, the particle glued to it in the Latin words: "드 빌뇌브" / "Charles-Henri de
    // Villeneuve", "반 데이크" / "Pieter van Dijk")
    if (!lp.last_particle.empty()) {
      static constexpr std::pair<std::string_view, std::string_view> kParticles[] = {
          {"드", "de"}, {"데", "de"}, {"두", "du"}, {"뒤", "du"}, {"델", "del"}, {"디", "di"}, {"다", "da"},
          {"반", "van"}, {"판", "van"}, {"폰", "von"}, {"르", "le"}, {"라", "la"}, {"엘", "el"}, {"알", "al"}};
      for (const auto& [ko, latin] : kParticles)
        if (h[0] == ko && lp.last_particle == latin &&
            (hangul_matches_latin(hp.keys[1], lp.last_bare) || hangul_spells_latin_exactly(hp.keys[1], lp.last_bare_french)))
          return true;
    }
    // (a hyphenated surname's halves alone, written apart: "압델 라만" / "Karim Abdel-Rahman")
    if (lp.hyphenated_surname && hangul_matches_latin(hp.keys[0], lp.surname_head) && hangul_matches_latin(hp.keys[1], lp.surname_tail))
      return true;
    if ((word_matches(hp.keys[0], lw[0]) && (word_matches(hp.keys[1], lw[1]) || particle_surname(h[1]))) ||
        (word_matches(hp.keys[0], lw[1]) && word_matches(hp.keys[1], lw[0])))
      return true;
    // a Western given name and a Korean surname in any of its spellings ("그레이스 임" / "Grace Lim",
    // "Grace Yim"; "헨리 이" / "Henry Lee")
    if (hangul_syllable_count(h[1]) == 1 && surname_matches_latin(h[1], lp.back) && word_matches(hp.keys[0], lw[0])) return true;
    // a Vietnamese surname as Korean writes it, after a given name of another language or before one
    // ("앵거스 쩐" / "Aengus Tran": Tr is a ㅉ)
    if ((vietnamese_surname_latin(h[1]) == lp.back && word_matches(hp.keys[0], lw[0])) ||
        (vietnamese_surname_latin(h[0]) == lp.front && word_matches(hp.keys[1], lw[1])))
      return true;
    // a French name read the French way, both words ("카미유 페랑" / "Camille Ferrand")
    // (the surname spelled exactly, the given name close: "기욤" is near "giyome")
    // (a hyphenated surname's first part alone, as Korean shortens it: "위그 빌뇌브" / "Hugues Villeneuve-Cazaux")
    return hangul_matches_latin(hp.keys[0], lp.french_first) &&
           (hangul_spells_latin_exactly(hp.keys[1], lp.french_second) ||
            (lp.hyphenated_surname && hangul_spells_latin_exactly(hp.keys[1], lp.french_second_head)));
  }
  if (!hp.korean) return false;
  if (!lp.joined.empty() && (hp.romanized == lp.joined || hp.romanized == lp.joined_reversed)) return true;
  // The surname in Latin is the first or the last word, in any of its spellings (Lee, Yi, Rhee);
  // the given name is the rest, hyphenated, split or joined ("Ji-woo", "Ji Woo", "Jiwoo")
  // (not the loose phonetic key: it hears 준영 in "Sung-hyun")
  // (surname_matches_latin and korean_name_spelled on the prepared lists: a word is spelled only
  // if its first letter starts a spelling, and surname_matches_latin is membership in the list)
  auto given_matches = [](const HangulPerson::Split& s, const std::string& latin_given) {
    return s.given_rr == latin_given || (may_start(s.given_initials, latin_given) && korean_name_spelled(s.given, latin_given));
  };
  for (const HangulPerson::Split& s : hp.split) {
    if (!s.ok) continue;
    auto sur_ok = [&](const std::string& lw) {
      if (!may_start(s.surname_initials, lw)) return false;
      return std::find(s.surname_spellings.begin(), s.surname_spellings.end(), lw) != s.surname_spellings.end() ||
             korean_name_spelled(s.surname, lw);
    };
    if (sur_ok(lp.front) && given_matches(s, lp.rest_after_first)) return true;  // "Han Ji-woo", "Han Ji Woo"
    // "CH Kim" for 김창한: the given name by its syllables' initials, in capitals, before the surname
    if (lp.words.size() == 2 && sur_ok(lp.back) && lp.words[0].size() == 2 && std::isupper(static_cast<unsigned char>(lp.words[0][0])) &&
        std::isupper(static_cast<unsigned char>(lp.words[0][1]))) {
      const std::vector<std::string> given = code_points(s.given);
      bool all = given.size() == 2;
      for (std::size_t q = 0; all && q < 2; ++q) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(lp.words[0][q])));
        bool one = letters_lower(romanize(given[q])).rfind(c, 0) == 0;
        for (const std::string& sp : korean_name_spellings(given[q])) one = one || letters_lower(sp).rfind(c, 0) == 0;
        all = one;
      }
      if (all) return true;
    }
    if (sur_ok(lp.back) && given_matches(s, lp.rest_before_last)) return true;   // "Jiwoo Han", "Ji-woo Han"
  }
  return false;
}

bool person_names_match(std::string_view hangul, std::string_view latin) {
  return person_names_match(prepare_hangul_person(hangul), prepare_latin_person(latin));
}

LatinPersonIndex::LatinPersonIndex(const std::vector<LatinPerson>& names) : size_(static_cast<std::uint32_t>(names.size())) {
  for (std::uint32_t i = 0; i < names.size(); ++i) {
    const LatinPerson& p = names[i];
    if (p.pinyin) {
      add(p.pinyin_forward, i);
      add(p.pinyin_reversed, i);
      // (7) Korean readings: every reading of the first syllable in either order, marked by a \x01
      for (const auto* order : {&p.syllables_forward, &p.syllables_reversed}) {
        if (order->empty()) continue;
        const std::string_view readings = sino_korean_readings(order->front());
        for (std::size_t k = 0; k + 3 <= readings.size(); k += 3) add("\x01" + std::string(readings.substr(k, 3)), i);
      }
    }
    for (const std::string& wg : p.wade_giles) add(wg, i);  // (8) Wade-Giles: as pinyin
    if (!p.full) continue;
    if (!p.joined.empty()) {
      add(p.joined, i);
      add(p.joined_reversed, i);
    }
    add(p.front, i);
    add(p.back, i);
  }
}

void LatinPersonIndex::add(const std::string& key, std::uint32_t name) {
  std::vector<std::uint32_t>& list = by_key_[key];
  if (list.empty() || list.back() != name) list.push_back(name);
}

// Why this drops no pair person_names_match() accepts. Its ways to a match, in order:
// (1) the surname alone: only when hangul.alone; (2) pinyin: hangul.joined equals the Latin
// name's pinyin_forward or pinyin_reversed (indexed when pinyin); then nothing unless the Latin
// name is `full`; (3) two Hangul words: only when hangul has two words; (4) hangul.korean: its
// romanization equals `joined` or `joined_reversed` (indexed), or for a split of the name,
// sur_ok(front) or sur_ok(back), where sur_ok(w) = surname_matches_latin(surname, w) ||
// korean_name_spelled(surname, w) holds only when w (letters, lower case, as `front` and `back`
// are stored) is in surname_spellings(surname) or korean_name_spellings(surname) (the lists of
// every string those two accept); (5) a Vietnamese name of three words: the Latin name's `front`
// (indexed) equals its surname's spelling; (6) three Hangul words, or two against three Latin ones:
// compared with all; (7) a Korean reading of a pinyin name (a Korean full name, or a word of two syllables): its first
// syllable is a reading of the Latin name's first syllable in either order (indexed as \x01 + reading); (8) Wade-Giles: hangul.joined
// is one of the Latin name's wade_giles readings (indexed). A name that may take (1),
// (3) or (6) is compared with all, and so is one of four Hangul words.
std::vector<std::uint32_t> LatinPersonIndex::candidates(const HangulPerson& hangul) const {
  std::vector<std::uint32_t> out;
  if (hangul.alone || hangul.words.size() == 2 || hangul.three_words || hangul.four_words) {
    out.resize(size_);
    for (std::uint32_t i = 0; i < size_; ++i) out[i] = i;
    return out;
  }
  auto take = [&](const std::string& key) {
    if (const auto it = by_key_.find(key); it != by_key_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  };
  take(hangul.joined);
  if (hangul.chinese != hangul.joined) take(hangul.chinese);
  take(hangul.vietnamese_surname);  // (5) a Vietnamese name: its surname is the Latin name's `front`
  // (7) also for two syllables in one word ("진호" / "Chen Hao")
  if (!hangul.korean && hangul.words.size() == 1 && hangul_syllable_count(hangul.joined) == 2 && hangul.joined.size() == 6)
    take("\x01" + hangul.joined.substr(0, 3));
  if (hangul.korean) {
    take(hangul.romanized);
    if (!hangul.syllables.empty()) take("\x01" + hangul.syllables.front());
    for (const HangulPerson::Split& s : hangul.split) {
      if (!s.ok) continue;
      for (const std::string& x : surname_spellings(s.surname)) take(x);
      for (const std::string& x : korean_name_spellings(s.surname)) take(x);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace inmaek::extract
