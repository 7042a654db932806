// Korean person candidates that discovery read across a company's name: two words ending in a company's
// kind ("츠바메 시스템스"), or a company's name before a person's ("진웨이 차이위팅", "서린그룹 정태윤").
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor_internal.h"
#include "extract/hangul_words.h"
#include "extract/korean_dictionary.h"
#include "extract/utf8.h"

namespace inmaek::extract {

void type_korean_surnames(std::vector<Candidate>& candidates) {
  // "보이치크는 … 음성 AI 회사를 세운" after "카타르지나 보이치크": a one-word Hangul name only a sentence's
  // verb typed a company is the surname of the person the document names in full (a given name no word
  // of the language nor organisation of the document), unless it has a company's shape, came with a Latin
  // name or in quotes, or opens a longer organisation's name ("보이치크랩스")
  std::set<std::string, std::less<>> surnames, orgs, typed, alone;
  for (const Candidate& c : candidates) {
    if (c.type == EntityType::Organization) {
      orgs.insert(c.name);
      if (!c.by_verb) typed.insert(c.name);
    }
    if (c.type == EntityType::Person && c.name.find(' ') == std::string::npos) alone.insert(c.name);
  }
  for (const Candidate& c : candidates) {
    if (c.type != EntityType::Person || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') != 1) continue;
    const std::string first = c.name.substr(0, c.name.find(' '));
    if (hangul_syllable_count(first) >= 2 && hangul_syllable_count(first) * 3 == first.size() && !is_dictionary_word(first) &&
        !is_common_noun(first) && !looks_like_predicate(first) && !is_name_stopword(first) && !orgs.count(first) &&
        !is_implausible_name(c.name, c.type) &&
        // (not a person named alone elsewhere, then a company: "판웨이천 누리스타 CTO" beside "판웨이천:")
        !alone.count(first))
      surnames.insert(c.name.substr(c.name.find(' ') + 1));
  }
  const auto opens_other = [&](const std::string& name) {
    for (auto it = orgs.upper_bound(name); it != orgs.end() && it->compare(0, name.size(), name) == 0; ++it)
      if (it->size() > name.size()) return true;
    return false;
  };
  for (Candidate& c : candidates)
    if (c.type == EntityType::Organization && c.by_verb && !typed.count(c.name) && !c.quoted && c.latin.empty() && c.also.empty() &&
        surnames.count(c.name) && hangul_syllable_count(c.name) >= 2 && hangul_syllable_count(c.name) * 3 == c.name.size() &&
        !looks_like_org_name(c.name) && !is_company_kind_word(c.name) && !opens_other(c.name))
      c.type = EntityType::Person;
}

namespace {

// The Hangul person names of two words or more (exactly two with `two_only`) by their first or last word.
std::map<std::string, std::set<std::string>, std::less<>> person_names_by_word(const std::vector<Candidate>& candidates, bool last, bool two_only) {
  std::map<std::string, std::set<std::string>, std::less<>> out;
  for (const Candidate& c : candidates) {
    const auto spaces = std::count(c.name.begin(), c.name.end(), ' ');
    if (c.type == EntityType::Person && has_hangul(c.name) && spaces >= 1 && (!two_only || spaces == 1))
      out[last ? c.name.substr(c.name.rfind(' ') + 1) : c.name.substr(0, c.name.find(' '))].insert(c.name);
  }
  return out;
}

// Whether the map names `word` for a name other than `besides`.
bool names_another(const std::map<std::string, std::set<std::string>, std::less<>>& by_word, const std::string& word, const std::string& besides) {
  const auto it = by_word.find(word);
  return it != by_word.end() && std::any_of(it->second.begin(), it->second.end(), [&](const std::string& n) { return n != besides; });
}

}  // namespace

void fix_korean_person_candidates(std::set<std::string, std::less<>>& org_names, std::vector<Candidate>& candidates) {
  // "일본 츠바메 시스템스의 연구 조직": a Hangul "person" of two words whose last word is a company's kind
  // is a company
  for (Candidate& c : candidates)
    if (c.type == EntityType::Person && has_hangul(c.name) && std::count(c.name.begin(), c.name.end(), ' ') == 1) {
      if (is_company_kind_word(std::string_view(c.name).substr(c.name.find(' ') + 1))) c.type = EntityType::Organization;
    }
  // "진웨이 차이위팅 회장": a Hangul person of two words whose first word is an organisation of the
  // document (or glued to the kind it ends in: "진웨이시스템스") is that organisation's person, named by
  // the second word when it is a full name (or the surname of a person the document names in full:
  // "알펜폴드 브루너 대표" beside "루카스 브루너")
  const auto surnames = person_names_by_word(candidates, true, false);
  // "드미트로 보이코 조리아 로보틱스 CEO" beside "조리아 로보틱스(Zoria Robotics)": an organisation named by a word and an
  // organisation of the document is that organisation, the word before it a person's (a surname)
  // (one given with its Latin name, not any words a company's kind ends: "데칸 그로스 펀드" is no "그로스 펀드")
  {
    std::set<std::string, std::less<>> given_in_latin;
    for (const Candidate& c : candidates)
      if (c.type == EntityType::Organization && !c.latin.empty()) given_in_latin.insert(c.name);
    for (Candidate& c : candidates) {
      if (c.type != EntityType::Organization || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') < 2) continue;
      const std::string head = c.name.substr(0, c.name.find(' ')), tail = c.name.substr(c.name.find(' ') + 1);
      if (given_in_latin.count(tail) && hangul_syllable_count(head) >= 2 && hangul_syllable_count(head) * 3 == head.size() &&
          !is_dictionary_word(head) && !looks_like_org_name(head) && !org_names.count(head))
        c.name = tail;
    }
  }
  // "대양기획 비크람" beside "비크람 메타": a Hangul person of two words whose second word opens another person's name, and
  // whose first is shaped like a company's, is that person's company before the given name
  {
    const auto first_words = person_names_by_word(candidates, false, true);
    for (Candidate& c : candidates) {
      if (c.type != EntityType::Person || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') != 1) continue;
      const std::string head = c.name.substr(0, c.name.find(' ')), rest = c.name.substr(c.name.find(' ') + 1);
      // (a head shaped like a company's name, not a given name before a middle name: "그레이스 완지루" beside "완지루 카마우")
      if (names_another(first_words, rest, c.name) && !names_another(first_words, head, c.name) && hangul_syllable_count(head) >= 2 && hangul_syllable_count(head) * 3 == head.size() &&
          !looks_like_korean_full_name(head) && !is_dictionary_word(head) && (looks_like_org_name(head) || org_names.count(head))) {
        c.name = head;
        c.type = EntityType::Organization;
        org_names.insert(head);
      }
    }
  }
  for (Candidate& c : candidates) {
    if (c.type != EntityType::Person || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') != 1) continue;
    const std::string head = c.name.substr(0, c.name.find(' ')), rest = c.name.substr(c.name.find(' ') + 1);
    // (or a head that ends like a company: "서린그룹 정태윤 회장")
    bool group_head = looks_like_org_name(head);
    for (std::string_view kind : {"그룹", "홀딩스", "전자", "금융", "증권", "은행"})
      group_head = group_head || (head.size() >= kind.size() + 6 && head.ends_with(kind));
    // ("칭윈캐피털 리원징 파트너": a Chinese name of three syllables after a head shaped like a firm's)
    const bool foreign_rest = group_head && hangul_syllable_count(rest) >= 3 && !is_dictionary_word(rest) && !looks_like_org_name(rest);
    bool org_head = org_names.count(head) > 0 || (looks_like_korean_full_name(rest) && group_head) || foreign_rest, rest_in_org = false;
    for (const std::string& o : org_names) {
      if (o.size() > head.size() && o.compare(0, head.size(), head) == 0)
        for (std::string_view kind : {"시스템스", "시스템즈", "테크", "테크놀로지", "랩스", "AI", "전자", "그룹"})
          org_head = org_head || std::string_view(o).substr(head.size()) == kind;
      rest_in_org = rest_in_org || o.find(rest) != std::string::npos;
    }
    // (a full name: Korean, or of four syllables or more as Chinese names are written; "사우지 디지탈" is a company)
    if (org_head && !rest_in_org && hangul_syllable_count(head) >= 2 && hangul_syllable_count(rest) * 3 == rest.size() &&
        (looks_like_korean_full_name(rest) || hangul_syllable_count(rest) >= 4 || foreign_rest ||
         (org_names.count(head) > 0 && hangul_syllable_count(rest) >= 2 && names_another(surnames, rest, c.name))))
      c.name = rest;
  }
  // (an organisation of two words or more before the surname: "세이바 벤처스 오캄포 이사" beside "안드레스 오캄포")
  for (Candidate& c : candidates) {
    if (c.type != EntityType::Person || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') < 2) continue;
    const std::size_t sp = c.name.rfind(' ');
    const std::string head = c.name.substr(0, sp), rest = c.name.substr(sp + 1);
    if (org_names.count(head) && hangul_syllable_count(rest) >= 2 && names_another(surnames, rest, c.name)) c.name = rest;
  }
  // an organisation of the document without the kind of company its name ends in ("테라웨이브" for "테라웨이브반도체")
  const auto names_org_without_kind = [&](std::string_view rest) {
    for (auto it = org_names.upper_bound(rest); it != org_names.end() && it->compare(0, rest.size(), rest) == 0; ++it)
      for (std::string_view kind : {"반도체", "전자", "테크", "테크놀로지", "랩스", "시스템스", "시스템즈", "AI", "퀀텀", "그룹", "홀딩스", "바이오",
                                    "로보틱스", "에너지", "소프트", "상사", "증권", "제약", "통신", "중공업", "화학"})
        if (std::string_view(*it).substr(rest.size()) == kind) return true;
    return false;
  };
  // "첸즈웨이 테라웨이브 회장" beside "테라웨이브반도체가": a Hangul person of two words whose second word is an
  // organisation of the document without the kind it ends in is the person named by the first (a full name in
  // one word: a Korean one, or of three syllables or more as Chinese names are written)
  for (Candidate& c : candidates) {
    if (c.type != EntityType::Person || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') != 1) continue;
    const std::string head = c.name.substr(0, c.name.find(' ')), rest = c.name.substr(c.name.find(' ') + 1);
    if (hangul_syllable_count(head) < 3 || hangul_syllable_count(head) * 3 != head.size() || hangul_syllable_count(rest) < 2) continue;
    // (not a company of the family's name, "압둘라 알바이라크 회장" beside "알바이라크 그룹")
    if (org_names.count(rest)) continue;
    if (names_org_without_kind(rest)) c.name = head;
  }
  // "엘로디 바렌 오르세 인텔리전스 CEO" beside "오르세 인텔리전스는": a Hangul person of three words or more
  // whose last words are an organisation of the document (or one without its kind: "다카하시 겐지 미쓰하시 상무"
  // beside "미쓰하시상사") is the person named by the words before them (two or more), and no organisation is
  // named by the surname and that organisation ("바렌 오르세 인텔리전스")
  std::set<std::string, std::less<>> misread_orgs;
  for (Candidate& c : candidates) {
    if (c.type != EntityType::Person || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') < 2) continue;
    for (std::size_t sp = c.name.find(' '), k = 1; sp != std::string::npos; sp = c.name.find(' ', sp + 1), ++k)
      if (k >= 2 && (org_names.count(std::string_view(c.name).substr(sp + 1)) ||
                     (c.name.find(' ', sp + 1) == std::string::npos && hangul_syllable_count(std::string_view(c.name).substr(sp + 1)) >= 2 &&
                      names_org_without_kind(std::string_view(c.name).substr(sp + 1))))) {
        const std::string person = c.name.substr(0, sp);
        misread_orgs.insert(person.substr(person.rfind(' ') + 1) + c.name.substr(sp));
        c.name = person;
        break;
      }
  }
  // (and when discovery read the two apart, "우에스기 다이스케" and "하쿠요 벤처스" of "우에스기 다이스케 하쿠요 벤처스
  // 파트너", none named by the person's last word and the organisation either: "다이스케 하쿠요 벤처스")
  for (const Candidate& c : candidates) {
    if (c.type != EntityType::Person || !has_hangul(c.name) || c.name.find(' ') == std::string::npos) continue;
    const std::string last = c.name.substr(c.name.rfind(' ') + 1) + " ";
    for (auto it = org_names.lower_bound(last); it != org_names.end() && it->starts_with(last); ++it)
      if (org_names.count(std::string_view(*it).substr(last.size()))) misread_orgs.insert(*it);
  }
  std::erase_if(candidates, [&](const Candidate& c) { return c.type == EntityType::Organization && misread_orgs.count(c.name); });
  for (const std::string& o : misread_orgs) org_names.erase(o);
  // "저우이란 로드스타 공동창업자" beside "저우이란:" and "로드스타는": a Hangul person of two words whose first
  // word the document names as a person alone and whose second word it names as an organisation is that
  // person, then the organisation
  std::set<std::string, std::less<>> alone;
  for (const Candidate& c : candidates)
    if (c.type == EntityType::Person && has_hangul(c.name) && c.name.find(' ') == std::string::npos) alone.insert(c.name);
  for (Candidate& c : candidates) {
    if (c.type != EntityType::Person || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') != 1) continue;
    const std::string head = c.name.substr(0, c.name.find(' ')), rest = c.name.substr(c.name.find(' ') + 1);
    if (alone.count(head) && org_names.count(rest) && hangul_syllable_count(head) >= 2) c.name = head;
  }
}

}  // namespace inmaek::extract
