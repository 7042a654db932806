// Repetition-based discovery: a Hangul word that is no word of the language (not in the Korean
// dictionary, not a compound of dictionary words, not on any of the rule lists) and that the
// document uses again and again as an argument (with case particles) is a name, even when no title,
// quote or organisation shape announces it. "뷰로직스는 … 뷰로직스의 … 뷰로직스를": an
// organisation, or a product when it is quoted or follows a product noun.
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "extract/extractor_internal.h"
#include "extract/hangul_words.h"
#include "extract/jamo.h"
#include "extract/korean_dictionary.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// 3-8 Hangul syllables and nothing else.
bool hangul_word(std::string_view w) {
  std::size_t i = 0, n = 0;
  while (i < w.size()) {
    if (!is_hangul_syllable(decode_utf8(w, i))) return false;
    ++n;
  }
  return n >= 3 && n <= 8;
}

bool argument_role(Role r) {
  return r == Role::Subject || r == Role::Topic || r == Role::Object || r == Role::Genitive || r == Role::Comitative ||
         r == Role::Source || r == Role::Goal;
}

struct Tally {
  std::set<std::size_t> sentences;  // where it occurs
  int with_particle = 0;            // occurrences with a case particle
  bool product = false;             // quoted, or after a product noun
  bool titled = false;              // a title follows it: a person, left to the title rules
};

}  // namespace

namespace {
// "데려오", "강화하": the stem of a verb the dictionary lists ("데려오다", "강화하다").
bool is_verb_stem(std::string_view w) {
  std::string v(w);
  v += "다";
  return is_dictionary_word(v);
}
}  // namespace

bool is_descriptor_noun(std::string_view w) {
  std::size_t i = 0, n = 0;
  while (i < w.size()) {
    if (!is_hangul_syllable(decode_utf8(w, i))) return false;
    ++n;
  }
  return n >= 2 && (is_dictionary_compound(w) || is_common_noun(w)) && !looks_like_predicate(w) && !is_verb_stem(w);
}

bool is_unknown_word(std::string_view w) {
  return hangul_word(w) && !is_dictionary_compound(w) && !is_verb_stem(w) && !is_common_noun(w) && !is_name_stopword(w) &&
         type_noun(w) == TypeNoun::None && title_prefix(w).empty() && !is_title_modifier(w) && !looks_like_predicate(w) &&
         !looks_like_korean_full_name(w);
}

bool is_implausible_name(std::string_view name, EntityType type) {
  std::vector<std::string_view> words;
  for (std::string_view rest = name; !rest.empty();) {
    const std::size_t sp = rest.find(' ');
    if (sp != 0) words.push_back(rest.substr(0, sp));
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
  }
  if (words.empty()) return true;
  if (words.size() == 1 && words[0].size() <= 3) return false;  // a surname ("최 대표") is resolved later
  if (type == EntityType::Person && words.size() == 1) return is_dictionary_word(words[0]);  // "이사회", not "배준형"
  std::size_t ordinary = 0;
  for (std::string_view w : words) {
    std::size_t i = 0;
    while (i < w.size())
      if (!is_hangul_syllable(decode_utf8(w, i))) return false;
    if ((looks_like_predicate(w) && !is_dictionary_word(w)) || is_verb_stem(w)) return true;
    // a single word may be a brand made of two words ("코어브릿지", "삼성증권"): only a word the
    // dictionary lists whole is ordinary; of several words, each counts when it is a compound
    if (is_dictionary_word(w) || is_common_noun(w) || (words.size() > 1 && is_dictionary_compound(w))) ++ordinary;
  }
  return ordinary == words.size();
}

void discover_repeated(const std::vector<Sentence>& sentences, const std::vector<std::vector<bool>>& lex_tokens,
                       const std::vector<std::string>& known_words, std::vector<Candidate>& out) {
  // words of the people the lexicon found in the document, in any spelling ("브록먼" of 그렉 브록만)
  std::set<std::string, std::less<>> known_keys;
  for (const std::string& w : known_words) known_keys.insert(variant_key(w));
  // names already found by the cue-based rules, and every word inside them
  std::set<std::string, std::less<>> known;
  for (const Candidate& c : out) {
    known.insert(c.name);
    std::string_view rest = c.name;
    while (!rest.empty()) {
      const std::size_t sp = rest.find(' ');
      known.insert(std::string(rest.substr(0, sp)));
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
  }
  std::map<std::string, Tally, std::less<>> tally;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const std::vector<Token>& t = sentences[si].tokens;
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (lex_tokens[si][k]) continue;
      const ParticleSplit ps = split_particle(t[k].text);
      std::string_view stem = ps.stem;
      if (stem.size() < 9 || known.count(stem) || !is_unknown_word(stem) || known_keys.count(variant_key(stem))) continue;
      // the word before must not glue onto it ("인공지능 뷰로직스" is fine, "이끄는 뷰" is not a concern here)
      Tally& x = tally[std::string(stem)];
      x.sentences.insert(si);
      if (argument_role(ps.role)) ++x.with_particle;
      if (k > 0 && split_particle(t[k - 1].text).role == Role::None && type_noun(t[k - 1].text) == TypeNoun::Product) x.product = true;
      if (t[k].open_before && t[k].close_after) x.product = true;
      if (k + 1 < t.size() && !title_prefix(t[k + 1].text).empty()) x.titled = true;
    }
  }
  for (const auto& [word, x] : tally) {
    if (x.sentences.size() < 2 || x.with_particle < 2 || x.titled) continue;
    out.push_back({word, x.product ? EntityType::Product : EntityType::Organization, {}});
  }
}

}  // namespace inmaek::extract
