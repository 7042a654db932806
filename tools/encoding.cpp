#include "tools/encoding.h"

#include <cerrno>

#include <iconv.h>

#include "extract/utf8.h"

namespace inmaek::tools {

std::optional<std::string> transcode_cp949(std::string_view bytes) {
  iconv_t cd = ::iconv_open("UTF-8", "CP949");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out;
  out.resize(bytes.size() * 2 + 16);  // CP949 is at most 2 bytes per character, UTF-8 3 for Hangul
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* dst = out.data();
  std::size_t out_left = out.size();
  bool ok = true;
  while (in_left > 0) {
    if (::iconv(cd, &in, &in_left, &dst, &out_left) == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) {
        const std::size_t used = static_cast<std::size_t>(dst - out.data());
        out.resize(out.size() * 2);
        dst = out.data() + used;
        out_left = out.size() - used;
        continue;
      }
      ok = false;  // EILSEQ or EINVAL (truncated sequence at the end)
      break;
    }
  }
  ::iconv_close(cd);
  if (!ok) return std::nullopt;
  out.resize(static_cast<std::size_t>(dst - out.data()));
  return out;
}

Decoded decode_text(std::string bytes) {
  Decoded d;
  const std::size_t bad = extract::first_invalid_utf8(bytes);
  if (bad == std::string::npos) {
    d.text = std::move(bytes);
    return d;
  }
  // Non-ASCII bytes in valid UTF-8 sequences vs. bytes in invalid ones.
  std::size_t valid_multi = 0, invalid = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = extract::decode_utf8(bytes, i);
    if (cp == 0xFFFD && i == start + 1) ++invalid;
    else valid_multi += i - start;
  }
  if (invalid > valid_multi) {
    if (auto t = transcode_cp949(bytes)) {
      std::size_t hangul = 0, non_ascii = 0;
      for (std::size_t i = 0; i < t->size();) {
        const char32_t cp = extract::decode_utf8(*t, i);
        if (cp < 0x80) continue;
        ++non_ascii;
        if (extract::is_hangul(cp)) ++hangul;
      }
      if (hangul * 2 >= non_ascii) {
        d.text = std::move(*t);
        d.how = Decoded::How::Cp949;
        return d;
      }
    }
  }
  d.text = extract::repair_utf8(bytes);
  d.how = Decoded::How::Repaired;
  d.first_bad = bad;
  return d;
}

}  // namespace inmaek::tools
