#pragma once
// Minimal UTF-8 helpers shared by the extraction steps.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace inmaek::extract {

// Decodes the code point starting at s[i] and advances i past it. An invalid or truncated
// sequence yields U+FFFD and advances by one byte.
char32_t decode_utf8(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of cp to out.
void append_utf8(std::string& out, char32_t cp);

// True when s is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Byte offset of the first invalid sequence, or npos when s is valid.
std::size_t first_invalid_utf8(std::string_view s);

// s with every invalid sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

std::u32string to_u32(std::string_view s);
std::string to_utf8(std::u32string_view s);

inline bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool is_hangul(char32_t c) {
  return is_hangul_syllable(c) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}
// Number of Hangul syllables in `s` when it holds nothing else, else 0 ("뷰로직스" 4, "오픈AI" 0).
std::size_t hangul_syllable_count(std::string_view s);

// True when `s` holds a Hangul syllable.
bool has_hangul(std::string_view s);
// True when `s` is a name in Chinese characters alone ("沈凱文"): a CJK ideograph, no Hangul, no Latin letter.
bool han_only(std::string_view s);
inline bool is_ascii_alpha(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Final consonant (batchim) of a Hangul syllable: 0 for none, else 1..27 (ㄱ..ㅎ in jongseong order).
inline int hangul_final(char32_t c) { return is_hangul_syllable(c) ? static_cast<int>((c - 0xAC00) % 28) : -1; }

}  // namespace inmaek::extract
