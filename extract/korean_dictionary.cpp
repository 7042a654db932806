#include "extract/korean_dictionary.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "extract/utf8.h"

// Debian's /usr/share/hunspell/ko.dic, included verbatim at build time (INMAEK_KO_DIC is its path;
// see extract/CMakeLists.txt). Its words are in conjoining jamo (NFD); they are composed on load.
asm(".pushsection .rodata\n"
    ".balign 16\n"
    ".globl inmaek_ko_dic_begin\n"
    "inmaek_ko_dic_begin:\n"
    ".incbin \"" INMAEK_KO_DIC "\"\n"
    ".globl inmaek_ko_dic_end\n"
    "inmaek_ko_dic_end:\n"
    ".byte 0\n"
    ".popsection\n");
extern "C" const char inmaek_ko_dic_begin[];
extern "C" const char inmaek_ko_dic_end[];

namespace inmaek::extract {

std::string_view ko_common_words_txt();  // generated from extract/data/ko_common_words.txt

namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// Composes conjoining jamo (U+1100.., U+1161.., U+11A8..) into syllables; returns "" when the
// word holds anything but Hangul.
std::string compose(std::string_view word) {
  std::string out;
  std::size_t i = 0;
  char32_t lead = 0, vowel = 0;
  auto flush = [&](char32_t tail) {
    if (lead && vowel) append_utf8(out, 0xAC00 + ((lead - 0x1100) * 21 + (vowel - 0x1161)) * 28 + tail);
    lead = vowel = 0;
  };
  while (i < word.size()) {
    const char32_t c = decode_utf8(word, i);
    if (c >= 0x1100 && c <= 0x1112) {
      if (lead) return {};
      lead = c;
    } else if (c >= 0x1161 && c <= 0x1175) {
      if (!lead || vowel) return {};
      vowel = c;
      // look ahead: a trailing consonant follows unless a new syllable starts
      std::size_t j = i;
      const char32_t next = j < word.size() ? decode_utf8(word, j) : 0;
      if (next >= 0x11A8 && next <= 0x11C2) {
        i = j;
        flush(next - 0x11A7);
      } else {
        flush(0);
      }
    } else if (c >= 0xAC00 && c <= 0xD7A3 && !lead) {
      append_utf8(out, c);
    } else {
      return {};
    }
  }
  return lead ? std::string() : out;
}

class Dictionary {
 public:
  Dictionary() {
    words_.reserve(110000);
    std::string_view dic(inmaek_ko_dic_begin, static_cast<std::size_t>(inmaek_ko_dic_end - inmaek_ko_dic_begin));
    bool first = true;  // the first line is the word count
    for_each_line(dic, [&](std::string_view line) {
      if (first) {
        first = false;
        return;
      }
      line = line.substr(0, line.find('/'));
      std::string w = compose(line);
      if (!w.empty()) words_.insert(std::move(w));
    });
    for_each_line(ko_common_words_txt(), [&](std::string_view line) {
      if (line.empty() || line[0] == '#') return;
      words_.insert(std::string(line));
    });
  }
  bool has(std::string_view w) const { return words_.find(w) != words_.end(); }
  std::size_t size() const { return words_.size(); }

 private:
  template <class F>
  static void for_each_line(std::string_view text, F f) {
    while (!text.empty()) {
      std::size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      f(line);
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
  }
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

const Dictionary& dictionary() {
  static const Dictionary d;
  return d;
}

// Byte offsets of the syllable boundaries of an all-Hangul word; empty when it is not one.
std::vector<std::size_t> syllable_bounds(std::string_view w) {
  std::vector<std::size_t> b{0};
  std::size_t i = 0;
  while (i < w.size()) {
    if (!is_hangul_syllable(decode_utf8(w, i))) return {};
    b.push_back(i);
  }
  return b;
}

bool is_derivational_suffix(std::string_view s) {
  static constexpr std::string_view kSuffixes[] = {"용", "층", "계", "적", "형", "별", "상", "들", "사", "업", "권",
                                                   "측", "성", "화", "식", "급", "가", "자", "인", "세", "율", "량",
                                                   "점", "부", "팀", "실", "단", "장", "비", "금", "제", "판", "체"};
  for (std::string_view x : kSuffixes)
    if (s == x) return true;
  return false;
}

}  // namespace

bool is_dictionary_word(std::string_view word) { return !word.empty() && dictionary().has(word); }

bool is_dictionary_compound(std::string_view word) {
  const std::vector<std::size_t> b = syllable_bounds(word);
  const std::size_t n = b.size() < 2 ? 0 : b.size() - 1;  // syllables
  if (n < 2) return false;
  if (is_dictionary_word(word)) return true;
  std::size_t end = n;
  // reach[k]: the first k syllables split into dictionary words of two or more syllables
  auto splits = [&](std::size_t upto) {
    std::vector<char> reach(upto + 1, 0);
    reach[0] = 1;
    for (std::size_t k = 2; k <= upto; ++k)
      for (std::size_t j = 0; j + 2 <= k && !reach[k]; ++j)
        if (reach[j] && is_dictionary_word(word.substr(b[j], b[k] - b[j]))) reach[k] = 1;
    return reach[upto] != 0;
  };
  if (splits(end)) return true;
  if (n >= 3 && is_derivational_suffix(word.substr(b[n - 1]))) return splits(n - 1);
  return false;
}

std::size_t dictionary_size() { return dictionary().size(); }

}  // namespace inmaek::extract
