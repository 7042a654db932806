#include "extract/extractor_internal.h"

#include "extract/utf8.h"

namespace inmaek::extract {

std::string detect_language(std::string_view norm) {
  std::size_t hangul = 0, latin = 0, i = 0;
  while (i < norm.size()) {
    char32_t c = decode_utf8(norm, i);
    if (is_hangul_syllable(c)) ++hangul;
    else if (is_ascii_alpha(c)) ++latin;
  }
  // A Hangul syllable carries about as much text as three Latin letters.
  return hangul * 3 >= latin / 4 && hangul > 0 ? "ko" : "en";
}

}  // namespace inmaek::extract
