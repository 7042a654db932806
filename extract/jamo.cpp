#include "extract/jamo.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// Compatibility jamo, consonants.
constexpr char32_t kG = 0x3131, kGG = 0x3132, kN = 0x3134, kD = 0x3137, kDD = 0x3138, kR = 0x3139,
                   kM = 0x3141, kB = 0x3142, kBB = 0x3143, kS = 0x3145, kSS = 0x3146, kNG = 0x3147,
                   kJ = 0x3148, kJJ = 0x3149, kCh = 0x314A, kK = 0x314B, kT = 0x314C, kP = 0x314D,
                   kH = 0x314E;
// Compatibility jamo, vowels (same order as the jungseong index).
constexpr char32_t kA = 0x314F, kAe = 0x3150, kYa = 0x3151, kYae = 0x3152, kEo = 0x3153, kE = 0x3154,
                   kYeo = 0x3155, kYe = 0x3156, kO = 0x3157, kWa = 0x3158, kWae = 0x3159, kOe = 0x315A,
                   kYo = 0x315B, kU = 0x315C, kWo = 0x315D, kWe = 0x315E, kWi = 0x315F, kYu = 0x3160,
                   kEu = 0x3161, kUi = 0x3162, kI = 0x3163;

constexpr std::array<char32_t, 19> kInitial = {kG, kGG, kN,  kD,  kDD, kR, kM, kB, kBB, kS,
                                               kSS, kNG, kJ, kJJ, kCh, kK, kT, kP, kH};
// Index 0 is "no final".
constexpr std::array<char32_t, 28> kFinal = {0,      kG,     kGG,    0x3133, kN,     0x3135, 0x3136,
                                             kD,     kR,     0x313A, 0x313B, 0x313C, 0x313D, 0x313E,
                                             0x313F, 0x3140, kM,     kB,     0x3144, kS,     kSS,
                                             kNG,    kJ,     kCh,    kK,     kT,     kP,     kH};

inline char32_t vowel_jamo(int v) { return static_cast<char32_t>(kA + v); }
inline bool is_vowel_jamo(char32_t c) { return c >= kA && c <= kI; }
inline bool is_consonant_jamo(char32_t c) { return c >= kG && c <= kH; }

// A small vector of code points that stays on the stack for names of ordinary length.
class JamoBuf {
 public:
  void push_back(char32_t c) {
    if (size_ < kInline) {
      inline_[size_] = c;
    } else {
      if (size_ == kInline) heap_.assign(inline_.begin(), inline_.end());
      heap_.push_back(c);
    }
    ++size_;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const char32_t* data() const { return size_ <= kInline ? inline_.data() : heap_.data(); }
  char32_t operator[](std::size_t i) const { return data()[i]; }
  char32_t back() const { return data()[size_ - 1]; }
  friend bool operator==(const JamoBuf& a, const JamoBuf& b) {
    return a.size_ == b.size_ && std::equal(a.data(), a.data() + a.size_, b.data());
  }

 private:
  static constexpr std::size_t kInline = 64;
  std::array<char32_t, kInline> inline_;
  std::u32string heap_;
  std::size_t size_ = 0;
};

// One unit of input: a Hangul syllable split into indices (l >= 0), or another code point.
struct Unit {
  char32_t cp = 0;
  int l = -1;  // choseong index 0..18, -1 when not a syllable
  int v = 0;   // jungseong index 0..20
  int t = 0;   // jongseong index 0..27 (0: none)
};

char32_t peek(std::string_view s, std::size_t i, std::size_t* next) {
  std::size_t j = i;
  char32_t c = decode_utf8(s, j);
  *next = j;
  return c;
}

// Reads the unit at s[i] and advances i. Conjoining L V [T] sequences are composed.
Unit next_unit(std::string_view s, std::size_t& i) {
  Unit u;
  u.cp = decode_utf8(s, i);
  if (is_hangul_syllable(u.cp)) {
    const int index = static_cast<int>(u.cp - 0xAC00);
    u.l = index / (21 * 28);
    u.v = (index / 28) % 21;
    u.t = index % 28;
  } else if (u.cp >= 0x1100 && u.cp <= 0x1112 && i < s.size()) {
    std::size_t j;
    const char32_t v = peek(s, i, &j);
    if (v >= 0x1161 && v <= 0x1175) {
      u.l = static_cast<int>(u.cp - 0x1100);
      u.v = static_cast<int>(v - 0x1161);
      i = j;
      if (i < s.size()) {
        const char32_t t = peek(s, i, &j);
        if (t >= 0x11A8 && t <= 0x11C2) {
          u.t = static_cast<int>(t - 0x11A7);
          i = j;
        }
      }
      u.cp = static_cast<char32_t>(0xAC00 + (u.l * 21 + u.v) * 28 + u.t);
    }
  }
  return u;
}

// A non-syllable code point as it enters a jamo sequence: 0 when dropped, lowercase ASCII for
// (full-width) Latin letters and digits, compatibility jamo for lone conjoining jamo.
char32_t fold_other(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
    if (is_ascii_alpha(c) || is_ascii_digit(c)) return c;
    return 0;
  }
  if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10 + '0';
  if (c >= 0xFF21 && c <= 0xFF3A) return c - 0xFF21 + 'a';
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 0xFF41 + 'a';
  if ((c >= 0x80 && c <= 0xBF) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
      c == 0x30FB || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
      (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFFFD || c == 0xFEFF)
    return 0;
  if (c >= 0x1100 && c <= 0x1112) return kInitial[c - 0x1100];
  if (c >= 0x1161 && c <= 0x1175) return vowel_jamo(static_cast<int>(c - 0x1161));
  if (c >= 0x11A8 && c <= 0x11C2) return kFinal[c - 0x11A7];
  return c;
}

template <class Out>
void append_jamo(std::string_view s, Out& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    const Unit u = next_unit(s, i);
    if (u.l >= 0) {
      out.push_back(kInitial[u.l]);
      out.push_back(vowel_jamo(u.v));
      if (u.t != 0) out.push_back(kFinal[u.t]);
    } else if (const char32_t c = fold_other(u.cp)) {
      out.push_back(c);
    }
  }
}

// ---- native Korean names -------------------------------------------------------------------

constexpr std::u32string_view kSurnames =
    U"김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원천"
    U"방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은용예경봉태";
constexpr std::array<std::u32string_view, 8> kCompoundSurnames = {U"남궁", U"제갈", U"선우", U"독고",
                                                                  U"황보", U"사공", U"서문", U"동방"};

// Choseong indices used below.
constexpr int kLNg = 11, kLK = 15, kLR = 5, kLCh = 14, kLT = 16, kLP = 17, kLS = 9, kLSS = 10,
              kLJ = 12, kLJJ = 13, kLD = 3;
// Jungseong indices used below.
constexpr int kVYae = 3, kVEo = 4, kVWae = 10, kVWe = 15, kVEu = 18, kVI = 20;
// Jongseong indices used below.
constexpr int kTR = 8, kTNg = 21;

bool is_tense_initial(int l) { return l == 1 || l == 4 || l == 8 || l == 10 || l == 13; }

bool loanword_mark(const Unit& u, const Unit* next) {
  if (u.l == kLK || is_tense_initial(u.l)) return true;
  if (u.v == kVEu && ((u.t == 0 && u.l != kLNg) || u.l == kLT || u.l == kLP || u.l == kLCh)) return true;
  if (u.v == kVYae || u.v == kVWae || u.v == kVWe) return true;
  // 터/턴 (English -ton: "해딩턴", "클린턴") and 딩 (-ding) stand in no Korean given name
  if (u.l == kLT && u.v == kVEo) return true;
  if (u.l == kLD && u.v == kVI && u.t == kTNg) return true;
  // Finals other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ.
  if (u.t != 0 && u.t != 1 && u.t != 4 && u.t != kTR && u.t != 16 && u.t != 17 && u.t != 21) return true;
  return next != nullptr && u.t == kTR && next->l == kLR;
}

// ---- variant keys ----------------------------------------------------------------------------

enum class Fold { kWide, kNarrow };

char32_t initial_symbol(int l) {
  switch (kInitial[l]) {
    case kNG: return 0;
    case kGG: return kK;
    case kDD: return kT;
    case kBB: return kP;
    case kSS: return kS;
    case kJJ: return kCh;
    default: return kInitial[l];
  }
}

// The sound symbols of a final, in order; second is 0 for a simple final.
std::array<char32_t, 2> final_symbols(int t) {
  switch (kFinal[t]) {
    case kG: case kGG: case kK: return {kK, 0};
    case kB: case kP: return {kP, 0};
    case kD: case kS: case kSS: case kJ: case kCh: case kT: return {kT, 0};
    case kH: return {0, 0};
    case 0x3133: return {kK, kS};   // ㄳ
    case 0x3135: return {kN, kCh};  // ㄵ
    case 0x3136: return {kN, 0};    // ㄶ
    case 0x313A: return {kR, kK};   // ㄺ
    case 0x313B: return {kR, kM};   // ㄻ
    case 0x313C: return {kR, kP};   // ㄼ
    case 0x313D: return {kR, kS};   // ㄽ
    case 0x313E: return {kR, kT};   // ㄾ
    case 0x313F: return {kR, kP};   // ㄿ
    case 0x3140: return {kR, 0};    // ㅀ
    case 0x3144: return {kP, kS};   // ㅄ
    default: return {kFinal[t], 0};
  }
}

char32_t drop_y(char32_t v) {
  switch (v) {
    case kYa: return kA;
    case kYae: return kAe;
    case kYeo: return kEo;
    case kYe: return kE;
    case kYo: return kO;
    case kYu: return kU;
    default: return v;
  }
}

char32_t vowel_symbol(char32_t v, Fold fold) {
  if (v == kUi) return kI;
  if (fold == Fold::kNarrow) {
    switch (v) {
      case kAe: return kE;
      case kYae: return kYe;
      case kWae: case kOe: return kWe;
      default: return v;
    }
  }
  switch (v) {
    case kA: case kEo: case kO: case kAe: case kE: case kU: return kA;
    case kYa: case kYeo: case kYo: case kYae: case kYe: case kYu: return kYa;
    // (the German and French ü, written ㅟ or ㅠ: "위르겐" / "유르겐", "뮐러" / "뮬러")
    case kWi: return kYa;
    case kWa: case kWo: case kWae: case kWe: case kOe: return kWa;
    default: return v;
  }
}

template <class Out>
void push_consonant(Out& out, char32_t c) {
  if (c != 0 && (out.empty() || out.back() != c)) out.push_back(c);
}

template <class Out>
void append_loanword_key(std::string_view s, Fold fold, Out& out) {
  std::size_t i = 0;
  bool prev_vowel_i = false;
  while (i < s.size()) {
    const Unit u = next_unit(s, i);
    if (u.l < 0) {
      if (const char32_t c = fold_other(u.cp)) out.push_back(c);
      prev_vowel_i = false;
      continue;
    }
    push_consonant(out, initial_symbol(u.l));
    char32_t v = vowel_jamo(u.v);
    const bool sibilant = u.l == kLS || u.l == kLSS || u.l == kLJ || u.l == kLJJ || u.l == kLCh;
    if (sibilant) {
      v = drop_y(v);
      if (v == kWi) v = kI;
    } else if (u.l == kLNg && prev_vowel_i) {
      v = drop_y(v);
    }
    if (v != kEu) out.push_back(vowel_symbol(v, fold));
    prev_vowel_i = u.t == 0 && (v == kI || v == kUi || v == kWi);
    for (const char32_t c : final_symbols(u.t)) push_consonant(out, c);
  }
}

template <class Out>
void append_key(std::string_view s, Fold fold, Out& out) {
  if (looks_like_korean_name(s)) {
    append_jamo(s, out);
  } else {
    append_loanword_key(s, fold, out);
  }
}

// ---- weighted edit distance ------------------------------------------------------------------

bool in(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

double vowel_cost(char32_t a, char32_t b, double hard) {
  constexpr std::u32string_view kConfusable = U"ㅏㅓㅗㅐㅔㅜㅡ";
  if (in(a, kConfusable) && in(b, kConfusable)) return 0.3;
  if (drop_y(a) == drop_y(b)) return 0.3;
  if ((a == kWi && b == kYu) || (a == kYu && b == kWi)) return 0.3;  // (ü: "위르겐" / "유르겐")
  const auto unround = [](char32_t v) {
    switch (v) {
      case kWa: return kA;
      case kWo: return kEo;
      case kWae: return kAe;
      case kWe: case kOe: return kE;
      case kWi: case kUi: return kI;
      default: return v;
    }
  };
  const char32_t ua = unround(a), ub = unround(b);
  if (ua == ub || (in(ua, kConfusable) && in(ub, kConfusable))) return 0.3;
  if ((a == kI && (b == kE || b == kAe)) || (b == kI && (a == kE || a == kAe))) return 0.5;
  return hard;
}

double consonant_cost(char32_t a, char32_t b, double hard) {
  constexpr std::u32string_view kDental = U"ㅅㅆㅌㄸ";
  if (in(a, kDental) && in(b, kDental)) return 0.3;
  // (the nasals m and n, which transliterations of one name trade: "수브라마니암" / "수브라마니안")
  if ((a == kM && b == kN) || (a == kN && b == kM)) return 0.5;
  // Rows: plain, tense, aspirated.
  constexpr std::array<std::array<char32_t, 3>, 4> kSeries = {
      {{kG, kGG, kK}, {kD, kDD, kT}, {kB, kBB, kP}, {kJ, kJJ, kCh}}};
  for (const auto& row : kSeries) {
    const auto ia = std::find(row.begin(), row.end(), a), ib = std::find(row.begin(), row.end(), b);
    if (ia != row.end() && ib != row.end()) return (ia == row.begin() + 1 || ib == row.begin() + 1) ? 0.3 : 0.5;
  }
  return hard;
}

double substitution_cost(char32_t a, char32_t b, double hard) {
  if (a == b) return 0.0;
  if (is_vowel_jamo(a) && is_vowel_jamo(b)) return vowel_cost(a, b, hard);
  if (is_consonant_jamo(a) && is_consonant_jamo(b)) return consonant_cost(a, b, hard);
  return hard;
}

double indel_cost(const JamoBuf& s, std::size_t i, double hard) {
  const char32_t c = s[i];
  if (c == kEu) return 0.3;
  if (is_consonant_jamo(c) && ((i > 0 && s[i - 1] == c) || (i + 1 < s.size() && s[i + 1] == c))) return 0.3;
  // (or beside its plain, tense or aspirated twin: the ㅂ of "바이스콥프" / "바이스코프")
  const auto twin = [&](std::size_t k) { return is_consonant_jamo(s[k]) && consonant_cost(c, s[k], hard) <= 0.5; };
  if (is_consonant_jamo(c) && ((i > 0 && twin(i - 1)) || (i + 1 < s.size() && twin(i + 1)))) return 0.3;
  return hard;
}

constexpr double kNoHardEdit = 1e6;

// hard is the cost of every edit that is not a known confusion: 1 for jamo_similarity, kNoHardEdit
// to find the best alignment that uses confusions only.
double weighted_distance(const JamoBuf& a, const JamoBuf& b, double hard = 1.0) {
  const std::size_t m = b.size();
  // two rows of the table, and b's insertion costs, computed once (indel_cost looks at neighbours)
  std::array<double, 3 * 129> small;
  std::vector<double> big;
  double* prev = small.data();
  if (m + 1 > 129) {
    big.resize(3 * (m + 1));
    prev = big.data();
  }
  double* cur = prev + (m + 1);
  double* ins = cur + (m + 1);
  for (std::size_t j = 0; j < m; ++j) ins[j] = indel_cost(b, j, hard);
  prev[0] = 0.0;
  for (std::size_t j = 1; j <= m; ++j) prev[j] = prev[j - 1] + ins[j - 1];
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const double del = indel_cost(a, i - 1, hard);
    cur[0] = prev[0] + del;
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + del, cur[j - 1] + ins[j - 1], prev[j - 1] + substitution_cost(a[i - 1], b[j - 1], hard)});
    }
    std::swap(prev, cur);
  }
  return prev[m];
}

double similarity(const JamoBuf& a, const JamoBuf& b, double distance) {
  const std::size_t longest = std::max(a.size(), b.size());
  if (longest == 0) return 1.0;
  return std::max(0.0, 1.0 - distance / static_cast<double>(longest));
}

// Hangul syllables plus Latin letters and digits.
std::size_t unit_count(std::string_view s) {
  std::size_t n = 0, i = 0;
  while (i < s.size()) {
    const Unit u = next_unit(s, i);
    if (u.l >= 0) {
      ++n;
    } else if (const char32_t c = fold_other(u.cp); c != 0 && c < 0x80) {
      ++n;
    }
  }
  return n;
}

}  // namespace

std::u32string to_jamo(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  append_jamo(utf8, out);
  return out;
}

bool looks_like_korean_name(std::string_view name) {
  std::array<Unit, 4> syllables;
  std::size_t n = 0, i = 0;
  while (i < name.size()) {
    const Unit u = next_unit(name, i);
    if (u.l < 0) {
      if (fold_other(u.cp) != 0) return false;
      continue;
    }
    if (n == syllables.size()) return false;
    syllables[n++] = u;
  }
  if (n < 2) return false;
  std::size_t surname = 0;
  for (const std::u32string_view compound : kCompoundSurnames) {
    if (n >= 3 && syllables[0].cp == compound[0] && syllables[1].cp == compound[1]) surname = 2;
  }
  if (surname == 0 && kSurnames.find(syllables[0].cp) != std::u32string_view::npos) surname = 1;
  if (surname == 0 || n - surname > 2) return false;
  for (std::size_t k = 0; k < n; ++k) {
    if (loanword_mark(syllables[k], k + 1 < n ? &syllables[k + 1] : nullptr)) return false;
  }
  return true;
}

std::string variant_key(std::string_view name) {
  JamoBuf key;
  append_key(name, Fold::kWide, key);
  std::string out;
  out.reserve(key.size() * 3);
  for (std::size_t i = 0; i < key.size(); ++i) append_utf8(out, key[i]);
  return out;
}

double jamo_similarity(std::string_view a, std::string_view b) {
  JamoBuf ja, jb;
  append_jamo(a, ja);
  append_jamo(b, jb);
  return similarity(ja, jb, weighted_distance(ja, jb));
}

bool same_transliteration(std::string_view a, std::string_view b) {
  JamoBuf ja, jb;
  append_jamo(a, ja);
  append_jamo(b, jb);
  if (ja.empty() || jb.empty()) return false;
  if (ja == jb) return true;
  if (looks_like_korean_name(a) || looks_like_korean_name(b)) return false;
  if (std::min(unit_count(a), unit_count(b)) <= 2) {
    JamoBuf ka, kb;
    append_loanword_key(a, Fold::kNarrow, ka);
    append_loanword_key(b, Fold::kNarrow, kb);
    return ka == kb;
  }
  const double shorter = static_cast<double>(std::min(ja.size(), jb.size()));
  const double longer = static_cast<double>(std::max(ja.size(), jb.size()));
  if (shorter < 0.75 * longer) return false;
  const double distance = weighted_distance(ja, jb, kNoHardEdit);
  return distance < kNoHardEdit && similarity(ja, jb, distance) >= 0.9 - 1e-9;
}

}  // namespace inmaek::extract
