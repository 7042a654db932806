// Brands written in lower case in English articles ("lumora", "kudigo", "stc"). English writes the first
// word of a sentence with a capital, so a word that opens sentences in lower case is a name its owner
// spells so; the rest of the pipeline finds names by their capitals, and reads the document with the
// brand's first letter raised (evidence is quoted from the raw text, so quotes keep the brand's spelling).
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/english_words.h"
#include "extract/extractor_internal.h"

namespace inmaek::extract::en {
namespace {

bool lower_letter(char c) { return c >= 'a' && c <= 'z'; }
bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// A word written in lower case throughout: letters and digits, a hyphen between, three characters or more.
bool lower_case_word(std::string_view w) {
  if (w.size() < 3 || w.size() > 24 || !lower_letter(w[0]) || w.back() == '-') return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return lower_letter(c) || (c >= '0' && c <= '9') || c == '-'; });
}

// Words that open a line in lower case on web pages without being names: bylines, a quote's "said X",
// page furniture, a list item's first word.
bool page_word(std::string_view w) {
  return is_stop_word(w) ||
         is_any(w, {"by", "said", "says", "one", "your", "our", "via", "from", "with", "for", "and", "or", "nor", "yet", "so", "to", "of", "as",
                    "reply", "share", "email", "sales", "split", "panel", "photo", "source", "credit", "note", "update", "updated", "edit",
                    "link", "posted", "click", "tap", "sign", "login", "subscribe", "follow", "advertisement", "sponsored", "read", "more",
                    "see", "also", "plus", "then", "laughs", "laughter", "applause", "inaudible", "crosstalk", "not", "no", "yes", "if",
                    "which", "who", "whose", "what", "where", "how", "why", "all", "some", "many", "most", "each", "every", "both",
                    "including", "such", "per", "vs", "etc"});
}

}  // namespace

std::vector<std::string> lowercase_brands(std::string_view norm, const std::vector<Sentence>& sentences) {
  struct Seen {
    int opens = 0;            // sentences the word opens
    bool apposition = false;  // opening one before a comma: "lumora, a Singapore startup, ..."
  };
  std::map<std::string_view, Seen> seen;
  for (const Sentence& s : sentences) {
    if (s.tokens.empty() || s.tokens[0].open_before) continue;
    const std::string_view lead = before_first_word(s);
    if (lead.find_first_of("([{'\"/@#:") != std::string_view::npos) continue;
    const Token& first = s.tokens[0];
    const std::string_view w = strip_possessive(first.text);
    if (!lower_case_word(w) || page_word(w)) continue;
    Seen& x = seen[w];
    ++x.opens;
    x.apposition = x.apposition || (first.comma_after && w.size() == first.text.size());
  }
  std::vector<std::string> out;
  for (const auto& [w, x] : seen) {
    bool possessive = false;  // "lumora's board" anywhere
    for (std::size_t at = norm.find(w); at != std::string_view::npos && !possessive; at = norm.find(w, at + 1)) {
      const std::size_t end = at + w.size();
      possessive = (at == 0 || !word_char(norm[at - 1])) && norm.compare(end, 2, "'s") == 0 && (end + 2 == norm.size() || !word_char(norm[end + 2]));
    }
    if (x.opens >= 2 || (x.opens == 1 && (x.apposition || possessive))) out.emplace_back(w);
  }
  return out;
}

bool capitalise_words(std::string& norm, const std::vector<std::string>& words) {
  bool changed = false;
  for (const std::string& w : words)
    for (std::size_t at = norm.find(w); at != std::string::npos; at = norm.find(w, at + w.size())) {
      const std::size_t end = at + w.size();
      if (at > 0 && (word_char(norm[at - 1]) || norm[at - 1] == '.' || norm[at - 1] == '/' || norm[at - 1] == '@' || norm[at - 1] == '-')) continue;
      if (end < norm.size() && (word_char(norm[end]) || norm[end] == '@' || norm[end] == '/' || norm[end] == '-')) continue;
      // (not a web or mail address: "lumora.ai")
      if (end + 1 < norm.size() && norm[end] == '.' && word_char(norm[end + 1])) continue;
      norm[at] = static_cast<char>(norm[at] - 'a' + 'A');
      changed = true;
    }
  return changed;
}

}  // namespace inmaek::extract::en
