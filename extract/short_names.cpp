#include "extract/short_names_internal.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "extract/cross_lingual_internal.h"  // org_names_match
#include "extract/english_words.h"
#include "extract/hangul_words.h"
#include "extract/korean_dictionary.h"
#include "extract/utf8.h"

namespace inmaek::extract {

bool is_east_asian_surname(std::string_view w) {
  static constexpr std::string_view kSurnames[] = {
      "Zhao", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Wu", "Zhou", "Xu", "Zhu", "Guo",
      "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng",
      "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Cheng", "Wei", "Shen",
      "Yao", "Qian", "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim",
      "Shin", "Seo", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Bae", "Baek", "Heo", "Nam",
      "Noh", "Kwak", "Sung", "Joo", "Ryu", "Eom", "Tan", "Ng", "Ong", "Goh",
      "Teo", "Chua", "Koh", "Lau", "Chan", "Wong", "Leung", "Yeo", "Toh", "Han", "Oh", "Song", "Moon", "Son",
      "Ko", "Min", "Jin", "Cha", "Yu", "Woo", "Ha", "Yi", "Rhee", "Jeong", "Byun", "Chae", "Hu", "Sun", "Lu",
      "Fang", "Shi", "Ren", "Ho", "Nguyen", "Tran", "Pham", "Hoang", "Vu", "Bui", "Phan", "Dang",
      // (Wade-Giles and Cantonese spellings: Taiwan, Hong Kong)
      "Hsu", "Tsai", "Hsieh", "Chiang", "Kuo", "Tseng", "Chou", "Hsiao", "Hung", "Chao", "Yeh", "Chuang", "Liao", "Kao",
      "Hsueh", "Tsui", "Cheung", "Kwok", "Yip", "Tse", "Chow", "Lam", "Tam", "Chang", "Lai"};
  for (std::string_view x : kSurnames)
    if (w == x) return true;
  return false;
}

bool is_korean_surname_before_given(std::string_view w) {
  return is_east_asian_surname(w) || w == "Do" || w == "So" || w == "An" || w == "Ma" || w == "Na" || w == "Go" || w == "Jo";
}

// `head` names company `id` in the rest of the document: a name of its own, or, when the document found a
// company under that one name alone (no lexicon entry, no other name), that company is `id` (merge: false
// keeps it apart). Only the first `known` names are remapped.
static void add_short_name(const DocState& st, DocNames& doc_names, std::size_t known, const std::string& head, int id, bool merge = true,
                           const std::set<int>* shape_only = nullptr) {
  const int other = st.entity_named(head);
  if (other < 0) {
    doc_names.emplace_back(head, id);
    return;
  }
  if (!merge || other == id) return;
  const LocalEntity& o = st.entities[static_cast<std::size_t>(other)];
  // (or a person only the shape of the words typed: "Frostline Thermal" in a headline)
  if ((o.type == EntityType::Organization || o.type == st.entities[static_cast<std::size_t>(id)].type || (shape_only && shape_only->count(other))) &&
      o.lexicon < 0 && o.names.size() == 1)
    for (std::size_t q = 0; q < known; ++q)
      if (doc_names[q].second == other) doc_names[q].second = id;
}

void add_company_short_names(bool english, const DocState& st, const Lexicon& lexicon, DocNames& doc_names, const std::set<int>& shape_only) {
  // "ATLAS-1" after "Lunit ATLAS-1", "아틀라스-1" after "루닛 아틀라스-1": a product named after its maker, named
  // again without the maker (a name of its own: a digit or a capital in it, or Hangul)
  {
    const std::size_t known = doc_names.size();
    for (std::size_t k = 0; k < known; ++k) {
      const auto [name, id] = doc_names[k];
      const std::size_t sp = name.find(' ');
      if (st.entities[static_cast<std::size_t>(id)].type != EntityType::Product || sp == std::string::npos) continue;
      const std::string maker = name.substr(0, sp), rest = name.substr(sp + 1);
      const int lex = lexicon.lookup(maker);
      const int named = st.entity_named(maker);
      const bool org = (lex >= 0 && lexicon.entries()[static_cast<std::size_t>(lex)].type == EntityType::Organization) ||
                       (named >= 0 && st.entities[static_cast<std::size_t>(named)].type == EntityType::Organization);
      const bool own = std::any_of(rest.begin(), rest.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }) ||
                       hangul_syllable_count(rest) >= 2;
      if (org && own && rest.size() >= 3 && lexicon.lookup(rest) < 0 && !(english && en::is_stop_word(en::lower(rest))))
        add_short_name(st, doc_names, known, rest, id);
    }
  }
  // "링쉬는" after "링쉬테크놀로지": a Korean company named without the kind of company its name ends
  // in (테크놀로지, 랩스, AI, 반도체 ...), when what is left is no word of the language
  if (!english) {
    static constexpr std::string_view kKinds[] = {"테크놀로지스", "테크놀로지", "랩스", "로보틱스", "시스템즈", "인텔리전스", "에이아이", "AI", "일렉트로닉스",
                                                  "반도체", "바이오", "다이내믹스", "다이나믹스", "네트웍스", "솔루션즈", "헬스케어", "모빌리티", "시스템스",
                                                  // ("케뎀을" after "케뎀 시뮬레이션즈(Kedem Simulations)")
                                                  "시뮬레이션즈", "시뮬레이션스", "테라퓨틱스", "바이오로직스", "디바이스", "머티리얼즈", "컴퓨트",
                                                  "컴퓨팅", "에너지", "메디컬", "소프트웨어", "스튜디오", "애널리틱스", "시큐리티"};
    const std::size_t known = doc_names.size();
    for (std::size_t k = 0; k < known; ++k) {
      const auto [name, id] = doc_names[k];
      if (st.entities[static_cast<std::size_t>(id)].type != EntityType::Organization || !has_hangul(name)) continue;
      // ("스텔라엔터" after "스텔라엔터테인먼트": the kind cut short, as Korean news writes it)
      if (constexpr std::string_view ent = "엔터테인먼트"; name.size() > ent.size() + 3 && std::string_view(name).substr(name.size() - ent.size()) == ent) {
        std::string head = name.substr(0, name.size() - ent.size());
        if (head.back() == ' ') head.pop_back();
        if (hangul_syllable_count(head) >= 1) add_short_name(st, doc_names, known, head + "엔터", id);
      }
      // ("주리가" after "주리 인텔리전스(Zuri Intelligence)": the kind written apart, the first word a word
      // of the language only when the company's Latin name spells it)
      if (const std::size_t sp = name.find(' '); sp != std::string::npos) {
        // ("할시온은" after "할시온 리즈닝 시스템즈(Halcyon Reasoning Systems)": a description of the business
        // between the name and its kind, only when the company's Latin name spells the first word: "바렌
        // 오르세 인텔리전스" is a person's surname read into a company's name)
        const bool longer = name.rfind(' ') != sp;
        const std::string head = name.substr(0, sp), kind = name.substr(name.rfind(' ') + 1);
        const std::size_t syllables = hangul_syllable_count(head);
        if (std::find(std::begin(kKinds), std::end(kKinds), kind) == std::end(kKinds) || syllables < 2 || syllables * 3 != head.size() ||
            is_common_noun(head) || lexicon.lookup(head) >= 0)
          continue;
        bool spelled = !longer && !is_dictionary_word(head);
        for (const Alias& a : st.entities[static_cast<std::size_t>(id)].names)
          spelled = spelled || (!has_hangul(a.text) && a.text.find(' ') != std::string::npos &&
                                org_names_match(head, a.text.substr(0, a.text.find(' ')), true));
        if (!spelled) continue;
        // ("할시온은" found as a company of its own: the same company, as for the kinds glued on below)
        add_short_name(st, doc_names, known, head, id, longer);
        continue;
      }
      // ("올리브영은" after "CJ올리브영": a group's company named without the group's initials)
      if (const std::size_t initials = group_initials(name); initials > 0 && name.find(' ') == std::string::npos) {
        const std::string rest = name.substr(initials);
        const std::size_t syllables = hangul_syllable_count(rest);
        if (syllables >= 2 && syllables * 3 == rest.size() && !is_dictionary_word(rest) && !is_common_noun(rest) && lexicon.lookup(rest) < 0)
          add_short_name(st, doc_names, known, rest, id);
        continue;
      }
      for (std::string_view kind : kKinds)
        if (name.size() > kind.size() && std::string_view(name).substr(name.size() - kind.size()) == kind) {
          const std::string head = name.substr(0, name.size() - kind.size());
          const std::size_t syllables = hangul_syllable_count(head);
          if (syllables < 2 || syllables * 3 != head.size() || is_dictionary_word(head) || is_common_noun(head) || lexicon.lookup(head) >= 0) break;
          // ("진웨이를 세웠다" found as a company of its own beside "진웨이시스템스": the same company, whose
          // name no sentence has given the other entity yet)
          add_short_name(st, doc_names, known, head, id);
          break;
        }
    }
  }
  // "파논연구소" beside "파논도시컴퓨팅연구소": an institute named by its first word and its kind alone, when one
  // organisation of the document has that name with more words between
  if (!english) {
    const std::size_t known = doc_names.size();
    for (std::size_t k = 0; k < known; ++k) {
      const auto [name, id] = doc_names[k];
      if (st.entities[static_cast<std::size_t>(id)].type != EntityType::Organization || name.find(' ') != std::string::npos) continue;
      for (std::string_view kind : {"연구소", "연구원", "재단", "협회", "대학교", "병원"}) {
        if (name.size() <= kind.size() || std::string_view(name).substr(name.size() - kind.size()) != kind) continue;
        const std::string head = name.substr(0, name.size() - kind.size());
        if (hangul_syllable_count(head) < 2 || hangul_syllable_count(head) * 3 != head.size() || is_dictionary_word(head)) break;
        int longer = -1, count = 0;
        for (std::size_t q = 0; q < known; ++q) {
          const auto& [other, oid] = doc_names[q];
          if (oid == id || oid == longer || st.entities[static_cast<std::size_t>(oid)].type != EntityType::Organization) continue;
          if (other.size() > name.size() && other.starts_with(head) && std::string_view(other).substr(other.size() - kind.size()) == kind)
            longer = oid, ++count;
        }
        if (count == 1) add_short_name(st, doc_names, known, name, longer);
        break;
      }
    }
  }
  // "Ajala" after "Ajala AI" in English: a company named without the kind its name ends in, when the
  // first word is a name of its own (capitalised, no word, place or other name of the document)
  if (english) {
    const std::size_t known = doc_names.size();
    for (std::size_t k = 0; k < known; ++k) {
      const auto [name, id] = doc_names[k];
      const LocalEntity& e = st.entities[static_cast<std::size_t>(id)];
      // ("Harrison" after "Harrison.ai": a company's web name without its domain)
      if (const std::size_t dot = name.rfind('.'); e.type == EntityType::Organization && e.lexicon < 0 && dot != std::string::npos &&
                                                    dot >= 4 && name.find(' ') == std::string::npos &&
                                                    en::is_any(name.substr(dot + 1), {"ai", "io", "com", "co"})) {
        const std::string head = name.substr(0, dot);
        if (!(head[0] >= 'A' && head[0] <= 'Z') || head.find('.') != std::string::npos || en::is_stop_word(head) || en::is_place(head) ||
            lexicon.lookup(head) >= 0)
          continue;
        add_short_name(st, doc_names, known, head, id);
        continue;
      }
      // ("resigned from St. Brigid's" after "St. Brigid's Hospital": an institution named by its possessive alone)
      if (const std::size_t pos = name.rfind("'s "); e.type == EntityType::Organization && e.lexicon < 0 && pos != std::string::npos && pos >= 3 &&
                                                     name.find(' ', pos + 3) == std::string::npos &&
                                                     en::is_possessive_institution_noun(name.substr(pos + 3))) {
        const std::string head = name.substr(0, pos);
        if (!en::is_place(head) && lexicon.lookup(head) < 0) add_short_name(st, doc_names, known, head, id);
        continue;
      }
      const std::size_t sp = name.find(' ');
      // ("Mindbridge" after "KT Mindbridge": a unit named after its parent, named again without the parent)
      if (e.type == EntityType::Organization && e.lexicon < 0 && sp != std::string::npos && name.find(' ', sp + 1) == std::string::npos) {
        const int parent = lexicon.lookup(name.substr(0, sp));
        const std::string rest = name.substr(sp + 1);
        if (parent >= 0 && lexicon.entries()[static_cast<std::size_t>(parent)].type == EntityType::Organization && rest.size() >= 4 &&
            rest[0] >= 'A' && rest[0] <= 'Z' && !en::is_stop_word(en::lower(rest)) && !en::is_org_suffix(en::lower(rest)) &&
            !en::is_place(rest) && lexicon.lookup(rest) < 0) {
          add_short_name(st, doc_names, known, rest, id);
          continue;
        }
      }
      // ("Frostline Thermal" in the headline of "Frostline Thermal Systems": a name of three words or more
      // without the kind it ends in)
      if (const std::size_t last_sp = name.rfind(' ');
          e.type == EntityType::Organization && e.lexicon < 0 && sp != std::string::npos && last_sp != sp &&
          en::is_any(name.substr(last_sp + 1), {"ai", "labs", "lab", "technologies", "robotics", "systems", "intelligence", "semiconductor",
                                               "networks", "dynamics", "solutions"})) {
        const std::string head = name.substr(0, last_sp);
        if (lexicon.lookup(head) < 0 && !en::is_stop_word(head.substr(0, sp)) && !en::is_place(head))
          add_short_name(st, doc_names, known, head, id, true, &shape_only);
        continue;
      }
      if (e.type != EntityType::Organization || e.lexicon >= 0 || sp == std::string::npos || name.find(' ', sp + 1) != std::string::npos) continue;
      const std::string head = name.substr(0, sp), kind = name.substr(sp + 1);
      // ("Altamira's head of automation" after "Grupo Altamira": a group named without the word for group
      // that opens its name)
      if (en::is_any(head, {"grupo", "groupe", "gruppo", "grupa", "gruppe"}) && kind.size() >= 4 && kind[0] >= 'A' && kind[0] <= 'Z' &&
          !en::is_stop_word(kind) && !en::is_place(kind) && lexicon.lookup(kind) < 0) {
        add_short_name(st, doc_names, known, kind, id);
        continue;
      }
      if (!en::is_any(kind, {"ai", "labs", "lab", "technologies", "robotics", "systems", "intelligence"}) || head.size() < 4 ||
          !(head[0] >= 'A' && head[0] <= 'Z') || en::is_stop_word(head) || en::is_place(head) || en::is_title_word(head) ||
          // (adjectives that open names: "Nordic AI", "Applied Intelligence")
          en::is_any(head, {"nordic", "scandinavian", "arab", "gulf", "baltic", "pacific", "atlantic", "global", "national", "digital",
                            "open", "deep", "smart", "applied", "general", "human", "future", "united", "international", "african",
                            "asian", "latin", "western", "eastern", "northern", "southern", "central", "generative", "sovereign"}) ||
          lexicon.lookup(head) >= 0 || st.entity_named(head) >= 0)
        continue;
      bool other = false;  // (the first word of another name too: "Ajala Ventures")
      for (const auto& [n2, id2] : doc_names)
        other = other || (id2 != id && n2.size() > head.size() && n2.compare(0, head.size() + 1, head + " ") == 0);
      if (!other) doc_names.emplace_back(head, id);
    }
    // "Hoshizora, one of Japan's mid-sized insurers," beside "Hoshizora Fire & Marine Insurance": a company the
    // document found under its first word alone is the one company of the document whose name opens with that
    // word and ends in a legal form or the kind of a whole company (not "Ajala Ventures", an arm)
    for (std::size_t k = 0; k < known; ++k) {
      const auto [name, id] = doc_names[k];
      const LocalEntity& e = st.entities[static_cast<std::size_t>(id)];
      const std::size_t sp = name.find(' '), last_sp = name.rfind(' ');
      if (e.type != EntityType::Organization || e.lexicon >= 0 || sp == std::string::npos ||
          !(en::is_legal_form_word(en::lower(name.substr(last_sp + 1))) ||
            en::is_any(name.substr(last_sp + 1), {"insurance", "group", "holdings", "corporation", "company", "bank"})))
        continue;
      const std::string head = name.substr(0, sp);
      // (not a regional arm: "Kasumi Europe GmbH" beside "Kasumi")
      bool regional = false;
      for (std::size_t a = sp + 1; a < last_sp;) {
        const std::size_t b = name.find(' ', a);
        const std::string w = name.substr(a, b - a);
        regional = regional || en::is_place(w) || en::is_any(w, {"europe", "asia", "africa", "america", "americas", "international", "global"});
        a = b + 1;
      }
      const int alone = st.entity_named(head);
      if (regional || alone < 0 || alone == id || head.size() < 4 || en::is_stop_word(en::lower(head)) || en::is_place(head) ||
          lexicon.lookup(head) >= 0)
        continue;
      if (const LocalEntity& a = st.entities[static_cast<std::size_t>(alone)]; a.names.size() != 1 || a.type != EntityType::Organization) continue;
      bool other = false;
      for (const auto& [n2, id2] : doc_names)
        other = other || (id2 != id && id2 != alone && n2.compare(0, head.size() + 1, head + " ") == 0);
      if (!other) add_short_name(st, doc_names, known, head, id);
    }
  }
}

void add_lexicon_surnames(const DocState& st, DocNames& doc_names) {
  // People the lexicon knows, by their surname, once the full name was seen in this document.
  for (std::size_t i = 0; i < st.entities.size(); ++i) {
    const LocalEntity& e = st.entities[i];
    if (e.type != EntityType::Person || e.lexicon < 0) continue;
    for (const Alias& a : e.names) {
      std::size_t sp = a.text.rfind(' ');
      if (sp != std::string::npos && a.text.size() - sp > 4) doc_names.emplace_back(a.text.substr(sp + 1), static_cast<int>(i));
    }
    // "Kim" for the lexicon's "Kim Sung-hoon": a Korean or Chinese name whose canonical form is
    // written surname first (not "Sung" of its alias "Sung Kim")
    const std::size_t first_sp = e.name.find(' ');
    if (first_sp != std::string::npos && !has_hangul(e.name) && is_east_asian_surname(std::string_view(e.name).substr(0, first_sp)))
      doc_names.emplace_back(e.name.substr(0, first_sp), static_cast<int>(i));
  }
}

std::set<std::string, std::less<>> add_english_first_names(const DocState& st, const Lexicon& lexicon, const std::set<int>& shape_only,
                                                           DocNames& doc_names) {
  // "Layla spent four years at Inception" after "Layla Al-Mansouri joins": in English, a person's
  // first name alone (blog posts, profiles, transcripts), when it is no other name of the document,
  // no known name, and the first name of one person only
  std::set<std::string, std::less<>> first_names;
  std::map<std::string, std::set<int>, std::less<>> by_first;
  for (std::size_t i = 0; i < st.entities.size(); ++i) {
    const LocalEntity& e = st.entities[i];
    for (const Alias& a : e.names) {
      const std::size_t sp = a.text.find(' ');
      if (sp == std::string::npos || has_hangul(a.text)) continue;
      const std::string first = a.text.substr(0, sp);
      if (e.type == EntityType::Person && !is_east_asian_surname(first)) by_first[first].insert(static_cast<int>(i));
    }
  }
  // (one person found twice: "Nando Albuquerque" on its own and as a name of 'Luiz Fernando "Nando" Albuquerque'; each
  // person's entity is the one with more names that holds its name, found once per document)
  std::map<std::string_view, int> holder;  // a person's name -> the entity with the most names holding it
  for (std::size_t j = 0; j < st.entities.size(); ++j) {
    const LocalEntity& o = st.entities[j];
    if (o.type != EntityType::Person) continue;
    for (const Alias& a : o.names) {
      const auto [it, added] = holder.emplace(a.text, static_cast<int>(j));
      if (!added && st.entities[static_cast<std::size_t>(it->second)].names.size() < o.names.size()) it->second = static_cast<int>(j);
    }
  }
  auto same_person = [&](int id) {
    const LocalEntity& e = st.entities[static_cast<std::size_t>(id)];
    const auto it = e.type == EntityType::Person ? holder.find(e.name) : holder.end();
    return it != holder.end() && st.entities[static_cast<std::size_t>(it->second)].names.size() > e.names.size() ? it->second : id;
  };
  for (const auto& [first, found] : by_first) {
    std::set<int> ids;
    for (int id : found) ids.insert(same_person(id));
    if (first.size() < 3) continue;
    // (written as a name: "SEEDLINE PRO" in a masthead is no one's name)
    // ("Élodie": a capital of Latin-1 in two bytes)
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(first[k]); };
    const bool accented = byte(0) == 0xC3 && byte(1) >= 0x80 && byte(1) <= 0x9E;
    const std::size_t second = accented ? 2 : 1;
    const bool capital = (first[0] >= 'A' && first[0] <= 'Z') || accented;
    const bool word = !capital || !((first[second] >= 'a' && first[second] <= 'z') || byte(second) >= 0x80) ||
                      en::honorific_gender(first) != 0 ||
                      en::is_stop_word(first) || en::is_place(first) || en::is_title_word(first) || lexicon.lookup(first) >= 0;
    if (ids.size() != 1 || word) continue;
    // (not a word another name of the document is, or starts with: "Layla" of "Layla Ventures"; but
    // a company of that one word the lexicon does not know is the person misread: "a deal with
    // Rizky's company" after "Rizky Pratama Wijaya")
    // (not when the person is one only by the shape of a name of two words: "Jandaia" the company, "Jandaia
    // Voz" its product)
    const LocalEntity& person = st.entities[static_cast<std::size_t>(*ids.begin())];
    const bool two_word_shape = shape_only.count(*ids.begin()) && std::count(person.name.begin(), person.name.end(), ' ') == 1;
    // (nor a person of that one word, as a transcript's label in capitals names the speaker: "ADAEZE:" after
    // "Adaeze Okafor")
    auto misread = [&](const std::pair<std::string, int>& n) {
      const LocalEntity& o = st.entities[static_cast<std::size_t>(n.second)];
      // (the label's case may differ from the name's: "HA-EUN:" read "Ha-Eun" after "Ha-eun Seo")
      if (en::lower(n.first) != en::lower(first) || o.lexicon >= 0 || o.names.size() != 1 || n.second == *ids.begin()) return false;
      return (o.type == EntityType::Organization && !two_word_shape) ||
             (o.type == EntityType::Person && en::lower(o.names.front().text) == en::lower(first));
    };
    bool other = false;
    for (const auto& n : doc_names)
      other = other || (same_person(n.second) != *ids.begin() && !misread(n) && (n.first == first || n.first.compare(0, first.size() + 1, first + " ") == 0));
    if (other) continue;
    doc_names.erase(std::remove_if(doc_names.begin(), doc_names.end(), misread), doc_names.end());
    doc_names.emplace_back(first, *ids.begin());
    first_names.insert(first);
  }
  return first_names;
}

void join_latin_name_parts(const DocState& st, DocNames& doc_names) {
  // "Da Silva Matos has joined" after "João Pedro da Silva Matos", "I'm Mame Diarra" after "Mame Diarra
  // Ndiaye": a person found under two or more words of one longer name of the document, its first words
  // (a given name of two) or its last (a surname with its particle), is that person, when one only has them
  const auto words_of = [](const std::string& name) {
    std::vector<std::string> w;
    for (std::size_t b = 0; b < name.size();) {
      std::size_t e = name.find(' ', b);
      if (e == std::string::npos) e = name.size();
      if (e > b) w.push_back(en::lower(name.substr(b, e - b)));
      b = e + 1;
    }
    return w;
  };
  const std::size_t known = doc_names.size();
  for (std::size_t i = 0; i < st.entities.size(); ++i) {
    const LocalEntity& part = st.entities[i];
    if (part.type != EntityType::Person || part.lexicon >= 0 || part.names.size() != 1 || has_hangul(part.names.front().text)) continue;
    const std::vector<std::string> pw = words_of(part.names.front().text);
    if (pw.size() < 2) continue;
    int whole = -1;
    bool several = false;
    for (std::size_t j = 0; j < st.entities.size() && !several; ++j) {
      const LocalEntity& e = st.entities[j];
      if (j == i || e.type != EntityType::Person) continue;
      for (const Alias& a : e.names) {
        if (has_hangul(a.text)) continue;
        const std::vector<std::string> ew = words_of(a.text);
        if (ew.size() <= pw.size()) continue;
        if (std::equal(pw.begin(), pw.end(), ew.begin()) || std::equal(pw.begin(), pw.end(), ew.end() - static_cast<std::ptrdiff_t>(pw.size()))) {
          several = whole >= 0 && whole != static_cast<int>(j);
          whole = static_cast<int>(j);
          break;
        }
      }
    }
    if (whole < 0 || several) continue;
    for (std::size_t q = 0; q < known; ++q)
      if (doc_names[q].second == static_cast<int>(i)) doc_names[q].second = whole;
  }
}

}  // namespace inmaek::extract
