#include "extract/amounts.h"

#include <array>
#include <string_view>

#include "extract/scan_internal.h"
#include "extract/text.h"

namespace inmaek::extract {
namespace {

using namespace std::string_view_literals;

struct Word {
  std::string_view text;
  std::string_view currency;
};

// Symbols and codes written before the number ("US$" before "$").
constexpr std::array<Word, 31> kPrefixes = {{
    {"US$", "USD"}, {"HK$", "HKD"}, {"NT$", "TWD"}, {"A$", "AUD"}, {"C$", "CAD"}, {"S$", "SGD"}, {"R$", "BRL"},
    {"$", "USD"}, {"\u20AC", "EUR"}, {"\u00A3", "GBP"}, {"\u20A9", "KRW"}, {"\u20B9", "INR"},
    {"\u00A5", "JPY"}, {"USD", "USD"}, {"EUR", "EUR"}, {"KRW", "KRW"}, {"GBP", "GBP"},
    {"JPY", "JPY"}, {"CNY", "CNY"}, {"NKr", "NOK"}, {"SKr", "SEK"}, {"DKr", "DKK"}, {"CHF", "CHF"}, {"SFr", "CHF"},
    {"INR", "INR"}, {"AED", "AED"}, {"SAR", "SAR"}, {"SEK", "SEK"}, {"NOK", "NOK"}, {"Rs", "INR"}, {"SGD", "SGD"},
}};

// Currency words written after the number (longest first where one is a prefix of another).
constexpr std::array<Word, 25> kSuffixes = {{
    {"달러", "USD"}, {"유로", "EUR"}, {"엔화", "JPY"}, {"엔", "JPY"}, {"원화", "KRW"}, {"원", "KRW"},
    {"위안", "CNY"}, {"파운드", "GBP"}, {"\u5186", "JPY"}, {"USD", "USD"}, {"KRW", "KRW"},
    {"EUR", "EUR"}, {"JPY", "JPY"}, {"CNY", "CNY"}, {"RMB", "CNY"}, {"GBP", "GBP"},
    {"dollars", "USD"}, {"dollar", "USD"}, {"euros", "EUR"}, {"euro", "EUR"}, {"pounds", "GBP"},
    {"pound", "GBP"}, {"yen", "JPY"}, {"won", "KRW"}, {"yuan", "CNY"},
}};

// After 원/엔 (also ordinary syllables) only these syllables may follow: particles and
// counters such as 원이, 원을, 원씩, 원대, 원규모, 원가량, 원짜리, 엔화.
constexpr std::u32string_view kAfterWonYen = U"화이가을를은는에의으로씩대규과와도까어짜정보인만선상라였며와쯤";

struct Unit {
  std::string_view text;
  double value;
};
constexpr std::array<Unit, 3> kBigUnits = {{{"조", 1e12}, {"억", 1e8}, {"만", 1e4}}};
constexpr std::array<Unit, 3> kSmallUnits = {{{"천", 1e3}, {"백", 1e2}, {"십", 1e1}}};
// English scales: words may follow a space, abbreviations must be attached.
constexpr std::array<Unit, 6> kScaleWords = {{{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}, {"thousand", 1e3},
                                               {"crore", 1e7}, {"lakh", 1e5}}};
constexpr std::array<Unit, 9> kScaleAbbrevs = {{{"tn", 1e12}, {"bn", 1e9}, {"mn", 1e6}, {"T", 1e12},
                                                 {"B", 1e9}, {"b", 1e9}, {"M", 1e6}, {"m", 1e6}, {"K", 1e3}}};

bool digit(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
bool alpha(std::string_view s, std::size_t i) {
  return i < s.size() && is_ascii_alpha(static_cast<unsigned char>(s[i]));
}

// Digits with thousands separators and an optional fraction: 1,000 / 2.5 / 43.
bool read_number(std::string_view s, std::size_t& i, double& v) {
  if (!digit(s, i)) return false;
  std::size_t j = i;
  double x = 0;
  while (true) {
    while (digit(s, j)) x = x * 10 + (s[j++] - '0');
    if (j + 3 < s.size() + 0 && s[j] == ',' && digit(s, j + 1) && digit(s, j + 2) && digit(s, j + 3) &&
        !digit(s, j + 4)) {
      ++j;
      continue;
    }
    break;
  }
  if (j + 1 < s.size() && s[j] == '.' && digit(s, j + 1)) {
    ++j;
    double scale = 0.1;
    while (digit(s, j)) x += (s[j++] - '0') * scale, scale /= 10;
  }
  i = j;
  v = x;
  return true;
}

template <std::size_t N>
const Unit* unit_at(std::string_view s, std::size_t i, const std::array<Unit, N>& t) {
  for (const Unit& u : t)
    if (scan::starts_at(s, i, u.text)) return &u;
  return nullptr;
}

// One group of Korean numerals at i: "4천5백", "2", "1.5" followed by an optional big unit.
// Returns false when there is no number. big is the big unit (0 if none).
bool read_group(std::string_view s, std::size_t& i, double& value, double& big) {
  std::size_t j = i;
  double group = 0;
  bool any = false;
  while (digit(s, j)) {
    double n = 0;
    read_number(s, j, n);
    any = true;
    if (const Unit* u = unit_at(s, j, kSmallUnits)) {
      group += n * u->value;
      j += u->text.size();
      continue;
    }
    group += n;
    break;
  }
  if (!any) return false;
  big = 0;
  if (const Unit* u = unit_at(s, j, kBigUnits)) {
    big = u->value;
    j += u->text.size();
  }
  value = big ? group * big : group;
  i = j;
  return true;
}

// Korean numerals: groups with decreasing big units, e.g. "1조 4천억", "2억5000만".
// Returns the total; sets has_big when any big unit occurred.
double read_korean_number(std::string_view s, std::size_t& i, bool& has_big) {
  double total = 0, last_big = 0;
  has_big = false;
  std::size_t j = i;
  double v = 0, big = 0;
  if (!read_group(s, j, v, big)) return 0;
  total = v;
  last_big = big;
  has_big = big != 0;
  while (last_big != 0) {
    std::size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    double v2 = 0, big2 = 0;
    std::size_t k2 = k;
    if (!read_group(s, k2, v2, big2)) break;
    if (big2 == 0) {
      // A bare number right after a big unit ("2억5000 달러") joins; after a space it must not.
      if (k != j) break;
      total += v2;
      j = k2;
      break;
    }
    if (big2 >= last_big) break;
    total += v2;
    last_big = big2;
    j = k2;
  }
  i = j;
  return total;
}

// A currency word at i; checks what may follow. Advances i.
std::string_view read_suffix(std::string_view s, std::size_t& i) {
  for (const Word& w : kSuffixes) {
    if (!scan::starts_at(s, i, w.text)) continue;
    const std::size_t e = i + w.text.size();
    if (is_ascii_alpha(static_cast<unsigned char>(w.text[0]))) {
      if (alpha(s, e)) continue;
      if (i > 0 && alpha(s, i - 1)) continue;
    } else if (w.text == "원" || w.text == "엔") {
      const char32_t next = scan::at(s, e);
      if (is_hangul_syllable(next) && kAfterWonYen.find(next) == kAfterWonYen.npos) continue;
    }
    i = e;
    return w.currency;
  }
  return {};
}

}  // namespace

std::vector<AmountMention> find_amounts(const Text& text, Span sentence) {
  const std::string_view s = std::string_view(text.norm).substr(0, sentence.end);
  std::vector<AmountMention> out;
  std::size_t i = sentence.begin;
  auto emit = [&](std::size_t b, std::size_t e, double value, std::string_view cur) {
    out.push_back({{b, e}, inmaek::Amount{std::string(s.substr(b, e - b)), value, std::string(cur)}});
  };
  while (i < s.size()) {
    const std::size_t start = i;
    const bool boundary = i == sentence.begin || !(alpha(s, i - 1) || digit(s, i - 1) || s[i - 1] == '.' ||
                                                   s[i - 1] == ',' ||
                                                   (s[i - 1] == '-' && i >= 2 && alpha(s, i - 2)));
    // Symbol or code before the number: $4 billion, US$2.5 billion, EUR 10 million.
    std::string_view prefix_cur;
    std::size_t j = i;
    const auto lead = static_cast<unsigned char>(s[i]);
    const bool maybe_prefix = lead == '$' || lead == 'U' || lead == 'E' || lead == 'K' || lead == 'G' ||
                              lead == 'J' || lead == 'C' || lead == 'H' || lead == 'N' || lead == 'A' || lead == 'S' ||
                              lead == 'R' || lead == 'D' || lead == 'I' || lead == 0xE2 || lead == 0xC2;
    if (boundary && maybe_prefix) {
      for (const Word& w : kPrefixes) {
        if (!scan::starts_at(s, i, w.text)) continue;
        std::size_t k = i + w.text.size();
        if (alpha(s, k)) continue;
        if (alpha(s, i) && k < s.size() && s[k] == ' ') ++k;
        if (!digit(s, k)) continue;
        prefix_cur = w.currency;
        j = k;
        break;
      }
    }
    if (digit(s, j) && (boundary || !prefix_cur.empty())) {
      bool has_big = false;
      std::size_t k = j;
      double value = read_korean_number(s, k, has_big);
      std::size_t end = k;
      if (!has_big) {
        // English scale: "4 billion", "4bn", "$10B".
        std::size_t q = k;
        if (const Unit* u = unit_at(s, q, kScaleAbbrevs); u && !alpha(s, q + u->text.size())) {
          value *= u->value;
          end = q + u->text.size();
        } else {
          if (q < s.size() && s[q] == ' ') ++q;
          if (const Unit* w = unit_at(s, q, kScaleWords); w && !alpha(s, q + w->text.size())) {
            value *= w->value;
            end = q + w->text.size();
          }
        }
      }
      std::size_t c = end;
      if (c < s.size() && s[c] == ' ') ++c;
      std::string_view cur = read_suffix(s, c);
      if (cur == "KRW" && end == k && !has_big && scan::starts_at(s, c - 3, "won")) cur = {};  // "4 won praise"
      if (!prefix_cur.empty()) {
        if (!cur.empty() && cur == prefix_cur) end = c;
        emit(start, end, value, prefix_cur);
        i = end;
        continue;
      }
      if (!cur.empty()) {
        emit(start, c, value, cur);
        i = c;
        continue;
      }
      i = k > i ? k : i + 1;
      continue;
    }
    // 수십억 달러, 수조 원: an unknown amount.
    if (scan::starts_at(s, i, "수") && (i == sentence.begin || !is_hangul(scan::before(s, i)))) {
      std::size_t k = i + 3;
      if (const Unit* u = unit_at(s, k, kSmallUnits)) k += u->text.size();
      if (const Unit* u = unit_at(s, k, kBigUnits)) {
        k += u->text.size();
        std::size_t c = k;
        if (c < s.size() && s[c] == ' ') ++c;
        std::string_view cur = read_suffix(s, c);
        if (!cur.empty()) {
          emit(start, c, 0, cur);
          i = c;
          continue;
        }
      }
    }
    i += scan::len_at(s, i);
  }
  return out;
}

}  // namespace inmaek::extract
