#include "extract/extractor.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <set>

#include "extract/aho_corasick.h"
#include "extract/boilerplate.h"
#include "extract/english_words.h"
#include "extract/extractor_internal.h"
#include "extract/hangul_words.h"
#include "extract/jamo.h"
#include "extract/korean_dictionary.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"
#include "extract/text.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

constexpr std::size_t kMaxSentenceBytes = 4000;  // longer "sentences" are tables or junk

std::string lang_of(std::string_view s) { return has_hangul(s) ? "ko" : "en"; }

bool ends_with_any(std::string_view w, std::initializer_list<std::string_view> endings) {
  for (std::string_view e : endings)
    if (w.size() >= e.size() && w.substr(w.size() - e.size()) == e) return true;
  return false;
}

bool is_latin_word_char(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Strips parenthesised parts and quotes from what follows a name inside its word.
// "재팬" in "노바큐브 재팬": a regional branch is another organisation than its parent.
bool is_region_word(std::string_view w) {
  static constexpr std::string_view kRegions[] = {"코리아", "재팬", "차이나", "유럽", "아메리카", "인디아", "아시아", "싱가포르",
                                                  "USA", "Korea", "Japan", "China", "Europe", "India", "Asia", "America"};
  for (std::string_view r : kRegions)
    if (w == r) return true;
  return false;
}

std::string clean_suffix(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(' || c == '[') { ++depth; continue; }
    if (c == ')' || c == ']') { if (depth) --depth; continue; }
    if (depth == 0 && c != '\'' && c != '"') out += c;
  }
  return out;
}

class DocState {
 public:
  DocState(const Lexicon& lex, const Text& text, std::string_view lowered)
      : lex_(lex), text_(text), lowered_(lowered) {}

  std::vector<LocalEntity> entities;

  // Entity for a lexicon entry.
  int entity_for_lexicon(int entry, std::string_view surface) {
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

  // Entity for a discovered name of a given type; merges with names already seen.
  int entity_for_name(std::string_view surface, EntityType type, bool type_sure) {
    const int lexed = lex_.lookup(surface);
    if (lexed >= 0) return entity_for_lexicon(lexed, surface);
    const std::string key = name_key(surface);
    for (std::size_t i = 0; i < entities.size(); ++i)
      for (const Alias& a : entities[i].names)
        if (name_key(a.text) == key) return static_cast<int>(i);
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
          // "Montoya Ríos" for "Valeria Montoya Ríos": a double surname
          const std::size_t sp2 = sp > 0 ? a.text.rfind(' ', sp - 1) : std::string::npos;
          if (sp2 != std::string::npos && name_key(std::string_view(a.text).substr(sp2 + 1)) == key) return static_cast<int>(i);
        }
      }
    }
    if (type == EntityType::Organization) {
      // "한빛금융" for "한빛금융그룹": a group named without the word 그룹 (or 홀딩스).
      int id = organisation_with_alias([&](std::string_view full) {
        return full.size() > surface.size() && full.substr(0, surface.size()) == surface &&
               (full.substr(surface.size()) == "그룹" || full.substr(surface.size()) == "홀딩스");
      });
      // "하이퍼리프" for "하이퍼리프 랩스": an organisation named without its last word.
      if (id < 0)
        id = organisation_with_alias([&](std::string_view full) {
          return full.size() > surface.size() + 1 && full.substr(0, surface.size()) == surface && full[surface.size()] == ' ' &&
                 full.find(' ', surface.size() + 1) == std::string_view::npos && !is_region_word(full.substr(surface.size() + 1));
        });
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

  // The first organisation with an alias that satisfies `fits`, or -1.
  template <class Fits>
  int organisation_with_alias(Fits fits) const {
    for (std::size_t i = 0; i < entities.size(); ++i) {
      if (entities[i].type != EntityType::Organization) continue;
      for (const Alias& a : entities[i].names)
        if (fits(std::string_view(a.text))) return static_cast<int>(i);
    }
    return -1;
  }

  // The one person a short form names: the last word of a multi-word name ("궈" for "루시 궈"),
  // or the surname of a Korean full name ("권" for "권도훈"). -1 when none or ambiguous.
  int person_by_short_name(std::string_view short_name) const {
    int found = -1;
    for (std::size_t i = 0; i < entities.size(); ++i) {
      const LocalEntity& e = entities[i];
      if (e.type != EntityType::Person) continue;
      bool match = false;
      for (const Alias& a : e.names) {
        std::size_t sp = a.text.rfind(' ');
        if (sp != std::string::npos && std::string_view(a.text).substr(sp + 1) == short_name) match = true;
        if (sp == std::string::npos && looks_like_korean_full_name(a.text) &&
            std::string_view(a.text).substr(0, short_name.size()) == short_name)
          match = true;
      }
      if (!match) continue;
      if (found >= 0 && found != static_cast<int>(i)) return -1;
      found = static_cast<int>(i);
    }
    return found;
  }

  void add_name(int id, std::string_view surface) {
    LocalEntity& e = entities[static_cast<std::size_t>(id)];
    std::string s(surface);
    for (const Alias& a : e.names)
      if (a.text == s) return;
    e.names.push_back({s, lang_of(s)});
    // The longest Hangul or Latin person name becomes the name of a discovered person.
    if (e.lexicon < 0 && e.type == EntityType::Person && s.size() > e.name.size() && s.find(' ') != std::string::npos)
      e.name = s;
  }

  // Pronoun resolution by salience: the most recent topic (은/는 marks what the discourse is
  // about) of the type within the last few mentions, else the most recent subject, else the most
  // recent mention of the type.
  enum Salience { kDescriptor = -1, kPlain = 0, kSubject = 1, kTopic = 2 };
  void note(int entity, Salience s) {
    recent_.push_back({entity, s});
    auto& sc = score_[entity];
    sc.first += s <= kPlain ? 1 : 2;
    sc.second = static_cast<int>(recent_.size()) - 1;
    if (s > kPlain) ++subjects_[entity];
    const auto [slot, added] = best_.emplace(static_cast<int>(entities[static_cast<std::size_t>(entity)].type), entity);
    if (!added && slot->second != entity && sc > score_[slot->second]) slot->second = entity;
  }
  // The organisation the document is about so far: the most mentioned one (subjects and topics
  // count double), ties to the most recent. Used for "이 회사", "the company" when no organisation
  // was the subject or topic of the current or previous sentence. Kept up to date by note(), so
  // asking costs nothing however long the document is.
  int main_entity(EntityType t) const {
    const auto it = best_.find(static_cast<int>(t));
    return it == best_.end() ? -1 : it->second;
  }

  int young_org = -1;  // the organisation last founded, acquired or funded: what "the startup" names
  // English: the organisation last described by a place or nationality ("Paris-based X"), by that word
  std::map<std::string, int, std::less<>> place_org;
  // English: the organisation each person was last said to found, join or work for; and the one the
  // speaker of the last quotation speaks for ("we" in a quote is the speaker's company)
  std::map<int, int> person_org;  // a founder speaks for the company founded
  std::set<int> founder_of;
  int quote_org = -1;

  // The entity of type t named last before this sentence, other than `except`, or -1.
  int last_mentioned(EntityType t, int except, int except2 = -1) const {
    for (auto it = recent_.rbegin(); it != recent_.rend(); ++it)
      if (it->first != except && it->first != except2 && it->second != kDescriptor &&
          entities[static_cast<std::size_t>(it->first)].type == t)
        return it->first;
    return -1;
  }

  // How often entity e was a subject or topic so far.
  int subject_count(int e) const {
    const auto it = subjects_.find(e);
    return it == subjects_.end() ? 0 : it->second;
  }

  // companies_only: "회사", "기업", "동사" never refer to a university, a hospital or a ministry.
  int most_recent(EntityType t, bool companies_only = false) const {
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

  static bool is_institution(const LocalEntity& e) {
    static constexpr std::string_view kEnds[] = {"대", "대학", "대학교", "대학원", "과학기술원", "병원", "KAIST", "University",
                                                 "Institute", "부", "청", "위원회", "정부", "Hospital", "Ministry"};
    for (const Alias& a : e.names)
      for (std::string_view x : kEnds)
        if (a.text.size() >= x.size() && std::string_view(a.text).substr(a.text.size() - x.size()) == x) return true;
    return false;
  }

 private:
  int add(LocalEntity e) {
    entities.push_back(std::move(e));
    return static_cast<int>(entities.size() - 1);
  }
  const Lexicon& lex_;
  const Text& text_;
  std::string_view lowered_;
  std::map<int, int> by_lex_;
  std::vector<std::pair<int, Salience>> recent_;  // (entity, how salient the mention was)
  std::unordered_map<int, std::pair<int, int>> score_;  // entity -> (weight, last position in recent_)
  std::unordered_map<int, int> subjects_;               // entity -> times a subject or topic
  std::unordered_map<int, int> best_;                   // entity type -> main entity of that type
};

// Index of the token whose span contains byte `pos`, or -1.
int token_at(const std::vector<Token>& toks, std::size_t pos) {
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (pos >= toks[i].span.begin && pos < toks[i].span.end) return static_cast<int>(i);
  return -1;
}

// Checks that [b, e) is a whole name in the sentence: it starts a word and is followed by
// nothing, punctuation or a particle. Fills first/last token and role.
bool place_mention(const std::string& norm, const Sentence& s, std::size_t b, std::size_t e, Mention& m) {
  const int first = token_at(s.tokens, b);
  const int last = token_at(s.tokens, e - 1);
  if (first < 0 || last < 0) return false;
  const Token& ft = s.tokens[static_cast<std::size_t>(first)];
  const Token& lt = s.tokens[static_cast<std::size_t>(last)];
  if (b != ft.span.begin) {
    // allow a name right after an opening quote or parenthesis inside the word
    char prev = norm[b - 1];
    const bool middle_dot = b >= 2 && static_cast<unsigned char>(norm[b - 2]) == 0xC2 && static_cast<unsigned char>(prev) == 0xB7;
    // "페이블AI–그린웨이브물류", "올트먼/오픈AI": a dash or a slash joins two names in headlines and captions
    const bool dash = b >= 3 && norm.compare(b - 3, 2, "\xE2\x80") == 0 &&
                      (static_cast<unsigned char>(prev) == 0x93 || static_cast<unsigned char>(prev) == 0x94);
    if (prev != '\'' && prev != '"' && prev != '(' && prev != '[' && prev != '/' && !middle_dot && !dash) return false;
  }
  std::string_view name(norm.data() + b, e - b);
  std::string_view rest(norm.data() + e, lt.span.end - e);
  int last_token = last;
  if (rest.size() > 1 && rest[0] == '(' && rest[1] >= 'A' && rest[1] <= 'Z' && rest.find(')') == std::string_view::npos) {
    // "라마찬드란(Priya Ramachandran)이": the parenthesis closes a few words later; the
    // particle after it belongs to the name
    for (int k = last + 1; k < static_cast<int>(s.tokens.size()) && k <= last + 4; ++k) {
      std::string_view w = s.tokens[static_cast<std::size_t>(k)].text;
      std::size_t close = w.find(')');
      if (close == std::string_view::npos) continue;
      rest = w.substr(close + 1);
      last_token = k;
      break;
    }
  }
  if (!rest.empty() && is_latin_word_char(static_cast<unsigned char>(rest[0])) &&
      is_latin_word_char(static_cast<unsigned char>(name.back())))
    return false;
  // "SoftBank-backed", "Hyundai-owned": the name modifies what follows, as a possessor does
  if (rest == "'s" || rest == "'" || rest == "-backed" || rest == "-owned" || rest == "-funded") {  // English possessive: "OpenAI's"
    m.span = {b, e};
    m.first = first;
    m.last = last;
    m.role = Role::Genitive;
    return true;
  }
  if (!rest.empty() && (rest[0] == ')' || rest[0] == '/' || rest.substr(0, 2) == "\xC2\xB7" || rest.substr(0, 3) == "\xE2\x80\x93" ||
                        rest.substr(0, 3) == "\xE2\x80\x94")) {
    // "(대표 도상현)는": the name closes a parenthesis (the particle after it belongs to the word
    // before the parenthesis), or "석준영·옥다은": a middle dot joins it to the next name
    m.span = {b, e};
    m.first = first;
    m.last = last;
    m.role = Role::None;
    return true;
  }
  std::string suffix = clean_suffix(rest);
  if (!rest.empty() && rest[0] == '-') return false;
  if (!is_particle_suffix(name, suffix)) {
    // "오픈AI측은", "구글코리아" are not mentions of the bare name
    return false;
  }
  m.span = {b, e};
  m.first = first;
  m.last = last_token;
  m.role = particle_role(name, suffix);
  return true;
}

}  // namespace

// Open-world discovery over one sentence's tokens (Korean; also finds Latin names).
void discover(const Sentence& s, const std::vector<bool>& lex_token, std::vector<Candidate>& out) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  auto hangul_name_token = [&](int i, bool allow_particle) -> std::string {
    if (i < 0 || i >= n || lex_token[static_cast<std::size_t>(i)]) return {};
    std::string_view w = t[static_cast<std::size_t>(i)].text;
    if (allow_particle) w = split_particle(w).stem;
    if (w.empty() || is_name_stopword(w) || !title_prefix(w).empty() || is_title_modifier(w)) return {};
    if (type_noun(w) != TypeNoun::None || looks_like_org_name(w)) return {};
    // "미국인인 응우옌": a noun with the copula's adnominal ending (who is an American) is no name
    if (w.size() > 6 && w.substr(w.size() - 3) == "인" && is_dictionary_word(w.substr(0, w.size() - 3))) return {};
    std::size_t k = 0, syl = 0;
    while (k < w.size()) {
      if (!is_hangul_syllable(decode_utf8(w, k))) return {};
      ++syl;
    }
    if (syl == 0 || syl > 6) return {};
    const Role r = split_particle(w).role;
    // a name can end like the copula ("오카다", "하라다"); other particles mean an argument, not a name
    if (!allow_particle && (looks_like_predicate(w) || (r != Role::None && r != Role::Copula && r != Role::Also)) &&
        !looks_like_korean_full_name(w))
      return {};
    return std::string(w);
  };
  auto latin_name = [&](int i, int dir, int& used) -> std::string {
    std::string name;
    used = 0;
    for (int k = i; k >= 0 && k < n && used < 3; k += dir) {
      std::string_view w = t[static_cast<std::size_t>(k)].text;
      std::string_view stem = split_particle(w).stem;
      if (stem.empty() || !(stem[0] >= 'A' && stem[0] <= 'Z')) break;
      bool ok = std::all_of(stem.begin(), stem.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'' || c == '-' || c == '.';
      });
      if (!ok || !title_prefix(stem).empty()) break;
      if (dir < 0 && stem.size() != w.size()) break;  // a particle ends the word before a name
      // CamelCase ("LumenScale", "OpenAI") or all-caps words are brand names, not parts of a person's name
      bool camel = false;
      for (std::size_t q = 1; q < stem.size(); ++q)
        if (stem[q] >= 'A' && stem[q] <= 'Z' && stem[q - 1] >= 'a' && stem[q - 1] <= 'z' &&
            !(q == 2 && stem.substr(0, 2) == "Mc") && !(q == 3 && stem.substr(0, 3) == "Mac"))
          camel = true;
      if (camel || (stem.size() > 1 && std::all_of(stem.begin(), stem.end(), [](char c) { return c >= 'A' && c <= 'Z'; })))
        break;
      name = dir > 0 ? (name.empty() ? std::string(stem) : name + " " + std::string(stem))
                     : (name.empty() ? std::string(stem) : std::string(stem) + " " + name);
      ++used;
      if (dir > 0 && stem.size() != w.size()) break;  // particle ends the name
    }
    return used >= 2 ? name : std::string();
  };

  // A person's name right after token i: a Latin name, a Korean full name, or two Hangul words.
  auto name_after = [&](int i) {
    int used = 0;
    std::string latin_after = latin_name(i + 1, +1, used);
    if (!latin_after.empty()) {
      out.push_back({latin_after, EntityType::Person, {}});
      return;
    }
    // A word followed by a title carries no particle ("홀츠만 CEO": 만 is part of the name).
    auto before_title = [&](int k) { return k + 1 < n && !title_prefix(t[static_cast<std::size_t>(k + 1)].text).empty(); };
    std::string a = hangul_name_token(i + 1, !before_title(i + 1));
    if (a.empty()) return;
    bool a_bare = (before_title(i + 1) || split_particle(t[static_cast<std::size_t>(i + 1)].text).role == Role::None) &&
                  !t[static_cast<std::size_t>(i + 1)].comma_after;
    std::string b = a_bare && !before_title(i + 1) ? hangul_name_token(i + 2, !before_title(i + 2)) : "";
    if (!b.empty() && !looks_like_korean_full_name(a) && title_prefix(b).empty())
      out.push_back({a + " " + b, EntityType::Person, {}});
    else if (looks_like_korean_full_name(a))
      out.push_back({a, EntityType::Person, {}});
  };

  // Argument slots of organisation verbs: in "큐브릭스는 … 모델 '큐브-M'을 공개했다" the topic must
  // be an organisation; so must the object of 인수했다 and the goal of 투자했다.
  {
    // "누리봇(Nuribot)이": the name before the parenthesis (the pair is joined at resolution)
    auto cut_paren = [](ParticleSplit ps) {
      if (const std::size_t p = ps.stem.find('('); p != std::string_view::npos) ps.stem = ps.stem.substr(0, p);
      return ps;
    };
    auto slot_ok = [&](int k, std::string_view stem) {
      static constexpr std::string_view kNotNames[] = {"회사", "이곳", "동사", "당사", "양사", "업계", "정부", "당국", "시장", "이들",
                                                       "이번", "올해", "작년", "지난해", "최근", "그", "그녀", "이는", "이", "두",
                                                       "기존", "국내", "해외", "현재", "당시", "이후", "한편", "특히", "또"};
      if (lex_token[static_cast<std::size_t>(k)] || !has_hangul(stem) || stem.size() < 6 || stem.size() > 24) return false;
      for (std::string_view x : kNotNames)
        if (stem == x) return false;
      return !is_name_stopword(stem) && !is_common_noun(stem) && type_noun(stem) == TypeNoun::None && title_prefix(stem).empty() &&
             !looks_like_korean_full_name(stem) && !looks_like_predicate(stem) && !is_title_modifier(stem) &&
             stem.find_first_of("0123456789") == std::string_view::npos;
    };
    static constexpr std::string_view kOrgVerbs[] = {"공개했", "출시했", "선보였", "선뵀", "내놓았", "내놨", "개발했", "인수했",
                                                      "사들였", "유치했", "투자했", "조달했", "설립됐", "세워졌", "출범시", "출범했",
                                                      "협약을", "제휴를", "손잡", "MOU를", "파트너십을"};
    bool org_verb = false;
    for (int k = 1; k < n && !org_verb; ++k)
      for (std::string_view v : kOrgVerbs)
        if (t[static_cast<std::size_t>(k)].text.substr(0, v.size()) == v) org_verb = true;
    if (org_verb) {
      for (int k = 0; k < n && k < 4; ++k) {
        const ParticleSplit ps = cut_paren(split_particle(t[static_cast<std::size_t>(k)].text));
        if (ps.role == Role::Topic || ps.role == Role::Subject) {
          const bool titled = k + 1 < n && !title_prefix(t[static_cast<std::size_t>(k + 1)].text).empty();
          if (!titled && slot_ok(k, ps.stem)) out.push_back({std::string(ps.stem), EntityType::Organization, {}});
          break;
        }
        if (ps.role != Role::None || lex_token[static_cast<std::size_t>(k)]) break;  // only dates and adverbs before the topic
      }
    }
    // "X는 Y와 업무협약(MOU)을 맺었다": the partner in the comitative is an organisation
    for (int k = 1; k < n; ++k) {
      std::string_view v = t[static_cast<std::size_t>(k)].text;
      if (v.find("협약") == std::string_view::npos && v.find("MOU") == std::string_view::npos &&
          v.find("제휴") == std::string_view::npos && v.find("파트너십") == std::string_view::npos)
        continue;
      for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
        const ParticleSplit ps = cut_paren(split_particle(t[static_cast<std::size_t>(j)].text));
        if (ps.role == Role::Comitative) {
          if (slot_ok(j, ps.stem)) out.push_back({std::string(ps.stem), EntityType::Organization, {}});
          break;
        }
      }
    }
    for (int k = 1; k < n; ++k) {
      std::string_view v = t[static_cast<std::size_t>(k)].text;
      const bool buy = v.substr(0, 9) == "인수했" || v.substr(0, 9) == "인수한" || v.substr(0, 9) == "사들였";
      const bool invest = v.substr(0, 9) == "투자했" || v.substr(0, 9) == "투자한";
      if (!buy && !invest) continue;
      for (int j = k - 1; j >= 0 && j >= k - 3; --j) {
        const ParticleSplit ps = cut_paren(split_particle(t[static_cast<std::size_t>(j)].text));
        if ((buy && ps.role == Role::Object) || (invest && ps.role == Role::Goal)) {
          if (slot_ok(j, ps.stem)) out.push_back({std::string(ps.stem), EntityType::Organization, {}});
          break;
        }
        if (ps.role != Role::None && ps.role != Role::Object) break;  // "1억달러를" may stand between
      }
    }
  }

  for (int i = 0; i < n; ++i) {
    std::string_view w = t[static_cast<std::size_t>(i)].text;
    // 1. Person names next to a title.
    if (!title_prefix(w).empty() && !lex_token[static_cast<std::size_t>(i)]) {
      // Name before: [name] [전/현]? [org]? [modifiers]* title
      int j = i - 1;
      while (j >= 0 && is_title_modifier(t[static_cast<std::size_t>(j)].text)) --j;
      if (j >= 0 && lex_token[static_cast<std::size_t>(j)]) {  // an organisation between name and title
        --j;
        while (j >= 0 && lex_token[static_cast<std::size_t>(j)]) --j;
        while (j >= 0 && (is_former_marker(t[static_cast<std::size_t>(j)].text) ||
                          is_current_marker(t[static_cast<std::size_t>(j)].text)))
          --j;
      }
      int used = 0;
      if (split_particle(w).role == Role::Object && i + 1 < n &&
          (t[static_cast<std::size_t>(i + 1)].text.substr(0, 3) == "맡" || t[static_cast<std::size_t>(i + 1)].text.substr(0, 3) == "겸")) {
        // "대니얼 레비가 사장을 맡는다": the holder is the subject before the title
        const int k = i - 1;
        if (k >= 0 && !lex_token[static_cast<std::size_t>(k)]) {
          const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(k)].text);
          if ((ps.role == Role::Subject || ps.role == Role::Topic) && has_hangul(ps.stem) && !is_name_stopword(ps.stem) &&
              !is_common_noun(ps.stem) && type_noun(ps.stem) == TypeNoun::None && title_prefix(ps.stem).empty()) {
            if (looks_like_korean_full_name(ps.stem)) {
              out.push_back({std::string(ps.stem), EntityType::Person, {}});
            } else if (k > 0) {
              std::string first = hangul_name_token(k - 1, false);
              if (!first.empty() && !looks_like_korean_full_name(first))
                out.push_back({first + " " + std::string(ps.stem), EntityType::Person, {}});
            }
          }
        }
      }
      // "[name] 전 [org] CEO": the words between the marker and the title name an organisation.
      if (j >= 1 && !lex_token[static_cast<std::size_t>(j)]) {
        int marker = -1;
        for (int k = j - 1; k >= 0 && k >= j - 2; --k)
          if (is_former_marker(t[static_cast<std::size_t>(k)].text) || is_current_marker(t[static_cast<std::size_t>(k)].text)) {
            marker = k;
            break;
          }
        if (marker >= 0) {
          std::string org;
          bool ok = true;
          for (int k = marker + 1; k <= j; ++k) {
            std::string_view part = t[static_cast<std::size_t>(k)].text;
            if (lex_token[static_cast<std::size_t>(k)] || is_name_stopword(part) || looks_like_predicate(part) ||
                split_particle(part).role != Role::None)
              ok = false;
            org += (org.empty() ? "" : " ") + std::string(part);
          }
          if (ok && !org.empty()) out.push_back({org, EntityType::Organization, {}});
          j = marker - 1;
        } else if ((looks_like_korean_full_name(t[static_cast<std::size_t>(j - 1)].text) &&
                    !looks_like_korean_full_name(t[static_cast<std::size_t>(j)].text) &&
                    is_org_like_word(t[static_cast<std::size_t>(j)].text)) ||
                   (has_hangul(t[static_cast<std::size_t>(j)].text) && looks_like_org_name(t[static_cast<std::size_t>(j)].text) &&
                    split_particle(t[static_cast<std::size_t>(j)].text).role == Role::None)) {
          // "김민수 노바큐브 대표", "마르코 빌라 한빛증권 애널리스트": a name, then an organisation
          out.push_back({std::string(t[static_cast<std::size_t>(j)].text), EntityType::Organization, {}});
          j = j - 1;
        }
      }
      // "코어비전 CTO로 복귀": a bare word before a title in the goal case is its organisation
      const std::string goal_rest = clean_suffix(w.substr(title_prefix(w).size()));
      const bool goal_title = (goal_rest == "로" || goal_rest == "으로") && j == i - 1 && j >= 0 &&
                              split_particle(t[static_cast<std::size_t>(j)].text).role == Role::None &&
                              has_hangul(t[static_cast<std::size_t>(j)].text) &&
                              !looks_like_korean_full_name(t[static_cast<std::size_t>(j)].text);
      std::string latin = goal_title ? std::string() : latin_name(j, -1, used);
      if (goal_title) {
        // no person here
      } else if (!latin.empty()) {
        out.push_back({latin, EntityType::Person, {}});
      } else if (j >= 0 && !t[static_cast<std::size_t>(j)].comma_after) {
        std::string last = hangul_name_token(j, false);
        // "X를 (새) CEO로 선임": the name carries the object particle when the title is the goal
        if (last.empty() && split_particle(w).role == Role::Goal && split_particle(t[static_cast<std::size_t>(j)].text).role == Role::Object) {
          last = hangul_name_token(j, true);
          if (!last.empty() && j > 0 && !looks_like_korean_full_name(last)) {
            std::string first = hangul_name_token(j - 1, false);
            if (!first.empty() && !looks_like_predicate(first)) last = first + " " + last;
            else last.clear();
          }
          if (!last.empty()) out.push_back({last, EntityType::Person, {}});
          last.clear();
        }
        if (!last.empty()) {
          if (looks_like_korean_full_name(last)) {
            out.push_back({last, EntityType::Person, {}});
          } else {
            std::string first = j > 0 && !t[static_cast<std::size_t>(j - 1)].comma_after ? hangul_name_token(j - 1, false) : "";
            if (!first.empty() && !looks_like_korean_full_name(first) && !looks_like_predicate(first) &&
                !is_dictionary_word(first))  // "직후 노브리지 부사장": 직후 is a word, not a first name
              out.push_back({first + " " + last, EntityType::Person, {}});
            else
              out.push_back({last, EntityType::Person, {}});
          }
        }
      }
      // Name after: title [name] [name]
      if (split_particle(w).role == Role::None || split_particle(w).role == Role::Copula) name_after(i);
    }
    // "스타트업 세이지포지를", "챗봇 파이를": an unquoted name right after a type noun, when the
    // word carries a case particle and is no common noun.
    if (i > 0 && !lex_token[static_cast<std::size_t>(i)] && !t[static_cast<std::size_t>(i)].open_before) {
      const TypeNoun tn = type_noun(t[static_cast<std::size_t>(i - 1)].text);
      ParticleSplit ps = split_particle(w);
      if (std::size_t paren = ps.stem.find('('); paren != std::string_view::npos) {
        // "세이지포지(SageForge)를": the name before the parenthesis; the pair is joined later
        ps.stem = ps.stem.substr(0, paren);
        std::string_view inner = w.substr(paren);
        ps.role = split_particle(inner.substr(inner.find(')') == std::string_view::npos ? 0 : inner.find(')') + 1)).role;
        if (inner.find(')') != std::string_view::npos) {
          std::string_view after = inner.substr(inner.find(')') + 1);
          ps.role = after.empty() ? Role::None : particle_role(ps.stem, after);
        }
      }
      const std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
      const bool bare_noun = split_particle(prev).role == Role::None && (prev == "스타트업" || prev == "기업" || prev == "업체" ||
                                                                         prev == "회사" || prev == "챗봇" || prev == "모델");
      const bool core_role = ps.role == Role::Object || ps.role == Role::Subject || ps.role == Role::Topic || ps.role == Role::Goal;
      if (tn != TypeNoun::None && bare_noun && core_role && ps.stem.size() >= 9 && has_hangul(ps.stem) && !is_common_noun(ps.stem) &&
          type_noun(ps.stem) == TypeNoun::None && !looks_like_predicate(ps.stem) && title_prefix(ps.stem).empty())
        out.push_back({std::string(ps.stem), tn == TypeNoun::Product ? EntityType::Product : EntityType::Organization, {}});
      // "스타트업 뷰로직스의 지분", "헤지펀드 하이플라이어가", "게임사 스텔라게임즈와", "기업 뷰로직스 인수":
      // any case, or none, after an organisation noun, when the word is no word of the language
      else if (is_org_kind_noun(prev) && ps.role != Role::Copula && ps.role != Role::Also && is_unknown_word(ps.stem))
        out.push_back({std::string(ps.stem), EntityType::Organization, {}});
    }
    // "프리야 라마찬드란(Priya Ramachandran)": a Hangul name with its Latin form in parentheses.
    if (const std::size_t open = w.find('('); open != std::string_view::npos && open > 0 && open + 1 < w.size() &&
                                               w[open + 1] >= 'A' && w[open + 1] <= 'Z' && !lex_token[static_cast<std::size_t>(i)]) {
      std::string latin;
      std::string_view piece = w.substr(open + 1);
      bool closed = false;
      for (int k = i; k < n && k <= i + 3; ++k) {
        if (k > i) piece = t[static_cast<std::size_t>(k)].text;
        const std::size_t close = piece.find(')');
        std::string_view part = piece.substr(0, close);
        latin += (latin.empty() ? "" : " ") + std::string(part);
        if (close != std::string_view::npos) {
          closed = true;
          break;
        }
      }
      std::string_view hangul_last = w.substr(0, open);
      const int words = static_cast<int>(std::count(latin.begin(), latin.end(), ' ')) + 1;
      bool latin_ok = closed && !latin.empty() && latin.size() < 60;
      for (char c : latin)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'' || c == '.' || c == '&'))
          latin_ok = false;
      if (latin_ok && has_hangul(hangul_last)) {  // no particle can stand before the parenthesis
        static constexpr std::string_view kLatinOrgEnd[] = {"Capital", "Ventures", "Partners", "Labs", "Lab", "AI", "Inc",
                                                            "Corp", "Group", "Research", "Securities", "Bank", "Fund",
                                                            "Technologies", "Systems", "Robotics", "Intelligence", "Studio"};
        const std::string_view last_word = std::string_view(latin).substr(latin.rfind(' ') + 1);
        bool org = false;
        for (std::string_view x : kLatinOrgEnd)
          if (last_word == x) org = true;
        if (org) {
          out.push_back({std::string(hangul_last), EntityType::Organization, latin});
        } else if (words >= 2 && words <= 3 && title_prefix(latin).empty()) {
          std::string name(hangul_last);
          if (i > 0) {
            std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
            if (has_hangul(prev) && split_particle(prev).role == Role::None && !looks_like_predicate(prev) &&
                !is_name_stopword(prev) && title_prefix(prev).empty() && !is_title_modifier(prev) &&
                type_noun(prev) == TypeNoun::None && !t[static_cast<std::size_t>(i - 1)].comma_after)
              name = std::string(prev) + " " + name;
          }
          out.push_back({name, EntityType::Person, latin});
        }
      }
    }
    // "메디코어AI(대표 도상현)는": a title opening a parenthesis, then a Korean full name closing it
    if (const std::size_t open = w.rfind('('); open != std::string_view::npos && i + 1 < n) {
      const std::string_view inner = w.substr(open + 1);
      std::string_view next = t[static_cast<std::size_t>(i + 1)].text;
      const std::size_t close = next.find(')');
      if (!inner.empty() && title_prefix(inner) == inner && close != std::string_view::npos &&
          looks_like_korean_full_name(next.substr(0, close)) && !lex_token[static_cast<std::size_t>(i + 1)])
        out.push_back({std::string(next.substr(0, close)), EntityType::Person, {}});
    }
    // "코어비전 최고기술책임자(CTO)로 복귀했다": an unknown word right before a title in the goal
    // case names the organisation (a person would carry the subject or topic particle)
    if (i > 0 && !lex_token[static_cast<std::size_t>(i - 1)] && !title_prefix(w).empty()) {
      const std::string_view title = title_prefix(w);
      const std::string rest = clean_suffix(w.substr(title.size()));
      const std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
      if ((rest == "로" || rest == "으로") && split_particle(prev).role == Role::None && is_org_like_word(prev) &&
          !looks_like_korean_full_name(prev) && !is_dictionary_word(prev))
        out.push_back({std::string(prev), EntityType::Organization, {}});
    }
    // A broadcast caption "안소희/구글 딥마인드 연구원": a Korean full name, a slash, where they work
    if (const std::size_t slash = w.find('/'); slash != std::string_view::npos && slash > 0 &&
                                               looks_like_korean_full_name(w.substr(0, slash))) {
      for (int k = i + 1; k < n && k <= i + 3; ++k)
        if (!title_prefix(t[static_cast<std::size_t>(k)].text).empty()) {
          out.push_back({std::string(w.substr(0, slash)), EntityType::Person, {}});
          break;
        }
    }
    // "윤하늘과 윤바다 남매는", "A, B 두 사람은": Korean full names listed before a group noun
    if (i + 1 < n && (w == "남매는" || w == "남매가" || w == "부부는" || w == "부부가" || w == "형제는" || w == "자매는" ||
                      ((w == "사람은" || w == "사람이") && t[static_cast<std::size_t>(i - (i > 0 ? 1 : 0))].text == "두"))) {
      for (int k = i - 1; k >= 0 && k >= i - 5; --k) {
        const ParticleSplit ps = split_particle(t[static_cast<std::size_t>(k)].text);
        if (t[static_cast<std::size_t>(k)].text == "두" || lex_token[static_cast<std::size_t>(k)]) continue;
        if (looks_like_korean_full_name(t[static_cast<std::size_t>(k)].text)) {  // bare, before the group noun
          out.push_back({std::string(t[static_cast<std::size_t>(k)].text), EntityType::Person, {}});
          continue;
        }
        if (ps.role != Role::None && ps.role != Role::Comitative && !t[static_cast<std::size_t>(k)].comma_after) break;
        if (lex_token[static_cast<std::size_t>(k)]) continue;
        if (looks_like_korean_full_name(ps.stem)) out.push_back({std::string(ps.stem), EntityType::Person, {}});
      }
    }
    // "윤채원 씨는": a Korean full name before 씨 (Mr./Ms.)
    if ((w == "씨" || w == "씨는" || w == "씨가" || w == "씨의" || w == "씨를" || w == "씨와" || w == "씨도") && i > 0 &&
        looks_like_korean_full_name(t[static_cast<std::size_t>(i - 1)].text) && !lex_token[static_cast<std::size_t>(i - 1)])
      out.push_back({std::string(t[static_cast<std::size_t>(i - 1)].text), EntityType::Person, {}});
    // "연구위원을 지낸 남윤호", "AWS에서 일했던 윤채원": a Korean full name after a career verb
    if (i + 1 < n && ends_with_any(w, {"지낸", "일했던", "근무했던", "몸담았던", "이끌던", "거친", "재직했던", "일한"})) {
      std::string_view next = split_particle(t[static_cast<std::size_t>(i + 1)].text).stem;
      if (looks_like_korean_full_name(next) && !lex_token[static_cast<std::size_t>(i + 1)])
        out.push_back({std::string(next), EntityType::Person, {}});
    }
    // "LumenScale", "SageForge": a single CamelCase Latin word is a brand (an organisation unless
    // a product noun stands before it); "조직 D2SF", "자회사 SKB": a Latin name after an organisation noun.
    if (!lex_token[static_cast<std::size_t>(i)] && !t[static_cast<std::size_t>(i)].paren_open_before) {
      std::string_view stem = split_particle(w).stem;
      const bool latin_word = !stem.empty() && stem[0] >= 'A' && stem[0] <= 'Z' &&
                              std::all_of(stem.begin(), stem.end(), [](char c) {
                                return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                              });
      bool camel = false;
      for (std::size_t q = 1; latin_word && q < stem.size(); ++q)
        if (stem[q] >= 'A' && stem[q] <= 'Z' && stem[q - 1] >= 'a' && stem[q - 1] <= 'z') camel = true;
      const TypeNoun before_noun = i > 0 ? type_noun(t[static_cast<std::size_t>(i - 1)].text) : TypeNoun::None;
      const bool after_org_noun = before_noun == TypeNoun::Organization && split_particle(t[static_cast<std::size_t>(i - 1)].text).role == Role::None;
      if (latin_word && stem.size() >= 4 && (camel || after_org_noun) && (i == 0 || !std::isupper(static_cast<unsigned char>(t[static_cast<std::size_t>(i - 1)].text[0]))))
        out.push_back({std::string(stem), before_noun == TypeNoun::Product ? EntityType::Product : EntityType::Organization, {}});
    }
    // "석준영·옥다은 공동대표": Korean full names joined by a middle dot before a title
    if (w.find("\xc2\xb7") != std::string_view::npos && i + 1 < n && !title_prefix(t[static_cast<std::size_t>(i + 1)].text).empty()) {
      std::string_view rest = w;
      while (!rest.empty()) {
        const std::size_t dot = rest.find("\xc2\xb7");
        std::string_view part = rest.substr(0, dot);
        if (looks_like_korean_full_name(part)) out.push_back({std::string(part), EntityType::Person, {}});
        if (dot == std::string_view::npos) break;
        rest = rest.substr(dot + 2);
      }
    }
    // "코어비전의 공동 창업자 채하람", "큐브릭스의 CEO": a genitive word before a title names an organisation
    if (i + 1 < n && !lex_token[static_cast<std::size_t>(i)] && split_particle(w).role == Role::Genitive) {
      int k = i + 1;
      while (k < n && is_title_modifier(t[static_cast<std::size_t>(k)].text)) ++k;
      std::string_view stem = split_particle(w).stem;
      if (const std::size_t p = stem.find('('); p != std::string_view::npos) stem = stem.substr(0, p);
      if (k < n && !title_prefix(t[static_cast<std::size_t>(k)].text).empty() && has_hangul(stem) && stem.size() >= 6 &&
          !is_name_stopword(stem) && !is_common_noun(stem) && type_noun(stem) == TypeNoun::None && title_prefix(stem).empty() &&
          !looks_like_korean_full_name(stem) && !looks_like_predicate(stem) && stem != "회사" && stem != "그" && stem != "그녀")
        out.push_back({std::string(stem), EntityType::Organization, {}});
    }
    // "[org] 출신 [name]": a person described by where they came from.
    if ((w == "출신" || w == "출신인") && i > 0) name_after(i);
    // 2. Quoted names after a type noun: 스타트업 '노바', 모델 '세레스(Ceres)'.
    if (t[static_cast<std::size_t>(i)].open_before && i > 0) {
      TypeNoun tn = TypeNoun::None;
      for (int back = 1; back <= 2 && i - back >= 0 && tn == TypeNoun::None; ++back)
        tn = type_noun(t[static_cast<std::size_t>(i - back)].text);
      if (tn == TypeNoun::None && is_release_adnominal(t[static_cast<std::size_t>(i - 1)].text))
        tn = TypeNoun::Product;  // "공개한 '리라-3'", "내놓은 '파이'"
      // "업스테이지의 '솔라(Solar)'": a quoted name owned by an organisation is its product
      if (tn == TypeNoun::None && split_particle(t[static_cast<std::size_t>(i - 1)].text).role == Role::Genitive) {
        const std::string_view owner = split_particle(t[static_cast<std::size_t>(i - 1)].text).stem;
        // a person's name ("조니 아이브의 'io'": his company) is two words or a Korean full name
        const bool person_like = looks_like_korean_full_name(owner) || (i >= 2 && lex_token[static_cast<std::size_t>(i - 2)] &&
                                                                         lex_token[static_cast<std::size_t>(i - 1)]);
        if (!person_like && (lex_token[static_cast<std::size_t>(i - 1)] || looks_like_org_name(owner) || is_unknown_word(owner)))
          tn = TypeNoun::Product;
      }
      if (tn != TypeNoun::None) {
        // the quoted run: tokens up to the one followed by a closing quote (max 4)
        std::string name;
        int k = i;
        for (; k < n && k < i + 4; ++k) {
          std::string_view part = t[static_cast<std::size_t>(k)].text;
          std::size_t q = part.find_first_of("'\"");
          std::size_t p = part.find('(');
          std::size_t cut = std::min(q, p);
          bool closes = t[static_cast<std::size_t>(k)].close_after || cut != std::string_view::npos;
          if (cut != std::string_view::npos) part = part.substr(0, cut);
          if (closes && cut == std::string_view::npos) part = split_particle(part).stem;
          name += (name.empty() ? "" : " ") + std::string(part);
          if (closes) break;
        }
        const bool too_long = k - i >= 3 || name.size() > 36;
        bool wordy = false;
        for (int q = i; q <= k && q < n; ++q) {
          std::string_view part = t[static_cast<std::size_t>(q)].text;
          std::size_t cut = part.find_first_of("'\"(");
          if (cut != std::string_view::npos) part = part.substr(0, cut);
          if (looks_like_predicate(part) || (q < k && split_particle(part).role != Role::None)) wordy = true;
        }
        if (!name.empty() && !too_long && !wordy && k < n && !is_name_stopword(name) && type_noun(name) == TypeNoun::None) {
          EntityType type = tn == TypeNoun::Product ? EntityType::Product : EntityType::Organization;
          std::string latin;
          std::string_view last = t[static_cast<std::size_t>(k)].text;
          std::size_t p = last.find('(');
          std::size_t pe = last.find(')');
          if (p != std::string_view::npos && pe != std::string_view::npos && pe > p + 1)
            latin = std::string(last.substr(p + 1, pe - p - 1));
          out.push_back({name, type, latin, true});
        }
      }
    }
    // 3. Organisation shapes: 퓨리오사AI, 노바랩스, (주)코어브릿지.
    if (!lex_token[static_cast<std::size_t>(i)]) {
      std::string_view stem = split_particle(w).stem;
      std::size_t paren = stem.find('(');
      if (paren != std::string_view::npos && paren > 0) stem = stem.substr(0, paren);
      // headlines and captions join words with a middle dot or a slash: "맞손·데이터링크AI",
      // "표준혁/오픈AI"; the name is the last piece
      for (std::string_view sep : {std::string_view("\xC2\xB7"), std::string_view("/"), std::string_view("\xE2\x80\x93"),
                                   std::string_view("\xE2\x80\x94"), std::string_view("-")})
        if (const std::size_t cut = stem.rfind(sep); cut != std::string_view::npos) stem = stem.substr(cut + sep.size());
      if (looks_like_org_name(stem) && has_hangul(stem)) {
        std::string name(stem);
        if (name.rfind("(주)", 0) == 0) name = name.substr(5);
        if (name.rfind("주)", 0) == 0) name = name.substr(4);
        if (name.rfind("㈜", 0) == 0) name = name.substr(3);
        out.push_back({name, EntityType::Organization, {}});
      }
    }
    // 4. Two-word organisation names: "블루오어 캐피털", "스텔라게이트 파트너스", "하이퍼리프 랩스".
    if (i > 0 && !lex_token[static_cast<std::size_t>(i)] && !lex_token[static_cast<std::size_t>(i - 1)]) {
      static constexpr std::string_view kOrgWords[] = {
          "캐피털", "캐피탈", "파트너스", "벤처스", "랩스", "인베스트먼트", "인텔리전스", "테크놀로지스", "로보틱스",
          "다이내믹스", "시스템즈", "홀딩스", "인큐베이트", "리서치", "어드바이저스", "증권", "자산운용", "은행",
          "대학교", "연구원", "재단", "그룹", "컴퍼니", "코퍼레이션", "네트웍스", "바이오", "에너지", "모빌리티",
          "코리아", "재팬", "스튜디오", "소프트", "AI"};
      std::string_view stem = split_particle(w).stem;
      std::string_view prev = t[static_cast<std::size_t>(i - 1)].text;
      for (std::string_view ow : kOrgWords) {
        if (stem != ow) continue;
        bool hangul_prev = has_hangul(prev);
        if (!hangul_prev || t[static_cast<std::size_t>(i - 1)].comma_after || is_name_stopword(prev) ||
            looks_like_predicate(prev) || split_particle(prev).role != Role::None || type_noun(prev) != TypeNoun::None ||
            !title_prefix(prev).empty() || is_title_modifier(prev) || prev.size() < 6)
          break;
        if (ow == "연구원" || ow == "코리아" || ow == "재팬" || ow == "그룹" || ow == "AI") {
          // "한국전자통신연구원" style names are one word; "생성 AI", "받는 AI" are no names
          break;
        }
        out.push_back({std::string(prev) + " " + std::string(stem), EntityType::Organization, {}});
        break;
      }
    }
    // 5. Latin multi-word names outside parentheses: "Blue Ore Capital", "Marcus Bellinger".
    if (!t[static_cast<std::size_t>(i)].paren_open_before && (i == 0 || !t[static_cast<std::size_t>(i - 1)].text.empty())) {
      int used = 0;
      bool starts = i == 0 || !std::isupper(static_cast<unsigned char>(t[static_cast<std::size_t>(i - 1)].text[0])) ||
                    has_hangul(t[static_cast<std::size_t>(i - 1)].text);
      std::string latin = starts ? latin_name(i, +1, used) : std::string();
      if (!latin.empty() && !lex_token[static_cast<std::size_t>(i)]) {
        static constexpr std::string_view kLatinOrg[] = {
            "Capital", "Ventures", "Partners", "Labs", "Lab", "Advisors", "Securities", "Research", "Intelligence",
            "AI", "Inc", "Inc.", "Corp", "Corp.", "Fund", "Bank", "University", "Institute", "Commission", "Group",
            "Technologies", "Robotics", "Systems", "Holdings", "Foundation", "Studio", "Studios", "Investment",
            "Investments", "Management", "Networks", "Cloud", "Company", "Co.", "Ltd", "Ltd.", "LLC", "GmbH"};
        std::string_view last = std::string_view(latin).substr(latin.rfind(' ') + 1);
        bool org = false;
        for (std::string_view x : kLatinOrg)
          if (last == x) org = true;
        const bool words_ok = used <= 3;
        if (words_ok) out.push_back({latin, org ? EntityType::Organization : EntityType::Person, {}});
      }
    }
  }
}

namespace {

// "니시무라 하루카 쓰바메클라우드 대표", "미라 머라티 전 오픈AI CTO": a foreign person found by one
// word, with the rest of the name written before it at the start of the sentence: a bare Hangul word
// that is no dictionary word, Korean full name, title, type or common noun.
void extend_foreign_given_names(const std::vector<Sentence>& sentences, const std::vector<std::vector<bool>>& lex_tokens,
                                std::vector<Candidate>& out) {
  std::unordered_multimap<std::string, std::size_t> people;  // one-word person -> candidates
  for (std::size_t c = 0; c < out.size(); ++c)
    if (out[c].type == EntityType::Person && out[c].name.find(' ') == std::string::npos) people.emplace(out[c].name, c);
  if (people.empty()) return;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const auto& t = sentences[i].tokens;
    if (t.size() < 2 || lex_tokens[i][0] || lex_tokens[i][1]) continue;
    const auto range = people.equal_range(std::string(split_particle(t[1].text).stem));
    if (range.first == range.second) continue;
    const std::string_view given = t[0].text;
    const std::size_t n = hangul_syllable_count(given);
    if (n < 2 || n > 4 || n * 3 != given.size() || t[0].comma_after) continue;
    if (split_particle(given).role != Role::None || !title_prefix(given).empty() || type_noun(given) != TypeNoun::None ||
        is_common_noun(given) || is_name_stopword(given) || looks_like_predicate(given) || is_region_word(given) ||
        is_dictionary_word(given) || looks_like_korean_full_name(given))  // "과연 트워렉은": an adverb, no given name
      continue;
    for (auto it = range.first; it != range.second; ++it) {
      Candidate& cand = out[it->second];
      if (cand.name.find(' ') == std::string::npos) cand.name = std::string(given) + " " + cand.name;
    }
  }
}

// Words before "회사"/"기업" that make it some other company than the one in focus.
bool is_other_company_modifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {"새", "다른", "또다른", "신생", "여러", "한", "두", "세", "경쟁",
                                                "라이벌", "해외", "국내", "미국", "중국", "일본", "유럽", "한국",
                                                "많은", "일부", "각", "모든", "대형", "주요", "관련", "상장"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  // adjectives: 새로운, 작은, 유망한, 젊은
  return w.size() >= 6 && (w.substr(w.size() - 3) == "운" || w.substr(w.size() - 3) == "은" || w.substr(w.size() - 3) == "한");
}

// Pronouns and nominal references: 그는, 그녀는, 이 회사, 이곳, 해당 기업, 회사는.
void find_pronouns(Sentence& s, DocState& st) {
  const auto& t = s.tokens;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (s.inside[i] >= 0) continue;
    ParticleSplit p = split_particle(t[i].text);
    EntityType type;
    std::size_t first = i;
    if ((p.stem == "그" || p.stem == "그녀") && p.role != Role::None) {
      type = EntityType::Person;
    } else if (p.stem == "이곳" || p.stem == "동사" || p.stem == "당사" || p.stem == "이곳은") {
      type = EntityType::Organization;
    } else if ((p.stem == "회사" || p.stem == "기업" || p.stem == "스타트업" || p.stem == "업체") &&
               p.role != Role::None && p.role != Role::Genitive) {
      if (i > 0 && (t[i - 1].text == "이" || t[i - 1].text == "해당" || t[i - 1].text == "같은" || t[i - 1].text == "그"))
        first = i - 1;
      else if (!(p.role == Role::Topic || p.role == Role::Subject || p.role == Role::Object))
        continue;
      else if (i > 0 && s.mention_at[i - 1] < 0 && is_other_company_modifier(t[i - 1].text))
        continue;  // "새 회사를", "다른 기업이", "새로운 스타트업을": a modifier makes it another company
      type = EntityType::Organization;
    } else {
      continue;
    }
    int ent = -1;
    const bool company = p.stem == "회사" || p.stem == "기업" || p.stem == "스타트업" || p.stem == "업체" || p.stem == "동사" ||
                         p.stem == "당사";
    for (const Mention& prior : s.mentions)  // an antecedent earlier in the same sentence comes first
      if (!prior.pronoun && prior.last < static_cast<int>(first) && st.entities[static_cast<std::size_t>(prior.entity)].type == type &&
          !(company && DocState::is_institution(st.entities[static_cast<std::size_t>(prior.entity)])))
        ent = prior.entity;
    if (ent < 0) ent = st.most_recent(type, company);
    if (ent < 0) continue;
    Mention m;
    m.span = {t[first].span.begin, t[i].span.begin + p.stem.size()};
    m.first = static_cast<int>(first);
    m.last = static_cast<int>(i);
    m.entity = ent;
    m.role = p.role;
    m.pronoun = true;
    s.mentions.push_back(m);
    s.mention_at[i] = static_cast<int>(s.mentions.size() - 1);
    for (std::size_t k = first; k <= i; ++k) s.inside[k] = static_cast<int>(s.mentions.size() - 1);
  }
  std::sort(s.mentions.begin(), s.mentions.end(), [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  std::fill(s.mention_at.begin(), s.mention_at.end(), -1);
  std::fill(s.inside.begin(), s.inside.end(), -1);
  for (std::size_t m = 0; m < s.mentions.size(); ++m) {
    s.mention_at[static_cast<std::size_t>(s.mentions[m].last)] = static_cast<int>(m);
    for (int k = s.mentions[m].first; k <= s.mentions[m].last; ++k) s.inside[static_cast<std::size_t>(k)] = static_cast<int>(m);
  }
}

// "Microsoft had approached the startup": the organisation at mention `a` is the subject of a verb
// whose object is the reference at token `ref`, so it is not what the reference names.
bool subject_of_verb_before(const Sentence& s, const Mention& a, int ref) {
  int k = a.last + 1;
  for (int j = a.last; j < ref; ++j)
    if (s.tokens[static_cast<std::size_t>(j)].comma_after) return false;
  auto word = [&](int j) { return en::lower(s.tokens[static_cast<std::size_t>(j)].text); };
  while (k < ref && (word(k) == "had" || word(k) == "has" || word(k) == "have" || word(k) == "also" || word(k) == "later" ||
                     word(k) == "reportedly" || word(k) == "then" || word(k) == "recently"))
    ++k;
  if (k >= ref) return false;
  const std::string v = word(k);
  if (v == "that" || v == "which" || v == "who" || v == "and" || v == "in" || v == "at" || v == "for" || v == "after") return false;
  return v.size() > 3 && (v.compare(v.size() - 2, 2, "ed") == 0 || v == "bought" || v == "sold" || v == "hired" ||
                          v == "told" || v == "sued" || v == "met" || v == "beat");
}

// Surnames that Chinese, Korean and Singaporean names put first in English ("Zhao Jiahui", "Park Ji-won");
// not those that are English words too ("He", "Song", "Moon").
bool is_east_asian_surname(std::string_view w) {
  static constexpr std::string_view kSurnames[] = {
      "Zhao", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Wu", "Zhou", "Xu", "Zhu", "Guo",
      "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng",
      "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Cheng", "Wei", "Shen",
      "Yao", "Qian", "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim",
      "Shin", "Seo", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Bae", "Baek", "Heo", "Nam",
      "Noh", "Kwak", "Sung", "Joo", "Ryu", "Eom", "Tan", "Ng", "Ong", "Goh",
      "Teo", "Chua", "Koh", "Lau", "Chan", "Wong", "Leung", "Yeo", "Toh"};
  for (std::string_view x : kSurnames)
    if (w == x) return true;
  return false;
}

// A fund by its name: "Byeolbit Capital", "Northzone Ventures", "Isar Growth Partners".
bool looks_like_investor(const LocalEntity& e) {
  static constexpr std::string_view kEnds[] = {" Capital", " Ventures", " Partners", " Fund", " Investments", " VC", " Growth"};
  for (const Alias& a : e.names)
    for (std::string_view x : kEnds)
      if (a.text.size() > x.size() && std::string_view(a.text).substr(a.text.size() - x.size()) == x) return true;
  return false;
}

// What the previous English sentence was about: its subject organisation, the first organisation it
// named, the person it was about (each -1 when none).
struct PreviousSentence {
  int subject_org = -1;
  int first_org = -1;
  int person = -1;

  // After sentence s: a sentence that names no organisation keeps the one in focus ("Aleph Alpha has
  // stopped training models. It now sells software. Its founder, X, ..."); the person is the
  // subject, else the first person named, of the last sentence that named one.
  void remember(const Sentence& s, const DocState& st) {
    auto type_of = [&](const Mention& m) { return st.entities[static_cast<std::size_t>(m.entity)].type; };
    bool names_org = false;
    for (const Mention& m : s.mentions) names_org = names_org || (!m.pronoun && type_of(m) == EntityType::Organization);
    if (names_org) {
      subject_org = first_org = -1;
      for (const Mention& m : s.mentions)
        if (m.role == Role::Subject) {
          if (type_of(m) == EntityType::Organization) subject_org = m.entity;
          break;
        }
      for (const Mention& m : s.mentions)
        if (!m.pronoun && m.role != Role::Genitive && type_of(m) == EntityType::Organization) {
          first_org = m.entity;
          break;
        }
    }
    int first_person = -1, subject_person = -1;
    for (const Mention& m : s.mentions) {
      if (type_of(m) != EntityType::Person || m.role == Role::Genitive) continue;
      if (first_person < 0) first_person = m.entity;
      if (m.role == Role::Subject && subject_person < 0) subject_person = m.entity;
    }
    if (first_person >= 0) person = subject_person >= 0 ? subject_person : first_person;
  }
};

// The organisation an English reference names ("the company", "the Paris-based startup", "its",
// "it"): an organisation earlier in the same sentence (for "its" the sentence's subject, else the
// nearest; for nominals the nearest that is not the subject acting on it), else the subject of the
// previous sentence when it was an organisation, else the organisation the document is about.
int org_reference_en(const Sentence& s, const DocState& st, const PronounHit& p, const PreviousSentence& previous) {
  const int previous_subject = previous.subject_org;
  auto is_org = [&](const Mention& m) { return st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization; };
  const bool nominal = p.last > p.first;
  const std::string w = en::lower(s.tokens[static_cast<std::size_t>(p.first)].text);
  int acting = -1;
  if (w == "it") {  // "Nvidia said it had acquired": the first organisation of the sentence
    for (const Mention& a : s.mentions)
      if (a.first < p.first && a.role != Role::Genitive && is_org(a)) return a.entity;
  } else {
    // the mentions so far, pronouns included (they are appended as they are found), in text order
    std::vector<const Mention*> before;
    for (const Mention& a : s.mentions)
      if (a.first < p.first) before.push_back(&a);
    std::sort(before.begin(), before.end(), [](const Mention* a, const Mention* b) { return a->first < b->first; });
    // "before leaving to start the company", "Founded in 2022 by A, a former Google researcher, the
    // company builds ...": the company founded is not one named earlier in the sentence
    const std::string prev_word = p.first >= 1 ? en::lower(s.tokens[static_cast<std::size_t>(p.first - 1)].text) : std::string();
    const std::string first_word = en::lower(s.tokens[0].text);
    const bool to_found = (prev_word == "start" || prev_word == "found" || prev_word == "co-found" || prev_word == "launch") &&
                          p.first >= 2 && en::lower(s.tokens[static_cast<std::size_t>(p.first - 2)].text) == "to";
    if (nominal && (to_found ||
                    (p.first >= 1 && s.tokens[static_cast<std::size_t>(p.first - 1)].comma_after &&
                     (first_word == "founded" || first_word == "co-founded" || first_word == "based" || first_word == "headquartered" ||
                      first_word == "backed" || first_word == "launched" || first_word == "started" || first_word == "spun"))))
      before.clear();
    auto after_preposition = [&](const Mention& a) {
      if (a.first == 0) return false;
      const std::string prev = en::lower(s.tokens[static_cast<std::size_t>(a.first - 1)].text);
      return prev == "with" || prev == "by" || prev == "in" || prev == "at" || prev == "from" || prev == "to" || prev == "of" ||
             prev == "for" || prev == "on";
    };
    if (!nominal && !before.empty() && before.front()->role != Role::Genitive && is_org(*before.front()) &&
        !after_preposition(*before.front()))
      return before.front()->entity;  // "Halcyon is building a model that checks its own answers"
    // "... from A, B and existing backer C, the company said": a member of a list is not the speaker
    const bool reporting = p.last + 1 < static_cast<int>(s.tokens.size()) &&
                           (en::lower(s.tokens[static_cast<std::size_t>(p.last + 1)].text) == "said" ||
                            en::lower(s.tokens[static_cast<std::size_t>(p.last + 1)].text) == "says");
    auto listed = [&](const Mention& a) {
      int b = a.first - 1;
      while (b >= 0 && (en::is_title_word(en::lower(s.tokens[static_cast<std::size_t>(b)].text)) ||
                        en::lower(s.tokens[static_cast<std::size_t>(b)].text) == "existing" ||
                        en::lower(s.tokens[static_cast<std::size_t>(b)].text).find("-based") != std::string::npos))  // "and Lisbon-based X"
        --b;
      return b >= 0 && (en::lower(s.tokens[static_cast<std::size_t>(b)].text) == "and" || s.tokens[static_cast<std::size_t>(b)].comma_after);
    };
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      if (!is_org(**it)) continue;
      if (nominal && reporting && listed(**it)) continue;
      if (nominal && subject_of_verb_before(s, **it, p.first)) {
        // "Google has also invested in the company": some other organisation, the last one named
        acting = (*it)->entity;
        continue;
      }
      return (*it)->entity;
    }
  }
  if (acting >= 0) {  // the organisation the document is about, unless it is the one acting
    const int main = st.main_entity(EntityType::Organization);
    return main != acting ? main : st.last_mentioned(EntityType::Organization, acting);
  }
  // the previous subject only when it has been a subject before ("Byeolbit Capital also took part. The
  // company also announced ...": an investor named once is not what the article is about)
  const std::string noun = en::lower(s.tokens[static_cast<std::size_t>(p.last)].text);
  // "left the Alphabet-owned lab": the organisation named last that is not the owner (a unit is no
  // startup the article is about)
  if (nominal && p.owner_token >= 0) {
    const int owner_m = s.inside[static_cast<std::size_t>(p.owner_token)];
    const int owner = owner_m >= 0 ? s.mentions[static_cast<std::size_t>(owner_m)].entity : -1;
    const int main = st.main_entity(EntityType::Organization);
    for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it)
      if (it->first < p.first && is_org(*it) && it->entity != owner && it->entity != main && !it->pronoun) return it->entity;
    const int last = st.last_mentioned(EntityType::Organization, owner, main);
    if (last >= 0) return last;
  }
  // "The Seoul startup", "the Paris-based firm": the organisation the text placed there
  if (nominal && !p.place.empty())
    if (const auto it = st.place_org.find(p.place); it != st.place_org.end()) return it->second;
  if (nominal && st.young_org >= 0 && (noun.rfind("startup", 0) == 0 || noun.rfind("start-up", 0) == 0))
    return st.young_org;  // "The San Francisco-based startup has raised ...": the one just founded or bought
  // the previous subject when it has been a subject before, or is no investor ("Byeolbit Capital also
  // took part. The company also announced ...": an investor named once is not what the article is about)
  if (previous_subject >= 0 && (st.subject_count(previous_subject) >= 2 || !looks_like_investor(st.entities[static_cast<std::size_t>(previous_subject)])))
    return previous_subject;
  if (!nominal && previous_subject < 0 && previous.first_org >= 0) return previous.first_org;  // "... at Corvid. Its co-founder"
  return st.main_entity(EntityType::Organization);
}

// The organisation the speaker of a quotation in sentence s speaks for: "a SoftBank spokesperson
// said", "said Sabine Achterberg, Kairos's chief executive", or the company the speaker was said to
// work for; -1 when the sentence names no speaker.
int speaker_org_en(const Sentence& s, const DocState& st) {
  const int n = static_cast<int>(s.tokens.size());
  auto word = [&](int k) { return k >= 0 && k < n ? en::lower(s.tokens[static_cast<std::size_t>(k)].text) : std::string(); };
  auto type_of = [&](const Mention& m) { return st.entities[static_cast<std::size_t>(m.entity)].type; };
  for (int k = 0; k < n; ++k) {
    const std::string w = word(k);
    if (w != "said" && w != "says" && w != "told" && w != "added" && w != "wrote") continue;
    for (const Mention& m : s.mentions) {
      if (m.pronoun || m.last < k - 6 || m.first > k + 6) continue;
      if (type_of(m) == EntityType::Organization && m.last + 1 < n &&
          (en::is_title_word(word(m.last + 1)) || word(m.last + 1) == "spokesperson" || word(m.last + 1) == "spokesman" ||
           word(m.last + 1) == "spokeswoman"))
        return m.entity;  // "a SoftBank spokesperson said", "Kairos's chief executive"
      if (type_of(m) == EntityType::Organization && m.role == Role::Genitive && m.last + 1 < n && en::is_title_word(word(m.last + 1)))
        return m.entity;
    }
    for (const Mention& m : s.mentions)
      if (!m.pronoun && type_of(m) == EntityType::Person && m.last >= k - 4 && m.first <= k + 3)
        if (const auto it = st.person_org.find(m.entity); it != st.person_org.end()) return it->second;
  }
  return -1;
}

// English pronouns and nominal references ("he", "the company"), through english_pronoun(); he/she
// without an antecedent in their own sentence go to the person the previous sentence was about ("The
// startup hired Dev Patel from Ninefold. He will serve as ...").
void find_pronouns_en(Sentence& s, DocState& st, const PreviousSentence& previous) {
  const int n = static_cast<int>(s.tokens.size());
  // a quotation that names its speaker sets whom "we" stands for, for the rest of the quotation too
  bool opens_quote = n > 0 && s.tokens[0].open_before;
  if (const int so = speaker_org_en(s, st); so >= 0) st.quote_org = so;
  else if (!opens_quote) st.quote_org = -1;
  for (int i = 0; i < n; ++i) {
    if (s.inside[static_cast<std::size_t>(i)] >= 0) continue;
    std::optional<PronounHit> p = english_pronoun(s, i);
    if (!p) continue;
    int ent = -1, ent_first = -1;
    if (p->type == EntityType::Organization && p->persons_company) {
      int person = -1;
      for (const Mention& a : s.mentions)
        if (a.first < i && st.entities[static_cast<std::size_t>(a.entity)].type == EntityType::Person) person = a.entity;
      if (person < 0) person = previous.person >= 0 ? previous.person : st.most_recent(EntityType::Person);
      const auto it = person >= 0 ? st.person_org.find(person) : st.person_org.end();
      if (it == st.person_org.end()) continue;
      ent = it->second;
    } else if (p->type == EntityType::Organization && p->first_person) {
      ent = st.quote_org >= 0 ? st.quote_org : st.main_entity(EntityType::Organization);
    } else if (p->type == EntityType::Organization) {
      ent = org_reference_en(s, st, *p, previous);
    } else {
      ent = previous.person >= 0 && p->type == EntityType::Person ? previous.person : st.most_recent(p->type);
      if (p->last == p->first)  // he/she: the first non-possessive person earlier in the same sentence
        for (const Mention& a : s.mentions)
          if (a.first < i && a.role != Role::Genitive && st.entities[static_cast<std::size_t>(a.entity)].type == p->type &&
              (a.first < ent_first || ent_first < 0))
            ent = a.entity, ent_first = a.first;
    }
  if (ent < 0) continue;
    Mention m;
    m.span = {s.tokens[static_cast<std::size_t>(p->first)].span.begin, s.tokens[static_cast<std::size_t>(p->last)].span.end};
    m.first = p->first;
    m.last = p->last;
    m.entity = ent;
    m.role = p->role;
    m.pronoun = true;
    s.mentions.push_back(m);
    for (int k = p->first; k <= p->last; ++k) s.inside[static_cast<std::size_t>(k)] = static_cast<int>(s.mentions.size() - 1);
    i = p->last;
  }
  std::sort(s.mentions.begin(), s.mentions.end(), [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  std::fill(s.mention_at.begin(), s.mention_at.end(), -1);
  std::fill(s.inside.begin(), s.inside.end(), -1);
  for (std::size_t m = 0; m < s.mentions.size(); ++m) {
    s.mention_at[static_cast<std::size_t>(s.mentions[m].last)] = static_cast<int>(m);
    for (int k = s.mentions[m].first; k <= s.mentions[m].last; ++k) s.inside[static_cast<std::size_t>(k)] = static_cast<int>(m);
  }
}

}  // namespace

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions opt)
    : lexicon_(std::move(lexicon)), opt_(opt), debug_(std::getenv("INMAEK_DEBUG_SENTENCES") != nullptr) {}

DocExtraction Extractor::extract(const Document& doc) const {
  DocExtraction out;
  out.doc_id = doc.id.empty() ? document_id(doc.text) : doc.id;
  out.source = doc.source;
  std::string raw = doc.text;
  if (!doc.title.empty() && raw.rfind(doc.title, 0) != 0) raw = doc.title + "\n\n" + raw;
  const Text text = normalize(std::move(raw));
  const std::string lowered = ascii_lower(text.norm);
  const std::string lang = !doc.lang.empty() ? doc.lang : detect_language(text.norm);
  const bool english = lang == "en";

  std::optional<Date> published;
  if (doc.published.size() >= 4) {
    Date d;
    d.year = std::atoi(doc.published.substr(0, 4).c_str());
    if (doc.published.size() >= 7) d.month = std::atoi(doc.published.substr(5, 2).c_str());
    if (doc.published.size() >= 10) d.day = std::atoi(doc.published.substr(8, 2).c_str());
    if (d.year > 1900) published = d;
  }
  if (!published) published = find_publication_date(text);
  if (published) out.published = published->str();

  std::vector<Sentence> sentences;
  for (Span para : body_paragraphs(text)) {
    for (Span sp : split_sentences(text, para)) {
      if (sp.size() > kMaxSentenceBytes || sp.empty()) continue;
      Sentence s;
      s.span = sp;
      s.tokens = tokenize(text.norm, sp);
      if (!s.tokens.empty()) sentences.push_back(std::move(s));
    }
  }
  out.sentences = sentences.size();

  // Lexicon hits, once for the whole document.
  const std::vector<LexiconHit> hits = lexicon_->find(lowered);
  DocState st(*lexicon_, text, lowered);

  // Places lexicon hits into a sentence (leftmost-longest among valid ones).
  auto lexicon_mentions = [&](Sentence& s) {
    std::vector<Mention> ms;
    std::vector<int> ents;
    auto lo = std::lower_bound(hits.begin(), hits.end(), s.span.begin,
                               [](const LexiconHit& h, std::size_t b) { return h.begin < b; });
    std::size_t covered = s.span.begin;
    for (auto it = lo; it != hits.end() && it->begin < s.span.end; ++it) {
      if (it->end > s.span.end || it->begin < covered) continue;
      Mention m;
      if (!place_mention(text.norm, s, it->begin, it->end, m)) continue;
      m.entity = static_cast<int>(it->entry);  // lexicon entry for now
      ms.push_back(m);
      covered = it->end;
    }
    return ms;
  };

  // Pass 1: discovery.
  std::vector<Candidate> candidates;
  std::vector<std::vector<bool>> lex_tokens;
  lex_tokens.reserve(sentences.size());
  for (Sentence& s : sentences) {
    std::vector<bool> lex_token(s.tokens.size(), false);
    for (const Mention& m : lexicon_mentions(s))
      for (int k = m.first; k <= m.last; ++k) lex_token[static_cast<std::size_t>(k)] = true;
    if (english)
      discover_en(s, lex_token, candidates);
    else
      discover(s, lex_token, candidates);
    lex_tokens.push_back(std::move(lex_token));
  }
  if (!english) {
    std::vector<std::string> people_words;
    for (const LexiconHit& h : hits) {
      const LexiconEntry& e = lexicon_->entries()[h.entry];
      if (e.type != EntityType::Person) continue;
      for (const Alias& a : e.names)
        for (std::size_t b = 0; b < a.text.size();) {
          const std::size_t sp = std::min(a.text.find(' ', b), a.text.size());
          if (sp > b) people_words.push_back(a.text.substr(b, sp - b));
          b = sp + 1;
        }
    }
    discover_repeated(sentences, lex_tokens, people_words, candidates);
    extend_foreign_given_names(sentences, lex_tokens, candidates);
  }
  for (const LexiconHit& h : hits) {
    // lexicon people seen in the document, so that their surnames attach to them
    const LexiconEntry& e = lexicon_->entries()[h.entry];
    if (e.type != EntityType::Person) continue;
    std::string_view surface(text.norm.data() + h.begin, h.end - h.begin);
    if (surface.find(' ') == std::string_view::npos) continue;
    st.entity_for_lexicon(static_cast<int>(h.entry), surface);
  }
  // Discovered names become entities (full names first so that surnames attach to them).
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.name.size() > b.name.size(); });
  std::vector<std::pair<std::string, int>> doc_names;  // surface -> entity
  // A one-word name found as an organisation somewhere in the document is no person elsewhere
  // ("뉴로웨이브 CTO로" in a headline names the company's CTO, not a person 뉴로웨이브).
  std::set<std::string, std::less<>> org_names;
  for (const Candidate& c : candidates)
    if (c.type == EntityType::Organization) org_names.insert(c.name);
  // A name typed only by its shape in one place takes the type the words around it gave it elsewhere
  // ("Paris-based Atelier Neuronal" is an organisation wherever "Atelier Neuronal" stands alone).
  {
    std::map<std::string, std::map<EntityType, int>, std::less<>> said;
    for (const Candidate& c : candidates)
      if (!c.by_default) ++said[c.name][c.type];
    for (Candidate& c : candidates) {
      if (!c.by_default) continue;
      const auto it = said.find(c.name);
      if (it == said.end()) continue;
      const auto best = std::max_element(it->second.begin(), it->second.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
      c.type = best->first;
    }
  }
  for (const Candidate& c : candidates) {
    if (debug_) std::fprintf(stderr, "candidate: %s (%s)\n", c.name.c_str(), std::string(to_string(c.type)).c_str());
    if (!c.quoted && !english && is_implausible_name(c.name, c.type)) continue;
    if (std::count(c.name.begin(), c.name.end(), '(') != std::count(c.name.begin(), c.name.end(), ')')) continue;
    if (c.type == EntityType::Person && c.name.find(' ') == std::string::npos && org_names.count(c.name)) continue;
    // A short single word next to a title ("권 대표", "궈 CTO") only refers to a person already
    // named in full; it never makes a new entity.
    if (c.type == EntityType::Person && c.name.find(' ') == std::string::npos && has_hangul(c.name) &&
        c.name.size() <= 6 && !looks_like_korean_full_name(c.name)) {
      int match = st.person_by_short_name(c.name);
      if (match >= 0) doc_names.emplace_back(c.name, match);
      continue;
    }
    // "Weber said" after "Markus Weber": a one-word name typed otherwise by its context is the surname
    // of a person the document named in full (Latin names; Hangul ones are judged above)
    if (c.type != EntityType::Person && c.name.find(' ') == std::string::npos && !has_hangul(c.name)) {
      int person = -1;
      for (const Candidate& o : candidates)
        if (o.type == EntityType::Person && o.name.size() > c.name.size() + 1 &&
            o.name.compare(o.name.size() - c.name.size(), c.name.size(), c.name) == 0 && o.name[o.name.size() - c.name.size() - 1] == ' ')
          person = person < 0 ? 0 : 1;
      if (person == 0 && lexicon_->lookup(c.name) < 0) continue;  // exactly one such person: its surname entry covers it
    }
    int id = st.entity_for_name(c.name, c.type, true);
    doc_names.emplace_back(c.name, id);
    if (!c.latin.empty()) {
      st.add_name(id, c.latin);
      doc_names.emplace_back(c.latin, id);
    }
    const LocalEntity& e = st.entities[static_cast<std::size_t>(id)];
    if (e.type == EntityType::Person && e.lexicon < 0) {
      std::size_t sp = c.name.rfind(' ');
      if (sp != std::string::npos) doc_names.emplace_back(c.name.substr(sp + 1), id);
      // "Zhao" for "Zhao Jiahui", "Tan" for "Tan Wei Jie": Chinese and Korean names written surname first
      if (sp != std::string::npos && !has_hangul(c.name) && is_east_asian_surname(std::string_view(c.name).substr(0, c.name.find(' '))))
        doc_names.emplace_back(c.name.substr(0, c.name.find(' ')), id);
      // "Montoya Ríos" for "Valeria Montoya Ríos" (Latin names only: Korean names have no double surnames)
      const std::size_t sp2 = sp != std::string::npos && sp > 0 ? c.name.rfind(' ', sp - 1) : std::string::npos;
      if (sp2 != std::string::npos && !has_hangul(c.name)) doc_names.emplace_back(c.name.substr(sp2 + 1), id);
    }
  }
  // People the lexicon knows, by their surname, once the full name was seen in this document.
  for (std::size_t i = 0; i < st.entities.size(); ++i) {
    const LocalEntity& e = st.entities[i];
    if (e.type != EntityType::Person || e.lexicon < 0) continue;
    for (const Alias& a : e.names) {
      std::size_t sp = a.text.rfind(' ');
      if (sp != std::string::npos && a.text.size() - sp > 4) doc_names.emplace_back(a.text.substr(sp + 1), static_cast<int>(i));
    }
  }
  std::sort(doc_names.begin(), doc_names.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a < b;
  });
  // a name discovered in many sentences is searched once
  doc_names.erase(std::unique(doc_names.begin(), doc_names.end()), doc_names.end());
  // One pass over the document finds every document name (linear in the document, however many
  // names it has); hits are handed to sentences by position.
  AhoCorasick doc_automaton;
  for (std::size_t k = 0; k < doc_names.size(); ++k)
    if (!doc_names[k].first.empty()) doc_automaton.add(ascii_lower(doc_names[k].first), static_cast<std::uint32_t>(k));
  doc_automaton.freeze();
  std::vector<AhoCorasick::Hit> doc_hits = doc_automaton.find_all(lowered);
  std::sort(doc_hits.begin(), doc_hits.end(), [](const AhoCorasick::Hit& a, const AhoCorasick::Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.pattern < b.pattern;
  });

  // Pass 2: mentions, resolution, relations.
  int previous_topic = -1;
  bool previous_money = false;
  PreviousSentence previous_en;  // English: what the previous sentence was about
  std::vector<int> recent_orgs;  // organisations in order of their last mention
  int funded = -1;               // the organisation last said to raise money
  for (Sentence& s : sentences) {
    s.mention_at.assign(s.tokens.size(), -1);
    s.inside.assign(s.tokens.size(), -1);
    std::vector<Mention> ms = lexicon_mentions(s);
    for (Mention& m : ms) {
      std::string_view surface(text.norm.data() + m.span.begin, m.span.size());
      m.entity = st.entity_for_lexicon(m.entity, surface);
    }
    // Document names (discovered) not overlapping lexicon mentions.
    // A discovered name that covers a lexicon name entirely ("Salesforce Ventures" over
    // "Salesforce", "클로드 코워크" over "클로드") replaces it; any other overlap loses.
    const std::size_t lexicon_count = ms.size();
    std::vector<bool> replaced(lexicon_count, false);
    auto overlaps = [&](std::size_t b, std::size_t e) {
      std::vector<std::size_t> covered;
      for (std::size_t k = 0; k < ms.size(); ++k) {
        const Mention& m = ms[k];
        if (!(b < m.span.end && m.span.begin < e)) continue;
        if (k < lexicon_count && !replaced[k] && b <= m.span.begin && m.span.end <= e && e - b > m.span.size()) {
          covered.push_back(k);
          continue;
        }
        if (k < lexicon_count && replaced[k]) continue;
        return true;
      }
      for (std::size_t k : covered) replaced[k] = true;
      return false;
    };
    // this sentence's hits, longest names first (pattern order is longest first)
    std::vector<AhoCorasick::Hit> sentence_hits;
    for (auto it = std::lower_bound(doc_hits.begin(), doc_hits.end(), s.span.begin,
                                    [](const AhoCorasick::Hit& h, std::size_t b) { return h.begin < b; });
         it != doc_hits.end() && it->begin < s.span.end; ++it)
      if (it->end <= s.span.end) sentence_hits.push_back(*it);
    std::stable_sort(sentence_hits.begin(), sentence_hits.end(),
                     [](const AhoCorasick::Hit& a, const AhoCorasick::Hit& b) { return a.pattern < b.pattern; });
    for (const AhoCorasick::Hit& h : sentence_hits) {
      const auto& [name, id] = doc_names[h.pattern];
      const bool latin = !has_hangul(name);
      const std::size_t pos = h.begin;
      if (overlaps(pos, h.end)) continue;
      // a capitalised name is not the lower-case word it spells ("Buy" of "Best Buy" in "agreed to buy")
      if (latin && !name.empty() && name[0] >= 'A' && name[0] <= 'Z' && text.norm[pos] >= 'a' && text.norm[pos] <= 'z') continue;
      Mention m;
      if (!place_mention(text.norm, s, pos, h.end, m)) continue;
      if (name.size() <= 3 && !latin) {
        // a one-syllable surname counts only as "[surname] [title]": "권 대표는"
        const std::size_t next = static_cast<std::size_t>(m.last) + 1;
        if (m.span.end != s.tokens[static_cast<std::size_t>(m.last)].span.end || next >= s.tokens.size() ||
            title_prefix(s.tokens[next].text).empty())
          continue;
      }
      m.entity = id;
      ms.push_back(m);
    }
    for (std::size_t k = lexicon_count; k-- > 0;)
      if (replaced[k]) ms.erase(ms.begin() + static_cast<std::ptrdiff_t>(k));
    std::sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
    // Parenthesised Latin alias right after a Hangul mention: 수츠케버(Ilya Sutskever).
    for (const Mention& m : ms) {
      std::size_t after = m.span.end;
      if (after < text.norm.size() && text.norm[after] == '(') {
        std::size_t close = text.norm.find(')', after);
        if (close != std::string::npos && close - after < 60) {
          std::string_view inner(text.norm.data() + after + 1, close - after - 1);
          std::string_view self(text.norm.data() + m.span.begin, m.span.size());
          if (!inner.empty() && !has_hangul(inner) && std::isupper(static_cast<unsigned char>(inner[0])) &&
              title_prefix(inner).empty())
            st.add_name(m.entity, inner);
          else if (!inner.empty() && has_hangul(inner) && !has_hangul(self) && inner.find(' ') == std::string_view::npos &&
                   split_particle(inner).role == Role::None && title_prefix(inner).empty() && !is_common_noun(inner) &&
                   type_noun(inner) == TypeNoun::None)
            st.add_name(m.entity, inner);  // "SageForge(세이지포지)": the Korean spelling of a Latin name
        }
      }
    }
    // "A와 B 남매는", "A, B 두 사람은": a collective noun after a list carries the list's case.
    for (Mention& m : ms) {
      const std::size_t next = static_cast<std::size_t>(m.last) + 1;
      if (m.role != Role::None || next >= s.tokens.size()) continue;
      std::size_t k = next;
      const bool counted = s.tokens[k].text == "두" || s.tokens[k].text == "세";
      if (counted) ++k;
      if (k >= s.tokens.size()) continue;
      const ParticleSplit ps = split_particle(s.tokens[k].text);
      static constexpr std::string_view kGroups[] = {"남매", "부부", "형제", "자매"};
      const bool group = std::find(std::begin(kGroups), std::end(kGroups), ps.stem) != std::end(kGroups) ||
                         (counted && ps.stem == "사람");
      if (group && (ps.role == Role::Topic || ps.role == Role::Subject || ps.role == Role::Also)) m.role = ps.role;
    }
    // "SAN FRANCISCO, March 18 (Meridian Wire) - ...": the news agency of a dateline cites itself; it
    // is no party to the story
    if (english)
      ms.erase(std::remove_if(ms.begin(), ms.end(),
                              [&](const Mention& m) {
                                if (m.first > 8 || !s.tokens[static_cast<std::size_t>(m.first)].paren_open_before ||
                                    !s.tokens[static_cast<std::size_t>(m.last)].close_after)
                                  return false;
                                std::size_t at = s.tokens[static_cast<std::size_t>(m.last)].span.end;
                                while (at < text.norm.size() && (text.norm[at] == ')' || text.norm[at] == ' ')) ++at;
                                return text.norm.compare(at, 1, "-") == 0 || text.norm.compare(at, 3, "\xE2\x80\x93") == 0 ||
                                       text.norm.compare(at, 3, "\xE2\x80\x94") == 0;
                              }),
               ms.end());
    s.mentions = std::move(ms);
    for (std::size_t m = 0; m < s.mentions.size(); ++m) {
      s.mention_at[static_cast<std::size_t>(s.mentions[m].last)] = static_cast<int>(m);
      for (int k = s.mentions[m].first; k <= s.mentions[m].last; ++k) s.inside[static_cast<std::size_t>(k)] = static_cast<int>(m);
    }
    if (english) {
      find_pronouns_en(s, st, previous_en);
      mark_subject_en(s);
      previous_en.remember(s, st);
      for (const Mention& m : s.mentions)
        if (!m.pronoun && m.role != Role::Genitive && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization)
          for (std::string& w : place_words_en(s, m)) st.place_org[std::move(w)] = m.entity;
    } else {
      find_pronouns(s, st);
    }
    for (const Mention& m : s.mentions) {
      if (m.pronoun) continue;
      // "former Meta researchers": an organisation that only describes a person is not in focus
      const bool descriptor = english && m.role == Role::None && m.last + 1 < static_cast<int>(s.tokens.size()) &&
                              en::is_title_word(en::lower(s.tokens[static_cast<std::size_t>(m.last + 1)].text));
      st.note(m.entity, m.role == Role::Topic || m.role == Role::Copula ? DocState::kTopic
                        : m.role == Role::Subject                      ? DocState::kSubject
                        : descriptor                                   ? DocState::kDescriptor
                                                                       : DocState::kPlain);
    }

    s.dates = find_dates(text, s.span, published);
    s.amounts = find_amounts(text, s.span);
    {
      const std::string_view st_text = text.slice(s.span);
      const bool money = !s.amounts.empty() || st_text.find("투자") != std::string_view::npos ||
                         st_text.find("라운드") != std::string_view::npos || st_text.find("시리즈") != std::string_view::npos ||
                         st_text.find("펀딩") != std::string_view::npos || st_text.find("유치") != std::string_view::npos;
      s.money_context = money || previous_money;
      previous_money = money;
    }

    if (debug_) {
      std::string line = "[" + std::string(text.slice(s.span)) + "]\n   ";
      for (const Mention& m : s.mentions)
        line += " <" + std::string(text.slice(m.span)) + "=" + st.entities[static_cast<std::size_t>(m.entity)].name + ":" +
                std::string(to_string(m.role)) + ">";
      std::fprintf(stderr, "%s\n", line.c_str());
    }
    RuleContext ctx{st.entities, s, previous_topic, recent_orgs.size() >= 2 ? recent_orgs[recent_orgs.size() - 2] : -1,
                    recent_orgs.empty() ? -1 : recent_orgs.back(), funded, st.main_entity(EntityType::Organization)};
    const std::vector<Found> found = english ? apply_rules_en(ctx) : apply_rules(ctx);
    if (debug_)
      for (const Found& f : found)
        std::fprintf(stderr, "    %s: %s -> %s\n", f.rule, f.subject >= 0 ? st.entities[static_cast<std::size_t>(f.subject)].name.c_str() : "?",
                     f.object >= 0 ? st.entities[static_cast<std::size_t>(f.object)].name.c_str() : "?");
    for (const Found& f : found) {
      if (f.subject < 0 || f.object < 0 || f.subject == f.object) continue;
      const LocalEntity& se = st.entities[static_cast<std::size_t>(f.subject)];
      const LocalEntity& oe = st.entities[static_cast<std::size_t>(f.object)];
      if (!allows(f.type, se.type, oe.type)) continue;
      if (f.confidence < opt_.min_confidence) continue;
      LocalRelation r;
      r.type = f.type;
      r.subject = f.subject;
      r.object = f.object;
      r.confidence = f.confidence;
      r.role = f.role;
      // date: the date nearest the trigger, preferring one before it
      if (!s.dates.empty() && f.trigger >= 0) {
        const std::size_t tpos = s.tokens[static_cast<std::size_t>(f.trigger)].span.begin;
        const DateMention* best = nullptr;
        for (const DateMention& d : s.dates) {
          if (!best) { best = &d; continue; }
          auto dist = [&](const DateMention& x) {
            return x.span.begin <= tpos ? tpos - x.span.begin : 2 * (x.span.begin - tpos);
          };
          if (dist(d) < dist(*best)) best = &d;
        }
        r.date = best->date.str();
      }
      if ((f.type == RelationType::Invested || f.type == RelationType::Acquired) && !s.amounts.empty())
        r.amount = s.amounts.front().amount;
      r.evidence.doc_id = out.doc_id;
      r.evidence.source = doc.source;
      r.evidence.sentence = std::string(text.raw_slice(s.span));
      r.evidence.begin = text.to_raw[s.span.begin];
      r.evidence.end = r.evidence.begin + r.evidence.sentence.size();
      r.evidence.rule = f.rule;
      if (r.type == RelationType::Invested) funded = r.object;
      if ((r.type == RelationType::WorksFor || r.type == RelationType::Founded || r.type == RelationType::Joined) &&
          se.type == EntityType::Person)
        if (r.type == RelationType::Founded || !st.founder_of.count(r.subject)) st.person_org[r.subject] = r.object;
      if (r.type == RelationType::Founded && se.type == EntityType::Person) st.founder_of.insert(r.subject);
      if (r.type == RelationType::Founded || r.type == RelationType::Acquired || r.type == RelationType::Invested)
        st.young_org = r.object;  // what "the startup" names next
      out.relations.push_back(std::move(r));
    }
    // The organisation that raised money: the topic or subject of a sentence that says so, or the
    // receiver of an investment just read.
    if (english) {
      bool raise = false;
      for (const Token& tok : s.tokens) {
        const std::string w = en::lower(tok.text);
        raise = raise || w == "raised" || w == "raises" || w == "secured" || w == "closed";
      }
      if (raise)
        for (const Mention& m : s.mentions)
          if (m.role == Role::Subject) {
            if (st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization) funded = m.entity;
            break;
          }
    } else {
      const std::string_view st_text = text.slice(s.span);
      if (st_text.find("유치") != std::string_view::npos || st_text.find("투자를 받") != std::string_view::npos ||
          st_text.find("투자받") != std::string_view::npos || st_text.find("조달") != std::string_view::npos)
        for (const Mention& m : s.mentions)
          if ((m.role == Role::Topic || m.role == Role::Subject) &&
              st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization) {
            funded = m.entity;
            break;
          }
    }
    // The two organisations named last, for "양사는" (both companies) in a later sentence.
    for (const Mention& m : s.mentions) {
      if (m.pronoun || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization) continue;
      recent_orgs.erase(std::remove(recent_orgs.begin(), recent_orgs.end(), m.entity), recent_orgs.end());
      recent_orgs.push_back(m.entity);
    }
    // The sentence's topic carries over to the next (Korean drops repeated subjects).
    for (const Mention& m : s.mentions)
      if (m.role == Role::Topic || m.role == Role::Subject) {
        previous_topic = m.entity;
        break;
      }
  }
  out.entities = std::move(st.entities);
  return out;
}

}  // namespace inmaek::extract
