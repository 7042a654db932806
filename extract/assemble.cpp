#include "extract/assemble.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "extract/hangul_words.h"
#include "extract/jamo.h"
#include "extract/lexicon.h"
#include "extract/romanize.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

struct UnionFind {
  std::vector<std::size_t> parent;
  std::size_t add() {
    parent.push_back(parent.size());
    return parent.size() - 1;
  }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent[b] = a;  // the smaller index is the root: deterministic
  }
};

bool has_hangul(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size())
    if (is_hangul_syllable(decode_utf8(s, i))) return true;
  return false;
}

// --- Cross-lingual people (issue 6) ---
// A Hangul person name and a Latin one name the same person: "한서진" / "Han Seo-jin" (the
// romanized name, either order), "에릭 모건" / "Eric Morgan" (each word transliterates), "윤재희" /
// "Yoon Jae-hee" (surname and given name each match). Only full names: a Latin name of 2-3 words
// and a Hangul name of two words or one word of 3-4 syllables.
std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string letters_lower(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) out += static_cast<char>(c | 0x20);
  return out;
}

std::size_t syllables(std::string_view s) {
  std::size_t i = 0, n = 0;
  while (i < s.size()) {
    if (!is_hangul_syllable(decode_utf8(s, i))) return 0;
    ++n;
  }
  return n;
}

// Syllables that write foreign consonant clusters and endings and hardly occur in Korean given
// names (하다드 is Haddad, not a Korean 하 + 다드).
bool foreign_syllables(std::string_view hangul) {
  for (std::string_view x : {"드", "트", "크", "스", "즈", "츠", "프", "브", "르", "그", "쉬", "슈", "퀴"})
    if (hangul.find(x) != std::string_view::npos) return true;
  return false;
}

bool person_names_match(std::string_view hangul, std::string_view latin) {
  std::vector<std::string> l = split_words(latin);
  const std::vector<std::string> h = split_words(hangul);
  // "머라티" alone (a surname written without the given name) and "Mira Murati": the last Latin word,
  // for a foreign surname of three or more syllables (a Korean full name is a name of its own)
  if (h.size() == 1 && l.size() >= 2 && syllables(h[0]) >= 3 && (!looks_like_korean_full_name(h[0]) || foreign_syllables(h[0])) &&
      hangul_matches_latin(h[0], l.back()))
    return true;
  // "Daniel R. Whitaker": a middle initial is not written in Hangul
  if (l.size() == 3 && (l[1].size() == 1 || (l[1].size() == 2 && l[1][1] == '.'))) l.erase(l.begin() + 1);
  if (l.size() < 2 || l.size() > 3) return false;
  for (const std::string& w : l)
    if (has_hangul(w) || w.size() < 2) return false;
  if (h.size() == 2) {
    if (l.size() != 2 || !syllables(h[0]) || !syllables(h[1])) return false;
    // "Whitaker" is 휘터커: Korean writes the h of "wh"
    auto word_matches = [](const std::string& hw, const std::string& lw) {
      return hangul_matches_latin(hw, lw) ||
             (lw.size() > 2 && (lw[0] == 'W' || lw[0] == 'w') && lw[1] == 'h' && hangul_matches_latin(hw, "H" + lw.substr(2)));
    };
    return (word_matches(h[0], l[0]) && word_matches(h[1], l[1])) || (word_matches(h[0], l[1]) && word_matches(h[1], l[0]));
  }
  if (h.size() != 1 || syllables(h[0]) < 3 || syllables(h[0]) > 4) return false;
  const std::string romanized = letters_lower(romanize(h[0], {.as_person_name = true}));
  if (l.size() == 2 && (romanized == letters_lower(l[0] + l[1]) || romanized == letters_lower(l[1] + l[0]))) return true;
  // The surname is the first syllable (or a two-syllable one such as 남궁 in a four-syllable name);
  // in Latin it is the first or the last word, in any of its spellings (Lee, Yi, Rhee); the given
  // name is the rest, hyphenated, split or joined ("Ji-woo", "Ji Woo", "Jiwoo").
  auto given_matches = [](std::string_view hangul_given, std::string_view latin_given) {
    std::string rr;  // syllable by syllable, as RR writes given names
    std::size_t k = 0;
    while (k < hangul_given.size()) {
      const std::size_t b = k;
      decode_utf8(hangul_given, k);
      rr += letters_lower(romanize(hangul_given.substr(b, k - b)));
    }
    // (not the loose phonetic key: it hears 준영 in "Sung-hyun")
    return rr == letters_lower(latin_given) || korean_name_spelled(hangul_given, latin_given);
  };
  for (std::size_t sur_syllables = 1; sur_syllables <= 2; ++sur_syllables) {
    std::size_t i = 0;
    for (std::size_t k = 0; k < sur_syllables; ++k) decode_utf8(h[0], i);
    const std::string sur = h[0].substr(0, i), given = h[0].substr(i);
    if (syllables(given) < 1 || syllables(given) > 2) continue;
    auto sur_ok = [&](const std::string& lw) {
      return surname_matches_latin(sur, lw) || korean_name_spelled(sur, lw);
    };
    std::string rest_after_first, rest_before_last;
    for (std::size_t k = 1; k < l.size(); ++k) rest_after_first += l[k];
    for (std::size_t k = 0; k + 1 < l.size(); ++k) rest_before_last += l[k];
    if (sur_ok(l.front()) && given_matches(given, rest_after_first)) return true;  // "Han Ji-woo", "Han Ji Woo"
    if (sur_ok(l.back()) && given_matches(given, rest_before_last)) return true;   // "Jiwoo Han", "Ji-woo Han"
  }
  return false;
}

// Organisation and product names across languages: "윤슬AI" / "Yunseul AI", "별빛캐피털" /
// "Byeolbit Capital", "하이퍼리프 랩스" / "Hyperleaf Labs", "물결-2" / "Mulgyeol-2". A known suffix
// word must correspond, digits must be equal, and the head must romanise to, or transliterate, the
// Latin head.
// strict: the phonetic skeletons must be equal, not only close (used where the Hangul name comes
// from a cluster that already has a Latin name, so a near miss is more likely another company).
bool org_names_match(std::string_view hangul, std::string_view latin, bool strict = false) {
  // longer suffixes first: "청람금융그룹" / "Cheongram Financial Group" strips 금융그룹, not only 그룹
  static constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
      {"금융그룹", "financialgroup"}, {"금융지주", "financialgroup"}, {"금융", "financial"},
      {"AI", "ai"},           {"랩스", "labs"},       {"랩", "lab"},           {"캐피털", "capital"},
      {"캐피탈", "capital"},  {"벤처스", "ventures"}, {"파트너스", "partners"}, {"테크", "tech"},
      {"로보틱스", "robotics"}, {"인텔리전스", "intelligence"}, {"코리아", "korea"}, {"재팬", "japan"},
      {"에이아이", "ai"},     {"테크놀로지스", "technologies"}, {"테크놀로지", "technology"}, {"시스템즈", "systems"},
      {"시스템스", "systems"}, {"그룹", "group"},       {"네트웍스", "networks"}, {"네트워크스", "networks"},
      {"클라우드", "cloud"},  {"솔루션즈", "solutions"}, {"모빌리티", "mobility"}, {"헬스케어", "healthcare"},
      {"다이내믹스", "dynamics"}, {"홀딩스", "holdings"}, {"인베스트먼트", "investment"}, {"인베스트먼트", "investments"},
      {"에너지", "energy"},   {"바이오", "bio"},         {"리서치", "research"},   {"스튜디오", "studio"},
      {"파운데이션", "foundation"}, {"컴퍼니", "company"}, {"코퍼레이션", "corporation"}, {"뱅크", "bank"},
      {"증권", "securities"}, {"자산운용", "assetmanagement"}, {"전자", "electronics"}, {"반도체", "semiconductor"}};
  auto digits = [](std::string_view x) {
    std::string out;
    for (char c : x)
      if (c >= '0' && c <= '9') out += c;
    return out;
  };
  if (has_hangul(latin) || !has_hangul(hangul) || digits(hangul) != digits(latin)) return false;
  std::string h;  // the Hangul head, without spaces, hyphens, digits
  std::string tail;  // Latin letters after the Hangul ("바로-L"), which the Latin name must end with
  std::size_t i = 0;
  while (i < hangul.size()) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(hangul, i);
    if (is_hangul_syllable(c)) {
      h.append(hangul.substr(start, i - start));
      tail.clear();
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      h.append(hangul.substr(start, i - start));
      tail += static_cast<char>(static_cast<char>(c) | 0x20);
    }
  }
  std::string l = letters_lower(latin);
  if (!tail.empty() && tail != "ai" && h.size() > tail.size() && l.size() > tail.size() &&
      l.compare(l.size() - tail.size(), tail.size(), tail) == 0) {
    h.resize(h.size() - tail.size());  // "바로-L" / "Baro-L": compare 바로 with "baro"
    l.resize(l.size() - tail.size());
    return syllables(h) >= 1 && (letters_lower(romanize(h)) == l || korean_name_spelled(h, l) || hangul_matches_latin(h, l));
  }
  for (const auto& [ko, en] : kSuffixes) {
    const bool h_has = h.size() > ko.size() && h.compare(h.size() - ko.size(), ko.size(), ko) == 0;
    const bool l_has = l.size() > en.size() && l.compare(l.size() - en.size(), en.size(), en) == 0;
    if (h_has != l_has) continue;
    if (h_has) {
      h.resize(h.size() - ko.size());
      l.resize(l.size() - en.size());
      break;
    }
  }
  if (l.size() < 4 || !syllables(h) || syllables(h) < 2) return false;
  if (letters_lower(romanize(h)) == l) return true;
  // Korean words spelled in English (누리 = Nuri) by their romanisations; transliterations by their
  // phonetic skeleton, which must start with the same sound (미스트랄 is no "Kestrel") and, for two
  // syllables or a strict match, be the same (솔라 = Solar, 아톰 = Atom)
  if (korean_name_spelled(h, l)) return true;
  const std::string kh = hangul_phonetic_key(h), kl = latin_key(l);
  if (kh.empty() || kl.empty() || kh[0] != kl[0]) return false;
  if (strict || syllables(h) == 2) return hangul_spells_latin_exactly(h, l);
  return hangul_matches_latin(h, l);
}

// The documents sorted by id, each id once, without copying them.
class DocsById {
 public:
  explicit DocsById(const std::vector<DocExtraction>& docs) {
    for (const DocExtraction& d : docs) docs_.push_back(&d);
    std::stable_sort(docs_.begin(), docs_.end(),
                     [](const DocExtraction* a, const DocExtraction* b) { return a->doc_id < b->doc_id; });
    docs_.erase(std::unique(docs_.begin(), docs_.end(),
                            [](const DocExtraction* a, const DocExtraction* b) { return a->doc_id == b->doc_id; }),
                docs_.end());
  }
  const DocExtraction& operator[](std::size_t i) const { return *docs_[i]; }
  std::size_t size() const { return docs_.size(); }

 private:
  std::vector<const DocExtraction*> docs_;
};

}  // namespace

KnowledgeGraph assemble(const std::vector<DocExtraction>& given, const Lexicon& lexicon) {
  const DocsById docs(given);

  // One union-find node per lexicon entry, then one per local entity.
  UnionFind uf;
  const std::size_t nlex = lexicon.entries().size();
  for (std::size_t i = 0; i < nlex; ++i) uf.add();
  std::vector<std::vector<std::size_t>> node_of(docs.size());
  std::map<std::pair<int, std::string>, std::size_t> by_key;      // (type, name key) -> node
  // (type, transliteration key) -> (node, name); a key match is confirmed by same_transliteration
  std::map<std::pair<int, std::string>, std::pair<std::size_t, std::string>> by_variant;
  std::map<std::pair<int, std::string>, std::pair<std::size_t, std::string>> lex_variant;
  for (std::size_t i = 0; i < nlex; ++i) {
    const LexiconEntry& e = lexicon.entries()[i];
    for (const Alias& a : e.names)
      if (has_hangul(a.text))
        lex_variant.emplace(std::make_pair(static_cast<int>(e.type), variant_key(a.text)), std::make_pair(i, a.text));
  }
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (const LocalEntity& e : docs[d].entities) {
      std::size_t node = uf.add();
      node_of[d].push_back(node);
      const int type = static_cast<int>(e.type);
      if (e.lexicon >= 0) {
        uf.unite(node, static_cast<std::size_t>(e.lexicon));
        continue;
      }
      for (const Alias& a : e.names) {
        // A bare surname ("트워렉") is not enough to join two documents; a Korean full name ("김민수") is.
        const bool single_person_token = e.type == EntityType::Person && a.text.find(' ') == std::string::npos &&
                                         e.names.size() == 1 && has_hangul(a.text) && a.text.size() <= 12 &&
                                         !looks_like_korean_full_name(a.text);
        if (single_person_token) continue;  // a bare surname is not enough to join two documents
        auto key = std::make_pair(type, name_key(a.text));
        auto [it, added] = by_key.emplace(key, node);
        if (!added) uf.unite(node, it->second);
        if (has_hangul(a.text)) {
          auto vkey = std::make_pair(type, variant_key(a.text));
          auto lv = lex_variant.find(vkey);
          if (lv != lex_variant.end() && same_transliteration(lv->second.second, a.text)) uf.unite(node, lv->second.first);
          auto [vt, vadded] = by_variant.emplace(vkey, std::make_pair(node, a.text));
          if (!vadded && same_transliteration(vt->second.second, a.text)) uf.unite(node, vt->second.first);
        }
        int lexed = lexicon.lookup(a.text);
        if (lexed >= 0 && lexicon.entries()[static_cast<std::size_t>(lexed)].type == e.type)
          uf.unite(node, static_cast<std::size_t>(lexed));
      }
    }
  }

  // Cross-lingual entities: a Hangul-only cluster joins the Latin-named cluster of the same type
  // whose name it transliterates (a lexicon entity included), and a Latin-only cluster joins the
  // cluster whose Hangul name it spells ("Sunghyun Park" and the lexicon's 박성현). Only when
  // exactly one cluster matches; a Hangul full name may also pivot several Latin-only spellings
  // of itself into one ("Choe Seung-hyun", "Seunghyun Choi" and 최승현).
  {
    std::map<std::size_t, std::vector<std::string>> latin_names, hangul_names;  // root -> names
    std::map<std::size_t, EntityType> root_type;
    std::set<std::size_t> lexicon_roots;
    for (std::size_t d = 0; d < docs.size(); ++d)
      for (std::size_t i = 0; i < docs[d].entities.size(); ++i) {
        const LocalEntity& e = docs[d].entities[i];
        const std::size_t root = uf.find(node_of[d][i]);
        root_type[root] = e.type;
        if (root < nlex && lexicon_roots.insert(root).second)
          for (const Alias& a : lexicon.entries()[root].names) (has_hangul(a.text) ? hangul_names : latin_names)[root].push_back(a.text);
        if (root < nlex) continue;
        for (const Alias& a : e.names) (has_hangul(a.text) ? hangul_names : latin_names)[root].push_back(a.text);
      }
    auto matches = [&](EntityType type, const std::string& hn, const std::string& ln, bool strict) {
      return type == EntityType::Person ? person_names_match(hn, ln) : org_names_match(hn, ln, strict);
    };
    std::vector<std::pair<std::size_t, std::size_t>> joins;
    for (const auto& [hroot, hnames] : hangul_names) {
      if (latin_names.count(hroot)) continue;  // already bilingual
      const EntityType type = root_type[hroot];
      std::set<std::size_t> found;
      for (const auto& [lroot, lnames] : latin_names) {
        if (root_type[lroot] != type || lroot == hroot) continue;
        for (const std::string& hn : hnames)
          for (const std::string& ln : lnames)
            if (matches(type, hn, ln, lexicon_roots.count(lroot) != 0)) found.insert(lroot);
      }
      // a company and its product are often typed apart in the two languages ("래티스원" named as a
      // company, "Lattice One" as a product): the other type on a strict match, when nothing else matched
      if (found.empty() && type != EntityType::Person)
        for (const auto& [lroot, lnames] : latin_names) {
          if (root_type[lroot] == type || root_type[lroot] == EntityType::Person || lroot == hroot) continue;
          for (const std::string& hn : hnames)
            for (const std::string& ln : lnames)
              if (org_names_match(hn, ln, true)) found.insert(lroot);
        }
      if (std::getenv("INMAEK_DEBUG_JOINS")) {
        std::fprintf(stderr, "join? %s ->", hnames.front().c_str());
        for (std::size_t r : found) std::fprintf(stderr, " [%s]", latin_names[r].front().c_str());
        std::fprintf(stderr, "\n");
      }
      // (only a full name pivots: a surname alone may be several people)
      bool full = false;
      for (const std::string& hn : hnames) full = full || hn.find(' ') != std::string::npos || looks_like_korean_full_name(hn);
      bool pivot = found.size() > 1 && type == EntityType::Person && full;
      for (std::size_t r : found)
        if (lexicon_roots.count(r) || hangul_names.count(r)) pivot = false;
      if (found.size() == 1 || pivot)
        for (std::size_t r : found) joins.emplace_back(hroot, r);
    }
    for (const auto& [lroot, lnames] : latin_names) {
      if (hangul_names.count(lroot) || lexicon_roots.count(lroot)) continue;  // bilingual, or the lexicon's own
      const EntityType type = root_type[lroot];
      std::set<std::size_t> found;
      for (const auto& [hroot, hnames] : hangul_names) {
        if (root_type[hroot] != type || hroot == lroot || !latin_names.count(hroot)) continue;  // Hangul-only: above
        for (const std::string& hn : hnames)
          for (const std::string& ln : lnames)
            if (matches(type, hn, ln, true)) found.insert(hroot);
      }
      if (std::getenv("INMAEK_DEBUG_JOINS") && !found.empty()) {
        std::fprintf(stderr, "join? %s <-", lnames.front().c_str());
        for (std::size_t r : found) std::fprintf(stderr, " [%s]", hangul_names[r].front().c_str());
        std::fprintf(stderr, "\n");
      }
      if (found.size() == 1) joins.emplace_back(lroot, *found.begin());
    }
    // "Redwood Arc" in one article, "Redwood Arc Capital" in another: a fund or group named without
    // its last word, when exactly one organisation has that name with it
    std::map<std::string, std::set<std::size_t>> by_name;  // lower-case Latin name -> organisation roots
    for (const auto& [root, names] : latin_names)
      if (root_type[root] == EntityType::Organization)
        for (const std::string& n : names) by_name[ascii_lower(n)].insert(root);
    for (const auto& [root, names] : latin_names) {
      if (root_type[root] != EntityType::Organization || lexicon_roots.count(root)) continue;
      std::set<std::size_t> found;
      for (const std::string& n : names)
        for (std::string_view w : {" capital", " ventures", " partners", " holdings", " group"})
          if (const auto it = by_name.find(ascii_lower(n) + std::string(w)); it != by_name.end())
            for (std::size_t r : it->second)
              if (r != root) found.insert(r);
      if (found.size() == 1) joins.emplace_back(root, *found.begin());
    }
    for (const auto& [x, y] : joins) uf.unite(x, y);
  }

  // Cluster -> entity.
  struct Cluster {
    int lexicon = -1;
    EntityType type = EntityType::Organization;
    std::map<std::string, int> name_counts;
    std::map<std::string, std::string> lang;
    std::string first_doc;  // smallest document id holding the cluster
  };
  std::map<std::size_t, Cluster> clusters;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (std::size_t i = 0; i < docs[d].entities.size(); ++i) {
      const LocalEntity& e = docs[d].entities[i];
      std::size_t root = uf.find(node_of[d][i]);
      Cluster& c = clusters[root];
      c.type = e.type;
      if (c.first_doc.empty() || docs[d].doc_id < c.first_doc) c.first_doc = docs[d].doc_id;
      if (root < nlex) c.lexicon = static_cast<int>(root);
      for (const Alias& a : e.names) {
        ++c.name_counts[a.text];
        c.lang[a.text] = a.lang;
      }
    }
  }
  KnowledgeGraph g;
  std::map<std::size_t, std::string> id_of;
  std::set<std::string> used_ids;
  for (auto& [root, c] : clusters) {
    Entity ent;
    ent.type = c.type;
    if (c.lexicon >= 0) {
      const LexiconEntry& le = lexicon.entries()[static_cast<std::size_t>(c.lexicon)];
      ent.name = le.canonical;
      ent.type = le.type;
      ent.wikidata = le.wikidata;
      for (const Alias& a : le.names) ent.add_alias(a.text, a.lang);
    } else {
      // Canonical: a multi-word Latin name if any, else the most frequent (then longest) name.
      std::string best;
      auto score = [&](const std::string& n) {
        const bool latin = !has_hangul(n);
        const bool multi = n.find(' ') != std::string::npos;
        return std::make_tuple(latin && (multi || c.type != EntityType::Person), c.name_counts[n], multi, n.size());
      };
      for (const auto& [n, count] : c.name_counts)
        if (best.empty() || score(n) > score(best)) best = n;
      ent.name = best;
    }
    for (const auto& [n, count] : c.name_counts) ent.add_alias(n, c.lang[n]);
    std::string id = make_entity_id(ent.name);
    if (used_ids.count(id)) id += "-" + std::string(to_string(ent.type));
    if (used_ids.count(id)) {
      // Same name, another entity (e.g. a bare surname in two documents): a short hash of what the
      // cluster holds keeps the id stable and short, whatever the order of documents.
      std::uint64_t h = 1469598103934665603ull;
      for (const auto& [n, count] : c.name_counts)
        for (unsigned char ch : n + "\x1f") h = (h ^ ch) * 1099511628211ull;
      for (unsigned char ch : c.first_doc) h = (h ^ ch) * 1099511628211ull;
      char buf[12];
      std::snprintf(buf, sizeof buf, "-%08llx", static_cast<unsigned long long>(h & 0xffffffffull));
      id += buf;
      while (used_ids.count(id)) id += "x";  // a hash collision: practically never
    }
    used_ids.insert(id);
    ent.id = id;
    id_of[root] = id;
    g.add_entity(ent);
  }
  // Relations are gathered per (subject, type, object) first and added once, so a statement
  // repeated many times costs one sort of its evidence, not a merge per repetition.
  std::map<std::tuple<std::string, RelationType, std::string>, Relation> gathered;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (const LocalRelation& lr : docs[d].relations) {
      std::size_t s = uf.find(node_of[d][static_cast<std::size_t>(lr.subject)]);
      std::size_t o = uf.find(node_of[d][static_cast<std::size_t>(lr.object)]);
      if (s == o) continue;
      const Entity* se = g.find(id_of[s]);
      const Entity* oe = g.find(id_of[o]);
      if (!se || !oe || !allows(lr.type, se->type, oe->type)) continue;
      Relation r;
      r.type = lr.type;
      r.subject = se->id;
      r.object = oe->id;
      r.date = lr.date;
      r.amount = lr.amount;
      r.role = lr.role;
      r.confidence = lr.confidence;
      if (is_symmetric(r.type) && r.object < r.subject) std::swap(r.subject, r.object);
      auto key = std::make_tuple(r.subject, r.type, r.object);
      auto it = gathered.find(key);
      if (it == gathered.end()) {
        r.evidence.push_back(lr.evidence);
        gathered.emplace(std::move(key), std::move(r));
      } else {
        merge_relation(it->second, r);  // attributes only: r carries no evidence
        it->second.evidence.push_back(lr.evidence);
      }
    }
  }
  for (auto& [key, r] : gathered) g.add_relation(std::move(r));  // add_relation sorts and dedupes evidence
  return g;
}

}  // namespace inmaek::extract
