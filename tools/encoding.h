#pragma once
// Input bytes to UTF-8: legacy Korean encodings (EUC-KR and its superset CP949) are detected
// and transcoded with iconv; other invalid bytes are replaced with U+FFFD.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace inmaek::tools {

// `bytes` read as CP949 (which includes EUC-KR), as UTF-8; nullopt when they are not valid CP949.
std::optional<std::string> transcode_cp949(std::string_view bytes);

struct Decoded {
  enum class How { Utf8, Cp949, Repaired };
  std::string text;              // valid UTF-8
  How how = How::Utf8;
  std::size_t first_bad = 0;     // for Repaired: byte offset of the first invalid sequence
};

// Valid UTF-8 is kept as is. Otherwise, when most non-ASCII bytes are not part of valid UTF-8
// sequences, the bytes are tried as CP949 and accepted when the result is at least half Hangul
// (among non-ASCII characters). Failing that, each invalid sequence becomes U+FFFD.
Decoded decode_text(std::string bytes);

}  // namespace inmaek::tools
