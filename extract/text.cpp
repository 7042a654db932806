#include "extract/text.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

constexpr char32_t kDrop = 0xFFFFFFFF;  // fold() result: remove the character

// Folding for matching. Returns c itself when nothing applies.
char32_t fold(char32_t c) {
  if (c < 0x80) {
    switch (c) {
      case '\t': case '\v': case '\f': return ' ';
      case '\n': return '\n';
      case '`': return '\'';
      default: return (c < 0x20 || c == 0x7F) ? kDrop : c;
    }
  }
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;  // full-width ASCII
  switch (c) {
    case 0x85: case 0x2028: case 0x2029: return '\n';
    case 0xA0: case 0x202F: case 0x205F: case 0x3000: return ' ';
    case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return kDrop;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0xB4:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F:
    case 0x3008: case 0x3009: case 0x300A: case 0x300B:
    case 0x2329: case 0x232A:  // canonical twins of 〈 〉
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return '"';
    default: break;
  }
  if (c >= 0x2000 && c <= 0x200A) return ' ';
  return c;
}

// Characters that may need NFC work. Hangul syllables and everything below U+0300 are
// NFC-stable on their own, which covers almost all Korean and English news text.
bool may_need_nfc(char32_t c) { return c >= 0x300 && !is_hangul_syllable(c); }

// True for the 3-byte encodings of characters normalize() drops (U+200B..D, U+2060, U+FEFF).
bool ends_with_dropped(std::string_view s) {
  if (s.size() < 3) return false;
  auto b0 = static_cast<unsigned char>(s[s.size() - 3]);
  auto b1 = static_cast<unsigned char>(s[s.size() - 2]);
  auto b2 = static_cast<unsigned char>(s[s.size() - 1]);
  if (b0 == 0xE2 && b1 == 0x80 && b2 >= 0x8B && b2 <= 0x8D) return true;
  if (b0 == 0xE2 && b1 == 0x81 && b2 == 0xA0) return true;
  return b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
}

// Runs NFC over t.norm, rewriting t.to_raw through ICU's edit record: unchanged bytes keep
// their offsets, every byte of a changed cluster maps to the raw start of that cluster.
void apply_nfc(Text& t) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec)) return;
  icu::StringPiece in(t.norm.data(), static_cast<std::int32_t>(t.norm.size()));
  if (nfc->isNormalizedUTF8(in, ec) || U_FAILURE(ec)) return;
  ec = U_ZERO_ERROR;
  std::string out;
  out.reserve(t.norm.size());
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, in, sink, &edits, ec);
  if (U_FAILURE(ec)) return;
  std::vector<std::uint32_t> map;
  map.reserve(out.size() + 1);
  auto it = edits.getFineIterator();
  while (it.next(ec)) {
    auto src = static_cast<std::size_t>(it.sourceIndex());
    auto new_len = static_cast<std::size_t>(it.newLength());
    for (std::size_t k = 0; k < new_len; ++k)
      map.push_back(it.hasChange() ? t.to_raw[src] : t.to_raw[src + k]);
  }
  if (U_FAILURE(ec) || map.size() != out.size()) return;
  map.push_back(t.to_raw.back());
  t.norm = std::move(out);
  t.to_raw = std::move(map);
}

}  // namespace

std::string_view Text::raw_slice(Span s) const {
  std::size_t b = to_raw[s.begin], e = to_raw[s.end];
  if (e < b) e = b;
  std::string_view v(raw.data() + b, e - b);
  while (ends_with_dropped(v)) v.remove_suffix(3);
  return v;
}

std::string_view Text::slice(Span s) const {
  return std::string_view(norm).substr(s.begin, s.end - s.begin);
}

Text normalize(std::string raw) {
  Text t;
  t.raw = std::move(raw);
  const std::string_view r = t.raw;
  t.norm.reserve(r.size());
  t.to_raw.reserve(r.size() + 1);
  bool need_nfc = false;
  auto push = [&](char32_t c, std::size_t at) {
    std::size_t before = t.norm.size();
    if (c < 0x80) t.norm.push_back(static_cast<char>(c));
    else append_utf8(t.norm, c);
    t.to_raw.insert(t.to_raw.end(), t.norm.size() - before, static_cast<std::uint32_t>(at));
  };
  std::size_t i = 0;
  while (i < r.size()) {
    const std::size_t at = i;
    const auto byte = static_cast<unsigned char>(r[i]);
    if (byte >= 0x20 && byte < 0x7F && byte != '`') {  // plain ASCII fast path
      t.norm.push_back(static_cast<char>(byte));
      t.to_raw.push_back(static_cast<std::uint32_t>(at));
      ++i;
      continue;
    }
    if (byte >= 0xEA && byte <= 0xED && i + 2 < r.size()) {  // Hangul syllable fast path
      const auto b1 = static_cast<unsigned char>(r[i + 1]), b2 = static_cast<unsigned char>(r[i + 2]);
      const char32_t c = ((byte & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && is_hangul_syllable(c)) {
        t.norm.append(r.data() + i, 3);
        t.to_raw.insert(t.to_raw.end(), 3, static_cast<std::uint32_t>(at));
        i += 3;
        continue;
      }
    }
    if (byte == '\r') {
      ++i;
      if (i < r.size() && r[i] == '\n') ++i;
      push('\n', at);
      continue;
    }
    const char32_t c = fold(decode_utf8(r, i));
    if (c == kDrop) continue;
    need_nfc = need_nfc || may_need_nfc(c);
    push(c, at);
  }
  t.to_raw.push_back(static_cast<std::uint32_t>(r.size()));
  if (need_nfc) apply_nfc(t);
  return t;
}

}  // namespace inmaek::extract
