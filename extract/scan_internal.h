#pragma once
// Small inline scanning helpers shared by text.cpp, sentences.cpp, boilerplate.cpp, dates.cpp
// and amounts.cpp. Everything works on valid UTF-8 (Text::norm) with byte offsets.
#include <cstddef>
#include <string_view>

#include "extract/span.h"
#include "extract/utf8.h"

namespace inmaek::extract::scan {

// Code point starting at byte i (U+FFFD past the end).
inline char32_t at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  return decode_utf8(s, i);
}

// Length in bytes of the code point starting at byte i.
inline std::size_t len_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  decode_utf8(s, j);
  return j - i;
}

// Start of the code point that ends right before byte i (i itself when i == 0).
inline std::size_t prev_start(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// Code point that ends right before byte i, 0 when i == 0.
inline char32_t before(std::string_view s, std::size_t i) {
  return i == 0 ? 0 : at(s, prev_start(s, i));
}

inline bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool is_alnum(char32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
// Letters for our purposes: ASCII, Latin-1/Extended, Hangul, CJK ideographs, kana.
inline bool is_letter(char32_t c) {
  return is_ascii_alpha(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || is_hangul(c) ||
         (c >= 0x3040 && c <= 0x30FF && c != 0x30FB) || (c >= 0x4E00 && c <= 0x9FFF);
}

// True when lit occurs at byte i of s. A plain loop: the literals are short and most calls
// fail on the first byte or two, where a memcmp call would cost more than the comparison.
inline bool starts_at(std::string_view s, std::size_t i, std::string_view lit) {
  if (i > s.size() || s.size() - i < lit.size()) return false;
  for (std::size_t k = 0; k < lit.size(); ++k)
    if (s[i + k] != lit[k]) return false;
  return true;
}

// The span with ASCII whitespace removed from both ends.
inline Span trim(std::string_view s, Span sp) {
  while (sp.begin < sp.end && is_space(static_cast<unsigned char>(s[sp.begin]))) ++sp.begin;
  while (sp.end > sp.begin && is_space(static_cast<unsigned char>(s[sp.end - 1]))) --sp.end;
  return sp;
}

// Number of code points in s.
inline std::size_t count_cps(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

}  // namespace inmaek::extract::scan
