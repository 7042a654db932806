#pragma once
// A page as it came off the web plus its normalised form, with an offset map back to the raw bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/span.h"

namespace inmaek::extract {

// raw:    the bytes as received (possibly invalid UTF-8).
// norm:   valid UTF-8 in NFC, folded for matching (see normalize()).
// to_raw: to_raw[i] is the byte offset in raw where the character holding norm byte i starts;
//         it has norm.size() + 1 entries, the last one is raw.size(). Non-decreasing.
struct Text {
  std::string raw;
  std::string norm;
  std::vector<std::uint32_t> to_raw;

  // The raw bytes covering the normalised span: from the raw start of its first character to
  // the raw start of the character after it, minus trailing characters that normalize() dropped
  // (zero-width characters, BOM). Requires span.begin <= span.end <= norm.size().
  std::string_view raw_slice(Span norm_span) const;
  // The normalised bytes of the span.
  std::string_view slice(Span norm_span) const;
};

// Builds a Text from raw page bytes. Linear time; ICU is used only when the text is not
// already NFC. Steps, in order:
//  - invalid UTF-8: each bad byte becomes U+FFFD;
//  - CRLF, CR, NEL, U+2028, U+2029 -> '\n'; tab, VT, FF -> ' '; other C0 controls and DEL dropped;
//  - full-width ASCII U+FF01..U+FF5E -> ASCII; NBSP, U+2000..U+200A, U+202F, U+205F,
//    U+3000 -> ' ';
//  - zero-width characters (U+200B..U+200D, U+2060, U+FEFF/BOM, soft hyphen) dropped;
//  - quotes ‘ ’ ‚ ‛ ′ ` ´ and 「 」 『 』 〈 〉 《 》 -> '\''; “ ” „ ‟ ″ -> '"';
//  - Unicode NFC (so Hangul arriving as conjoining jamo becomes syllables).
// Middle dots (·, ・, ‧, ･) and ellipses are kept as they are.
Text normalize(std::string raw);

}  // namespace inmaek::extract
