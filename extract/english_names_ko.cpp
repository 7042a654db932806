// A Korean person's English name, as Korean news gives it: "조 대표는 미국에서는 '대니얼 조(Daniel Cho)'라는
// 영어 이름을 쓴다", "영어권에서는 '토니 정(Tony Jung)'으로 불린다". The quoted name is another name of the
// person of the document whose Korean name opens with the surname it ends in.
#include <string>
#include <string_view>

#include "extract/doc_state_internal.h"
#include "extract/extractor_internal.h"
#include "extract/hangul_words.h"
#include "extract/particles.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// The mention is the name the sentence says the person goes by: quoted, then "(이)라는 … 이름" or
// "(으)로 불린다".
bool names_another_name(const Sentence& s, const Mention& m) {
  const std::string_view first = s.tokens[static_cast<std::size_t>(m.first)].text;
  const bool quoted = s.tokens[static_cast<std::size_t>(m.first)].open_before || first.starts_with("'") || first.starts_with("\"") ||
                      first.starts_with("\xE2\x80\x98") || first.starts_with("\xE2\x80\x9C");
  if (!quoted) return false;
  const std::size_t next = static_cast<std::size_t>(m.last) + 1;
  if (m.role == Role::Copula) {
    for (std::size_t k = next; k < s.tokens.size() && k <= next + 2; ++k)
      if (split_particle(s.tokens[k].text).stem.starts_with("이름")) return true;
    return false;
  }
  if (m.role == Role::Goal && next < s.tokens.size()) {
    const std::string_view v = s.tokens[next].text;
    return v.starts_with("불리") || v.starts_with("불린") || v.starts_with("불렸") || v.starts_with("통한") || v.starts_with("통하");
  }
  return false;
}

}  // namespace

void link_english_names_ko(const std::vector<Sentence>& sentences, DocState& st) {
  for (const Sentence& s : sentences)
    for (const Mention& m : s.mentions) {
      const LocalEntity& other = st.entities[static_cast<std::size_t>(m.entity)];
      if (m.pronoun || other.type != EntityType::Person || !names_another_name(s, m)) continue;
      // its surname: the last word of its Hangul name ("조" of "대니얼 조")
      std::string surname;
      for (const Alias& a : other.names)
        if (has_hangul(a.text) && a.text.rfind(' ') != std::string::npos) surname = a.text.substr(a.text.rfind(' ') + 1);
      if (surname.empty() || hangul_syllable_count(surname) != 1) continue;
      // the one person of the document with a Korean name under that surname ("조대현")
      int person = -1, people = 0;
      for (std::size_t e = 0; e < st.entities.size(); ++e) {
        const LocalEntity& le = st.entities[e];
        if (static_cast<int>(e) == m.entity || le.type != EntityType::Person) continue;
        bool fits = false;
        for (const Alias& a : le.names)
          fits = fits || (has_hangul(a.text) && a.text.find(' ') == std::string::npos && a.text.starts_with(surname) &&
                          looks_like_korean_full_name(a.text));
        if (fits) ++people, person = static_cast<int>(e);
      }
      if (people != 1) continue;
      for (const Alias& a : std::vector<Alias>(other.names)) st.add_name(person, a.text);
    }
}

}  // namespace inmaek::extract
