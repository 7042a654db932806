#include "extract/cross_lingual_internal.h"

#include <string>
#include <utility>
#include <vector>

#include "extract/romanize.h"
#include "extract/utf8.h"

namespace inmaek::extract {

bool has_hangul(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size())
    if (is_hangul_syllable(decode_utf8(s, i))) return true;
  return false;
}

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

std::size_t syllables(std::string_view s) {
  std::size_t i = 0, n = 0;
  while (i < s.size()) {
    if (!is_hangul_syllable(decode_utf8(s, i))) return 0;
    ++n;
  }
  return n;
}

}  // namespace

bool person_names_match(std::string_view hangul, std::string_view latin) {
  const std::vector<std::string> l = split_words(latin), h = split_words(hangul);
  if (l.size() < 2 || l.size() > 3) return false;
  for (const std::string& w : l)
    if (has_hangul(w) || w.size() < 2) return false;
  if (h.size() == 2) {
    if (l.size() != 2 || !syllables(h[0]) || !syllables(h[1])) return false;
    return (hangul_matches_latin(h[0], l[0]) && hangul_matches_latin(h[1], l[1])) ||
           (hangul_matches_latin(h[0], l[1]) && hangul_matches_latin(h[1], l[0]));
  }
  if (h.size() != 1 || syllables(h[0]) < 3 || syllables(h[0]) > 4 || l.size() != 2) return false;
  const std::string romanized = letters_lower(romanize(h[0], {.as_person_name = true}));
  if (romanized == letters_lower(l[0] + l[1]) || romanized == letters_lower(l[1] + l[0])) return true;
  std::size_t i = 0;
  decode_utf8(h[0], i);  // the surname syllable
  const std::string sur = h[0].substr(0, i), given = h[0].substr(i);
  return (hangul_matches_latin(sur, l[0]) && hangul_matches_latin(given, l[1])) ||
         (hangul_matches_latin(sur, l[1]) && hangul_matches_latin(given, l[0]));
}

// Organisation and product names across languages: "윤슬AI" / "Yunseul AI", "별빛캐피털" /
// "Byeolbit Capital", "하이퍼리프 랩스" / "Hyperleaf Labs", "물결-2" / "Mulgyeol-2". A known suffix
// word must correspond, digits must be equal, and the head must romanise to, or transliterate, the
// Latin head.
bool org_names_match(std::string_view hangul, std::string_view latin) {
  static constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
      {"AI", "ai"},           {"랩스", "labs"},       {"랩", "lab"},           {"캐피털", "capital"},
      {"캐피탈", "capital"},  {"벤처스", "ventures"}, {"파트너스", "partners"}, {"테크", "tech"},
      {"로보틱스", "robotics"}, {"인텔리전스", "intelligence"}, {"코리아", "korea"}, {"재팬", "japan"}};
  auto digits = [](std::string_view x) {
    std::string out;
    for (char c : x)
      if (c >= '0' && c <= '9') out += c;
    return out;
  };
  if (has_hangul(latin) || !has_hangul(hangul) || digits(hangul) != digits(latin)) return false;
  std::string h;  // the Hangul head, without spaces, hyphens, digits
  std::size_t i = 0;
  while (i < hangul.size()) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(hangul, i);
    if (is_hangul_syllable(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) h.append(hangul.substr(start, i - start));
  }
  std::string l = letters_lower(latin);
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
  if (l.size() < 4 || !syllables(h) || syllables(h) < 2) return false;
  if (letters_lower(romanize(h)) == l) return true;
  return syllables(h) >= 3 && hangul_matches_latin(h, l);
}

}  // namespace inmaek::extract
