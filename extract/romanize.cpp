#include "extract/romanize.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

struct Syllable {
  int l;  // choseong index 0..18
  int v;  // jungseong index 0..20
  int t;  // jongseong index 0..27 (0: none)
};

Syllable split(char32_t c) {
  const int index = static_cast<int>(c - 0xAC00);
  return {index / (21 * 28), (index / 28) % 21, index % 28};
}

// Choseong and jongseong indices used by the rules.
constexpr int kLG = 0, kLN = 2, kLD = 3, kLR = 5, kLM = 6, kLS = 9, kLNg = 11, kLJ = 12, kLCh = 14, kLH = 18;
constexpr int kVWi = 16, kVYu = 17, kVEu = 18, kVI = 20;
constexpr int kTNh = 6, kTD = 7, kTR = 8, kTLt = 13, kTLh = 15, kTNg = 21, kTT = 25, kTH = 27;

constexpr std::array<const char*, 19> kInitialRR = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
                                                    "ss", "",  "j", "jj", "ch", "k", "t", "p", "h"};
constexpr std::array<const char*, 21> kVowelRR = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                                  "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                                  "wo", "we", "wi", "yu",  "eu", "ui", "i"};
// Before a consonant or at the end of a word.
constexpr std::array<const char*, 28> kFinalRR = {"",  "k", "k", "k", "n", "n", "n", "t", "l", "k",
                                                  "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
                                                  "t", "ng", "t", "t", "k", "t", "p", "t"};
// Before a syllable starting with a silent ㅇ: what stays in the final, what moves over.
constexpr std::array<std::pair<const char*, const char*>, 28> kLinkRR = {{
    {"", ""},   {"", "g"},  {"", "kk"}, {"k", "s"}, {"", "n"},   {"n", "j"}, {"", "n"},
    {"", "d"},  {"", "r"},  {"l", "g"}, {"l", "m"}, {"l", "b"},  {"l", "s"}, {"l", "t"},
    {"l", "p"}, {"", "r"},  {"", "m"},  {"", "b"},  {"p", "s"},  {"", "s"},  {"", "ss"},
    {"ng", ""}, {"", "j"},  {"", "ch"}, {"", "k"},  {"", "t"},   {"", "p"},  {"", ""},
}};

// The sound class of a final before a consonant: 'k', 't', 'p', 'n', 'l', 'm' or 'g' (ng).
char final_sound(int t) {
  const char* rr = kFinalRR[t];
  return rr[0] == 'n' && rr[1] == 'g' ? 'g' : rr[0];
}

// Romanization of the final of one syllable and of the initial of the next, inside a word.
std::pair<const char*, const char*> boundary(int t, const Syllable& next) {
  const char* initial = kInitialRR[next.l];
  if (t == 0) return {"", initial};
  if (next.l == kLNg) {
    if (next.v == kVI && (t == kTD || t == kTT || t == kTLt)) return {t == kTLt ? "l" : "", t == kTD ? "j" : "ch"};
    return kLinkRR[t];
  }
  if ((t == kTH || t == kTNh || t == kTLh) && (next.l == kLG || next.l == kLD || next.l == kLJ)) {
    const char* aspirated = next.l == kLG ? "k" : next.l == kLD ? "t" : "ch";
    return {t == kTH ? "" : t == kTNh ? "n" : "l", aspirated};
  }
  const char sound = final_sound(t);
  if (next.l == kLR) {
    switch (sound) {
      case 'l': case 'n': return {"l", "l"};
      case 'k': return {"ng", "n"};
      case 'p': return {"m", "n"};
      case 't': return {"n", "n"};
      default: return {kFinalRR[t], "n"};  // ㅁ, ㅇ
    }
  }
  if (next.l == kLN || next.l == kLM) {
    switch (sound) {
      case 'k': return {"ng", initial};
      case 't': return {"n", initial};
      case 'p': return {"m", initial};
      case 'l': return {"l", next.l == kLN ? "l" : initial};
      default: break;
    }
  }
  return {kFinalRR[t], initial};
}

void capitalize_from(std::string& out, std::size_t pos) {
  if (pos < out.size() && out[pos] >= 'a' && out[pos] <= 'z') out[pos] = static_cast<char>(out[pos] - 'a' + 'A');
}

void romanize_word(const std::vector<Syllable>& word, bool capitalize, std::string& out) {
  const std::size_t start = out.size();
  const char* initial = word.empty() ? "" : kInitialRR[word[0].l];
  for (std::size_t k = 0; k < word.size(); ++k) {
    out += initial;
    out += kVowelRR[word[k].v];
    if (k + 1 < word.size()) {
      const auto [final_rr, next_initial] = boundary(word[k].t, word[k + 1]);
      out += final_rr;
      initial = next_initial;
    } else {
      out += kFinalRR[word[k].t];
    }
  }
  if (capitalize) capitalize_from(out, start);
}

// Syllable by syllable, no sound change: the RR of given names.
std::string romanize_plain(const Syllable& s) {
  return std::string(kInitialRR[s.l]) + kVowelRR[s.v] + kFinalRR[s.t];
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000; }

struct SurnameSpelling {
  std::string_view hangul;
  const char* latin;
};

constexpr std::array<SurnameSpelling, 111> kSurnameSpellings = {{
    {"남궁", "Namgung"}, {"제갈", "Jegal"}, {"선우", "Sunwoo"}, {"독고", "Dokgo"}, {"황보", "Hwangbo"},
    {"사공", "Sagong"},  {"서문", "Seomun"}, {"동방", "Dongbang"}, {"김", "Kim"}, {"이", "Lee"},
    {"박", "Park"},     {"최", "Choi"},    {"정", "Jung"},   {"강", "Kang"},   {"조", "Cho"},
    {"윤", "Yoon"},     {"장", "Jang"},    {"임", "Lim"},    {"한", "Han"},    {"오", "Oh"},
    {"서", "Seo"},      {"신", "Shin"},    {"권", "Kwon"},   {"황", "Hwang"},  {"안", "Ahn"},
    {"송", "Song"},     {"류", "Ryu"},     {"유", "Yoo"},    {"전", "Jeon"},   {"홍", "Hong"},
    {"고", "Ko"},       {"문", "Moon"},    {"양", "Yang"},   {"손", "Son"},    {"배", "Bae"},
    {"백", "Baek"},     {"허", "Heo"},     {"노", "Noh"},    {"하", "Ha"},     {"곽", "Kwak"},
    {"성", "Sung"},     {"차", "Cha"},     {"주", "Joo"},    {"우", "Woo"},    {"구", "Koo"},
    {"민", "Min"},      {"나", "Na"},      {"진", "Jin"},    {"엄", "Eom"},    {"채", "Chae"},
    {"천", "Cheon"},    {"방", "Bang"},    {"현", "Hyun"},   {"남", "Nam"},    {"심", "Shim"},
    {"지", "Ji"},       {"원", "Won"},     {"공", "Kong"},   {"함", "Ham"},    {"변", "Byun"},
    {"염", "Yeom"},     {"여", "Yeo"},     {"추", "Choo"},   {"도", "Do"},     {"소", "So"},
    {"석", "Seok"},     {"선", "Sun"},     {"설", "Seol"},   {"마", "Ma"},     {"길", "Gil"},
    {"연", "Yeon"},     {"위", "Wi"},      {"표", "Pyo"},    {"명", "Myung"},  {"기", "Ki"},
    {"반", "Ban"},      {"왕", "Wang"},    {"금", "Keum"},   {"옥", "Ok"},     {"육", "Yuk"},
    {"인", "In"},       {"맹", "Maeng"},   {"제", "Je"},     {"모", "Mo"},     {"탁", "Tak"},
    {"국", "Kook"},     {"어", "Eo"},      {"은", "Eun"},    {"편", "Pyeon"},  {"용", "Yong"},
    {"예", "Ye"},       {"경", "Kyung"},   {"봉", "Bong"},   {"사", "Sa"},     {"부", "Boo"},
    {"가", "Ka"},       {"복", "Bok"},     {"태", "Tae"},    {"목", "Mok"},    {"형", "Hyung"},
    {"피", "Pi"},       {"두", "Doo"},     {"감", "Kam"},    {"라", "Ra"},     {"시", "Si"},
    {"빈", "Bin"},      {"견", "Kyun"},    {"계", "Kye"},    {"단", "Dan"},    {"팽", "Paeng"},
    {"승", "Seung"},
}};

// Other spellings Korean surnames take in English text (passports, company pages, the press),
// beside the customary one above: "이" is Lee, Yi, Rhee, Rhie or I.
struct SurnameVariants {
  std::string_view hangul;
  std::string_view latin;  // space-separated, lower case
};
constexpr SurnameVariants kSurnameVariants[] = {
    {"이", "lee yi rhee rhie i ri rie"}, {"박", "park pak bak bahk"}, {"최", "choi choe chey choy"},
    {"정", "jung chung jeong joung cheong jeung"}, {"김", "kim gim"}, {"오", "oh o"}, {"신", "shin sin shinn"},
    {"윤", "yoon yun youn"}, {"강", "kang gang"}, {"서", "seo suh su so"}, {"조", "cho jo joe"},
    {"유", "yoo yu you yoou"}, {"류", "ryu yoo yu rhyu lyu"}, {"임", "lim im rim yim"}, {"한", "han hahn"},
    {"장", "jang chang"}, {"권", "kwon gwon kwan"}, {"황", "hwang whang"}, {"안", "ahn an"}, {"송", "song"},
    {"전", "jeon jun chun chon jon"}, {"홍", "hong"}, {"고", "ko koh go goh"}, {"문", "moon mun"},
    {"손", "son sohn"}, {"배", "bae bai pae"}, {"백", "baek paik paek baik"}, {"허", "heo huh hur her"},
    {"노", "noh roh no ro"}, {"곽", "kwak gwak"}, {"성", "sung seong"}, {"주", "joo ju chu choo"},
    {"우", "woo u wu"}, {"구", "koo ku gu goo"}, {"나", "na ra"}, {"진", "jin chin"}, {"엄", "eom um uhm"},
    {"채", "chae chai"}, {"천", "cheon chun"}, {"현", "hyun hyeon"}, {"심", "shim sim"}, {"지", "ji chi jee"},
    {"변", "byun byeon pyun"}, {"여", "yeo yuh yo"}, {"추", "choo chu"}, {"도", "do doh to"}, {"석", "seok suk"},
    {"설", "seol sul"}, {"위", "wi wee"}, {"명", "myung myeong"}, {"기", "ki gi kee"}, {"금", "keum geum kum"},
    {"육", "yuk yook"}, {"모", "mo moh"}, {"국", "kook guk kuk"}, {"용", "yong ryong"}, {"경", "kyung gyeong kyoung"},
    {"태", "tae tai"}, {"형", "hyung hyeong"}, {"두", "doo du"}, {"남궁", "namgung namkoong namkung"},
    {"선우", "sunwoo seonwoo"}, {"황보", "hwangbo"}, {"제갈", "jegal"}, {"독고", "dokgo"},
};

std::vector<std::string> surname_spelling_list(std::string_view hangul) {
  std::vector<std::string> out;
  for (const SurnameVariants& v : kSurnameVariants) {
    if (v.hangul != hangul) continue;
    for (std::size_t b = 0; b < v.latin.size();) {
      std::size_t e = v.latin.find(' ', b);
      if (e == std::string_view::npos) e = v.latin.size();
      out.emplace_back(v.latin.substr(b, e - b));
      b = e + 1;
    }
  }
  for (const SurnameSpelling& sp : kSurnameSpellings)
    if (sp.hangul == hangul) {
      std::string c;
      for (const char* p = sp.latin; *p; ++p) c += static_cast<char>(*p | 0x20);
      out.push_back(std::move(c));
    }
  return out;
}

bool surname_spelled(std::string_view hangul, std::string_view latin) {
  std::string l;
  for (char c : latin)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) l += static_cast<char>(c | 0x20);
  if (l.empty()) return false;
  const std::vector<std::string> all = surname_spelling_list(hangul);
  return std::find(all.begin(), all.end(), l) != all.end();
}

std::optional<std::string> romanize_person(std::string_view text) {
  std::vector<std::vector<Syllable>> tokens(1);
  std::vector<std::string_view> token_text(1);
  std::size_t token_begin = 0, i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    const char32_t c = decode_utf8(text, i);
    if (is_space(c)) {
      if (!tokens.back().empty()) {
        token_text.back() = text.substr(token_begin, at - token_begin);
        tokens.emplace_back();
        token_text.emplace_back();
      }
      token_begin = i;
    } else if (is_hangul_syllable(c)) {
      tokens.back().push_back(split(c));
    } else {
      return std::nullopt;
    }
  }
  if (tokens.back().empty()) {
    tokens.pop_back();
    token_text.pop_back();
  } else {
    token_text.back() = text.substr(token_begin);
  }
  if (tokens.empty() || tokens.size() > 2) return std::nullopt;

  std::size_t surname_len = 1;
  if (tokens.size() == 2) {
    surname_len = tokens[0].size();
    if (surname_len > 2) return std::nullopt;
  } else if (tokens[0].size() >= 3) {
    for (std::size_t k = 0; k < 8; ++k) {  // the compound surnames lead the table
      if (token_text[0].substr(0, kSurnameSpellings[k].hangul.size()) == kSurnameSpellings[k].hangul) surname_len = 2;
    }
  }
  std::vector<Syllable> surname(tokens[0].begin(), tokens[0].begin() + static_cast<std::ptrdiff_t>(surname_len));
  std::vector<Syllable> given(tokens[0].begin() + static_cast<std::ptrdiff_t>(surname_len), tokens[0].end());
  if (tokens.size() == 2) given = tokens[1];

  std::string out;
  // UTF-8 Hangul syllables are 3 bytes each.
  const std::string_view surname_text = token_text[0].substr(0, surname_len * 3);
  const auto known = std::find_if(kSurnameSpellings.begin(), kSurnameSpellings.end(),
                                  [&](const SurnameSpelling& s) { return s.hangul == surname_text; });
  if (known != kSurnameSpellings.end()) {
    out = known->latin;
  } else {
    romanize_word(surname, true, out);
  }
  for (std::size_t k = 0; k < given.size(); ++k) {
    out += k == 0 ? " " : "-";
    const std::size_t start = out.size();
    out += romanize_plain(given[k]);
    if (k == 0) capitalize_from(out, start);
  }
  return out;
}

// ---- phonetic keys ---------------------------------------------------------------------------

void emit(std::string& key, char symbol) {
  if (key.empty() || key.back() != symbol) key += symbol;
}

bool is_aeiou(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// One word of lowercase ASCII letters.
// keep_r: an r before a consonant is spoken (Leonardo = 레오나르도, Orbit = 오르빗), as in most
// languages other than English.
// spoken_e: the third reading (Japanese, Romance, Indian and Arabic names): a final e spoken, an h
// before a consonant spoken.
void latin_word_key(std::string_view w, std::string& key, bool keep_r = false, bool spoken_e = false) {
  const std::size_t n = w.size();
  const auto at = [&](std::size_t k) { return k < n ? w[k] : '\0'; };
  const auto vowel = [&](std::size_t k) {
    if (k >= n) return false;
    return is_aeiou(w[k]) || (w[k] == 'y' && !is_aeiou(at(k + 1)));
  };
  // (a word of Japanese shape: its "fu" is 후, "Funade" = 후나데, "Fujita" = 후지타)
  const bool japanese_shape = spoken_e && n >= 4 && japanese_shaped(w);
  std::size_t k = 0;
  while (k < n) {
    const char c = w[k];
    const char nx = at(k + 1);
    if (japanese_shape && c == 'f' && nx == 'u') {
      emit(key, 'H');
      ++k;
      continue;
    }
    if (vowel(k)) {
      // A final e after a consonant is silent, and so is the e of a final -es unless a sibilant or
      // g precedes it (James, Charles; not Moses, George's "ges").
      const bool final_e = k + 1 == n || (k + 2 == n && w[k + 1] == 's' && k > 0 &&
                                           std::string_view("sxzgch").find(w[k - 1]) == std::string_view::npos);
      // (spoken in a third reading: Japanese and Romance names, "Tsubame" = 츠바메)
      const bool silent_e = !spoken_e && c == 'e' && final_e && k > 0 && !vowel(k - 1) &&
                            std::any_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k - 1),
                                        [](char x) { return is_aeiou(x) || x == 'y'; });
      if (!silent_e) emit(key, 'a');
      ++k;
      continue;
    }
    std::size_t step = 1;
    switch (c) {
      case 'b': case 'f': case 'v': emit(key, 'P'); break;
      case 'p': emit(key, 'P'); step = nx == 'h' ? 2 : 1; break;
      case 't':
        if (nx == 's' || nx == 'z') {
          emit(key, 'S');
          step = 2;
        } else if (nx == 'c' && at(k + 2) == 'h') {
          emit(key, 'S');
          step = 3;
        } else if (k > 0 && nx == 'i' && at(k + 2) == 'o' && at(k + 3) == 'n') {
          emit(key, 'S');  // "-tion" = 션, 시옹 ("Simulation" = 시뮬레이션, "Fondation" = 퐁다시옹)
        } else if (k > 0 && w[k - 1] == 's' && k + 3 == n && nx == 'l' && at(k + 2) == 'e') {
          // silent in a final "-stle": "Thistle" = 시슬, "Castle" = 캐슬 (not "-sten": "Torsten" = 토르스텐)
        } else {
          emit(key, 'T');
          step = nx == 'h' ? 2 : 1;
        }
        break;
      case 'd':
        // (silent at the end of a Danish -gaard: "Bækgaard" 베크고르, "Skovgaard" 스코우고르)
        if (k + 1 == n && n >= 5 && w.substr(n - 4) == "aard") break;
        if (nx == 'g' && (at(k + 2) == 'e' || at(k + 2) == 'i' || at(k + 2) == 'y')) {
          emit(key, 'S');
          step = 2;
        } else {
          emit(key, 'T');
          step = nx == 'h' ? 2 : 1;
        }
        break;
      case 's':
        emit(key, 'S');
        step = nx == 'c' && at(k + 2) == 'h' ? 3 : nx == 'h' ? 2 : 1;
        break;
      case 'c':
        if (k == 1 && w[0] == 'm' && (nx == 'g' || nx == 'k')) {
          // (Mc before a g or a k: one sound, "McGill" 맥길, "McKay" 매케이)
        } else if (nx == 'k' || nx == 'q') {
          emit(key, 'K');
          step = 2;
        } else if (nx == 'h') {
          emit(key, k + 2 < n && !vowel(k + 2) ? 'K' : 'C');
          step = 2;
        } else {
          emit(key, nx == 'e' || nx == 'i' || nx == 'y' ? 'S' : 'K');
        }
        break;
      case 'k': emit(key, 'K'); step = nx == 'h' ? 2 : 1; break;
      // (qu before a vowel is kw, "Quinn"; before a consonant its u is a vowel, "Qureshi" 쿠레시)
      case 'q': emit(key, 'K'); step = nx == 'u' && vowel(k + 2) ? 2 : 1; break;
      case 'g':
        // (a doubled g is one hard g: "Brügger" 브뤼거, "Egger" 에거)
        if (k > 0 && w[k - 1] == 'g') break;
        if (nx == 'h') {
          // silent in "night", a g between vowels ("Raghu" = 라구, "Meghan" = 메건)
          if (k == 0 || (vowel(k - 1) && is_aeiou(at(k + 2)))) emit(key, 'K');
          step = 2;
        } else {
          emit(key, nx == 'e' || nx == 'i' || nx == 'y' ? 'G' : 'K');
        }
        break;
      // (a Nordic j after a word's first consonant is a glide: "Fjell" = 피엘, "Bjørn" = 비에른)
      case 'j': if (!(k == 1 && std::string_view("bfhlv").find(w[0]) != std::string_view::npos)) emit(key, 'S'); break;
      case 'z': emit(key, 'S'); break;
      case 'x': emit(key, 'K'); emit(key, 'S'); break;
      case 'm':
        emit(key, 'M');
        // (the Mc of Scottish and Irish names is Mac, 맥: "McGill" 맥길, "McKinsey" 매킨지)
        if (k == 0 && nx == 'c' && n > 3 && !vowel(2)) emit(key, 'a');
        break;
      case 'n':
        emit(key, 'N');
        // (the g is spoken before l and r: "Langley" 랭글리, "Ingram" 잉그럼, "Alpenglow" 알펜글로)
        if (nx == 'g' && !vowel(k + 2) && at(k + 2) != 'l' && at(k + 2) != 'r') step = 2;
        break;
      case 'l':  // silent in "talk", "walk", "calm", "palm" (톡, 워크, 캄, 팜)
        if (!(k > 0 && w[k - 1] == 'a' && (nx == 'k' || nx == 'm') && k + 2 >= n)) emit(key, 'L');
        break;
      case 'r':
        // a spoken r only before a vowel; not before a final silent e ("ore", "Moore", "Azure": 오어, 무어, 애저)
        // (nor the r of an English "iron" opening a word, 아이언: "Ironpine" = 아이언파인, "Ironwood" = 아이언우드)
        if (!keep_r && k == 1 && w.starts_with("iron")) break;
        if (keep_r || !(k > 0 && vowel(k - 1) && (!vowel(k + 1) || (at(k + 1) == 'e' && k + 2 == n)))) emit(key, 'L');
        break;
      case 'h':  // (and before a glide: "Sahyadri" = 사하드리)
        // (and after a consonant that ends a word part: "Alderhorn" = 알더혼, "Lindholm" = 린드홀름; not
        // an English "-ham": "Durham" = 더럼)
        if ((vowel(k + 1) || (nx == 'y' && is_aeiou(at(k + 2)))) &&
            (k == 0 || vowel(k - 1) || (k >= 2 && (w[k - 1] == 'r' || w[k - 1] == 'l' || w[k - 1] == 'n' || w[k - 1] == 'd' || w[k - 1] == 'm') &&
                                        !(nx == 'a' && at(k + 2) == 'm' && k + 3 == n))))
          emit(key, 'H');
        // (in the third reading, between a vowel and a consonant too: "Mehrotra" = 메흐로트라, "Ahmad" = 아흐마드)
        else if (spoken_e && k > 0 && vowel(k - 1) && nx != '\0' && !vowel(k + 1) && nx != 'y' && nx != 'h')
          emit(key, 'H');
        break;
      default: break;  // w, glide y
    }
    k += step;
  }
}

// Folds a code point to a lowercase ASCII letter, or 0 for a word break.
char latin_letter(char32_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c >= 'a' && c <= 'z') return static_cast<char>(c);
  // U+00C0..U+00FF, Latin-1 letters without their marks.
  constexpr std::string_view kLatin1 = "aaaaaaaceeeeiiiidnooooo_ouuuuyts";
  if (c == 0xFF) return 'y';
  if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) return kLatin1[(c - 0xC0) % 32];
  return 0;
}

constexpr std::array<char, 19> kInitialClass = {'K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S',
                                                'S', 0,   'S', 'S', 'S', 'K', 'T', 'P', 'H'};
constexpr std::array<const char*, 28> kFinalClass = {"",  "K", "K",  "KS", "N",  "NS", "N",  "T", "L",  "LK",
                                                     "LM", "LP", "LS", "LT", "LP", "L", "M",  "P", "PS", "T",
                                                     "T",  "N",  "T",  "T",  "K",  "T",  "P",  ""};

// keep_epenthetic: ㅡ counts as a vowel even where English loanwords insert it (쓰바메 = Tsubame,
// 기요미즈 = Kiyomizu: Japanese names keep their vowels).
// foreign: readings of other languages than English. A final ㅅ before a syllable of ㅅ or ㅆ with a vowel other
// than ㅡ writes a doubled s, no sound of its own ("롯시" = Rossi, "닛산" = Nissan; not before 스: "핫스팟" = hotspot,
// "왓슨" = Watson); a word-initial 음 or 은 before a consonant is a syllabic nasal ("음부아" = Mvua, "은디아예" =
// Ndiaye); 슈 inside a word before ㅌ or ㅍ is German st, sp ("폴라슈테른" = Polarstern).
void hangul_word_key(const std::vector<Syllable>& word, std::string& key, bool keep_epenthetic = false, bool foreign = false) {
  for (std::size_t j = 0; j < word.size(); ++j) {
    const Syllable& s = word[j];
    if (const char c = kInitialClass[s.l]) emit(key, c);
    const bool open = s.t == 0;
    // (and a word-initial 슈 before a consonant: German Sch, Sp, St, "슈미트" = Schmidt, "슈프레" = Spree; 쉬 too,
    // "쉬미트")
    const bool german_sch = open && j == 0 && s.l == kLS && (s.v == kVYu || s.v == kVWi) && j + 1 < word.size() && word[j + 1].l != kLNg;
    // (and 즘 at the end of a word: "프리즘" = prism, the vowel Korean puts between s and m)
    const bool sm = s.v == kVEu && s.t == 16 && (s.l == kLJ || s.l == kLS) && j > 0 && j + 1 == word.size();
    // (and 름, 릅 after a final ㄹ before a consonant: the l doubled and a vowel Korean puts in a cluster, "홀름베리" =
    // Holmberg, "팔름" = Palm)
    const bool lm = s.v == kVEu && s.l == kLR && j > 0 && word[j - 1].t == kTR && (s.t == 16 || s.t == 17) &&
                    (j + 1 == word.size() || word[j + 1].l != kLNg);
    const bool epenthetic = !keep_epenthetic && (((open || s.t == kTR) && s.v == kVEu && s.l != kLNg) || german_sch || sm || lm ||
                                                 (open && j > 0 && j + 1 == word.size() && s.v == kVI && (s.l == kLJ || s.l == kLCh || s.l == kLS)));
    const bool consonant_next = j + 1 < word.size() && word[j + 1].l != kLNg;
    const bool syllabic_nasal = foreign && j == 0 && s.l == kLNg && s.v == kVEu && (s.t == 4 || s.t == 16) && consonant_next;
    const bool german_st = foreign && open && j > 0 && s.l == kLS && s.v == kVYu && consonant_next && (word[j + 1].l == 16 || word[j + 1].l == 17);
    if (!epenthetic && !syllabic_nasal && !german_st) emit(key, 'a');
    // "브릿지" = bridge: a final ㅅ before ㅈ/ㅊ writes the d of "dge", "tch", not a sound of its own
    const bool dge = s.t == 19 && j + 1 < word.size() && (word[j + 1].l == kLJ || word[j + 1].l == kLCh);
    const bool doubled = foreign && s.t == 19 && j + 1 < word.size() && (word[j + 1].l == kLS || word[j + 1].l == kLS + 1) &&
                         word[j + 1].v != kVEu;
    if (!dge && !doubled)
      for (const char* f = kFinalClass[s.t]; *f != '\0'; ++f) emit(key, *f);
  }
}

double key_cost(char a, char b) {
  if (a == b) return 0.0;
  const auto loose = [](char x) { return x == 'G' || x == 'C'; };
  const auto sibilant_or_velar = [&](char x) { return x == 'K' || x == 'S' || loose(x); };
  if ((loose(a) && sibilant_or_velar(b)) || (loose(b) && sibilant_or_velar(a))) return 0.0;
  if ((a == 'S' && b == 'T') || (a == 'T' && b == 'S')) return 0.5;
  return 1.0;
}

double key_distance(std::string_view a, std::string_view b) {
  std::array<double, 2 * 64> small;
  std::vector<double> big;
  double* prev = small.data();
  if (b.size() + 1 > 64) {
    big.resize(2 * (b.size() + 1));
    prev = big.data();
  }
  double* cur = prev + (b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<double>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<double>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1.0, cur[j - 1] + 1.0, prev[j - 1] + key_cost(a[i - 1], b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::size_t consonants(std::string_view key) {
  return static_cast<std::size_t>(std::count_if(key.begin(), key.end(), [](char c) { return c != 'a'; }));
}

}  // namespace

// A word spelled in Hepburn syllables only: a consonant (or sh, ch, ts, or one with y) before each
// vowel, n before a consonant or at the end, and a doubled consonant ("Fujimoto", "Hattori").
bool japanese_shaped(std::string_view w) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::size_t i = 0;
  while (i < w.size()) {
    if (vowel(w[i])) {
      ++i;
      continue;
    }
    if (w[i] == 'n' && (i + 1 == w.size() || (!vowel(w[i + 1]) && w[i + 1] != 'y'))) {
      ++i;
      continue;
    }
    std::size_t c = 1;
    if (i + 1 < w.size() && w[i + 1] == w[i] && w[i] != 'n') c = 2;  // a doubled consonant
    const std::string_view two = w.substr(i + c - 1, 2);
    if (std::string_view("kstnhmyrwgzdbpfj").find(w[i]) == std::string_view::npos) return false;
    std::size_t len = c;
    if (two == "sh" || two == "ch" || two == "ts" || (two.size() == 2 && two[1] == 'y' && std::string_view("knhmrgbp").find(two[0]) != std::string_view::npos))
      ++len;
    if (i + len >= w.size() || !vowel(w[i + len])) return false;
    if (w[i] == 'f' && w[i + len] != 'u') return false;  // (f only in fu)
    i += len + 1;
  }
  return true;
}

std::string romanize(std::string_view hangul, const RomanizeOptions& options) {
  if (options.as_person_name) {
    if (std::optional<std::string> name = romanize_person(hangul)) return *std::move(name);
  }
  std::string out;
  out.reserve(hangul.size());
  std::vector<Syllable> word;
  bool word_start = true;
  std::size_t i = 0;
  while (i < hangul.size()) {
    const std::size_t at = i;
    const char32_t c = decode_utf8(hangul, i);
    if (is_hangul_syllable(c)) {
      word.push_back(split(c));
      continue;
    }
    if (!word.empty()) {
      romanize_word(word, word_start, out);
      word.clear();
    }
    out.append(hangul.substr(at, i - at));
    word_start = is_space(c);
  }
  if (!word.empty()) romanize_word(word, word_start, out);
  return out;
}

static std::string latin_key_of(std::string_view latin, bool keep_r, bool spoken_e = false) {
  std::string key, word;
  std::size_t i = 0;
  while (i <= latin.size()) {
    const char letter = i < latin.size() ? latin_letter(decode_utf8(latin, i)) : (++i, '\0');
    if (letter != 0) {
      word += letter;
    } else if (!word.empty()) {
      latin_word_key(word, key, keep_r, spoken_e);
      word.clear();
    }
  }
  return key;
}

std::string latin_key(std::string_view latin) { return latin_key_of(latin, false); }

static std::string phonetic_key(std::string_view hangul, bool keep_epenthetic, bool foreign = false) {
  std::string key;
  std::vector<Syllable> word;
  std::size_t i = 0;
  while (i <= hangul.size()) {
    const char32_t c = i < hangul.size() ? decode_utf8(hangul, i) : (++i, U'\0');
    if (is_hangul_syllable(c)) {
      word.push_back(split(c));
    } else if (!word.empty()) {
      hangul_word_key(word, key, keep_epenthetic, foreign);
      word.clear();
    }
  }
  return key;
}

std::string hangul_phonetic_key(std::string_view hangul) { return phonetic_key(hangul, false); }

namespace {

// The variants of a key (key_of(0), key_of(1), key_of(2)) with their consonant counts.
template <class KeyOf>
PhoneticKeys both_keys(KeyOf key_of) {
  PhoneticKeys k;
  for (int v = 0; v < 3; ++v) {
    k.key[v] = key_of(v);
    k.consonants[v] = consonants(k.key[v]);
  }
  return k;
}

}  // namespace

PhoneticKeys hangul_keys(std::string_view hangul) {
  // (the third: as the second, read as other languages than English: "롯시" = Rossi, "음부아" = Mvua)
  return both_keys([&](int v) { return phonetic_key(hangul, v != 0, v == 2); });
}

PhoneticKeys latin_keys(std::string_view latin) {
  // English (r before a consonant silent, a final e silent), r spoken, and r and a final e spoken
  return both_keys([&](int v) { return latin_key_of(latin, v != 0, v == 2); });
}

// Equal letter for letter, where a Latin c or g that may be soft (C, G) spells either of its sounds:
// "셀로직" = Cellogic, "세드릭" = Cedric, but no letter more or less.
static bool keys_spell_alike(std::string_view hangul, std::string_view latin) {
  if (hangul.empty() || hangul.size() != latin.size()) return false;
  for (std::size_t i = 0; i < hangul.size(); ++i)
    if (key_cost(hangul[i], latin[i]) != 0.0) return false;
  return true;
}

bool hangul_spells_latin_exactly(const PhoneticKeys& hangul, const PhoneticKeys& latin) {
  for (int keep_r = 0; keep_r < 3; ++keep_r)
    for (int keep = 0; keep < 3; ++keep)
      if ((keep < 2 || hangul.key[2] != hangul.key[1]) && keys_spell_alike(hangul.key[keep], latin.key[keep_r])) return true;
  return false;
}

bool hangul_matches_latin(const PhoneticKeys& hangul, const PhoneticKeys& latin) {
  for (int keep_r = 0; keep_r < 3; ++keep_r) {
    const std::string& kl = latin.key[keep_r];
    for (int keep = 0; keep < 3; ++keep) {
      if (keep == 2 && hangul.key[2] == hangul.key[1]) break;  // (most names: no doubled s)
      const std::string& kh = hangul.key[keep];
      if (kh.empty() || kl.empty()) return false;
      const std::size_t n = std::min(hangul.consonants[keep], latin.consonants[keep_r]);
      const double allowance = n <= 2 ? 0.0 : n <= 4 ? 0.5 : 1.0;
      // (the distance is at least the difference of the consonant counts: a consonant left over
      // costs 1 whether deleted or set against a vowel)
      const std::size_t diff = n == hangul.consonants[keep] ? latin.consonants[keep_r] - n : hangul.consonants[keep] - n;
      if (static_cast<double>(diff) > allowance + 1e-9) continue;
      if (key_distance(kh, kl) <= allowance + 1e-9) return true;
    }
  }
  return false;
}

bool hangul_spells_latin_exactly(std::string_view hangul, std::string_view latin) {
  return hangul_spells_latin_exactly(hangul_keys(hangul), latin_keys(latin));
}

bool hangul_matches_latin(std::string_view hangul, std::string_view latin) {
  return hangul_matches_latin(hangul_keys(hangul), latin_keys(latin));
}

namespace {

// The ways a Korean syllable is spelled in names written in English: RR, McCune-Reischauer
// without diacritics, and the popular spellings (Kyung, Hoon, Soo, Young, Jae, Eun, Shin).
constexpr std::string_view kInitialSpellings[19] = {"g k", "kk gg k", "n", "d t", "tt dd t", "r l", "m", "b p", "pp bb p",
                                                    "s sh", "ss s", "", "j ch", "jj tch j", "ch c j", "k", "t", "p", "h"};
constexpr std::string_view kVowelSpellings[21] = {"a ah", "ae ai e", "ya", "yae ye", "eo u o uh", "e ae", "yeo yu yo you",
                                                  "ye", "o oh", "wa", "wae we", "oe oi we", "yo", "u oo woo wu",
                                                  "wo weo won", "we", "wi wee", "yu yoo you", "eu u", "ui eui ee i",
                                                  "i ee y yi"};
constexpr std::string_view kFinalSpellings[28] = {"", "k g", "k", "k", "n", "n", "n", "t d", "l r", "k", "m", "l",
                                                  "l", "l", "p", "l", "m", "p b", "p", "t s", "t s", "ng", "t", "t",
                                                  "k", "t", "p", "t h"};

void for_each_spelling(std::string_view list, const std::function<void(std::string_view)>& f) {
  if (list.empty()) {
    f("");
    return;
  }
  for (std::size_t b = 0; b < list.size();) {
    std::size_t e = list.find(' ', b);
    if (e == std::string_view::npos) e = list.size();
    f(list.substr(b, e - b));
    b = e + 1;
  }
}

// Positions in `latin` where syllables [i..] can end, starting at `pos`.
bool spell_from(const std::vector<Syllable>& syl, std::size_t i, std::string_view latin, std::size_t pos) {
  if (i == syl.size()) return pos == latin.size();
  bool ok = false;
  const Syllable& s = syl[i];
  for_each_spelling(kInitialSpellings[s.l], [&](std::string_view a) {
    if (ok || latin.substr(pos, a.size()) != a) return;
    const std::size_t p1 = pos + a.size();
    for_each_spelling(kVowelSpellings[s.v], [&](std::string_view v) {
      if (ok || latin.substr(p1, v.size()) != v) return;
      const std::size_t p2 = p1 + v.size();
      for_each_spelling(kFinalSpellings[s.t], [&](std::string_view t) {
        if (ok || latin.substr(p2, t.size()) != t) return;
        ok = spell_from(syl, i + 1, latin, p2 + t.size());
      });
    });
  });
  return ok;
}

}  // namespace

bool korean_name_spelled(std::string_view hangul, std::string_view latin) {
  std::vector<Syllable> syl;
  std::size_t i = 0;
  while (i < hangul.size()) {
    const char32_t c = decode_utf8(hangul, i);
    if (!is_hangul_syllable(c)) return false;
    syl.push_back(split(c));
  }
  std::string l;
  for (char c : latin)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) l += static_cast<char>(c | 0x20);
  if (syl.empty() || syl.size() > 4 || l.empty()) return false;
  return spell_from(syl, 0, l, 0);
}

bool surname_matches_latin(std::string_view hangul, std::string_view latin) { return surname_spelled(hangul, latin); }

std::vector<std::string> korean_surnames_spelled(std::string_view latin) {
  // (every spelling -> its surnames in the table's order, built once: the assembler asks for each Latin
  // person's name)
  static const std::map<std::string, std::vector<std::string>, std::less<>> kBySpelling = [] {
    std::map<std::string, std::vector<std::string>, std::less<>> by;
    for (const SurnameVariants& v : kSurnameVariants)
      for (const std::string& sp : surname_spelling_list(v.hangul)) {
        std::vector<std::string>& hs = by[sp];
        if (std::find(hs.begin(), hs.end(), v.hangul) == hs.end()) hs.emplace_back(v.hangul);
      }
    return by;
  }();
  std::string l;
  for (char c : latin)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) l += static_cast<char>(c | 0x20);
  const auto it = kBySpelling.find(l);
  return it == kBySpelling.end() ? std::vector<std::string>() : it->second;
}

std::vector<std::string> surname_spellings(std::string_view hangul) {
  std::vector<std::string> out = surname_spelling_list(hangul);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Every concatenation spell_from() can match, by the same tables in the same way.
std::vector<std::string> korean_name_spellings(std::string_view hangul) {
  std::vector<Syllable> syl;
  std::size_t i = 0;
  while (i < hangul.size()) {
    const char32_t c = decode_utf8(hangul, i);
    if (!is_hangul_syllable(c)) return {};
    syl.push_back(split(c));
  }
  if (syl.empty() || syl.size() > 4) return {};
  std::vector<std::string> out{""};
  for (const Syllable& s : syl) {
    std::vector<std::string> next;
    for (const std::string& prefix : out)
      for_each_spelling(kInitialSpellings[s.l], [&](std::string_view a) {
        for_each_spelling(kVowelSpellings[s.v], [&](std::string_view v) {
          for_each_spelling(kFinalSpellings[s.t], [&](std::string_view t) {
            std::string x = prefix;
            x.append(a).append(v).append(t);
            next.push_back(std::move(x));
          });
        });
      });
    out = std::move(next);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());  // (never empty: vowels are spelled)
  return out;
}

}  // namespace inmaek::extract
