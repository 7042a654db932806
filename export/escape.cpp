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

// Calls f(code point, bytes) for each valid sequence of s; invalid bytes are skipped.
template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const std::size_t len = decode(s, i, cp);
    if (len == 0) {
      ++i;
      continue;
    }
    f(cp, s.substr(i, len));
    i += len;
  }
}

}  // namespace

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_code_point(s, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

std::string strip_xml_forbidden(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_code_point(s, [&](char32_t cp, std::string_view bytes) {
    if (xml_allowed(cp)) out += bytes;
  });
  return out;
}

std::string escape_xml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for_each_code_point(s, [&](char32_t cp, std::string_view bytes) {
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
  for_each_code_point(s, [&](char32_t cp, std::string_view bytes) {
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
