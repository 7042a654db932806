// Open-world discovery of names in English sentences: capitalised sequences, typed by their
// shape (Inc., Labs, AI ...) and by the words around them (titles, type nouns, verbs).
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "extract/cross_lingual_internal.h"  // fold_latin
#include "extract/english_words.h"
#include "extract/extractor_internal.h"
#include "extract/short_names_internal.h"

namespace inmaek::extract {
namespace {

using namespace en;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// True when w starts with a capital letter, ASCII or Latin with a diacritic ("Øverby", "Émilie",
// "Łukasz": U+00C0-U+00DE, and the even code points of Latin Extended-A).
bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  if (is_upper(w[0])) return true;
  const auto b0 = static_cast<unsigned char>(w[0]);
  // (Latin Extended Additional, where a capital is the even code point: "Ọ̀rọ̀ AI", "Ṣówùnmí", "Đặng")
  if (w.size() >= 3 && b0 == 0xE1 && static_cast<unsigned char>(w[1]) >= 0xB8 && static_cast<unsigned char>(w[1]) <= 0xBB) {
    const char32_t cp = (0x1u << 12) | ((static_cast<unsigned char>(w[1]) & 0x3Fu) << 6) | (static_cast<unsigned char>(w[2]) & 0x3Fu);
    return cp % 2 == 0 && !(cp >= 0x1E96 && cp <= 0x1E9F);
  }
  // (Latin Extended-B from Ȁ, where a capital is the even code point: Romanian "Ștefănescu", "Țiriac")
  if (w.size() >= 2 && b0 == 0xC8) {
    const char32_t cp = 0x200u | (static_cast<unsigned char>(w[1]) & 0x3Fu);
    return cp % 2 == 0 && cp <= 0x232;
  }
  if (w.size() < 2 || b0 < 0xC3 || b0 > 0xC5) return false;
  const char32_t cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(w[1]) & 0x3Fu);
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  // (Latin Extended-A pairs a capital with its small letter, the capital first: even from Ā to ķ, odd from Ĺ to ň ("Łódź"),
  // even again from Ŋ to ŷ, odd from Ź to ž ("Żółkiewski", "Žižka"); Ÿ alone)
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  return cp == 0x178 || (cp >= 0x179 && cp <= 0x17E && cp % 2 == 1);
}

// A word that can be part of a name: starts with a capital (or is a digit-bearing product
// suffix such as "3" or "2.5"), holds letters, digits, hyphens, apostrophes, dots, or UTF-8.
bool name_shaped(std::string_view w) {
  if (w.empty()) return false;
  if (!starts_upper(w)) return false;
  for (char c : w) {
    const auto u = static_cast<unsigned char>(c);
    if (!(u >= 0x80 || (c >= 'a' && c <= 'z') || is_upper(c) || (c >= '0' && c <= '9') || c == '-' || c == '\'' ||
          c == '.' || c == '&'))
      return false;
  }
  return true;
}

// The text between token k - 1 and token k (punctuation, spaces, bullets), k >= 1.
std::string_view gap_before(const std::vector<Token>& t, int k) {
  const std::string_view a = t[static_cast<std::size_t>(k - 1)].text, b = t[static_cast<std::size_t>(k)].text;
  return std::string_view(a.data() + a.size(), static_cast<std::size_t>(b.data() - (a.data() + a.size())));
}

// Words before token i (skipping up to `skip` determiners/adjectives) announce type `pred`.
template <class Pred>
bool before_is(const std::vector<Token>& t, int i, int skip, Pred pred) {
  for (int k = i - 1; k >= 0 && k >= i - 1 - skip; --k) {
    std::string_view w = t[static_cast<std::size_t>(k)].text;
    // '"... someone else's model": Ana Lopes on ...': a closing quote or bracket ends the phrase
    if (t[static_cast<std::size_t>(k)].close_after) return false;
    // ("unveil the company's first model; Hana Kobayashi appointed ...": a semicolon ends it too; a
    // colon introduces the name: "The product: Gaon 2.0")
    if (gap_before(t, k + 1).find(';') != std::string_view::npos) return false;
    // ('"Most founders pitch you the model. Noa pitched me the rotation"': so does a sentence's end inside a quotation,
    // which is one sentence to the splitter)
    if (const std::string_view gap = gap_before(t, k + 1); gap.find(". ") != std::string_view::npos || gap.find("? ") != std::string_view::npos ||
                                                           gap.find("! ") != std::string_view::npos)
      return false;
    // (a name's last word before its apposition is no noun of it: "Grob Aircraft, the Bavarian maker")
    // (but "Google's seventh-generation TPU, Ironwood")
    if (pred(w) && !(t[static_cast<std::size_t>(k)].comma_after && !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && k >= 1 &&
                     starts_upper(t[static_cast<std::size_t>(k - 1)].text)))
      return true;
    if (t[static_cast<std::size_t>(k)].comma_after || !is_determiner(w)) {
      if (k == i - 1 && w.find('-') != std::string_view::npos) continue;  // "Toronto-based"
      return false;
    }
  }
  return false;
}

// "Kestrel, the company's coding assistant", "Tide, its first product", "Pallas, Quorra Labs' image
// generator": from token k, a possessor (its, their, the company's, a capitalised possessive of up to
// three words), up to three describing words ("coding", "AI", "open-weight") and a product noun.
bool possessive_product_after(const std::vector<Token>& t, int k) {
  const int n = static_cast<int>(t.size());
  auto low = [&](int i) { return i < n ? lower(t[static_cast<std::size_t>(i)].text) : std::string(); };
  auto possessive = [&](int i) { return i < n && strip_possessive(t[static_cast<std::size_t>(i)].text).size() != t[static_cast<std::size_t>(i)].text.size(); };
  int q = k;
  if (low(q) == "its" || low(q) == "their" || low(q) == "our") {
    ++q;
  } else if (low(q) == "the" && possessive(q + 1) && !t[static_cast<std::size_t>(q)].comma_after) {
    q += 2;
  } else {
    int e = q;
    while (e < n && e < q + 3 && starts_upper(t[static_cast<std::size_t>(e)].text) && !possessive(e) && !t[static_cast<std::size_t>(e)].comma_after) ++e;
    if (e >= n || !starts_upper(t[static_cast<std::size_t>(e)].text) || !possessive(e)) return false;
    q = e + 1;
  }
  for (int steps = 0; q < n && steps < 4; ++q, ++steps) {
    const std::string w = low(q);
    // "Samsung's software engineer", "Naver's cloud platform lead": a person's title, no product
    if (is_title_word(w)) return false;
    // (not "Omnicom's flagship agency": a flagship of a kind of organisation)
    if (w == "flagship" && is_org_noun(low(q + 1))) return false;
    if (is_product_noun(w) || w == "product") return !(q + 1 < n && is_title_word(low(q + 1)));
    // ("the company's family of models")
    if (is_any(w, {"family", "series", "line"}) && low(q + 1) == "of" && is_product_noun(low(q + 2))) return true;
    const std::string_view raw = t[static_cast<std::size_t>(q)].text;
    const bool plain = !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z' && !is_any(w, {"and", "of", "who", "which", "that", "is", "was", "said"});
    // ("WPP's AI-powered marketing system")
    if (t[static_cast<std::size_t>(q)].comma_after || !(plain || w == "ai" || w == "genai" || w.starts_with("ai-"))) return false;
  }
  return false;
}

// "1.5", "3.3", "8B", "4o": a version or size after a model name.
bool is_version_word(std::string_view w) {
  w = strip_possessive(w);
  // a letter and a number: "Kimi K2", "Hunyuan T1"
  if (w.size() >= 2 && w.size() <= 4 && w[0] >= 'A' && w[0] <= 'Z' &&
      std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return true;
  if (w.empty() || w.size() > 5 || !(w[0] >= '0' && w[0] <= '9')) return false;
  for (char c : w)
    if (!((c >= '0' && c <= '9') || c == '.' || c == 'B' || c == 'b' || c == 'o')) return false;
  return w.back() != '.';
}

// Capitalised tier names of model families: "Flash", "Pro", "Small", "Sonnet".
bool is_tier_word(std::string_view w) {
  w = strip_possessive(w);
  static constexpr std::string_view kTiers[] = {"Pro", "Flash", "Mini", "Ultra", "Nano", "Small", "Medium", "Large", "Turbo",
                                                "Max", "Lite", "Sonnet", "Opus", "Haiku", "Instruct"};
  for (std::string_view x : kTiers)
    if (w == x) return true;
  return false;
}

// One word of letters and digits mixed, as model names are ("R1", "GR00T", "o3"), but not a
// quarter or half year ("Q3", "H1", "FY2025").
bool is_model_code(std::string_view w) {
  w = strip_possessive(w);
  bool letter = false, digit = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letter = true;
    else if (c >= '0' && c <= '9') digit = true;
    // ("q-1.5": a point between digits)
    else if (c == '.' && i >= 1 && i + 1 < w.size() && w[i - 1] >= '0' && w[i - 1] <= '9' && w[i + 1] >= '0' && w[i + 1] <= '9') continue;
    else if (c != '-') return false;
  }
  if (!letter || !digit || w.size() < 2) return false;
  if (w.size() == 2 && (w[0] == 'Q' || w[0] == 'H')) return false;
  if (w.substr(0, 2) == "FY") return false;
  // (an amount written with its currency's code: "CHF62 billion", "SGD40m", "HKD1.2bn")
  if (w.size() > 3 && w[3] >= '0' && w[3] <= '9')
    for (std::string_view code : {"USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "SGD", "HKD", "AUD", "CAD", "NZD", "INR", "KRW", "SEK", "NOK",
                                  "DKK", "BRL", "MXN", "ZAR", "AED", "SAR", "QAR", "TRY", "IDR", "MYR", "THB", "VND", "PHP", "PLN", "CZK",
                                  "HUF", "ILS", "NGN", "KES", "EGP", "TWD"})
      if (w.substr(0, 3) == code) return false;
  return true;
}

// A word in capitals, hyphens allowed: "REYES", "JI-WON".
bool in_capitals(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; });
}

// A name written in capitals as a roster or a speaker's label writes it, in title case: "PARK JI-WON" is
// "Park Ji-Won" (words with a lower-case letter stay as they are).
std::string from_capitals(std::string_view name) {
  std::string out(name);
  std::size_t word = 0;
  for (std::size_t q = 0; q <= out.size(); ++q) {
    if (q < out.size() && out[q] != ' ') continue;
    const std::string_view w = std::string_view(out).substr(word, q - word);
    if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      for (std::size_t k = word + 1; k < q; ++k)
        if (out[k] >= 'A' && out[k] <= 'Z' && out[k - 1] != '-') out[k] = static_cast<char>(out[k] - 'A' + 'a');
    word = q + 1;
  }
  return out;
}

// A post only a person holds (lower case): a title word, not a company's role too ("partner", "investor", "lead",
// "developer") nor a group of people ("employees", "alumni").
bool person_only_post(std::string_view w) {
  return is_title_word(w) && !is_any(w, {"partner", "partners", "investor", "investors", "backer", "backers", "shareholder", "shareholders", "member",
                                         "developer", "lead", "leads", "leader", "alumni", "alumnus", "colleague", "colleagues", "employee", "employees"});
}

// A particle inside a person's or a place's name: "Sheikh Tahnoun bin Zayed", "Joost van den Berg".
bool is_name_particle(std::string_view w) {
  // (and the Catalan and Spanish "and" between two surnames: "Jordi Puig i Ferrer", "José Ortega y Gasset")
  return is_any(w, {"bin", "bint", "binti", "ibn", "al", "el", "de", "van", "von", "der", "den", "da", "del", "di", "du", "dos", "das", "la", "le",
                    "i", "y"});
}

// "al-Rashid", "el-Sayed", "ash-Shami": an Arabic surname after its article, joined by a hyphen, in lower case.
bool is_arabic_article_surname(std::string_view w) {
  const std::size_t h = w.find('-');
  return h >= 2 && h <= 3 && h + 2 < w.size() && is_any(w.substr(0, h), {"al", "el", "ad", "ash", "as", "at", "ar", "an", "az", "ul"}) &&
         w[0] >= 'a' && w[0] <= 'z' && is_upper(w[h + 1]);
}

// Where the name of this sentence's person candidate `c` ends, from token k on: the token of its last word, or -1.
int name_ends_at(const std::vector<Token>& t, int k, const std::string& name) {
  const int n = static_cast<int>(t.size());
  std::string run;
  for (int e = k; e < n && e < k + 4; ++e) {
    if (!run.empty()) run += ' ';
    run += strip_possessive(t[static_cast<std::size_t>(e)].text);
    if (run == name) return e;
    if (run.size() >= name.size()) break;
  }
  return -1;
}

// "Daniel Cho, whose Korean name is Cho Dae-hyun", "Sarah Han (Han Seo-jin)": a person's other name,
// given after a "whose … name is" or in parentheses sharing a word with the name (the surname), is
// another name of that person: the later candidate takes the first as its other name.
void other_names_of_people(const std::vector<Token>& t, std::size_t sentence_first, std::vector<Candidate>& out) {
  const int n = static_cast<int>(t.size());
  auto person_at = [&](int k) -> Candidate* {
    for (std::size_t c = sentence_first; c < out.size(); ++c)
      if (out[c].type == EntityType::Person && out[c].also.empty() && name_ends_at(t, k, out[c].name) >= 0) return &out[c];
    return nullptr;
  };
  auto words_of = [](const std::string& name) {
    std::vector<std::string> w;
    for (std::size_t b = 0; b < name.size();) {
      const std::size_t e = std::min(name.find(' ', b), name.size());
      std::string x = lower(name.substr(b, e - b));
      std::erase(x, '-');
      w.push_back(std::move(x));
      b = e + 1;
    }
    return w;
  };
  for (int k = 0; k < n; ++k) {
    const Candidate* first = nullptr;
    int last = -1;
    for (std::size_t c = sentence_first; c < out.size() && last < 0; ++c)
      if (out[c].type == EntityType::Person) last = name_ends_at(t, k, (first = &out[c])->name);
    if (last < 0) continue;
    const std::string first_name = first->name;
    int other = -1;
    // ", whose Korean name is Y"
    if (t[static_cast<std::size_t>(last)].comma_after && last + 4 < n && lower(t[static_cast<std::size_t>(last + 1)].text) == "whose")
      for (int q = last + 2; q + 2 < n && q <= last + 4; ++q)
        if (lower(t[static_cast<std::size_t>(q)].text) == "name" && is_any(t[static_cast<std::size_t>(q + 1)].text, {"is", "was"})) {
          other = q + 2;
          break;
        }
    // "X (Y)", sharing a word
    const bool in_parens = last + 2 < n && t[static_cast<std::size_t>(last + 1)].paren_open_before && !t[static_cast<std::size_t>(last)].comma_after;
    if (other < 0 && in_parens) other = last + 1;
    // "Grace Seo - Seo Ji-hye on her Korean business card -", "Grace Seo — Seo Ji-hye": after a dash, sharing a word
    const bool after_dash = other < 0 && !t[static_cast<std::size_t>(last)].comma_after &&
                            (t[static_cast<std::size_t>(last)].dash_after || (last + 2 < n && t[static_cast<std::size_t>(last + 1)].text == "-"));
    if (after_dash) other = t[static_cast<std::size_t>(last)].dash_after ? last + 1 : last + 2;
    if (other < 0 || other >= n) continue;
    Candidate* second = person_at(other);
    if (!second || second == first || second->name == first_name) continue;
    if ((in_parens && other == last + 1) || after_dash) {
      const int end = name_ends_at(t, other, second->name);
      bool shared = false;
      for (const std::string& a : words_of(first_name))
        for (const std::string& b : words_of(second->name)) shared = shared || (a == b && a.size() >= 2);
      // (after a dash, the surname ending the first opens the second, as a Korean name is written: not a
      // list, "Jiwon Kim — Minsu Kim")
      if (after_dash) shared = words_of(first_name).back() == words_of(second->name).front();
      if (end < 0 || !shared || (!after_dash && !t[static_cast<std::size_t>(end)].close_after)) continue;
    }
    second->also = first_name;
  }
}

// A hiring verb a few words before token i: "hired away X from [Quill Insurance]".
bool hired_before(const std::vector<Token>& t, int i) {
  for (int k = i - 2; k >= 0 && k >= i - 7; --k)
    if (is_any(t[static_cast<std::size_t>(k)].text, {"hired", "poached", "recruited", "lured", "joined", "joins", "moved", "defected"}))
      return true;
  return false;
}

// A subsidiary noun in the few words from token i, in the same clause: "is now a subsidiary of",
// "operates as a Heliotrope unit", "became a wholly owned division of".
bool part_of_after(const std::vector<Token>& t, int i) {
  for (int k = i; k < static_cast<int>(t.size()) && k <= i + 7; ++k) {
    if (is_any(t[static_cast<std::size_t>(k)].text, {"subsidiary", "unit", "division", "affiliate"})) return true;
    if (t[static_cast<std::size_t>(k)].comma_after) return false;
  }
  return false;
}

// A name ending in the word "AI".
bool last_word_is_ai(const std::string& name) { return name.size() > 3 && name.compare(name.size() - 3, 3, " AI") == 0; }

// A country or a region a company's arm is named after: "Anduril UK", "Kakao Japan", "Google Research Africa".
bool is_arm_place(std::string_view w) {
  return is_any(w, {"uk", "japan", "india", "korea", "germany", "france", "australia", "canada", "singapore", "europe", "asia", "africa",
                    "china", "israel", "brazil", "mexico", "ireland", "indonesia", "vietnam", "taiwan", "emea", "apac", "latam",
                    "malaysia", "philippines", "thailand", "spain", "italy", "netherlands", "poland", "turkey", "nigeria", "kenya",
                    "egypt", "uae", "americas", "polska", "deutschland", "españa", "italia", "nederland", "brasil", "méxico", "türkiye"});
}

// An armed force's last word: "Indian Air Force", "U.S. Army", "Royal Navy".
bool is_force_word(std::string_view w) { return is_any(strip_possessive(w), {"army", "navy", "force", "forces", "corps", "marines"}); }

// The first token of the name of up to three words that ends at token `end` ("Vantora Cloud" before "(VNTR)"):
// not past a comma, a closing bracket, a dash or a stop word, nor (with `lex`) a word of a lexicon name.
int name_run_start(const std::vector<Token>& t, int end, const std::vector<bool>* lex) {
  int a = end;
  while (a >= 1 && a > end - 3 && name_shaped(t[static_cast<std::size_t>(a - 1)].text) && !(lex && (*lex)[static_cast<std::size_t>(a - 1)]) &&
         !t[static_cast<std::size_t>(a - 1)].comma_after && !t[static_cast<std::size_t>(a - 1)].close_after &&
         !t[static_cast<std::size_t>(a - 1)].dash_after && !is_stop_word(lower(t[static_cast<std::size_t>(a - 1)].text)))
    --a;
  return a;
}

// Tokens a..b as one name, possessive endings dropped: "Gemini 2.0 Flash".
std::string joined_words(const std::vector<Token>& t, int a, int b) {
  std::string name;
  for (int k = a; k <= b; ++k) {
    if (!name.empty()) name += ' ';
    name += strip_possessive(t[static_cast<std::size_t>(k)].text);
  }
  return name;
}

}  // namespace

void discover_en(const Sentence& s, const std::vector<bool>& lex_token, const std::vector<bool>& lex_org, std::vector<Candidate>& out,
                 std::size_t previous_first) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const std::size_t sentence_first = out.size();  // this sentence's first candidate
  // Headlines in title case name everything with a capital: skip them.
  int caps = 0;
  for (const Token& tok : t)
    if (is_upper(tok.text[0])) ++caps;
  const std::string_view tail = t.back().text;
  const char* end = tail.data() + tail.size();
  // (past a closing bracket or quote: "... and High-Tech Gründerfonds (HTGF).")
  while (*end == ')' || *end == ']' || *end == '"') ++end;
  const char after = *end;  // the sentence's final mark, if any (norm is NUL-terminated)
  const bool final_mark = after == '.' || after == '!' || after == '?' || after == '"' || after == '\'';
  // (a byline is no headline: "Posted by Ada Kovalenko, Co-founder & CEO")
  bool byline = lower(t[0].text) == "by" || (n >= 2 && is_any(t[0].text, {"posted", "written"}) && lower(t[1].text) == "by");
  bool roster = false;
  // a panel's roster or a speaker's line: "PARK JI-WON, Head of Foundation Models, Naver Cloud",
  // "MODERATOR: Grace Okonkwo-Lim, Partner, Tanjong Ridge Ventures": a name, a post, an organisation
  {
    int f = 0;
    // ("Moderator: Gabriela Reyes, managing partner, Cenote Capital": a role's label in title case too)
    if (n >= 2 && *(t[0].text.data() + t[0].text.size()) == ':' &&
        (std::all_of(t[0].text.begin(), t[0].text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ||
         is_any(lower(t[0].text), {"moderator", "host", "interviewer", "panelist", "panellist", "speaker", "chair"})))
      f = 1;
    // ("Dr Nomvula Dlamini — …": the honorific is no part of the name)
    if (f + 1 < n && honorific_gender(t[static_cast<std::size_t>(f)].text) != 0) ++f;
    // ("Tobenna Eze — chief executive, Harmattan Analytics (Lagos)": a podcast's guest, a dash after the name)
    const auto after_name = [&](int k) { return t[static_cast<std::size_t>(k)].comma_after || t[static_cast<std::size_t>(k)].dash_after; };
    int c = f;
    while (c < n && c < f + 3 && !after_name(c) && name_shaped(t[static_cast<std::size_t>(c)].text)) ++c;
    const bool name_words = c < n && c > f && c <= f + 2 && name_shaped(t[static_cast<std::size_t>(c)].text) && after_name(c) &&
                            !lex_token[static_cast<std::size_t>(c)];
    bool org_after = false;
    if (name_words && c + 2 < n && (is_title_word(lower(t[static_cast<std::size_t>(c + 1)].text)) ||
                                    is_title_filler(lower(t[static_cast<std::size_t>(c + 1)].text)))) {
      for (int q = c + 1; q + 1 < n && q <= c + 6; ++q)
        if (t[static_cast<std::size_t>(q)].comma_after) {
          org_after = name_shaped(t[static_cast<std::size_t>(q + 1)].text);
          // (the organisation's words up to the end or a place in parentheses, when the dash set the name apart)
          // (no title's field: "Vice President, Investor Relations"; without the legal form: "… Private Limited")
          int e = q + 1;
          bool field = false;
          bool known = true;  // (a name the lexicon knows whole needs no candidate: "Naver Cloud")
          while (e < n && !t[static_cast<std::size_t>(e)].paren_open_before && name_shaped(t[static_cast<std::size_t>(e)].text)) {
            field = field || is_title_filler(lower(t[static_cast<std::size_t>(e)].text)) || is_title_word(lower(t[static_cast<std::size_t>(e)].text));
            known = known && lex_token[static_cast<std::size_t>(e)];
            ++e;
          }
          const bool ends = e == n || t[static_cast<std::size_t>(e)].paren_open_before;
          int name_end = e;
          while (name_end > q + 2 && (is_legal_form_word(lower(t[static_cast<std::size_t>(name_end - 1)].text)) ||
                                      lower(t[static_cast<std::size_t>(name_end - 1)].text) == "private"))
            --name_end;
          // (or a roster's line without a final mark: "Moderator: Amara Okonkwo, Partner, Bluepeak Ventures Korea")
          // (nor a region a post covers: "President, Americas")
          const bool region = e == q + 2 && (is_stop_word(lower(t[static_cast<std::size_t>(q + 1)].text)) ||
                                             is_place(std::string(t[static_cast<std::size_t>(q + 1)].text)) ||
                                             is_any(lower(t[static_cast<std::size_t>(q + 1)].text), {"emea", "apac", "latam", "mena"}));
          if (org_after && (t[static_cast<std::size_t>(c)].dash_after || !final_mark) && e > q + 1 && ends && !field && !known && !region &&
              !t[static_cast<std::size_t>(e - 1)].comma_after) {
            std::string org;
            for (int k = q + 1; k < name_end; ++k) org += (org.empty() ? "" : " ") + std::string(t[static_cast<std::size_t>(k)].text);
            out.push_back({org, EntityType::Organization, {}});
          }
          break;
        }
    }
    if (org_after && !final_mark) {
      std::string name;
      for (int k = f; k <= c; ++k) name += (name.empty() ? "" : " ") + std::string(t[static_cast<std::size_t>(k)].text);
      out.push_back({from_capitals(name), EntityType::Person, {}});  // (as a roster writes it: "PARK JI-WON")
      roster = true;
    }
  }
  // a press release's contact: "Harriet Lowe, Cisco Corporate Communications, press@cisco.example" (a name, an
  // organisation or its office, an e-mail address)
  if (n >= 4 && n <= 12 && std::any_of(t.begin(), t.end(), [](const Token& x) { return x.text.find('@') != std::string_view::npos; })) {
    int c = 0;
    while (c < n && c < 3 && name_shaped(t[static_cast<std::size_t>(c)].text) && !t[static_cast<std::size_t>(c)].comma_after &&
           !lex_token[static_cast<std::size_t>(c)])
      ++c;
    if (c >= 1 && c < 3 && c + 1 < n && name_shaped(t[static_cast<std::size_t>(c)].text) && t[static_cast<std::size_t>(c)].comma_after &&
        !lex_token[static_cast<std::size_t>(c)] && !is_title_word(lower(t[static_cast<std::size_t>(c)].text)) &&
        name_shaped(t[static_cast<std::size_t>(c + 1)].text))
      out.push_back({joined_words(t, 0, c), EntityType::Person, {}});
    // ("Meridian Hyperscale: Julie Paquette, media@meridian.example": the company, a colon, the contact and the address)
    for (int k = 1; k + 2 < n && k <= 4; ++k) {
      if (gap_before(t, k).find(':') == std::string_view::npos) continue;
      int e = k;
      while (e < n && e < k + 3 && name_shaped(t[static_cast<std::size_t>(e)].text) && !t[static_cast<std::size_t>(e)].comma_after &&
             !lex_token[static_cast<std::size_t>(e)])
        ++e;
      if (e > k && e < k + 3 && e + 1 < n && name_shaped(t[static_cast<std::size_t>(e)].text) && t[static_cast<std::size_t>(e)].comma_after &&
          !lex_token[static_cast<std::size_t>(e)] && !is_title_word(lower(t[static_cast<std::size_t>(e)].text)) &&
          !is_org_suffix(lower(t[static_cast<std::size_t>(e)].text)) && t[static_cast<std::size_t>(e + 1)].text.find('@') != std::string_view::npos &&
          // (not an office: "UCT Media Office", "Press Desk")
          std::none_of(t.begin() + k, t.begin() + e + 1, [](const Token& x) {
            return (x.text.size() >= 2 && in_capitals(x.text)) || is_any(lower(x.text), {"office", "media", "press", "communications", "relations", "team", "desk", "newsroom"});
          }))
        out.push_back({joined_words(t, k, e), EntityType::Person, {}});
      break;
    }
  }
  // a signature: "Inês Albuquerque, Co-founder & CEO" (or a hiring post's heading: "Kwame Mensah — VP of Research")
  // (a lone hyphen separates too, as call transcripts list their participants: "Kenji Moriyama - Chief
  // Financial Officer", "Naomi Brandt - Hokuto Securities", the latter a name and an organisation's)
  for (int c = 1; !byline && c <= 3 && c + 1 < n && n <= 10; ++c)
    if (t[static_cast<std::size_t>(c)].comma_after || t[static_cast<std::size_t>(c)].dash_after || t[static_cast<std::size_t>(c + 1)].text == "-") {
      const bool hyphen = t[static_cast<std::size_t>(c + 1)].text == "-";
      if (hyphen && c + 2 >= n) break;
      bool titles = true;
      for (int k = c + (hyphen ? 2 : 1); k < n; ++k) titles = titles && (is_title_word(lower(t[static_cast<std::size_t>(k)].text)) ||
                                                          is_title_filler(lower(t[static_cast<std::size_t>(k)].text)) ||
                                                          t[static_cast<std::size_t>(k)].text == "&" ||
                                                          // a profile's degree of connection: "Aditi Varanasi • 1st"
                                                          (c + 2 == n && is_any(t[static_cast<std::size_t>(k)].text, {"1st", "2nd", "3rd", "3rd+"})));
      // (or a profile's header, a bullet and a title at a company: "Tomoko Arai • Co-founder at Kintsugi Labs", "Sinéad
      // Walsh · Partner at Frontline Ventures")
      const std::string_view between = gap_before(t, c + 1);
      const bool bullet = between.find("\xE2\x80\xA2") != std::string_view::npos || between.find("\xC2\xB7") != std::string_view::npos;
      // ("• Research Scientist at ...": a title after a filler word)
      byline = titles || (bullet && (is_title_word(lower(t[static_cast<std::size_t>(c + 1)].text)) ||
                                     (c + 2 < n && is_title_filler(lower(t[static_cast<std::size_t>(c + 1)].text)) &&
                                      is_title_word(lower(t[static_cast<std::size_t>(c + 2)].text)))));
      if (hyphen && !byline) {  // ("Naomi Brandt - Hokuto Securities": an organisation's name after the hyphen)
        bool named = true;
        for (int k = c + 2; k < n; ++k) named = named && (name_shaped(t[static_cast<std::size_t>(k)].text) || t[static_cast<std::size_t>(k)].text == "&");
        byline = named && (is_org_suffix(lower(strip_possessive(t[static_cast<std::size_t>(n - 1)].text))) || lex_token[static_cast<std::size_t>(n - 1)]);
      }
      break;
    }
  // (a labelled line of a fact sheet is no headline: "Chief Technology Officer: Ryo Ishikawa")
  bool label_line = false;
  for (int c = 0; c + 2 < n && c < 5; ++c) {
    const std::string w = lower(t[static_cast<std::size_t>(c)].text);
    if (!(is_title_word(w) || is_title_filler(w) || w == "representative" || w == "&")) break;
    if (*(t[static_cast<std::size_t>(c)].text.data() + t[static_cast<std::size_t>(c)].text.size()) == ':') {
      label_line = is_title_word(w) || w == "representative";
      break;
    }
  }
  // (nor a photo's caption, which names everyone in capitals: "[Photo: Evergreen CEO Yoon Seo-jin and Faisal bin Nasser
  // Al-Harbi of the Najd Future Energy Fund ...]", "Photo caption: ...", "Caption: ...")
  if (n >= 3 && is_any(lower(t[0].text), {"photo", "picture", "caption", "pictured", "image", "photograph"}) &&
      (*(t[0].text.data() + t[0].text.size()) == ':' || (lower(t[1].text) == "caption" && *(t[1].text.data() + t[1].text.size()) == ':')))
    label_line = true;
  // A deal sheet's heading, "■ BITGARAM AI (Seoul) | ₩85bn Series B": the company in capitals before a
  // bracket, a bar or a dash, on a line about a round (named as the text spells it in title case)
  if (!final_mark && n >= 3) {
    int e = 0;
    auto all_caps = [](std::string_view w) {
      return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&'; }) &&
             w[0] >= 'A' && w[0] <= 'Z';
    };
    while (e < n && e < 4 && all_caps(t[static_cast<std::size_t>(e)].text) && !lex_token[static_cast<std::size_t>(e)]) ++e;
    bool round_line = false;
    for (int k = e; k < n; ++k)
      round_line = round_line || is_any(t[static_cast<std::size_t>(k)].text, {"series", "seed", "pre-seed", "round", "funding", "acquisition", "ipo"});
    const bool separated = e >= 1 && e < n &&
                           (t[static_cast<std::size_t>(e)].paren_open_before || t[static_cast<std::size_t>(e - 1)].comma_after ||
                            t[static_cast<std::size_t>(e - 1)].dash_after);
    if (separated && round_line && !(e == 1 && is_title_word(lower(t[0].text)))) {
      std::string name;
      for (int k = 0; k < e; ++k) {
        std::string w(t[static_cast<std::size_t>(k)].text);
        if (w.size() > 3 || (w.size() == 3 && w != "LLM"))
          for (std::size_t c = 1; c < w.size(); ++c) w[c] = static_cast<char>(w[c] >= 'A' && w[c] <= 'Z' ? w[c] - 'A' + 'a' : w[c]);
        name += (name.empty() ? "" : " ") + w;
      }
      if (!is_stop_word(lower(name))) out.push_back({name, EntityType::Organization, {}});
    }
  }
  // (an item of a list is no headline: "▸ Tausi Labs (Nairobi) — $7M seed")
  const bool list_item = opens_with_list_mark(s);
  // (nor a line of participants with their organisations in parentheses: "Panelists: Ayşe Yıldırım (Çınar
  // AI), Hamdan Al Mazrouei (Falaj AI)")
  int items = 0;
  for (int k = 2; k < n; ++k)
    if (t[static_cast<std::size_t>(k)].paren_open_before && name_shaped(t[static_cast<std::size_t>(k - 1)].text) &&
        name_shaped(t[static_cast<std::size_t>(k - 2)].text))
      for (int q = k; q < n && q <= k + 5; ++q)
        if (t[static_cast<std::size_t>(q)].close_after) {
          if (q + 1 == n || t[static_cast<std::size_t>(q)].comma_after || lower(t[static_cast<std::size_t>(q + 1)].text) == "and") ++items;
          break;
        }
  const bool participants = items >= 2 && !final_mark;
  // (or a subhead in capitals, however short: "INVESTORS CASH OUT", "WATCHING THE MACHINES")
  const bool shouted = n >= 2 && n <= 8 && !final_mark && std::all_of(t.begin(), t.end(), [](const Token& x) {
                         return std::none_of(x.text.begin(), x.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
                       }) && std::count_if(t.begin(), t.end(), [](const Token& x) { return x.text.size() >= 3; }) >= 2 &&
                       // (not a body's name a filing heads with: "SECURITIES AND EXCHANGE COMMISSION")
                       std::none_of(t.begin(), t.end(), [](const Token& x) {
                         return is_any(lower(x.text), {"commission", "inc", "inc.", "corp", "corp.", "corporation", "company", "ltd", "ltd.", "llc", "plc",
                                                       "ministry", "agency", "authority", "administration", "department", "bank", "university", "court"});
                       });
  const bool headline = (n >= 5 || shouted) && !final_mark && caps * 10 >= n * 6 && !byline && !label_line && !list_item && !roster && !participants;
  // a company and its stock ticker in a headline the rest of discovery skips: "Vantora Cloud (VNTR) Q3
  // Earnings Call Transcript" (not a post: "Anjali Menon (CEO)")
  for (int k = 1; headline && k + 1 < n; ++k) {
    const std::string_view tk = t[static_cast<std::size_t>(k)].text;
    if (is_title_word(lower(tk))) continue;
    if (!t[static_cast<std::size_t>(k)].paren_open_before || !t[static_cast<std::size_t>(k)].close_after || tk.size() < 2 || tk.size() > 5 ||
        !std::all_of(tk.begin(), tk.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) || lex_token[static_cast<std::size_t>(k - 1)])
      continue;
    const int a = name_run_start(t, k - 1, &lex_token);
    if (name_shaped(t[static_cast<std::size_t>(a)].text) && !is_stop_word(lower(t[static_cast<std::size_t>(a)].text)))
      out.push_back({joined_words(t, a, k - 1), EntityType::Organization, {}});
  }
  // "Corvane Systems Inc. (NASDAQ: CRVN)": a company's ticker after its exchange is another name of the company
  for (int k = 2; k < n; ++k) {
    const std::string_view tk = t[static_cast<std::size_t>(k)].text;
    if (tk.size() < 2 || tk.size() > 5 || !in_capitals(tk) || tk.find('-') != std::string_view::npos ||
        gap_before(t, k).find(':') == std::string_view::npos || !t[static_cast<std::size_t>(k - 1)].paren_open_before ||
        !is_any(lower(t[static_cast<std::size_t>(k - 1)].text), {"nasdaq", "nyse", "lse", "tsx", "krx", "kosdaq", "hkex", "tse", "sgx", "asx", "bse", "nse"}))
      continue;
    int b = k - 2;
    while (b >= 1 && is_legal_form_word(lower(strip_possessive(t[static_cast<std::size_t>(b)].text)))) --b;
    const int a = b >= 0 ? name_run_start(t, b, nullptr) : b;
    if (b >= 0 && name_shaped(t[static_cast<std::size_t>(a)].text) && !is_stop_word(lower(t[static_cast<std::size_t>(a)].text)))
      out.push_back({joined_words(t, a, b), EntityType::Organization, {}, false, false, std::string(tk)});
  }
  // "Brindle Labs Inc. Q2 Earnings Call Transcript", "Kumo Robotics Q3 FY2026 Results Briefing": the company
  // whose call the headline names, before its legal form or the quarter
  if (headline) {
    bool call = false;
    for (int k = 0; k < n; ++k) call = call || is_any(t[static_cast<std::size_t>(k)].text, {"earnings", "results", "transcript", "briefing"});
    int e = 0;
    while (call && e < n && e < 5 && name_shaped(t[static_cast<std::size_t>(e)].text) && !lex_token[static_cast<std::size_t>(e)] &&
           !is_legal_form_word(lower(t[static_cast<std::size_t>(e)].text)) && !t[static_cast<std::size_t>(e)].paren_open_before) {
      const std::string_view w = t[static_cast<std::size_t>(e)].text;
      // (the quarter or fiscal year ends the name: "Q2", "FY2026", "H1")
      if (w.size() >= 2 && ((w[0] == 'Q' || w[0] == 'H') && w[1] >= '1' && w[1] <= '4')) break;
      if (w.size() > 2 && w.compare(0, 2, "FY") == 0) break;
      if (is_any(w, {"earnings", "results", "conference", "call", "transcript", "briefing", "annual", "quarterly"})) break;
      ++e;
    }
    if (call && e >= 1 && e < n && !is_stop_word(lower(t[0].text)))
      out.push_back({joined_words(t, 0, e - 1), EntityType::Organization, {}});
    return;
  }

  auto low = [&](int k) { return k >= 0 && k < n ? lower(t[static_cast<std::size_t>(k)].text) : std::string(); };
  // an organisation's noun at k, not one a relative clause makes a person's ("a chip designer who serves as CTO")
  // (nor a chip's: "a neural processing unit")
  // (nor one that qualifies a title: "the fund manager", "a startup founder")
  // (nor a capitalised word of a name: "a former Bank Mandiri economist")
  // (a processor of payments or of cards is a company: "Öde Teknoloji, an Istanbul payments processor")
  auto payments_processor_at = [&](int k) {
    return k >= 1 && is_any(low(k), {"processor", "processors"}) && is_any(low(k - 1), {"payment", "payments", "card", "transaction", "transactions"});
  };
  auto org_noun_at = [&](int k) {
    if (payments_processor_at(k)) return low(k + 1) != "who" && !is_title_word(low(k + 1));
    return is_org_noun(low(k)) && low(k + 1) != "who" && !is_title_word(low(k + 1)) &&
           !(k < n && k + 1 < n && is_upper(t[static_cast<std::size_t>(k)].text[0]) && is_upper(t[static_cast<std::size_t>(k + 1)].text[0])) &&
           !(low(k) == "unit" && is_any(low(k - 1), {"processing", "computing", "graphics", "tensor"})) &&
           // (a platform of a product's kind is a product: "Kaji, an agent platform")
           !(low(k) == "platform" && is_product_noun(low(k - 1)));
  };
  // "Founded in 2019 by A and B, ...": the sentence opens with a participle clause
  const bool fronted_participle = is_any(t[0].text, {"founded", "co-founded", "cofounded", "started", "launched", "established",
                                                     "created", "formed", "backed", "led", "set", "spun", "built"});
  const bool founding_participle = is_any(t[0].text, {"founded", "co-founded", "cofounded", "established", "formed", "started"});
  std::string sentence_lower;
  for (const Token& tok : t) sentence_lower += lower(tok.text) + " ";
  const bool raising = sentence_lower.find("rais") != std::string::npos || sentence_lower.find("fund") != std::string::npos ||
                       sentence_lower.find(" round") != std::string::npos || sentence_lower.find("invest") != std::string::npos ||
                       sentence_lower.find("backer") != std::string::npos || sentence_lower.find("particip") != std::string::npos ||
                       sentence_lower.find("series ") != std::string::npos || sentence_lower.find("backed by") != std::string::npos ||
                       sentence_lower.find("stake") != std::string::npos || sentence_lower.find(" seed") != std::string::npos ||
                       sentence_lower.find("landed") != std::string::npos || sentence_lower.find("secured") != std::string::npos ||
                       sentence_lower.find("bagged") != std::string::npos || sentence_lower.find("netted") != std::string::npos ||
                       sentence_lower.find("shareholder") != std::string::npos;

  // A model code in lower case after a release verb or before a model noun: "released o3-pro",
  // "its gpt-oss-120b model" (letters first, then a digit: not "5g", not "q3")
  for (int k = 1; k < n; ++k) {
    const std::string_view w = strip_possessive(t[static_cast<std::size_t>(k)].text);
    if (lex_token[static_cast<std::size_t>(k)] || w.size() < 3 || !(w[0] >= 'a' && w[0] <= 'z') || !is_model_code(w) ||
        std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      continue;
    const bool release_verb = is_any(low(k - 1), {"released", "launched", "unveiled", "introduced", "debuted", "shipped",
                                                  "open-sourced", "releases", "launches", "unveils", "release", "launch", "training", "trained"});
    const bool model_after = !t[static_cast<std::size_t>(k)].comma_after && (low(k + 1) == "model" || low(k + 1) == "models");
    // ("a larger model, q-2, that it plans": in an apposition to a product's noun)
    const bool apposed = k >= 2 && t[static_cast<std::size_t>(k - 1)].comma_after && is_product_noun(low(k - 1));
    if (release_verb || model_after || apposed) out.push_back({std::string(w), EntityType::Product, {}});
  }
  // A product named in lower case where the words say it is one: "an AI code-review tool called stitch", "makes
  // sift, a tool that writes tests", "released tern, an agent for the terminal"
  for (int k = 1; k < n; ++k) {
    const std::string_view w = strip_possessive(t[static_cast<std::size_t>(k)].text);
    if (lex_token[static_cast<std::size_t>(k)] || w.size() < 3 || !(w[0] >= 'a' && w[0] <= 'z') ||
        !std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }) ||
        is_stop_word(std::string(w)) || is_product_noun(std::string(w)) || is_title_word(std::string(w)))
      continue;
    const bool called = is_any(low(k - 1), {"called", "named", "dubbed"}) && !t[static_cast<std::size_t>(k - 1)].comma_after &&
                        (is_product_noun(low(k - 2)) || is_product_noun(low(k - 3))) && low(k - 2) != "called";
    bool described = false;
    if (t[static_cast<std::size_t>(k)].comma_after && k + 2 < n && is_any(low(k + 1), {"a", "an", "the"}) &&
        is_any(low(k - 1), {"makes", "made", "built", "builds", "maintains", "created", "creates", "released", "launched", "open-sourced", "ships",
                            "acquired", "bought"}))
      for (int q = k + 2; q < n && q <= k + 5; ++q) {
        if (is_product_noun(low(q))) {
          described = !is_title_word(low(q + 1));
          break;
        }
        // (lower-case words, or a capitalised one with a hyphen: "the fast Rust-based linter")
        const std::string_view qw = t[static_cast<std::size_t>(q)].text;
        if (t[static_cast<std::size_t>(q)].comma_after || !((qw[0] >= 'a' && qw[0] <= 'z') || qw.find('-') != std::string_view::npos)) break;
      }
    if (called || described) out.push_back({std::string(w), EntityType::Product, {}});
  }

  // whether the words after token f describe one of a company's units: ", a wholly owned AI subsidiary"
  // (`launched`: or a company or startup, which a company launched: not ", the company said")
  const auto described_as_unit = [&](int f, bool launched) {
    if (!t[static_cast<std::size_t>(f)].comma_after || f + 2 >= n || !is_any(t[static_cast<std::size_t>(f + 1)].text, {"a", "an", "the"}))
      return false;
    for (int q = f + 2; q < n && q <= f + 6; ++q) {
      if (is_any(t[static_cast<std::size_t>(q)].text, {"subsidiary", "unit", "division", "affiliate", "spinoff", "spin-off"}) ||
          (launched && is_any(t[static_cast<std::size_t>(q)].text, {"company", "startup"})))
        return true;
      if (t[static_cast<std::size_t>(q)].comma_after || is_product_noun(lower(t[static_cast<std::size_t>(q)].text))) return false;
    }
    return false;
  };
  // A lexicon name followed by a version or tier is a model of its own: "Gemini 2.0 Flash",
  // "Llama 3.1 8B", "Mistral Small" (the longer name replaces the lexicon one).
  for (int a = 0; a < n;) {
    if (!lex_token[static_cast<std::size_t>(a)]) {
      ++a;
      continue;
    }
    int b = a;
    while (b + 1 < n && lex_token[static_cast<std::size_t>(b + 1)] && !t[static_cast<std::size_t>(b)].comma_after &&
           strip_possessive(t[static_cast<std::size_t>(b)].text).size() == t[static_cast<std::size_t>(b)].text.size())
      ++b;
    int e = b;
    bool digits = false, tier = false;
    while (e + 1 < n && e < b + 3 && !t[static_cast<std::size_t>(e)].comma_after && !t[static_cast<std::size_t>(e)].close_after &&
           strip_possessive(t[static_cast<std::size_t>(e)].text).size() == t[static_cast<std::size_t>(e)].text.size() &&
           !lex_token[static_cast<std::size_t>(e + 1)]) {
      std::string_view w = t[static_cast<std::size_t>(e + 1)].text;
      // ("GPT-5 mini", "GPT-4o mini": a tier in lower case after a name with a version in it)
      const std::string_view before = t[static_cast<std::size_t>(e)].text;
      const bool versioned = std::any_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (is_version_word(w)) digits = true;
      else if (is_tier_word(w) || (versioned && is_any(w, {"mini", "nano", "turbo"}))) tier = true;
      else break;
      ++e;
    }
    // A lexicon name followed by capitalised words ending in a fund's or a unit's word is an
    // organisation of its own: "Qualcomm Ventures", "Amazon Industrial Innovation Fund".
    const std::string_view bw = t[static_cast<std::size_t>(b)].text;
    const bool modifier = bw.rfind('-') != std::string_view::npos &&
                          is_any(bw.substr(bw.rfind('-') + 1), {"backed", "owned", "controlled", "funded", "based", "led"});  // "SoftBank-backed"
    if (e == b && !modifier && strip_possessive(bw).size() == bw.size() && !t[static_cast<std::size_t>(b)].comma_after &&
        !t[static_cast<std::size_t>(b)].close_after) {
      // the last word of a fund or a unit: "Qualcomm Ventures", "Google Research Africa"
      auto unit_word = [](std::string_view w) {
        return is_any(w, {"ventures", "capital", "fund", "partners", "foundation", "investments", "labs", "research", "cloud",
                          "india", "korea", "japan", "china", "europe", "africa", "asia", "vietnam", "singapore", "indonesia",
                          "taiwan", "germany", "france", "brazil", "israel", "canada", "mexico",
                          // a group's company: "SK Networks", "Samsung Securities"
                          // (not a legal name's word: "Huawei Technologies", "Tencent Holdings" are the company itself)
                          "networks", "telecom", "securities", "bank", "electronics", "robotics", "mobility", "energy",
                          "insurance", "biologics", "display", "chemical",
                          // "Samsung Life", "Shinhan Card", "Samsung Fire": a financial group's insurer or card issuer
                          "life", "card", "fire", "engineering", "construction", "logistics", "shipping", "marine"});
      };
      int f = b;
      while (f + 1 < n && f < b + 4 && !lex_token[static_cast<std::size_t>(f + 1)] &&
             name_shaped(t[static_cast<std::size_t>(f + 1)].text) &&
             (!is_stop_word(strip_possessive(t[static_cast<std::size_t>(f + 1)].text)) ||
              is_any(t[static_cast<std::size_t>(f + 1)].text, {"startup", "technology", "industry", "ai"}) ||  // "OpenAI Startup Fund"
              unit_word(strip_possessive(t[static_cast<std::size_t>(f + 1)].text)))) {
        ++f;
        if (t[static_cast<std::size_t>(f)].comma_after || t[static_cast<std::size_t>(f)].close_after ||
            strip_possessive(t[static_cast<std::size_t>(f)].text).size() != t[static_cast<std::size_t>(f)].text.size())
          break;
      }
      const std::string tail_word = f > b ? lower(strip_possessive(t[static_cast<std::size_t>(f)].text)) : std::string();
      // (and a fund's or group's name of two words: "Mirae Asset Venture Investment", "Mirae Asset
      // Financial Group")
      if (unit_word(tail_word) || (f >= b + 2 && is_any(tail_word, {"group", "investment"}))) {
        out.push_back({joined_words(t, a, f), EntityType::Organization, {}});
        a = f + 1;
        continue;
      }
      // "NAVER Corporation", "Nvidia Corp": the legal form is part of the lexicon's name, no name alone
      if (f == b + 1 && is_any(tail_word, {"corporation", "corp", "inc", "incorporated", "ltd", "limited", "llc", "plc", "gmbh"})) {
        a = f + 1;
        continue;
      }
      // "a title from Netmarble Neo, a Netmarble development subsidiary": a known company's name and the
      // words after it, described as one of its units, name that unit
      if (f > b && described_as_unit(f, false)) {
        out.push_back({joined_words(t, a, f), EntityType::Organization, {}});
        a = f + 1;
        continue;
      }
      // "CLOVA Studio", "Copilot Studio": a product named after its maker's brand
      if (f == b + 1 && is_any(tail_word, {"studio", "assistant", "agent", "api"})) {
        out.push_back({joined_words(t, a, f), EntityType::Product, {}});
        a = f + 1;
        continue;
      }
    }
    // "Mistral launched Le Chat Enterprise Agents": after a release verb, a product name may go on
    // past the lexicon's name in capitalised words
    const bool release_verb =
        a >= 1 && (is_any(t[static_cast<std::size_t>(a - 1)].text, {"launched", "released", "unveiled", "introduced", "debuted", "launches", "releases", "unveils"}) ||
                   (a >= 2 && is_any(t[static_cast<std::size_t>(a - 2)].text, {"to"}) &&
                    is_any(t[static_cast<std::size_t>(a - 1)].text, {"build", "launch", "release", "unveil", "develop"})));
    if (e == b && release_verb) {
      // (not a word that describes what follows: "unveils Google Cloud-powered dispatch AI")
      const auto describing = [&](int q) {
        const std::string_view x = t[static_cast<std::size_t>(q)].text;
        const std::size_t h = x.rfind('-');
        return h != std::string_view::npos &&
               is_any(lower(x.substr(h + 1)), {"powered", "based", "backed", "owned", "led", "driven", "made", "built", "native", "first"});
      };
      int f = b;
      while (f + 1 < n && f < b + 3 && !lex_token[static_cast<std::size_t>(f + 1)] && !t[static_cast<std::size_t>(f)].comma_after &&
             name_shaped(t[static_cast<std::size_t>(f + 1)].text) && !is_stop_word(strip_possessive(t[static_cast<std::size_t>(f + 1)].text)) &&
             !is_title_word(strip_possessive(t[static_cast<std::size_t>(f + 1)].text)) && !describing(f + 1))
        ++f;
      if (f > b) {
        // ("KT launched KT Mindbridge, a wholly owned AI subsidiary": a unit launched)
        out.push_back({joined_words(t, a, f), described_as_unit(f, true) ? EntityType::Organization : EntityType::Product, {}});
        a = f + 1;
        continue;
      }
    }
    if (e > b && (digits || tier)) out.push_back({joined_words(t, a, e), EntityType::Product, {}});
    a = e + 1;
  }

  // "Kallisto, founded in 2019 by ...", "Siemens has acquired X", "Siemens bought X": one capitalised word
  // opening the sentence as the subject of what only organisations do (no lexicon: it is unknown)
  if (n >= 3 && !lex_token[0] && name_shaped(t[0].text) && !is_stop_word(strip_possessive(t[0].text)) &&
      !is_title_word(lower(t[0].text)) && strip_possessive(t[0].text).size() == t[0].text.size() && !name_shaped(t[1].text)) {
    const std::string w1 = lower(t[1].text), w2 = lower(t[2].text);
    // ("Kallisto — founded in Munich by ... — raised": an aside between dashes as well)
    const bool described = (t[0].comma_after || (t[0].dash_after && !t[0].arrow_after)) && is_any(w1, {"founded", "co-founded", "cofounded", "which"});
    // ("Capgemini completed its acquisition of X", "Siemens announced a partnership"; "Capgemini last
    // month completed": a time between)
    std::size_t v = 1;
    if (n >= 6 && is_any(w1, {"last", "this", "earlier"}) && is_any(w2, {"month", "week", "year", "quarter"})) v = 3;
    const std::string d1 = lower(t[v].text), d2 = lower(t[v + 1].text), d3 = v + 2 < static_cast<std::size_t>(n) ? lower(t[v + 2].text) : std::string();
    const bool deal = is_any(d1, {"completed", "announced", "agreed", "finalized", "finalised", "closed"}) &&
                      is_any(d2, {"its", "the", "a", "an"}) && is_any(d3, {"acquisition", "purchase", "takeover", "merger", "partnership"});
    // ("Kavana was set up in 2022 by", "Kavana was acquired": what is done only to companies)
    const std::string w3 = n >= 4 ? lower(t[3].text) : std::string();
    const bool undergoes = is_any(w1, {"was", "is"}) && (is_any(w2, {"founded", "co-founded", "cofounded", "established", "incorporated",
                                                                     "acquired", "bought"}) ||
                                                         (is_any(w2, {"set", "spun"}) && is_any(w3, {"up", "off", "out"})));
    const bool acts = !t[0].comma_after && (is_any(w1, {"acquired", "bought", "raised", "acquires", "buys", "raises"}) || deal || undergoes ||
                                            (is_any(w1, {"has", "had"}) && is_any(w2, {"acquired", "bought", "raised"})));
    if (described || acts) out.push_back({std::string(t[0].text), EntityType::Organization, {}});
  }

  // "Yasmin El-Sayed (ex-Careem)", "an ex-Grab engineer": the former employer written into the word
  for (int k = 0; k < n; ++k) {
    const std::string_view w = t[static_cast<std::size_t>(k)].text;
    if (w.size() < 5 || !(w.substr(0, 3) == "ex-" || w.substr(0, 3) == "Ex-") || !(w[3] >= 'A' && w[3] <= 'Z') ||
        lex_token[static_cast<std::size_t>(k)])
      continue;
    std::string name(strip_possessive(w.substr(3)));
    // (up to a title: "ex-Pohjola CTO Virtanen" is Pohjola's former CTO)
    for (int q = k + 1; q < n && q <= k + 2 && !t[static_cast<std::size_t>(q - 1)].comma_after && !t[static_cast<std::size_t>(q - 1)].close_after &&
                        name_shaped(t[static_cast<std::size_t>(q)].text) && !lex_token[static_cast<std::size_t>(q)] &&
                        !is_title_word(lower(t[static_cast<std::size_t>(q)].text));
         ++q)
      name += " " + std::string(strip_possessive(t[static_cast<std::size_t>(q)].text));
    if (name.find('-') == std::string::npos && !is_stop_word(lower(name))) out.push_back({name, EntityType::Organization, {}});
  }

  // Whether the words around the two-word name at tokens k, k + 1 say a person: a title or an honorific before it,
  // "hired" or "named" before it, "said" or "founded" after it, or an apposition of a post or a birthplace
  // ("Alexa Moreau, the Toronto-born former Netflix VP", "Markus Shell, who headed ...")
  const auto says_person = [&](int k) {
    const std::string before = k >= 1 ? low(k - 1) : std::string(), next = low(k + 2), next2 = low(k + 3), next3 = low(k + 4);
    const auto post = [](const std::string& w) { return is_title_word(w) || is_former_word(w) || w.find("-born") != std::string::npos; };
    const bool apposition = t[static_cast<std::size_t>(k + 1)].comma_after &&
                            (next == "who" || (is_any(next, {"a", "an", "the"}) && (post(next2) || post(next3))));
    return is_title_word(before) || honorific_gender(before) != 0 || apposition || is_any(before, {"hired", "appointed", "named"}) ||
           (!t[static_cast<std::size_t>(k + 1)].comma_after && is_any(next, {"said", "says", "told", "founded", "co-founded"}));
  };

  // "co-founded by Alexa Moreau, the former Netflix executive", "CEO Siri Lindqvist said": a person whose
  // given name is a known product's or company's one-word name, where the words around say a person
  for (int k = 0; k + 1 < n; ++k) {
    const std::string_view given = t[static_cast<std::size_t>(k)].text, family = strip_possessive(t[static_cast<std::size_t>(k + 1)].text);
    if (!lex_token[static_cast<std::size_t>(k)] || lex_token[static_cast<std::size_t>(k + 1)] || t[static_cast<std::size_t>(k)].comma_after ||
        (k >= 1 && lex_token[static_cast<std::size_t>(k - 1)]) || given.size() < 3 || family.size() < 3 || !is_upper(given[0]) ||
        strip_possessive(given).size() != given.size() ||  // ("SoftBank's Son": an owner and its person)
        is_upper(given[1]) || !is_upper(family[0]) || is_upper(family[1]) || is_stop_word(lower(family)) || is_place(family) ||
        is_org_suffix(lower(family)) || is_title_word(lower(family)) || is_product_noun(lower(family)) ||
        std::any_of(family.begin(), family.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        is_any(lower(family), {"pro", "plus", "max", "mini", "ultra", "lite", "flash", "opus", "sonnet", "haiku", "studio", "voice", "code",
                               "chat", "shortcuts", "skills", "enterprise", "team", "edge", "nano", "turbo", "vision", "live", "home",
                               "echo", "show", "auto", "translate", "search", "maps", "cloud", "ventures", "capital"}))
      continue;
    if (!says_person(k) || (k + 2 < n && name_shaped(t[static_cast<std::size_t>(k + 2)].text) && !t[static_cast<std::size_t>(k + 1)].comma_after)) continue;
    out.push_back({std::string(given) + " " + std::string(family), EntityType::Person, {}});
  }

  // "hired Markus Shell, who headed ...": a person whose surname is a known company's one-word name, where the
  // words around say a person (the mirror of the given name above)
  for (int k = 1; k + 1 < n; ++k) {
    const std::string_view given = t[static_cast<std::size_t>(k)].text, family = strip_possessive(t[static_cast<std::size_t>(k + 1)].text);
    if (lex_token[static_cast<std::size_t>(k)] || !lex_token[static_cast<std::size_t>(k + 1)] || t[static_cast<std::size_t>(k)].comma_after ||
        (k + 2 < n && lex_token[static_cast<std::size_t>(k + 2)] && !t[static_cast<std::size_t>(k + 1)].comma_after) || given.size() < 3 ||
        family.size() < 3 || !is_upper(given[0]) || is_upper(given[1]) || !is_upper(family[0]) || is_upper(family[1]) ||
        is_stop_word(lower(given)) || is_place(given) || is_title_word(lower(given)) || is_org_suffix(lower(given)) ||
        is_any(lower(given), {"neither", "either", "nor", "both", "unlike", "whereas", "only", "even", "also", "rival", "partner", "investor"}) ||
        std::any_of(given.begin(), given.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; }) ||
        (k >= 1 && name_shaped(t[static_cast<std::size_t>(k - 1)].text) && !t[static_cast<std::size_t>(k - 1)].comma_after))
      continue;
    if (says_person(k)) out.push_back({std::string(given) + " " + std::string(family), EntityType::Person, {}});
  }

  // "joined by the Marchmont family office": a family's investment office, named as the text writes it
  for (int k = 0; k + 2 < n; ++k) {
    if (!name_shaped(t[static_cast<std::size_t>(k)].text) || t[static_cast<std::size_t>(k)].comma_after || t[static_cast<std::size_t>(k + 1)].text != "family" ||
        t[static_cast<std::size_t>(k)].text.find('-') != std::string_view::npos ||  // ("Chennai-based family office X")
        strip_possessive(t[static_cast<std::size_t>(k + 2)].text) != "office" || lex_token[static_cast<std::size_t>(k)])
      continue;
    int a = k;
    while (a >= 1 && k - a < 3 && name_shaped(t[static_cast<std::size_t>(a - 1)].text) && !t[static_cast<std::size_t>(a - 1)].comma_after &&
           !is_stop_word(lower(t[static_cast<std::size_t>(a - 1)].text)) && !lex_token[static_cast<std::size_t>(a - 1)])
      --a;
    if (is_stop_word(lower(t[static_cast<std::size_t>(a)].text)) || is_place(t[static_cast<std::size_t>(a)].text)) continue;
    out.push_back({joined_words(t, a, k) + " family office", EntityType::Organization, {}});
  }

  // "Microsoft Japan Co., Ltd.", "Nvidia India Pvt Ltd": a known company's arm in a country, named with
  // a legal form of its own, is a company of its own
  for (int k = 0; k + 2 < n; ++k) {
    if (!lex_token[static_cast<std::size_t>(k)] || lex_token[static_cast<std::size_t>(k + 1)] || t[static_cast<std::size_t>(k)].comma_after ||
        !is_place(t[static_cast<std::size_t>(k + 1)].text) ||
        !is_legal_form_word(low(k + 2)))
      continue;
    int a = k;
    while (a >= 1 && k - a < 4 && lex_token[static_cast<std::size_t>(a - 1)] && !t[static_cast<std::size_t>(a - 1)].comma_after) --a;
    out.push_back({joined_words(t, a, k + 1), EntityType::Organization, {}});
  }

  // "HongShan, the investment firm formerly known as Sequoia Capital China": one organisation, two names
  // (and a name used in one country: "StarRiver, known in China as Xinghe Zhineng")
  // ("Known at home as Ttubeogi Robotics — …, the startup was founded": opening a sentence, of the company in focus)
  for (int k = 0; k + 2 < n; ++k) {
    const std::string w = low(k), w1 = low(k + 1);
    int name_at = -1;
    // ("Its Korean name, Haneulgil Tongsin, translates as …", "The company's legal name is …": opening a sentence,
    // a name of the company in focus)
    const bool its_name = k == 0 && (w == "its" || (w == "the" && is_any(w1, {"company's", "startup's", "firm's", "group's", "carrier's", "lab's"})));
    if (k == 0 && w != "known" && !its_name) continue;
    if (its_name)
      for (int q = w == "its" ? 1 : 2; q + 1 < n && q <= 3; ++q) {
        if (low(q) == "name") {
          name_at = is_any(low(q + 1), {"is", "was"}) ? q + 2 : q + 1;
          break;
        }
        if (!is_any(low(q), {"korean", "chinese", "japanese", "legal", "official", "full", "registered", "original", "local", "corporate"})) break;
      }
    if (its_name && name_at < 0) continue;
    if (name_at >= 0)
      ;
    else if (is_any(w, {"formerly", "previously", "once", "also"}) && w1 == "known" && low(k + 2) == "as") name_at = k + 3;
    else if (is_any(w, {"formerly", "previously"}) && is_any(w1, {"called", "named"})) name_at = k + 2;
    // "StarRiver, known in China as Xinghe Zhineng", "known locally as"
    else if (w == "known" && is_any(w1, {"locally", "domestically"}) && low(k + 2) == "as") name_at = k + 3;
    // ("known at home as Yuanjie Zhineng")
    else if (w == "known" && w1 == "at" && k + 3 < n && low(k + 2) == "home" && low(k + 3) == "as") name_at = k + 4;
    else if (w == "known" && w1 == "in" && k + 3 < n && low(k + 3) == "as") name_at = k + 4;
    // ("The company is registered in Korea as Seori Labs Inc.", "Rimefield, legally Seori Labs, aims")
    else if (w == "registered" && w1 == "in" && k + 3 < n && low(k + 3) == "as") name_at = k + 4;
    else if (w == "registered" && w1 == "as") name_at = k + 2;
    else if (w == "legally" && t[static_cast<std::size_t>(k - 1)].comma_after && !t[static_cast<std::size_t>(k)].paren_open_before) name_at = k + 1;
    // "Pactwise, whose Korean name Gyeyakgosu translates as", "Meritly, whose Korean legal name is CareerFit Inc"
    else if (w == "whose" && t[static_cast<std::size_t>(k - 1)].comma_after)
      for (int q = k + 1; q + 1 < n && q <= k + 3; ++q)
        if (low(q) == "name") {
          name_at = is_any(low(q + 1), {"is", "was"}) ? q + 2 : q + 1;
          break;
        }
    // ("Bulkkot Robotics Inc., the startup that sells its robots abroad under the Sparkline brand", "trades under the
    // Rimefield name": a brand the company goes by)
    bool brand = false;
    if (name_at < 0 && w == "under" && w1 == "the")
      for (int q = k + 2; q < n && q <= k + 4 && name_shaped(t[static_cast<std::size_t>(q)].text); ++q)
        if (q + 1 < n && is_any(low(q + 1), {"brand", "name", "label", "banner"})) {
          name_at = k + 2;
          brand = true;
          break;
        }
    if (name_at < 0 || name_at >= n) continue;
    auto run = [&](int from, int dir) {  // the name-shaped words from `from` on, in direction dir
      int a = from, b = from;
      // (nor past a speaker's label: "MODERATOR: Peak XV — the firm formerly known as …")
      const auto label = [&](int q) { return *(t[static_cast<std::size_t>(q)].text.data() + t[static_cast<std::size_t>(q)].text.size()) == ':'; };
      while (b + dir >= 0 && b + dir < n && name_shaped(t[static_cast<std::size_t>(b + dir)].text) &&
             !(dir > 0 ? t[static_cast<std::size_t>(b)].comma_after : t[static_cast<std::size_t>(b + dir)].comma_after) &&
             !(dir < 0 && label(b + dir)) && std::abs(b + dir - from) < 4)
        b += dir;
      if (dir < 0) std::swap(a, b);
      std::string out;
      for (int q = a; q <= b; ++q) out += (out.empty() ? "" : " ") + std::string(strip_possessive(t[static_cast<std::size_t>(q)].text));
      return name_shaped(t[static_cast<std::size_t>(from)].text) ? out : std::string();
    };
    // ("Soundridge, known in Korea as 소리마루 (Sorimaru)": the other name in Hangul)
    const std::string_view at = t[static_cast<std::size_t>(name_at)].text;
    const bool hangul_name = !at.empty() && static_cast<unsigned char>(at[0]) >= 0xEA && static_cast<unsigned char>(at[0]) <= 0xED;
    const std::string other = hangul_name ? std::string(strip_possessive(at)) : run(name_at, +1);
    // the head: the name before the comma that opens the description
    // (or the dash: "Summit — known at home as Maru Bandoche, from …")
    int c = k - 1;
    while (c >= 0 && !t[static_cast<std::size_t>(c)].comma_after && !t[static_cast<std::size_t>(c)].dash_after && k - c < (brand ? 16 : 8)) --c;
    std::string head = c >= 0 && (t[static_cast<std::size_t>(c)].comma_after || t[static_cast<std::size_t>(c)].dash_after) ? run(c, -1) : std::string();
    // ("The company, known in Korean as Baeumnamu", opening a sentence: the organisation the text has
    // named most so far, the first of those named as often)
    // ("Dawnbreak is known at home as Saebyeok Energy": the sentence's subject before "is")
    const bool subject_is = head.empty() && c < 0 && k >= 2 && is_any(low(k - 1), {"is", "was"});
    if (subject_is && !(k == 3 && low(0) == "the")) {
      head = run(k - 2, -1);
      // (a short name of the company named in full before: "Dawnbreak" of "Dawnbreak Energy")
      std::set<std::string_view> longer;
      for (const Candidate& o : out)
        if (o.type == EntityType::Organization && o.name.size() > head.size() && o.name.compare(0, head.size() + 1, head + " ") == 0) longer.insert(o.name);
      if (longer.size() == 1) head = std::string(*longer.begin());
    }
    // ("Its Korean name, X,": the previous sentence's first organisation, its subject as a rule)
    if (its_name && head.empty() && w == "its")
      for (std::size_t q = previous_first; q < sentence_first && q < out.size(); ++q)
        if (out[q].type == EntityType::Organization && out[q].also.empty()) {
          head = out[q].name;
          break;
        }
    if (head.empty() && (k == 0 || (((c == 1 && c == k - 1) || (subject_is && k == 3)) && low(0) == "the" &&
                                     is_any(low(1), {"company", "startup", "start-up", "firm"})))) {
      std::map<std::string_view, int> seen;
      int best = 0;
      for (const Candidate& o : out)
        if (o.type == EntityType::Organization && o.also.empty() && ++seen[o.name] > best) {
          best = seen[o.name];
          head = o.name;
        }
      if (best < 2) head.clear();  // (named once: no company in focus)
    }
    // (not a person's name: "Kang, known in Korea as Kang Hyun-woo" after "Daniel Kang")
    const bool person_head = std::any_of(out.begin(), out.end(), [&](const Candidate& p) {
      return p.type == EntityType::Person && (" " + p.name + " ").find(" " + head + " ") != std::string::npos;
    });
    // (after "whose": of a name the text made an organisation, "Pactwise, whose Korean name"; people have
    // Korean names too, "Daniel Cho, whose Korean name is Cho Dae-hyun")
    const auto org_head = [&] {
      return std::any_of(out.begin(), out.end(), [&](const Candidate& o) { return o.type == EntityType::Organization && o.name == head; });
    };
    if (!other.empty() && !head.empty() && other != head && !person_head && (low(k) != "whose" || org_head()))
      out.push_back({head, EntityType::Organization, {}, false, false, other});
  }
  // "Lin Wei-ting, who goes by Vivian Lin", "Jung, who goes by Dana in the Bay Area": a person's other
  // name (a given name alone goes with the surname the sentence used: "Dana Jung")
  // (or "Zhou Yiran, known to foreign partners as Ethan Zhou": "known" and a few words, then "as")
  // (from the second word: "Kang, known in Korea as Kang Hyun-woo" opens a sentence)
  for (int k = 1; k + 2 < n; ++k) {
    int by = -1;  // the token before the other name
    int head_end = k - 2;
    if (k >= 2 && low(k) == "goes" && low(k + 1) == "by" && low(k - 1) == "who") {
      // ("Zhou Mingyuan, a former DeepSeek researcher who goes by Kevin Zhou": after an apposition too)
      if (!t[static_cast<std::size_t>(k - 2)].comma_after)
        for (int c = k - 3; c >= 0 && c >= k - 10; --c)
          if (t[static_cast<std::size_t>(c)].comma_after) {
            if (is_any(low(c + 1), {"a", "an", "the"})) head_end = c;
            break;
          }
      if (t[static_cast<std::size_t>(head_end)].comma_after) by = k + 1;
    }
    // ("Min Ha-yoon, a former Scatter Lab researcher who is known in the US as Hailey Min": "who is known ... as")
    if (k >= 3 && low(k) == "known" && is_any(low(k - 1), {"is", "was"}) && low(k - 2) == "who") {
      int as = -1;
      for (int q = k + 1; q < n && q <= k + 5 && as < 0; ++q)
        if (low(q) == "as") as = q;
      head_end = k - 3;
      if (!t[static_cast<std::size_t>(head_end)].comma_after)
        for (int c = k - 4; c >= 0 && c >= k - 12; --c)
          if (t[static_cast<std::size_t>(c)].comma_after) {
            if (is_any(low(c + 1), {"a", "an", "the"})) head_end = c;
            break;
          }
      if (as >= 0 && t[static_cast<std::size_t>(head_end)].comma_after) by = as;
    }
    // ("Bae, whose Korean name is Bae Soo-hyun, has": a person's name in another language)
    const bool whose = k >= 2 && low(k - 1) == "whose" && t[static_cast<std::size_t>(k - 2)].comma_after;
    if (whose) {
      int q = k;
      while (q < k + 2 && q < n && low(q) != "name") ++q;
      if (q + 1 < n && low(q) == "name" && low(q + 1) == "is") head_end = k - 2, by = q + 1;
    }
    if (low(k) == "known" && t[static_cast<std::size_t>(k - 1)].comma_after) {
      head_end = k - 1;
      for (int q = k + 1; q < n && q <= k + 5; ++q)
        if (low(q) == "as") {
          by = q;
          break;
        }
    }
    if (by < 0 || by + 1 >= n) continue;
    const int k2 = by - 1;  // (so that k2 + 2 is the other name's first word)
    int a = head_end;
    while (a >= 1 && head_end - a < 3 && name_shaped(t[static_cast<std::size_t>(a - 1)].text) && !t[static_cast<std::size_t>(a - 1)].comma_after &&
           !is_stop_word(low(a - 1)))
      --a;
    if (!name_shaped(t[static_cast<std::size_t>(a)].text) || lex_token[static_cast<std::size_t>(a)]) continue;
    const std::string head = joined_words(t, a, head_end);
    int b = k2 + 2;
    while (b + 1 < n && b - (k2 + 2) < 2 && name_shaped(t[static_cast<std::size_t>(b + 1)].text) && !t[static_cast<std::size_t>(b)].comma_after) ++b;
    if (!name_shaped(t[static_cast<std::size_t>(k2 + 2)].text) || is_stop_word(low(k2 + 2))) continue;
    std::string other = joined_words(t, k2 + 2, b);
    std::string full = head;
    if (head.find(' ') == std::string::npos) {
      // the surname alone: the person the document named in full with it
      full.clear();
      // (not the other name itself: "Kang, known in Korea as Kang Hyun-woo" after "Daniel Kang")
      for (const Candidate& c : out)
        if (c.type == EntityType::Person && c.name != other && (" " + c.name + " ").find(" " + head + " ") != std::string::npos) full = c.name;
      if (other.find(' ') == std::string::npos) other += " " + head;
    }
    // (a person's: "goes by" says so, or the document names the head as a person, or the two names share
    // a surname: "Zhou Yiran" / "Ethan Zhou")
    bool person = low(k) == "goes" || whose;
    for (const Candidate& c : out) person = person || (c.type == EntityType::Person && c.name == full);
    if (const std::size_t sp = other.rfind(' '); !person && sp != std::string::npos && full.find(' ') != std::string::npos) {
      const std::string surname = other.substr(sp + 1);
      person = full.compare(0, surname.size() + 1, surname + " ") == 0 ||
               (full.size() > surname.size() && full.compare(full.size() - surname.size() - 1, std::string::npos, " " + surname) == 0);
    }
    if (!full.empty() && other != full && person) {
      // ("Kwon Do-hyun, who goes by Daniel" is "Daniel Kwon" too: a given name alone goes with the
      // surname, which a Korean or Chinese name puts first)
      if (const std::size_t sp = full.find(' '); other.find(' ') == std::string::npos && sp != std::string::npos && full.find(' ', sp + 1) == std::string::npos) {
        const std::string first = full.substr(0, sp), last = full.substr(sp + 1);
        const bool surname_first = is_east_asian_surname(first) && (last.find('-') != std::string::npos || !is_east_asian_surname(last));
        out.push_back({full, EntityType::Person, {}, false, false, other + " " + (surname_first ? first : last)});
      }
      out.push_back({full, EntityType::Person, {}, false, false, other});
    }
  }

  // "Oriel AI (Oriel Cognitive Systems Ltd.)", "Seorin Artificial Intelligence Research Co., Ltd.
  // ("Seorin AI Lab")": a company's brand and its legal name side by side, one in parentheses, both
  // starting with the same word; the one in parentheses ends in a legal form or is quoted (a press
  // release's defined name). Each is named as discovery names it (up to the first comma).
  for (int k = 1; k < n; ++k) {
    if (!t[static_cast<std::size_t>(k)].paren_open_before || t[static_cast<std::size_t>(k - 1)].comma_after || t[static_cast<std::size_t>(k - 1)].close_after)
      continue;
    // ("Nopal Compute (legally Nopal Cómputo S.A. de C.V.)": the legal name after a word that says so)
    const int k0 = k;
    const bool said_legal = k + 1 < n && is_any(low(k), {"legally", "formally", "officially"}) && !t[static_cast<std::size_t>(k)].close_after;
    if (said_legal) ++k;
    const Token& open = t[static_cast<std::size_t>(k)];
    int j = k;
    // (a legal form's "de": "S.A. de C.V.")
    auto part = [&](int q) {
      return name_shaped(t[static_cast<std::size_t>(q)].text) ||
             (low(q) == "de" && q + 1 < n && is_legal_form_word(low(q + 1)) && q > k && is_legal_form_word(low(q - 1)));
    };
    while (j < n && j < k + 7 && !t[static_cast<std::size_t>(j)].close_after && part(j)) ++j;
    if (j >= n || !t[static_cast<std::size_t>(j)].close_after || !name_shaped(t[static_cast<std::size_t>(j)].text)) {
      k = k0;
      continue;
    }
    const std::string_view first = strip_possessive(open.text);
    int h = k0 - 1;  // the head's first word: the same word as the parenthesis's, a few words back
    while (h >= 0 && k0 - h <= 6 && t[static_cast<std::size_t>(h)].text != first && name_shaped(t[static_cast<std::size_t>(h)].text) &&
           (h == k0 - 1 || !t[static_cast<std::size_t>(h)].comma_after || is_org_suffix(low(h))))
      --h;
    if (h < 0 || h == k0 - 1 || t[static_cast<std::size_t>(h)].text != first || lex_token[static_cast<std::size_t>(h)]) {
      k = k0;
      continue;
    }
    auto legal = [&](int a, int b) {
      for (int q = a; q <= b; ++q)
        if (is_legal_form_word(low(q)) && q > a)
          return true;
      return false;
    };
    const std::string_view between = gap_before(t, k0);
    const bool quoted = between.find('"') != std::string_view::npos || between.find("\xE2\x80\x9C") != std::string_view::npos;
    if (!(legal(k, j) || (quoted && legal(h, k0 - 1)))) {
      k = k0;
      continue;
    }
    auto name_from = [&](int a, int b) {  // (up to the first comma: "Seorin ... Research Co")
      int e = a;
      while (e < b && !t[static_cast<std::size_t>(e)].comma_after) ++e;
      return joined_words(t, a, e);
    };
    const std::string head = name_from(h, k0 - 1), inner = name_from(k, j);
    if (head != inner) out.push_back({head, EntityType::Organization, {}, false, false, inner});
    k = k0;
  }

  // "The Jakarta-based company, formally PT Awan Nusantara Teknologi, said ...", "Trollvik Energi AS, as the
  // company is formally registered, will ...": a company's registered name, which is the name the document
  // gave it before with a legal form or a kind word added (an Indonesian "PT" before it), is that company
  for (int k = 0; k + 1 < n; ++k) {
    int a = -1, b = -1;  // the registered name's words
    const bool cue = is_any(low(k), {"formally", "officially", "legally"}) && k >= 1 && t[static_cast<std::size_t>(k - 1)].comma_after;
    if (cue && !t[static_cast<std::size_t>(k)].comma_after) {
      a = k + 1;
      if (a + 1 < n && is_any(low(a), {"known", "registered", "incorporated", "named", "called"})) a += low(a + 1) == "as" ? 2 : 1;
      b = a;
      while (b + 1 < n && b + 1 < a + 7 && !t[static_cast<std::size_t>(b)].comma_after && name_shaped(t[static_cast<std::size_t>(b + 1)].text)) ++b;
    } else if (k >= 1 && low(k) == "as" && t[static_cast<std::size_t>(k - 1)].comma_after && k + 4 < n &&
               is_any(low(k + 1), {"the", "it"})) {
      // ("X, as the company is formally registered" / "as it is officially known")
      int q = k + 1 + (low(k + 1) == "the" ? 2 : 1);
      if (q < n && is_any(low(q), {"is", "was"})) ++q;
      if (q + 1 < n && is_any(low(q), {"formally", "officially", "legally"}) && is_any(low(q + 1), {"registered", "known", "called", "named", "incorporated"})) {
        b = k - 1;
        a = name_run_start(t, b, nullptr);
      }
    }
    if (a < 0 || b < a || b >= n || !name_shaped(t[static_cast<std::size_t>(a)].text)) continue;
    int core_a = a, core_b = b;
    if (core_b > core_a && low(core_a) == "pt") ++core_a;
    // the longest name found before that the registered one opens with, the rest being legal forms or kind words
    const Candidate* brand = nullptr;
    for (int e = core_b; e >= core_a && !brand; --e) {
      bool rest_kinds = true;
      for (int q = e + 1; q <= core_b && rest_kinds; ++q) rest_kinds = is_org_suffix(low(q)) || is_legal_form_word(low(q));
      if (!rest_kinds) break;
      const std::string core = joined_words(t, core_a, e);
      for (const Candidate& c : out)
        if (c.name == core && c.type == EntityType::Organization) brand = &c;
    }
    const std::string registered = joined_words(t, a, b);
    if (brand && brand->name != registered) out.push_back({brand->name, EntityType::Organization, {}, false, false, registered});
  }

  // 'PT Nusantara Komputasi Awan ("Nusantara Compute")': a press release's short name in quotes and parentheses
  // after a company's registered name, which its legal form marks, is that company's other name
  for (int k = 2; k < n; ++k) {
    if (!t[static_cast<std::size_t>(k)].paren_open_before || t[static_cast<std::size_t>(k - 1)].comma_after || t[static_cast<std::size_t>(k - 1)].close_after)
      continue;
    const std::string_view between = gap_before(t, k);
    if (between.find('"') == std::string_view::npos && between.find("\xE2\x80\x9C") == std::string_view::npos) continue;
    int j = k;
    while (j < n && j < k + 4 && !t[static_cast<std::size_t>(j)].close_after && name_shaped(t[static_cast<std::size_t>(j)].text)) ++j;
    if (j >= n || !t[static_cast<std::size_t>(j)].close_after || !name_shaped(t[static_cast<std::size_t>(j)].text)) continue;
    const int h = name_run_start(t, k - 1, nullptr);
    if (h >= k - 1 || !(low(h) == "pt" || is_legal_form_word(low(k - 1)))) continue;
    const std::string registered = joined_words(t, h, k - 1), short_name = joined_words(t, k, j);
    if (registered != short_name) out.push_back({short_name, EntityType::Organization, {}, false, false, registered});
  }

  // "siblings Dario and Daniela Amodei", "co-founders Ana and Luis Ortega": two given names share
  // the surname written once; the first person is "Dario Amodei", named "Dario" here.
  for (int k = 1; k + 3 < n; ++k) {
    if (!is_any(t[static_cast<std::size_t>(k - 1)].text, {"siblings", "brothers", "sisters", "twins", "couple", "spouses",
                                                           "co-founders", "cofounders", "founders", "parents"}))
      continue;
    std::string_view a = t[static_cast<std::size_t>(k)].text, b = t[static_cast<std::size_t>(k + 2)].text,
                     c = strip_possessive(t[static_cast<std::size_t>(k + 3)].text);
    if (lower(t[static_cast<std::size_t>(k + 1)].text) != "and" || lex_token[static_cast<std::size_t>(k)] ||
        t[static_cast<std::size_t>(k)].comma_after || !name_shaped(a) || !name_shaped(b) || !name_shaped(c) ||
        is_stop_word(a) || is_stop_word(b) || is_org_suffix(lower(c)) || (k + 4 < n && name_shaped(t[static_cast<std::size_t>(k + 4)].text)))
      continue;
    out.push_back({std::string(a) + " " + std::string(c), EntityType::Person, std::string(a)});
    out.push_back({std::string(b) + " " + std::string(c), EntityType::Person, {}});
  }

  // Token k, a month's name, after a word that takes a date: "In May", "since Jan"
  auto month_after_preposition = [&](int k) {
    return k >= 1 && is_any(t[static_cast<std::size_t>(k - 1)].text,
                            {"in", "since", "until", "by", "from", "through", "last", "next", "early", "late", "mid"});
  };
  // Words that are no names alone but start institution names: "Technology Innovation Institute",
  // "the kingdom's Public Investment Fund", "National University of Singapore", "Korea Investment Corporation".
  // An armed force's last word: "Indian Air Force", "U.S. Army", "Royal Navy"
  auto force_word = [&](int k) { return is_force_word(t[static_cast<std::size_t>(k)].text); };
  auto soft_start = [&](int k) {
    // (a nation's or a kingdom's armed force: "Swedish Air Force", "U.S. Army", "Royal Navy")
    const std::string_view sw = t[static_cast<std::size_t>(k)].text;
    if (k + 1 < n && !t[static_cast<std::size_t>(k)].comma_after && !lex_token[static_cast<std::size_t>(k + 1)] &&
        (is_any(sw, {"royal", "u.s", "u.s.", "us", "united"}) || sw.ends_with("ian") || sw.ends_with("ish") || sw.ends_with("ese") ||
         sw.ends_with("ean")) &&
        [&] {  // (up to three words more: "Royal Australian Air Force")
          for (int q = k + 1; q < n && q <= k + 3; ++q) {
            if (force_word(q)) return true;
            if (t[static_cast<std::size_t>(q)].comma_after || !name_shaped(t[static_cast<std::size_t>(q)].text)) return false;
          }
          return false;
        }())
      return true;
    // ("Danish Meteorological Institute", "the Brazilian Agricultural Research Corporation", "European Centre for …": a
    // nationality opening a public institution's name, its last word an institution's)
    if (is_nationality_word(t[static_cast<std::size_t>(k)].text) && k + 1 < n && !t[static_cast<std::size_t>(k)].comma_after) {
      int e = k + 1;
      // (words that carry the name on: not "French National Centre …", where "National" opens the name)
      while (e < n && e <= k + 4 && !lex_token[static_cast<std::size_t>(e)] && name_shaped(t[static_cast<std::size_t>(e)].text) &&
             !is_stop_word(strip_possessive(t[static_cast<std::size_t>(e)].text)) && !t[static_cast<std::size_t>(e - 1)].comma_after &&
             !t[static_cast<std::size_t>(e)].paren_open_before)
        ++e;
      const std::string last = lower(strip_possessive(t[static_cast<std::size_t>(e - 1)].text));
      if (e > k + 1 && (is_any(last, {"institute", "centre", "center", "agency", "council", "commission", "foundation", "association",
                                      "authority", "organisation", "organization", "society", "academy", "administration", "museum",
                                      "ministry", "federation", "observatory", "laboratory"}) ||
                        (last == "corporation" && e >= k + 4)))
        return true;
    }
    if (!is_any(t[static_cast<std::size_t>(k)].text, {"technology", "public", "artificial", "national", "applied", "digital",
                                                     "future", "global", "international", "advanced", "general", "open",
                                                     "european", "british", "american", "french", "german", "korean",
                                                     "japanese", "chinese", "indian", "swiss", "dutch", "saudi", "canadian",
                                                     // ("Korea Investment Corporation", "Japan Investment Corporation")
                                                     "korea", "china", "japan", "israel", "canada", "france", "germany", "europe",
                                                     // ("Seoul Frontier Ventures", "Tokyo Bay Capital": a city opening a fund's name)
                                                     "seoul", "tokyo", "paris", "london", "osaka", "beijing", "toronto", "lisbon",
                                                     "silicon", "california",
                                                     // ("Mar Azul Capital": a word a month's abbreviation spells)
                                                     "mar", "may",
                                                     // ("Early Game Ventures", "First Round Capital", "Great Ocean Holdings")
                                                     "early", "first", "great",
                                                     // ("the AI Safety Institute", "AI Futures Lab": of three words or more)
                                                     "ai",
                                                     // (a region's fund: "Google's Africa Investment Fund", "Asia Growth Fund")
                                                     "africa", "asia", "arab", "gulf", "nordic", "pacific", "latin", "india",
                                                     // ("News Corp", "Daily Mail Group": a press word before a legal form or "Group")
                                                     "news", "daily"}))
      return false;
    // (not a month after its preposition: "In May Kvasar AI raised")
    if (is_any(t[static_cast<std::size_t>(k)].text, {"mar", "may"}) && month_after_preposition(k)) return false;
    int e = k + 1;
    // (not into a parenthesis: "the International Finance Corporation (IFC)")
    // (and past an ampersand between words of the name: "Korea Maritime & Ocean University")
    while (e < n && e <= k + 4 && !lex_token[static_cast<std::size_t>(e)] &&
           (name_shaped(t[static_cast<std::size_t>(e)].text) ||
            (t[static_cast<std::size_t>(e)].text == "&" && e + 1 < n && name_shaped(t[static_cast<std::size_t>(e + 1)].text))) &&
           !t[static_cast<std::size_t>(e - 1)].comma_after && !t[static_cast<std::size_t>(e)].paren_open_before)
      ++e;
    // ("JAFCO Group and Global Brain": a member of a list of backers)
    const bool listed = raising && ((k >= 1 && lower(t[static_cast<std::size_t>(k - 1)].text) == "and") ||
                                    (e < n && lower(t[static_cast<std::size_t>(e)].text) == "and"));
    // ("Chinese AI names", "European AI this year": a nationality and "AI" alone name no institution)
    if (e == k + 2 && lower(t[static_cast<std::size_t>(k + 1)].text) == "ai" && !listed &&
        is_any(t[static_cast<std::size_t>(k)].text, {"european", "british", "american", "french", "german", "korean", "japanese", "chinese",
                                                     "indian", "swiss", "dutch", "saudi", "canadian"}))
      return false;
    if (lower(t[static_cast<std::size_t>(k)].text) == "ai" && e < k + 3) return false;
    // ("In Seoul AI startups raised more", "a Seoul AI music startup", "the Toronto AI institute": a place and
    // "AI" before a word in lower case describe what follows, unless the word is the name's verb ("Seoul AI
    // raised", "Seoul AI is")
    if (e == k + 2 && e < n && lower(t[static_cast<std::size_t>(k + 1)].text) == "ai" && !t[static_cast<std::size_t>(k + 1)].comma_after &&
        is_place(t[static_cast<std::size_t>(k)].text)) {
      const std::string_view next = t[static_cast<std::size_t>(e)].text;
      if (!next.empty() && next[0] >= 'a' && next[0] <= 'z' && !next.ends_with("ed") &&
          !is_any(next, {"is", "was", "has", "had", "will", "would", "could", "can", "said", "says", "and", "or", "to", "in", "on", "at",
                         "for", "with", "also", "of", "from", "by", "as"}))
        return false;
    }
    if (force_word(e - 1)) return e > k + 1;
    if (is_any(t[static_cast<std::size_t>(k)].text, {"news", "daily"})) {
      const std::string last = lower(strip_possessive(t[static_cast<std::size_t>(e - 1)].text));
      return e > k + 1 && (is_legal_form_word(last) || last == "group");
    }
    return e > k + 1 && (is_org_suffix(lower(strip_possessive(t[static_cast<std::size_t>(e - 1)].text))) || listed);
  };
  // "Jan Procházka", "May Habib": a month's name written as a given name, before a capitalised word that is
  // no date ("Jan 5", "May 2026") and no other month or weekday
  auto given_name_month = [&](int k) {
    // (and "Jun", a Japanese, Korean or Chinese given name: "Jun Watanabe")
    if (!is_any(t[static_cast<std::size_t>(k)].text, {"jan", "may", "jun"}) || t[static_cast<std::size_t>(k)].comma_after || k + 1 >= n) return false;
    if (t[static_cast<std::size_t>(k)].text != "Jan" && t[static_cast<std::size_t>(k)].text != "May" && t[static_cast<std::size_t>(k)].text != "Jun")
      return false;
    const std::string_view next = t[static_cast<std::size_t>(k + 1)].text;
    if (*(t[static_cast<std::size_t>(k)].text.data() + t[static_cast<std::size_t>(k)].text.size()) == '.') return false;  // "Jan. 5"
    // (a company after the month is none: "In May Kvasar AI raised")
    const bool company_after = k + 2 < n && !t[static_cast<std::size_t>(k + 1)].comma_after &&
                               is_org_suffix(lower(strip_possessive(t[static_cast<std::size_t>(k + 2)].text)));
    return name_shaped(next) && !(next[0] >= '0' && next[0] <= '9') && !is_stop_word(lower(strip_possessive(next))) &&
           !is_org_suffix(lower(strip_possessive(next))) && !lex_token[static_cast<std::size_t>(k + 1)] && !company_after &&
           !month_after_preposition(k);
  };
  // Token k opens a member of a list of organisations: after "include(s)", "including" or "such as" that
  // follow a plural noun of organisations ("agencies", "rivals", "portfolio companies"), across other
  // members, commas, "and", "as well as" and a short aside ("Ogilvy, a WPP company since 1989, as well as")
  auto listed_after_org_plural = [&](int k) {
    int asides = 0;
    for (int q = k - 1; q >= 1 && q >= k - 30; --q) {
      const std::string w = lower(strip_possessive(t[static_cast<std::size_t>(q)].text));
      int cue = -1;  // the plural noun's token
      if (is_any(w, {"include", "includes", "included", "including"})) cue = q - 1;
      else if (w == "as" && lower(t[static_cast<std::size_t>(q - 1)].text) == "such" && !t[static_cast<std::size_t>(q - 1)].comma_after) cue = q - 2;
      if (cue >= 0 && q >= 2 && t[static_cast<std::size_t>(q - 1)].comma_after) cue = -1;  // ("…, including": no noun before it)
      if (cue >= 0)
        return is_any(lower(t[static_cast<std::size_t>(cue)].text),
                      {"agencies", "brands", "subsidiaries", "units", "affiliates", "companies", "startups", "start-ups", "firms",
                       "rivals", "competitors", "peers", "clients", "customers", "labels", "studios", "publishers", "banks",
                       "lenders", "insurers", "carmakers", "automakers", "chipmakers", "labs", "newspapers", "outlets",
                       "titles", "holdings", "businesses", "operators", "carriers", "retailers", "groups"});
      if (name_shaped(t[static_cast<std::size_t>(q)].text) || is_any(w, {"and", "or", "as", "well"})) continue;
      // (or right after "rivals" or "competitors": "against larger rivals Headspace and Calm")
      if (asides == 0 && is_any(w, {"rivals", "competitors"}) && !t[static_cast<std::size_t>(q)].comma_after) return true;
      // (a short aside between commas: "a WPP company since 1989")
      if (++asides > 6) return false;
      if (is_any(w, {"said", "says", "is", "was", "are", "were", "has", "have", "had", "will", "which", "who", "that", "but", "while", "to"}))
        return false;
    }
    return false;
  };
  // A military rank or an honour before a name, and its "(retd)": "Wing Commander (retd) Arjun Rao", "Lt.
  // Col. (res.) Dana Peretz", "Air Marshal Sir Nigel Hale", "Brig. Gen. Mark Hollis": the number of
  // words to pass over at k (0: none)
  auto rank_words = [&](int k) {
    auto w = [&](int q) {
      if (q >= n) return std::string();
      std::string x = lower(t[static_cast<std::size_t>(q)].text);
      if (!x.empty() && x.back() == '.') x.pop_back();
      return x;
    };
    int q = k;
    for (bool more = true; more && q < n;) {
      more = false;
      const std::string a = w(q), b = w(q + 1), c = w(q + 2);
      if ((a == "air" && is_any(b, {"vice", "chief"}) && is_any(c, {"marshal", "marshall"})) ||
          (a == "lieutenant" && b == "general") || (a == "lieutenant" && b == "colonel"))
        q += (a == "air" ? 3 : 2), more = true;
      else if ((a == "wing" && b == "commander") || (a == "air" && is_any(b, {"marshal", "commodore", "vice-marshal"})) ||
               (a == "group" && b == "captain") || (a == "squadron" && b == "leader") || (a == "flight" && b == "lieutenant") ||
               (is_any(a, {"rear", "vice"}) && is_any(b, {"admiral", "adm"})) || (is_any(a, {"major", "brigadier"}) && b == "general") ||
               (is_any(a, {"lt", "maj", "brig"}) && is_any(b, {"col", "gen", "cmdr", "cdr", "commander"})))
        q += 2, more = true;
      else if (is_any(a, {"lt", "col", "gen", "brig", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl", "colonel", "admiral",
                          "brigadier", "commodore", "lieutenant", "sir", "dame"}) &&
               t[static_cast<std::size_t>(q)].text[0] >= 'A' && t[static_cast<std::size_t>(q)].text[0] <= 'Z')
        q += 1, more = true;
      // ("(retd)", "(ret.)", "(res.)")
      if (q > k && q < n && t[static_cast<std::size_t>(q)].paren_open_before && t[static_cast<std::size_t>(q)].close_after &&
          is_any(w(q), {"retd", "ret", "retired", "res", "reserve", "rtd"}))
        ++q;
    }
    if (q == k || q >= n || lex_token[static_cast<std::size_t>(q)] || !name_shaped(t[static_cast<std::size_t>(q)].text) ||
        t[static_cast<std::size_t>(q - 1)].comma_after || is_stop_word(lower(t[static_cast<std::size_t>(q)].text)) ||
        is_org_suffix(lower(strip_possessive(t[static_cast<std::size_t>(q)].text))))
      return 0;
    return q - k;
  };
  // "BCN: I left Google that summer": an interview's speaker label in initials names nobody new
  int i = 0;
  if (n >= 2 && t[0].text.size() <= 4 && *(t[0].text.data() + t[0].text.size()) == ':' &&
      std::all_of(t[0].text.begin(), t[0].text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    i = 1;
  // "REYES: And there's been a lot of press": a transcript's speaker label, a surname in capitals, is
  // a person (the one named in full elsewhere); not a label of the text ("NOTE:", "UPDATE:") or a place
  // (or the whole name: "KENJI MORIOKA: (laughs) Yes.")
  else if (n >= 3 && !lex_token[0] && !lex_token[1] && *(t[1].text.data() + t[1].text.size()) == ':' &&
           !t[0].comma_after && t[0].text.size() >= 2 && t[1].text.size() >= 2 && in_capitals(t[0].text) && in_capitals(t[1].text) &&
           !is_title_word(lower(t[0].text)) && !is_title_word(lower(t[1].text)) && !is_place(std::string(t[0].text) + " " + std::string(t[1].text))) {
    out.push_back({from_capitals(std::string(t[0].text) + " " + std::string(t[1].text)), EntityType::Person, {}});
    i = 2;
  }
  else if (n >= 2 && t[0].text.size() >= 3 && *(t[0].text.data() + t[0].text.size()) == ':' && !lex_token[0] && in_capitals(t[0].text) &&
           !is_title_word(lower(t[0].text)) && !is_place(t[0].text) &&
           !is_any(t[0].text, {"note", "notes", "update", "updated", "correction", "editor", "editors", "disclosure", "source",
                               "sources", "photo", "video", "audio", "transcript", "breaking", "exclusive", "related", "read",
                               "watch", "listen", "subscribe", "advertisement", "sponsored", "tags", "topics", "share",
                               "question", "answer", "host", "moderator", "interviewer", "panelist", "speaker", "audience"})) {
    out.push_back({from_capitals(t[0].text), EntityType::Person, {}});
    i = 1;
  }
  // a company's blog or newsroom on a line of its own: "Saebyeok AI Blog", "Kairo Newsroom"
  if (n >= 2 && n <= 5 && is_any(lower(t[static_cast<std::size_t>(n - 1)].text), {"blog", "newsroom"}) &&
      !lex_token[static_cast<std::size_t>(n - 2)]) {
    int a = n - 2;
    while (a >= 1 && name_shaped(t[static_cast<std::size_t>(a - 1)].text) && !lex_token[static_cast<std::size_t>(a - 1)] &&
           !is_stop_word(lower(t[static_cast<std::size_t>(a - 1)].text)))
      --a;
    if (name_shaped(t[static_cast<std::size_t>(a)].text) && !is_stop_word(lower(t[static_cast<std::size_t>(a)].text)))
      out.push_back({joined_words(t, a, n - 2), EntityType::Organization, {}});
  }
  while (i < n) {
    std::string_view w0 = t[static_cast<std::size_t>(i)].text;
    // ("Oslo- and New York-based X": a word with a hanging hyphen names nothing)
    if (!w0.empty() && *(w0.data() + w0.size()) == '-' && *(w0.data() + w0.size() + 1) == ' ') {
      ++i;
      continue;
    }
    // ("… Pvt. Ltd.": legal forms name nobody)
    if (*(w0.data() + w0.size()) == '.' && is_any(w0, {"pvt", "pte", "bhd", "ltd"})) {
      ++i;
      continue;
    }
    // "Sony AI", "Tencent AI Lab", "Alibaba Health Information Technology": a unit named after a company the
    // lexicon knows, the words after its name ending in a kind of unit, is an organisation of its own (the
    // mention covering the known name replaces it)
    // (not a word the known name is part of: "Ex-ByteDance AI", "Lightspeed-backed Sarvam AI")
    if (lex_org[static_cast<std::size_t>(i)] && (i == 0 || !lex_token[static_cast<std::size_t>(i - 1)])) {
      int e = i;
      while (e + 1 < n && lex_org[static_cast<std::size_t>(e + 1)] && !t[static_cast<std::size_t>(e)].comma_after) ++e;
      const Token& end = t[static_cast<std::size_t>(e)];
      int q = e + 1;
      bool hyphen = false;
      for (int k = i; k <= e; ++k) hyphen = hyphen || t[static_cast<std::size_t>(k)].text.find('-') != std::string_view::npos;
      if (!hyphen && !end.comma_after && !end.close_after && !end.dash_after && strip_possessive(end.text).size() == end.text.size())
        // (words a space apart only: "Databricks Data + AI Summit" names an event)
        while (q < n && q <= e + 3 && !lex_token[static_cast<std::size_t>(q)] && name_shaped(t[static_cast<std::size_t>(q)].text) &&
               gap_before(t, q) == " " &&
               (!is_stop_word(lower(strip_possessive(t[static_cast<std::size_t>(q)].text))) ||
                is_org_suffix(lower(strip_possessive(t[static_cast<std::size_t>(q)].text))) ||
                is_arm_place(lower(strip_possessive(t[static_cast<std::size_t>(q)].text)))) &&
               !is_title_word(lower(strip_possessive(t[static_cast<std::size_t>(q)].text)))) {
          const Token& w = t[static_cast<std::size_t>(q++)];
          if (w.comma_after || w.close_after || w.dash_after || strip_possessive(w.text).size() != w.text.size()) break;
        }
      // (no version after it: "Rakuten AI 2.0" is a model; no sign joining more words: "Data + AI Summit")
      const char* after_run = t[static_cast<std::size_t>(q - 1)].text.data() + t[static_cast<std::size_t>(q - 1)].text.size();
      const bool joined_on = *after_run == ' ' && (after_run[1] == '+' || after_run[1] == '&');
      const bool run_ends = !joined_on && (q >= n || lex_token[static_cast<std::size_t>(q)] || t[static_cast<std::size_t>(q - 1)].comma_after ||
                                           t[static_cast<std::size_t>(q - 1)].close_after ||
                                           (!name_shaped(t[static_cast<std::size_t>(q)].text) && !is_version_word(t[static_cast<std::size_t>(q)].text)));
      // ("Huawei Technologies" is the company's full name: a technology arm has words of its own before the word)
      const std::string kind = q > e + 1 ? lower(strip_possessive(t[static_cast<std::size_t>(q - 1)].text)) : std::string();
      // (not the group or the legal form of the known company: "Sony Group", "Nvidia Corporation")
      if (q > e + 1 && run_ends &&
          // ("Anduril UK", "Lockheed Martin Space": a company's arm in a country, or in space)
          ((is_any(kind, {"mobile", "space"}) || (is_arm_place(kind) && q == e + 2) || (is_org_suffix(kind) && !is_legal_form_word(kind) &&
                                         !is_any(kind, {"group", "holdings", "holding", "company", "corporation", "technology", "technologies",
                                                        // (a field the company's business goes by: "General Manager, Cisco Security")
                                                        "security", "data", "software", "analytics", "media", "payments", "platforms",
                                                        "solutions", "computing", "communications", "interactive", "games", "energy",
                                                        "retail", "markets", "exchange", "finance", "asset", "equity", "management"}))) ||
           // ("Toss Asia Holdings", "Kakao Mobility Group": a word of its own before the group's word)
           (is_any(kind, {"technology", "technologies", "holdings", "holding", "group"}) && q > e + 2) ||
           // ("Siemens Digital Industries Software": two words of its own before a field's)
           (is_any(kind, {"software", "security", "data", "analytics", "media", "solutions", "computing", "energy"}) && q > e + 3))) {
        out.push_back({joined_words(t, i, q - 1), EntityType::Organization, {}});
        i = q;
        continue;
      }
      // ("Rakuten AI 2.0", "Kestrel Voice 3": a version after the words makes the whole a model named after its maker)
      if (q > e + 1 && q < n && !t[static_cast<std::size_t>(q - 1)].comma_after && !t[static_cast<std::size_t>(q - 1)].close_after &&
          is_version_word(t[static_cast<std::size_t>(q)].text) && (q + 1 >= n || !is_version_word(t[static_cast<std::size_t>(q + 1)].text))) {
        // (and a tier after the version: "ARIN 4.0 Mini")
        const int end = q + 1 < n && !t[static_cast<std::size_t>(q)].comma_after && is_tier_word(t[static_cast<std::size_t>(q + 1)].text) ? q + 1 : q;
        out.push_back({joined_words(t, i, end), EntityType::Product, {}});
        i = end + 1;
        continue;
      }
    }
    if (const int r = rank_words(i); r > 0) {
      i += r;
      continue;
    }
    // ("Do Jae-hyun", "So Ji-min", "An Hye-jin": a Korean surname that is an English word, before a given name
    // of two syllables joined by a hyphen)
    auto korean_surname_start = [&](int q) {
      const std::string_view f = t[static_cast<std::size_t>(q)].text;
      if (q + 1 >= n || t[static_cast<std::size_t>(q)].comma_after ||
          !is_korean_surname_before_given(f))
        return false;
      const std::string_view g = strip_possessive(t[static_cast<std::size_t>(q + 1)].text);
      const std::size_t h = g.find('-');
      return h != std::string_view::npos && h >= 2 && h + 2 < g.size() && is_upper(g[0]) &&
             std::all_of(g.begin() + 1, g.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    };
    // ("HR-tech company Talentrail", "AI-chip startup X": a field in one hyphenated word before the kind of company
    // and its name describes the company)
    const std::size_t hy = w0.find('-');
    const bool field_before_kind = hy != std::string_view::npos && hy + 1 < w0.size() && w0[hy + 1] >= 'a' && w0[hy + 1] <= 'z' &&
                                   i + 2 < n && !t[static_cast<std::size_t>(i)].comma_after && is_org_noun(low(i + 1)) &&
                                   name_shaped(t[static_cast<std::size_t>(i + 2)].text);
    // ("South Korea's One Heart Financial Group", "inside One Heart Care": a number capitalised inside a sentence,
    // before a capitalised word, opens a name)
    // (at a sentence's start only before words that end in an organisation's: "One Heart Life Insurance is ...")
    const bool suffix_run = [&] {
      for (int q = i + 1; q < n && q <= i + 4 && name_shaped(t[static_cast<std::size_t>(q)].text); ++q) {
        if (is_org_suffix(lower(strip_possessive(t[static_cast<std::size_t>(q)].text))) && q > i + 1) return true;
        if (t[static_cast<std::size_t>(q)].comma_after) break;
      }
      return false;
    }();
    // ("trading house Three Seas Trading", "hedge fund Two Sigma": any number to ten)
    const bool number_opens = (i > 0 || suffix_run) &&
                              is_upper(w0[0]) && is_number_word(w0) && i + 1 < n && !t[static_cast<std::size_t>(i)].comma_after &&
                              name_shaped(t[static_cast<std::size_t>(i + 1)].text) && !is_stop_word(low(i + 1)) && !lex_token[static_cast<std::size_t>(i + 1)] &&
                              (i == 0 || !is_any(low(i - 1), {"no", "number", "day", "year", "phase", "series", "season", "chapter", "part", "step", "round"}));
    // ("Hangyeol Ventures and New Dawn Investment": "New" before words that end in an organisation's opens its name; not a
    // place's, "New York", "New Delhi")
    const bool new_opens = w0 == "New" && suffix_run && i + 1 < n && !is_place(joined_words(t, i, i + 1));
    if (lex_token[static_cast<std::size_t>(i)] || !name_shaped(w0) || field_before_kind ||
        (is_stop_word(strip_possessive(w0)) && !soft_start(i) && !given_name_month(i) && !korean_surname_start(i) && !number_opens && !new_opens) ||
        is_title_word(strip_possessive(w0))) {
      ++i;
      continue;
    }
    // ('Luiz Fernando "Nando" Carvalho': the nickname after two given names)
    if (i + 3 < n && !t[static_cast<std::size_t>(i)].comma_after && !t[static_cast<std::size_t>(i + 1)].comma_after &&
        !t[static_cast<std::size_t>(i + 1)].open_before && name_shaped(t[static_cast<std::size_t>(i + 1)].text) &&
        !lex_token[static_cast<std::size_t>(i + 1)] && !is_stop_word(t[static_cast<std::size_t>(i + 1)].text) &&
        !is_title_word(lower(t[static_cast<std::size_t>(i + 1)].text)) && t[static_cast<std::size_t>(i + 2)].open_before &&
        t[static_cast<std::size_t>(i + 2)].close_after && !t[static_cast<std::size_t>(i + 2)].paren_open_before &&
        name_shaped(t[static_cast<std::size_t>(i + 2)].text) && name_shaped(t[static_cast<std::size_t>(i + 3)].text) &&
        !lex_token[static_cast<std::size_t>(i + 2)] && !lex_token[static_cast<std::size_t>(i + 3)] &&
        !is_stop_word(strip_possessive(t[static_cast<std::size_t>(i + 3)].text)) &&
        !is_title_word(lower(strip_possessive(t[static_cast<std::size_t>(i + 3)].text)))) {
      const std::string_view a = t[static_cast<std::size_t>(i)].text, last = strip_possessive(t[static_cast<std::size_t>(i + 3)].text);
      const std::string full = std::string(a) + " " + std::string(t[static_cast<std::size_t>(i + 1)].text) + " " + std::string(last);
      out.push_back({full, EntityType::Person, {}, false, false, std::string(a.data(), static_cast<std::size_t>(last.data() + last.size() - a.data()))});
      out.push_back({std::string(t[static_cast<std::size_t>(i + 2)].text) + " " + std::string(last), EntityType::Person, {}, false, false, full});
      i += 4;
      continue;
    }
    // 'Chukwuemeka "Emeka" Obi': a nickname in quotes between the given name and the surname (the
    // person is the two names; the whole as the text writes it is another name)
    if (i + 2 < n && !t[static_cast<std::size_t>(i)].comma_after && !t[static_cast<std::size_t>(i)].close_after &&
        t[static_cast<std::size_t>(i + 1)].open_before && t[static_cast<std::size_t>(i + 1)].close_after &&
        !t[static_cast<std::size_t>(i + 1)].paren_open_before && name_shaped(t[static_cast<std::size_t>(i + 1)].text) &&
        name_shaped(t[static_cast<std::size_t>(i + 2)].text) && !lex_token[static_cast<std::size_t>(i + 1)] &&
        !lex_token[static_cast<std::size_t>(i + 2)] && !is_stop_word(strip_possessive(t[static_cast<std::size_t>(i + 2)].text)) &&
        !is_title_word(lower(strip_possessive(t[static_cast<std::size_t>(i + 2)].text)))) {
      // (a middle name after the nickname: 'Grace "Shiru" Wanjiru Kamau')
      const bool middle = i + 3 < n && !t[static_cast<std::size_t>(i + 2)].comma_after && !t[static_cast<std::size_t>(i + 2)].close_after &&
                          t[static_cast<std::size_t>(i + 2)].text == strip_possessive(t[static_cast<std::size_t>(i + 2)].text) &&
                          name_shaped(t[static_cast<std::size_t>(i + 3)].text) && !lex_token[static_cast<std::size_t>(i + 3)] &&
                          !is_stop_word(strip_possessive(t[static_cast<std::size_t>(i + 3)].text)) &&
                          !is_title_word(lower(strip_possessive(t[static_cast<std::size_t>(i + 3)].text)));
      const std::string_view a = t[static_cast<std::size_t>(i)].text, b = strip_possessive(t[static_cast<std::size_t>(i + 2)].text);
      const std::string_view last = middle ? strip_possessive(t[static_cast<std::size_t>(i + 3)].text) : b;
      const std::string rest = middle ? std::string(b) + " " + std::string(last) : std::string(b);
      out.push_back({std::string(a) + " " + rest, EntityType::Person, {}, false, false,
                     std::string(a.data(), static_cast<std::size_t>(last.data() + last.size() - a.data()))});
      // (and the nickname with the surname, as other articles name the person: "Emeka Obi")
      // (with either surname when two follow it: "Alex Ruiz" for 'Alejandro "Alex" Ruiz Montero', whose first surname
      // is the father's, "Shiru Kamau" for 'Grace "Shiru" Wanjiru Kamau')
      out.push_back({std::string(strip_possessive(t[static_cast<std::size_t>(i + 1)].text)) + " " + std::string(last), EntityType::Person, {},
                     false, false, std::string(a) + " " + rest});
      if (middle)
        out.push_back({std::string(strip_possessive(t[static_cast<std::size_t>(i + 1)].text)) + " " + std::string(b), EntityType::Person, {},
                       false, false, std::string(a) + " " + rest});
      i += middle ? 4 : 3;
      continue;
    }
    // "SoftBank-backed Corvane AI": the modifier word is no part of the name after it; the owner or
    // backer it names is an organisation ("the Walmart-owned marketplace")
    if (const std::size_t h = w0.rfind('-');
        h != std::string_view::npos && is_any(w0.substr(h + 1), {"backed", "owned", "controlled", "funded", "based", "led",
                                                                 // ("Stanford-trained engineers", "Seoul-born")
                                                                 "trained", "educated", "born", "bred", "raised"})) {
      if (is_any(w0.substr(h + 1), {"backed", "owned", "controlled", "funded"}) && h >= 2 && !is_stop_word(w0.substr(0, h)))
        out.push_back({std::string(w0.substr(0, h)), EntityType::Organization, {}});
      ++i;
      continue;
    }
    // the run of name-shaped words
    int j = i;
    std::string name;
    bool possessive = false;
    int reach = i + 4;
    bool institution_name = false;  // "Royal Bank of Canada": an organisation whatever its last word
    int restart = -1;                // a run to drop, the next one starting at this word
    // (five or six words when the last is an organisation's: "National Security Strategic Investment Fund")
    auto institution_last = [&](int q) {
      if (q != reach || t[static_cast<std::size_t>(q - 1)].comma_after) return false;
      // (and the "of" after such a word: "NATO Cooperative Cyber Defence Centre of Excellence")
      if (q > i + 4 && q + 1 < n && is_any(t[static_cast<std::size_t>(q)].text, {"of", "for"}) &&
          is_any(t[static_cast<std::size_t>(q - 1)].text, {"institute", "center", "centre", "laboratory", "agency"}) &&
          name_shaped(t[static_cast<std::size_t>(q + 1)].text))
        return true;
      return q < i + 6 && is_any(strip_possessive(t[static_cast<std::size_t>(q)].text),
                                 {"fund", "institute", "agency", "organisation", "organization", "authority", "corporation", "bank", "foundation",
                                  "laboratory",
                                  // ("Korea Game Voice Actors Association": the bodies of trades and professions)
                                  "association", "federation", "society", "council", "commission", "alliance", "coalition", "consortium",
                                  "chamber", "union", "committee", "administration", "academy", "guild",
                                  // ("Maple Leaf Public Service Pension Plan", "National Intelligence Service")
                                  "service", "pension", "plan", "trust",
                                  // ("Smart Ship AI Joint Research Center": a research centre's last words)
                                  "research", "center", "centre",
                                  // ("Netcare Linden Park Memorial Hospital")
                                  "hospital", "infirmary", "clinic"});
    };
    while (j < n && (j < reach || institution_last(j)) && !lex_token[static_cast<std::size_t>(j)]) {
      if (j == reach) reach = j + 1;
      // ("최대현(Daniel Choi·43)": a Korean article's age after a middle dot ends the name)
      const std::string_view w = without_age(t[static_cast<std::size_t>(j)].text);
      const bool age_after = w.size() != t[static_cast<std::size_t>(j)].text.size();
      std::string_view stem = strip_possessive(w);
      // ("rent GB300s", "its H100s": a chip's code in the plural is the chip)
      if (stem.size() >= 4 && stem.back() == 's' && stem[stem.size() - 2] >= '0' && stem[stem.size() - 2] <= '9' && is_upper(stem[0]))
        stem.remove_suffix(1);
      // ("Promptwise Technologies Pvt. Ltd.": an abbreviated legal form is no part of the name)
      if (j > i && *(w.data() + w.size()) == '.' && is_any(w, {"pvt", "pte", "bhd"})) break;
      if (j > i && t[static_cast<std::size_t>(j)].paren_open_before) break;  // "Quillmark (Austin, legal AI)"
      if (j > i && j == n - 1 && n <= 5 && is_any(lower(w), {"blog", "newsroom"})) break;  // "Haneul Labs Blog"
      // "Tel Aviv-based Quellsec": the place and its "-based" are no part of the name after them (nor a model
      // and its "-powered": "the Gyeol-3 Mini-powered Kotori")
      // (a word in lower case is no name's: "Toyota Ventures co-led the round")
      if (const std::size_t h = w.rfind('-');
          h != std::string_view::npos && starts_upper(w) &&
          is_any(w.substr(h + 1), {"based", "backed", "owned", "controlled", "funded", "led", "born", "first", "native", "focused", "speaking",
                                   "powered", "driven"})) {
        if (j == i) break;
        name.clear();
        i = j;
        break;
      }
      // "THE FIRST COMPUTER Chiamaka Eze ever owned": a run of words in capitals (a feature's opening)
      // before a name in title case is no part of it
      // (not an acronym and a company's word: "GOSM AI Labs")
      auto caps = [&](int q) {
        const std::string_view x = t[static_cast<std::size_t>(q)].text;
        return x.size() >= 2 && std::all_of(x.begin(), x.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '\''; }) &&
               !is_org_suffix(lower(x));
      };
      if (j >= i + 2 && caps(j - 1) && caps(j - 2) && !caps(j) && w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z') {
        restart = j;
        break;
      }
      // "the Korean-language Haemil models", "its Tokyo-based Kumo unit": a modifier before a name is
      // no part of it
      if (j == i && j + 1 < n && !t[static_cast<std::size_t>(j)].comma_after && w.find('-') != std::string_view::npos &&
          is_any(lower(w.substr(w.rfind('-') + 1)), {"based", "language", "owned", "backed", "made", "speaking", "born", "led", "funded",
                                                      "focused", "listed", "headquartered", "native", "style"}) &&
          name_shaped(t[static_cast<std::size_t>(j + 1)].text)) {
        restart = j + 1;
        break;
      }
      // ("Xuanji v3", "Orca v2.1": a version written with a v)
      const bool v_version = j > i && w.size() >= 2 && w.size() <= 6 && w[0] == 'v' && w[1] >= '0' && w[1] <= '9' &&
                             std::all_of(w.begin() + 1, w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) && w.back() != '.';
      const bool digits_tail = j > i && !w.empty() && ((w[0] >= '0' && w[0] <= '9' && w.size() <= 5) || v_version);
      // "Hartwell & Stone", "Sheikh Tahnoun bin Zayed Al Nahyan", "Ursula von der Leyen": joiners
      // and name particles inside a name, before a capitalised word
      // ("Joost van der Heijden", "María de la Cruz": a particle may follow a particle)
      const bool next_name = !t[static_cast<std::size_t>(j)].comma_after &&
                             ((j + 1 < n && name_shaped(t[static_cast<std::size_t>(j + 1)].text)) ||
                              (j + 2 < n && is_name_particle(t[static_cast<std::size_t>(j)].text) && is_name_particle(t[static_cast<std::size_t>(j + 1)].text) &&
                               !t[static_cast<std::size_t>(j + 1)].comma_after && name_shaped(t[static_cast<std::size_t>(j + 2)].text)));
      // "Max Planck Institute for Intelligent Systems", "University of Toronto", "... of Science and Technology"
      const bool institution = j > i && next_name && is_any(w, {"of", "for", "and"}) &&
                               (is_any(t[static_cast<std::size_t>(j - 1)].text, {"institute", "university", "center", "centre",
                                                                               "school", "academy", "ministry", "department",
                                                                               "agency", "foundation", "college", "bank", "incubator", "court",
                                                                               "accelerator", "council", "office", "commission"}) ||
                                (w == "and" && j - 2 > i && (lower(t[static_cast<std::size_t>(j - 2)].text) == "of" ||
                                                             lower(t[static_cast<std::size_t>(j - 2)].text) == "for")));
      // ("Defence Research and Development Organisation", "Defence Science and Technology Laboratory": "and"
      // inside an institution's name, one or two words before its head noun)
      const bool and_institution =
          j > i && next_name && w == "and" && !t[static_cast<std::size_t>(j - 1)].comma_after && [&] {
            for (int q = j + 1; q < n && q <= j + 3; ++q) {
              if (!name_shaped(t[static_cast<std::size_t>(q)].text)) return false;
              if (is_any(strip_possessive(t[static_cast<std::size_t>(q)].text), {"organisation", "organization", "laboratory", "laboratories", "agency", "institute",
                                                                                 "council", "authority", "commission", "centre", "center", "administration",
                                                                                 "association", "federation", "society", "chamber"}))
                return true;
              if (t[static_cast<std::size_t>(q)].comma_after) return false;
            }
            return false;
          }();
      const bool joiner = j > i && next_name &&
                          (w == "&" || institution || and_institution || is_name_particle(w)) &&
                          !(w[0] >= 'A' && w[0] <= 'Z' && w != "Al" && w != "El");
      if (joiner) {
        name += ' ';
        name += w;
        ++j;
        reach = std::min(n, reach + 1);
        if (and_institution) reach = std::min(n, reach + 2);
        if (institution) {  // "Royal Bank of Canada": the word after is part of the name, even a place
          institution_name = true;
          name += ' ';
          name += strip_possessive(t[static_cast<std::size_t>(j)].text);
          ++j;
          reach = std::min(n, reach + 1);
          if (t[static_cast<std::size_t>(j - 1)].comma_after || strip_possessive(t[static_cast<std::size_t>(j - 1)].text).size() !=
                                                                    t[static_cast<std::size_t>(j - 1)].text.size())
            break;
        }
        continue;
      }
      const bool number_word = j > i && is_any(stem, {"one", "two", "three", "four", "five", "x"}) && w[0] >= 'A' && w[0] <= 'Z';
      // "Partech Africa", "Lightspeed Asia": a region right after a name is the name's regional arm
      const bool region_word = j > i && w[0] >= 'A' && w[0] <= 'Z' &&
                               is_any(stem, {"africa", "asia", "europe", "japan", "korea", "china", "america", "americas"});
      // "Harrowgate Federal LLC", "Nova Digital Labs": an ordinary word right before a legal form or an
      // organisation's last word is inside the name
      const bool before_suffix = j > i && j + 1 < n && w[0] >= 'A' && w[0] <= 'Z' && !t[static_cast<std::size_t>(j)].comma_after &&
                                 name_shaped(t[static_cast<std::size_t>(j + 1)].text) &&
                                 is_org_suffix(lower(strip_possessive(t[static_cast<std::size_t>(j + 1)].text)));
      // ("Samsung Next", "Coral Next": a corporate venture arm's last word, written capitalised, ending the run)
      // ("Ministry of Digital Affairs", "Ministry of Trade and Industry": an institution's nouns after its "of")
      const bool institution_word = institution_name && w[0] >= 'A' && w[0] <= 'Z' &&
                                    is_any(stem, {"affairs", "relations", "industry", "technology", "business", "communications"});
      // ("Telefónica Tech": a company's technology arm, so too, but not "Big Tech")
      const bool arm_word = j > i && (stem == "Next" || (stem == "Tech" && !is_any(t[static_cast<std::size_t>(j - 1)].text, {"big", "ed", "fin", "deep", "climate", "health", "legal", "ad", "reg", "gov", "med", "food", "agri", "prop", "insur"}))) &&
                            (j + 1 >= n || t[static_cast<std::size_t>(j)].comma_after || !name_shaped(t[static_cast<std::size_t>(j + 1)].text));
      // ("Aisha al-Rashid", "Amr el-Sayed": an Arabic surname after its article, written in lower case)
      const bool arabic_article = j > i && is_arabic_article_surname(stem);
      // ("Royal Australian Air Force": a nationality inside an armed force's name)
      const bool force_inside = j > i && j + 1 < n && !t[static_cast<std::size_t>(j)].comma_after &&
                                (force_word(j + 1) || (j + 2 < n && force_word(j + 2) && name_shaped(t[static_cast<std::size_t>(j + 1)].text)));
      // ("Emre Can Yıldırım", "Anna May Wong": a given name that is also a word, between two words of a name)
      // ("Pieter Jan van der Berg": and "Jan", written without a point, before a surname's particles)
      const auto particle_surname = [&](int q) {
        return q + 1 < n && is_name_particle(t[static_cast<std::size_t>(q)].text) && !t[static_cast<std::size_t>(q)].comma_after &&
               (name_shaped(t[static_cast<std::size_t>(q + 1)].text) ||
                (q + 2 < n && is_name_particle(t[static_cast<std::size_t>(q + 1)].text) && !t[static_cast<std::size_t>(q + 1)].comma_after &&
                 name_shaped(t[static_cast<std::size_t>(q + 2)].text)));
      };
      const bool given_word = j > i && j + 1 < n && is_any(stem, {"can", "may", "will", "june", "hope", "grace", "rose", "jan"}) &&
                              *(w.data() + w.size()) != '.' && !t[static_cast<std::size_t>(j - 1)].comma_after &&
                              !t[static_cast<std::size_t>(j)].comma_after &&
                              ((name_shaped(t[static_cast<std::size_t>(j + 1)].text) &&
                                !is_stop_word(strip_possessive(t[static_cast<std::size_t>(j + 1)].text))) ||
                               particle_surname(j + 1));
      // ("Geoffrey A. Tucker": an initial that is also the article)
      const bool initial = j > i && stem.size() == 1 && is_upper(stem[0]) && *(w.data() + w.size()) == '.' && j + 1 < n &&
                           !t[static_cast<std::size_t>(j)].comma_after && name_shaped(t[static_cast<std::size_t>(j + 1)].text);
      // ("Padi Watch", "Google Home": a product's last word that opens sentences too, "Watch: ...")
      const bool product_tail = j > i && is_any(lower(std::string(stem)), {"watch", "home"}) && !t[static_cast<std::size_t>(j - 1)].comma_after;
      if (!(name_shaped(w) || digits_tail || arabic_article) ||
          (j > i && (is_stop_word(stem) && !is_org_suffix(stem) && !number_word && !region_word && !before_suffix && !arm_word && !institution_word &&
                     !force_inside && !given_word && !initial && !product_tail && t[static_cast<std::size_t>(j - 1)].text != "&")) ||
          (j > i && is_title_word(stem)))
        break;
      // ("St. Brigid's Hospital", "King's College London", "Children's Hospital": a possessive before an institution's
      // noun is inside its name)
      // (not an organisation's part, "UCT's School of Education": no acronym, no "of" after the noun)
      const bool possessive_institution = stem.size() != w.size() && j + 1 < n && !t[static_cast<std::size_t>(j)].comma_after &&
                                          !in_capitals(stem) && !(j + 2 < n && is_any(t[static_cast<std::size_t>(j + 2)].text, {"of", "for"})) &&
                                          is_possessive_institution_noun(t[static_cast<std::size_t>(j + 1)].text);
      if (!name.empty()) name += ' ';
      name += possessive_institution ? w : stem;
      // ("Dana K. Morrow", "Marcus J. Whitlow Jr.": an initial inside a name, and a suffix, keep their dots)
      // ("St. Brigid's Hospital", "Mt. Sinai": so does an abbreviated Saint or Mount)
      if (*(w.data() + w.size()) == '.' &&
          ((is_any(stem, {"st", "mt", "ste", "ft"}) && j + 1 < n && name_shaped(t[static_cast<std::size_t>(j + 1)].text)) ||
           (j > i && stem.size() == 1 && is_upper(stem[0]) && j + 1 < n && name_shaped(t[static_cast<std::size_t>(j + 1)].text)) ||
           (j > i + 1 && (stem == "Jr" || stem == "Sr")) || stem == "U.S" || stem == "U.K" ||
           // ("Md. Rafiqul Islam Chowdhury": Muhammad written short opens the name)
           (j == i && (stem == "Md" || stem == "Mohd" || stem == "Muhd") && j + 1 < n && name_shaped(t[static_cast<std::size_t>(j + 1)].text))))
        name += '.';
      possessive = stem.size() != w.size() && !possessive_institution;
      ++j;
      if (age_after) break;
      // "Disclosure: Lumenfold gave ...": a colon or semicolon ends a name too
      const char after = *(w.data() + w.size());
      // "Tern — Palisade Compute's model family": a dash between words ends a name too
      // ("Hyunwoo Lee • Research Scientist": so does a bullet)
      bool bullet = false;
      if (j < n) {
        const std::string_view between = gap_before(t, j);
        bullet = between.find("\u2022") != std::string_view::npos || between.find('|') != std::string_view::npos ||
                 // ("at Lasair's offices in Cork. Trollvik Energy/Handout": a sentence's end after a place, inside a caption the
                 // splitter kept whole)
                 (between.starts_with(". ") && is_place(t[static_cast<std::size_t>(j - 1)].text));
      }
      if (possessive || t[static_cast<std::size_t>(j - 1)].comma_after || t[static_cast<std::size_t>(j - 1)].close_after ||
          after == ':' || after == ';' || t[static_cast<std::size_t>(j - 1)].dash_after || bullet)
        break;
    }
    int joiners = 0;  // "&", "bin", "von" inside the name
    for (int k = i; k < j; ++k)
      if ((t[static_cast<std::size_t>(k)].text == "&" || is_name_particle(t[static_cast<std::size_t>(k)].text)) && k > i && k + 1 < j)
        ++joiners;
      // (and a middle initial or a generational suffix: "Marcus J. Whitlow Jr." is a name of two words)
      else if ((k > i && k + 1 < j && t[static_cast<std::size_t>(k)].text.size() == 1 && is_upper(t[static_cast<std::size_t>(k)].text[0])) ||
               (k >= i + 2 && k + 1 == j && is_name_suffix(t[static_cast<std::size_t>(k)].text)))
        ++joiners;
    if (restart >= 0) {
      i = restart;
      continue;
    }
    const int first = i, last = j - 1, words = j - i - joiners;
    i = j;
    if (words == 0) {
      ++i;
      continue;
    }
    if (name.size() < 2) continue;
    if (is_place(name)) continue;  // "a Seattle startup", "Lagos angel X": a place, not a party
    // ("the Abu Dhabi AI lab", "a Berlin AI startup": a place and "AI" before the noun describe it)
    if (words >= 2 && last_word_is_ai(name) && is_place(name.substr(0, name.size() - 3)) && last + 1 < n &&
        is_org_noun(lower(t[static_cast<std::size_t>(last + 1)].text)))
      continue;
    // "the developer of the Stratum AI underwriting platform": "AI" describes the product named before it, which
    // a field in lower case and a product's noun follow
    if (words == 2 && last_word_is_ai(name) && first >= 1 && is_any(lower(t[static_cast<std::size_t>(first - 1)].text), {"the", "its", "their"}) &&
        last + 2 < n && !t[static_cast<std::size_t>(last)].comma_after && is_upper(t[static_cast<std::size_t>(first)].text[0]) &&
        [&] {
          const std::string_view f = t[static_cast<std::size_t>(last + 1)].text;
          if (f.empty() || !(f[0] >= 'a' && f[0] <= 'z') || t[static_cast<std::size_t>(last + 1)].comma_after) return false;
          return is_product_noun(lower(strip_possessive(t[static_cast<std::size_t>(last + 2)].text))) ||
                 (last + 3 < n && !t[static_cast<std::size_t>(last + 2)].comma_after && t[static_cast<std::size_t>(last + 2)].text[0] >= 'a' &&
                  is_product_noun(lower(strip_possessive(t[static_cast<std::size_t>(last + 3)].text))));
        }() &&
        !is_product_noun(lower(t[static_cast<std::size_t>(last + 1)].text)) && !is_org_noun(lower(t[static_cast<std::size_t>(last + 1)].text))) {
      out.push_back({name.substr(0, name.size() - 3), EntityType::Product, {}});
      continue;
    }
    // "Japanese-language", "Tel Aviv-based", "Hyundai-owned": a modifier, not a name
    if (const std::size_t h = name.rfind('-');
        h != std::string::npos && is_any(std::string_view(name).substr(h + 1),
                                         {"based", "language", "owned", "backed", "made", "speaking", "born", "led", "funded",
                                          "focused", "listed", "headquartered", "native", "style", "era", "first", "hour", "hours",
                                          // ("a Wayfarer-2-equipped test car": what is fitted with a product)
                                          "equipped", "powered", "enabled", "driven", "fitted"}))
      continue;
    // quarters, halves and fiscal years ("Q3", "H1", "FY2025") are dates, not names
    if (words == 1 && ((name.size() == 2 && (name[0] == 'Q' || name[0] == 'H') && name[1] >= '1' && name[1] <= '4') ||
                       (name.size() > 2 && name.compare(0, 2, "FY") == 0 && name[2] >= '0' && name[2] <= '9')))
      continue;
    std::string_view last_word = std::string_view(name).substr(name.rfind(' ') == std::string::npos ? 0 : name.rfind(' ') + 1);
    // ("Savanna Speech (Nairobi) closed a seed": a place in parentheses after the name is skipped)
    int after = last + 1;
    if (after + 1 < n && t[static_cast<std::size_t>(after)].paren_open_before && t[static_cast<std::size_t>(after)].close_after &&
        is_place(t[static_cast<std::size_t>(after)].text) && !t[static_cast<std::size_t>(last)].comma_after)
      ++after;
    // ("Marlin 2 (2024), a speech model": a year in parentheses after the name too)
    bool year_after = false;
    if (after + 1 < n && t[static_cast<std::size_t>(after)].paren_open_before && t[static_cast<std::size_t>(after)].close_after &&
        !t[static_cast<std::size_t>(last)].comma_after && [](std::string_view y) {
          return y.size() == 4 && (y.starts_with("19") || y.starts_with("20")) && std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; });
        }(t[static_cast<std::size_t>(after)].text))
      ++after, year_after = true;
    const std::string prev = low(first - 1), prev2 = low(first - 2), next = low(after), next2 = low(after + 1), next3 = low(after + 2);
    const std::string_view last_text = t[static_cast<std::size_t>(year_after ? last + 1 : last)].text;
    const char after_last = *(last_text.data() + last_text.size());
    const bool comma = t[static_cast<std::size_t>(year_after ? last + 1 : last)].comma_after || after_last == ';' || after_last == ':';
    // ("founded by A, B and Niklas Köhler — raised": the verb after a dash closing an aside is not the name's)
    const bool closes_aside = t[static_cast<std::size_t>(last)].dash_after && !t[static_cast<std::size_t>(last)].arrow_after;

    // "Head of Applied Research at Upstage": a field between a title's "of" and the "at" of its
    // organisation names none
    if (prev == "of" && is_title_word(prev2) && ((next == "at" && !comma) || (comma && roster))) continue;
    // "Congrats Jihoon!!", "Welcome aboard, Jihoon": a greeting before a first name is no part of it
    // (the name itself stays a reference to a person of the text)
    if (words == 2 && is_any(lower(t[static_cast<std::size_t>(first)].text), {"congrats", "congratulations", "thanks", "welcome", "hi",
                                                                            "hello", "dear", "cheers", "kudos"}))
      continue;
    // "Hyunwoo Lee • Research Scientist at LG AI Research": a comment's or a byline's author before a
    // bullet and a post
    bool bulleted_person = false;
    if (words >= 2 && words <= 3 && last + 1 < n) {
      // (the bullet is cut away from the words: it stands between them in the text)
      const std::string_view between = gap_before(t, last + 1);
      bulleted_person = (between.find("\u2022") != std::string_view::npos || between.find("\u00b7") != std::string_view::npos) &&
                        (is_title_word(next) || is_title_filler(next) || is_any(next, {"1st", "2nd", "3rd"}));
    }
    // Type from shape and context.
    // (a bank's, a group's or an institution's word first: "Bank Leumi", "Groupe Marcelin", "Universidad de
    // Buenos Aires")
    // (or one whose last word glues AI to a word in camel case: "Everline GridAI", "Nuri VisionAI")
    const std::string_view last_bare = strip_possessive(t[static_cast<std::size_t>(last)].text);
    // (not the word for generative AI a product's name may end in: "DAP GenAI")
    const bool glued_ai = words >= 2 && last_bare.size() >= 4 && last_bare.ends_with("AI") && last_bare[last_bare.size() - 3] >= 'a' &&
                          last_bare[last_bare.size() - 3] <= 'z' && lower(last_bare) != "genai";
    bool org = (words >= 2 && is_org_suffix(last_word)) || institution_name || glued_ai ||
               (words >= 2 && is_any(t[static_cast<std::size_t>(first)].text,
                                     {"banco", "banca", "banque", "groupe", "grupo", "gruppo", "universidad", "universidade", "université",
                                      "università", "universitat", "instituto", "institut", "istituto", "fundación", "fundação",
                                      "fondation", "escuela", "escola", "école", "centro",
                                      // (Indonesia's legal form before the name: "PT Awan Nusantara")
                                      "pt"})) ||
               (words == 2 && lower(t[static_cast<std::size_t>(first)].text) == "bank") ||
               // (armed forces: "Swedish Air Force", "U.S. Army", "Royal Navy", "Marine Corps")
               (words >= 2 && is_force_word(last_word));
    // "CTO Seoyeon Rhee, the startup says ...": a title right before two or three title-case words
    // names a person, whatever follows
    // (not past a comma: "Amara Okonkwo, Partner, Tanjung Ventures Korea" is the partner's firm)
    const bool titled_person = !org && words >= 2 && words <= 3 && first >= 1 && is_title_word(prev) && !possessive &&
                               !t[static_cast<std::size_t>(first - 1)].comma_after;
    // "Ola founder Bhavish Aggarwal", "Spotify co-founder Daniel Ek": a founder's or chief's company
    // (not across a dash: "Daniel Okonkwo — Co-Founder and Chief Executive Officer" is a person's post;
    // nor a post in parentheses: "founded by Oliver Hale (CEO) and ...")
    const bool post_in_parens = last + 1 < n && t[static_cast<std::size_t>(last + 1)].paren_open_before;
    if (!comma && !t[static_cast<std::size_t>(last)].dash_after && !post_in_parens && words <= 3 &&
        (is_founder_word(next) || is_any(next, {"ceo", "cto", "cfo", "coo", "chairman"}) ||
         (is_title_word(next) && is_former_word(prev))) &&  // "Former Redcliff principal X"
        !is_title_word(prev))
      org = true;
    // "former Celonis product leads", "a Google research scientist": an employer before a title
    if (!org && !comma && !t[static_cast<std::size_t>(last)].dash_after && !bulleted_person && is_title_filler(next) && next != "and" && next != "of" && next != "a" && next != "the" &&
        next != "an" && next != "its" && next != "his" && next != "her" && next != "their" && is_title_word(next2))
      org = true;
    // "the company's Cortex AI services": a product noun after the name makes it a product
    if (org && words >= 2 && !comma && !possessive && lower(last_word) == "ai" && is_product_noun(next) && !is_title_word(next))
      org = false;
    // "Nvidia Corp.", "Acme Inc.": the suffix alone is no name
    if (words == 1 && is_org_suffix(name) && name.size() <= 5) continue;
    bool product = false, person = titled_person || (bulleted_person && !org), by_default = false, part_named = false;
    if (!org && !person) {
      // (not across a headline's colon: "The ark builder: Mio Tachibana wants ...")
      const bool colon_before = first >= 1 && gap_before(t, first).find(':') != std::string_view::npos;
      // (not the founder in a relative clause after it: "the lab Dagny Holmström co-founded in 2023")
      const bool founder_clause = words == 2 && !comma && !is_org_suffix(lower(last_word)) &&
                                  is_any(next, {"co-founded", "cofounded", "founded", "started", "leads", "runs", "joined", "left", "built"});
      // (and a utility: "state-owned utility Statkraft")
      // (but a possessor's or a flagship platform is a product: "Its flagship platform, Talhão", "the company's
      // platform Ledgerline")
      const bool possessed_platform =
          first >= 2 && prev == "platform" &&
          [&] {
            for (int q = first - 2; q >= 0 && q >= first - 4; --q) {
              const std::string w = low(q);
              if (w == "flagship" || w == "its" || w == "their" || w == "our" || (w.size() > 2 && w.ends_with("'s"))) return true;
              if (t[static_cast<std::size_t>(q)].comma_after) return false;
            }
            return false;
          }();
      if (!colon_before && !founder_clause && !possessed_platform &&
          before_is(t, first, 3, [](std::string_view w) { return is_org_noun(w) || is_any(lower(w), {"utility", "utilities"}); }))
        org = true;
      // "Founded in Can Tho in 2020 by A and B, MekongTrace built ...": the subject of the main clause after a
      // fronted founding participle and its agents is what they founded (the last agent is followed by the comma;
      // the name by a verb, not by another agent)
      else if (founding_participle && first >= 3 && t[static_cast<std::size_t>(first - 1)].comma_after && !comma && next != "and" &&
               !next.empty() && next[0] >= 'a' && next[0] <= 'z' && !is_title_word(next) && [&] {
                 for (int q = 1; q < first - 1; ++q)
                   if (low(q) == "by") return true;
                 return false;
               }())
        org = true;
      // ("Founded in 2019 by A and B, the company builds ...": the comma closes a fronted participle
      // clause, and what follows is the main clause's subject, not an apposition)
      // (not what a company makes: "Harrowgate builds Ledgerline, an AI-native platform")
      // (the noun before any title: "Ada Nwosu, a partner at Ventures Platform" is a person)
      else if (comma && (next == "a" || next == "an" || next == "the" || next == "another") && !fronted_participle &&
               // (the noun of the apposition: up to four words in, before a title or a product's noun ends it;
               // "Kaji, an agent platform the company launched" is a product)
               [&] {
                 for (int q = last + 2; q <= last + 5; ++q) {
                   if (org_noun_at(q)) return true;
                   if (is_product_noun(low(q))) return org_noun_at(q + 1);  // ("a Korean chip startup")
                   if (is_title_word(low(q))) return false;
                 }
                 return false;
               }() &&
               !is_any(prev, {"builds", "makes", "sells", "offers", "ships", "develops", "launched", "released", "unveiled", "shipped"}))
        org = true;
      else if (comma && (next == "a" || next == "the") &&
               (next2 == "unit" || next2 == "subsidiary" || next2 == "division"))
        org = true;
      // "its Lotte Shopping unit", "a Kestrel Foods official said": the noun after the name is one of
      // its parts or people, so the name is an organisation's
      // (not a nationality, a place or a field: "a Peruvian executive", "the R&D unit")
      else if (!comma && !possessive && first >= 1 && is_any(prev, {"a", "an", "its", "the", "their", "his", "her"}) &&
               is_any(next, {"unit", "division", "subsidiary", "affiliate", "official", "officials", "spokesperson", "spokesman",
                             "spokeswoman", "executive", "executives", "employee", "employees", "staffer", "staffers", "insider",
                             // ("the CEA-Leti laboratory", "the Hartree institute")
                             "laboratory", "laboratories", "institute", "consortium"}) &&
               !is_nationality_word(name) && !is_place(name) && !is_title_filler(lower(name)) && name.find('&') == std::string::npos)
        org = part_named = true;
      // ("KT launched KT Mindbridge, a wholly owned AI subsidiary": a company may launch a unit)
      else if (comma && (next == "a" || next == "an" || next == "the") && !fronted_participle && [&] {
                 for (int q = last + 2; q <= last + 6 && q < n; ++q) {
                   if (is_any(low(q), {"subsidiary", "unit", "division", "affiliate", "spinoff", "spin-off"}))
                     return !(low(q) == "unit" && is_any(low(q - 1), {"processing", "computing", "graphics", "tensor"}));  // ("a neural processing unit")
                   if (t[static_cast<std::size_t>(q)].comma_after || is_title_word(low(q)) || is_product_noun(low(q))) return false;
                 }
                 return false;
               }())
        org = true;
      // "Loomstack is a San Francisco startup that ...": a copula before an organisation noun
      // (not past a title: "Maria Lopez is a professor at Bogazici University")
      // ("Palpite Certo is a licensed fixed-odds sports betting operator": past up to five describing words, not
      // past a preposition or a comma)
      else if (!comma && (next == "is" || next == "was") && (next2 == "a" || next2 == "an") && [&] {
                 for (int q = last + 3; q <= last + 8 && q < n; ++q) {
                   if (is_title_word(low(q)) || is_former_word(low(q))) return false;
                   if (is_org_noun(low(q))) return true;
                   if (t[static_cast<std::size_t>(q)].comma_after || is_any(low(q), {"of", "in", "at", "for", "with", "by", "from", "to", "who", "that", "which"}))
                     return false;
                 }
                 return false;
               }())
        org = true;
      // "Palpite Certo, one of Brazil's fastest-growing betting operators,": one of several organisations
      else if (comma && next == "one" && next2 == "of" && [&] {
                 for (int q = last + 3; q <= last + 9 && q < n; ++q) {
                   const std::string w(strip_possessive(low(q)));
                   const std::string one = w.size() > 3 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
                   if (is_title_word(w) || is_title_word(one) || is_former_word(w)) return false;
                   if (w != one && is_org_noun(one)) return true;
                   if (t[static_cast<std::size_t>(q)].comma_after || is_any(w, {"who", "that", "which", "to", "at", "in", "with", "by"})) return false;
                 }
                 return false;
               }())
        org = true;
    }
    // "Brindle named Tove Lund as its CEO": "named" after a name is the verb, not "a model named X"
    // ("Kakao has named Seo Min-jae head of ...": after an auxiliary too)
    // ("Harbor, the Boston startup, named Dana Whitfield chief operating officer": or before a title)
    const bool verb_named = (prev == "named" || prev == "appointed") && first >= 2 &&
                            (is_upper(t[static_cast<std::size_t>(first - 2)].text[0]) ||
                             is_any(prev2, {"has", "have", "had", "was", "were", "been", "also", "formally", "officially", "it", "he", "she", "they"}) ||
                             // ("The company named Sinead Costello, who …": a company's noun before the verb)
                             (first >= 3 && is_org_noun(prev2) && is_any(low(first - 3), {"the", "its"})) ||
                             (!comma && (is_title_word(next) || (next == "as" && (is_title_word(next2) || is_title_word(next3)))) &&
                              !is_product_noun(prev2)));
    // "M12, Microsoft's venture fund": a code-like name described as an organisation
    bool possessed_product = false;  // "Wrenfield, Corvane AI's flagship model"
    if (!org && !person && comma)
      for (int r = last + 1; r <= last + 3 && r < n; ++r) {
        const std::string pw = low(r);
        // the possessor opens the apposition ("X, Heron Group's venture fund"), not a clause ("X, who led Y's team")
        // (not a verb after a subject's aside: "…, David Ha and Llion Jones, remains Japan's most-watched lab")
        // ("Altra, the Munich company's battlefield software platform": a nominal possessor)
        if (pw == "the" && r == last + 1) continue;
        const bool nominal_possessor = r > last + 1 && low(last + 1) == "the" && pw.size() > 2 && pw.ends_with("'s") &&
                                       is_org_noun(pw.substr(0, pw.size() - 2));
        if (!name_shaped(t[static_cast<std::size_t>(r)].text) && !(pw == "its" && r == last + 1) && !nominal_possessor) break;
        // (a plural's possessive too: "Wrzos Motion, Wrzos Labs' real-time facial synthesis engine")
        const std::string_view rt = t[static_cast<std::size_t>(r)].text, gap = r + 1 < n ? gap_before(t, r + 1) : std::string_view();
        const bool plural_possessive = rt.size() > 2 && rt.back() == 's' && (gap.starts_with("'") || gap.starts_with("\xE2\x80\x99"));
        if ((pw.size() > 2 && pw.compare(pw.size() - 2, 2, "'s") == 0) || plural_possessive || (pw == "its" && r == last + 1)) {  // "X, its platform"
          // (a product noun first: "platform" names both, and "X, its platform" is a product)
          // ("X, Kakao's AI platform lead": the title after the words of its field)
          if (is_title_word(low(r + 1)) || is_title_word(low(r + 2)) || is_title_word(low(r + 3)) ||
              (is_title_word(low(r + 4)) && !t[static_cast<std::size_t>(r + 3 < n ? r + 3 : r)].comma_after))
            ;  // "X, Brindle's head of product": a person's title
          // ("X, Omnicom's flagship agency": a flagship of a kind of organisation)
          else if ((low(r + 1) == "flagship" && is_org_noun(low(r + 2))) || (low(r + 2) == "flagship" && is_org_noun(low(r + 3))))
            org = true;
          else if (is_product_noun(low(r + 1)) || is_product_noun(low(r + 2)) || is_product_noun(low(r + 3)) ||
                   // (three describing words in lower case before it: "Wrzos Labs' real-time facial synthesis engine")
                   (r + 4 < n && is_product_noun(low(r + 4)) && [&] {
                     for (int q = r + 1; q <= r + 3; ++q)
                       if (t[static_cast<std::size_t>(q)].comma_after || t[static_cast<std::size_t>(q)].text.empty() ||
                           !(t[static_cast<std::size_t>(q)].text[0] >= 'a' && t[static_cast<std::size_t>(q)].text[0] <= 'z'))
                         return false;
                     return true;
                   }()))
            possessed_product = true;
          else if (is_org_noun(low(r + 1)) || is_org_noun(low(r + 2)) || is_org_noun(low(r + 3)))
            org = true;
          break;
        }
      }
    // "Cóndor Credit 1.5, which Austral Intelligence released in 2024": what an organisation named after
    // "which" released or built is a product
    // (or "which the startup launched", "which it released": the organisation named by a noun or a pronoun)
    if (!org && !person && comma && next == "which" && last + 3 < n) {
      int from = -1;
      if (name_shaped(t[static_cast<std::size_t>(last + 2)].text) && !is_stop_word(lower(t[static_cast<std::size_t>(last + 2)].text))) from = last + 3;
      else if (is_any(low(last + 2), {"it", "they"})) from = last + 3;
      else if (low(last + 2) == "the" && is_any(low(last + 3), {"startup", "start-up", "company", "firm", "group", "lab", "maker", "developer"}))
        from = last + 4;
      for (int q = from; from >= 0 && q < n && q <= from + 3; ++q) {
        if (is_any(low(q), {"released", "launched", "built", "developed", "trained", "shipped", "unveiled", "introduced", "open-sourced"})) {
          product = true;
          break;
        }
        // (past the rest of the agent's name, or an adverb or auxiliary: "which it first released")
        const bool agent_word = from == last + 3 && name_shaped(t[static_cast<std::size_t>(q)].text);
        if (!(agent_word || is_any(low(q), {"first", "also", "had", "has"})) || t[static_cast<std::size_t>(q)].comma_after) break;
      }
    }
    // "joined Alpstein in 2017 from Credit Suisse, where he was head of ...": where someone came from and
    // worked is an organisation
    if (!org && !person && !product && prev == "from" && !is_place(name)) {
      bool came = comma && next == "where";
      for (int q = first - 2; !came && q >= 0 && q >= first - 7; --q)
        came = is_any(low(q), {"joined", "joins", "join", "hired", "poached", "recruited", "moved", "moves", "arrived", "arrives"});
      if (came) org = true;
    }
    // "Activision Blizzard, which Microsoft bought", "Thomson Reuters acquired Casetext": "which" and
    // the verbs of companies tell an organisation from a person
    if (!org && !person && !product && words >= 2 && !is_org_suffix(last_word) &&
        ((comma && next == "which" && !is_any(prev, {"and", "by", "including", "with"}) && !is_title_word(prev) &&
          // (not "..., which is why": a relative about the whole clause)
          !(is_any(next2, {"is", "was"}) && is_any(next3, {"why", "how"}))) ||
         (!comma && !closes_aside && is_any(next, {"acquired", "bought", "raised", "partnered", "hired", "acquires", "raises", "builds", "makes", "secured",
                                  "closed", "landed", "bagged", "nabbed",
                                  "sells", "manufactures", "employs", "operates", "ships", "licenses", "develops", "reported",
                                  "posted", "completed"})) ||
         (!comma && !closes_aside && raising && is_any(next, {"led", "co-led", "invested", "backed"}))))  // "Redwood Arc led the Series A"
      org = true;
    // "Nubank's AI group", "Naver's Clova division": the possessor of a unit is an organisation
    if (!org && !person && possessive && words <= 2 && !is_title_word(prev)) {
      for (int r = last + 1; r <= last + 3 && r < n; ++r) {
        if (is_any(low(r), {"group", "division", "unit", "lab", "labs", "arm", "subsidiary", "practice"}) && !t[static_cast<std::size_t>(r)].comma_after) {
          org = true;
          break;
        }
        if (t[static_cast<std::size_t>(r)].comma_after || is_any(low(r), {"and", "of", "who", "which", "in"})) break;
      }
    }
    // "Telstra Ventures, the venture arm of Telstra", "a unit of telecom group Viettel": what a unit is of is
    // an organisation; lower-case describing words between. When the unit's name opens with it, it is the
    // parent, no short form of that name (but "Sahyadri" is "Sahyadri Digital" in "Tarka is a subsidiary of Sahyadri")
    bool parent = false;
    // (not a name describing the parent named after it: "the IT arm of the Lidl owner Schwarz Group")
    if (!person && !possessive && words <= 3 && first >= 2 && !(!comma && (is_org_noun(next) || is_any(next, {"owner", "parent"})))) {
      for (int r = first - 1; r >= 1 && r >= first - 6; --r) {
        const std::string w = low(r);
        if (w == "of") {
          parent = is_any(low(r - 1), {"arm", "unit", "subsidiary", "division", "affiliate", "wing", "spinoff", "spin-off", "offshoot"});
          org = org || parent;
          // (the unit: the organisation named last before it, in this sentence)
          const auto unit = std::find_if(out.rbegin(), out.rend() - static_cast<std::ptrdiff_t>(sentence_first),
                                         [](const Candidate& c) { return c.type == EntityType::Organization; });
          parent = parent && unit != out.rend() - static_cast<std::ptrdiff_t>(sentence_first) && unit->name.size() > name.size() + 1 &&
                   unit->name.compare(0, name.size() + 1, name + " ") == 0;
          break;
        }
        const std::string_view raw = t[static_cast<std::size_t>(r)].text;
        // ("a unit of Spain's Telefónica": a country's possessive between)
        if (r == first - 1 && strip_possessive(raw).size() != raw.size() && is_place(std::string(strip_possessive(raw)))) continue;
        // ("the venture arm of Hartford carrier Meridian Mutual": a place before the kind of company)
        if (r + 1 < first && name_shaped(raw) && !lex_token[static_cast<std::size_t>(r)] && is_org_noun(low(r + 1)) &&
            !t[static_cast<std::size_t>(r)].comma_after)
          continue;
        if (t[static_cast<std::size_t>(r)].comma_after || t[static_cast<std::size_t>(r)].close_after || t[static_cast<std::size_t>(r + 1)].open_before ||
            raw.empty() || !(raw[0] >= 'a' && raw[0] <= 'z') || is_any(w, {"and", "or", "by", "with"}))
          break;
      }
    }
    // "Nubank's head of credit modelling", "Adyen's chief technology officer": the possessor of a post
    // (a company's, not a person's "chief of staff")
    if (!org && !person && possessive && words <= 2 && !is_title_word(prev) && last + 2 < n) {
      // ("Kestrel's remaining co-founder": an adjective of the post before it)
      const int at = is_post_adjective(low(last + 1)) ? last + 2 : last + 1;
      const std::string a = low(at), b = low(at + 1);
      if ((a == "head" && b == "of") || (a == "chief" && b != "of") || is_any(a, {"ceo", "cto", "cfo", "coo", "cpo", "president", "co-founder", "cofounder"}))
        org = true;
    }
    // "Osaka's Kiri Motion", "Berlin's Halcyon Audit": a company a place possesses (of one word, when an
    // apposition or a founding follows: "Munich's Helsing, co-founded in 2021 by …")
    const bool described_after = comma && is_any(next, {"co-founded", "founded", "which", "a", "an", "the", "backed", "started", "set", "launched"});
    // ("Berlin's Charité university hospital": or of one word before a kind of institution)
    const bool institution_after = !comma && is_any(next, {"university", "hospital", "clinic", "school", "institute"});
    if (!org && !person && (words >= 2 || described_after || institution_after) && first >= 1 && !is_org_suffix(last_word)) {
      const std::string_view pw = t[static_cast<std::size_t>(first - 1)].text;
      const std::string_view place = strip_possessive(pw);
      if (place.size() != pw.size() && is_place(std::string(place))) org = true;
    }
    // "Monashees and the IFC also took part in the round": the first of a round's investors opening the sentence
    if (!org && !person && raising && words == 1 && first == 0 && !comma && next == "and" && !possessive) org = true;
    // ("Plural led; Speedinvest participated.": one word opening a clause of a round, before what investors do)
    if (!org && !person && raising && words == 1 && !comma && !possessive && is_any(next, {"led", "co-led", "participated", "invested"}) &&
        (first == 0 || gap_before(t, first).find_first_of(";.") != std::string_view::npos))
      org = true;
    // "LexisNexis, owned by London-listed RELX": what is owned or backed by someone is an organisation
    if (!org && !person && comma && is_any(next, {"owned", "majority-owned", "wholly-owned", "backed"}) && next2 == "by") org = true;
    // "Monashees followed on": a follow-on investor
    if (!org && !person && !comma && next == "followed" && next2 == "on") org = true;
    // "Meta's FAIR lab", "Alibaba's DAMO unit": a possessor's lab or unit named before its noun
    if (!org && !person && !comma && words <= 2 && prev.size() > 2 && prev.compare(prev.size() - 2, 2, "'s") == 0 &&
        is_any(next, {"lab", "laboratory", "unit", "division", "arm", "institute", "centre", "center"}))
      org = true;
    // "now operates as a Nubank subsidiary", "became a SoftBank unit": the parent before the unit's noun
    if (!org && !person && !comma && words <= 2 && is_any(prev, {"a", "an"}) && is_any(next, {"subsidiary", "unit", "affiliate", "division"}))
      org = true;
    // "... led by Kaszek, with Norrsken22 joining": a round's participant
    if (!org && !person && prev == "with" && is_any(next, {"joining", "participating", "investing"})) org = true;
    // "Seedcamp, which backed us at pre-seed": one word, then what only companies do
    if (!org && !person && words == 1 && comma && next == "which" &&
        is_any(next2, {"backed", "invested", "acquired", "bought", "led", "funded", "raised", "owns", "builds", "makes"}))
      org = true;
    // ("from Ventures Platform and Norrsken22", "Sawari Ventures and Flat6Labs": a code-like name in a
    // list of investors is an investor)
    // ("with participation from Norrsken22", "led by Flat6Labs": after the word that opens the investors too)
    // (and a one-word name in camel case: "with Cherry Ventures and BayernKapital joining")
    const bool camel = words == 1 && name.size() > 3 &&
                       std::any_of(name.begin() + 1, name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                       std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    // ("Norrsken22 and the Ilori Family Office also took part": first in the list too)
    if (!org && !person && raising && words == 1 && (is_model_code(name) || camel) &&
        (is_any(prev, {"and", "including", "from", "by"}) || (first == 0 && next == "and") || (prev == "of" && prev2 == "participation")) &&
        (next.empty() || comma || is_any(next, {"and", "participating", "joining", "also", "in", "to"})))
      org = true;
    // "Flat6Labs", "BayernKapital", "SambaLabs": one word in camel case ending in a company word
    if (!org && !person && camel) {
      const std::string low_name = lower(name);
      for (std::string_view end : {"labs", "lab", "ventures", "capital", "kapital", "partners", "fund", "robotics", "networks", "systems"})
        if (low_name.size() >= end.size() + 2 && low_name.compare(low_name.size() - end.size(), end.size(), end) == 0 &&
            name[name.size() - end.size()] >= 'A' && name[name.size() - end.size()] <= 'Z')
          org = true;
    }
    if (!org && !person && !verb_named && words == 1 && is_model_code(name)) product = true;
    if (!org && !person && possessed_product) product = true;
    // "a layout model it calls Compasso", "an agent the company dubs Ferry": what its maker calls a product
    if (!org && !person && !possessive && first >= 3 && is_any(prev, {"calls", "dubs", "called", "dubbed", "names"}) &&
        (is_any(prev2, {"it", "they", "we"}) || (prev2 == "company" && low(first - 3) == "the")) &&
        (is_product_noun(low(first - 3)) || is_product_noun(low(first - 4))))
      product = true;
    if (!org && !product && !person && !verb_named) {
      // (not a title's field: "Orison's head of product, Beatriz Monteiro")
      const bool title_field = prev2 == "of" && (is_title_word(low(first - 3)) || is_title_word(low(first - 4)));
      // (not the possessor of a person named after it: "Agents for chips: Kavana's Noa Ben-Ami")
      const bool possessor_of_person = possessive && last + 2 < n && name_shaped(t[static_cast<std::size_t>(last + 1)].text) &&
                                       name_shaped(t[static_cast<std::size_t>(last + 2)].text) && !is_product_noun(next) &&
                                       !is_product_noun(low(last + 2)) && !lex_token[static_cast<std::size_t>(last + 1)];
      // (not a company's former name: "when it was still called Daum Kakao")
      const bool former_name = is_any(prev, {"called", "named"}) && is_any(prev2, {"was", "still", "then", "formerly", "originally", "once", "were"});
      if ((!possessor_of_person && !former_name && before_is(t, first, 2, [](std::string_view w) { return is_product_noun(w); }) && !title_field) ||
          // (a possessor is no product: "Omnicom's flagship agency")
          (!comma && !possessive && is_product_noun(next) && next != "called" && next != "named" &&
           // ("platform" names both, but "its Lumen Grid platform" is the possessor's product)
           // (not an acronym: "its API platform", "its ML platform team")
           (next != "platform" ||
            (std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
             (is_any(prev, {"its", "their", "our"}) ||
              (first >= 1 && strip_possessive(t[static_cast<std::size_t>(first - 1)].text).size() !=
                                 t[static_cast<std::size_t>(first - 1)].text.size()))))) ||
          // "the Solenne Assistant enterprise chatbot", "its Relay coding agent": one describing word between
          // ("whose Stepova ground robots")
          // ("Zoria Robotics' Sokil strike drone": the apostrophe of a plural's possessive, which the word leaves behind)
          (!comma && last + 2 < n && !t[static_cast<std::size_t>(last + 1)].comma_after && !is_title_word(next) &&
           (is_any(prev, {"the", "its", "their", "our", "his", "her", "whose"}) ||
            (first >= 1 && strip_possessive(t[static_cast<std::size_t>(first - 1)].text).size() != t[static_cast<std::size_t>(first - 1)].text.size()) ||
            (first >= 1 && (gap_before(t, first).starts_with("'") || gap_before(t, first).starts_with("\xE2\x80\x99")))) &&
           !next.empty() && next[0] >= 'a' && next[0] <= 'z' && !is_any(next, {"and", "or", "of", "the", "a", "to", "in", "is", "was", "has"}) &&
           ((is_product_noun(next2) && next2 != "platform") ||
            // (two: "the Fury collaborative combat aircraft")
            (last + 3 < n && !t[static_cast<std::size_t>(last + 2)].comma_after && !is_any(next, {"on", "with", "for", "at", "by", "from", "as"}) &&
             t[static_cast<std::size_t>(last + 1)].text[0] >= 'a' && t[static_cast<std::size_t>(last + 2)].text[0] >= 'a' &&
             t[static_cast<std::size_t>(last + 2)].text[0] <= 'z' &&
             !is_any(next2, {"and", "or", "of", "the", "a", "to", "in", "is", "was", "has", "with", "for", "at", "on"}) && is_product_noun(next3) &&
             !is_any(next3, {"platform", "called", "named", "dubbed", "version", "successor", "predecessor"})))) ||
          // ("its Corsair and Marauder vessels": a list that a plural product noun closes)
          (!comma && next == "and" && last + 3 < n && is_any(prev, {"its", "their", "the", "whose"}) &&
           name_shaped(t[static_cast<std::size_t>(last + 2)].text) && !lex_token[static_cast<std::size_t>(last + 2)] &&
           is_product_noun(low(last + 3)) && low(last + 3).back() == 's') ||
          (!comma && (next == "large" || next == "small" || next == "open" || next == "reasoning" || next == "language") &&
           (is_any(next2, {"models", "model"}) || (next2 == "language" && is_any(next3, {"models", "model"})))) ||
          // "X, a coding model"; not "X, a former product director" (a title follows the noun)
          (comma && (next == "a" || next == "an" || next == "the") &&
           ((is_product_noun(next2) && !is_title_word(next3)) || (is_product_noun(next3) && !is_title_word(low(last + 4))) ||
            // ("Burrow, the open-source code indexer": two describing words in lower case)
            // (or "AI" among them: "Lumi Guard, an AI chat-moderation tool")
            // (not a name cut after its own "AI": "to AI Painter, the AI coloring tool")
            // (or three: "Torva, the open-source medical imaging framework")
            (last + 4 < n && (t[static_cast<std::size_t>(last + 2)].text[0] >= 'a' || (next2 == "ai" && prev != "ai")) &&
             (t[static_cast<std::size_t>(last + 3)].text[0] >= 'a' || next3 == "ai") &&
             !t[static_cast<std::size_t>(last + 2)].comma_after && !t[static_cast<std::size_t>(last + 3)].comma_after &&
             !is_any(next3, {"of", "for", "at", "in", "and", "with", "by", "from"}) && !is_any(next2, {"of", "for", "at", "in", "and", "with", "by", "from"}) &&
             ((is_product_noun(low(last + 4)) && !is_title_word(low(last + 5))) ||
              (last + 5 < n && t[static_cast<std::size_t>(last + 4)].text[0] >= 'a' && !t[static_cast<std::size_t>(last + 4)].comma_after &&
               !is_stop_word(next2) && !is_stop_word(next3) && !is_stop_word(low(last + 4)) && low(last + 5) != "flagship" &&
               is_product_noun(low(last + 5)) && !is_title_word(low(last + 6))))))) ||
          // "X, the open-source language models released by Y": more describing words, then a verb of making
          (comma && (next == "a" || next == "an" || next == "the") && [&] {
            for (int r = last + 3; r < n && r <= last + 6; ++r) {
              const std::string& w = low(r);
              if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z') || is_title_word(w)) return false;
              if (is_product_noun(w))
                return is_any(low(r + 1), {"developed", "built", "made", "created", "released", "launched", "trained",
                                           "designed", "unveiled", "that", "from"});
            }
            return false;
          }()) ||
          (comma && is_any(next, {"developed", "built", "made", "created", "released"}) && next2 == "by") ||
          (comma && possessive_product_after(t, last + 1)) ||
          // ("whose Vantage CT line includes", "its Halo line": a maker's line of products)
          (!comma && next == "line" && (is_any(prev, {"its", "their", "whose"}) ||
                                        (first >= 1 && strip_possessive(t[static_cast<std::size_t>(first - 1)].text).size() !=
                                                           t[static_cast<std::size_t>(first - 1)].text.size()))) ||
          // "its Haneul series of language models", "the Orca family of models"
          (!comma && is_any(next, {"series", "family", "line"}) && next2 == "of" &&
           (is_product_noun(next3) || is_product_noun(low(last + 4)) || is_product_noun(low(last + 5)))) ||
          // "has released the Kumo series"
          (is_any(next, {"series", "family"}) && is_any(prev, {"the", "its", "their"}) &&
           is_any(prev2, {"released", "launched", "unveiled", "introduced", "open-sourced", "debuted", "shipped"})))
        product = true;
    }
    // "Lucent Frame's $36 million Series A", "Otterwave's backers include": what has a funding round, backers,
    // shares or a board is an organisation
    if (!org && !product && possessive && [&] {
          for (int q = last + 1; q < n && q <= last + 5; ++q) {
            const std::string w = low(q);
            // (not a one-word name's seed or round: "We led Rafa's seed", said of a founder)
            if (is_any(w, {"series", "valuation", "backers", "investors", "shareholders", "shares", "stock", "board", "headquarters",
                           "employees", "subsidiary", "parent", "ipo", "subsidiaries", "agencies", "brands", "affiliates", "clients",
                           // ("Omnicom's flagship agency", "Tencent's cloud unit")
                           "agency", "unit", "division"}) ||
                (words >= 2 && is_any(w, {"seed", "pre-seed", "round", "acquisition"})))
              return true;
            // (past an amount and its words: "$36 million", "€1.2bn", "latest")
            if (!(w[0] == '$' || (w[0] >= '0' && w[0] <= '9') ||
                  is_any(w, {"million", "billion", "m", "bn", "mn", "latest", "new", "first", "recent", "flagship", "main", "largest", "biggest", "cloud"}) ||
                  w.starts_with("\xE2\x82\xAC") || w.starts_with("\xC2\xA3")))  // (€, £)
              return false;
          }
          return false;
        }())
      org = true, person = false;
    // "Thomson Reuters, whose chief executive, Steve Hasker": what has a chief executive, shares or a
    // parent is an organisation ("Mina Cho, whose Korean name is ..." stays a person)
    if (!org && !product && comma && next == "whose" &&
        (is_title_word(next2) || is_any(next2, {"shares", "stock", "investors", "backers", "board", "parent", "owner", "customers", "clients",
                                                "employees", "staff", "valuation", "revenue", "headquarters", "subsidiary", "products"})))
      org = true, person = false;
    if (!org && !product) {
      const bool title_before = before_is(t, first, 4, [](std::string_view w) { return is_title_word(w); }) ||
                                honorific_gender(prev) != 0;
      // (", Telenova Brasil's chief executive,": a company's possessive and a post)
      const bool company_post = comma && [&] {
        for (int q = last + 1; q < n && q <= last + 3 && name_shaped(t[static_cast<std::size_t>(q)].text); ++q)
          if (strip_possessive(t[static_cast<std::size_t>(q)].text).size() != t[static_cast<std::size_t>(q)].text.size())
            return q + 1 < n && (is_title_word(low(q + 1)) || (is_title_filler(low(q + 1)) && q + 2 < n && is_title_word(low(q + 2))));
        return false;
      }();
      const bool person_after = (comma && (next == "who" || next == "whose" ||
                                           ((next == "a" || next == "an" || next == "the" || next == "two") &&
                                            (is_title_word(next2) || is_former_word(next2) || is_title_word(next3))))) ||
                                next == "said" || next == "says" ||
                                // (", formerly of Meta": where a person worked; a company is "formerly known as")
                                (comma && next == "formerly" && next2 == "of") || company_post;
      // (four words where the words around say a person: "Thiago Henrique Nogueira Bastos, a Brazilian engineer")
      if (words >= 2 && words <= 4 && (title_before || person_after)) person = true;
      // "founded by Suryadi, a former Gojek search engineer, and ...": a single name (Indonesian, Burmese)
      // in an apposition that gives a person's post, after "by" or "and" (not a surname alone opening a
      // sentence: "Caldwell, a former OpenAI researcher, ..." names someone the text named in full)
      if (words == 1 && comma && !possessive && name.size() >= 4 && !is_stop_word(lower(name)) && !is_place(name) &&
          !is_title_word(lower(name)) && !lex_token[static_cast<std::size_t>(first)] && (prev == "by" || prev == "and") &&
          std::any_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        bool post = false;
        if (next == "a" || next == "an")
          for (int q = last + 2; q < n && q <= last + 7; ++q) {
            if (is_title_word(low(q))) {
              post = true;
              break;
            }
            // (a product's noun before a post is the post's field: "a former product manager at Gojek")
            if (t[static_cast<std::size_t>(q)].comma_after || org_noun_at(q) || (is_product_noun(low(q)) && !is_title_word(low(q + 1)))) break;
          }
        if (post) person = true;
      }
      // "Zenith, Morningstar's chief producer, said": one name before a company's possessive and a person's post (a
      // stage name, a single name; a surname alone is the person the text named in full)
      // (the possessive right after the comma, no other comma or a quote's end between: not '"... in Clonshaugh,"
      // Ciarán Maguire, Kestrel's co-founder')
      const std::string post_word = company_post && !t[static_cast<std::size_t>(last)].close_after ? [&] {
        for (int q = last + 1; q < n && q <= last + 4; ++q) {
          if (strip_possessive(t[static_cast<std::size_t>(q)].text).size() != t[static_cast<std::size_t>(q)].text.size())
            return is_title_word(low(q + 1)) ? low(q + 1) : low(q + 2);
          if (t[static_cast<std::size_t>(q)].comma_after) break;
        }
        return std::string();
      }() : std::string();
      // (a fund's "managing partner", "general partner": a person's post, though a partner alone may be a firm)
      const bool partner_post = company_post && [&] {
        for (int q = last + 1; q + 2 < n && q <= last + 4; ++q)
          if (strip_possessive(t[static_cast<std::size_t>(q)].text).size() != t[static_cast<std::size_t>(q)].text.size())
            return is_any(low(q + 1), {"managing", "general", "founding"}) && low(q + 2) == "partner";
        return false;
      }();
      // (not the last word of a longer name: "Nur Amirah binti Kamaruddin")
      if (words == 1 && company_post && !possessive && name.size() >= 3 && !is_stop_word(lower(name)) && !is_place(name) && !is_title_word(lower(name)) &&
          !is_name_particle(prev) && !(first >= 1 && name_shaped(t[static_cast<std::size_t>(first - 1)].text)) &&
          !lex_token[static_cast<std::size_t>(first)] && std::any_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
          (person_only_post(post_word) || partner_post))
        person = true;
      // "Darmawan, chief executive of PT Angkasa", "former Institut Teknologi Bandung professor Darmawan, who": a single name (as many
      // Indonesians go by) in an apposition a post opens, or after a person's post in lower case, a comma or "who" after it
      if (!person && words == 1 && !possessive && name.size() >= 4 && !is_stop_word(lower(name)) && !is_place(name) && !is_title_word(lower(name)) &&
          !is_name_particle(prev) && !lex_token[static_cast<std::size_t>(first)] && !t[static_cast<std::size_t>(last)].close_after &&
          std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
          !(first >= 1 && name_shaped(t[static_cast<std::size_t>(first - 1)].text) && !t[static_cast<std::size_t>(first - 1)].comma_after)) {
        // (the post's words, then "of" or "at" and a capitalised word)
        const auto post_then_org = [&](int q) {
          int r = q;
          while (r < n && r <= q + 2 && !t[static_cast<std::size_t>(r)].comma_after && !is_any(low(r), {"of", "at"}) &&
                 (is_title_filler(low(r)) || is_title_word(low(r))))
            ++r;
          return r > q && person_only_post(low(r - 1)) && r + 1 < n && is_any(low(r), {"of", "at"}) &&
                 name_shaped(t[static_cast<std::size_t>(r + 1)].text);
        };
        if (comma && post_then_org(last + 1)) person = true;
        else if (first >= 1 && !t[static_cast<std::size_t>(first - 1)].comma_after && person_only_post(prev) && prev[0] >= 'a' && prev[0] <= 'z' &&
                 (comma || last + 1 == n ||
                  is_any(next, {"who", "said", "says", "raises", "raised", "founded", "co-founded", "joins", "joined", "left", "quits", "quit",
                                "has", "had", "will", "is", "was"})))
          person = true;
      }
      // "Prasetyo, the engineering chief who built ...", "hired Prasetyo, formerly head of engineering at Tumpang", "founded by
      // Wulandari, who remains its chief executive": a single name (as many Indonesians go by) before an apposition that
      // gives a person's post, or before "who" after "by"
      // (not a surname alone opening a sentence: "Caldwell, a former OpenAI researcher, ..." names someone the text named in full)
      if (!person && words == 1 && first >= 1 && comma && !possessive && name.size() >= 4 && !is_stop_word(lower(name)) && !is_place(name) &&
          !is_title_word(lower(name)) && !is_name_particle(prev) && !lex_token[static_cast<std::size_t>(first)] &&
          !t[static_cast<std::size_t>(last)].close_after &&
          !(first >= 1 && name_shaped(t[static_cast<std::size_t>(first - 1)].text) && !t[static_cast<std::size_t>(first - 1)].dash_after &&
            !t[static_cast<std::size_t>(first - 1)].comma_after) &&
          std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        // (a post, not a word of a thing's kind: "Windsurf, the AI code editor company")
        // ("Prasetyo, a partner at GDC": a partner at a firm is a person, as a firm is a partner of one)
        const auto person_post = [&](int q) {
          return q < n && (person_only_post(low(q)) || (low(q) == "partner" && q + 1 < n && low(q + 1) == "at")) &&
                 !(q + 1 < n && (org_noun_at(q + 1) || is_product_noun(low(q + 1))));
        };
        bool post = false;
        if (next == "the" || next == "a" || next == "an")  // (a describing word or two before the post)
          for (int q = last + 2; q < n && q <= last + 4 && !post; ++q) {
            post = person_post(q);
            if (t[static_cast<std::size_t>(q)].comma_after || org_noun_at(q) || is_product_noun(low(q))) break;
          }
        if ((next == "formerly" || next == "previously") && (person_post(last + 2) || person_post(last + 3))) post = true;
        if (prev == "by" && next == "who") post = true;
        if (post) person = true;
      }
    }
    if (!org && !product && !person) {
      // verbs and prepositions that take organisations or products
      // (not across a comma: "On my left, Priya Raghunathan")
      const bool verb_before = first >= 1 && !t[static_cast<std::size_t>(first - 1)].comma_after;
      // ("head of product at Senegal's Wave": a country's possessive between "at" and the name)
      const bool place_owner = first >= 2 && strip_possessive(t[static_cast<std::size_t>(first - 1)].text).size() != t[static_cast<std::size_t>(first - 1)].text.size() &&
                               is_place(strip_possessive(t[static_cast<std::size_t>(first - 1)].text)) &&
                               is_any(prev2, {"at", "joined", "left", "from"});
      const bool org_verb = place_owner || (verb_before && is_any(prev, {"joined", "join", "joins", "joining", "quit", "quits", "leaves", "left", "leaving", "acquired", "bought",
                                          "acquires", "buys",
                                          "acquire", "buy", "founded", "co-founded", "started", "at", "rejoined",
                                          // "left Naver to start Saebyeok"
                                          "start", "found", "co-found", "starting", "founding"})) ||
                            (prev == "in" && is_any(prev2, {"invested", "invest", "investing", "stake"})) ||
                            (prev == "with" && is_any(prev2, {"partnered", "partnering", "partnership", "up", "collaboration", "collaborating",
                                                                "alliance", "agreement", "deal", "collaborated"})) ||
                            (prev == "to" && is_any(prev2, {"moved", "returned", "defected"})) ||
                            (prev == "for" && is_any(prev2, {"left", "departed", "quit"})) ||  // "she left for Quillpad"
                            (prev == "from" && prev2 == "over" && first >= 3 && is_any(lower(t[static_cast<std::size_t>(first - 3)].text), {"came", "comes"})) ||
                            (prev == "of" && is_any(prev2, {"acquisition", "purchase", "takeover", "buyout"})) ||
                            // ("Joe Kerr, formerly of StatsBomb,", "after nine years with Hudl": where a person worked)
                            (prev == "of" && is_any(prev2, {"formerly", "previously"})) ||
                            (prev == "with" && is_any(prev2, {"years", "decade", "decades", "stint", "tenure"})) ||
                            (prev == "from" && (raising || is_any(prev2, {"resigned", "departed", "ousted", "fired"}) ||
                                                hired_before(t, first))) ||
                            (prev == "by" && is_any(prev2, {"acquired", "backed", "funded", "hired", "bought", "led", "co-led"})) ||
                            // ("was snapped up by Pearson")
                            (prev == "by" && prev2 == "up" && first >= 3 && is_any(lower(t[static_cast<std::size_t>(first - 3)].text), {"snapped", "picked", "bought", "scooped"})) ||
                            (prev == "including" && raising) ||
                            (!comma && (next == "was" || next == "is") &&
                             is_any(next2, {"founded", "co-founded", "acquired", "started", "established", "backed",
                                            "funded", "bought"})) ||
                            (!comma && !closes_aside && is_any(next, {"raised", "raises", "acquired", "bought", "sold", "hired", "launched",
                                                    "released", "unveiled", "invested", "led", "partnered"}));
      // what only an organisation does or is, said right after the name: "Mbeki Imaging was acquired",
      // "X raised $5 million", "X is now a subsidiary of Y", "X operates as a Heliotrope unit"
      // (not after a person's post in lower case: "Ex-Tokopedia data chief Prasetyo raises $4.5m")
      const bool post_before = first >= 1 && person_only_post(prev) && t[static_cast<std::size_t>(first - 1)].text[0] >= 'a' &&
                               !t[static_cast<std::size_t>(first - 1)].comma_after;
      const bool org_after = !comma && !closes_aside && !post_before &&
                             (((next == "was" || next == "is") && is_any(next2, {"founded", "co-founded", "acquired", "established", "bought"})) ||
                                         is_any(next, {"raised", "raises", "acquired", "bought", "partnered", "acquires", "buys"}) ||
                                         // ("Thomson Reuters has bought Casewright")
                                         (next == "has" && is_any(next2, {"acquired", "bought", "raised"})) ||
                                         (is_any(next, {"is", "was", "became", "becomes", "operates", "remains", "now"}) && part_of_after(t, last + 1)));
      const bool product_verb = (verb_before && is_any(prev, {"released", "unveiled", "introduced", "debuted", "launched", "launches",
                                              "releases", "unveils", "shipped", "ships"})) ||
                                // ("led post-training for Atlas 4", "led development of Halcyon-2": a product whose making is led)
                                (verb_before && is_any(prev, {"for", "of", "on"}) && first >= 3 &&
                                 is_any(prev2, {"development", "post-training", "pretraining", "pre-training", "training"}) &&
                                 is_any(lower(t[static_cast<std::size_t>(first - 3)].text), {"led", "leads", "oversaw", "oversees", "headed", "the"}));
      if (product_verb && !(words >= 2 && is_org_suffix(last_word))) product = true;
      else if (org_after) org = true;
      else if (org_verb && !(post_before && next == "raises")) {
        if (words >= 2 && !is_org_suffix(last_word) && next != "raised" && prev != "at" && prev != "from" &&
            prev != "including" && !is_any(prev, {"acquired", "bought", "joined", "left", "quit", "leaving", "rejoined", "join", "joining",
                                                  "founded", "co-founded", "cofounded"}) &&
            !(prev == "of" && is_any(prev2, {"acquisition", "purchase", "takeover", "buyout"})))
        {
          // "acquired by Arkwright Industrial" is an organisation, "hired by Marta Kowalski" a person
          // "led by" names a person outside a funding round ("the lab is led by Tove Lund")
          const bool org_agent = prev == "by" && (is_any(prev2, {"acquired", "backed", "funded", "bought"}) ||
                                                  (prev2 == "led" && raising));
          person = prev == "by" && !org_agent;
          // ("a partnership with Airtel Africa": only organisations partner)
          org = org_agent || (prev == "with" && is_any(prev2, {"partnered", "partnering", "partnership", "collaboration", "alliance",
                                                               "agreement", "collaborated"}));
        }
        else
          org = true;
      }
    }
    // "the former chief product officer of Wolt": one word after a title and "of" is its organisation
    // (not a field: "VP of Engineering", "head of Product")
    // (nor a field's word before a noun: "head of ML platform at Nubank")
    const bool field_before_noun = !comma && last + 1 < n && !t[static_cast<std::size_t>(last + 1)].text.empty() &&
                                   t[static_cast<std::size_t>(last + 1)].text[0] >= 'a' && t[static_cast<std::size_t>(last + 1)].text[0] <= 'z' &&
                                   !is_stop_word(next) && !is_any(next, {"at", "in", "and", "since", "until", "for", "from", "who", "which", "to", "on"});
    if (!org && !product && !person && words == 1 && prev == "of" && is_title_word(prev2) && !possessive && !field_before_noun &&
        !is_title_filler(lower(name)) &&
        !is_any(name, {"operations", "partnerships", "infrastructure", "people", "talent", "platform", "communications", "ai"})) {
      org = true;
    } else if (!org && !product && !person && words == 1 && prev == "of" && is_title_word(prev2) && !possessive) {
      continue;
    }
    // "Paris-based Eurazeo", "Tel Aviv-based Quellsec": what a "-based" word describes is an organisation
    if (!org && !product && !person && first >= 1) {
      const std::string pl = lower(t[static_cast<std::size_t>(first - 1)].text);
      if ((pl.size() > 6 && pl.compare(pl.size() - 6, 6, "-based") == 0) || (pl.size() > 7 && pl.compare(pl.size() - 7, 7, "-listed") == 0)) org = true;
      // "Intel-owned Mobileye", "SoftBank-backed Kumo": what an owner or backer modifies is an organisation
      if ((pl.size() > 6 && pl.compare(pl.size() - 6, 6, "-owned") == 0) || (pl.size() > 7 && pl.compare(pl.size() - 7, 7, "-backed") == 0) ||
          (pl.size() > 11 && pl.compare(pl.size() - 11, 11, "-controlled") == 0) ||
          (pl.size() > 7 && pl.compare(pl.size() - 7, 7, "-funded") == 0))
        org = true;
    }
    // "Sokil was released by Zoria Robotics", "Sokil, Ukrainian for "falcon," was released by ...": what is released,
    // launched or unveiled by someone is a product (past an apposition closed by a comma)
    if (!org && !product && !person && words <= 3 && !possessive) {
      int k = last + 1;
      if (comma)
        for (int q = last + 1; q < n && q <= last + 10; ++q)
          if (t[static_cast<std::size_t>(q)].comma_after) {
            k = q + 1;
            break;
          }
      if (k + 2 < n && is_any(low(k), {"was", "were"}) && low(k + 2) == "by" &&
          is_any(low(k + 1), {"released", "launched", "unveiled", "introduced", "debuted", "trained", "shipped"}))
        product = true;
    }
    // 'the studio behind the folklore action hit "Curupira"', 'the creator of "Lakambini"': a work's title in quotes after
    // the noun of a work, or after what made it, is a product
    if (!org && !product && !person && words <= 4 && first >= 2 && !possessive) {
      const std::string_view gap = gap_before(t, first);
      const bool opened = gap.find('"') != std::string_view::npos || gap.find("\xE2\x80\x9C") != std::string_view::npos;
      const bool work = is_any(prev, {"hit", "game", "games", "title", "series", "webtoon", "webtoons", "novel", "film", "movie", "show", "drama",
                                      "franchise", "comic", "manga", "anime", "album", "song", "single", "app", "podcast", "musical", "smash"}) ||
                        (prev == "of" && is_any(prev2, {"creator", "creators", "maker", "makers", "author", "authors", "publisher", "developer",
                                                        "developers", "producer", "producers", "director", "studio", "writer"}));
      if (opened && work && t[static_cast<std::size_t>(last)].close_after) product = true;
    }
    // "from investors including Index Ventures, Pitango and Qualcomm Ventures", "Stockholm's Creandum":
    // one word among investors
    if (!org && !product && !person && words == 1 && raising && first >= 1 &&
        (prev == "and" || t[static_cast<std::size_t>(first - 1)].comma_after ||
         (strip_possessive(t[static_cast<std::size_t>(first - 1)].text).size() != t[static_cast<std::size_t>(first - 1)].text.size() &&
          first >= 2 && (t[static_cast<std::size_t>(first - 2)].comma_after || is_any(t[static_cast<std::size_t>(first - 2)].text, {"including", "and", "from"})))) &&
        (comma || next == "and" || next == "also" || next == "," || next == "were" || next == "led" || last + 1 >= n ||
         // ("a $5.5M seed from Serra Verde Partners and Kaszek last year")
         (prev == "and" && is_any(next, {"last", "this", "earlier", "in"}))))
      org = true;
    // "Groq, Cerebras Systems and Etched all sell ...": one word closing a list whose member before it is an
    // organisation the lexicon knows, or one this sentence found, is one too
    if (!org && !product && !person && words == 1 && prev == "and" && first >= 2 && !is_place(name) && !is_stop_word(lower(name)) &&
        !t[static_cast<std::size_t>(first - 2)].comma_after) {
      const int before = first - 2;
      bool member_org = lex_org[static_cast<std::size_t>(before)];
      const std::string member_last(strip_possessive(t[static_cast<std::size_t>(before)].text));
      for (std::size_t c = out.size(); !member_org && c-- > 0;) {
        const std::string& cn = out[c].name;
        member_org = out[c].type == EntityType::Organization &&
                     (cn == member_last || (cn.size() > member_last.size() && cn.compare(cn.size() - member_last.size(), member_last.size(), member_last) == 0 &&
                                            cn[cn.size() - member_last.size() - 1] == ' '));
      }
      // (a list, not a pair: another member before it, after a comma)
      bool listed = false;
      for (int q = before - 1; q >= 0 && q >= before - 5 && !listed; --q) listed = t[static_cast<std::size_t>(q)].comma_after;
      // (not a word describing the name after it: "and K-pop singer Han Ye-rin")
      const bool describes = last + 2 < n && name_shaped(t[static_cast<std::size_t>(last + 2)].text) && !t[static_cast<std::size_t>(last)].comma_after;
      if (member_org && listed && !describes) org = true;
    }
    // "WPP's agencies include Ogilvy, AKQA, Hogarth and VML", "rivals such as Cohere and Mistral": a member of a
    // list that a plural noun of organisations opens is one too
    if (!org && !product && !person && !is_place(name) && !is_stop_word(lower(name)) && first >= 2 &&
        (comma || next == "and" || next == "or" || prev == "and" || last + 1 >= n) && listed_after_org_plural(first))
      org = true;
    // "Dutch lender ING and Japan's MUFG": an acronym a country possesses is an organisation
    if (!org && !product && !person && words == 1 && first >= 1 && name.size() >= 2 && name.size() <= 5 &&
        std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      const std::string_view pw = t[static_cast<std::size_t>(first - 1)].text;
      const std::string_view place = strip_possessive(pw);
      if (place.size() != pw.size() && is_place(std::string(place))) org = true;
    }
    // "Tessel (Warsaw), which builds an agent", "Quillmate (Bengaluru) closed a Series A": a city in
    // parentheses after a name is where the company named is based (a newsletter's or a list's way)
    if (!org && !product && !person && last + 1 < n && t[static_cast<std::size_t>(last + 1)].paren_open_before &&
        t[static_cast<std::size_t>(last + 1)].close_after && !t[static_cast<std::size_t>(last)].comma_after &&
        is_place(t[static_cast<std::size_t>(last + 1)].text) && !is_place(name))
      org = true;
    // "Sequoia Capital, GV and existing backer Y Combinator": an acronym among investors
    if (!org && !product && !person && words == 1 && raising && name.size() >= 2 && name.size() <= 5 &&
        std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
        (prev == "and" || prev == "including" || (first >= 1 && t[static_cast<std::size_t>(first - 1)].comma_after) ||
         next == "and" || comma))
      org = true;
    // (four words for a Vietnamese name: "Nguyen Thi Thu Ha")
    // (with its diacritics too: "Nguyễn Thị Thu Hà", "Trần")
    const bool vietnamese = words == 4 && is_any(fold_latin(t[static_cast<std::size_t>(first)].text),
                                                 {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
                                                  "do", "ho", "ngo", "duong", "ly", "trinh", "dinh", "truong"});
    // (or two given names and two surnames, "Andrés Felipe Restrepo Gaviria", where the sentence tells of a person: after
    // "by", or before a person's verb; no word a company's)
    const bool four_for_person =
        words == 4 && joiners == 0 && (prev == "by" || is_any(next, {"said", "says", "told", "founded", "co-founded", "joined", "left", "who"})) &&
        [&] {
          for (int k = first; k <= last; ++k) {
            const std::string w = lower(strip_possessive(t[static_cast<std::size_t>(k)].text));
            if (is_org_suffix(w) || is_legal_form_word(w) || is_stop_word(w) || is_title_word(w) || is_place(std::string(t[static_cast<std::size_t>(k)].text)) ||
                is_product_noun(w) || lex_token[static_cast<std::size_t>(k)])
              return false;
          }
          return true;
        }();
    if (!org && !product && !person && words >= 2 && (words <= 3 + joiners || vietnamese || four_for_person)) {
      // Two or three title-case words default to a person ("Hana Okoye", "Timothée Lacroix"), and
      // the particles between them ("Joost van den Berg")
      bool titlecase = true;
      for (int k = first; k <= last; ++k) {
        std::string_view w = strip_possessive(t[static_cast<std::size_t>(k)].text);
        if (k > first && k < last && w[0] >= 'a' && w[0] <= 'z' && is_name_particle(w)) continue;
        // (a middle initial, a generational suffix, an Arabic article with the surname)
        if ((k > first && k < last && w.size() == 1 && is_upper(w[0])) ||
            (k == last && k >= first + 2 && is_name_suffix(w) && t[static_cast<std::size_t>(k - 1)].text.size() >= 2) ||
            (k > first && is_arabic_article_surname(w)))
          continue;
        if (w.size() < 2 || !starts_upper(w) || is_upper(w[1])) titlecase = false;
      }
      // (a company's signature is no one: "The Corvane Team", "Kumo Editors")
      if (is_any(lower(strip_possessive(t[static_cast<std::size_t>(last)].text)), {"team", "staff", "editors", "newsroom", "desk", "contact", "contacts"}))
        titlecase = false;
      person = titlecase;
      by_default = titlecase;
      // ("the ARIN 4.0 Mini": a capitalised word, a version and a tier are a model's name)
      bool version = false;
      // (a tier after the version, the first word no version of its own: not "Luan-3 71.2" in a table; a name and a
      // version alone is the name's model, which other rules read)
      const int version_at = last > first && is_tier_word(t[static_cast<std::size_t>(last)].text) ? last - 1 : -1;
      if (version_at > first) {
        const std::string_view v = t[static_cast<std::size_t>(version_at)].text;
        const bool year = v.size() == 4 && (v.starts_with("19") || v.starts_with("20")) && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
        const std::string_view f = t[static_cast<std::size_t>(first)].text;
        version = is_version_word(v) && !year && version_at == first + 1 && std::none_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
      }
      // (not a quarter or a fiscal year: "Q3 2025", "FY2026")
      const std::string_view f0 = t[static_cast<std::size_t>(first)].text;
      const bool period = (f0.size() == 2 && (f0[0] == 'Q' || f0[0] == 'H') && f0[1] >= '1' && f0[1] <= '4') || f0.starts_with("FY");
      if (!titlecase && version && starts_upper(f0) && !period && !is_stop_word(low(first))) product = true;
    }
    // "the Air Force" after "Swedish Air Force": an armed force named without its nation is the one named
    // before in full
    if (words <= 2 && force_word(last) && !possessive) {
      const Candidate* full = nullptr;
      for (const Candidate& cand : out)
        if (cand.type == EntityType::Organization && cand.name.size() > name.size() + 1 && cand.name.ends_with(" " + name)) full = &cand;
      if (full) {
        out.push_back({full->name, EntityType::Organization, name});
        continue;
      }
    }
    // A name that starts a longer organisation name seen before: "Halcyon" for "Halcyon Robotics",
    // "Hollis Street" for "Hollis Street Capital".
    if (words >= 1 && !org) {
      for (std::size_t c = 0; c < out.size(); ++c) {
        const Candidate& cand = out[c];
        if (cand.type != EntityType::Organization || cand.name.size() <= name.size() + 1 || cand.name.compare(0, name.size(), name) != 0 ||
            cand.name[name.size()] != ' ')
          continue;
        // (not a unit named after it and what it does: "Sorinet" is no "Sorinet AI Research"; but
        // "Meridian" is "Meridian Research Lab")
        bool unit_named_after = false;
        if (cand.name.size() > name.size() + 1) {
          const std::string_view rest = std::string_view(cand.name).substr(name.size() + 1);
          const std::size_t last_sp = rest.rfind(' ');
          bool plain_word = false;
          for (std::size_t a = 0; a < rest.size();) {
            const std::size_t b = std::min(rest.find(' ', a), rest.size());
            plain_word = plain_word || !is_unit_word(rest.substr(a, b - a));
            a = b + 1;
          }
          unit_named_after = last_sp != std::string_view::npos && is_unit_word(rest.substr(last_sp + 1)) && plain_word;
          // (nor is a company named alone before its arm in a country that arm: "Talentrail" is no "Talentrail
          // Korea"; but "HyperGrid" after "HyperGrid Korea" is that company named short)
          // (found alone anywhere so far, in the arm's sentence too: "Voltrace, the Seoul startup, set up Voltrace Malaysia")
          unit_named_after = unit_named_after || (last_sp == std::string_view::npos && is_arm_place(rest) &&
                                                  std::any_of(out.begin(), out.end(), [&](const Candidate& o) { return o.name == name; }));
          // (nor a founder's surname a firm named after its founders: "Yoon" of "Yoon & Do"; but "Tsukishima" is
          // "Tsukishima & Co.")
          unit_named_after = unit_named_after || (rest.starts_with("& ") && !is_org_suffix(lower(rest.substr(2))) && !is_legal_form_word(lower(rest.substr(2))));
        }
        // (nor a person's surname, when a firm is named after its founders: "Sharma" of "Sharma Katz Partners" beside
        // "Priya Sharma")
        const bool surname = !unit_named_after && words == 1 && std::any_of(out.begin(), out.end(), [&](const Candidate& p) {
          return p.type == EntityType::Person && p.name.size() > name.size() + 1 && p.name.ends_with(" " + name);
        });
        if (!unit_named_after && !surname) {
          out.push_back({cand.name, EntityType::Organization, name});
          org = product = person = false;
          break;
        }
      }
    }
    // "Olive Young" after "CJ Olive Young": two title-case words that end an organisation's name seen
    // before, behind one word of it (a group's), are that organisation named short, not a person; so is
    // a name its part or its people named ("a Rose Garden spokesperson" after "KX Rose Garden")
    if ((person && by_default && words >= 2) || part_named) {
      bool shortened = false;
      for (const Candidate& cand : out) {
        if (cand.type != EntityType::Organization || cand.name.size() <= name.size() + 1 || !cand.name.ends_with(name)) continue;
        const std::string_view head = std::string_view(cand.name).substr(0, cand.name.size() - name.size());
        if (head.back() == ' ' && head.find(' ') == head.size() - 1) {
          out.push_back({cand.name, EntityType::Organization, name});
          shortened = true;
          break;
        }
      }
      if (shortened) continue;
    }
    // ("Hartley Assist, an internal research assistant its team built": two title-case words described by a
    // product's noun in an apposition are that product, not a person; so is one word, "Wren, a small language
    // model", "Lanternfall, the studio's cozy mystery game", and one the copula describes, "Juno is the first product from X")
    auto product_head = [&](int from) {
      for (int q = from; q < n && q <= from + 5; ++q) {
        const std::string w = lower(strip_possessive(t[static_cast<std::size_t>(q)].text));
        if (is_title_word(w) || is_org_noun(w) || (!(w[0] >= 'a' && w[0] <= 'z') && !(w[0] >= '0' && w[0] <= '9') && q == from)) return false;
        // (the noun that heads the description: not "a longtime product executive")
        const std::string after_noun = q + 1 < n ? lower(t[static_cast<std::size_t>(q + 1)].text) : std::string();
        if (is_any(w, {"model", "chatbot", "assistant", "tool", "app", "agent", "product", "copilot", "llm", "platform", "service", "game",
                       "glasses", "headset", "speaker", "device", "chip"}) &&
            (t[static_cast<std::size_t>(q)].comma_after || q + 1 >= n ||
             !(is_title_word(after_noun) || is_title_filler(after_noun) || is_org_noun(after_noun) || is_any(after_noun, {"maker", "makers"}))))
          return true;
        if (t[static_cast<std::size_t>(q)].comma_after) return false;
      }
      return false;
    };
    if (person && by_default && comma && is_any(next, {"a", "an"}) && product_head(after + 1)) person = by_default = false, product = true;
    // (not a person's given name: "Tomasz is the reason the model is good" after "Tomasz Wróblewski")
    // (looked for only where the words around say a product: the candidates so far are many)
    const auto given_name = [&] {
      return std::any_of(out.begin(), out.end(), [&](const Candidate& c) {
        return c.type == EntityType::Person && c.name.size() > name.size() + 1 && c.name.compare(0, name.size() + 1, name + " ") == 0;
      });
    };
    if (!org && !person && !product && words == 1 && !possessive && !lex_token[static_cast<std::size_t>(first)] &&
        ((comma && is_any(next, {"a", "an"}) && product_head(after + 1)) ||
         (!comma && is_any(next, {"is", "was"}) && is_any(next2, {"a", "an", "the"}) && product_head(after + 2))) &&
        !given_name())
      product = true;
    // ("Its products include Vellichor Bench and Vellichor Trace": what a list of products names)
    if (person && by_default && (sentence_lower.find("products include") != std::string::npos ||
                                 sentence_lower.find("products included") != std::string::npos ||
                                 sentence_lower.find("models include") != std::string::npos))
      person = false, product = true;
    // ("Axel Springer has signed a three-year agreement with Mistral AI": what signs an agreement with a
    // company is one, when only its shape said person)
    if (person && by_default && !comma && (is_any(next, {"signed", "inked", "struck", "signs", "inks", "strikes"}) ||
                                           (is_any(next, {"has", "have"}) && is_any(next2, {"signed", "inked", "struck"})))) {
      for (int q = last + 2; q < n && q <= last + 8; ++q)
        if (is_any(t[static_cast<std::size_t>(q)].text, {"agreement", "deal", "partnership", "pact", "alliance"}) && q + 1 < n &&
            lower(t[static_cast<std::size_t>(q + 1)].text) == "with") {
          person = by_default = false, org = true;
          break;
        }
    }
    // "Kairos Logic emerged from stealth", "came out of stealth": only a company leaves stealth
    if (person && by_default && !comma && [&] {
          for (int q = last + 1; q < n && q <= last + 5; ++q) {
            if (lower(t[static_cast<std::size_t>(q)].text) == "stealth")
              return q >= 1 && is_any(t[static_cast<std::size_t>(q - 1)].text, {"of", "from"}) &&
                     is_any(next, {"emerged", "emerges", "came", "comes", "exited", "exits", "has", "is", "was", "launched", "launches",
                                   "stepped", "steps", "broke", "breaks"});
            if (t[static_cast<std::size_t>(q)].comma_after) return false;
          }
          return false;
        }())
      person = by_default = false, org = true;
    // ("Global Brain", "National Capital": a run that opens with an adjective of the language, as
    // only organisation names do, is no person's)
    if (person && by_default && is_stop_word(strip_possessive(t[static_cast<std::size_t>(first)].text)) && !given_name_month(first))
      person = false, org = true;
    // a name with a version or a size in it is no person's ("Gaon-3 Vision", "Qwen3 Max"): a product
    // when only its shape said person
    if (person && by_default && !org && !product && std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }))
      person = false, product = true;
    // ("Responsible Scaling Policy", "AI Action Summit": a policy, a programme or an event, no one's name)
    if (person && by_default && !org && !product && words >= 2 &&
        is_any(last_word, {"policy", "act", "framework", "initiative", "program", "programme", "principles",
                           "guidelines", "charter", "report", "award", "awards", "prize", "summit", "conference", "forum", "challenge",
                           "strategy", "plan", "law", "bill", "regulation", "directive", "agenda", "roadmap", "manifesto", "pledge",
                           // (a filing's or a release's headings: "Forward-Looking Statements", "Material Definitive Agreement")
                           "statements", "statement", "agreement", "disclosures", "notice"}))
      continue;
    // ("at Kestrel's office in Tanjong Pagar", "in San Francisco's Mission District": what only its shape said was a person, after
    // "in" at a sentence's end, is a place; no one's money or role is "in" a person here (not before a comma: "brought in
    // Emily Tanaka-Ross, an operations executive")
    if (person && by_default && !org && !product && !possessive && prev == "in" &&
        (last + 1 == n || gap_before(t, last + 1).find(". ") != std::string_view::npos) &&
        !is_any(prev2, {"invested", "investing", "invests", "invest", "stake", "stakes", "interest", "investment", "investments", "role", "roles",
                        "shares", "believe", "believes", "joined", "with"}))
      continue;
    // ("in San Salvador de Jujuy by X", "from Santa Cruz de la Sierra": a place's name that opens with a saint's word the
    // name left out, after a preposition of place; or any such name after "in" before the agent of a passive)
    if (person && by_default && !org && !product && !possessive &&
        ((is_any(prev, {"san", "santa", "santo", "são", "sao", "saint", "st."}) && is_any(prev2, {"in", "from", "near", "of", "to"})) ||
         (prev == "in" && next == "by")))
      continue;
    // (and after a place's possessive: "in San Francisco's Mission District")
    if (person && by_default && !org && !product && !possessive && first >= 2 &&
        strip_possessive(t[static_cast<std::size_t>(first - 1)].text).size() != t[static_cast<std::size_t>(first - 1)].text.size()) {
      bool place = false;
      for (int a = first - 1; !place && a >= 1 && a >= first - 3 && name_shaped(t[static_cast<std::size_t>(a)].text); --a)
        place = lower(t[static_cast<std::size_t>(a - 1)].text) == "in" && is_place(joined_words(t, a, first - 1));
      if (place) continue;
    }
    // ("Universal Speech Model", "Clova Assistant": a name that ends in a product's noun)
    if (person && by_default && !org && !product && words >= 2 && is_any(lower(last_word), {"model", "assistant", "chatbot", "copilot"}))
      person = false, product = true;
    // ("U.S. AI firm Anthropic", "led by U.S. venture firm X": a country's abbreviation, alone or with
    // "AI", describes the firm named after it)
    if ((words == 1 || (words == 2 && lower(last_word) == "ai")) &&
        is_any(strip_possessive(t[static_cast<std::size_t>(first)].text), {"u.s", "u.s.", "u.k", "u.k.", "e.u", "e.u.", "uae", "u.a.e"}))
      continue;
    // ("an Oxford PhD": a degree is no name; "Seoul–Buenos Aires": places joined by a dash are a route)
    if (is_any(last_word, {"phd", "ph.d", "mba", "msc", "bsc"}) || name.find("\xE2\x80\x93") != std::string::npos) continue;
    // ("Maru Intelligence Communications", "Hanseong AI Global Communications" in a press release's
    // contacts: a company's press office is the company, no name of its own)
    if (words >= 2 && (last_word == "Communications" || last_word == "Relations")) {
      bool office = false;
      for (const Candidate& c : out)
        office = office || (c.type == EntityType::Organization && name.size() > c.name.size() + 1 && name.compare(0, c.name.size(), c.name) == 0 &&
                            name[c.name.size()] == ' ');
      for (int q = first; q < last && !office; ++q) office = lex_token[static_cast<std::size_t>(q)];
      if (office) continue;
    }
    // ("Maru India", "Kakao Japan": a name and a country is a company's arm there, no person)
    // ("Hanul Labs America": a company's name and a country after it, so too)
    const bool company_before_region = words >= 3 && is_org_suffix(lower(t[static_cast<std::size_t>(last - 1)].text));
    if (person && by_default && !org && !product && (words == 2 || company_before_region) &&
        is_any(last_word, {"india", "japan", "korea", "china", "europe", "asia", "america", "americas", "germany", "france",
                           "singapore", "vietnam", "indonesia", "thailand", "taiwan", "brazil", "mexico", "canada", "australia",
                           "africa", "nigeria", "kenya", "spain", "italy", "switzerland", "israel", "malaysia", "philippines",
                           "uk", "usa", "emea", "apac", "latam", "mena"}))
      person = false, org = true;
    // ("Trinity College Dublin", "Imperial College London": a school's word and the city it stands in)
    if (person && by_default && !org && !product && words >= 3 && is_place(t[static_cast<std::size_t>(last)].text) &&
        is_any(lower(t[static_cast<std::size_t>(last - 1)].text), {"college", "university", "hospital", "school", "institute", "academy", "polytechnic"}))
      person = false, org = true;
    // "National Autonomous University of Mexico (UNAM)": the abbreviation in parentheses is its other name
    std::string abbreviation;
    if (org && last + 1 < n && t[static_cast<std::size_t>(last + 1)].paren_open_before && t[static_cast<std::size_t>(last + 1)].close_after) {
      const std::string_view a = t[static_cast<std::size_t>(last + 1)].text;
      if (a.size() >= 2 && a.size() <= 6 && std::all_of(a.begin(), a.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; }))
        abbreviation = std::string(a);
    }
    // ("Mubadala Investment Co.", "Samsung Electronics Co Ltd": a company word, or legal forms alone,
    // right after a lexicon name are the rest of that name, no name of their own)
    if (first >= 1 && lex_token[static_cast<std::size_t>(first - 1)] && !t[static_cast<std::size_t>(first - 1)].comma_after &&
        [&] {
          int words_of_name = 0;  // (legal forms aside: "Investment Co." is one word, "Cloud Infrastructure" two)
          for (int q = first; q <= last; ++q) {
            const std::string w = lower(strip_possessive(t[static_cast<std::size_t>(q)].text));
            if (!is_org_suffix(w)) return false;
            // ("Mubadala Investment Company", "Khazanah Nasional Berhad")
            if (!is_any(w, {"co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv", "kk", "company",
                            "corporation", "berhad", "bhd", "sdn"}))
              ++words_of_name;
          }
          return words_of_name <= 1;
        }())
      continue;
    // (a kind of technology in capitals is nobody's name: "its GPU compiler", "an LLM platform")
    // (nor a nationality joined to another: "a Korean-American chip designer")
    if (const std::size_t h = name.rfind('-');
        words == 1 && h != std::string::npos && is_any(name.substr(h + 1), {"american", "british", "canadian", "chinese", "korean", "japanese", "indian",
                                                                          "german", "french", "israeli", "australian", "african", "born"}))
      continue;
    if (words == 1 && is_any(name, {"x-ray", "mri", "ct", "gpu", "gpus", "cpu", "cpus", "api", "apis", "sdk", "llm", "llms", "ml", "nlp", "ui", "ux", "crm", "erp",
                                    "saas", "iot", "vr", "xr", "rag", "gpt",
                                    // (games' characters and genres: "a Warsaw NPC studio", "the MMORPG that Daybreak released")
                                    "npc", "npcs", "mmorpg", "mmo", "rpg", "fps", "moba"}))
      continue;
    if (org) {
      // ("Zain's AI unit, Zain Noor": a unit named after its parent, which the possessive names before it; the
      // parent is no short form of the unit's name)
      if (words >= 2 && first >= 3 && t[static_cast<std::size_t>(first - 1)].comma_after &&
          is_any(low(first - 1), {"unit", "arm", "subsidiary", "division", "affiliate", "wing", "spinoff", "spin-off", "offshoot"}))
        for (int r = first - 2; r >= 0 && r >= first - 5; --r) {
          const std::string_view raw = t[static_cast<std::size_t>(r)].text, head = strip_possessive(raw);
          if (head.size() < raw.size() && head == t[static_cast<std::size_t>(first)].text) {
            out.push_back({std::string(head), EntityType::Organization, {}, false, false, {}});
            // (unless it is the short form of another company named before: "Karoo's agritech arm, Karoo Agri" after
            // "Karoo Digital Holdings")
            const std::string prefix = std::string(head) + " ";
            out.back().parent = std::none_of(out.begin(), out.end() - 1, [&](const Candidate& o) {
              return o.type == EntityType::Organization && o.name.starts_with(prefix) && o.name != name;
            });
            break;
          }
          const bool acronym = raw.size() >= 2 && is_upper(raw[0]) && is_upper(raw[1]);  // ("AI", "R&D" between)
          if ((raw.empty() || !(raw[0] >= 'a' && raw[0] <= 'z') || t[static_cast<std::size_t>(r)].comma_after) && !acronym) break;
        }
      out.push_back({name, EntityType::Organization, {}, false, false, abbreviation});
      out.back().parent = parent;
    } else if (product) {
      // ("Lunit INSIGHT CXR, the company's chest X-ray product": a product named after its maker, the maker's
      // name the lexicon knows in front)
      int a = first;
      // (not across a possessive: "Amazon Web Services' Inferentia2", the apostrophe after the token)
      const std::string_view gap = first >= 1 ? gap_before(t, first) : std::string_view();
      if (gap.find('\'') == std::string_view::npos && gap.find("\xE2\x80\x99") == std::string_view::npos)
        while (a >= 1 && lex_org[static_cast<std::size_t>(a - 1)] && !t[static_cast<std::size_t>(a - 1)].comma_after &&
               strip_possessive(t[static_cast<std::size_t>(a - 1)].text).size() == t[static_cast<std::size_t>(a - 1)].text.size() && first - a < 3)
          --a;
      out.push_back({a < first ? joined_words(t, a, last) : name, EntityType::Product, {}});
    }
    else if (person) {
      // ("Tony Kim Tae-yoon": an English given name before a Korean name written surname first is another of the
      // person's names; the Korean one is the person's name, as the other articles write it)
      if (words == 3) {
        const std::size_t a = name.find(' '), b = name.find(' ', a + 1);
        const std::string given = name.substr(0, a), surname = name.substr(a + 1, b - a - 1), korean_given = name.substr(b + 1);
        if (is_east_asian_surname(surname) && korean_given.find('-') != std::string::npos && given.find('-') == std::string::npos &&
            !is_east_asian_surname(given)) {
          out.push_back({surname + " " + korean_given, EntityType::Person, {}, false, by_default, name});
          continue;
        }
      }
      out.push_back({name, EntityType::Person, {}, false, by_default});
      // ("Dana Morrow" for "Dana K. Morrow": the name without its initials and suffix is another of its names)
      if (std::string plain = without_initials(name); plain != name && plain.find(' ') != std::string::npos) out.back().also = std::move(plain);
    }
  }
  other_names_of_people(t, sentence_first, out);
}

}  // namespace inmaek::extract
