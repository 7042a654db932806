// Repetition-based discovery: a Hangul word that is no word of the language (not in the Korean
// dictionary, not a compound of dictionary words, not on any of the rule lists) and that the
// document uses again and again as an argument (with case particles) is a name, even when no title,
// quote or organisation shape announces it. "뷰로직스는 … 뷰로직스의 … 뷰로직스를": an
// organisation, or a product when it is quoted or follows a product noun.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/cross_lingual_internal.h"
#include "extract/extractor_internal.h"
#include "extract/hangul_words.h"
#include "extract/jamo.h"
#include "extract/korean_dictionary.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

bool argument_role(Role r) {
  return r == Role::Subject || r == Role::Topic || r == Role::Object || r == Role::Genitive || r == Role::Comitative ||
         r == Role::Source || r == Role::Goal;
}

struct Tally {
  std::vector<std::size_t> sentences;  // where it occurs, ascending
  int with_particle = 0;               // occurrences with a case particle
  bool product = false;                // quoted, or after a product noun
  bool titled = false;                 // a title follows it: a person, left to the title rules
  std::string_view given;              // a bare unknown word before it: a foreign given name ("이선 콜드웰이")
};


// "데려오", "강화하": the stem of a verb the dictionary lists ("데려오다", "강화하다").
bool is_verb_stem(std::string_view w) {
  std::string v(w);
  v += "다";
  if (is_dictionary_word(v)) return true;
  // a compound with an auxiliary verb the dictionary lists apart: "만들어내" = 만들어 + 내 (만들다 + 내다),
  // "찾아내", "밝혀주"
  for (std::string_view aux : {"내", "주", "보", "두", "놓", "버리"})
    if (w.size() > aux.size() + 6 && w.substr(w.size() - aux.size()) == aux) {
      const std::string_view before = w.substr(0, w.size() - aux.size());
      const std::string_view link = before.substr(before.size() - 3);
      if (link == "어" || link == "아" || link == "여") {
        if (is_dictionary_word(std::string(before.substr(0, before.size() - 3)) + "다")) return true;
      }
      if (is_dictionary_word(std::string(before) + "다")) return true;
    }
  return false;
}

// "이선" of "이선 콜드웰이": a bare word of two to four syllables that is no word of the language, nor
// a title, a kind of organisation or a place, right before a repeated name: the given name of a
// foreign person the name is the surname of.
bool given_name_before(const std::vector<Token>& t, std::size_t k, const std::vector<bool>& lex) {
  if (k == 0 || lex[k - 1] || t[k - 1].comma_after || t[k - 1].close_after) return false;
  const std::string_view w = t[k - 1].text;
  const std::size_t syl = hangul_syllable_count(w);
  return syl >= 2 && syl <= 4 && syl * 3 == w.size() && split_particle(w).role == Role::None && !is_dictionary_word(w) &&
         !is_dictionary_compound(w) && !is_common_noun(w) && !is_name_stopword(w) && type_noun(w) == TypeNoun::None &&
         title_prefix(w).empty() && !is_title_modifier(w) && !looks_like_predicate(w) && !is_verb_stem(w) && !is_region_word(w) &&
         !looks_like_org_name(w) && !looks_like_korean_full_name(w) && !is_korean_place(w);
}
}  // namespace

bool is_descriptor_noun(std::string_view w) {
  return hangul_syllable_count(w) >= 2 && (is_dictionary_compound(w) || is_common_noun(w)) && !looks_like_predicate(w) &&
         !is_verb_stem(w);
}

bool is_unknown_word(std::string_view w) {
  const std::size_t syllables = hangul_syllable_count(w);
  return syllables >= 3 && syllables <= 8 && !is_dictionary_compound(w) && !is_verb_stem(w) && !is_common_noun(w) && !is_name_stopword(w) &&
         type_noun(w) == TypeNoun::None && title_prefix(w).empty() && !is_title_modifier(w) && !looks_like_predicate(w) &&
         !looks_like_korean_full_name(w) && !is_korean_place(w);
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
  // "라일라 알 만수리": the Arabic article is no verb stem (알다)
  if (type == EntityType::Person && words.size() == 3 && (words[1] == "알" || words[1] == "엘")) words.erase(words.begin() + 1);
  // "레 투 하": a Vietnamese name of short words that are also Korean words
  if (type == EntityType::Person && words.size() == 3 && !vietnamese_surname_latin(words[0]).empty()) return false;
  std::size_t ordinary = 0;
  for (std::string_view w : words) {
    // an adverb of the headline's verb: "서울서 잇따라 (창업)" is no name
    for (std::string_view a : {"잇따라", "잇달아", "연이어", "속속", "줄줄이", "일제히", "나란히", "차례로"})
      if (w == a) return true;
    if (hangul_syllable_count(w) == 0) return false;  // a Latin part: a brand, never implausible
    if ((looks_like_predicate(w) && !is_dictionary_word(w)) || is_verb_stem(w)) return true;
    // a single word may be a brand made of two words ("코어브릿지", "삼성증권"): only a word the
    // dictionary lists whole is ordinary; of several words, each counts when it is a compound
    if (is_dictionary_word(w) || is_common_noun(w) || (words.size() > 1 && is_dictionary_compound(w))) ++ordinary;
  }
  return ordinary == words.size();
}

// "엑사원랩장", "비전센터장", "음성AI팀장": a unit and the title of its head in one word, a post,
// not a name
static bool ends_with_unit_head(std::string_view word) {
  for (std::string_view h : {"랩장", "센터장", "소장", "팀장", "실장", "본부장", "부문장", "그룹장", "원장", "단장", "사업부장"})
    if (word.size() > h.size() + 3 && word.compare(word.size() - h.size(), h.size(), h) == 0) return true;
  return false;
}

void discover_repeated(const std::vector<Sentence>& sentences, const std::vector<std::vector<bool>>& lex_tokens,
                       const std::vector<std::string>& known_words, std::vector<Candidate>& out) {
  // words of the people the lexicon found in the document, in any spelling ("브록먼" of 그렉 브록만)
  std::unordered_set<std::string> known_keys;
  for (const std::string& w : known_words) known_keys.insert(variant_key(w));
  // names already found by the cue-based rules, and every word inside them
  std::unordered_set<std::string_view> known;
  for (const Candidate& c : out) {
    std::string_view rest = c.name;
    known.insert(rest);
    while (!rest.empty()) {
      const std::size_t sp = rest.find(' ');
      known.insert(rest.substr(0, sp));
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
  }
  // Words are views into the document text, which outlives this function; each distinct word is
  // judged once (a long document repeats its words many times).
  std::unordered_map<std::string_view, bool> is_candidate;
  std::unordered_map<std::string_view, Tally> tally;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const std::vector<Token>& t = sentences[si].tokens;
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (lex_tokens[si][k]) continue;
      const ParticleSplit ps = split_particle(t[k].text);
      const std::string_view stem = ps.stem;
      if (stem.size() < 9) continue;
      // ("알레한드로 루이스가": a name ending in 로 before another name is no stem with the particle 로)
      if ((ps.particle == "로" || ps.particle == "으로") && k + 1 < t.size() && !t[k].comma_after && has_hangul(t[k + 1].text) &&
          is_unknown_word(split_particle(t[k + 1].text).stem))
        continue;
      auto [it, fresh] = is_candidate.try_emplace(stem, false);
      if (fresh)
        it->second = !known.count(stem) && is_unknown_word(stem) && !known_keys.count(variant_key(stem)) && !ends_with_unit_head(stem);
      if (!it->second) continue;
      Tally& x = tally[stem];
      if (x.sentences.empty() || x.sentences.back() != si) x.sentences.push_back(si);
      if (argument_role(ps.role)) ++x.with_particle;
      if (k > 0 && split_particle(t[k - 1].text).role == Role::None && type_noun(t[k - 1].text) == TypeNoun::Product) x.product = true;
      if (t[k].open_before && t[k].close_after) x.product = true;
      if (k + 1 < t.size() && !title_prefix(t[k + 1].text).empty()) x.titled = true;
      if (x.given.empty() && argument_role(ps.role) && given_name_before(t, k, lex_tokens[si])) x.given = t[k - 1].text;
    }
  }
  // in a stable order: by first sentence, then by word
  std::vector<std::pair<std::string_view, const Tally*>> found;
  for (const auto& [word, x] : tally)
    if (x.sentences.size() >= 2 && x.with_particle >= 2 && !x.titled) found.emplace_back(word, &x);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.second->sentences.front() != b.second->sentences.front() ? a.second->sentences.front() < b.second->sentences.front()
                                                                        : a.first < b.first;
  });
  for (const auto& [word, x] : found)
    if (!x->given.empty() && !x->product) out.push_back({std::string(x->given) + " " + std::string(word), EntityType::Person, {}});
    else out.push_back({std::string(word), x->product ? EntityType::Product : EntityType::Organization, {}});
}

}  // namespace inmaek::extract
