#include "export/escape.h"

#include <cstdint>

namespace inmaek::exporters {

namespace {

// Decodes the UTF-8 sequence at s[i]. Returns its length and sets cp, or returns 0 when
// the bytes at i do not start a valid sequence.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool xml_allowed(char32_t cp) {
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  return cp != 0xFFFE && cp != 0xFFFF;
}

// Where the run of code points that `keep` accepts, starting at s[i], ends: the index of the
// first invalid byte or rejected code point, or s.size(). `keep_ascii` answers for single
// bytes below 0x80 (a table lookup, the common case), `keep` for longer sequences.
template <typename KeepAscii, typename Keep>
std::size_t run_end(std::string_view s, std::size_t i, KeepAscii&& keep_ascii, Keep&& keep) {
  const std::size_t n = s.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (!keep_ascii(b)) return i;
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = decode(s, i, cp);
    if (len == 0 || !keep(cp)) return i;
    i += len;
  }
  return n;
}

// Copies s to out run by run; at each stop, `special(cp, bytes)` handles the code point
// (cp and bytes are only valid when len > 0; invalid bytes are skipped one by one).
template <typename KeepAscii, typename Keep, typename Special>
void transform(std::string_view s, std::string& out, KeepAscii&& keep_ascii, Keep&& keep, Special&& special) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t j = run_end(s, i, keep_ascii, keep);
    out.append(s.data() + i, j - i);
    if (j == s.size()) break;
    char32_t cp = 0;
    const std::size_t len = decode(s, j, cp);
    if (len == 0) {
      i = j + 1;
      continue;
    }
    special(cp, s.substr(j, len));
    i = j + len;
  }
}

constexpr bool is_xml_special(unsigned char b) {
  return b == '&' || b == '<' || b == '>' || b == '"' || b == '\'' || b < 0x20;
}

constexpr bool is_dot_special(unsigned char b) { return b == '\\' || b == '"' || b == '&' || b < 0x20 || b == 0x7F; }

}  // namespace

bool is_valid_utf8(std::string_view s) {
  return run_end(s, 0, [](unsigned char) { return true; }, [](char32_t) { return true; }) == s.size();
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  transform(s, out, [](unsigned char) { return true; }, [](char32_t) { return true; }, [](char32_t, std::string_view) {});
  return out;
}

std::string strip_xml_forbidden(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  transform(
      s, out, [](unsigned char b) { return xml_allowed(b); }, [](char32_t cp) { return xml_allowed(cp); },
      [&](char32_t cp, std::string_view bytes) {
        if (xml_allowed(cp)) out += bytes;
      });
  return out;
}

std::string escape_xml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  transform(
      s, out, [](unsigned char b) { return !is_xml_special(b); }, [](char32_t cp) { return xml_allowed(cp); },
      [&](char32_t cp, std::string_view bytes) {
        if (!xml_allowed(cp)) return;
        switch (cp) {
          case '&': out += "&amp;"; break;
          case '<': out += "&lt;"; break;
          case '>': out += "&gt;"; break;
          case '"': out += "&quot;"; break;
          case '\'': out += "&apos;"; break;
          case '\t': out += "&#9;"; break;
          case '\n': out += "&#10;"; break;
          case '\r': out += "&#13;"; break;
          default: out += bytes;
        }
      });
  return out;
}

std::string escape_dot(std::string_view s, bool label) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  transform(
      s, out, [](unsigned char b) { return !is_dot_special(b); },
      [](char32_t cp) { return !(cp >= 0x7F && cp <= 0x9F); },
      [&](char32_t cp, std::string_view bytes) {
        switch (cp) {
          case '\\': out += "\\\\"; return;
          case '"': out += "\\\""; return;
          case '\n': out += "\\n"; return;
          case '\t': out += ' '; return;
          case '&':
            out += label ? "&amp;" : "&";
            return;
          default: break;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return;  // CR and other controls
        out += bytes;
      });
  return out;
}

std::string percent_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : sanitize_utf8(s)) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0x0F];
    }
  }
  return out;
}

}  // namespace inmaek::exporters
