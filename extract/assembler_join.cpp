// Assembler::finish's cross-lingual join: Hangul-only clusters with Latin-named ones and back.
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/assembler_internal.h"
#include "extract/cross_lingual_internal.h"
#include "extract/extractor_internal.h"
#include "extract/hangul_words.h"
#include "extract/lexicon.h"
#include "extract/romanize.h"
#include "extract/short_names_internal.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// Calls fn(i) for every i < n on up to `threads` threads (the calling one included); fn must
// only write what belongs to its i. The first exception thrown is rethrown here.
template <class Fn>
void parallel_for(std::size_t n, unsigned threads, const Fn& fn) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mu;
  auto work = [&] {
    try {
      for (std::size_t i; (i = next.fetch_add(1)) < n;) fn(i);
    } catch (...) {
      std::lock_guard lock(error_mu);
      if (!error) error = std::current_exception();
      next = n;
    }
  };
  std::vector<std::thread> pool;
  const std::size_t extra = std::min<std::size_t>(threads > 1 ? threads - 1 : 0, n / 16);  // small jobs stay on one
  for (std::size_t t = 0; t < extra; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

// A name without the version number it ends in ("Gyeol-2", "결 2.5", "Sentinel-V3" -> "Gyeol", "결", "Sentinel"), or empty.
std::string without_version(const std::string& name) {
  std::string out = name;
  while (!out.empty() && ((out.back() >= '0' && out.back() <= '9') || out.back() == '.')) out.pop_back();
  // (a version with a letter: "Sentinel-V3", "Rebel X2")
  if (out.size() < name.size() && out.size() >= 3 && out.back() >= 'A' && out.back() <= 'Z' &&
      (out[out.size() - 2] == '-' || out[out.size() - 2] == ' '))
    out.pop_back();
  while (!out.empty() && (out.back() == ' ' || out.back() == '-')) out.pop_back();
  if (out.size() == name.size()) out.clear();
  return out;
}

// Other ways a Latin organisation or product name may have been written in Korean (see below).
std::vector<std::string> loose_latin_readings(const std::string& latin) {
  std::vector<std::string> out;
  const std::size_t sp = latin.find(' ');
  if (sp != std::string::npos && sp >= 4) out.push_back(latin.substr(0, sp));
  if (std::string no_version = without_version(latin); !no_version.empty()) out.push_back(std::move(no_version));
  for (std::size_t i = 0; i + 1 < latin.size(); ++i)
    if ((latin[i] == 'T' || latin[i] == 't') && latin[i + 1] == 's' && (i == 0 || latin[i - 1] == ' ')) {
      std::string v = latin;
      v.erase(i, 1);
      if (latin[i] == 'T') v[i] = 'S';
      out.push_back(v);
    }
  // an English compound's silent e between its words ("로드스타" / "Lodestar", "스톤브리지" / "Stonebridge"):
  // a vowel, a consonant, then an e before another consonant, the e left out (of the name, and of its
  // first word alone)
  {
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    auto consonant = [&](char c) { return c >= 'a' && c <= 'z' && !vowel(c) && c != 'y'; };
    auto silent_e = [&](std::string v) {
      for (std::size_t i = 2; i + 3 < v.size(); ++i)
        if (v[i] == 'e' && vowel(static_cast<char>(v[i - 2] | 0x20)) && consonant(v[i - 1]) && consonant(v[i + 1]) && v[i - 1] != v[i + 1] &&
            v[i + 1] != 'r' && v[i + 1] != 'd' && v[i + 1] != 'n' && v[i + 2] != ' ')
          v.erase(i, 1);
      return v;
    };
    const std::size_t known = out.size();
    for (std::size_t k = 0; k <= known; ++k) {
      const std::string& base = k < known ? out[k] : latin;
      if (std::string v = silent_e(base); v != base) out.push_back(std::move(v));
    }
  }
  // the kind first in Spanish, Portuguese, French and Italian, last in Korean: "알타미라그룹" / "Grupo Altamira", "레우미은행" /
  // "Banco Leumi"; or left out, the family's name alone: "베르톨라치" / "Lanificio Bertolazzi"
  for (const auto& [kind, english] : {std::pair<std::string_view, std::string_view>{"Grupo ", " Group"}, {"Groupe ", " Group"}, {"Gruppo ", " Group"},
                                      {"Banco ", " Bank"}, {"Banca ", " Bank"}, {"Banque ", " Bank"}, {"Lanificio ", ""}, {"Cotonificio ", ""},
                                      {"Tessitura ", ""}, {"Industrias ", ""}, {"Industrie ", ""}, {"Laboratorios ", ""}, {"Laboratoires ", ""},
                                      {"Fabbrica ", ""}, {"Fábrica ", ""}, {"Maison ", ""}, {"Casa ", ""}})
    if (latin.size() > kind.size() + 2 && std::string_view(latin).starts_with(kind)) out.push_back(latin.substr(kind.size()) + std::string(english));
  const std::vector<std::string> w = split_words(latin);
  // a club without its FC, and without its city ("블루웨이브" / "Incheon Bluewave FC")
  if (w.size() >= 2 && (w.back() == "FC" || w.back() == "SC" || w.back() == "AFC" || w.back() == "CF")) {
    std::string name, nickname;
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {
      name += (k ? " " : "") + w[k];
      if (k >= 1) nickname += (k > 1 ? " " : "") + w[k];
    }
    out.push_back(name);
    if (!nickname.empty()) out.push_back(nickname);
  }
  // a group's name without the trade between ("파드마그룹" / "Padma Apparels Group")
  if (w.size() == 3 && (w[2] == "Group" || w[2] == "Holdings") && w[0].size() >= 3 && w[1].size() >= 4 && w[1][0] >= 'A' && w[1][0] <= 'Z')
    out.push_back(w[0] + " " + w[2]);
  // Turkish letters as Korean hears them: ğ silent, ç ch, ş sh, ı and İ i, ö and ü as 외 and 위 ("보아지치대학교" /
  // "Boğaziçi University", "사르오울루" / "Sarıoğlu")
  {
    static constexpr std::pair<std::string_view, std::string_view> kTurkish[] = {
        {"\xC4\x9F", ""}, {"\xC4\x9E", ""}, {"\xC3\xA7", "ch"}, {"\xC3\x87", "Ch"}, {"\xC5\x9F", "sh"},
        {"\xC5\x9E", "Sh"}, {"\xC4\xB1", "i"}, {"\xC4\xB0", "I"}, {"\xC3\xB6", "oe"}, {"\xC3\xBC", "wi"}};
    // (a name with one of the letters Turkish writes and German does not: ğ, ç, ş, ı, İ; then ö and ü too)
    if (std::any_of(std::begin(kTurkish), std::begin(kTurkish) + 8, [&](const auto& x) { return latin.find(x.first) != std::string::npos; })) {
      std::string v = latin;
      for (const auto& [from, to] : kTurkish)
        for (std::size_t at = v.find(from); at != std::string::npos; at = v.find(from, at + to.size())) v.replace(at, from.size(), to);
      out.push_back(v);
    }
  }
  // a German ch as the h Korean writes, ei and eu as ai and oi, an initial Sp or St: "노르트리히트벤처스" /
  // "Nordlicht Ventures", "펠트가이스트" / "Feldgeist", "슈프레베르크캐피털" / "Spreewerk Capital"
  auto german = [](const std::string& word) {
    return word.find("ch") != std::string::npos || word.find("ei") != std::string::npos || word.find("eu") != std::string::npos ||
           word.find("werk") != std::string::npos || word.compare(0, 2, "Sp") == 0 || word.compare(0, 2, "St") == 0;
  };
  if (german(latin)) {
    std::string v;
    for (const std::string& word : split_words(latin)) v += (v.empty() ? "" : " ") + (german(word) ? german_reading(word) : word);
    if (v != latin) out.push_back(v);
  }
  // a Spanish name's silent h, its j and z ("오리손테벤처스" / "Horizonte Ventures"), for the words that
  // have them (the others keep their letters and capitals)
  if (latin.find_first_of("Hjz") != std::string::npos) {
    std::string v;
    for (const std::string& word : split_words(latin)) {
      std::string w = word;
      if (word[0] == 'H' || word.find_first_of("jz") != std::string::npos) {
        w = spanish_reading(word);
        for (char& c : w)
          if (c == 'z') c = 's';
      }
      v += (v.empty() ? "" : " ") + w;
    }
    if (v != latin) out.push_back(v);
  }
  return out;
}

// One cluster's names in one script, prepared for the name tests of its type.
struct HangulCluster {
  std::uint32_t root;
  EntityType type;
  bool bilingual;
  std::vector<std::string> names;
  std::vector<HangulPerson> persons;  // (people)
  std::vector<HangulOrg> orgs;        // (organisations and products)
};
struct LatinCluster {
  std::uint32_t root;
  EntityType type;
  bool lexicon;
  bool bilingual;
  std::vector<std::string> names;
  std::vector<LatinPerson> persons;
  std::vector<LatinOrg> orgs;
  std::vector<LatinOrg> loose;  // loose_latin_readings of every name
};

}  // namespace

// Cross-lingual entities: a Hangul-only cluster joins the Latin-named cluster of the same type
// whose name it transliterates (a lexicon entity included), and a Latin-only cluster joins the
// cluster whose Hangul name it spells ("Sunghyun Park" and the lexicon's 박성현). Only when exactly
// one cluster matches; a Hangul full name may also pivot several Latin-only spellings of itself
// into one ("Choe Seung-hyun", "Seunghyun Choi" and 최승현). A fund named without its last word in
// one article ("Redwood Arc") joins the one organisation named with it ("Redwood Arc Capital").
//
// Every name is prepared once (cross_lingual_internal.h) and each pair is then compared on the
// prepared data; Hangul person names are compared only with the Latin names LatinPersonIndex
// gives (all that may match, see there). The clusters are compared on `threads` threads; the
// joins are collected in cluster order and united afterwards, so the result does not depend on
// the thread count (nor would it on the order: the union-find keeps the smallest root).
namespace {

// Kinds of organisation a Korean name ends in, and the English word for each (a translated name keeps its kind).
constexpr std::pair<std::string_view, std::string_view> kKinds[] = {
    {"시스템스", "systems"}, {"시스템즈", "systems"}, {"테크놀로지스", "technologies"}, {"테크놀로지", "technology"},
    {"랩스", "labs"},        {"랩", "lab"},           {"AI", "ai"},                       {"에이아이", "ai"},
    {"즈넝", "zhineng"},     {"커지", "keji"},         {"인텔리전스", "intelligence"},     {"로보틱스", "robotics"},
    {"그룹", "group"},       {"홀딩스", "holdings"},       {"캐피털", "capital"},              {"캐피탈", "capital"},
    {"벤처스", "ventures"},  {"파트너스", "partners"},
    // ("새벽에너지(Dawnbreak Energy)" gives "새벽홀딩스" / "Dawnbreak Holdings", "한결산업" / "Hangyeol Industries")
    {"에너지", "energy"},    {"산업", "industries"},   {"전자", "electronics"},      {"화학", "chemical"},
    {"클라우드", "cloud"},   {"모빌리티", "mobility"}, {"헬스케어", "healthcare"},   {"바이오", "bio"},
    {"솔루션즈", "solutions"}, {"네트웍스", "networks"}, {"파워", "power"},          {"전력", "power"},
    {"인베스트먼트", "investment"}, {"인베스트먼트", "investments"}, {"투자", "investment"}, {"투자", "investments"},
    // ("청운반도체" / "Blue Cloud Semiconductor", "새싹에듀" / "Sprout Education", "한들푸드" / "OneField Foods")
    {"반도체", "semiconductor"}, {"제약", "pharmaceutical"}, {"제약", "pharmaceuticals"}, {"증권", "securities"},
    {"은행", "bank"},        {"보험", "insurance"},    {"통신", "telecom"},            {"상사", "corporation"},
    {"푸드", "foods"},       {"푸드", "food"},         {"식품", "foods"},              {"식품", "food"},
    {"에듀케이션", "education"}, {"에듀", "education"}, {"스튜디오", "studio"},        {"스튜디오", "studios"},
    {"게임즈", "games"},     {"엔터테인먼트", "entertainment"}, {"미디어", "media"},   {"모터스", "motors"},
    {"물류", "logistics"},   {"건설", "construction"}, {"소재", "materials"},         {"테라퓨틱스", "therapeutics"},
    {"텔레콤", "telecom"},   {"텔레콤", "telecommunications"}};

// A Hangul-only cluster of a type and a Latin-only one are one when they share a key their names give (a
// surname, a kind of company) and at least `needed` facts the articles tell of them, each the only such pair on
// both sides. keys_of(name, hangul, keys) adds a name's keys and returns false for a name that rules its cluster
// out. People's facts are what they founded, left, joined or work for; an organisation's are all its relations.
// (With `founded_only`, a fact is only that the person founded the organisation, and the Latin side may have
// Hangul names too: a person the articles name in full in both scripts.)
// (With `both_scripts`, the Latin side may have Hangul names too, and every fact counts.)
template <class KeysOf>
void join_by_shared_facts(Assembler::Impl& s, EntityType type, std::size_t needed, const KeysOf& keys_of, bool founded_only = false,
                          bool both_scripts = false) {
  struct Side {
    bool hangul = false, latin = false, out = false;  // names in each script; ruled out
    std::set<std::string> keys;
  };
  std::map<std::uint32_t, Side> roots;
  for (std::uint32_t n = s.nlex; n < s.nodes.size(); ++n) {
    if (s.nodes[n].names.empty()) continue;
    const std::uint32_t root = s.uf.find(n);
    if (root < s.nlex) continue;
    Side& side = roots[root];
    if (s.nodes[n].type != type) side.out = true;
    for (const NameCount& c : s.nodes[n].names) {
      const std::string_view name = s.strings[c.name];
      if (han_only(name)) continue;
      const bool hangul = has_hangul(name);
      (hangul ? side.hangul : side.latin) = true;
      if (!keys_of(name, hangul, side.keys)) side.out = true;
    }
  }
  auto candidate = [&](std::uint32_t r) {
    const auto it = roots.find(r);
    return it != roots.end() && !it->second.out &&
           (it->second.hangul != it->second.latin || ((founded_only || both_scripts) && it->second.latin)) &&
           !it->second.keys.empty();
  };
  const bool person = type == EntityType::Person;
  std::map<std::uint32_t, std::set<std::tuple<int, int, std::uint32_t>>> facts;  // root -> (type, its side, the other root)
  for (std::size_t k = 0; k < s.relations.size(); ++k) {
    const RelationAcc& r = s.relations[k];
    if (person && r.type != RelationType::Founded && r.type != RelationType::Left && r.type != RelationType::Joined &&
        r.type != RelationType::WorksFor)
      continue;
    if (founded_only && r.type != RelationType::Founded) continue;
    const std::uint32_t subject = s.uf.find(r.subject), object = s.uf.find(r.object);
    if (subject == object) continue;
    if (candidate(subject)) facts[subject].emplace(static_cast<int>(r.type), 0, object);
    if (!person && candidate(object)) facts[object].emplace(static_cast<int>(r.type), 1, subject);
  }
  std::map<std::uint32_t, std::set<std::uint32_t>> fits;  // root of either side -> roots of the other it fits
  for (const auto& [h, hf] : facts) {
    const Side& hs = roots[h];
    if (!hs.hangul || hs.latin) continue;
    for (const auto& [l, lf] : facts) {
      const Side& ls = roots[l];
      if (!ls.latin || std::none_of(hs.keys.begin(), hs.keys.end(), [&](const std::string& x) { return ls.keys.count(x) != 0; })) continue;
      std::size_t shared = 0;
      for (const auto& f : hf) shared += std::get<2>(f) != l && lf.count(f) != 0;
      if (shared >= needed) fits[h].insert(l), fits[l].insert(h);
    }
  }
  for (const auto& [h, ls] : fits)
    if (roots[h].hangul && !roots[h].latin && ls.size() == 1 && fits[*ls.begin()].size() == 1) s.uf.unite(h, *ls.begin());
}

// A Korean person named in Hangul only in some articles and by an English given name in others ("곽태린" /
// "Terry Kwak", "백승현" / "Sean Paik"): the two names share no reading but the surname, so the two are one
// person only when two facts agree. A Korean article rarely gives such a name; English ones often do.
//
// So too a foreign person whose given names the two articles spell too far apart to compare ("치디나 오카포르" /
// "Chidinma Okafor", "아르투르 멘쉬" / "Arthur Mensch"): the surname spelled alike, letter for letter, and two facts.
void join_people_by_shared_facts(Assembler::Impl& s) {
  // the sound keys of a surname, a c or g that may be soft (C, G) read both ways
  auto add_surname_keys = [](const PhoneticKeys& k, std::set<std::string>& keys, long fewest = 3) {
    for (const std::string& key : k.key) {
      if (std::count_if(key.begin(), key.end(), [](char c) { return c != 'a'; }) < fewest) continue;  // (not "Li", "Ng")
      for (char soft : {'K', 'S'}) {
        std::string v = key;
        for (char& c : v)
          if (c == 'G' || c == 'C') c = soft;
        keys.insert("surname:" + v);
      }
    }
  };
  join_by_shared_facts(s, EntityType::Person, 2, [&](std::string_view name, bool hangul, std::set<std::string>& surnames) {
    if (hangul) {
      // ("곽태린": a surname of one syllable and a given name of two)
      if (name.find(' ') == std::string_view::npos && hangul_syllable_count(name) == 3 && looks_like_korean_full_name(name))
        surnames.insert(std::string(name.substr(0, name.size() / 3)));
      else if (const std::size_t sp = name.rfind(' '); sp != std::string_view::npos)
        add_surname_keys(hangul_keys(name.substr(sp + 1)), surnames);
      return true;
    }
    if (const std::size_t sp = name.rfind(' '); sp != std::string_view::npos) add_surname_keys(latin_keys(name.substr(sp + 1)), surnames);
    // ("Terry Kwak": an English given name and a Korean surname after it; not a Korean given name, which the
    // names' readings compared already: "Yi Min-su", "Min-su Yi")
    const std::vector<std::string> words = split_words(name);
    if (words.size() == 2 && words[0].find('-') == std::string::npos && korean_surnames_spelled(words[0]).empty())
      for (std::string& k : korean_surnames_spelled(words[1])) surnames.insert(std::move(k));
    return true;
  });
  // A foreign person a Korean article names by one word only, the given name or the surname ("아르준" for "Arjun
  // Mehta", "이리나" for "Iryna Shevchuk"), spelled alike letter for letter (two sounds or more): one when both
  // founded the same company.
  join_by_shared_facts(
      s, EntityType::Person, 1,
      [&](std::string_view name, bool hangul, std::set<std::string>& keys) {
        if (hangul) {
          // (one that reads like a Korean full name too: "이리나")
          if (name.find(' ') == std::string_view::npos && hangul_syllable_count(name) >= 2 && hangul_syllable_count(name) * 3 == name.size())
            add_surname_keys(hangul_keys(name), keys, 2);
          return true;
        }
        const std::vector<std::string> words = split_words(name);
        if (words.size() >= 2) {
          add_surname_keys(latin_keys(words.front()), keys, 2);
          add_surname_keys(latin_keys(words.back()), keys, 2);
        }
        return true;
      },
      false, true);
  // A foreign person an article names by the surname alone ("델로름 CTO") and others in full in both scripts ("에티엔느
  // 델로름" / "Étienne Delorme"): the Hangul word's sounds the same, and a fact in common (both work for, joined, left
  // or founded the same organisation).
  join_by_shared_facts(
      s, EntityType::Person, 1,
      [&](std::string_view name, bool hangul, std::set<std::string>& keys) {
        // (in another outlet's spelling too: "델로름" / "들로름", the same sounds)
        if (!hangul) return true;
        if (name.find(' ') == std::string_view::npos) {
          if (hangul_syllable_count(name) >= 2 && hangul_syllable_count(name) * 3 == name.size() && !looks_like_korean_full_name(name))
            add_surname_keys(hangul_keys(name), keys, 2);
          return true;
        }
        add_surname_keys(hangul_keys(name.substr(name.rfind(' ') + 1)), keys, 2);
        add_surname_keys(hangul_keys(name.substr(0, name.find(' '))), keys, 2);
        return true;
      },
      false, true);
}

// A Latin name spelled the way Korean is romanised (eo, eu, ae): a reading, not a translation.
bool korean_romanisation(std::string_view name) {
  const std::string letters = letters_lower(name);
  return letters.find("eo") != std::string::npos || letters.find("eu") != std::string::npos || letters.find("ae") != std::string::npos;
}

// A company whose Korean name is a translation, not a reading, of its English one ("한강파트너스" / "Han River
// Partners", "샛별파트너스" / "Venus Partners"): one when the kind is the same ("파트너스" / "Partners") and a fact
// agrees (both invested in the same company, were founded by the same person, ...).
void join_organisations_by_shared_facts(Assembler::Impl& s) {
  join_by_shared_facts(s, EntityType::Organization, 1, [](std::string_view name, bool hangul, std::set<std::string>& kinds) {
    if (hangul) {
      for (const auto& [ko, en] : kKinds)
        if (name.size() > ko.size() && name.ends_with(ko) && hangul_syllable_count(name.substr(0, name.size() - ko.size())) >= 2)
          kinds.insert(std::string(en));
      return true;
    }
    // (not a name in Korean romanisation, whose reading the names' test compared already: "Hanbyeol Systems" is
    // no "한빛시스템즈")
    if (korean_romanisation(name)) return false;
    if (const std::size_t sp = name.rfind(' '); sp != std::string_view::npos)
      for (const auto& [ko, en] : kKinds)
        if (fold_case(name.substr(sp + 1)) == en) kinds.insert(std::string(en));
    return true;
  });
  // (of any kind, or none, when two facts agree: "청룡무인체계" / "Blue Dragon Unmanned Systems", both set up by the
  // same group and both the makers of the same product)
  join_by_shared_facts(s, EntityType::Organization, 2, [](std::string_view name, bool hangul, std::set<std::string>& keys) {
    if (!hangul && korean_romanisation(name)) return false;
    keys.insert("organisation");
    return true;
  });
}

}  // namespace

void join_across_languages(Assembler::Impl& s, unsigned threads) {
  std::map<std::uint32_t, std::vector<std::string>> latin_names, hangul_names;  // root -> names
  std::map<std::uint32_t, EntityType> root_type;
  std::map<std::uint32_t, std::array<int, 3>> type_votes;  // root -> name sightings per type (namesakes)
  std::set<std::uint32_t> lexicon_roots;
  for (std::uint32_t n = 0; n < s.nodes.size(); ++n) {
    if (s.nodes[n].names.empty() && s.nodes[n].first.doc == kNone) continue;  // no document names it
    const std::uint32_t root = s.uf.find(n);
    root_type[root] = root < s.nlex ? s.lexicon.entries()[root].type : s.nodes[n].type;
    auto& votes = type_votes[root];
    for (const NameCount& c : s.nodes[n].names) votes[static_cast<std::size_t>(s.nodes[n].type)] += static_cast<int>(c.count);
    if (root < s.nlex) {
      if (lexicon_roots.insert(root).second)
        for (const Alias& a : s.lexicon.entries()[root].names) (has_hangul(a.text) ? hangul_names : latin_names)[root].push_back(a.text);
      continue;
    }
    for (const NameCount& c : s.nodes[n].names) {
      const std::string name(s.strings[c.name]);
      // (a name in Chinese characters alone, "沈凱文", is of neither side: the Hangul name beside it is still
      // to be compared with the Latin ones)
      if (han_only(name)) continue;
      (has_hangul(name) ? hangul_names : latin_names)[root].push_back(name);
    }
  }
  // A cluster of nodes of several types (join_namesakes) has the type most sightings give, an
  // organisation on a tie, as make_clusters() decides it.
  {
    std::unordered_map<std::uint32_t, std::array<int, 3>> votes;
    for (const auto& [root, v] : type_votes)
      if (root >= s.nlex && several_types(v)) votes.emplace(root, v);
    s.vote_by_relations(votes);
    for (const auto& [root, v] : votes) root_type[root] = voted_type(v);
  }
  // Each name once, in one order whatever the folding order; clusters by root.
  std::vector<HangulCluster> hangul;
  std::vector<LatinCluster> latin;
  for (auto& [root, list] : hangul_names) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    hangul.push_back({root, root_type[root], latin_names.count(root) != 0, std::move(list), {}, {}});
  }
  for (auto& [root, list] : latin_names) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    latin.push_back({root, root_type[root], lexicon_roots.count(root) != 0, hangul_names.count(root) != 0, std::move(list), {}, {}, {}});
  }
  hangul_names.clear();
  latin_names.clear();
  std::vector<std::uint32_t> hangul_roots;  // ascending
  for (const HangulCluster& h : hangul) hangul_roots.push_back(h.root);
  parallel_for(hangul.size() + latin.size(), threads, [&](std::size_t i) {
    if (i < hangul.size()) {
      HangulCluster& c = hangul[i];
      // (names of one word are prepared both ways: a surname alone and a company's name look alike)
      const bool one_word = std::none_of(c.names.begin(), c.names.end(), [](const std::string& n) { return n.find(' ') != std::string::npos; });
      for (const std::string& n : c.names) {
        if (c.type == EntityType::Person || one_word) c.persons.push_back(prepare_hangul_person(n));
        if (c.type != EntityType::Person || one_word) c.orgs.push_back(prepare_hangul_org(n));
      }
      return;
    }
    LatinCluster& c = latin[i - hangul.size()];
    for (const std::string& n : c.names)
      if (c.type == EntityType::Person) {
        c.persons.push_back(prepare_latin_person(n));
        // ("Grace Soo-kyung Lim" is "Soo-kyung Lim" to the Korean name 임수경: an English given name before
        // a hyphenated Korean one and a Korean surname; "Ryan Taeyang Kim" is "Taeyang Kim" to 김태양)
        if (const std::vector<std::string> w = split_words(n); w.size() == 3 && w[0].find('-') == std::string::npos) {
          const std::size_t h = w[1].find('-');
          const bool hyphenated = h != std::string::npos && h > 0 && h + 1 < w[1].size() && w[1][h + 1] >= 'a' && w[1][h + 1] <= 'z';
          const bool joined = h == std::string::npos && w[1].size() >= 4 && w[1][0] >= 'A' && w[1][0] <= 'Z' &&
                              std::all_of(w[1].begin() + 1, w[1].end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
                              korean_surnames_spelled(w[0]).empty();
          if ((hyphenated || joined) && !korean_surnames_spelled(w[2]).empty()) c.persons.push_back(prepare_latin_person(w[1] + " " + w[2]));
        }
        // ("Nell Ashdown" is 엘리너 애시다운: a given name's other usual form, as the other language's press may write it)
        if (const std::vector<std::string> w = split_words(n); w.size() == 2)
          for (std::string_view other : other_given_name_forms(fold_case(w[0]))) {
            std::string given(other);
            given[0] = static_cast<char>(given[0] - 'a' + 'A');
            c.persons.push_back(prepare_latin_person(given + " " + w[1]));
          }
        // ("Marcus Tan Wei Ming" is "Tan Wei Ming" to 탄웨이밍: an English given name before a Chinese name of
        // three words, which Korean writes without it)
        if (const std::vector<std::string> w = split_words(n); w.size() == 4 && !is_east_asian_surname(w[0]) && is_east_asian_surname(w[1]))
          c.persons.push_back(prepare_latin_person(w[1] + " " + w[2] + " " + w[3]));
      } else {
        c.orgs.push_back(prepare_latin_org(n));
        for (const std::string& v : loose_latin_readings(n)) c.loose.push_back(prepare_latin_org(v));
      }
  });
  // Latin person names in one list (cluster, name) for the index
  std::vector<LatinPerson> person_names;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> person_at;  // -> (cluster, name)
  for (std::uint32_t c = 0; c < latin.size(); ++c)
    for (std::uint32_t k = 0; k < latin[c].persons.size(); ++k) {
      person_names.push_back(latin[c].persons[k]);
      person_at.emplace_back(c, k);
    }
  const LatinPersonIndex person_index(person_names);

  // The Latin side first: a Latin-only cluster that will join another ("Furiosa" joins the bilingual
  // "FuriosaAI" / 퓨리오사AI) is that cluster when a Hangul name is compared below, so "퓨리오사" fitting
  // both is one fit, not two.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> latin_joins;
  // (never a unit and its parent: "Telstra Ventures, the venture arm of Telstra")
  std::set<std::pair<std::uint32_t, std::uint32_t>> related;  // a unit's root and its parent's, the smaller first
  for (std::size_t k = 0; k < s.relations.size(); ++k)
    if (s.relations[k].type == RelationType::SubsidiaryOf)
      related.insert(std::minmax(s.uf.find(s.relations[k].subject), s.uf.find(s.relations[k].object)));
  // Latin-only clusters and the bilingual ones (few: compared with all)
  for (const LatinCluster& l : latin) {
    if (l.bilingual || l.lexicon) continue;  // bilingual, or the lexicon's own
    std::set<std::uint32_t> found;
    for (const HangulCluster& h : hangul) {
      if (h.type != l.type || h.root == l.root || !h.bilingual) continue;  // Hangul-only: below
      bool match = false;
      if (l.type == EntityType::Person) {
        for (const HangulPerson& hn : h.persons)
          for (const LatinPerson& ln : l.persons) match = match || person_names_match(hn, ln);
      } else {
        for (const HangulOrg& hn : h.orgs)
          for (const LatinOrg& ln : l.orgs) match = match || org_names_match(hn, ln, true);
      }
      if (match) found.insert(h.root);
    }
    if (found.size() == 1 && !related.count(std::minmax(l.root, *found.begin()))) latin_joins.emplace_back(l.root, *found.begin());
  }

  // "X" / "X Capital", "Sakana" / "Sakana AI", "Carnegie Mellon" / "Carnegie Mellon University"
  std::map<std::string, std::set<std::uint32_t>> by_name;  // lower-case Latin name -> organisation roots
  for (const LatinCluster& l : latin)
    if (l.type == EntityType::Organization)
      for (const std::string& n : l.names) by_name[fold_case(n)].insert(l.root);
  for (const LatinCluster& l : latin) {
    if (l.type != EntityType::Organization || l.lexicon) continue;
    std::set<std::uint32_t> found;
    for (const std::string& n : l.names) {
      // a short form of a longer name of its own cluster ("Hansung" beside "Hansung AI Research") is
      // not the name of a fund or group
      bool short_form = false;
      for (const std::string& other : l.names)
        short_form = short_form || (other.size() > n.size() + 1 && other.compare(0, n.size() + 1, n + " ") == 0);
      if (short_form) continue;
      // ("U.S. Nuclear Regulatory Commission" / "Nuclear Regulatory Commission": a country's agency with and
      // without its country)
      for (std::string_view country : {"u.s. ", "us ", "u.k. ", "uk "})
        if (const std::string folded = fold_case(n); folded.size() > country.size() + 8 && folded.starts_with(country) &&
                                                      folded.find(' ', country.size()) != std::string::npos)
          if (const auto it = by_name.find(folded.substr(country.size())); it != by_name.end())
            for (std::uint32_t r : it->second)
              if (r != l.root) found.insert(r);
      // (and the other way: "South Korea's Fair Trade Commission" named without its country, the one agency so named with one)
      if (const std::string folded = fold_case(n); folded.size() > 12 && std::count(folded.begin(), folded.end(), ' ') >= 2)
        for (std::string_view country : {"korea ", "japan ", "china ", "india ", "u.s. ", "us ", "u.k. ", "uk "})
          if (const auto it = by_name.find(std::string(country) + folded); it != by_name.end())
            for (std::uint32_t r : it->second)
              if (r != l.root) found.insert(r);
      for (std::string_view w : {" capital", " ventures", " partners", " holdings", " group", " ai", " labs", " lab", " technologies", " university",
                                 " ai lab", " ai labs"})
        if (const auto it = by_name.find(fold_case(n) + std::string(w)); it != by_name.end())
          for (std::uint32_t r : it->second)
            if (r != l.root) found.insert(r);
      // ("Halcyon" / "Halcyon Reasoning Systems": a word or two of what the company does between the
      // name and a kind of technology company)
      const std::string head = fold_case(n) + " ";
      for (auto it = by_name.lower_bound(head); it != by_name.end() && it->first.compare(0, head.size(), head) == 0; ++it) {
        const std::string rest = it->first.substr(head.size());
        const std::size_t words = static_cast<std::size_t>(std::count(rest.begin(), rest.end(), ' ')) + 1;
        const std::string kind = rest.substr(rest.rfind(' ') + 1);
        if (words < 2 || words > 3 || n.find(' ') != std::string::npos) continue;
        // (and a field's research, not AI's, which names a company's lab: "Anvaya" / "Anvaya Clinical Research", but "Sorinet" is
        // no "Sorinet AI Research")
        if (kind == "systems" || kind == "technologies" || kind == "laboratories" || kind == "labs" || kind == "intelligence" ||
            kind == "robotics" || kind == "ai" || (kind == "research" && !rest.starts_with("ai ")))
          for (std::uint32_t r : it->second)
            if (r != l.root) found.insert(r);
      }
    }
    if (found.size() == 1 && !related.count(std::minmax(l.root, *found.begin()))) latin_joins.emplace_back(l.root, *found.begin());
  }
  // "ATLAS-1" / "Lunit ATLAS-1": a product named in one article without the name of its maker, which
  // another article puts in front (the one product so named)
  {
    std::map<std::string, std::set<std::uint32_t>> without_maker;  // lower-case name less a maker's -> product roots
    for (const LatinCluster& l : latin)
      if (l.type == EntityType::Product)
        for (const std::string& n : l.names)
          for (std::size_t sp = n.find(' '); sp != std::string::npos && sp < 30; sp = n.find(' ', sp + 1))
            if (by_name.count(fold_case(n.substr(0, sp)))) without_maker[fold_case(n.substr(sp + 1))].insert(l.root);
    for (const LatinCluster& l : latin) {
      if (l.type != EntityType::Product || l.lexicon) continue;
      std::set<std::uint32_t> found;
      for (const std::string& n : l.names)
        if (const auto it = without_maker.find(fold_case(n)); it != without_maker.end())
          for (std::uint32_t r : it->second)
            if (r != l.root) found.insert(r);
      if (found.size() == 1 && !related.count(std::minmax(l.root, *found.begin()))) latin_joins.emplace_back(l.root, *found.begin());
    }
  }
  std::map<std::uint32_t, std::uint32_t> joins_latin;  // Latin-only root -> the root it joins
  for (const auto& [x, y] : latin_joins) joins_latin.emplace(x, y);
  auto latin_target = [&](std::uint32_t r) {
    for (int hops = 0; hops < 4; ++hops) {
      const auto it = joins_latin.find(r);
      if (it == joins_latin.end()) break;
      r = it->second;
    }
    return r;
  };

  // people the articles tell something of (what they founded, left, joined or work for): a given name alone joins a
  // full name only for one of whom nothing is told, whose facts cannot disagree (join_people_by_shared_facts joins one
  // by the facts both tell)
  std::set<std::uint32_t> told;
  for (std::size_t k = 0; k < s.relations.size(); ++k) {
    const RelationAcc& r = s.relations[k];
    if (r.type == RelationType::Founded || r.type == RelationType::Left || r.type == RelationType::Joined || r.type == RelationType::WorksFor)
      told.insert(s.uf.find(r.subject));
  }
  // Hangul-only clusters
  std::vector<std::vector<std::uint32_t>> joined(hangul.size());  // cluster -> roots it joins
  parallel_for(hangul.size(), threads, [&](std::size_t i) {
    const HangulCluster& h = hangul[i];
    if (h.bilingual) return;  // already bilingual
    const EntityType type = h.type;
    std::set<std::uint32_t> found;
    auto any_org_match = [&](const std::vector<LatinOrg>& names, bool strict) {
      for (const HangulOrg& hn : h.orgs)
        for (const LatinOrg& ln : names)
          if (org_names_match(hn, ln, strict)) return true;
      return false;
    };
    if (type == EntityType::Person) {
      std::set<std::uint32_t> surname_only;  // (used only when no whole name matches)
      std::set<std::uint32_t> given_only;    // (and only when no surname does either)
      for (const HangulPerson& hn : h.persons)
        for (std::uint32_t c : person_index.candidates(hn)) {
          const LatinCluster& l = latin[person_at[c].first];
          if (l.root == h.root || found.count(l.root)) continue;
          const PersonMatch m = person_match(hn, person_names[c]);
          if (m == PersonMatch::Full) found.insert(l.root);
          else if (m == PersonMatch::Surname) surname_only.insert(l.root);
          else if (m == PersonMatch::Given) given_only.insert(l.root);
        }
      if (found.empty()) found = std::move(surname_only);
      // (a given name alone only when it fits one person, "마이클" may be any Michael, and only for one of whom nothing is told)
      if (found.empty() && given_only.size() == 1 && !told.count(h.root)) found = std::move(given_only);
      // "사파리콤" typed a person before a job ("사파리콤 데이터 과학자"): a one-word name no person fits
      // is the one organisation whose name it spells exactly, if any
      // (not a Korean full name under a common family name, whose sounds many a short brand shares: "최유나" is no "Sony")
      if (found.empty() && !h.orgs.empty() &&
          std::none_of(h.names.begin(), h.names.end(), [](const std::string& n) { return looks_like_korean_full_name(n) && opens_with_common_family_name(n); }))
        for (const LatinCluster& l : latin)
          if (l.type == EntityType::Organization && l.root != h.root && any_org_match(l.orgs, true)) found.insert(l.root);
    } else {
      for (const LatinCluster& l : latin)
        if (l.type == type && l.root != h.root && any_org_match(l.orgs, l.lexicon)) found.insert(l.root);
      // a company and its product are often typed apart in the two languages ("래티스원" named as a
      // company, "Lattice One" as a product): the other type on a strict match, when nothing else matched
      if (found.empty())
        for (const LatinCluster& l : latin)
          if (l.type != type && l.type != EntityType::Person && l.root != h.root && any_org_match(l.orgs, true)) found.insert(l.root);
      // Looser readings of the Latin name, when nothing matched: its first word ("리드미" / "ReadMe
      // Legal"), without a version number ("미스트랄 스몰" / "Mistral Small 3"), Japanese "ts" written
      // ㅆ ("쓰바메클라우드" / "Tsubame Cloud"); still only when exactly one cluster fits
      auto regional = [](std::string n) {
        // (after its legal form: "Lodestar Korea Co")
        for (std::size_t sp = n.rfind(' '); sp != std::string::npos; sp = n.rfind(' ')) {
          const std::string w = fold_case(n.substr(sp + 1));
          if (w != "co" && w != "co." && w != "ltd" && w != "ltd." && w != "inc" && w != "inc." && w != "corp" && w != "corp." && w != "llc" &&
              w != "gmbh" && w != "kk")
            break;
          n.erase(sp);
        }
        const std::size_t sp = n.rfind(' ');
        if (sp == std::string::npos) return false;
        const std::string last = fold_case(n.substr(sp + 1));
        for (std::string_view c : {"korea", "japan", "china", "india", "europe", "asia", "america", "americas", "germany", "france", "uk",
                                   "us", "usa", "singapore", "taiwan", "vietnam", "indonesia", "brazil", "mexico", "canada", "africa",
                                   "emea", "apac", "latam", "mena", "middle", "arabia", "uae", "nordics"})
          if (last == c) return true;
        return false;
      };
      // (not a company's arm in a country by its first word: "뉴비온" is no "Nuvion Arabia", unless the Hangul
      // name ends in a country too: "로드스타코리아")
      const bool hangul_regional = std::any_of(h.names.begin(), h.names.end(), [](const std::string& n) { return ends_with_region_word(n); });
      if (found.empty())
        for (const LatinCluster& l : latin)
          if (l.type == type && l.root != h.root && (hangul_regional || !std::all_of(l.names.begin(), l.names.end(), regional)) &&
              any_org_match(l.loose, true))
            found.insert(l.root);
      // several fit: the one a strict reading fits, when it is one ("루멘서브" is "LumenServe", not also
      // "LumenServe Edge")
      if (found.size() > 1) {
        std::set<std::uint32_t> strict;
        for (const LatinCluster& l : latin)
          if (found.count(l.root) && any_org_match(l.orgs, true)) strict.insert(l.root);
        if (strict.size() == 1) found = std::move(strict);
      }
      // several still: not a company's arm in a country ("로드스타" is "Lodestar Intelligence Laboratories",
      // not also "Lodestar Korea", whose first word alone it reads)
      if (found.size() > 1) {
        std::set<std::uint32_t> home;
        for (const LatinCluster& l : latin)
          if (found.count(l.root) && !std::all_of(l.names.begin(), l.names.end(), regional)) home.insert(l.root);
        if (home.size() == 1) found = std::move(home);
      }
      // "주비자레타" typed an organisation: a one-word name of four syllables or more that no organisation
      // fits is the one person whose surname it spells
      if (found.empty() && type == EntityType::Organization && !h.persons.empty() &&
          std::all_of(h.persons.begin(), h.persons.end(), [](const HangulPerson& p) { return p.alone && hangul_syllable_count(p.words[0]) >= 4; }))
        for (const LatinCluster& l : latin)
          if (l.type == EntityType::Person && l.root != h.root)
            for (const HangulPerson& hn : h.persons)
              for (const LatinPerson& ln : l.persons)
                if (person_match(hn, ln) == PersonMatch::Surname) found.insert(l.root);
      // still several: the one most of the names fit ("츠바메랩스" and "츠바메" are "Tsubame Labs", which
      // both fit, not "Sarvam AI", which "츠바메" alone reads like)
      if (found.size() > 1 && h.orgs.size() > 1) {
        std::map<std::uint32_t, std::size_t> fits;
        for (const LatinCluster& l : latin)
          if (found.count(l.root))
            for (const HangulOrg& hn : h.orgs)
              if (std::any_of(l.orgs.begin(), l.orgs.end(), [&](const LatinOrg& ln) { return org_names_match(hn, ln, true); })) ++fits[l.root];
        std::size_t best = 0, at_best = 0;
        std::uint32_t best_root = kNone;
        for (const auto& [r, n] : fits)
          if (n > best) best = n, at_best = 1, best_root = r;
          else if (n == best) ++at_best;
        if (at_best == 1) found = {best_root};
      }
    }
    {
      std::set<std::uint32_t> targets;
      for (std::uint32_t r : found) targets.insert(latin_target(r));
      if (targets.size() < found.size()) found = std::move(targets);
    }
    // (only a full name pivots: a surname alone may be several people)
    bool full = false;
    for (const std::string& hn : h.names) full = full || hn.find(' ') != std::string::npos || looks_like_korean_full_name(hn);
    bool pivot = found.size() > 1 && type == EntityType::Person && full;
    // (nor a company whose Korean name the Latin names of several clusters each spell strictly: "연무랩스" is
    // "Yeonmu Labs" and "Yeonmoo Labs", two romanizations of one name)
    if (found.size() > 1 && found.size() <= 3 && type == EntityType::Organization && !h.orgs.empty()) {
      pivot = true;
      for (const LatinCluster& l : latin)
        if (found.count(l.root))
          pivot = pivot && l.type == EntityType::Organization &&
                  std::any_of(h.orgs.begin(), h.orgs.end(), [&](const HangulOrg& hn) {
                    return std::any_of(l.orgs.begin(), l.orgs.end(), [&](const LatinOrg& ln) { return org_names_match(hn, ln, true); });
                  });
    }
    for (std::uint32_t r : found)
      if (lexicon_roots.count(r) || std::binary_search(hangul_roots.begin(), hangul_roots.end(), r)) pivot = false;
    if (found.size() == 1 || pivot) joined[i].assign(found.begin(), found.end());
  });
  std::vector<std::pair<std::uint32_t, std::uint32_t>> joins = std::move(latin_joins);
  for (std::size_t i = 0; i < hangul.size(); ++i)
    for (std::uint32_t r : joined[i]) joins.emplace_back(hangul[i].root, r);

  // A company whose Hangul and Latin names are not each other's reading ("진웨이시스템스(金威系統·Kinwell
  // Systems)", "위안제즈넝 (Vastline AI)"), once a document gave both: its name without the kind is its
  // Hangul head ("진웨이") for the first word of each Latin name ("Kinwell", "Vastline"). A Hangul-only
  // cluster named by the head alone is the company; one named by the head and more is the one cluster
  // named by a Latin head and the same more: a unit ("진웨이클라우드" / "Kinwell Cloud", the rest read
  // as the Latin rest) or a product ("위안제-R2" / "Vastline-R2", the same version).
  {
    std::map<std::string, std::set<std::uint32_t>> head_roots;        // Hangul head -> bilingual organisation roots
    std::map<std::uint32_t, std::set<std::string>> latin_heads;       // bilingual root -> first words of its Latin names
    std::unordered_map<std::uint32_t, const LatinCluster*> latin_of;  // root -> its Latin cluster
    for (const LatinCluster& c : latin) latin_of.emplace(c.root, &c);
    // (bilingual clusters, and the Hangul-only ones this pass joined to one Latin cluster)
    for (std::size_t i = 0; i < hangul.size(); ++i) {
      const HangulCluster& h = hangul[i];
      if (h.type != EntityType::Organization || (!h.bilingual && joined[i].size() != 1)) continue;
      const std::uint32_t root = h.bilingual ? h.root : latin_target(joined[i].front());
      const auto at = latin_of.find(root);
      if (at == latin_of.end() || at->second->type != EntityType::Organization) continue;
      const LatinCluster* l = at->second;
      std::set<std::string> latin_kinds;
      for (const std::string& n : l->names) {
        const std::vector<std::string> words = split_words(n);
        if (words.size() < 2 || words[0].size() < 3) continue;
        latin_heads[root].insert(words[0]);
        latin_kinds.insert(fold_case(words.back()));
      }
      for (const std::string& n : h.names)
        for (const auto& [ko, en] : kKinds)
          if (n.size() > ko.size() + 3 && n.ends_with(ko) && latin_kinds.count(std::string(en))) {
            std::string head = n.substr(0, n.size() - ko.size());
            while (!head.empty() && head.back() == ' ') head.pop_back();
            if (hangul_syllable_count(head) >= 2 && head.find(' ') == std::string::npos) head_roots[head].insert(root);
          }
    }
    // Latin names by lower-case text, for the "more" below
    std::map<std::string, std::set<std::uint32_t>> latin_by_name;
    for (const LatinCluster& l : latin)
      if (l.type != EntityType::Person)
        for (const std::string& n : l.names) latin_by_name[fold_case(n)].insert(l.root);
    // fn(rest, roots) for each Latin name "<lh> <rest>" (lower case)
    auto for_names_after = [&](const std::string& lh, const auto& fn) {
      const std::string prefix = fold_case(lh) + " ";
      for (auto it = latin_by_name.lower_bound(prefix); it != latin_by_name.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
        fn(std::string_view(it->first).substr(prefix.size()), it->second);
    };
    for (std::size_t i = 0; i < hangul.size(); ++i) {
      const HangulCluster& h = hangul[i];
      if (h.bilingual || !joined[i].empty() || h.type == EntityType::Person) continue;
      std::set<std::uint32_t> found;
      for (const std::string& n : h.names)
        // (the heads that open the name: its prefixes of two syllables or more)
        for (std::size_t cut = 0, syllables = 0; cut < n.size();) {
          decode_utf8(n, cut);
          const auto head = ++syllables >= 2 ? head_roots.find(n.substr(0, cut)) : head_roots.end();
          if (head == head_roots.end() || head->second.size() != 1) continue;
          const std::uint32_t company = *head->second.begin();
          std::string more = n.substr(cut);
          if (more.empty()) {
            // (unless another organisation's name starts with the Latin head too: "Nimbara Capital" beside
            // "Nimbara AI" leaves "님바라" either)
            bool shared = false;
            for (const std::string& lh : latin_heads[company])
              for_names_after(lh, [&](std::string_view, const std::set<std::uint32_t>& roots) {
                for (std::uint32_t r : roots) shared = shared || latin_target(r) != latin_target(company);
              });
            if (h.type == EntityType::Organization && !shared) found.insert(company);
            continue;
          }
          // (a version: "-R2", " 2"; or a word read as the Latin one: "클라우드" / "Cloud")
          const bool version = more[0] == '-' || more[0] == ' ';
          while (!more.empty() && (more[0] == ' ' || (more[0] == '-' && !version))) more.erase(0, 1);
          if (more.empty() || hangul_syllable_count(more) > 4) continue;
          for (const std::string& lh : latin_heads[company]) {
            if (has_hangul(more)) {
              const HangulOrg hm = prepare_hangul_org(more);
              for_names_after(lh, [&](std::string_view rest, const std::set<std::uint32_t>& roots) {
                if (org_names_match(hm, prepare_latin_org(rest), true))
                  for (std::uint32_t r : roots)
                    if (r != company) found.insert(r);
              });
            } else if (const auto it = latin_by_name.find(fold_case(lh + more)); it != latin_by_name.end()) {
              for (std::uint32_t r : it->second)
                if (r != company) found.insert(r);
            }
          }
        }
      std::set<std::uint32_t> targets;
      for (std::uint32_t r : found) targets.insert(latin_target(r));
      if (targets.size() == 1) joins.emplace_back(h.root, *targets.begin());
    }
  }

  // "R1" / "DeepSeek-R1", "K2" / "Kimi K2": a version code alone (letters, then a digit) names the one
  // product whose name ends in it
  {
    auto is_code = [](const std::string& n) {
      std::size_t k = 0;
      while (k < n.size() && ((n[k] >= 'A' && n[k] <= 'Z') || (n[k] >= 'a' && n[k] <= 'z'))) ++k;
      if (k == 0 || k > 2 || k == n.size() || n.size() > 6) return false;
      return std::all_of(n.begin() + static_cast<std::ptrdiff_t>(k), n.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
             n[k] != '.';
    };
    std::map<std::string, std::set<std::uint32_t>> by_code;  // code -> product roots with a name ending in " code" / "-code"
    for (const LatinCluster& l : latin) {
      if (l.type != EntityType::Product) continue;
      for (const std::string& n : l.names) {
        const std::size_t cut = n.find_last_of(" -");
        if (cut != std::string::npos && cut > 0 && is_code(n.substr(cut + 1))) by_code[n.substr(cut + 1)].insert(l.root);
      }
    }
    for (const LatinCluster& l : latin) {
      if (l.type != EntityType::Product || l.lexicon) continue;
      std::set<std::uint32_t> found;
      for (const std::string& n : l.names)
        if (is_code(n))
          if (const auto it = by_code.find(n); it != by_code.end())
            for (std::uint32_t r : it->second)
              if (r != l.root) found.insert(r);
      if (found.size() == 1) joins.emplace_back(l.root, *found.begin());
    }
  }
  // "믿:음 2.0" / "Mi:dm 2.0", "딥시크 R1" / "DeepSeek R1": a lexicon name in either language with one
  // version after it (the same letters and digits) is one product
  {
    std::map<std::pair<int, std::string>, std::set<std::uint32_t>> by_version;  // (entry, version key) -> product roots
    auto add_versions = [&](std::uint32_t root, const std::vector<std::string>& names) {
      for (const std::string& n : names)
        for (std::size_t cut = n.find_first_of(" -"); cut != std::string::npos; cut = n.find_first_of(" -", cut + 1)) {
          const std::string tail = n.substr(cut + 1);
          if (tail.empty() || has_hangul(tail) || std::none_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
          if (const int entry = s.lexicon.lookup(n.substr(0, cut)); entry >= 0) by_version[{entry, name_key(tail)}].insert(root);
        }
    };
    for (const LatinCluster& l : latin)
      if (l.type == EntityType::Product && !l.lexicon) add_versions(l.root, l.names);
    for (const HangulCluster& h : hangul)
      if (h.type == EntityType::Product && h.root >= s.nlex) add_versions(h.root, h.names);
    for (const auto& [key, roots] : by_version)
      for (std::uint32_t r : roots) joins.emplace_back(*roots.begin(), r);
  }
  // "FAIR" / "Fundamental AI Research": an acronym in capitals and the one organisation whose words
  // it abbreviates (a word in capitals gives all its letters: "AI")
  {
    std::map<std::string, std::set<std::uint32_t>> by_initials;
    for (const LatinCluster& l : latin) {
      if (l.type != EntityType::Organization) continue;
      for (const std::string& n : l.names) {
        const std::vector<std::string> words = split_words(n);
        if (words.size() < 2) continue;
        std::string initials;
        for (const std::string& w : words) {
          const bool caps = std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
          if (caps) initials += w;
          else if (w[0] >= 'A' && w[0] <= 'Z') initials += w[0];
          else if (w != "of" && w != "for" && w != "and" && w != "the") initials.clear(), initials += '?';
        }
        if (initials.find('?') == std::string::npos) by_initials[initials].insert(l.root);
      }
    }
    for (const LatinCluster& l : latin) {
      if (l.type != EntityType::Organization || l.lexicon) continue;
      std::set<std::uint32_t> found;
      for (const std::string& n : l.names)
        if (n.size() >= 3 && n.size() <= 6 && std::all_of(n.begin(), n.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
          if (const auto it = by_initials.find(n); it != by_initials.end())
            for (std::uint32_t r : it->second)
              if (r != l.root) found.insert(r);
      if (found.size() == 1) joins.emplace_back(l.root, *found.begin());
    }
  }
  for (const auto& [x, y] : joins) s.uf.unite(x, y);
  join_organisations_by_shared_facts(s);
  join_people_by_shared_facts(s);
}

}  // namespace inmaek::extract
