#include "extract/cross_lingual_internal.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/hangul_words.h"
#include "extract/romanize.h"
#include "extract/utf8.h"

namespace inmaek::extract {

std::string_view sino_korean_tsv();  // generated from extract/data/sino_korean.tsv

// Readings of Latin names for the cross-lingual name tests (cross_lingual_person.cpp,
// cross_lingual_org.cpp).
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

std::string fold_latin(std::string_view s) {
  static constexpr std::string_view kLatin1 = "AAAAAAACEEEEIIIIDNOOOOO OUUUUYTsaaaaaaaceeeeiiiidnooooo ouuuuyty";  // U+00C0..U+00FF
  static constexpr std::string_view kExtendedA =                                                      // U+0100..U+017F
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t c = decode_utf8(s, i);
    char base = 0;
    if (c >= 0xC0 && c <= 0xFF) base = kLatin1[c - 0xC0];
    else if (c >= 0x100 && c <= 0x17F) base = kExtendedA[c - 0x100];
    else if (c >= 0x218 && c <= 0x21B) base = "SsTt"[c - 0x218];  // Romanian Ș ș Ț ț (comma below)
    else if (c >= 0x1CD && c <= 0x1DC) base = "AaIiOoUuUuUuUuUu"[c - 0x1CD];  // pinyin's third tone: Ǎ ǎ … ǜ
    else if (c == 0x1A0 || c == 0x1A1) base = c == 0x1A0 ? 'O' : 'o';  // Ơ ơ
    else if (c == 0x1AF || c == 0x1B0) base = c == 0x1AF ? 'U' : 'u';  // Ư ư
    else if (c >= 0x1EA0 && c <= 0x1EF9) {  // Vietnamese: Ạ ... ỹ, upper case at even code points
      const char upper = c <= 0x1EB7 ? 'A' : c <= 0x1EC7 ? 'E' : c <= 0x1ECB ? 'I' : c <= 0x1EE3 ? 'O' : c <= 0x1EF1 ? 'U' : 'Y';
      base = c % 2 == 0 ? upper : static_cast<char>(upper | 0x20);
    }
    if (c >= 0x300 && c <= 0x36F) continue;  // a combining mark ("Ìmọ̀": a tone over a dotted o)
    if (base != 0) {
      if (base != ' ') out += base;
    } else {
      out.append(s.substr(at, i - at));
    }
  }
  return out;
}

std::string letters_lower(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) out += static_cast<char>(c | 0x20);
  return out;
}

// Every `from` in w replaced by `to`, left to right (the readings below).
static void replace_all(std::string& w, std::string_view from, std::string_view to) {
  for (std::size_t at = w.find(from); at != std::string::npos; at = w.find(from, at + to.size())) w.replace(at, from.size(), to);
}

// A Portuguese or Spanish name respelled as it sounds, for the transliteration tests (Korean
// writes Brazilian and Spanish names that way): an initial or double r is an h ("Rafael" -> "hafael",
// 하파엘), j is an h ("Juan" -> "huan", 후안), lh and nh are ly and ny, ll is a y. Applied as a second
// reading only.
std::string iberian_reading(std::string_view word) {
  std::string w = letters_lower(word);
  const bool initial_r = !w.empty() && w[0] == 'r';
  if (initial_r) w[0] = 'h';
  if (!w.empty() && w[0] == 'j') w[0] = 'h';
  replace_all(w, "rr", "h");
  replace_all(w, "lh", "ly");
  replace_all(w, "nh", "ny");
  replace_all(w, "ll", "y");
  // (a final e after a consonant is spoken: "José" is 호세, "Vicente" 비센테)
  if (w != letters_lower(word) && w.size() >= 3 && w.back() == 'e' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    w.back() = 'a';
  return w;
}

// A Brazilian name respelled as it sounds, beside iberian_reading: t and d before i are the ch and j
// Korean writes, a final o a u and a final e an i, sc before e or i an s, th a t, qu before e or i a k,
// an initial h silent and an r after n the h sound ("Thiago" -> "chiagu", 치아구; "Nascimento" ->
// "nasimentu", 나시멘투; "Henrique" -> "enhiki", 엔히키). Applied as a second reading only.
std::string brazilian_reading(std::string_view word) {
  // (iberian_reading's r, rr, lh and nh, but a j stays the ㅈ Portuguese says: "João" 주앙; ç is an s)
  std::string cedilla(word);
  replace_all(cedilla, "\xC3\xA7", "s");
  replace_all(cedilla, "\xC3\x87", "S");
  std::string w = letters_lower(fold_latin(cedilla));
  const bool initial_r = !w.empty() && w[0] == 'r';
  if (initial_r) w[0] = 'h';
  replace_all(w, "rr", "h");
  replace_all(w, "lh", "ly");
  replace_all(w, "nh", "ny");
  // nasal endings and x between vowels: "João" -> "joang" (주앙), "Magalhães" -> "magalyangis" (마갈량이스),
  // "Teixeira" -> "teisheira" (테이셰이라)
  if (w.size() >= 3 && w.ends_with("ao")) w.replace(w.size() - 2, 2, "ang");
  if (w.size() >= 4 && w.ends_with("aes")) w.replace(w.size() - 3, 3, "angis");
  if (w.size() >= 4 && w.ends_with("oes")) w.replace(w.size() - 3, 3, "ongis");
  for (std::size_t k = 1; k + 1 < w.size(); ++k)
    if (w[k] == 'x' && std::string_view("aeiou").find(w[k - 1]) != std::string_view::npos &&
        std::string_view("aeiou").find(w[k + 1]) != std::string_view::npos)
      w.replace(k, 1, "sh"), ++k;
  // (a silent h, not the h an initial r became: "Reis" is 헤이스)
  if (w.size() > 3 && w[0] == 'h' && w[1] != 'h' && !initial_r) w.erase(0, 1);
  replace_all(w, "nr", "nh");
  replace_all(w, "que", "ke");
  replace_all(w, "qui", "ki");
  if (w.size() >= 4 && w.back() == 'e' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos) w.back() = 'i';
  replace_all(w, "th", "t");
  replace_all(w, "sce", "se");
  replace_all(w, "sci", "si");
  replace_all(w, "ti", "chi");
  replace_all(w, "di", "ji");
  if (w.size() >= 3 && w.back() == 'o') w.back() = 'u';
  if (w.size() >= 4 && w.compare(w.size() - 2, 2, "os") == 0) w[w.size() - 2] = 'u';
  // (an l after a vowel and before a consonant is the u Brazilians say: "Gonçalves" -> "gonsauves", 곤사우베스)
  for (std::size_t k = 1; k + 1 < w.size(); ++k)
    if (w[k] == 'l' && std::string_view("aeiou").find(w[k - 1]) != std::string_view::npos &&
        std::string_view("aeiouy").find(w[k + 1]) == std::string_view::npos && w[k + 1] != 'l')
      w[k] = 'u';
  return w;
}

// A German name respelled as it sounds: ch inside a word is the h Korean writes ("Albrecht" -> "albrehit",
// 알브레히트; "Bach" -> "bah"), sch an sh, ei an ai and eu an oi ("Feldgeist" -> "feltgaist", 펠트가이스트;
// "Neumann" 노이만), a d at the end of a syllable a t, w a v ("Waldgeist" 발트가이스트), an initial sp or st as
// shp, sht ("Spreewerk" 슈프레베르크). Applied as a second reading only.
std::string german_reading(std::string_view word) {
  std::string w = letters_lower(fold_latin(word));
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  for (std::size_t k = 1; k < w.size(); ++k)
    if (w[k] == 'd' && w[k - 1] != 'd' && (k + 1 == w.size() || (!vowel(w[k + 1]) && w[k + 1] != 'r' && w[k + 1] != 'l'))) w[k] = 't';
  replace_all(w, "ei", "ai");
  replace_all(w, "eu", "oi");
  for (char& c : w)
    if (c == 'w') c = 'v';
  // (an initial sp or st is shp, sht: "Spreewerk" 슈프레베르크, "Stein" 슈타인)
  if (w.size() > 3 && w[0] == 's' && (w[1] == 'p' || w[1] == 't')) w.insert(1, "h");
  for (std::size_t at = w.find("sch"); at != std::string::npos; at = w.find("sch", at + 2)) w.replace(at, 3, "sh");
  // (after a front vowel or a consonant the ich-sound is written 히: "Albrecht" 알브레히트, "Richter" 리히터)
  for (std::size_t at = w.find("ch", 1); at != std::string::npos; at = w.find("ch", at + 1))
    w.replace(at, 2, std::string_view("aou").find(w[at - 1]) == std::string_view::npos ? "hi" : "h");
  return w;
}

// A Spanish name respelled as it sounds (a second Romance reading beside iberian_reading, whose r and
// rr are Portuguese): a written h is silent ("Herrera" -> "errera", 에레라; "Hernández" -> 에르난데스),
// j is an h, ll a y. Applied as a second reading only.
std::string spanish_reading(std::string_view word) {
  std::string w = letters_lower(fold_latin(word));
  if (w.size() > 3 && w[0] == 'h') w.erase(0, 1);
  // (and an initial x before a vowel is the old spelling of that h: "Ximena" 히메나, "Xavier" 하비에르)
  if (w.size() > 3 && w[0] == 'x' && std::string_view("aeiou").find(w[1]) != std::string_view::npos) w[0] = 'j';
  for (char& c : w)
    if (c == 'j') c = 'h';
  for (std::size_t at = w.find("ll"); at != std::string::npos; at = w.find("ll", at + 1)) w.replace(at, 2, "y");
  // (a final e after a consonant is spoken: "Gómez Vicente" is 비센테)
  if (w.size() >= 3 && w.back() == 'e' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos) w.back() = 'a';
  // (a Catalan final -ig after a vowel is a ch: "Puig" 푸치, "Roig" 로치)
  if (w.size() >= 4 && w.ends_with("ig") && std::string_view("aeou").find(w[w.size() - 3]) != std::string_view::npos)
    w.replace(w.size() - 2, 2, "ch");
  return w;
}

// An Indian name with its aspirates written plainly, as Korean writes them: "Raghunathan" -> "ragunatan"
// (라구나탄), "Siddharth" -> "sidart", "Bhavesh" -> "bavesh", "Krishna" -> "krishuna". Applied as a second
// reading only.
std::string indic_reading(std::string_view word) {
  std::string w = letters_lower(word);
  // (and a v between vowels is the w Korean often writes: "Raghavan" is 라가완 as well as 라가반)
  for (std::size_t k = 1; k + 1 < w.size(); ++k)
    if (w[k] == 'v' && std::string_view("aeiou").find(w[k - 1]) != std::string_view::npos &&
        std::string_view("aeiou").find(w[k + 1]) != std::string_view::npos)
      w[k] = 'w';
  for (std::size_t k = 1; k < w.size();)
    if (w[k] == 'h' && (w[k - 1] == 'g' || w[k - 1] == 'd' || w[k - 1] == 'b' || w[k - 1] == 't' || w[k - 1] == 'k' ||
                        w[k - 1] == 'j' || w[k - 1] == 'p'))
      w.erase(k, 1);
    else
      ++k;
  // (and sh before a consonant is the 슈 Korean writes: "Krishna" 크리슈나, "Lakshmi" 락슈미, "Vishnu" 비슈누)
  for (std::size_t k = 1; k + 2 < w.size(); ++k)
    if (w[k - 1] == 's' && w[k] == 'h' && std::string_view("aeiouy").find(w[k + 1]) == std::string_view::npos) w.insert(k + 1, 1, 'u');
  return w;
}

// A Turkish name respelled as it sounds, as Korean writes it: ğ is silent ("Ağaoğlu" -> "aaolu", 아아올루), ı a u,
// ş an sh, ç a ch, c a j, ö an o and ü a u ("Karadağlı" -> "karadalu"). Only for a word with a letter of Turkish
// alone (ğ, ı, ş, or ç beside another of them); else "". A second reading only.
std::string turkish_reading(std::string_view word) {
  std::string w;
  bool marked = false;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t at = i;
    const char32_t c = decode_utf8(word, i);
    switch (c) {
      case U'Ğ': case U'ğ': marked = true; break;
      case U'I': w += "i"; break;
      case U'ı': w += "u"; marked = true; break;
      case U'İ': w += "i"; marked = true; break;
      case U'Ş': case U'ş': w += "sh"; marked = true; break;
      case U'Ç': case U'ç': w += "ch"; break;
      case U'C': case U'c': w += "j"; break;
      case U'Ö': case U'ö': w += "o"; break;
      case U'Ü': case U'ü': w += "u"; break;
      default: w += letters_lower(fold_latin(word.substr(at, i - at)));
    }
  }
  if (!marked || w.size() < 3) return {};
  return w;
}

// A Polish, Czech or Slovak name respelled as it sounds, as Korean writes it: ł is a w, ř an r and a zh
// ("Dvořák" -> "dvorzhak", 드보르자크), š, sz an sh, č, cz, ć a ch, ž, ż, rz a zh, ch an h, c a ts,
// w a v, j a y ("Pachocki" -> "pahotski", 파호츠키; "Łukasz" -> "wukash", 우카시). Only for a word with
// such a letter or cluster, or a Slavic ending (-ski, -cki, -wicz); else "". A second reading only.
std::string slavic_reading(std::string_view word) {
  std::string w;
  bool marked = false;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t at = i;
    const char32_t c = decode_utf8(word, i);
    switch (c) {
      case U'Ł': case U'ł': w += "\x02"; marked = true; break;  // (a w that stays one)
      case U'Ř': case U'ř': w += "r\x03"; marked = true; break;  // (r, then a zh)
      case U'Š': case U'š': case U'Ś': case U'ś': w += "sh"; marked = true; break;
      case U'Č': case U'č': case U'Ć': case U'ć': w += "\x01"; marked = true; break;  // (a ch that stays one)
      case U'Ž': case U'ž': case U'Ż': case U'ż': case U'Ź': case U'ź': w += "zh"; marked = true; break;
      case U'Ě': case U'ě': w += "ye"; marked = true; break;
      case U'Ó': case U'ó': case U'Ů': case U'ů': w += "u"; break;
      case U'Ň': case U'ň': case U'Ń': case U'ń': w += "n"; marked = true; break;
      default: w += letters_lower(fold_latin(word.substr(at, i - at)));
    }
  }
  for (std::string_view end : {"ski", "cki", "ska", "cka", "wicz", "czyk"}) marked = marked || w.ends_with(end);
  for (std::string_view cluster : {"sz", "cz", "rz"}) marked = marked || w.find(cluster) != std::string::npos;
  if (!marked || w.size() < 3) return {};
  replace_all(w, "cz", "\x01");
  replace_all(w, "sz", "sh");
  replace_all(w, "rz", "zh");
  replace_all(w, "ch", "h");
  std::string out;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k] == 'c') out += "ts";
    else if (w[k] == 'w') out += "v";
    else if (w[k] == 'j') out += "y";
    else out += w[k];
  }
  replace_all(out, "\x01", "ch");
  replace_all(out, "\x02", "w");
  replace_all(out, "\x03", "zh");
  return out;
}

// A Hungarian name respelled as it sounds, as Korean writes it: cs is a ch, sz an s, zs a zh, gy a j, s alone an sh,
// c a ts ("Kovács" -> "kovach", 코바치; "Eszter" -> "ester", 에스테르; "Szabó" -> "sabo", 서보). Only for a word with a
// letter of Hungarian alone (ő, ű) or a cluster of it (cs, sz, zs, gy); else "". A second reading only.
std::string hungarian_reading(std::string_view word) {
  std::string w;
  bool marked = false;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t at = i;
    const char32_t c = decode_utf8(word, i);
    if (c == U'\u0150' || c == U'\u0151' || c == U'\u0170' || c == U'\u0171') marked = true;  // Ő ő Ű ű
    w += letters_lower(fold_latin(word.substr(at, i - at)));
  }
  for (std::string_view cluster : {"cs", "sz", "zs", "gy"}) marked = marked || w.find(cluster) != std::string::npos;
  if (!marked || w.size() < 3) return {};
  std::string out;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const std::string_view two = std::string_view(w).substr(k, 2);
    if (two == "cs") out += "ch", ++k;
    else if (two == "sz") out += "s", ++k;
    else if (two == "zs") out += "zh", ++k;
    else if (two == "gy") out += "j", ++k;
    else if (w[k] == 's') out += "sh";
    else if (w[k] == 'c') out += "ts";
    else out += w[k];
  }
  return out;
}

// A Ukrainian name respelled as Korean writes it: its y between consonants or at the end is an i
// ("Hrytsenko" -> "hritsenko", 흐리첸코); with `russian`, its h is also the g of the Russian spelling Korean
// outlets often read ("Hrytsenko" -> "gritsenko", 그리첸코; "Oleh" 올레그). Only for a word of Ukrainian shape (an
// ending -enko, -chuk, -yuk, -iuk, -ych, -skyi, -skyy, or an h before r, l, n or v at its start); else "".
std::string ukrainian_reading(std::string_view word, bool russian) {
  std::string w = letters_lower(fold_latin(word));
  if (w.size() < 4) return {};
  bool marked = w[0] == 'h' && std::string_view("rlnv").find(w[1]) != std::string_view::npos;
  for (std::string_view end : {"enko", "chuk", "yuk", "iuk", "ych", "skyi", "skyy"}) marked = marked || w.ends_with(end);
  if (!marked) return {};
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::string out;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const char c = w[k];
    const bool before_consonant = k + 1 == w.size() || !(vowel(w[k + 1]) || w[k + 1] == 'y');
    if (c == 'y' && k > 0 && !vowel(w[k - 1]) && before_consonant) out += 'i';
    else if (c == 'y' && k > 0 && w[k - 1] == 'i') continue;  // ("-skyi", "-iy": one i)
    else if (russian && c == 'h' && (k == 0 || std::string_view("kzcs").find(w[k - 1]) == std::string_view::npos)) out += 'g';
    else out += c;
  }
  return out;
}

// An Indonesian or Malay name respelled as it sounds: c is the ch Korean writes ("Wicaksono" ->
// "wichaksono", 위짝소노; "Cahya" 차햐), and the old Dutch spellings dj, tj, sj, oe and ie are j, ch, sh, u
// and i ("Soedirman" -> "sudirman", "Arief" -> "arif"). Applied as a second reading only.
std::string indonesian_reading(std::string_view word) {
  std::string w = letters_lower(fold_latin(word));
  replace_all(w, "dj", "j");
  replace_all(w, "tj", "ch");
  replace_all(w, "sj", "sh");
  replace_all(w, "oe", "u");
  replace_all(w, "ie", "i");
  for (std::size_t k = 0; k + 1 < w.size(); ++k)
    if (w[k] == 'c' && std::string_view("aeiou").find(w[k + 1]) != std::string_view::npos) w.insert(++k, 1, 'h');
  return w;
}

// A Thai name respelled as Thai says it, as Korean writes it: an initial sr is an s ("Srisawat" 시사왓,
// "Srisuk" 시쑥), a final l or r after a vowel an n ("Wongsakul" 웡사꾼, "Kamol" 까몬, "Sunthorn" 순톤), and a
// final -tra after a vowel a t ("Shinawatra" 친나왓). A second reading only.
std::string thai_reading(std::string_view word) {
  std::string w = letters_lower(fold_latin(word));
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (w.size() > 4 && w.compare(0, 2, "sr") == 0 && vowel(w[2])) w.erase(1, 1);
  if (w.size() > 4 && (w.back() == 'l' || w.back() == 'r') && vowel(w[w.size() - 2])) w.back() = 'n';
  else if (w.size() > 5 && w.ends_with("tra") && vowel(w[w.size() - 4])) w.resize(w.size() - 2);
  // (an rn after a vowel is the n alone: "Sunthorn" 순톤)
  if (w.size() > 4 && w.ends_with("rn") && vowel(w[w.size() - 3])) w.erase(w.size() - 2, 1);
  return w;
}

// A French name respelled the way English spelling would say it, for the transliteration tests
// (Korean writes French names as they sound): "Ferrand" -> "feran" (페랑), "Camille" -> "cami"
// (카미유), "Guillaume" -> "giyom" (기욤), "Lample" -> "lanple" (랑플). Applied as a second reading only.
std::string french_reading(std::string_view word) {
  // (a hyphenated name part by part: "Villeneuve-Cazaux" -> "vilnoevkazo", 빌뇌브카조)
  if (const std::size_t h = word.find('-'); h != std::string_view::npos && h > 0 && h + 1 < word.size())
    return french_reading(word.substr(0, h)) + french_reading(word.substr(h + 1));
  std::string w = letters_lower(fold_latin(word));  // (without accents: "Élise" is "elise")
  // an initial h is silent, and so is the e of "ville" ("Hugues" 위그, "Villeneuve" 빌뇌브)
  if (w.size() > 3 && w[0] == 'h') w.erase(0, 1);
  replace_all(w, "ville", "vil");
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  if (w.size() > 5 && w.compare(w.size() - 4, 4, "ille") == 0 && w[w.size() - 5] != 'v') w.resize(w.size() - 3);  // Camille
  // the e of a first syllable left open is a mute e, the 으 Korean writes: "Lefèvre" (르페브르), "Renaud" (르노),
  // "Leblanc" (르블랑), "Denis" (드니)
  if (w.size() > 4 && !vowel(w[0]) && w[1] == 'e' && !vowel(w[2]) && (vowel(w[3]) || w[3] == 'l' || w[3] == 'r') && w[2] != w[3] &&
      w[2] != 'r' && w[2] != 'x')
    w.erase(1, 1);
  // a final -il after a vowel is a glide: "Dubreuil" (뒤브뢰유), "Bareil", "Auteuil"
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "il") == 0 && vowel(w[w.size() - 3])) w.replace(w.size() - 2, 2, "y");
  for (std::size_t k = 0; k + 2 < w.size(); ++k)  // gu before e, i: a hard g
    if (w[k] == 'g' && w[k + 1] == 'u' && (w[k + 2] == 'e' || w[k + 2] == 'i')) w.erase(k + 1, 1);
  replace_all(w, "ill", "iy");
  // gn is a palatal n ("Aubigny" 오비니, "Montaigne" 몽테뉴); "Jean" is 장, the p of "Baptiste" silent (장바티스트)
  replace_all(w, "gn", "ny");
  if (w.starts_with("jean")) w.replace(0, 4, "jan");
  replace_all(w, "bapt", "bat");
  replace_all(w, "eau", "o");
  replace_all(w, "au", "o");
  // eu is the 외 Korean writes, u alone (not in ou) the 위: "Villeneuve" 빌뇌브, "Hugues" 위그, "Dupont" 뒤퐁
  replace_all(w, "eu", "oe");
  for (std::size_t k = 0; k < w.size(); ++k)
    if (w[k] == 'u' && (k == 0 || (w[k - 1] != 'o' && w[k - 1] != 'q' && w[k - 1] != 'g'))) w.replace(k, 1, "wi"), ++k;
  replace_all(w, "ou", "u");
  replace_all(w, "qu", "k");
  replace_all(w, "ch", "sh");
  // nasal vowels before a consonant: "Lample" -> "lanple"
  for (std::size_t k = 1; k + 1 < w.size(); ++k)
    if (w[k] == 'm' && vowel(w[k - 1]) && !vowel(w[k + 1]) && w[k + 1] != 'm') w[k] = 'n';
  // silent final consonants: "Ferrand", "Arnaud", "Dumas"
  while (w.size() > 3 && (w.back() == 'd' || w.back() == 't' || w.back() == 's' || w.back() == 'x' || w.back() == 'z') &&
         !vowel(w[w.size() - 2]) && w[w.size() - 2] != 's')
    w.pop_back();
  if (w.size() > 3 && (w.back() == 'd' || w.back() == 't' || w.back() == 's' || w.back() == 'x') && vowel(w[w.size() - 2])) w.pop_back();
  // a final e after a consonant is mute, and the consonant before it spoken: "Claire" (클레르), "Élise" (엘리즈)
  if (w.size() > 3 && w.back() == 'e' && !vowel(w[w.size() - 2])) w.pop_back();
  // doubled consonants are one
  for (std::size_t k = 1; k < w.size();)
    if (w[k] == w[k - 1] && !vowel(w[k])) w.erase(k, 1);
    else ++k;
  return w;
}

namespace {

struct PinyinFinal {
  std::string_view spelling;
  int v1, t1, v2;  // first vowel and final consonant of the first syllable, vowel of a second (ㅇ+v2) or -1
};
// jungseong: ㅏ0 ㅐ1 ㅑ2 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅣ20; jongseong: ㄴ4 ㄹ8 ㅇ21
constexpr PinyinFinal kPinyinFinals[] = {
    {"iang", 2, 21, -1}, {"iong", 17, 21, -1}, {"uang", 9, 21, -1}, {"ang", 0, 21, -1}, {"eng", 4, 21, -1},
    {"ing", 20, 21, -1}, {"ong", 13, 21, -1}, {"iao", 2, 0, 8}, {"ian", 7, 4, -1},  {"uai", 9, 0, 20},
    {"uan", 9, 4, -1},   {"ai", 0, 0, 20},    {"ao", 0, 0, 8},    {"an", 0, 4, -1},  {"ei", 5, 0, 20},
    {"en", 4, 4, -1},    {"er", 4, 8, -1},    {"ia", 2, 0, -1},   {"ie", 7, 0, -1},  {"iu", 17, 0, -1},
    {"in", 20, 4, -1},   {"ou", 4, 0, 13},    {"ua", 9, 0, -1},   {"uo", 14, 0, -1}, {"ui", 13, 0, 20},
    {"un", 13, 4, -1},   {"ue", 15, 0, -1},   {"a", 0, 0, -1},    {"e", 4, 0, -1},   {"i", 20, 0, -1},
    {"o", 8, 0, -1},     {"u", 13, 0, -1}};
// choseong: ㄱ0 ㄴ2 ㄷ3 ㄹ5 ㅁ6 ㅂ7 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18
constexpr std::pair<std::string_view, int> kPinyinInitials[] = {
    {"zh", 12}, {"ch", 14}, {"sh", 9}, {"b", 7}, {"p", 17}, {"m", 6}, {"f", 17}, {"d", 3}, {"t", 16}, {"n", 2},
    {"l", 5},   {"g", 0},   {"k", 15}, {"h", 18}, {"j", 12}, {"q", 14}, {"x", 9}, {"r", 5}, {"z", 13}, {"c", 14},
    {"s", 10},  {"y", 11},  {"w", 11}};

struct PinyinSyllable {
  std::string_view initial;  // "" for none
  int lead = 11;             // its choseong (ㅇ for none)
  const PinyinFinal* final = nullptr;
};

// The syllables of a run of pinyin (lower-case letters), or an empty vector when it is none.
std::vector<PinyinSyllable> pinyin_parse(const std::string& w) {
  std::vector<PinyinSyllable> out;
  std::size_t i = 0;
  while (i < w.size()) {
    PinyinSyllable syl;
    for (const auto& [sp, idx] : kPinyinInitials)
      if (w.compare(i, sp.size(), sp) == 0) {
        syl.initial = sp, syl.lead = idx;
        break;
      }
    i += syl.initial.size();
    for (const PinyinFinal& x : kPinyinFinals)
      if (w.compare(i, x.spelling.size(), x.spelling) == 0) {
        syl.final = &x;
        break;
      }
    if (!syl.final) return {};
    // a final n before a vowel starts the next syllable: "zhineng" is zhi-neng, not zhin-eng
    const std::string_view fs = syl.final->spelling;
    if (fs.size() >= 2 && fs.back() == 'n' && i + fs.size() < w.size() &&
        std::string_view("aeiou").find(w[i + fs.size()]) != std::string_view::npos)
      for (const PinyinFinal& x : kPinyinFinals)
        if (x.spelling == fs.substr(0, fs.size() - 1)) {
          syl.final = &x;
          break;
        }
    i += syl.final->spelling.size();
    out.push_back(syl);
  }
  return out;
}

}  // namespace

// A Latin word read as Mandarin pinyin and written the way Korean writes Chinese names and places
// (국립국어원's table): "Chen" -> 천, "Hao" -> 하오, "Tianlan" -> 톈란, "Jiahui" -> 자후이, "Xu" -> 쉬.
// Empty when the word is not a run of pinyin syllables.
std::string fold_chinese_hangul(std::string_view hangul) {
  std::string out;
  out.reserve(hangul.size());
  std::size_t i = 0;
  while (i < hangul.size()) {
    char32_t c = decode_utf8(hangul, i);
    if (c >= 0xAC00 && c <= 0xD7A3) {
      int l = static_cast<int>((c - 0xAC00) / 588), v = static_cast<int>((c - 0xAC00) / 28 % 21);
      const int t = static_cast<int>((c - 0xAC00) % 28);
      if (l == 10 || l == 13) --l;                      // ㅆ, ㅉ -> ㅅ, ㅈ
      if ((l == 9 || l == 12 || l == 14) && v == 17) v = 13;  // 슈, 쥬, 츄 -> 수, 주, 추
      c = static_cast<char32_t>(0xAC00 + (l * 21 + v) * 28 + t);
    }
    append_utf8(out, c);
  }
  return out;
}

std::string merge_pinyin_glides(std::string_view hangul) {
  // (most names have no syllable of ㅇ after one in ㅣ: the word as it is, without decoding it twice)
  bool glide = false;
  for (std::size_t i = 0, prev_i = 0; i < hangul.size() && !glide;) {
    const char32_t c = decode_utf8(hangul, i);
    glide = c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) / 588 == 11 && prev_i == 1;
    prev_i = c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) / 28 % 21 == 20 && (c - 0xAC00) % 28 == 0 ? 1 : 0;
  }
  if (!glide) return std::string(hangul);
  std::u32string syl;
  for (std::size_t i = 0; i < hangul.size();) syl.push_back(decode_utf8(hangul, i));
  std::string out;
  for (std::size_t k = 0; k < syl.size(); ++k) {
    const char32_t c = syl[k];
    if (k + 1 < syl.size() && c >= 0xAC00 && c <= 0xD7A3 && syl[k + 1] >= 0xAC00 && syl[k + 1] <= 0xD7A3) {
      const int l = static_cast<int>((c - 0xAC00) / 588), v = static_cast<int>((c - 0xAC00) / 28 % 21), t = static_cast<int>((c - 0xAC00) % 28);
      const char32_t d = syl[k + 1];
      const int l2 = static_cast<int>((d - 0xAC00) / 588), v2 = static_cast<int>((d - 0xAC00) / 28 % 21), t2 = static_cast<int>((d - 0xAC00) % 28);
      // C+ㅣ then ㅇ+ㅔ / ㅓ / ㅏ / ㅐ: the glide written as a syllable of its own ("티엔" for 톈, "시아" for 샤)
      if (v == 20 && t == 0 && l != 11 && l2 == 11 && (v2 == 5 || v2 == 4 || v2 == 0 || v2 == 1)) {
        const int glide = v2 == 0 ? 2 : v2 == 1 ? 3 : v2 == 4 ? 6 : 7;  // ㅑ, ㅒ, ㅕ or ㅖ
        append_utf8(out, static_cast<char32_t>(0xAC00 + (l * 21 + glide) * 28 + t2));
        ++k;
        continue;
      }
    }
    append_utf8(out, c);
  }
  return out;
}

std::string pinyin_hangul(std::string_view word) {
  std::string out;
  auto put = [&](int l, int v, int t) { append_utf8(out, static_cast<char32_t>(0xAC00 + (l * 21 + v) * 28 + t)); };
  for (const PinyinSyllable& syl : pinyin_parse(letters_lower(word))) {
    const std::string_view ini = syl.initial, fs = syl.final->spelling;
    const int l = syl.lead;
    int v = syl.final->v1;
    const bool retroflex = ini == "zh" || ini == "ch" || ini == "sh" || ini == "r" || ini == "z" || ini == "c" || ini == "s";
    const bool palatal = ini == "j" || ini == "q" || ini == "x" || ini == "y";
    if (fs == "i" && retroflex) v = 18;                               // shi 스, zhi 즈, si 쓰
    if (palatal && (fs == "u" || fs == "un")) v = 16;                 // xu 쉬, jun 쥔
    if (palatal && fs == "uan") v = 16;                               // xuan 쉬안
    if (ini == "y" && fs == "an") v = 7;                              // yan 옌
    if (ini == "w" && (fs == "a" || fs == "an" || fs == "ang" || fs == "ai")) v = 9;
    if (ini == "w" && (fs == "o" || fs == "en" || fs == "eng")) v = 14;  // wo 워, wen 원
    if (ini == "w" && fs == "ei") v = 15;                              // wei 웨이
    if (ini == "y" && fs == "e") v = 7;                               // ye 예
    if (ini == "y" && fs == "ou") { put(11, 17, 0); continue; }       // you 유
    if (ini == "y" && fs == "ao") v = 2;                              // yao 야오
    if (ini == "y" && fs == "a") v = 2;
    if (ini == "y" && fs == "ang") v = 2;
    if (ini == "y" && fs == "ong") v = 17;
    // ㅈ and ㅊ before a y-vowel are written without the y (jian 젠, qiang 창); ㅅ keeps it (xie 셰)
    if (l == 12 || l == 13 || l == 14) v = v == 2 ? 0 : v == 6 ? 4 : v == 7 ? 5 : v == 12 ? 8 : v == 17 ? 13 : v;
    if (palatal && fs == "uan") {                                    // 쉬 + 안 (xuan), 위 + 안 (yuan)
      put(l, v, 0);
      put(11, 0, 4);
      continue;
    }
    put(l, v, syl.final->t1);
    if (syl.final->v2 >= 0) put(11, syl.final->v2, 0);
  }
  return out;
}

std::vector<std::string> wade_giles_pinyin(std::string_view word) {
  std::vector<std::string> out{""};
  std::vector<std::string> syllables;  // (hyphenated: "Yu-ting")
  for (std::size_t b = 0; b < word.size();) {
    const std::size_t e = std::min(word.find('-', b), word.size());
    syllables.push_back(letters_lower(word.substr(b, e - b)));
    b = e + 1;
  }
  for (const std::string& s : syllables) {
    if (s.empty()) return {};
    // initials: the unaspirated and the aspirated reading (the apostrophe is seldom written)
    std::vector<std::string> initials;
    std::string rest = s;
    auto starts = [&](std::string_view x) { return rest.compare(0, x.size(), x) == 0; };
    if (starts("tz") || starts("ts")) initials = {"z", "c"}, rest.erase(0, 2);
    else if (starts("hs")) initials = {"x"}, rest.erase(0, 2);
    else if (starts("ch")) initials = {"zh", "ch", "j", "q"}, rest.erase(0, 2);
    else if (starts("sh")) initials = {"sh"}, rest.erase(0, 2);
    else if (starts("k")) initials = {"g", "k"}, rest.erase(0, 1);
    else if (starts("t")) initials = {"d", "t"}, rest.erase(0, 1);
    else if (starts("p")) initials = {"b", "p"}, rest.erase(0, 1);
    else if (starts("j")) initials = {"r"}, rest.erase(0, 1);
    // (the initials both spell alike, so the final is read as Wade-Giles writes it: "hung" is hong)
    else if (std::string_view("hmnlfswy").find(rest[0]) != std::string_view::npos) initials = {std::string(1, rest[0])}, rest.erase(0, 1);
    else initials = {""};
    // finals as pinyin writes them
    if (rest == "ieh") rest = "ie";
    else if (rest == "ien") rest = "ian";
    else if (rest == "ih") rest = "i";
    else if (rest == "ung") rest = "ong";
    else if (rest == "iung") rest = "iong";
    else if (rest == "uei") rest = "ui";
    else if (rest == "erh") rest = "er";
    else if (rest == "o" && (initials.front() == "g" || initials.front() == "h")) rest = "e";  // ko: ge, ke; ho: he
    else if (rest == "ho") rest = "he";
    std::vector<std::string> next;
    for (const std::string& o : out)
      for (const std::string& i : initials)
        if (!pinyin_hangul(i + rest).empty() && next.size() < 8) next.push_back(o + i + rest);
    out = std::move(next);
    if (out.empty()) return {};
  }
  return out;
}

std::vector<std::string> pinyin_syllables(std::string_view word) {
  std::vector<std::string> out;
  for (const PinyinSyllable& syl : pinyin_parse(letters_lower(word))) out.push_back(std::string(syl.initial) + std::string(syl.final->spelling));
  return out;
}

std::string_view sino_korean_readings(std::string_view syllable) {
  static const std::unordered_map<std::string_view, std::string_view> table = [] {
    std::unordered_map<std::string_view, std::string_view> t;
    const std::string_view text = sino_korean_tsv();
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view line = text.substr(at, end - at);
      at = end + 1;
      const std::size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
      t.emplace(line.substr(0, tab), line.substr(tab + 1));
    }
    return t;
  }();
  const auto it = table.find(syllable);
  return it == table.end() ? std::string_view() : it->second;
}

bool sino_korean_reads(const std::vector<std::string>& hangul_syllables, const std::vector<std::string>& pinyin) {
  if (pinyin.empty() || pinyin.size() != hangul_syllables.size()) return false;
  for (std::size_t k = 0; k < pinyin.size(); ++k)
    if (hangul_syllables[k].size() != 3 || sino_korean_readings(pinyin[k]).find(hangul_syllables[k]) == std::string_view::npos) return false;
  return true;
}

std::vector<std::string> code_points(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t b = i;
    decode_utf8(s, i);
    out.emplace_back(s.substr(b, i - b));
  }
  return out;
}

}  // namespace inmaek::extract
