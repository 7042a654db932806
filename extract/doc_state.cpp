// The document state: entities for lexicon entries and discovered names (merging the forms of one
// name), and the salience of each mention, which pronoun and reference resolution asks.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "extract/doc_state_internal.h"

#include "extract/cross_lingual_internal.h"
#include "extract/english_words.h"
#include "extract/hangul_words.h"
#include "extract/jamo.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// (a name in Chinese characters alone, "沈凱文", is of no language the text tells: its script only)
std::string lang_of(std::string_view s) { return has_hangul(s) ? "ko" : han_only(s) ? "und-Hani" : "en"; }

// Two initial consonants of one sound, plain, aspirated or tense ("다카하시" / "타카하시").
bool same_sound_class(char32_t a, char32_t b) {
  if (a == b) return true;
  for (std::u32string_view cls : {U"ㄱㅋㄲ", U"ㄷㅌㄸ", U"ㅂㅍㅃ", U"ㅈㅊㅉ", U"ㅅㅆ"})
    if (cls.find(a) != std::u32string_view::npos && cls.find(b) != std::u32string_view::npos) return true;
  return false;
}

}  // namespace

// Entity for a lexicon entry.
int DocState::entity_for_lexicon(int entry, std::string_view surface) {
  auto it = by_lex_.find(entry);
  int id;
  if (it != by_lex_.end()) {
    id = it->second;
  } else {
    const LexiconEntry& e = lex_.entries()[static_cast<std::size_t>(entry)];
    LocalEntity le;
    le.name = e.canonical;
    le.type = e.type;
    le.lexicon = entry;
    le.wikidata = e.wikidata;
    id = add(std::move(le));
    by_lex_.emplace(entry, id);
  }
  add_name(id, surface);
  return id;
}

int DocState::entity_named(std::string_view surface) const {
  const std::string key = name_key(surface);
  for (std::size_t i = 0; i < entities.size(); ++i)
    for (const Alias& a : entities[i].names)
      if (name_key(a.text) == key) return static_cast<int>(i);
  return -1;
}

// "뷔흘러" for "레굴라 뷜러(Regula Bühler)", "아이어" for "벤카타라가반 아이예르(Venkataraghavan Iyer)": a
// foreign surname alone (three syllables or more) in another spelling than the person's full name,
// close to its Hangul surname (the same first and last syllables' sounds, jamo_similarity >= 0.8) or
// read as the Latin name's surname. Only when exactly one person of the document fits; else -1.
int DocState::person_by_surname_spelling(std::string_view surface) const {
  if (!has_hangul(surface) || surface.find(' ') != std::string_view::npos || hangul_syllable_count(surface) < 3 ||
      hangul_syllable_count(surface) * 3 != surface.size() || looks_like_korean_full_name(surface))
    return -1;
  const std::u32string sj = to_jamo(surface);
  const HangulPerson hangul = prepare_hangul_person(surface);
  auto close = [&](std::string_view last) {
    const std::u32string lj = to_jamo(last);
    return hangul_syllable_count(last) >= 2 && lj.size() >= 2 && sj.size() >= 2 && same_sound_class(lj[0], sj[0]) && lj[1] == sj[1] &&
           surface.substr(surface.size() - 3) == last.substr(last.size() - 3) && jamo_similarity(last, surface) >= 0.8;
  };
  const int id = with_alias(EntityType::Person, true, [&](std::string_view text) {
    const std::size_t sp = text.rfind(' ');
    if (sp == std::string_view::npos) return false;
    if (!has_hangul(text)) return person_match(hangul, prepare_latin_person(text)) == PersonMatch::Surname;
    // (a Japanese name's surname first: "타카하시" for "다카하시 유키")
    const std::string_view first = text.substr(0, text.find(' '));
    return close(text.substr(sp + 1)) || (is_japanese_surname(first) && close(first));
  });
  return id < 0 ? -1 : id;
}

// "쏨차이 대표" for "솜차이 웡사꾼(Somchai Wongsakul)", "프리야 대표" for "프리야 라구나탄": Thai, Indian and
// Indonesian people are often called by their given name, in the spelling of the full name or another
// one (same_transliteration), or as the first word of the Latin name reads. A one-word Hangul name of two
// syllables or more that is no Korean full name; only when exactly one person of the document fits.
int DocState::person_by_given_name(std::string_view surface) const {
  if (!has_hangul(surface) || surface.find(' ') != std::string_view::npos || hangul_syllable_count(surface) < 2 ||
      hangul_syllable_count(surface) * 3 != surface.size() || looks_like_korean_full_name(surface))
    return -1;
  const int id = with_alias(EntityType::Person, true, [&](std::string_view text) {
    const std::size_t sp = text.find(' ');
    if (sp == std::string_view::npos) return false;
    const std::string_view first = text.substr(0, sp);
    if (!has_hangul(text)) return person_names_match(surface, first);
    return hangul_syllable_count(first) >= 2 && hangul_syllable_count(first) * 3 == first.size() && same_transliteration(first, surface);
  });
  return id < 0 ? -1 : id;
}

// Entity for a discovered name of a given type; merges with names already seen.
int DocState::entity_for_name(std::string_view surface, EntityType type, bool type_sure, bool shortened) {
  const int lexed = lex_.lookup(surface);
  if (lexed >= 0) return entity_for_lexicon(lexed, surface);
  // "Solar" (or '솔라' in quotes) for the lexicon's "Solar LLM": a model family named without its
  // generic last word, which the lexicon cannot list alone (it would match "solar power")
  if (type == EntityType::Product || !type_sure) {
    const int family = lex_.lookup(std::string(surface) + " LLM");
    if (family >= 0 && lex_.entries()[static_cast<std::size_t>(family)].type == EntityType::Product) return entity_for_lexicon(family, surface);
  }
  if (const int named = entity_named(surface); named >= 0) return named;
  const std::string key = name_key(surface);
  // "Bae Min-jae" and "Min-jae Bae", "Hoshino Ren" and "Ren Hoshino": a name written in both orders in
  // one document is one person
  if (type == EntityType::Person && !has_hangul(surface)) {
    const std::size_t sp = surface.find(' ');
    if (sp != std::string_view::npos && surface.find(' ', sp + 1) == std::string_view::npos) {
      const std::string swapped = name_key(std::string(surface.substr(sp + 1)) + " " + std::string(surface.substr(0, sp)));
      for (std::size_t i = 0; i < entities.size(); ++i)
          if (entities[i].type == EntityType::Person)
            for (const Alias& a : entities[i].names)
              if (name_key(a.text) == swapped) {
                add_name(static_cast<int>(i), surface);
                return static_cast<int>(i);
              }
    }
  }
  // A surname or partial form of a person seen earlier: "트워렉" after "제리 트워렉".
  if (type == EntityType::Person || !type_sure) {
    for (std::size_t i = 0; i < entities.size(); ++i) {
      const LocalEntity& e = entities[i];
      if (e.type != EntityType::Person) continue;
      for (const Alias& a : e.names) {
        std::size_t sp = a.text.rfind(' ');
        if (sp == std::string::npos) continue;
        std::string_view last = std::string_view(a.text).substr(sp + 1);
        if (name_key(last) == key || (has_hangul(last) && has_hangul(surface) && same_transliteration(last, surface)))
          return static_cast<int>(i);
        // ("오도널" after "마커스 오도넬": a foreign surname, written apart from its given name, in another
        // spelling that a Korean name's shape would otherwise keep apart)
        if (has_hangul(last) && has_hangul(surface) && hangul_syllable_count(last) >= 3 &&
            hangul_syllable_count(last) == hangul_syllable_count(surface) && jamo_similarity(last, surface) >= 0.93)
          return static_cast<int>(i);
        // "Montoya Ríos" for "Valeria Montoya Ríos": a double surname
        const std::size_t sp2 = sp > 0 ? a.text.rfind(' ', sp - 1) : std::string::npos;
        if (sp2 != std::string::npos && name_key(std::string_view(a.text).substr(sp2 + 1)) == key) return static_cast<int>(i);
        // "Herrera" for "Matías Herrera Gómez": the first of two surnames (Latin names; in Hangul, of a name of three words
        // and three syllables or more: "카스티요" for "마리아나 카스티요 오르도녜스")
        if (sp2 != std::string::npos && name_key(std::string_view(a.text).substr(sp2 + 1, sp - sp2 - 1)) == key &&
            (!has_hangul(surface) || (a.text.find(' ') == sp2 && hangul_syllable_count(surface) >= 3)))
          return static_cast<int>(i);
        // "와타나베" for "와타나베 겐지": a Japanese or Chinese name written surname first has a short
        // given name of one to three syllables after a longer surname ("기타무라" for "기타무라 료스케")
        if (has_hangul(surface) && sp2 == std::string::npos && hangul_syllable_count(last) <= 3 &&
            hangul_syllable_count(std::string_view(a.text).substr(0, sp)) >= 3 &&
            std::string_view(a.text).substr(0, sp) == surface)
          return static_cast<int>(i);
      }
    }
    if (const int spelled = person_by_surname_spelling(surface); spelled >= 0) return spelled;
  }
  if (type == EntityType::Organization && shortened) {
    // "한빛금융" for "한빛금융그룹": a group named without the word 그룹 (or 홀딩스); "츠바메" for
    // "츠바메랩스": a company without the kind of company written onto its name (not a fund's word: "누리"
    // is no "누리벤처스"), when one organisation of the document is so named
    auto glued = [&](std::string_view full) {
      if (!(full.size() > surface.size() && full.substr(0, surface.size()) == surface)) return false;
      const std::string_view rest = full.substr(surface.size());
      if (rest == "그룹" || rest == "홀딩스") return true;
      return has_hangul(surface) && hangul_syllable_count(surface) >= 2 &&
             (rest == "랩스" || rest == "랩" || rest == "AI" || rest == "테크" || rest == "테크놀로지" || rest == "테크놀로지스" ||
              rest == "로보틱스" || rest == "시스템즈" ||
              // ("뉴비온" for "뉴비온반도체")
              rest == "반도체" || rest == "일렉트로닉스" || rest == "인텔리전스" || rest == "에이아이" || rest == "모빌리티" || rest == "시스템스");
    };
    int id = organisation_with_alias(glued, true);
    if (id == -2) id = -1;  // (several fit: none is meant)
    // "Aster Institute" for "Aster Institute for Machine Intelligence": an institution without its "for ..."
    if (id < 0)
      id = organisation_with_alias([&](std::string_view full) {
        return full.size() > surface.size() + 5 && full.substr(0, surface.size()) == surface && surface.find(' ') != std::string_view::npos &&
               (full.substr(surface.size(), 5) == " for " || full.substr(surface.size(), 4) == " of ");
      });
    // "하이퍼리프" for "하이퍼리프 랩스": an organisation named without its last word (when only one
    // organisation of the document is so named: "Hansung" beside "Hansung Group" and "Hansung
    // Electronics" names neither).
    if (id < 0) {
      // (or, when no name fits so, its last two words after a one-word name: "미나토" for "미나토
      // 이노베이션 펀드"; "Aldermoor" is "Aldermoor Institute" beside "Aldermoor Innovation Fund")
      bool two_words = false;
      auto without_last_word = [&](std::string_view full) {
        // (case aside: "Kagerou" for "KAGEROU SYSTEMS" in a headline)
        if (!(full.size() > surface.size() + 1 && fold_case(full.substr(0, surface.size())) == fold_case(surface) && full[surface.size()] == ' '))
          return false;
        std::string_view rest = full.substr(surface.size() + 1);
        if (const std::size_t sp = rest.find(' '); sp != std::string_view::npos) {
          if (!two_words) return false;
          const std::string_view middle = rest.substr(0, sp);
          if (surface.find(' ') != std::string_view::npos || rest.find(' ', sp + 1) != std::string_view::npos || is_region_word(middle) ||
              en::is_place(middle) || (has_hangul(full) && is_unit_word(middle)))
            return false;
          rest = rest.substr(sp + 1);
          // (only a fund's or a group's name: "소리넷" is not "소리넷 AI 연구소")
          bool fund = false;
          for (std::string_view w : {"펀드", "캐피털", "캐피탈", "벤처스", "파트너스", "인베스트먼트", "그룹", "홀딩스", "Fund", "Capital",
                                     "Ventures", "Partners", "Investment", "Investments", "Group", "Holdings"})
            fund = fund || rest == w;
          if (!fund) return false;
        }
        // ("Telefónica" beside "Telefónica Tech", "Samsung" beside "Samsung Next": a parent beside its arm)
        if (rest == "Tech" || rest == "Next") return false;
        return !is_region_word(rest) && !en::is_place(rest) &&  // "Vaani Labs Bangladesh" is a unit of its own
               !(has_hangul(full) && is_unit_word(rest));      // so is "결AI 안전연구소" beside 결AI
      };
      for (int pass = 0; pass < 2 && id < 0; ++pass) {
        two_words = pass == 1;
        id = organisation_with_alias(without_last_word, true);
        if (id == -2) break;  // (several fit: none is meant)
      }
      if (id == -2) id = -1;
    }
    if (id >= 0) {
      add_name(id, surface);
      return id;
    }
  }
  // "R2" for "Xinghe-R2": a model code named without the family before its hyphen (when only one
  // product of the document ends so)
  if (type == EntityType::Product && std::any_of(surface.begin(), surface.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int id = -1;
    for (std::size_t i = 0; i < entities.size() && id != -2; ++i) {
      if (entities[i].type != EntityType::Product) continue;
      for (const Alias& a : entities[i].names)
        if (a.text.size() > surface.size() + 1 && a.text.compare(a.text.size() - surface.size(), surface.size(), surface) == 0 &&
            a.text[a.text.size() - surface.size() - 1] == '-') {
          id = id < 0 || id == static_cast<int>(i) ? static_cast<int>(i) : -2;
          break;
        }
    }
    if (id >= 0) {
      add_name(id, surface);
      return id;
    }
  }
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const LocalEntity& e = entities[i];
    if (type_sure && e.type != type) continue;
    for (const Alias& a : e.names)
      if (has_hangul(a.text) == has_hangul(surface) && same_transliteration(a.text, surface)) {
        add_name(static_cast<int>(i), surface);
        return static_cast<int>(i);
      }
  }
  LocalEntity le;
  le.name = std::string(surface);
  le.type = type;
  int id = add(std::move(le));
  add_name(id, surface);
  return id;
}

// The first entity of a type with an alias that satisfies `fits`, or -1 (with `only`, -2 when another fits too).
template <class Fits>
int DocState::with_alias(EntityType type, bool only, Fits fits) const {
  int found = -1;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].type != type) continue;
    for (const Alias& a : entities[i].names)
      if (fits(std::string_view(a.text))) {
        if (found >= 0) return -2;
        found = static_cast<int>(i);
        if (!only) return found;
        break;
      }
  }
  return found;
}

template <class Fits>
int DocState::organisation_with_alias(Fits fits, bool only) const {
  return with_alias(EntityType::Organization, only, fits);
}

// The one person a short form names: the last word of a multi-word name ("궈" for "루시 궈"),
// or the surname of a Korean full name ("권" for "권도훈"). -1 when none or ambiguous.
int DocState::person_by_short_name(std::string_view short_name) const {
  const int id = with_alias(EntityType::Person, true, [&](std::string_view text) {
    const std::size_t sp = text.rfind(' ');
    if (sp != std::string_view::npos && text.substr(sp + 1) == short_name) return true;
    if (sp == std::string_view::npos && looks_like_korean_full_name(text) && text.substr(0, short_name.size()) == short_name) return true;
    // "왕 CTO" for "왕쯔한": a Chinese name written in one word, its surname the first syllable
    if (sp == std::string_view::npos && hangul_syllable_count(short_name) == 1 && hangul_syllable_count(text) == 3 && text.size() == 9 &&
        text.substr(0, short_name.size()) == short_name)
      return true;
    // "레 CTO" for "레 투 하": a Vietnamese surname comes first; "사토 CEO" for "사토 미유키", a Japanese one
    const std::size_t first_sp = text.find(' ');
    return first_sp != std::string_view::npos && text.substr(0, first_sp) == short_name &&
           ((first_sp != sp && !vietnamese_surname_latin(short_name).empty()) || (first_sp == sp && is_japanese_surname(short_name)));
  });
  return id < 0 ? -1 : id;
}

void DocState::add_name(int id, std::string_view surface) {
  LocalEntity& e = entities[static_cast<std::size_t>(id)];
  std::string s(surface);
  for (const Alias& a : e.names)
    if (a.text == s) return;
  e.names.push_back({s, lang_of(s)});
  // The longest Hangul or Latin person name becomes the name of a discovered person.
  if (e.lexicon < 0 && e.type == EntityType::Person && s.size() > e.name.size() && s.find(' ') != std::string::npos)
    e.name = s;
}

void DocState::note(int entity, Salience s) {
  recent_.push_back({entity, s});
  auto& sc = score_[entity];
  // (a descriptor, "a former Nvidia engineer", says nothing of what the document is about)
  sc.first += s == kDescriptor ? 0 : s <= kPlain ? 1 : 2;
  sc.second = static_cast<int>(recent_.size()) - 1;
  if (s > kPlain) ++subjects_[entity];
  const auto [slot, added] = best_.emplace(static_cast<int>(entities[static_cast<std::size_t>(entity)].type), entity);
  if (!added && slot->second != entity && sc > score_[slot->second]) slot->second = entity;
}

// The organisation the document is about so far: the most mentioned one (subjects and topics
// count double), ties to the most recent. Used for "이 회사", "the company" when no organisation
// was the subject or topic of the current or previous sentence. Kept up to date by note(), so
// asking costs nothing however long the document is.
int DocState::main_entity(EntityType t) const {
  const auto it = best_.find(static_cast<int>(t));
  if (it == best_.end()) return -1;
  if (entities[static_cast<std::size_t>(it->second)].type == t) return it->second;
  // (an entity typed otherwise since it was noted, "Marisol Ortega — Vice President, Investor
  // Relations": the best of those that have the type now)
  int best = -1;
  for (const auto& [e, sc] : score_)
    if (entities[static_cast<std::size_t>(e)].type == t && (best < 0 || sc > score_.at(best))) best = e;
  return best;
}

// The entity of type t named last before this sentence, other than `except`, or -1.
int DocState::last_mentioned(EntityType t, int except, int except2) const {
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it)
    if (it->first != except && it->first != except2 && it->second != kDescriptor &&
        entities[static_cast<std::size_t>(it->first)].type == t)
      return it->first;
  return -1;
}

bool DocState::mentioned_within(int e, std::size_t within) const {
  for (std::size_t k = 0; k < within && k < recent_.size(); ++k)
    if (recent_[recent_.size() - 1 - k].first == e) return true;
  return false;
}

// How often entity e was a subject or topic so far.
int DocState::subject_count(int e) const {
  const auto it = subjects_.find(e);
  return it == subjects_.end() ? 0 : it->second;
}

// companies_only: "회사", "기업", "동사" never refer to a university, a hospital or a ministry.
int DocState::most_recent(EntityType t, bool companies_only) const {
  auto fits = [&](int e) {
    const LocalEntity& x = entities[static_cast<std::size_t>(e)];
    return x.type == t && !(companies_only && is_institution(x));
  };
  constexpr std::size_t kWindow = 12;  // mentions back that a topic stays in focus
  std::size_t seen = 0;
  for (auto it = recent_.rbegin(); it != recent_.rend() && seen < kWindow; ++it, ++seen)
    if (it->second == kTopic && fits(it->first)) return it->first;
  if (companies_only) {
    // no company in focus: the one the document is about ("회사는" in an interview)
    const int main = main_entity(t);
    if (main >= 0 && fits(main)) return main;
  }
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it)
    if (it->second >= kSubject && fits(it->first)) return it->first;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it)
    if (fits(it->first)) return it->first;
  return -1;
}

bool DocState::is_institution(const LocalEntity& e) {
  static constexpr std::string_view kEnds[] = {"대", "대학", "대학교", "대학원", "과학기술원", "병원", "KAIST", "University",
                                               "Institute", "부", "청", "위원회", "정부", "Hospital", "Ministry"};
  for (const Alias& a : e.names)
    for (std::string_view x : kEnds)
      if (a.text.size() >= x.size() && std::string_view(a.text).substr(a.text.size() - x.size()) == x) return true;
  return false;
}

bool DocState::is_investor_named(const LocalEntity& e) {
  static constexpr std::string_view kEnds[] = {"벤처스", "캐피털", "캐피탈", "파트너스", "펀드", "인베스트먼트", "벤처투자", "자산운용",
                                               "Ventures", "Capital", "Partners", "Fund", "Investment", "Investments"};
  for (const Alias& a : e.names)
    for (std::string_view x : kEnds)
      if (std::string_view(a.text).ends_with(x)) return true;
  return false;
}

int DocState::add(LocalEntity e) {
  entities.push_back(std::move(e));
  return static_cast<int>(entities.size() - 1);
}

}  // namespace inmaek::extract
