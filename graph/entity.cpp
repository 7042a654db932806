#include "graph/entity.h"

#include <algorithm>
#include <cctype>

namespace inmaek {

void Entity::add_alias(const std::string& text, const std::string& lang) {
  if (text.empty() || text == name) return;
  Alias a{text, lang};
  auto it = std::lower_bound(aliases.begin(), aliases.end(), a);
  // The same text with another (or no) language is kept once: prefer the tagged one.
  for (auto& existing : aliases) {
    if (existing.text == text) {
      if (existing.lang.empty() && !lang.empty()) {
        existing.lang = lang;
        std::sort(aliases.begin(), aliases.end());
      }
      return;
    }
  }
  aliases.insert(it, std::move(a));
}

std::vector<std::string> Entity::all_names() const {
  std::vector<std::string> out;
  out.reserve(aliases.size() + 1);
  out.push_back(name);
  for (const auto& a : aliases) out.push_back(a.text);
  return out;
}

std::string make_entity_id(const std::string& name) {
  std::string out;
  bool pending_dash = false;
  for (unsigned char c : name) {
    if (c >= 0x80) {  // non-ASCII bytes (Hangul etc.) are kept as they are
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      out += static_cast<char>(c);
    } else if (std::isalnum(c)) {
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      out += static_cast<char>(std::tolower(c));
    } else if (c == '+' || c == '#') {  // keep "C++", "F#" distinct from "C"
      out += c == '+' ? "plus" : "sharp";
    } else {
      pending_dash = true;
    }
  }
  return out.empty() ? std::string("entity") : out;
}

}  // namespace inmaek
