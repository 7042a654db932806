#include "extract/assembler.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string_view>

#include "extract/assembler_internal.h"
#include "extract/short_names_internal.h"  // is_east_asian_surname
#include "extract/cross_lingual_internal.h"
#include "extract/hangul_words.h"
#include "extract/jamo.h"
#include "extract/lexicon.h"
#include "extract/romanize.h"

namespace inmaek::extract {
namespace {

// What an alias contributes to the cross-document index, computed outside the lock.
struct AliasPlan {
  std::string key;            // type + name key; empty: the alias joins nothing (a bare surname)
  std::string variant;        // type + transliteration key, for Hangul names; else empty
  std::uint32_t lex_variant = kNone;  // lexicon entry confirmed by same_transliteration
  std::uint32_t lexed = kNone;        // lexicon entry of the same type with this name
  std::string swapped;                // a person's key with the two names the other way round
  std::vector<std::string> short_keys;  // a Latin person's keys of three or four words without a middle one
  std::vector<std::string> nick_keys; // a Latin person's keys with the given name's short or long form, or in the other order
  std::string german;                 // a Latin person's key with umlauts and ß written out ("Juergen Weisskopf")
  std::vector<std::string> spellings; // a Latin person's keys of the given name one letter off ("Itzhak" / "Yitzhak")
};

// A Korean name in Latin letters keyed by its Hangul surname, in either order: "Jang Min-hyuk" and
// "Min-hyuk Chang" share "장|minhyuk" (a given name of five letters or more, hyphenated or not).
void korean_spelling_keys(std::string_view first, std::string_view second, std::vector<std::string>& out) {
  for (int order = 0; order < 2; ++order) {
    const std::string_view surname = order == 0 ? first : second, given_word = order == 0 ? second : first;
    const std::string given = name_key(given_word);
    if (given.size() < 5 || !std::all_of(given.begin(), given.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    for (const std::string& h : korean_surnames_spelled(surname)) out.push_back(h + "|" + given);
  }
}

// The keys a two-word Latin person name shares with the other spellings of it: a Korean name's
// (above), else the given name whole and less any one letter, with the surname ("Yitzhak Shaked" and
// "Itzhak Shaked" share "itzhak|shaked"; "Sergey Lavrov" and "Sergei Lavrov" share "serge|lavrov").
// Only for given names of six letters or more, not a final a or e ("Daniel" / "Daniela" are two
// people), and not East Asian surnames, whose romanised given names are often one letter apart
// ("Jiwon" / "Jiwoo").
std::vector<std::string> spelling_keys(const std::string& name) {
  std::vector<std::string> out;
  const std::size_t sp = name.find(' ');
  if (has_hangul(name) || sp == std::string::npos) return out;
  // ("Diane Da-eun Jung": an English given name before a Korean name, its given name hyphenated)
  if (const std::size_t sp2 = name.find(' ', sp + 1); sp2 != std::string::npos) {
    const std::string_view middle = std::string_view(name).substr(sp + 1, sp2 - sp - 1), last = std::string_view(name).substr(sp2 + 1);
    if (middle.find('-') != std::string_view::npos && last.find(' ') == std::string_view::npos) korean_spelling_keys(middle, last, out);
    return out;
  }
  const std::string_view given_word = std::string_view(name).substr(0, sp), surname_word = std::string_view(name).substr(sp + 1);
  if (given_word.empty() || surname_word.empty()) return out;
  korean_spelling_keys(given_word, surname_word, out);
  if (!(given_word[0] >= 'A' && given_word[0] <= 'Z') || !(surname_word[0] >= 'A' && surname_word[0] <= 'Z') ||
      is_east_asian_surname(given_word) || is_east_asian_surname(surname_word) || !out.empty())
    return out;
  const std::string given = name_key(fold_latin(given_word)), surname = name_key(fold_latin(surname_word));
  if (given.size() < 6 || surname.size() < 4 ||
      !std::all_of(given.begin(), given.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return out;
  out.push_back(given + "|" + surname);
  for (std::size_t k = 0; k < given.size(); ++k) {
    if (k + 1 == given.size() && (given[k] == 'a' || given[k] == 'e')) continue;
    out.push_back(given.substr(0, k) + given.substr(k + 1) + "|" + surname);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// A name with the German umlauts and ß, and the Nordic å, ø and æ, written out as English writes them
// ("Jürgen Weißkopf" -> "Juergen Weisskopf", "Ingrid Bråthen" -> "Ingrid Braathen"); empty when it has none.
std::string umlauts_written_out(const std::string& name) {
  static constexpr std::pair<std::string_view, std::string_view> kOut[] = {{"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "Ae"},
                                                                          {"Ö", "Oe"}, {"Ü", "Ue"}, {"ß", "ss"},
                                                                          // (and the Nordic letters: "Bråthen" / "Braathen")
                                                                          {"å", "aa"}, {"Å", "Aa"}, {"ø", "oe"}, {"Ø", "Oe"},
                                                                          {"æ", "ae"}, {"Æ", "Ae"}};
  std::string out;
  bool any = false;
  for (std::size_t i = 0; i < name.size();) {
    bool hit = false;
    for (const auto& [from, to] : kOut)
      if (name.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        hit = any = true;
        break;
      }
    if (!hit) out += name[i++];
  }
  return any ? out : std::string();
}

std::uint32_t offset32(std::size_t v) {
  if (v > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("Assembler: evidence offset over 2^32");
  return static_cast<std::uint32_t>(v);
}

std::string typed(EntityType t, const std::string& key) { return static_cast<char>('0' + static_cast<int>(t)) + key; }

// The key of a name for the cross-document index: a product's version without marks that do not
// change it ("Amagumo 3.0" / "Amagumo v3" / "Amagumo 3"), accents folded.
std::string key_of(EntityType type, const std::string& name) {
  // (and Latin letters without their accents: "Ipê Ventures" / "Ipe Ventures")
  std::string base = type == EntityType::Product ? plain_version(name) : name;
  // (an organisation's kind in the singular or the plural: "Bomnal Investment" / "Bomnal Investments")
  if (type == EntityType::Organization)
    for (const auto& [plural, singular] : {std::pair<std::string_view, std::string_view>{" Investments", " Investment"}, {" Ventures", " Venture"},
                                           {" Partners", " Partner"}, {" Holdings", " Holding"}, {" Labs", " Lab"}, {" Technologies", " Technology"}})
      if (base.size() > plural.size() + 2 && base.ends_with(plural)) {
        base.replace(base.size() - plural.size(), plural.size(), singular);
        break;
      }
  // (and its kind in another European or an Indonesian language: "Trollvik Energi" / "Trollvik Energy")
  base = fold_latin(base);
  if (type == EntityType::Organization)
    for (const auto& [other, english] : {std::pair<std::string_view, std::string_view>{" Energi", " Energy"}, {" Energie", " Energy"},
                                         {" Energia", " Energy"}, {" Teknologi", " Technology"}, {" Technologie", " Technology"},
                                         {" Tecnologia", " Technology"}})
      if (base.size() > other.size() + 2 && base.ends_with(other)) {
        base.replace(base.size() - other.size(), other.size(), english);
        break;
      }
  return name_key(base);
}

// A given name's usual short forms and long forms in English and other languages (short, long).
constexpr std::pair<std::string_view, std::string_view> kGivenNameForms[] = {
    {"josh", "joshua"},  {"mike", "michael"},   {"bill", "william"}, {"will", "william"},  {"bob", "robert"},
    {"rob", "robert"},   {"jim", "james"},      {"tom", "thomas"},   {"dan", "daniel"},    {"dave", "david"},
    {"chris", "christopher"}, {"alex", "alexander"}, {"sam", "samuel"}, {"ben", "benjamin"}, {"matt", "matthew"},
    {"nick", "nicholas"}, {"andy", "andrew"},   {"tony", "anthony"}, {"steve", "steven"},  {"steve", "stephen"},
    {"joe", "joseph"},   {"greg", "gregory"},   {"jeff", "jeffrey"}, {"ed", "edward"},     {"pete", "peter"},
    {"rick", "richard"}, {"dick", "richard"},   {"jon", "jonathan"}, {"liz", "elizabeth"}, {"kate", "katherine"},
    {"jen", "jennifer"}, {"sue", "susan"},      {"meg", "margaret"}, {"tim", "timothy"},   {"fred", "frederick"},
    {"ted", "edward"},   {"ted", "theodore"},   {"theo", "theodore"}, {"nate", "nathan"},  {"nate", "nathaniel"},
    {"ken", "kenneth"},  {"larry", "lawrence"}, {"zach", "zachary"}, {"max", "maximilian"}, {"pat", "patrick"},
    {"pat", "patricia"}, {"beth", "elizabeth"}, {"katie", "katherine"}, {"becky", "rebecca"}, {"vicky", "victoria"},
    // (other languages' usual short forms: Hebrew, Russian, Spanish, Italian)
    {"itzik", "yitzhak"}, {"avi", "avraham"},  {"kobi", "yaakov"},   {"moti", "mordechai"}, {"sasha", "alexander"},
    {"sasha", "aleksandr"}, {"misha", "mikhail"}, {"dima", "dmitry"}, {"pasha", "pavel"},   {"paco", "francisco"},
    {"pepe", "jose"},    {"nacho", "ignacio"},  {"beppe", "giuseppe"},
    // (and more English ones: "Nell Ashdown" is "Eleanor Ashdown")
    {"nell", "eleanor"}, {"nellie", "eleanor"}, {"ellie", "eleanor"}, {"nora", "eleanor"}, {"maggie", "margaret"}, {"peggy", "margaret"},
    {"jack", "john"},    {"johnny", "john"},    {"harry", "henry"},  {"hank", "henry"},   {"charlie", "charles"}, {"chuck", "charles"},
    {"sandy", "alexandra"}, {"lexi", "alexandra"}, {"jenny", "jennifer"}, {"cathy", "catherine"}, {"kathy", "katherine"}};

// The keys of a Latin person's name of two words with the given name's other usual form in English
// ("Josh Kushner" / "Joshua Kushner", "Mike" / "Michael"): the long forms for a short one and the other
// way round.
std::vector<std::string> nickname_keys(const std::string& name) {

  std::vector<std::string> out;
  if (has_hangul(name)) return out;
  const std::size_t sp = name.find(' ');
  if (sp == std::string::npos || name.find(' ', sp + 1) != std::string::npos) return out;
  const std::string first = name_key(name.substr(0, sp)), rest = name_key(name.substr(sp + 1));
  if (rest.size() < 2) return out;
  for (std::string_view other : other_given_name_forms(first)) out.push_back(typed(EntityType::Person, std::string(other) + rest));
  // Yoruba names without their "Oluwa" ("God"), as friends and the press shorten them: "Oluwaseun" /
  // "Seun", "Oluwatobi" / "Tobi"
  if (first.size() >= 8 && first.compare(0, 5, "oluwa") == 0) out.push_back(typed(EntityType::Person, first.substr(5) + rest));
  else if (first.size() >= 3) out.push_back(typed(EntityType::Person, "oluwa" + first + rest));
  return out;
}

// A Latin person name of two words in the other order ("Minghui Zhao" for "Zhao Minghui": Chinese
// and Japanese names as written at home and in the Western press); else empty.
std::string swapped_key(const std::string& name) {
  if (has_hangul(name)) return {};
  const std::size_t sp = name.find(' ');
  if (sp == std::string::npos || name.find(' ', sp + 1) != std::string::npos) return {};
  const std::string first = name_key(name.substr(0, sp)), second = name_key(name.substr(sp + 1));
  if (first.size() < 2 || second.size() < 2) return {};
  return typed(EntityType::Person, second + first);
}

// assemble()'s rules for one alias of a discovered entity.
AliasPlan plan_alias(const Assembler::Impl& s, const LocalEntity& e, const Alias& a) {
  AliasPlan p;
  // A bare surname ("트워렉") is not enough to join two documents; a Korean full name ("김민수") is.
  const bool single_person_token = e.type == EntityType::Person && a.text.find(' ') == std::string::npos &&
                                   e.names.size() == 1 && has_hangul(a.text) && a.text.size() <= 12 &&
                                   !looks_like_korean_full_name(a.text);
  if (single_person_token) return p;
  // (a company's name keyed without its legal form: "Mizuchi Labs K.K." is "Mizuchi Labs")
  const std::string base = e.type == EntityType::Person ? a.text : without_legal_form(a.text);
  p.key = typed(e.type, key_of(e.type, base));
  if (e.type == EntityType::Person) p.swapped = swapped_key(a.text);
  if (e.type == EntityType::Person) p.nick_keys = nickname_keys(fold_latin(a.text));
  // (and its umlauts written out, as another article may: "Jürgen Weißkopf" / "Juergen Weisskopf")
  // (a company's too: "Gebäudegeist" / "Gebaeudegeist")
  if (e.type != EntityType::Product && !has_hangul(a.text))
    if (const std::string out = umlauts_written_out(e.type == EntityType::Person ? a.text : base); !out.empty())
      p.german = typed(e.type, key_of(e.type, out));
  if (e.type == EntityType::Person) p.spellings = spelling_keys(a.text);
  // ("Chidinma Adaeze Okonkwo-Bello" / "Chidinma Okonkwo-Bello": a middle name one document leaves out;
  // of four words, either middle one: "Thiago Henrique Nogueira Bastos" / "Thiago Nogueira Bastos")
  if (e.type == EntityType::Person && !has_hangul(a.text)) {
    std::vector<std::string_view> words;
    for (std::size_t b = 0; b <= a.text.size();) {
      const std::size_t sp = std::min(a.text.find(' ', b), a.text.size());
      words.emplace_back(std::string_view(a.text).substr(b, sp - b));
      b = sp + 1;
    }
    const auto capitalised = [](std::string_view w) { return w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z'; };
    if ((words.size() == 3 || words.size() == 4) && std::all_of(words.begin(), words.end(), capitalised))
      for (std::size_t drop = 1; drop + 1 < words.size(); ++drop) {
        std::string rest;
        for (std::size_t k = 0; k < words.size(); ++k)
          if (k != drop) rest += (rest.empty() ? "" : " ") + std::string(words[k]);
        p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, rest)));
      }
    // ("Katharina Maria von Hohenberg" / "Katharina von Hohenberg": likewise with a surname's particles, which go with it)
    {
      static constexpr std::string_view kParticles[] = {"von", "van", "de", "der", "den", "da", "di", "du", "dos", "del", "la", "le", "zu"};
      std::vector<std::string> units;
      std::string pending;
      for (std::size_t k = 0; k < words.size(); ++k) {
        if (k > 0 && k + 1 < words.size() && std::find(std::begin(kParticles), std::end(kParticles), words[k]) != std::end(kParticles)) {
          pending += std::string(words[k]) + " ";
          continue;
        }
        units.push_back(pending + std::string(words[k]));
        pending.clear();
      }
      const bool with_particles = units.size() < words.size();
      const auto unit_capitalised = [&](const std::string& u) { return capitalised(std::string_view(u).substr(u.rfind(' ') + 1)); };
      if (with_particles && (units.size() == 3 || units.size() == 4) && std::all_of(units.begin(), units.end(), unit_capitalised))
        for (std::size_t drop = 1; drop + 1 < units.size(); ++drop) {
          std::string rest;
          for (std::size_t k = 0; k < units.size(); ++k)
            if (k != drop) rest += (rest.empty() ? "" : " ") + units[k];
          p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, rest)));
        }
    }
    // ("Javier Moreno Salcedo" / "Javier Moreno": the given name and the first of two surnames, as the Spanish press
    // shortens them; any shorter head of a long name, not of an East Asian one, whose words are in another order)
    if (words.size() >= 3 && words.size() <= 6 && capitalised(words[0]) && capitalised(words[1]) && !is_east_asian_surname(words[0]))
      for (std::size_t n = 2; n < words.size(); ++n) {
        if (!capitalised(words[n - 1])) continue;
        std::string head;
        for (std::size_t k = 0; k < n; ++k) head += (k ? " " : "") + std::string(words[k]);
        p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, head)));
      }
    // ("João Pedro Albuquerque Vasconcelos dos Santos" / "João Vasconcelos": a long Portuguese or Spanish name, the given
    // name with any one of its surnames)
    if (words.size() >= 5 && words.size() <= 7 && capitalised(words[0]) && !is_east_asian_surname(words[0]))
      for (std::size_t k = 2; k < words.size(); ++k)
        if (capitalised(words[k]))
          p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, std::string(words[0]) + " " + std::string(words[k]))));
    // ("Turki bin Mansour bin Abdullah Al-Qahtani" / "Turki bin Mansour Al-Qahtani": an Arabic name without one of
    // its "son of" links)
    for (std::size_t k = 1; k + 2 < words.size(); ++k)
      if (words[k] == "bin" || words[k] == "bint" || words[k] == "ibn" || words[k] == "binti") {
        std::string rest;
        for (std::size_t q = 0; q < words.size(); ++q)
          if (q != k && q != k + 1) rest += (rest.empty() ? "" : " ") + std::string(words[q]);
        p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, rest)));
      }
    // ("Muhammad Idris Chaudhry" / "Idris Chaudhry": a Pakistani or Arab name without the Muhammad that opens it, as
    // its bearer and the press shorten it)
    // (or its short forms: "Md. Rafiqul Islam Chowdhury" / "Rafiqul Islam Chowdhury", and of four words without the middle
    // one too: "Rafiqul Chowdhury")
    if ((words.size() == 3 || words.size() == 4) && std::all_of(words.begin(), words.end(), capitalised) &&
        is_muhammad(name_key(fold_latin(words[0])))) {
      std::string rest;
      for (std::size_t k = 1; k < words.size(); ++k) rest += (rest.empty() ? "" : " ") + std::string(words[k]);
      p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, rest)));
      if (words.size() == 4)
        p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, std::string(words[1]) + " " + std::string(words[3]))));
    }
    // (of four, the given name and the last surname, as the Brazilian and Portuguese press shorten them: "Mariana Costa
    // Ribeiro Tavares" / "Mariana Tavares")
    if (words.size() == 4 && std::all_of(words.begin(), words.end(), capitalised))
      p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, std::string(words[0]) + " " + std::string(words[3]))));
    // ("Lim Wei Jie" / "Wei Jie Lim": a Chinese name of three words, the surname first or last)
    if (words.size() == 3 && std::all_of(words.begin(), words.end(), capitalised)) {
      const auto ordered = [&](std::size_t a, std::size_t b, std::size_t c) {
        return typed(EntityType::Person, key_of(EntityType::Person, std::string(words[a]) + " " + std::string(words[b]) + " " + std::string(words[c])));
      };
      if (is_east_asian_surname(words[0])) p.nick_keys.push_back(ordered(1, 2, 0));
      if (is_east_asian_surname(words[2])) p.nick_keys.push_back(ordered(2, 0, 1));
    }
    // ("Nguyen Minh Thu" / "Thu Nguyen": a Vietnamese name of three words, surname first, written in the
    // Western order without its middle word)
    if (words.size() == 3 && std::all_of(words.begin(), words.end(), capitalised) && is_east_asian_surname(words[0]))
      p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, std::string(words[2]) + " " + std::string(words[0]))));
    // ("Venkat Iyer" / "Venkataraghavan Iyer": a long given name, ten letters or more, cut to its first
    // five or more, as its bearer and the press shorten it; three letters at least left out)
    if (words.size() == 2 && std::all_of(words.begin(), words.end(), capitalised) && words[0].size() >= 10 &&
        std::all_of(words[0].begin(), words[0].end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }))
      for (std::size_t len = 5; len + 3 <= words[0].size(); ++len)
        p.short_keys.push_back(typed(EntityType::Person, key_of(EntityType::Person, std::string(words[0].substr(0, len)) + " " + std::string(words[1]))));
  }
  if (has_hangul(a.text)) {
    std::string vkey = variant_key(a.text);
    auto lv = s.lex_variant.find(std::make_pair(static_cast<int>(e.type), vkey));
    if (lv != s.lex_variant.end() && same_transliteration(lv->second.second, a.text)) p.lex_variant = lv->second.first;
    p.variant = typed(e.type, vkey);
  }
  int lexed = s.lexicon.lookup(a.text);
  if (lexed < 0 && base != a.text) lexed = s.lexicon.lookup(base);
  // ("Taiwan Semiconductor Manufacturing Co" for the lexicon's "... Company")
  if (lexed < 0 && base != a.text) {
    const std::string_view form = std::string_view(a.text).substr(base.size() + 1);
    if (form == "Co" || form == "Co.") lexed = s.lexicon.lookup(base + " Company");
    else if (form == "Corp" || form == "Corp.") lexed = s.lexicon.lookup(base + " Corporation");
  }
  if (lexed >= 0 && s.lexicon.entries()[static_cast<std::size_t>(lexed)].type == e.type)
    p.lexed = static_cast<std::uint32_t>(lexed);
  return p;
}

}  // namespace

Assembler::Impl::Impl(const Lexicon& l, std::shared_ptr<TextStore> t)
    : lexicon(l), texts(t ? std::move(t) : std::make_shared<MemoryTextStore>()), nlex(static_cast<std::uint32_t>(l.entries().size())) {
  for (std::uint32_t i = 0; i < nlex; ++i) {
    const LexiconEntry& e = lexicon.entries()[i];
    new_node(e.type);
    for (const Alias& a : e.names)
      if (has_hangul(a.text))
        lex_variant.emplace(std::make_pair(static_cast<int>(e.type), variant_key(a.text)), std::make_pair(i, a.text));
  }
}

void Assembler::Impl::count_name(std::uint32_t node, std::uint32_t name, std::uint32_t lang, const Pos& at) {
  std::vector<NameCount>& names = nodes[node].names;
  auto it = std::find_if(names.begin(), names.end(), [&](const NameCount& n) { return n.name == name; });
  if (it == names.end()) {
    names.push_back({name, 1, lang, at});
    return;
  }
  ++it->count;
  if (before(it->lang_pos, at)) {  // assemble() keeps the language of the last sighting
    it->lang = lang;
    it->lang_pos = at;
  }
}

void Assembler::Impl::fold(RelationAcc& into, const RelationAcc& from) {
  if (from.date != kNone) {  // merge_relation: the longer date, then the smaller
    const std::string& d = strings[from.date];
    const std::string* best = into.date == kNone ? nullptr : &strings[into.date];
    if (!best || d.size() > best->size() || (d.size() == best->size() && d < *best)) into.date = from.date;
  }
  if (from.role != kNone && (into.role == kNone || strings[from.role] < strings[into.role])) into.role = from.role;
  if (from.amount != kNone) {  // the larger (value, text); among equals the first in document order
    bool take = into.amount == kNone;
    if (!take) {
      const AmountAcc& f = amounts[from.amount];
      const AmountAcc& i = amounts[into.amount];
      const std::string& a = strings[f.text];
      const std::string& b = strings[i.text];
      take = f.value > i.value || (f.value == i.value && a > b) || (f.value == i.value && a == b && before(f.pos, i.pos));
    }
    if (take) into.amount = from.amount;
  }
  into.confidence = std::max(into.confidence, from.confidence);
}

void Assembler::Impl::add_relation(RelationAcc r, EvidenceRef e) {
  if (evidence.size() >= kNone) throw std::length_error("Assembler: over 2^32 evidence records");
  std::uint32_t& slot =
      relation_index.find(r.subject, r.object, r.type, [&](std::uint32_t i) -> const RelationAcc& { return relations[i]; });
  if (slot != kNone) {
    fold(relations[slot], r);
  } else {
    if (relations.size() >= kNone) throw std::length_error("Assembler: over 2^32 relations");
    slot = static_cast<std::uint32_t>(relations.size());
    relations.push_back(r);
    relation_index.added();
  }
  e.relation = slot;
  evidence.push_back(e);
}

void Assembler::Impl::vote_by_relations(std::unordered_map<std::uint32_t, std::array<int, 3>>& votes) {
  if (votes.empty()) return;
  constexpr int none = -1, person = static_cast<int>(EntityType::Person),
                org = static_cast<int>(EntityType::Organization), product = static_cast<int>(EntityType::Product);
  auto vote = [&](std::uint32_t node, int type) {
    if (type == none) return;
    if (auto it = votes.find(uf.find(node)); it != votes.end()) ++it->second[static_cast<std::size_t>(type)];
  };
  for (std::size_t i = 0; i < relations.size(); ++i) {
    const RelationAcc& r = relations[i];
    int subject = none, object = org;
    switch (r.type) {
      case RelationType::Left:
      case RelationType::Joined:
      case RelationType::WorksFor: subject = person; break;
      case RelationType::SubsidiaryOf:
      case RelationType::PartneredWith: subject = org; break;
      case RelationType::Acquired: subject = org, object = none; break;
      case RelationType::Developed: object = product; break;
      case RelationType::Founded:
      case RelationType::Invested: break;
    }
    vote(r.subject, subject);
    vote(r.object, object);
  }
}

void Assembler::Impl::release() {
  std::vector<DocInfo>().swap(docs);
  std::vector<std::uint32_t>().swap(doc_of);
  adopted.clear();
  strings.clear();
  std::vector<std::uint32_t>().swap(uf.parent);
  std::vector<Node>().swap(nodes);
  std::unordered_map<std::string, KeyNode>().swap(by_key);
  by_short.clear();
  by_spelling.clear();
  by_variant.clear();
  relations.clear();
  relation_index.clear();
  evidence.clear();
  std::vector<AmountAcc>().swap(amounts);
}

Assembler::Assembler(const Lexicon& lexicon, std::shared_ptr<TextStore> texts)
    : impl_(std::make_unique<Impl>(lexicon, std::move(texts))) {}
Assembler::~Assembler() = default;

std::size_t Assembler::documents() const {
  std::lock_guard lock(impl_->mu);
  return impl_->docs.size();
}

void Assembler::adopt_source(const std::string& doc_id, const std::string& source) {
  std::lock_guard lock(impl_->mu);
  auto [it, added] = impl_->adopted.emplace(doc_id, source);
  if (!added && source < it->second) it->second = source;
}

bool Assembler::add(const DocExtraction& d) {
  Impl& s = *impl_;
  std::vector<std::vector<AliasPlan>> plans(d.entities.size());
  for (std::size_t i = 0; i < d.entities.size(); ++i)
    for (const Alias& a : d.entities[i].names) plans[i].push_back(plan_alias(s, d.entities[i], a));

  // The distinct evidence sentences of the document in text order: their ranks order its
  // evidence as the texts would (finish() sorts by rank, not by reading texts back).
  const auto nent = static_cast<int>(d.entities.size());
  auto usable = [&](const LocalRelation& lr) {
    return lr.subject >= 0 && lr.object >= 0 && lr.subject < nent && lr.object < nent;
  };
  std::vector<std::string_view> sentences;
  for (const LocalRelation& lr : d.relations)
    if (usable(lr)) sentences.push_back(lr.evidence.sentence.view());
  std::sort(sentences.begin(), sentences.end());
  sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
  auto rank_of = [&](std::string_view sentence) {
    return static_cast<std::uint32_t>(std::lower_bound(sentences.begin(), sentences.end(), sentence) - sentences.begin());
  };

  std::lock_guard lock(s.mu);
  const auto doc = static_cast<std::uint32_t>(s.docs.size());
  const std::uint32_t id = s.strings.intern(d.doc_id);
  if (s.doc_of.size() <= id) s.doc_of.resize(std::max<std::size_t>(id + 1, s.doc_of.size() * 3 / 2), kNone);
  if (s.doc_of[id] != kNone) return false;
  s.doc_of[id] = doc;
  std::vector<TextRef> stored;  // by rank
  stored.reserve(sentences.size());
  for (std::string_view sentence : sentences) stored.push_back(s.texts->append(sentence));
  s.docs.push_back({id, s.strings.intern(d.source)});

  // Each local entity gets one node of its own: its lexicon entry, the node of its first
  // joinable name (the others are united with it), or a new lone node.
  std::vector<std::uint32_t> own(d.entities.size());
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const LocalEntity& e = d.entities[i];
    std::uint32_t node = kNone;
    if (e.lexicon >= 0 && static_cast<std::uint32_t>(e.lexicon) < s.nlex) {
      node = static_cast<std::uint32_t>(e.lexicon);
      // a name the document gives a lexicon entry ("Preferred Networks (PFN)") is that entry's in
      // every document ("PFN은" elsewhere)
      for (const AliasPlan& p : plans[i]) {
        if (p.key.empty() || p.lexed != kNone || s.nodes[node].type != e.type) continue;
        auto [it, added] = s.by_key.emplace(p.key, Impl::KeyNode{});
        if (added) it->second.node = s.new_node(e.type);
        s.uf.unite(node, it->second.node);
      }
    } else {
      for (std::size_t k = 0; k < plans[i].size(); ++k) {
        const AliasPlan& p = plans[i][k];
        if (p.key.empty()) continue;
        auto [it, added] = s.by_key.emplace(p.key, Impl::KeyNode{});
        if (added) it->second.node = s.new_node(e.type);
        if (e.names[k].text.find(' ') != std::string::npos) it->second.spaced = true;
        const std::uint32_t key_node = it->second.node;
        if (node == kNone) node = key_node;
        s.uf.unite(node, key_node);
        // (the name the other way round, seen before or after: whichever comes second finds the first)
        if (const auto sw = p.swapped.empty() ? s.by_key.end() : s.by_key.find(p.swapped); sw != s.by_key.end())
          s.uf.unite(node, sw->second.node);
        // (the name with its umlauts written out: a key of its own, which the other spelling has)
        if (!p.german.empty()) {
          auto [gt, gadded] = s.by_key.emplace(p.german, Impl::KeyNode{});
          if (gadded) gt->second.node = s.new_node(e.type);
          s.uf.unite(node, gt->second.node);
        }
        // (a given name one letter off, in either document: "Itzhak Shaked" / "Yitzhak Shaked")
        for (const std::string& sk : p.spellings)
          if (const auto [st, sadded] = s.by_spelling.emplace(sk, node); !sadded) s.uf.unite(node, st->second);
        // (a given name's other form, likewise: "Josh Kushner" / "Joshua Kushner")
        for (const std::string& nk : p.nick_keys)
          if (const auto nt = s.by_key.find(nk); nt != s.by_key.end()) s.uf.unite(node, nt->second.node);
        // (a middle name left out, likewise: the two-word name finds the three-word ones and the other way)
        for (const std::string& short_key : p.short_keys) {
          if (const auto sh = s.by_key.find(short_key); sh != s.by_key.end()) s.uf.unite(node, sh->second.node);
          s.by_short[short_key].push_back(node);
        }
        if (e.type == EntityType::Person)
          if (const auto sh = s.by_short.find(p.key); sh != s.by_short.end())
            for (std::uint32_t other : sh->second) s.uf.unite(node, other);
        if (p.lex_variant != kNone) s.uf.unite(node, p.lex_variant);
        if (!p.variant.empty()) {
          const Pos at{doc, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k)};
          auto& seen = s.by_variant[p.variant];
          auto [vt, vadded] = seen.emplace(s.strings.intern(e.names[k].text), std::make_pair(at, key_node));
          if (!vadded && s.before(at, vt->second.first)) vt->second.first = at;
        }
        if (p.lexed != kNone) s.uf.unite(node, p.lexed);
      }
      if (node == kNone) node = s.new_node(e.type);
    }
    own[i] = node;
    const Pos at{doc, static_cast<std::uint32_t>(i), 0};
    Node& n = s.nodes[node];
    if (n.first.doc == kNone || s.before(at, n.first)) n.first = at;
    for (std::size_t k = 0; k < e.names.size(); ++k)
      s.count_name(node, s.strings.intern(e.names[k].text), s.strings.intern(e.names[k].lang),
                   {doc, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k)});
  }

  for (std::size_t j = 0; j < d.relations.size(); ++j) {
    const LocalRelation& lr = d.relations[j];
    if (!usable(lr)) continue;
    RelationAcc r;
    r.subject = own[static_cast<std::size_t>(lr.subject)];
    r.object = own[static_cast<std::size_t>(lr.object)];
    r.type = lr.type;
    r.date = lr.date.empty() ? kNone : s.strings.intern(lr.date);
    r.role = lr.role.empty() ? kNone : s.strings.intern(lr.role);
    if (lr.amount) {
      r.amount = static_cast<std::uint32_t>(s.amounts.size());
      s.amounts.push_back({lr.amount->value, s.strings.intern(lr.amount->text), s.strings.intern(lr.amount->currency),
                           {doc, static_cast<std::uint32_t>(j), 0}});
    }
    r.confidence = lr.confidence;
    const Evidence& ev = lr.evidence;
    const std::uint32_t rank = rank_of(ev.sentence.view());
    EvidenceRef e;
    e.offset_low = static_cast<std::uint32_t>(stored[rank].offset);
    e.offset_high = static_cast<std::uint32_t>(stored[rank].offset >> 32);
    e.sentence_size = stored[rank].size;
    e.doc = doc;
    e.doc_id = s.strings.intern_shared(ev.doc_id);
    e.source = s.strings.intern_shared(ev.source);
    e.rule = s.strings.intern_shared(ev.rule);
    e.rank = rank;
    e.begin = offset32(ev.begin);
    e.end = offset32(ev.end);
    s.add_relation(r, e);
  }
  return true;
}

std::vector<std::string_view> other_given_name_forms(std::string_view first) {
  std::vector<std::string_view> out;
  for (const auto& [nick, formal] : kGivenNameForms) {
    if (first == nick) out.push_back(formal);
    if (first == formal) out.push_back(nick);
  }
  return out;
}

}  // namespace inmaek::extract
