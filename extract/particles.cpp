#include "extract/particles.h"

#include <algorithm>
#include <array>
#include <vector>

#include "extract/utf8.h"
#include "extract/word_trie.h"

namespace inmaek::extract {
namespace {

// Which stems an allomorph attaches to.
enum class After { Any, Consonant, Vowel, VowelOrRieul, ConsonantNotRieul };

struct Particle {
  std::string_view text;
  Role role;
  After after;
};

// Allomorph pairs are listed side by side. Stacked forms ("에서는") are listed whole so the
// longest match wins and keeps the role of the inner particle.
constexpr Particle kParticles[] = {
    // subject / topic / object
    {"이", Role::Subject, After::Consonant}, {"가", Role::Subject, After::Vowel},
    {"께서", Role::Subject, After::Any},     {"께서는", Role::Subject, After::Any},
    {"은", Role::Topic, After::Consonant},   {"는", Role::Topic, After::Vowel},
    {"은요", Role::Topic, After::Consonant}, {"는요", Role::Topic, After::Vowel},  // (spoken: "로한 메타는요")
    {"을", Role::Object, After::Consonant},  {"를", Role::Object, After::Vowel},
    // source
    {"에서", Role::Source, After::Any},          {"에서는", Role::Source, After::Any},
    {"에선", Role::Source, After::Any},  // ("업계에선": 에서는 contracted)
    {"에서도", Role::Source, After::Any},        {"에서의", Role::Genitive, After::Any},
    {"으로부터", Role::Source, After::ConsonantNotRieul}, {"로부터", Role::Source, After::VowelOrRieul},
    {"으로부터의", Role::Source, After::ConsonantNotRieul}, {"로부터의", Role::Source, After::VowelOrRieul},
    {"에게서", Role::Source, After::Any},        {"한테서", Role::Source, After::Any},
    // goal
    {"에", Role::Goal, After::Any},             {"에는", Role::Goal, After::Any},
    {"에도", Role::Goal, After::Any},           {"으로", Role::Goal, After::ConsonantNotRieul},
    {"로", Role::Goal, After::VowelOrRieul},    {"으로는", Role::Goal, After::ConsonantNotRieul},
    {"로는", Role::Goal, After::VowelOrRieul},  {"으로도", Role::Goal, After::ConsonantNotRieul},
    {"로도", Role::Goal, After::VowelOrRieul},  {"에게", Role::Goal, After::Any},
    {"한테", Role::Goal, After::Any},           {"으로의", Role::Goal, After::ConsonantNotRieul},
    {"로의", Role::Goal, After::VowelOrRieul},
    // genitive
    {"의", Role::Genitive, After::Any},
    // comitative
    {"와", Role::Comitative, After::Vowel},      {"과", Role::Comitative, After::Consonant},
    {"와의", Role::Comitative, After::Vowel},    {"과의", Role::Comitative, After::Consonant},
    {"와는", Role::Comitative, After::Vowel},    {"과는", Role::Comitative, After::Consonant},
    {"와도", Role::Comitative, After::Vowel},    {"과도", Role::Comitative, After::Consonant},
    {"하고", Role::Comitative, After::Any},      {"이랑", Role::Comitative, After::Consonant},
    // (no bare "랑": spoken Korean, rare in the press, and the end of many names — 페랑, 로랑, 베르트랑)
    // also / only / even
    {"도", Role::Also, After::Any},  {"만", Role::Also, After::Any},     {"까지", Role::Also, After::Any},
    {"조차", Role::Also, After::Any}, {"마저", Role::Also, After::Any},
    // (no "만이", "만을": far more often a name's last syllable before 이 or 을 — 벤카타라만이, 하르트만을 — than
    // "only" before the case; "만" alone stays, the name judged elsewhere)
    // copula forms: "회사인", "창업자이자", "CEO였던"
    {"인", Role::Copula, After::Any},    {"이자", Role::Copula, After::Any},   {"이며", Role::Copula, After::Any},
    {"였던", Role::Copula, After::Vowel}, {"이었던", Role::Copula, After::Consonant}, {"이던", Role::Copula, After::Consonant},
    {"였다", Role::Copula, After::Vowel}, {"이었다", Role::Copula, After::Consonant},
    {"이다", Role::Copula, After::Any},  {"다", Role::Copula, After::Vowel},  {"입니다", Role::Copula, After::Any},
    {"이라는", Role::Copula, After::Consonant}, {"라는", Role::Copula, After::Vowel},
    {"이란", Role::Copula, After::Consonant},   {"란", Role::Copula, After::Vowel},
    {"으로서", Role::Copula, After::ConsonantNotRieul}, {"로서", Role::Copula, After::VowelOrRieul},
    // (connective and spoken endings: "세운 회사인데,", "만든 회사고", "회사예요", "기업이에요")
    {"인데", Role::Copula, After::Any},  {"인데요", Role::Copula, After::Any},
    {"이지만", Role::Copula, After::Consonant}, {"지만", Role::Copula, After::Vowel}, {"예요", Role::Copula, After::Vowel},
    {"이에요", Role::Copula, After::Consonant}, {"이고", Role::Copula, After::Consonant},
    // no role in the rules
    {"처럼", Role::Other, After::Any}, {"보다", Role::Other, After::Any}, {"같은", Role::Other, After::Any},
    {"부터", Role::Other, After::Any}, {"마다", Role::Other, After::Any}, {"대비", Role::Other, After::Any},
};

// The last code point of s (U+0000 for an empty string).
char32_t last_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  std::size_t j = i;
  return decode_utf8(s, j);
}

bool fits(After after, std::string_view stem) {
  if (after == After::Any) return true;
  const char32_t c = last_char(stem);
  const int fin = hangul_final(c);
  if (fin < 0) return true;  // Latin, digits: pronunciation unknown, accept either allomorph
  switch (after) {
    case After::Consonant: return fin != 0;
    case After::Vowel: return fin == 0;
    case After::VowelOrRieul: return fin == 0 || fin == 8;  // 8 = ㄹ
    case After::ConsonantNotRieul: return fin != 0 && fin != 8;
    case After::Any: return true;
  }
  return true;
}

// kParticles indexed by their ending: which particles a word ends in, in table order.
const WordTrie& particle_trie() {
  static const WordTrie trie = [] {
    std::vector<std::string_view> texts;
    for (const Particle& p : kParticles) texts.push_back(p.text);
    return WordTrie(texts, WordTrie::Direction::Suffix);
  }();
  return trie;
}

const Particle* lookup(std::string_view stem, std::string_view suffix) {
  const Particle* found = nullptr;
  particle_trie().for_each_match(suffix, [&](std::uint32_t i) {
    const Particle& p = kParticles[i];
    if (!found && p.text.size() == suffix.size() && fits(p.after, stem)) found = &p;
  });
  return found;
}

}  // namespace

std::string_view to_string(Role r) {
  switch (r) {
    case Role::None: return "none";
    case Role::Subject: return "subject";
    case Role::Topic: return "topic";
    case Role::Object: return "object";
    case Role::Source: return "source";
    case Role::Goal: return "goal";
    case Role::Genitive: return "genitive";
    case Role::Comitative: return "comitative";
    case Role::Also: return "also";
    case Role::Copula: return "copula";
    case Role::Other: return "other";
  }
  return "none";
}

ParticleSplit split_particle(std::string_view word) {
  // The longest particle the word ends in (the trie stops at the first byte no particle ends in).
  std::size_t best = 0;
  const Particle* found = nullptr;
  particle_trie().for_each_match(word, [&](std::uint32_t i) {
    const Particle& p = kParticles[i];
    if (p.text.size() >= word.size() || p.text.size() <= best) return;
    std::string_view stem = word.substr(0, word.size() - p.text.size());
    if (!fits(p.after, stem)) return;
    best = p.text.size();
    found = &p;
  });
  if (!found) return {word, {}, Role::None};
  // "합작법인", "현지법인": a corporation (법인) is no law (법) with the copula's 인
  if (found->role == Role::Copula && best == 3 && word.size() >= 6 && word.ends_with("법인")) return {word, {}, Role::None};
  return {word.substr(0, word.size() - best), word.substr(word.size() - best), found->role};
}

ParticleEndings particle_endings(std::string_view word) {
  ParticleEndings out;
  std::size_t last = 0;
  particle_trie().for_each_match(word, [&](std::uint32_t i) {
    const std::size_t n = kParticles[i].text.size();
    if (n == last || out.count == out.lengths.size()) return;
    out.lengths[out.count++] = static_cast<std::uint8_t>(n);
    last = n;
  });
  return out;
}

bool is_particle_suffix(std::string_view name, std::string_view suffix) {
  return suffix.empty() || lookup(name, suffix) != nullptr;
}

Role particle_role(std::string_view name, std::string_view suffix) {
  if (suffix.empty()) return Role::None;
  const Particle* p = lookup(name, suffix);
  return p ? p->role : Role::Other;
}

}  // namespace inmaek::extract
