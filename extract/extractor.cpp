#include "extract/extractor.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>

#include "extract/aho_corasick.h"
#include "extract/boilerplate.h"
#include "extract/doc_state_internal.h"
#include "extract/english_words.h"
#include "extract/extractor_internal.h"
#include "extract/cross_lingual_internal.h"  // fold_latin
#include "extract/hangul_words.h"
#include "extract/jamo.h"
#include "extract/korean_dictionary.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"
#include "extract/short_names_internal.h"
#include "extract/text.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// The first word of a product name, the family it belongs to: "Hanabi" of "Hanabi-7B" and
// "Hanabi-2", "Chispa" of "Chispa 3" (empty when shorter than three letters).
std::string family_of(const std::string& name) {
  std::size_t end = 0;
  while (end < name.size() && name[end] != ' ' && name[end] != '-') ++end;
  return end >= 3 ? name.substr(0, end) : std::string();
}

// Other versions of a product the document names: "Marlin 3" wherever "Marlin 2" is a product, "말린
// 3" beside "말린 2" (a family's name, a space or a hyphen, a version of one or two digits, maybe a
// minor one), written anywhere in the document.
// Whether the name's last word is a version with a point: "1.5", "v2.0", "3.0.1".
bool ends_in_point_version(std::string_view name) {
  const std::size_t sp = name.rfind(' ');
  if (sp == std::string_view::npos) return false;
  std::string_view v = name.substr(sp + 1);
  if (!v.empty() && (v[0] == 'v' || v[0] == 'V')) v.remove_prefix(1);
  bool dot = false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '.' && i > 0 && i + 1 < v.size() && v[i - 1] != '.') dot = true;
    else if (!(v[i] >= '0' && v[i] <= '9')) return false;
  }
  return dot && v.back() != '.';
}

void add_other_versions(const std::string& norm, std::vector<Candidate>& candidates) {
  std::set<std::pair<std::string, char>> families;  // (name, separator)
  std::map<std::string, std::set<std::string>, std::less<>> versions;  // a family's name -> its products' names
  std::set<std::string, std::less<>> known;
  for (const Candidate& c : candidates) {
    known.insert(c.name);
    if (c.type != EntityType::Product) continue;
    std::size_t v = c.name.size();
    while (v > 0 && ((c.name[v - 1] >= '0' && c.name[v - 1] <= '9') || c.name[v - 1] == '.')) --v;
    if (v < 2 || v == c.name.size() || (c.name[v - 1] != ' ' && c.name[v - 1] != '-') || c.name.size() - v > 4) continue;
    const std::string head = c.name.substr(0, v - 1);
    // (a name of its own: three Latin letters or two Hangul syllables, no version inside)
    if (head.size() < 3 || head.find_first_of("0123456789") != std::string::npos) continue;
    families.emplace(head, c.name[v - 1]);
    versions[head].insert(c.name);
  }
  // ("bundling Shomer Signal with …" beside the product "Shomer Signal 3": the family's name, typed a person by its
  // shape alone, is the one product of the family the document names)
  for (Candidate& c : candidates)
    if (c.type == EntityType::Person && c.by_default && c.also.empty())
      if (const auto it = versions.find(c.name); it != versions.end() && it->second.size() == 1) {
        c.type = EntityType::Product;
        c.also = *it->second.begin();
      }
  auto letter_or_digit = [](unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  for (const auto& [head, sep] : families)
    for (std::size_t at = norm.find(head); at != std::string::npos; at = norm.find(head, at + 1)) {
      if (at > 0 && letter_or_digit(static_cast<unsigned char>(norm[at - 1]))) continue;
      std::size_t k = at + head.size();
      if (k >= norm.size() || norm[k] != sep) continue;
      const std::size_t digits = ++k;
      while (k < norm.size() && k - digits < 2 && norm[k] >= '0' && norm[k] <= '9') ++k;
      if (k == digits || (k < norm.size() && norm[k] >= '0' && norm[k] <= '9')) continue;
      if (k + 1 < norm.size() && norm[k] == '.' && norm[k + 1] >= '0' && norm[k + 1] <= '9') k += 2;
      if (k < norm.size() && letter_or_digit(static_cast<unsigned char>(norm[k]))) continue;
      std::string name = norm.substr(at, k - at);
      if (known.insert(name).second) candidates.push_back({std::move(name), EntityType::Product, {}});
    }
  // ("하늘눈 2" beside "하늘눈(SkyEye)": a version of a product the document gives with its Latin name is that name's version)
  std::map<std::string, std::string, std::less<>> latin_of;
  for (const Candidate& c : candidates)
    if (c.type == EntityType::Product && !c.latin.empty() && has_hangul(c.name) && c.latin.find_first_of("0123456789") == std::string::npos)
      latin_of.emplace(c.name, c.latin);
  if (!latin_of.empty())
    for (Candidate& c : candidates) {
      if (c.type != EntityType::Product || !c.latin.empty() || !has_hangul(c.name)) continue;
      std::size_t v = c.name.size();
      while (v > 0 && c.name[v - 1] >= '0' && c.name[v - 1] <= '9') --v;
      if (v < 2 || v == c.name.size() || c.name.size() - v > 2 || c.name[v - 1] != ' ') continue;
      if (const auto it = latin_of.find(std::string_view(c.name).substr(0, v - 1)); it != latin_of.end())
        c.latin = it->second + " " + c.name.substr(v);
    }
}

// The person a Korean sentence is about by the title that carries its topic ("최 대표는 2009년 삼성전자에
// 입사했다"), before any name with a case of its own, outside a quotation's speech ("유영상 SK텔레콤 사장은
// \"…\"고 말했다"), or -1.
int titled_topic_person(const Sentence& s, const DocState& st, const Text& text) {
  const std::string_view raw = std::string_view(text.norm).substr(s.span.begin, s.span.size());
  if (raw.find('"') != std::string_view::npos || raw.find("\xE2\x80\x9C") != std::string_view::npos) return -1;
  for (const Mention& m : s.mentions) {
    if (m.role == Role::Topic || m.role == Role::Subject) break;
    if (m.role == Role::None && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person &&
        title_case_after(s, m) == Role::Topic)
      return m.entity;
  }
  return -1;
}

// The evidence of a relation: its sentence, as in the original text, and where it stands there.
Evidence sentence_evidence(const Text& text, const Sentence& s, const std::string& doc_id, const std::string& source, const char* rule) {
  Evidence e;
  e.doc_id = doc_id;
  e.source = source;
  e.sentence = std::string(text.raw_slice(s.span));
  e.begin = text.to_raw[s.span.begin];
  e.end = e.begin + e.sentence.size();
  e.rule = rule;
  return e;
}

// A model of a family whose maker the document named, with no maker of its own in the document:
// "The company's first model, Hanabi-7B ... Hanabi-2, launched last November, ...": the family's
// maker made it too (the evidence is the first sentence naming the model).
void add_family_makers(const std::vector<Sentence>& sentences, const DocState& st, const Text& text, const std::string& source,
                       DocExtraction& out) {
  std::set<int> made;
  for (const LocalRelation& r : out.relations)
    if (r.type == RelationType::Developed) made.insert(r.object);
  std::map<std::string, std::set<int>> family_makers;  // family -> organisations that made one of it
  for (const auto& [product, org] : st.product_org)
    if (const std::string f = family_of(st.entities[static_cast<std::size_t>(product)].name); !f.empty()) family_makers[f].insert(org);
  if (family_makers.empty()) return;
  std::set<int> done;
  for (const Sentence& s : sentences)
    for (const Mention& m : s.mentions) {
      const LocalEntity& e = st.entities[static_cast<std::size_t>(m.entity)];
      if (e.type != EntityType::Product || m.pronoun || made.count(m.entity) || done.count(m.entity)) continue;
      done.insert(m.entity);
      const auto it = family_makers.find(family_of(e.name));
      if (it == family_makers.end() || it->second.size() != 1) continue;
      // (not a model still to come: "Aurora-3 is due next year", "is training Cobalt-2", "출시할 예정")
      const std::string lowered = fold_case(text.slice(s.span));
      bool planned = false;
      for (std::string_view w : {" will ", " plans", " planned", " plan to", " intends", " intend to", " aims to", " expected", " expects", " expect to", " upcoming", " coming ", " next ", " later ",
                                 " training ", " working on", " developing", " preparing", " soon", " due ", "계획", "예정", "준비",
                                 "할 것", "개발 중", "개발하고", "출시할", "선보일", "내놓을", "공개할", "목표로", "앞두고", "검토"})
        planned = planned || lowered.find(w) != std::string::npos;
      if (planned) continue;
      LocalRelation r;
      r.type = RelationType::Developed;
      r.subject = *it->second.begin();
      r.object = m.entity;
      r.confidence = 0.6;
      r.evidence = sentence_evidence(text, s, out.doc_id, source, "family");
      out.relations.push_back(std::move(r));
    }
}

constexpr std::size_t kMaxSentenceBytes = 4000;  // longer "sentences" are tables or junk

// A Korean person's name in its usual romanisation: a family name and a hyphenated given name, in either order
// ("Jung Ha-yoon", "Seung-ho Baek"). No company is named so, whatever verb follows it.
bool romanised_korean_person(std::string_view name) {
  const std::size_t sp = name.find(' ');
  if (sp == std::string_view::npos || name.find(' ', sp + 1) != std::string_view::npos) return false;
  const auto given = [](std::string_view w) {
    const std::size_t h = w.find('-');
    return h != std::string_view::npos && h >= 2 && h + 2 < w.size() && w[0] >= 'A' && w[0] <= 'Z' &&
           std::all_of(w.begin() + 1, w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
  };
  const std::string_view a = name.substr(0, sp), b = name.substr(sp + 1);
  return (is_korean_surname_before_given(a) && given(b)) || (given(a) && is_east_asian_surname(b));
}

// The length of a title of honour opening a person's name, with the space after it ("Datuk Ahmad Faizal
// Rahman", "Tan Sri …", "Sir …", "다툭 아흐마드 파이잘"), when at least two words of the name follow; 0 otherwise.
// Papers in one language print it and papers in another leave it out, so it is no part of the name.
constexpr std::string_view kTitlesOfHonour[] = {"Datuk ", "Dato' ", "Dato ",  "Datin ",  "Tan Sri ", "Puan Sri ", "Toh Puan ", "Tun ",
                                                "Sir ",   "Dame ",  "다툭 ", "다토 ", "다틴 ",   "탄스리 ",   "탄 스리 ",  "툰 "};

// A title of honour alone ("Dato'", "탄스리"), as a name stacked titles leave: no one's name.
bool is_title_of_honour(std::string_view name) {
  return std::any_of(std::begin(kTitlesOfHonour), std::end(kTitlesOfHonour),
                     [&](std::string_view t) { return t.size() == name.size() + 1 && t.starts_with(name); });
}

std::size_t title_of_honour(std::string_view name) {
  for (std::string_view t : kTitlesOfHonour) {
    if (!name.starts_with(t)) continue;
    const std::string_view rest = name.substr(t.size());
    const std::size_t sp = rest.find(' ');
    if (sp != std::string_view::npos && sp > 0 && sp + 1 < rest.size()) return t.size();
    // (and titles of two words before one name, as Malaysia names its knights by the given name: "Tan Sri Kamaruddin",
    // "탄스리 카마루딘"; or before a title of the next rank: "Tan Sri Dato' Kamaruddin Osman")
    if (sp == std::string_view::npos && rest.size() >= 2 && (t.starts_with("Tan ") || t.starts_with("Puan ") || t.starts_with("Toh ") || t.starts_with("탄"))) return t.size();
  }
  return 0;
}

// A Korean interview whose questions stand on lines opened by a hyphen, each line followed by a
// quoted answer: at least two such pairs ("- 투자 유치는 어땠나.\n\n\"시드 투자는 …\"").
bool hyphen_questions(std::string_view text) {
  int pairs = 0;
  std::size_t at = 0;
  while (at < text.size() && pairs < 2) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    if (text.compare(at, 2, "- ") == 0 && end - at < 200) {
      std::size_t next = end;
      while (next < text.size() && (text[next] == '\n' || text[next] == ' ')) ++next;
      if (next < text.size() && (text[next] == '"' || text.compare(next, 3, "\u201C") == 0)) ++pairs;
    }
    at = end + 1;
  }
  return pairs >= 2;
}

}  // namespace

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions opt)
    : lexicon_(std::move(lexicon)), opt_(opt), debug_(std::getenv("INMAEK_DEBUG_SENTENCES") != nullptr) {}

// Mention m is the subject of a relative clause of leading or joining a round ("카젝이 주도한 시리즈A",
// "소프트뱅크벤처스가 이끈"): the investor, not the company raising.
static bool leads_round_after(const Sentence& s, const Mention& m) {
  const std::size_t next = static_cast<std::size_t>(m.last) + 1;
  if (next >= s.tokens.size()) return false;
  const std::string_view v = s.tokens[next].text;
  return v == "이끈" || v == "주도한" || v == "리드한" || v == "참여한";
}

DocExtraction Extractor::extract(const Document& doc) const {
  DocExtraction out;
  out.doc_id = doc.id.empty() ? document_id(doc.text) : doc.id;
  out.source = doc.source;
  std::string raw = doc.text;
  if (!doc.title.empty() && raw.rfind(doc.title, 0) != 0) raw = doc.title + "\n\n" + raw;
  Text text = normalize(std::move(raw));
  const std::string lowered = fold_case(text.norm);
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
  auto split = [&] {
    sentences.clear();
    for (Span para : body_paragraphs(text)) {
      for (Span sp : split_sentences(text, para)) {
        if (sp.size() > kMaxSentenceBytes || sp.empty()) continue;
        Sentence s;
        s.span = sp;
        s.tokens = tokenize(text.norm, sp);
        drop_photo_positions(s.tokens);
        if (english) drop_list_mark(s.tokens);
        if (!s.tokens.empty()) sentences.push_back(std::move(s));
      }
    }
  };
  split();
  // (brands written in lower case, "lumora", read with a capital as names are: the sentences again)
  if (english && en::capitalise_words(text.norm, en::lowercase_brands(text.norm, sentences))) split();
  out.sentences = sentences.size();

  // Lexicon hits, once for the whole document.
  const std::vector<LexiconHit> hits = lexicon_->find(lowered);
  DocState st(*lexicon_, text, lowered);
  st.hyphen_questions = !english && hyphen_questions(text.norm);

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
      // ("Goldman Sachs Group Inc.'s", "Nvidia Corp.": the legal form after a known company's name is part of
      // its mention, and so the possessive after it)
      if (english) {
        std::size_t end = 0;
        auto legal_form = [&](std::size_t k) {
          std::string_view w = en::strip_possessive(s.tokens[k].text);
          if (!w.empty() && w.back() == '.') w.remove_suffix(1);
          return w.size() >= 2 && en::is_legal_form_word(en::lower(w));
        };
        for (std::size_t k = static_cast<std::size_t>(m.last) + 1; k < s.tokens.size() && k <= static_cast<std::size_t>(m.last) + 2 && legal_form(k);
             ++k) {
          if (s.tokens[k - 1].close_after || s.tokens[k - 1].dash_after || s.tokens[k - 1].comma_after) break;
          end = s.tokens[k].span.begin + en::strip_possessive(s.tokens[k].text).size();
        }
        Mention longer;
        if (end > it->end && end <= s.span.end && place_mention(text.norm, s, it->begin, end, longer)) m = longer;
      }
      // ("Azure Dragon Games", "Gemini Trust Company": a product the lexicon knows opening a longer name of capitalised words
      // that ends in an organisation's kind is no mention of the product)
      if (english && lexicon_->entries()[it->entry].type == EntityType::Product && !s.tokens[static_cast<std::size_t>(m.last)].comma_after) {
        std::size_t k = static_cast<std::size_t>(m.last) + 1;
        bool org_kind = false;
        for (; k < s.tokens.size() && k <= static_cast<std::size_t>(m.last) + 3; ++k) {
          const std::string_view w = en::strip_possessive(s.tokens[k].text);
          if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) break;
          // (a firm's kind only: not "Azure Cloud", "Gemini AI", a product's own words)
          if (en::is_any(en::lower(w), {"games", "studios", "studio", "labs", "capital", "ventures", "partners", "holdings", "group", "inc",
                                        "corp", "ltd", "llc", "company", "technologies", "entertainment", "interactive", "pictures",
                                        "records", "bank", "foundation", "trust"}))
            org_kind = true;
          if (s.tokens[k].comma_after || s.tokens[k].close_after || w.size() != s.tokens[k].text.size()) break;
        }
        if (org_kind && k > static_cast<std::size_t>(m.last) + 1) continue;
      }
      m.entity = static_cast<int>(it->entry);  // lexicon entry for now
      ms.push_back(m);
      covered = it->end;
    }
    return ms;
  };

  // Pass 1: discovery.
  std::vector<Candidate> candidates;
  std::size_t previous_first = 0;  // the previous sentence's first candidate
  std::vector<std::vector<bool>> lex_tokens;
  lex_tokens.reserve(sentences.size());
  for (Sentence& s : sentences) {
    std::vector<bool> lex_token(s.tokens.size(), false);
    const std::vector<Mention> lexicon_hits = lexicon_mentions(s);
    std::vector<bool> lex_org(s.tokens.size(), false);
    for (const Mention& m : lexicon_hits)
      for (int k = m.first; k <= m.last; ++k) {
        lex_token[static_cast<std::size_t>(k)] = true;
        lex_org[static_cast<std::size_t>(k)] = lexicon_->entries()[static_cast<std::size_t>(m.entity)].type == EntityType::Organization;
      }
    const std::size_t sentence_first = candidates.size();
    if (english)
      discover_en(s, lex_token, lex_org, candidates, previous_first);
    else
      discover(s, lex_token, lex_org, candidates);
    // "딥시크의 'R1'", "오픈AI의 'o3'": a quoted Latin name right after an organisation the lexicon
    // knows, in the genitive, is its product (not a person's: "조니 아이브의 'io'" is a company)
    for (const Mention& m : lexicon_hits) {
      const std::size_t k = static_cast<std::size_t>(m.last) + 1;
      if (english || k >= s.tokens.size() || lex_token[k] || lexicon_->entries()[static_cast<std::size_t>(m.entity)].type != EntityType::Organization ||
          split_particle(s.tokens[static_cast<std::size_t>(m.last)].text).role != Role::Genitive ||
          s.tokens[static_cast<std::size_t>(m.last)].comma_after || !s.tokens[k].open_before || !s.tokens[k].close_after)
        continue;
      const std::string_view w = s.tokens[k].text;
      const std::string_view inner = w.substr(0, w.find_first_of("'\"("));
      bool name_like = !inner.empty() && inner.size() <= 24 && ((inner[0] >= 'A' && inner[0] <= 'Z') || (inner[0] >= 'a' && inner[0] <= 'z'));
      for (char c : inner) name_like = name_like && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.');
      if (name_like) candidates.push_back({std::string(inner), EntityType::Product, {}, true});
    }
    // "싱킹 머신즈 랩(TML)", "Thinking Machines Lab (TML)": an abbreviation in parentheses right after
    // an organisation or product the lexicon knows is its name in this document ("TML을 떠나")
    for (const Mention& m : lexicon_hits) {
      std::size_t at = m.span.end;
      if (english && at < text.norm.size() && text.norm[at] == ' ') ++at;
      if (at >= text.norm.size() || text.norm[at] != '(') continue;
      const std::size_t close = text.norm.find(')', at);
      if (close == std::string::npos || close - at < 3 || close - at > 9) continue;
      const std::string inner = text.norm.substr(at + 1, close - at - 1);
      const int entry = m.entity;
      const LexiconEntry& le = lexicon_->entries()[static_cast<std::size_t>(entry)];
      const int letters = static_cast<int>(std::count_if(inner.begin(), inner.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
      if (le.type == EntityType::Person || letters < 2 ||
          !std::all_of(inner.begin(), inner.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&'; }))
        continue;
      if (const int other = lexicon_->lookup(inner); other >= 0 && other != entry) continue;
      candidates.push_back({std::string(text.norm.substr(m.span.begin, m.span.size())), le.type, inner});
    }
    lex_tokens.push_back(std::move(lex_token));
    previous_first = sentence_first;
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
    // (a company typed by its trade alone, "알카자르 출판사는", when the document names it alone elsewhere too:
    // "알카자르의 모회사")
    if (std::any_of(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.by_trade; })) {
      std::set<std::string_view> with_case;
      for (const Sentence& s : sentences)
        for (const Token& tok : s.tokens)
          if (const ParticleSplit ps = split_particle(tok.text); ps.role != Role::None && ps.role != Role::Copula && ps.role != Role::Other)
            with_case.insert(ps.stem);
      std::erase_if(candidates, [&](const Candidate& c) { return c.by_trade && !with_case.count(c.name); });
    }
  }
  for (const LexiconHit& h : hits) {
    // lexicon people seen in the document, so that their surnames attach to them; and organisations
    // of several words, so that their short forms do ("Scale" for "Scale AI")
    const LexiconEntry& e = lexicon_->entries()[h.entry];
    if (e.type == EntityType::Product) continue;
    std::string_view surface(text.norm.data() + h.begin, h.end - h.begin);
    if (surface.find(' ') == std::string_view::npos) continue;
    st.entity_for_lexicon(static_cast<int>(h.entry), surface);
  }
  // A name neither begins nor ends with a quotation mark ("'차세대추론센터'의 센터장": the word's stem
  // before 의 still holds the closing quote).
  for (Candidate& c : candidates) {
    const std::size_t b = c.name.find_first_not_of("'\"");
    const std::size_t e = c.name.find_last_not_of("'\"");
    c.name = b == std::string::npos ? std::string() : c.name.substr(b, e + 1 - b);
  }
  std::erase_if(candidates, [](const Candidate& c) { return c.name.empty(); });
  add_other_versions(text.norm, candidates);
  // "launched Neighborhood Curator 1.5, which ...", "'오더봇 2.0' 출시": a name ending in a version with a
  // point is a product's, whatever the words around it said (no company's name ends so)
  for (Candidate& c : candidates)
    if (c.type == EntityType::Organization && ends_in_point_version(c.name)) c.type = EntityType::Product;
  // "비야누에바가 최고경영자(CEO)": a one-word name taken with its particle before a title is the
  // surname of a person the document names in full ("마테오 비야누에바"); "다난타라가 리드하고" beside
  // "다난타라(Danantara)는": likewise an organisation's one-word name, typed as the organisation
  {
    // (not the surname opening a Japanese name: "▶모리카와=" beside "모리카와 겐지")
    static constexpr std::string_view kParticles[] = {"가", "이", "는", "은", "도", "와", "과"};
    std::set<std::string, std::less<>> surnames, orgs, first_words;
    for (const Candidate& c : candidates) {
      if (c.type == EntityType::Person && has_hangul(c.name) && c.name.rfind(' ') != std::string::npos) {
        surnames.insert(c.name.substr(c.name.rfind(' ') + 1));
        first_words.insert(c.name.substr(0, c.name.find(' ')));
      }
      if (c.type == EntityType::Organization && has_hangul(c.name) && c.name.find(' ') == std::string::npos) orgs.insert(c.name);
    }
    for (Candidate& c : candidates) {
      if (c.type != EntityType::Person || c.name.find(' ') != std::string::npos || c.name.size() < 9 || first_words.count(c.name)) continue;
      for (std::string_view particle : kParticles) {
        if (!c.name.ends_with(particle)) continue;
        const std::string_view stem = std::string_view(c.name).substr(0, c.name.size() - particle.size());
        if (!surnames.count(c.name) && surnames.count(stem)) {
          c.name.resize(stem.size());
        } else if (!orgs.count(c.name) && orgs.count(stem)) {
          c.name.resize(stem.size());
          c.type = EntityType::Organization;
        }
        break;
      }
    }
    // "에이탄 샤피로가 CTO": likewise a foreign name of two words or more taken with its particle, when the document
    // names the person without it ("에이탄 샤피로", "샤피로 CTO")
    std::set<std::string, std::less<>> full, single;
    for (const Candidate& c : candidates)
      if (c.type == EntityType::Person && has_hangul(c.name)) (c.name.find(' ') == std::string::npos ? single : full).insert(c.name);
    for (Candidate& c : candidates) {
      const std::size_t sp = c.name.rfind(' ');
      if (c.type != EntityType::Person || sp == std::string::npos || !has_hangul(c.name)) continue;
      for (std::string_view particle : kParticles) {
        if (!c.name.ends_with(particle) || c.name.size() - sp - 1 < particle.size() + 6) continue;
        const std::string_view stem = std::string_view(c.name).substr(0, c.name.size() - particle.size());
        if (full.count(stem) || single.count(stem.substr(sp + 1))) c.name.resize(stem.size());
        break;
      }
    }
  }
  // "쇼번 오도나휴 투아르 대표" beside "투아르 애널리틱스": a foreign name of three Hangul words whose last word names, alone
  // or as its first word, an organisation of the document is a person of two words and that organisation
  if (!english) {
    std::set<std::string, std::less<>> org_heads;
    for (const Candidate& c : candidates)
      if (c.type == EntityType::Organization && has_hangul(c.name)) org_heads.insert(c.name.substr(0, c.name.find(' ')));
    std::vector<Candidate> more;
    for (Candidate& c : candidates) {
      if (c.type != EntityType::Person || !has_hangul(c.name) || std::count(c.name.begin(), c.name.end(), ' ') != 2 || !c.latin.empty()) continue;
      const std::size_t sp = c.name.rfind(' ');
      const std::string last = c.name.substr(sp + 1);
      if (hangul_syllable_count(last) < 2 || !org_heads.count(last)) continue;
      c.name.resize(sp);
      more.push_back({last, EntityType::Organization, {}});
    }
    for (Candidate& c : more) candidates.push_back(std::move(c));
  }
  // "넥스플레이 아이언파인 스튜디오 합류" beside "넥스플레이" and "아이언파인 스튜디오": a parent named before its unit is no
  // part of the unit's name
  if (!english) {
    std::set<std::string, std::less<>> orgs;
    for (const Candidate& c : candidates)
      if (c.type == EntityType::Organization && has_hangul(c.name)) orgs.insert(c.name);
    for (Candidate& c : candidates) {
      const std::size_t sp = c.name.find(' ');
      if (c.type != EntityType::Organization || !c.latin.empty() || sp == std::string::npos || c.name.find(' ', sp + 1) == std::string::npos) continue;
      if (orgs.count(std::string_view(c.name).substr(0, sp)) && orgs.count(std::string_view(c.name).substr(sp + 1))) c.name.erase(0, sp + 1);
    }
  }
  // "스트라다 어반AI" beside "스트라다그룹": a company's one-word name after a word that opens another organisation of the
  // document is one name, the group's unit
  if (!english) {
    std::vector<std::string> heads;  // the names of the document's groups without their kind ("스트라다" of "스트라다그룹")
    std::set<std::string, std::less<>> known;
    const auto count = [&](const std::string& x) {  // how often the document writes x
      std::size_t k = 0;
      for (std::size_t at = text.norm.find(x); at != std::string::npos; at = text.norm.find(x, at + x.size())) ++k;
      return k;
    };
    for (const Candidate& c : candidates) {
      known.insert(c.name);
      if (c.type != EntityType::Organization || !has_hangul(c.name) || c.name.find(' ') != std::string::npos) continue;
      for (std::string_view kind : {"그룹", "홀딩스", "지주"})
        if (c.name.size() >= kind.size() + 6 && c.name.ends_with(kind) && hangul_syllable_count(c.name) * 3 == c.name.size())
          heads.push_back(c.name.substr(0, c.name.size() - kind.size()));
    }
    std::vector<Candidate> more;
    for (const Candidate& c : candidates) {
      if (c.type != EntityType::Organization || !has_hangul(c.name) || c.name.find(' ') != std::string::npos) continue;
      for (const std::string& h : heads) {
        const std::string name = h + " " + c.name;
        // (when the document never names the company without the head: "SR디지털이" beside "해오름 SR디지털" is a name of its own)
        if (!known.count(name) && !c.name.starts_with(h) && count(name) > 0 && count(name) == count(c.name)) {
          known.insert(name);
          more.push_back({name, EntityType::Organization, {}});
        }
      }
    }
    for (Candidate& c : more) candidates.push_back(std::move(c));
  }
  // "키리냐가 카운티의 키리냐가 농민협동조합(Kirinyaga Farmers Cooperative)": a name ending in 가 read as a
  // particle, when a Latin word of the document ending in -ga or -ka spells the name with it and not without
  if (!english) {
    std::vector<std::string_view> latin_words;
    for (std::size_t k = 0; k < text.norm.size();) {
      std::size_t e = k;
      while (e < text.norm.size() && ((text.norm[e] >= 'a' && text.norm[e] <= 'z') || (text.norm[e] >= 'A' && text.norm[e] <= 'Z'))) ++e;
      const std::string_view word = std::string_view(text.norm).substr(k, e - k);
      if (word.size() >= 5 && word[0] >= 'A' && word[0] <= 'Z' && (word.ends_with("ga") || word.ends_with("ka"))) latin_words.push_back(word);
      k = e == k ? k + 1 : e;
    }
    std::sort(latin_words.begin(), latin_words.end());
    latin_words.erase(std::unique(latin_words.begin(), latin_words.end()), latin_words.end());
    std::map<std::string, bool, std::less<>> spelled;  // last word -> whether 가 belongs to it
    for (Candidate& c : candidates) {
      if (latin_words.empty() || !has_hangul(c.name)) continue;
      const std::size_t sp = c.name.rfind(' ');
      const std::string last = c.name.substr(sp == std::string::npos ? 0 : sp + 1);
      if (hangul_syllable_count(last) < 2 || hangul_syllable_count(last) * 3 != last.size()) continue;
      auto it = spelled.find(last);
      if (it == spelled.end())
        it = spelled
                 .emplace(last, std::any_of(latin_words.begin(), latin_words.end(),
                                            [&](std::string_view l) { return hangul_matches_latin(last + "가", l) && !hangul_matches_latin(last, l); }) &&
                                    text.norm.find(last + "가") != std::string::npos)
                 .first;
      if (it->second) c.name += "가";
    }
  }
  // "카이로대 의대", "로사리오대 공과대학": a university's school is the university (the school is no
  // organisation the news names apart)
  if (!english)
    for (Candidate& c : candidates) {
      const std::size_t sp = c.name.rfind(' ');
      if (c.type == EntityType::Product || sp == std::string::npos) continue;
      const std::string_view head = std::string_view(c.name).substr(0, sp), school = std::string_view(c.name).substr(sp + 1);
      static constexpr std::string_view kSchools[] = {"의대", "공대", "법대", "약대", "치대", "경영대", "의과대학", "공과대학", "법과대학",
                                                      "대학원", "의학전문대학원", "로스쿨", "경영대학원"};
      if (std::find(std::begin(kSchools), std::end(kSchools), school) != std::end(kSchools) &&
          (head.ends_with("대") || head.ends_with("대학") || head.ends_with("대학교")) && hangul_syllable_count(head) >= 3 &&
          head.find(' ') == std::string_view::npos) {
        c.name.resize(sp);
        c.type = EntityType::Organization;
      }
    }
  // Korean candidates that are no names
  if (!english) {
    std::erase_if(candidates, [](const Candidate& c) {
      // ("'ASML 출신' 권도윤": where someone comes from is no name)
      if (c.name.ends_with("출신")) return true;
      // ("벤처스" of "폰도 솔 벤처스": a firm's kind alone names none, unless a Latin name glosses it)
      if (is_company_kind_word(c.name) && c.latin.empty() && c.also.empty()) return true;
      // ("5년간", "2023년 하늘벤처파트너스": a number with its unit, of time or of counting, opens no name)
      std::size_t digits = 0;
      while (digits < c.name.size() && c.name[digits] >= '0' && c.name[digits] <= '9') ++digits;
      if (digits > 0)
        for (std::string_view unit : {"년", "개월", "월", "일", "명", "개", "억", "만", "위", "차", "세", "시간", "주년", "배", "%", "조", "분기"})
          if (std::string_view(c.name).substr(digits).starts_with(unit)) return true;
      // ("루미셀랩스(법인명 (주)한빛전지연구소)는": a parenthesis left open or closed inside a name, "루미셀랩스
      // 주)한빛전지연구소", "한빛전지연구소)"; the legal name is read as such, discover_ko.cpp)
      int depth = 0;
      for (char ch : c.name)
        if ((ch == '(' ? ++depth : ch == ')' ? --depth : depth) < 0) return true;
      return c.name.empty() || depth != 0;
    });
  }
  if (!english) type_korean_surnames(candidates);
  // ("Ex-Taesan Robotics executive launches …": a headline's "ex-" is where someone was, no part of the name)
  if (english)
    for (Candidate& c : candidates)
      if (c.name.size() > 5 && (c.name.starts_with("Ex-") || c.name.starts_with("EX-")) && c.name[3] >= 'A' && c.name[3] <= 'Z') c.name.erase(0, 3);
  // ("Hoshizora Fire & Marine named ...": two names joined by an ampersand are a firm's, never one person's)
  if (english)
    for (Candidate& c : candidates)
      if (c.type == EntityType::Person && c.by_default && c.name.find(" & ") != std::string::npos) c.type = EntityType::Organization;
  // ("Korea Clean Power Corporation" and "Korea Clean Power Corp.": a legal form spelled out and abbreviated in one
  // document names one company)
  if (english) {
    static constexpr std::pair<std::string_view, std::string_view> kForms[] = {
        {" Corporation", " Corp"}, {" Company", " Co"}, {" Incorporated", " Inc"}, {" Limited", " Ltd"}};
    std::map<std::string, std::size_t, std::less<>> at;
    for (std::size_t k = 0; k < candidates.size(); ++k)
      if (candidates[k].type != EntityType::Person || candidates[k].by_default) at.emplace(candidates[k].name, k);
    for (Candidate& c : candidates)
      for (const auto& [full, form] : kForms)
        if (c.type != EntityType::Person && c.name.size() > full.size() + 3 && c.name.ends_with(full)) {
          const std::string base = c.name.substr(0, c.name.size() - full.size());
          for (const std::string& shorter : {base + std::string(form), base + std::string(form) + "."})
            if (auto it = at.find(shorter); it != at.end()) {
              Candidate& other = candidates[it->second];
              other.type = EntityType::Organization;
              if (c.also.empty()) c.also = other.name;
              if (other.also.empty()) other.also = c.name;
            }
        }
  }
  // ("Three Seas Trading invested ..." or "Three Seas AgriAI, its unit, ..." opening a sentence, where the number
  // reads as a count: the document names "Three Seas Trading Corp." inside a sentence, so a name opening with the
  // word after the number takes the number back where the text gives it)
  if (english) {
    std::map<std::string, std::string, std::less<>> number_of;  // a numbered name's first word after its number -> the number
    for (const Candidate& c : candidates)
      if (const std::size_t sp = c.name.find(' '); sp != std::string::npos && en::is_number_word(std::string_view(c.name).substr(0, sp))) {
        const std::size_t sp2 = c.name.find(' ', sp + 1);
        number_of.emplace(c.name.substr(sp + 1, sp2 == std::string::npos ? std::string::npos : sp2 - sp - 1), c.name.substr(0, sp));
      }
    for (Candidate& c : candidates) {
      if (number_of.empty() || c.type == EntityType::Person) continue;
      const auto it = number_of.find(std::string_view(c.name).substr(0, c.name.find(' ')));
      if (it != number_of.end() && text.norm.find(it->second + " " + c.name) != std::string::npos) c.name = it->second + " " + c.name;
    }
  }
  // "Datuk Ahmad Faizal Rahman", "다툭 아흐마드 파이잘": the title of honour says a person and is no part of the name
  // (titles stacked: "Tan Sri Dato' Kamaruddin Osman", "탄스리 다토 카마루딘 오스만"; a title of honour alone after one,
  // "Tan Sri Dato", names no one)
  for (Candidate& c : candidates)
    for (std::size_t h = title_of_honour(c.name); h != 0 && (c.type == EntityType::Person || c.by_default); h = title_of_honour(c.name)) {
      c.name.erase(0, h);
      c.type = EntityType::Person;
      c.by_default = false;
    }
  std::erase_if(candidates, [](const Candidate& c) { return is_title_of_honour(c.name); });
  // "칭팅즈넝 합류설": a rumour of what happened to a name ("합류설", "인수설", "매각설") is no part of it
  if (!english)
    for (Candidate& c : candidates) {
      const std::size_t sp = c.name.rfind(' ');
      if (sp == std::string::npos || !has_hangul(c.name)) continue;
      static constexpr std::string_view kRumours[] = {"합류설", "인수설", "매각설", "투자설", "이직설", "퇴사설", "영입설", "상장설", "결별설",
                                                      "철수설", "합병설", "사임설", "교체설", "협력설", "제휴설"};
      if (std::find(std::begin(kRumours), std::end(kRumours), std::string_view(c.name).substr(sp + 1)) != std::end(kRumours)) c.name.erase(sp);
    }
  // "이로써 쓰바메 랩스는": a sentence adverb before a name of several words is no part of it
  if (!english)
    for (Candidate& c : candidates) {
      const std::size_t sp = c.name.find(' ');
      if (sp == std::string::npos || !has_hangul(c.name)) continue;
      static constexpr std::string_view kAdverbs[] = {"이로써", "이에", "또한", "한편", "특히", "아울러", "앞서", "결국", "이후", "당시", "최근",
                                                      "현재", "이미", "다만", "그러나", "하지만", "따라서", "이어", "이번에", "그동안"};
      if (std::find(std::begin(kAdverbs), std::end(kAdverbs), std::string_view(c.name).substr(0, sp)) != std::end(kAdverbs)) c.name.erase(0, sp + 1);
    }
  // "대양조선해양·노르카프 벤처스 참여": names listed with a middle dot are names of their own, of the same kind
  if (!english) {
    std::vector<Candidate> parts;
    for (Candidate& c : candidates) {
      if (c.type == EntityType::Person || !has_hangul(c.name) || c.name.find("\u00B7") == std::string::npos) continue;
      std::vector<std::string> split;
      for (std::size_t b = 0;;) {
        const std::size_t dot = c.name.find("\u00B7", b);
        split.push_back(c.name.substr(b, dot == std::string::npos ? std::string::npos : dot - b));
        if (dot == std::string::npos) break;
        b = dot + 2;
      }
      if (std::any_of(split.begin(), split.end(), [](const std::string& p) { return hangul_syllable_count(p.substr(0, p.find(' '))) < 2; })) continue;
      c.name = split.back();
      for (std::size_t q = 0; q + 1 < split.size(); ++q) parts.push_back({split[q], c.type, {}});
    }
    candidates.insert(candidates.end(), parts.begin(), parts.end());
  }
  // "퀼워즈 측도": the side of an organisation ("측", with its particle) is no word of its name
  if (!english)
    for (Candidate& c : candidates)
      if (const std::size_t sp = c.name.rfind(' '); sp != std::string::npos && sp > 0) {
        const std::string_view last = std::string_view(c.name).substr(sp + 1);
        if (last == "측" || (last.starts_with("측") && split_particle(last).stem == "측")) c.name.erase(sp);
      }
  // Discovered names become entities (full names first so that surnames attach to them).
  const auto longer_first = [](const Candidate& a, const Candidate& b) { return a.name.size() > b.name.size(); };
  std::stable_sort(candidates.begin(), candidates.end(), longer_first);
  DocNames doc_names;
  // A one-word name found as an organisation somewhere in the document is no person elsewhere
  // ("뉴로웨이브 CTO로" in a headline names the company's CTO, not a person 뉴로웨이브).
  std::set<std::string, std::less<>> org_names;
  for (const Candidate& c : candidates)
    if (c.type == EntityType::Organization) {
      org_names.insert(c.name);
      // (and its other Hangul name: "지반연" of "한국지능반도체연구원(KISRI·지반연)", before "한승우 지반연 원장")
      if (has_hangul(c.also)) org_names.insert(c.also);
    }
  if (!english) {
    fix_korean_person_candidates(org_names, candidates);
    // "바이두 출신 천하오란" in a headline, read as 천하오 and the copula 란: the person the document names 천하오란
    {
      std::set<std::string, std::less<>> persons;
      for (const Candidate& o : candidates)
        if (o.type == EntityType::Person && (o.name.ends_with("란"))) persons.insert(o.name);
      for (Candidate& c : candidates) {
        if (c.type != EntityType::Person || !has_hangul(c.name) || persons.empty()) continue;
        if (persons.count(c.name + "란")) c.name += "란";
        else if (persons.count(c.name + "이란")) c.name += "이란";
      }
    }
    // (which may have cut a name short: "벤아미" of "벤아미 마루칩스" waits for "이츠하크 벤아미")
    std::stable_sort(candidates.begin(), candidates.end(), longer_first);
    // "비나멘토 응웬 대표" beside "응웬 투 하": two words ending in a Vietnamese surname (which opens a name and never
    // ends one) are the person of the document whose name opens with it, in any of its spellings, after the company
    for (Candidate& c : candidates) {
      const std::size_t sp = c.name.find(' ');
      if (c.type != EntityType::Person || sp == std::string::npos || c.name.find(' ', sp + 1) != std::string::npos || !c.latin.empty()) continue;
      const std::string_view surname = vietnamese_surname_latin(std::string_view(c.name).substr(sp + 1));
      if (surname.empty()) continue;
      const Candidate* full = nullptr;
      int count = 0;
      for (const Candidate& o : candidates) {
        const std::size_t osp = o.name.find(' ');
        if (&o == &c || o.type != EntityType::Person || osp == std::string::npos || o.name.find(' ', osp + 1) == std::string::npos) continue;
        if (vietnamese_surname_latin(std::string_view(o.name).substr(0, osp)) == surname && (!full || full->name != o.name)) full = &o, ++count;
      }
      if (count == 1) c.name = full->name;
    }
  }
  // A name typed only by its shape in one place takes the type the words around it gave it elsewhere
  // ("Paris-based Atelier Neuronal" is an organisation wherever "Atelier Neuronal" stands alone).
  {
    std::map<std::string, std::map<EntityType, int>, std::less<>> said;
    for (const Candidate& c : candidates) {
      if (debug_) std::fprintf(stderr, "found: %s (%s%s)\n", c.name.c_str(), std::string(to_string(c.type)).c_str(), c.by_default ? ", by its shape" : "");
      if (!c.by_default) ++said[c.name][c.type];
    }
    for (Candidate& c : candidates) {
      // ("Protia CEO Jung Ha-yoon presents the company's model": a Korean name, a person whatever the verb after it)
      if (english && romanised_korean_person(c.name)) {
        c.type = EntityType::Person;
        continue;
      }
      const auto it = said.find(c.name);
      if (it == said.end()) continue;
      const auto best = std::max_element(it->second.begin(), it->second.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
      if (c.by_default) {
        c.type = best->first;
        continue;
      }
      // ("Ajala Speech's models" once, a company four times: the type most places gave it, when
      // those outnumber the rest at least three to one)
      int others = 0;
      for (const auto& [type, count] : it->second)
        if (type != best->first) others += count;
      if (c.type != best->first && best->second >= 3 * std::max(1, others)) c.type = best->first;
    }
  }
  // names the text gives as what a unit is of ("the venture arm of Telstra"): parents, never short forms
  std::set<std::string, std::less<>> parents;
  for (const Candidate& c : candidates)
    if (c.parent && c.type == EntityType::Organization) parents.insert(c.name);
  // entities typed a person only by the shape of their name ("Vellum Voice"), and those some context typed
  std::set<int> shape_typed, context_typed;
  // the people's names of several words by their first word (Hangul) and by their last word (Latin, folded),
  // each with the first such name and whether another differs from it (for the two tests below)
  std::map<std::string, std::pair<const std::string*, bool>, std::less<>> by_first_word, by_last_word;
  for (const Candidate& o : candidates) {
    const std::size_t first_sp = o.name.find(' '), last_sp = o.name.rfind(' ');
    if (o.type != EntityType::Person || first_sp == std::string::npos) continue;
    for (auto [index, key] : {std::pair{&by_first_word, o.name.substr(0, first_sp)}, std::pair{&by_last_word, fold_case(o.name.substr(last_sp + 1))}}) {
      const auto [at, added] = index->emplace(std::move(key), std::pair{&o.name, false});
      if (!added && *at->second.first != o.name) at->second.second = true;
    }
  }
  for (const Candidate& c : candidates) {
    if (debug_) std::fprintf(stderr, "candidate: %s (%s)\n", c.name.c_str(), std::string(to_string(c.type)).c_str());
    // (a name given with its Latin form or another name in parentheses is a name: "대니얼 오(Daniel Oh)",
    // "그레이스 박(한국명 박은혜)")
    if (!c.quoted && !english && c.latin.empty() && c.also.empty() && is_implausible_name(c.name, c.type)) continue;
    if (std::count(c.name.begin(), c.name.end(), '(') != std::count(c.name.begin(), c.name.end(), ')')) continue;
    // (a kind of company alone is no company's name: "AI · Robotics · Funding" in a site's menu)
    if (english && c.type == EntityType::Organization && c.name.find(' ') == std::string::npos && en::is_org_suffix(en::lower(c.name)))
      continue;
    // (a Hangul name of several words too: "프리야 라구나탄 케스트럴 마인즈 대표" beside "스타트업 케스트럴 마인즈")
    if (c.type == EntityType::Person && (c.name.find(' ') == std::string::npos || has_hangul(c.name)) && org_names.count(c.name)) continue;
    // "아틀라스 메리디안 CEO는" beside "아틀라스 메리디안 스튜디오": a Hangul "person" of several words that is an
    // organisation of the document without its last word is that organisation, named short
    if (!english && c.type == EntityType::Person && has_hangul(c.name) && c.name.find(' ') != std::string::npos && c.latin.empty() &&
        c.also.empty()) {
      int fits = 0;
      for (const std::string& o : org_names)
        fits += o.size() > c.name.size() + 1 && o.compare(0, c.name.size() + 1, c.name + " ") == 0 && o.find(' ', c.name.size() + 1) == std::string::npos;
      if (fits == 1) {
        const int id = st.entity_for_name(c.name, EntityType::Organization, false);
        if (st.entities[static_cast<std::size_t>(id)].type == EntityType::Organization) {
          doc_names.emplace_back(c.name, id);
          continue;
        }
      }
    }
    // "베버 한결텔레콤 CAIO", "휘태커 메리디언 CEO": a Hangul person whose last word is an organisation
    // of the document (or the first word of one) is a surname glued to where the person works
    if (!english && c.type == EntityType::Person && has_hangul(c.name) && c.name.find(' ') != std::string::npos) {
      const std::string last = c.name.substr(c.name.rfind(' ') + 1);
      bool org_word = org_names.count(last) > 0;
      for (const std::string& o : org_names)
        org_word = org_word || (o.size() > last.size() + 1 && o.compare(0, last.size(), last) == 0 && o[last.size()] == ' ');
      // ("레베카 손튼 패럴랙스 리즈닝": or whose last two words are one)
      const std::size_t sp = c.name.rfind(' ');
      const std::size_t sp2 = sp > 0 ? c.name.rfind(' ', sp - 1) : std::string::npos;
      // (or open one: "셀림 카라다을르 아크데니즈 귀치 CEO" beside "아크데니즈 귀치 홀딩")
      bool two_org_words = false;
      if (sp2 != std::string::npos) {
        const std::string last_two = c.name.substr(sp2 + 1);
        two_org_words = org_names.count(last_two) > 0;
        for (const std::string& o : org_names)
          two_org_words = two_org_words || (o.size() > last_two.size() + 1 && o.compare(0, last_two.size(), last_two) == 0 && o[last_two.size()] == ' ');
      }
      org_word = org_word || two_org_words;
      // (a Korean full name before it is the person: "한승우 지반연 원장")
      if (org_word && sp2 == std::string::npos && looks_like_korean_full_name(c.name.substr(0, sp))) {
        const std::string head = c.name.substr(0, sp);
        doc_names.emplace_back(head, st.entity_for_name(head, EntityType::Person, true, true));
        continue;
      }
      // (so is a foreign name of two words or more before the organisation's two: "셀림 카라다을르")
      if (two_org_words) {
        const std::string head = c.name.substr(0, sp2);
        if (head.find(' ') != std::string::npos && !is_implausible_name(head, EntityType::Person) && org_names.count(head) == 0) {
          doc_names.emplace_back(head, st.entity_for_name(head, EntityType::Person, true, true));
          continue;
        }
      }
      if (org_word) continue;
    }
    // A short single word next to a title ("권 대표", "궈 CTO") only refers to a person already
    // named in full; it never makes a new entity (unless given with its characters: "왕리(王立)").
    if (c.type == EntityType::Person && c.name.find(' ') == std::string::npos && has_hangul(c.name) &&
        c.name.size() <= 6 && !looks_like_korean_full_name(c.name) && !c.with_characters) {
      int match = st.person_by_short_name(c.name);
      if (match < 0) match = st.person_by_given_name(c.name);
      if (match >= 0) doc_names.emplace_back(c.name, match);
      continue;
    }
    // "▶모리카와=" after "모리카와 겐지": a one-word Hangul name that opens exactly one longer person's name of
    // the document (a Japanese name, its surname first) is that person
    if (c.type == EntityType::Person && c.name.find(' ') == std::string::npos && has_hangul(c.name) && hangul_syllable_count(c.name) >= 3) {
      if (const auto it = by_first_word.find(c.name); it != by_first_word.end() && !it->second.second) {
        const int id = st.entity_for_name(*it->second.first, EntityType::Person, true);
        doc_names.emplace_back(c.name, id);
        continue;
      }
      if (const int id = st.person_by_given_name(c.name); id >= 0) {
        doc_names.emplace_back(c.name, id);
        continue;
      }
    }
    // "Weber said" after "Markus Weber": a one-word name typed otherwise by its context is the surname
    // of a person the document named in full (Latin names; Hangul ones are judged above)
    if (c.type != EntityType::Person && c.name.find(' ') == std::string::npos && !has_hangul(c.name)) {
      int person = -1;  // -1: no such person, 0: one (a name found in many places is one), 1: several
      // (a transcript's label in capitals too: "BEN-AMI:" for "Noa Ben-Ami")
      if (const auto it = by_last_word.find(fold_case(c.name)); it != by_last_word.end()) person = it->second.second ? 1 : 0;
      if (person == 0 && lexicon_->lookup(c.name) < 0) continue;  // exactly one such person: its surname entry covers it
    }
    // ("said Al-Harbi, NFEF's managing partner" after "Faisal bin Nasser Al-Harbi", "chairman Hong said" after "Hong Seok-kyu"):
    // a one-word person is likewise the one person of the document it is the surname of, the last word or an East Asian
    // name's first
    if (c.type == EntityType::Person && c.name.find(' ') == std::string::npos && !has_hangul(c.name) && c.latin.empty() && c.also.empty() &&
        lexicon_->lookup(c.name) < 0) {
      const auto last = by_last_word.find(fold_case(c.name));
      const auto first = is_east_asian_surname(c.name) ? by_first_word.find(c.name) : by_first_word.end();
      const int people = (last != by_last_word.end() ? (last->second.second ? 2 : 1) : 0) + (first != by_first_word.end() ? (first->second.second ? 2 : 1) : 0);
      if (people == 1) continue;
    }
    // (a name given as another name of an entity already made is that entity: "HongShan, formerly
    // known as Sequoia Capital China")
    int id = c.also.empty() || parents.count(c.also) ? -1 : st.entity_named(c.also);
    if (id >= 0) {
      st.add_name(id, c.name);
      // ("StarRiver, known in China as Xinghe Zhineng": the other name, typed a person by its shape
      // alone, is the organisation's)
      LocalEntity& other = st.entities[static_cast<std::size_t>(id)];
      if (!c.by_default && other.type != c.type && other.lexicon < 0 && shape_typed.count(id) && !context_typed.count(id)) other.type = c.type;
    } else {
      id = st.entity_for_name(c.name, c.type, true, !parents.count(c.name));
    }
    (c.by_default ? shape_typed : context_typed).insert(id);
    doc_names.emplace_back(c.name, id);
    // ("Castaneda" for "Castañeda", "Jose" for "José": a person's name without its accents)
    if (!has_hangul(c.name) && c.type == EntityType::Person && !c.by_default && st.entity_named(fold_latin(c.name)) < 0)
      if (const std::string folded = fold_latin(c.name); folded != c.name) doc_names.emplace_back(folded, id);
    if (!c.latin.empty() && !parents.count(c.latin)) {
      st.add_name(id, c.latin);
      doc_names.emplace_back(c.latin, id);
    }
    if (!c.also.empty() && !parents.count(c.also)) {
      st.add_name(id, c.also);
      doc_names.emplace_back(c.also, id);
    }
    const LocalEntity& e = st.entities[static_cast<std::size_t>(id)];
    if (e.type == EntityType::Person && e.lexicon < 0) {
      // ("Whitlow" for "Marcus J. Whitlow Jr.": the name's parts without a generational suffix)
      const std::string pname = en::without_name_suffix(c.name);
      std::size_t sp = pname.rfind(' ');
      if (sp != std::string::npos) {
        doc_names.emplace_back(pname.substr(sp + 1), id);
        if (!has_hangul(pname))
          if (const std::string folded = fold_latin(pname.substr(sp + 1)); folded != pname.substr(sp + 1)) doc_names.emplace_back(folded, id);
      }
      // "알만수리" and "알 만수리" for "라일라 알 만수리": the Arabic article goes with the surname
      if (const std::size_t sp1 = pname.find(' '); sp != std::string::npos && sp1 < sp && has_hangul(pname) &&
                                                    (pname.compare(sp1 + 1, sp - sp1, "알 ") == 0 || pname.compare(sp1 + 1, sp - sp1, "엘 ") == 0)) {
        doc_names.emplace_back(pname.substr(sp1 + 1), id);
        doc_names.emplace_back(pname.substr(sp1 + 1, sp - sp1 - 1) + pname.substr(sp + 1), id);
      }
      // ("알 수와이디", "수와이디" for "칼리드 알수와이디": the article glued to the surname, written apart or left out)
      if (sp != std::string::npos && has_hangul(pname) && pname.find(' ', sp + 1) == std::string::npos &&
          (pname.compare(sp + 1, 3, "알") == 0 || pname.compare(sp + 1, 3, "엘") == 0) && hangul_syllable_count(pname.substr(sp + 4)) >= 2) {
        doc_names.emplace_back(pname.substr(sp + 1, 3) + " " + pname.substr(sp + 4), id);
        doc_names.emplace_back(pname.substr(sp + 4), id);
      }
      // "Zhao" for "Zhao Jiahui", "Tan" for "Tan Wei Jie": Chinese and Korean names written surname first
      if (sp != std::string::npos && !has_hangul(pname) && is_east_asian_surname(std::string_view(pname).substr(0, pname.find(' '))))
        doc_names.emplace_back(pname.substr(0, pname.find(' ')), id);
      // "다나카" for "다나카 유키": a Japanese name in Hangul, surname first
      if (sp != std::string::npos && sp == pname.find(' ') && has_hangul(pname) && is_japanese_surname(std::string_view(pname).substr(0, sp)))
        doc_names.emplace_back(pname.substr(0, sp), id);
      // "Montoya Ríos" for "Valeria Montoya Ríos" (Latin names only: Korean names have no double surnames)
      const std::size_t sp2 = sp != std::string::npos && sp > 0 ? pname.rfind(' ', sp - 1) : std::string::npos;
      if (sp2 != std::string::npos && !has_hangul(pname)) doc_names.emplace_back(pname.substr(sp2 + 1), id);
      // ("Ruiz-Esparza said" for "Alejandro Ruiz-Esparza Villalobos": a Spanish name's first surname, when
      // compound, alone)
      if (sp2 != std::string::npos && !has_hangul(pname) && pname.find('-', sp2) < sp)
        doc_names.emplace_back(pname.substr(sp2 + 1, sp - sp2 - 1), id);
      // ("Puig" for "Jordi Puig i Ferrer", "Ortega" for "José Ortega y Gasset": the first of two surnames joined by "i" or "y")
      if (!has_hangul(pname))
        for (std::string_view joiner : {" i ", " y "})
          if (const std::size_t at = pname.find(joiner); at != std::string::npos && at > 0 && pname.find(' ') < at) {
            const std::size_t start = pname.rfind(' ', at - 1);
            doc_names.emplace_back(pname.substr(start + 1, at - start - 1), id);
          }
      // "Ruiz de la Garza" for "María Fernanda Ruiz de la Garza": a surname with its particles, from the
      // word before the first particle
      if (!has_hangul(pname))
        for (std::string_view particle : {" de ", " del ", " da ", " dos ", " van ", " von ", " di ", " du "})
          if (const std::size_t at = pname.find(particle); at != std::string::npos && at > 0) {
            const std::size_t start = pname.rfind(' ', at - 1);
            if (start != std::string::npos) doc_names.emplace_back(pname.substr(start + 1), id);
            // (without a second surname after the particle's: "Fernández de Córdoba" for "Lucía Fernández de
            // Córdoba Ortega")
            if (start != std::string::npos && pname.find(' ', at + particle.size()) != std::string::npos && sp > at + particle.size())
              doc_names.emplace_back(pname.substr(start + 1, sp - start - 1), id);
            // ("Van der Heijden said" for "Maarten van der Heijden": the particle capitalised opening a sentence)
            // (and from the particle on after a given name of two words: "Da Silva Matos has joined" for "João
            // Pedro da Silva Matos")
            std::string capital = pname.substr(at + 1);
            if ((start == std::string::npos || pname.find(' ') < start) && !capital.empty() && capital[0] >= 'a' && capital[0] <= 'z') {
              capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
              doc_names.emplace_back(capital, id);
            }
            break;
          }
    }
  }
  std::set<int> shape_only;
  std::set_difference(shape_typed.begin(), shape_typed.end(), context_typed.begin(), context_typed.end(), std::inserter(shape_only, shape_only.end()));
  add_company_short_names(english, st, *lexicon_, doc_names, shape_only);
  add_lexicon_surnames(st, doc_names);
  const std::set<std::string, std::less<>> first_names =
      english ? add_english_first_names(st, *lexicon_, shape_only, doc_names) : std::set<std::string, std::less<>>{};
  join_latin_name_parts(st, doc_names);
  std::sort(doc_names.begin(), doc_names.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a < b;
  });
  // a name discovered in many sentences is searched once
  doc_names.erase(std::unique(doc_names.begin(), doc_names.end()), doc_names.end());
  if (debug_) for (const auto& [nm, id] : doc_names) std::fprintf(stderr, "document name: %s -> %s\n", nm.c_str(), st.entities[static_cast<std::size_t>(id)].name.c_str());
  // One pass over the document finds every document name (linear in the document, however many
  // names it has); hits are handed to sentences by position.
  AhoCorasick doc_automaton;
  for (std::size_t k = 0; k < doc_names.size(); ++k)
    if (!doc_names[k].first.empty()) doc_automaton.add(fold_case(doc_names[k].first), static_cast<std::uint32_t>(k));
  doc_automaton.freeze();
  std::vector<AhoCorasick::Hit> doc_hits = doc_automaton.find_all(lowered);
  std::sort(doc_hits.begin(), doc_hits.end(), [](const AhoCorasick::Hit& a, const AhoCorasick::Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.pattern < b.pattern;
  });

  for (int id : context_typed) shape_typed.erase(id);
  for (auto it = shape_typed.begin(); it != shape_typed.end();)
    it = st.entities[static_cast<std::size_t>(*it)].type == EntityType::Person && st.entities[static_cast<std::size_t>(*it)].lexicon < 0
             ? std::next(it)
             : shape_typed.erase(it);

  // Pass 2: mentions, resolution, relations.
  int previous_topic = -1;
  int previous_titled_person = -1;  // (Korean: RuleContext::previous_titled_person)
  int listing_org = -1;  // (Korean announcements of appointments)
  bool previous_money = false;
  PreviousSentence previous_en;  // English: what the previous sentence was about
  std::vector<int> recent_orgs;  // organisations in order of their last mention
  int funded = -1;               // the organisation last said to raise money
  int investor_list = -1;        // English: the company a list of its round's investors is under way for
  // a raise told of a company not yet named ("한서진 전 전무가 스타트업을 세우고 320억 원을 유치했다"):
  // the company founded next is the one funded
  bool raise_unnamed = false;
  // the person a line of its own names ("Chidi Okeke • 1st" over a comment): whom the next line,
  // a profile's headline, describes
  int header_person = -1;
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
      // (a first name before a capitalised word starts another person's name: "Layla Hassan"; not a
      // transcript's label: "ADAEZE: Right.")
      if (first_names.count(name) && static_cast<std::size_t>(m.last) + 1 < s.tokens.size() && h.end < text.norm.size() && text.norm[h.end] != ':') {
        const std::string_view next = s.tokens[static_cast<std::size_t>(m.last) + 1].text;
        if (!next.empty() && next[0] >= 'A' && next[0] <= 'Z') continue;
      }
      // ("controlled by the founding Paek family": a person's surname before "family" names the family, not
      // the person; not "the Marchmont family office")
      if (latin && name.find(' ') == std::string::npos && st.entities[static_cast<std::size_t>(id)].type == EntityType::Person &&
          static_cast<std::size_t>(m.last) + 1 < s.tokens.size() && !s.tokens[static_cast<std::size_t>(m.last)].comma_after &&
          en::is_any(s.tokens[static_cast<std::size_t>(m.last) + 1].text, {"family", "family's", "families"}) &&
          (static_cast<std::size_t>(m.last) + 2 >= s.tokens.size() || !en::is_any(s.tokens[static_cast<std::size_t>(m.last) + 2].text, {"office", "of"})))
        continue;
      // "Bae, Kim & Lee": a one-word name beside an ampersand is part of a firm's name
      if (name.find(' ') == std::string::npos &&
          ((static_cast<std::size_t>(m.last) + 1 < s.tokens.size() && s.tokens[static_cast<std::size_t>(m.last) + 1].text == "&") ||
           (m.first >= 1 && s.tokens[static_cast<std::size_t>(m.first) - 1].text == "&")))
        continue;
      // (a one-syllable product or company written with its Latin form or in quotes: "'결(GYEOL)'을")
      const bool marked = st.entities[static_cast<std::size_t>(id)].type != EntityType::Person && h.end < text.norm.size() &&
                          (text.norm[h.end] == '(' || text.norm[h.end] == '\'') && pos > 0 && text.norm[pos - 1] == '\'';
      if (name.size() <= 3 && !latin && !marked) {
        // a one-syllable surname counts only as "[surname] [title]": "권 대표는"
        std::size_t next = static_cast<std::size_t>(m.last) + 1;
        // "류 전 CTO는": a former or current marker may stand between the surname and the title
        if (!english && next + 1 < s.tokens.size() && (is_former_marker(s.tokens[next].text) || is_current_marker(s.tokens[next].text)))
          ++next;
        if (m.span.end != s.tokens[static_cast<std::size_t>(m.last)].span.end || next >= s.tokens.size() ||
            title_prefix(s.tokens[next].text).empty())
          continue;
      }
      m.entity = id;
      // "Okonkwo said" beside the law firm "Okonkwo Hartley" and its partner "Adaeze Okonkwo": a name of a
      // person and of an organisation is the person where a person speaks or is reported to
      if (english && h.pattern + 1 < doc_names.size() && doc_names[h.pattern + 1].first == name) {
        const int other = doc_names[h.pattern + 1].second;
        const bool org_first = st.entities[static_cast<std::size_t>(id)].type == EntityType::Organization &&
                               st.entities[static_cast<std::size_t>(other)].type == EntityType::Person;
        auto word = [&](int k) {
          return k >= 0 && k < static_cast<int>(s.tokens.size()) ? en::lower(s.tokens[static_cast<std::size_t>(k)].text) : std::string();
        };
        const bool speaks = en::is_any(word(m.last + 1), {"said", "says", "told", "added", "noted", "explained"}) ||
                            (word(m.first - 1) == "to" && (word(m.first - 2).starts_with("report") ||
                                                           (word(m.first - 2).ends_with("ly") && word(m.first - 3).starts_with("report"))));
        if (org_first && speaks) m.entity = other;
      }
      ms.push_back(m);
    }
    // "메타 CTO는" after "라훌 메타(Rahul Mehta)": a word the lexicon knows as an organisation, before a
    // title, is the surname of the one person of the document it ends (Korean)
    if (!english)
      for (std::size_t k = 0; k < lexicon_count; ++k) {
        Mention& m = ms[k];
        const std::size_t next = static_cast<std::size_t>(m.last) + 1;
        // (the title ending the phrase with its case: "메타 CTO 앤드루 보즈워스" is Meta's CTO)
        if (replaced[k] || next >= s.tokens.size() || title_prefix(s.tokens[next].text).empty() ||
            split_particle(s.tokens[next].text).role == Role::None || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization)
          continue;
        const std::string_view surface(text.norm.data() + m.span.begin, m.span.size());
        int person = -1, people = 0;
        for (std::size_t e = 0; e < st.entities.size(); ++e) {
          const LocalEntity& le = st.entities[e];
          if (le.type != EntityType::Person || le.lexicon >= 0) continue;
          for (const Alias& a : le.names)
            if (has_hangul(a.text) && a.text.size() > surface.size() + 1 && a.text.ends_with(surface) &&
                a.text[a.text.size() - surface.size() - 1] == ' ') {
              if (person != static_cast<int>(e)) ++people;
              person = static_cast<int>(e);
            }
        }
        if (people == 1) m.entity = person;
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
          // ("최대현(Daniel Choi·43)": an age after a middle dot is no part of the name)
          std::string_view inner = en::without_age(std::string_view(text.norm.data() + after + 1, close - after - 1));
          // ("대양상선(Great Ocean Lines·GOL)": the name before the middle dot; its letters after it are another name)
          std::string_view letters;
          if (const std::size_t dot = inner.find("\u00B7"); dot != std::string_view::npos && dot > 0 && !has_hangul(inner.substr(0, dot))) {
            letters = inner.substr(dot + 2);
            inner = inner.substr(0, dot);
            if (letters.size() < 2 || letters.size() > 7 || !std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
              letters = {};
          }
          if (!letters.empty() && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization && st.entity_named(std::string(letters)) < 0)
            st.add_name(m.entity, letters);
          // ("브라질농업연구공사(엠브라파·Embrapa)": a Hangul reading, then the Latin name it reads, of an organisation)
          if (const std::size_t dot = inner.find("\u00B7"); dot != std::string_view::npos && dot > 0 && has_hangul(inner.substr(0, dot)) &&
                                                             st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization) {
            const std::string_view reading = inner.substr(0, dot), latin = inner.substr(dot + 2);
            if (!latin.empty() && latin.size() <= 40 && std::isupper(static_cast<unsigned char>(latin[0])) && !has_hangul(latin) &&
                latin.find_first_of("(),") == std::string_view::npos && reading.find(' ') == std::string_view::npos &&
                split_particle(reading).role == Role::None && st.entity_named(std::string(latin)) < 0) {
              st.add_name(m.entity, latin);
              if (st.entity_named(std::string(reading)) < 0) st.add_name(m.entity, reading);
            }
          }
          std::string_view self(text.norm.data() + m.span.begin, m.span.size());
          // (after a person, no acronym nor another entity's name: "털럭(TML)" in a list of who left where)
          const int named = st.entity_named(std::string(inner));
          const bool person = st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person;
          const bool acronym = std::none_of(inner.begin(), inner.end(), [](char c) { return c >= 'a' && c <= 'z'; });
          if (!inner.empty() && !has_hangul(inner) && std::isupper(static_cast<unsigned char>(inner[0])) &&
              title_prefix(inner).empty() && !(person && (acronym || (named >= 0 && named != m.entity))))
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
      // "삼성전자 메모리사업부에서", "네이버 클라우드사업본부에": a company's unit in the place or goal case
      // puts the company there
      if (!english && !counted && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization &&
          (ps.role == Role::Source || ps.role == Role::Goal) && ps.stem.size() > 6 &&
          std::none_of(ms.begin(), ms.end(), [&](const Mention& o) { return o.first == static_cast<int>(next); }))
        for (std::string_view unit : {"사업부", "사업본부", "본부", "부문", "사업단", "연구소", "연구센터", "센터", "지사", "법인"})
          if (ps.stem.ends_with(unit)) {
            m.role = ps.role;
            break;
          }
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
      // (before the references: "X, the 420-lawyer firm ..., the firm confirmed")
      for (const Mention& m : s.mentions)
        if (m.role != Role::Genitive && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization)
          for (std::string& w : kind_words_en(s, m)) st.kind_orgs[std::move(w)].insert(m.entity);
      find_pronouns_en(s, st, previous_en, text.norm);
      mark_subject_en(s);
      previous_en.remember(s, st);
      for (const Mention& m : s.mentions)
        if (!m.pronoun && m.role != Role::Genitive && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization)
          for (std::string& w : place_words_en(s, m)) st.place_org[en::country_of(w)] = m.entity;
    } else {
      const int speaker = st.transcript ? st.interviewee : -1;
      find_pronouns(s, st);
      {
        const std::string_view raw = std::string_view(text.norm).substr(s.span.begin, s.span.size());
        st.after_heading = false;
        for (std::string_view mark : {"\xE2\x96\xA0", "\xE2\x97\x86", "\xE2\x96\xB6", "\xE2\x97\x8F", "\xE2\x96\xA1", "\xE3\x80\x90"})  // ■ ◆ ▶ ● □ 【
          st.after_heading = st.after_heading || raw.starts_with(mark);
      }
      // (a transcript's new speaker: the round a sentence without a subject tells is the new speaker's)
      if (st.transcript && st.interviewee != speaker) funded = -1;
      st.other_person_before = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
        return m.entity != st.interviewee && !m.pronoun && m.role == Role::Copula &&
               st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person;
      });
    }
    bool argued = false;  // a mention with a case particle before this one in the sentence
    // (not one more party to what is told: "DSC인베스트먼트도 후속 투자에 나섰다", "X도 참여했다")
    const bool joins_in = !english && std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& tk) {
      for (std::string_view w : {"투자", "참여", "참가", "동참", "후속"})
        if (tk.text.find(w) != std::string_view::npos) return true;
      return false;
    });
    for (const Mention& m : s.mentions) {
      if (m.pronoun) continue;
      // "former Meta researchers": an organisation that only describes a person is not in focus
      const bool descriptor = english && m.role == Role::None && m.last + 1 < static_cast<int>(s.tokens.size()) &&
                              en::is_title_word(en::lower(s.tokens[static_cast<std::size_t>(m.last + 1)].text));
      // "판교의 스타트업 위드플로우도 주목받는다": a company, the first argument of a sentence with 도 ("also")
      // for its particle, is what the sentence is about
      const bool also_first = !english && !argued && m.role == Role::Also && !joins_in &&
                              st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization;
      if (m.role != Role::None && m.role != Role::Genitive) argued = true;
      // "무스타파 술레이만의 궤적은 또 다르다": a person in the genitive of the topic noun is what the
      // sentence is about ("그는" next is that person)
      const std::size_t next = static_cast<std::size_t>(m.last) + 1;
      const bool topic_owner = !english && m.role == Role::Genitive && next < s.tokens.size() && s.inside[next] < 0 &&
                               st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person &&
                               split_particle(s.tokens[next].text).role == Role::Topic;
      // "서 대표는 …", "서 대표의 이력은 …": a person before a title takes the title's case
      const Role titled = !english && m.role == Role::None && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person
                              ? title_case_after(s, m)
                              : Role::None;
      const bool titled_owner = titled == Role::Genitive && next + 1 < s.tokens.size() && s.inside[next + 1] < 0 &&
                                split_particle(s.tokens[next + 1].text).role == Role::Topic;
      st.note(m.entity, m.role == Role::Topic || m.role == Role::Copula || also_first || topic_owner || titled_owner
                            ? DocState::kTopic
                        : m.role == Role::Subject ? DocState::kSubject
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
    // "◇카카오 ▲상무 김민수 ▲이사 박하린": an announcement's heading names the organisation of the items
    // after it, until a sentence that is no heading or item
    if (!english && !s.tokens.empty()) {
      const std::string_view before_first = before_first_word(s);
      // (or a bracketed label: "[인사] SK텔레콤", "<인사> 카카오")
      const bool label = s.tokens.size() >= 2 && s.tokens[0].text == "인사" &&
                         (before_first.find('[') != std::string_view::npos || before_first.find('<') != std::string_view::npos ||
                          before_first.find("\u3010") != std::string_view::npos);
      const bool heading = before_first.find("\u25C7") != std::string_view::npos || before_first.find("\u25C6") != std::string_view::npos;
      const bool item = before_first.find("\u25B2") != std::string_view::npos;
      if (label && !s.mentions.empty() && s.mentions.front().first == 1 &&
          st.entities[static_cast<std::size_t>(s.mentions.front().entity)].type == EntityType::Organization)
        listing_org = s.mentions.front().entity;
      else if (heading && !s.mentions.empty() && s.mentions.front().first == 0 &&
               st.entities[static_cast<std::size_t>(s.mentions.front().entity)].type == EntityType::Organization)
        listing_org = s.mentions.front().entity;
      else if (!heading && !item && s.tokens.size() > 4)  // (a short line such as "<신규 선임>" keeps it)
        listing_org = -1;
    }
    RuleContext ctx{st.entities, s, previous_topic, recent_orgs.size() >= 2 ? recent_orgs[recent_orgs.size() - 2] : -1,
                    recent_orgs.empty() ? -1 : recent_orgs.back(), funded,
                    // (a filing's "Company" is the organisation it is about)
                    st.defined_terms.count("company") ? st.defined_terms.at("company") : st.main_entity(EntityType::Organization),
                    &st.person_org,
                    header_person >= 0 ? header_person : st.speaker_label >= 0 ? st.speaker_label : st.author, listing_org,
                    st.in_answer ? st.interviewee : -1, &st.founder_of, &st.head_of, previous_titled_person, &st.previous_investments};
    header_person = english && s.tokens.size() <= 4 && s.mentions.size() == 1 && s.mentions.front().first == 0 &&
                            st.entities[static_cast<std::size_t>(s.mentions.front().entity)].type == EntityType::Person
                        ? s.mentions.front().entity
                        : -1;
    std::vector<Found> found = english ? apply_rules_en(ctx) : apply_rules(ctx);
    // "Hanul Labs set up Hanul Labs America", "미도리로보틱스가 미도리로보틱스 아메리카를 세웠다": a company founding
    // one its own name opens is founding a unit of its own
    for (std::size_t q = 0, found_n = found.size(); q < found_n; ++q) {
      const Found& f = found[q];
      if (f.type != RelationType::Founded || f.subject < 0 || f.object < 0 || f.subject == f.object) continue;
      const LocalEntity& parent = st.entities[static_cast<std::size_t>(f.subject)];
      const LocalEntity& unit = st.entities[static_cast<std::size_t>(f.object)];
      // (the unit may be typed a person by its shape alone yet: "Mavi Zeka Korea" is what was founded)
      if (parent.type != EntityType::Organization || unit.type == EntityType::Product) continue;
      bool opens = false;
      for (const Alias& u : unit.names)
        for (const Alias& a : parent.names)
          if (u.text.size() > a.text.size() + 1 && u.text.compare(0, a.text.size(), a.text) == 0) {
            const std::string_view rest = std::string_view(u.text).substr(a.text.size());
            opens = opens || rest[0] == ' ' || (has_hangul(rest) && is_region_word(rest));
          }
      // (not a joint venture: "SoftBank and OpenAI set up SB OpenAI Japan")
      for (std::size_t o = 0; o < found_n && opens; ++o)
        if (found[o].type == RelationType::Founded && found[o].object == f.object && found[o].subject != f.subject && found[o].subject >= 0 &&
            st.entities[static_cast<std::size_t>(found[o].subject)].type == EntityType::Organization)
          opens = false;
      if (opens) found.push_back({RelationType::SubsidiaryOf, f.object, f.subject, f.confidence, "founded_unit", f.trigger, {}});
    }
    // "Who's in the round:" then "- Index Ventures (lead)", "- Xavier Niel": each item of a list under a
    // line about a round's investors invests in the company funded (English)
    if (english) {
      if (investor_list >= 0 && opens_with_list_mark(s) && !s.mentions.empty() && s.mentions.front().first == 0 && !s.mentions.front().pronoun &&
          s.mentions.front().entity != investor_list &&
          st.entities[static_cast<std::size_t>(s.mentions.front().entity)].type != EntityType::Product)
        found.push_back({RelationType::Invested, s.mentions.front().entity, investor_list, 0.75, "en.investor_list", 0, {}});
      else if (!opens_with_list_mark(s))
        investor_list = -1;
      const std::string_view line = text.slice(s.span);
      if (line.size() > 1 && line.size() < 120 && line.back() == ':') {
        bool about_investors = false;
        for (const Token& tok : s.tokens)
          about_investors = about_investors || en::is_any(en::lower(tok.text), {"round", "investors", "investors:", "backers", "backers:", "round:",
                                                                                "participants", "participants:", "investing", "funding", "funding:"});
        if (about_investors) investor_list = funded >= 0 ? funded : st.young_org;
      }
    }
    if (debug_)
      for (const Found& f : found)
        std::fprintf(stderr, "    %s: %s -> %s\n", f.rule, f.subject >= 0 ? st.entities[static_cast<std::size_t>(f.subject)].name.c_str() : "?",
                     f.object >= 0 ? st.entities[static_cast<std::size_t>(f.object)].name.c_str() : "?");
    std::vector<std::pair<int, int>> invested_here;  // (investor, funded) of this sentence's investments
    int founded_here = -1;                           // an organisation people founded in this sentence
    int joined_here = -1, joiner_here = -1;          // an organisation a person joined in this sentence, and who
    int acquired_here = -1;                          // an organisation bought in this sentence
    const std::map<int, int> own_amounts = investor_amounts(s, text.norm, found);
    for (const Found& f : found) {
      if (f.subject < 0 || f.object < 0 || f.subject == f.object) continue;
      const LocalEntity& se = st.entities[static_cast<std::size_t>(f.subject)];
      LocalEntity& oe = st.entities[static_cast<std::size_t>(f.object)];
      // "Vellum Voice was founded by Asha Menon": what is founded, funded, joined or left is an
      // organisation, whatever the shape of its name said
      const bool structural = f.type == RelationType::Founded || std::string_view(f.rule) == "en.passive";
      if (!allows(f.type, se.type, oe.type) && structural && shape_typed.count(f.object) &&
          allows(f.type, se.type, EntityType::Organization)) {
        oe.type = EntityType::Organization;
        shape_typed.erase(f.object);
      }
      if (!allows(f.type, se.type, oe.type)) continue;
      if (f.confidence < opt_.min_confidence) continue;
      LocalRelation r;
      r.type = f.type;
      r.subject = f.subject;
      r.object = f.object;
      r.confidence = f.confidence;
      r.role = f.role;
      // date: the date nearest the trigger, preferring one before it
      // (a Korean verb's adnominal ends its relative clause, which holds its date: in "X가 세운 Y는 올해 투자를 유치했다"
      // 올해 is the funding's, not the founding's)
      if (!s.dates.empty() && f.trigger >= 0) {
        const std::size_t tpos = s.tokens[static_cast<std::size_t>(f.trigger)].span.begin;
        const std::string_view tw = s.tokens[static_cast<std::size_t>(f.trigger)].text;
        const bool adnominal = !english && has_hangul(tw) && tw.size() >= 6 &&
                               (tw.ends_with("한") || tw.ends_with("운") || tw.ends_with("든") || tw.ends_with("된") || tw.ends_with("린"));
        const DateMention* best = nullptr;
        for (const DateMention& d : s.dates) {
          if (adnominal && d.span.begin > tpos) continue;
          if (!best) { best = &d; continue; }
          auto dist = [&](const DateMention& x) {
            return x.span.begin <= tpos ? tpos - x.span.begin : 2 * (x.span.begin - tpos);
          };
          if (dist(d) < dist(*best)) best = &d;
        }
        if (best) r.date = best->date.str();
      }
      if (const auto own = own_amounts.find(f.subject); f.type == RelationType::Invested && own != own_amounts.end()) {
        if (own->second >= 0) r.amount = s.amounts[static_cast<std::size_t>(own->second)].amount;
      } else if ((f.type == RelationType::Invested || f.type == RelationType::Acquired) && !s.amounts.empty()) {
        r.amount = s.amounts.front().amount;
      }
      r.evidence = sentence_evidence(text, s, out.doc_id, doc.source, f.rule);
      // (not an organisation put in itself, a reference read wrong: "the insurer has invested in a foreign start-up")
      if (r.type == RelationType::Invested && r.subject != r.object) {
        funded = r.object;
        raise_unnamed = false;
        invested_here.emplace_back(r.subject, r.object);
      }
      if (r.type == RelationType::Founded && raise_unnamed && st.entities[static_cast<std::size_t>(r.object)].type == EntityType::Organization) {
        funded = r.object;
        raise_unnamed = false;
      }
      // a past job ("spent seven years at Google": works_for and left) is not whom the person speaks for
      const bool past = std::any_of(found.begin(), found.end(), [&](const Found& g) {
        return g.type == RelationType::Left && g.subject == f.subject && g.object == f.object;
      });
      // (nor is a board the person joined: an investor's seat leaves "we" the investor's; "X has joined
      // Nuri's board" whichever rule read the joining)
      const bool board = r.type == RelationType::Joined && std::any_of(found.begin(), found.end(), [&](const Found& g) {
        return g.type == RelationType::Joined && g.subject == f.subject && g.object == f.object &&
               (std::string_view(g.rule) == "en.joined_board" || std::string_view(g.rule) == "en.joined_board_of");
      });
      if ((r.type == RelationType::WorksFor || r.type == RelationType::Founded || r.type == RelationType::Joined) &&
          se.type == EntityType::Person && !past && !board)
        if (r.type == RelationType::Founded || !st.founder_of.count(r.subject)) st.person_org[r.subject] = r.object;
      // (so is the head of a company: "윤채원 숨비로보틱스 대표", whom a later "2016년 딥마인드에 입사했다" does not move)
      const bool head = r.type == RelationType::WorksFor && (r.role == "대표" || r.role == "CEO" || r.role == "최고경영자" || r.role == "대표이사");
      if ((r.type == RelationType::Founded || head) && se.type == EntityType::Person && !past) st.founder_of.insert(r.subject);
      if (head && se.type == EntityType::Person && !past) st.head_of.emplace(r.subject, r.object);
      // "I left Google that summer": no longer the company the person speaks for
      if (r.type == RelationType::Left)
        if (const auto it = st.person_org.find(r.subject); it != st.person_org.end() && it->second == r.object) st.person_org.erase(it);
      if (r.type == RelationType::Developed && se.type == EntityType::Organization) st.product_org.emplace(r.object, r.subject);
      // what "the startup" names next (not a company named only to describe a person: "X, founder of
      // fintech unicorn PayZap, also invested")
      const std::string_view rule_name = f.rule;
      // (nor a fund: "Kallisto, founded in 2019 by X, put in €500m" leaves "the start-up" the round's)
      // (nor a person's past employer the sentence tells the fate of: "Brandt had spent four years at Franka
      // Emika, the maker that Agile Robots bought in 2023")
      const bool someones_past = std::any_of(found.begin(), found.end(), [&](const Found& g) {
        return g.type == RelationType::Left && g.object == f.object && g.subject != f.subject;
      });
      if ((r.type == RelationType::Founded || r.type == RelationType::Acquired || r.type == RelationType::Invested) && !someones_past &&
          !(english && (rule_name == "en.apposition" || rule_name == "en.title_before")) &&
          // (nor a unit its parent set up, which the text does not go on about as "the startup")
          !(rule_name == "en.opened_unit") &&
          !(r.type == RelationType::Founded &&
            std::any_of(st.entities[static_cast<std::size_t>(r.object)].names.begin(), st.entities[static_cast<std::size_t>(r.object)].names.end(),
                        [](const Alias& a) { return en::looks_like_fund_name(a.text); }))) {
        // (the buyer stays when the same sentence tells who founded the company bought)
        st.young_buyer = r.type == RelationType::Acquired ? r.subject : r.object == st.young_org ? st.young_buyer : -1;
        st.young_org = r.object;
      }
      // (not a company the founder is leaving: "X left Semeia, which she co-founded, to become …")
      if (r.type == RelationType::Founded && se.type == EntityType::Person && !past) founded_here = r.object;
      if (r.type == RelationType::Joined && se.type == EntityType::Person) joined_here = r.object, joiner_here = r.subject;
      if (r.type == RelationType::Acquired) acquired_here = r.object;
      out.relations.push_back(std::move(r));
    }
    st.previous_investments = std::move(invested_here);
    // ("두 사람은 … 케뎀을 공동 창업했다": a company the sentence says was founded, though by people it names
    // no further)
    // (not a company's own founding of another: "링쉬는 … 해외 법인 '링쉬 인터내셔널'을 설립했다")
    const bool org_founder = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
      return (m.role == Role::Topic || m.role == Role::Subject) && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization;
    });
    if (founded_here < 0 && !english && !org_founder)
      for (const Mention& m : s.mentions) {
        if (m.pronoun || m.role != Role::Object || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization) continue;
        std::size_t k = static_cast<std::size_t>(m.last) + 1;
        if (k < s.tokens.size() && s.tokens[k].text == "공동") ++k;
        if (k < s.tokens.size() && (s.tokens[k].text.starts_with("창업") || s.tokens[k].text.starts_with("설립") ||
                                    s.tokens[k].text.starts_with("세웠") || s.tokens[k].text.starts_with("차렸")))
          founded_here = m.entity;
      }
    // (a sentence about the founder alone keeps the founding before it in view: "… 파랑실리콘을
    // 차렸습니다. 진 대표 말로는 … 이 회사는 …"; names inside a quotation aside: "벤아리 대표는 \"모빌아이 시절 …\"이라고 말했다")
    std::vector<std::size_t> marks;  // the sentence's quotation marks (only when a founding is in view)
    if (st.previous_founded >= 0)
      for (std::size_t k = s.span.begin; k < s.span.end && k < text.norm.size(); ++k)
        if (text.norm[k] == '"' || text.norm.compare(k, 3, "\xE2\x80\x9C") == 0 || text.norm.compare(k, 3, "\xE2\x80\x9D") == 0) marks.push_back(k);
    const auto quoted = [&](const Mention& m) { return (std::lower_bound(marks.begin(), marks.end(), m.span.begin) - marks.begin()) % 2 == 1; };
    const bool founder_only = st.previous_founded >= 0 && !s.mentions.empty() &&
                              std::all_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
                                if (st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization && quoted(m)) return true;
                                if (st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) return false;
                                const auto it = st.person_org.find(m.entity);
                                return it != st.person_org.end() && it->second == st.previous_founded;
                              });
    if (founded_here >= 0 || !founder_only) st.previous_founded = founded_here;
    st.previous_joined = joined_here;
    st.previous_joiner = joiner_here;
    st.previous_acquired = acquired_here;
    // Korean: what the sentence was about for "이 회사" and "그는" next. The organisation it named alone (no
    // other name, no reference) and at least once as its subject or topic; the one person it named (others
    // aside) as its subject or topic, or before a title in either case ("빈자리는 … 라훌 메타가 채웠다. 그는 …").
    // (`alone`: any other mention, of any type, leaves none)
    auto sole_focus = [&](EntityType type, bool alone, bool titled) {
      int e = -1;
      bool focus = false;
      for (const Mention& m : s.mentions) {
        const bool of_type = !m.pronoun && m.entity >= 0 && st.entities[static_cast<std::size_t>(m.entity)].type == type;
        if (!of_type) {
          if (alone) return -1;
          continue;
        }
        if (e >= 0 && m.entity != e) return -1;
        e = m.entity;
        const Role r = titled && m.role == Role::None ? title_case_after(s, m) : m.role;
        // (or the sentence opens on it, joined to a word by 과/와: "카이론과 한국의 인연은 …")
        focus = focus || r == Role::Subject || r == Role::Topic || (r == Role::Comitative && m.first == 0 && type == EntityType::Organization);
      }
      return focus ? e : -1;
    };
    st.previous_sole_org = sole_focus(EntityType::Organization, true, false);
    st.previous_sole_person = sole_focus(EntityType::Person, false, true);
    // "• Raqim AI (Amman) — $9M Series A. The startup raised ...": a bullet item opening with a
    // company is about it
    if (english && !s.mentions.empty() && s.mentions.front().first == 0 && s.mentions.front().entity >= 0 &&
        st.entities[static_cast<std::size_t>(s.mentions.front().entity)].type == EntityType::Organization) {
      if (opens_with_list_mark(s)) st.young_org = s.mentions.front().entity, st.young_buyer = -1;
    }
    // The organisation that raised money: the topic or subject of a sentence that says so, or the
    // receiver of an investment just read.
    if (english) {
      bool raise = false, round = false, investing = false;
      for (const Token& tok : s.tokens) {
        const std::string w = en::lower(tok.text);
        raise = raise || w == "raised" || w == "raises" || w == "secured" || w == "closed";
        round = round || w == "series" || w == "seed" || w == "round" || w == "pre-seed";
        investing = investing || en::is_any(w, {"led", "leads", "co-led", "invested", "invests", "participated", "backed", "joined", "in"});
      }
      // ("Orbe AI came out of stealth with a €60 million seed round": a round of an amount the subject
      // had, "with" right before the amount, no one else's investing in the sentence)
      bool with_amount = false;
      if (round && !investing && !s.amounts.empty())
        for (std::size_t k = 1; k < s.tokens.size(); ++k)
          if (s.tokens[k].span.end > s.amounts.front().span.begin) {
            const std::string w1 = en::lower(s.tokens[k - 1].text);
            with_amount = w1 == "with" || (k >= 2 && (w1 == "a" || w1 == "an") && en::lower(s.tokens[k - 2].text) == "with");
            break;
          }
      if (raise || with_amount) {
        // (the subject of the raise itself when a clause before has another: "Stratus 2, the model we released,
        // is running at banks, and in November we closed a Series B")
        int raise_at = -1;
        for (std::size_t k = 0; k < s.tokens.size() && raise_at < 0; ++k)
          if (en::is_any(s.tokens[k].text, {"raised", "raises", "secured", "closed"})) raise_at = static_cast<int>(k);
        const Mention* nearest = nullptr;
        for (const Mention& m : s.mentions)
          if (m.role == Role::Subject && raise_at >= 0 && m.last < raise_at && m.last >= raise_at - 3 &&
              st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization)
            nearest = &m;
        if (nearest)
          funded = nearest->entity;
        else
          for (const Mention& m : s.mentions)
            if (m.role == Role::Subject) {
              if (st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization) funded = m.entity;
              break;
            }
      }
      // a deal sheet's heading, "OPALINE HEALTH — Seed — €6.5m", "VAANIKA LABS (Bengaluru) | $9M Series
      // A": the round below is this company's
      // (after an item's number: "2) AJABU LABS (Nairobi) - $6.5M seed")
      const bool numbered = !s.mentions.empty() && s.mentions.front().first == 1 && !s.tokens.front().text.empty() &&
                            std::all_of(s.tokens.front().text.begin(), s.tokens.front().text.end(), [](char c) { return c >= '0' && c <= '9'; });
      // (a heading is short: not "One Heart Life Insurance (OHL), the insurer's unit, has led a Series B round in X, ...")
      if (!raise && round && !s.mentions.empty() && (s.mentions.front().first == 0 || numbered) && !s.mentions.front().pronoun && s.tokens.size() <= 16 &&
          st.entities[static_cast<std::size_t>(s.mentions.front().entity)].type == EntityType::Organization &&
          static_cast<std::size_t>(s.mentions.front().last) + 1 < s.tokens.size() &&
          (s.tokens[static_cast<std::size_t>(s.mentions.front().last)].dash_after ||
           s.tokens[static_cast<std::size_t>(s.mentions.front().last) + 1].paren_open_before ||
           text.norm.substr(s.tokens[static_cast<std::size_t>(s.mentions.front().last)].span.end,
                            s.tokens[static_cast<std::size_t>(s.mentions.front().last) + 1].span.begin -
                                s.tokens[static_cast<std::size_t>(s.mentions.front().last)].span.end)
                   .find('|') != std::string::npos))
        funded = s.mentions.front().entity;
      // ("3) KUMO ROBOTICS (Tokyo) - ¥1.2B Series A": a heading of a round whose company this reading
      // does not know; the round below is not the last one's)
      else if (!raise && round && (s.mentions.empty() || s.mentions.front().first > 0) && caps_heading(s))
        funded = -1;
    } else {
      const std::string_view st_text = text.slice(s.span);
      // ("시리즈A 투자를 마무리했다": a round closed)
      // ("1800만 달러 규모 시리즈A를 마쳤습니다": a round ended)
      const bool round_closed = (st_text.find("시리즈") != std::string_view::npos || st_text.find("라운드") != std::string_view::npos ||
                                 st_text.find("시드") != std::string_view::npos) &&
                                (st_text.find("를 마쳤") != std::string_view::npos || st_text.find("을 마쳤") != std::string_view::npos ||
                                 st_text.find("를 마무리") != std::string_view::npos || st_text.find("을 마무리") != std::string_view::npos ||
                                 st_text.find("를 완료") != std::string_view::npos || st_text.find("을 완료") != std::string_view::npos ||
                                 st_text.find("클로징") != std::string_view::npos);
      // (not when the sentence's own investment named the company: "Y는 X가 유치한 시리즈B 투자를 주도했다")
      if (!invested_here.empty()) {
      } else if (st_text.find("유치") != std::string_view::npos || st_text.find("투자를 받") != std::string_view::npos ||
          st_text.find("투자받") != std::string_view::npos || st_text.find("조달") != std::string_view::npos ||
          st_text.find("투자를 마무리") != std::string_view::npos || st_text.find("투자를 완료") != std::string_view::npos || round_closed) {
        bool found = false;
        for (const Mention& m : s.mentions) {
          // (not the lead of a round in a relative clause: "소프트뱅크벤처스가 이끈 시리즈A에서")
          if ((m.role == Role::Topic || m.role == Role::Subject) && !leads_round_after(s, m) &&
              st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization) {
            funded = m.entity;
            found = true;
            break;
          }
        }
        // (an interviewee's answer without a subject: the company the interviewee speaks for)
        if (!found && st.in_answer && st.interviewee >= 0)
          if (const auto it = st.person_org.find(st.interviewee); it != st.person_org.end()) funded = it->second, found = true;
        // (a round closed with no subject at all, its leader in a relative clause: the company the
        // document is about, unless the sentence's investment named the company)
        if (!found && round_closed && st.previous_investments.empty() && std::none_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
              return (m.role == Role::Topic || m.role == Role::Subject) && !leads_round_after(s, m);
            }))
          if (const int main = st.main_entity(EntityType::Organization); main >= 0) funded = main, found = true;
        // (a person raising for a company neither the sentence nor the one before names: the one
        // founded next)
        if (!found && (previous_topic < 0 || st.entities[static_cast<std::size_t>(previous_topic)].type != EntityType::Organization) &&
            std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
              return st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person;
            }))
          raise_unnamed = true;
      }
    }
    // The two organisations named last, for "양사는" (both companies) in a later sentence; not those of
    // a list of three or more parties to one act ("A, B, C 등 기존 투자자들도 참여했다" after "X가 라운드를
    // 주도했다": the two companies are still X and the company funded)
    std::map<std::pair<int, int>, std::set<int>> parties;  // (relation, one end) -> the other ends, organisations
    for (const Found& f : found)
      if (st.entities[static_cast<std::size_t>(f.subject)].type == EntityType::Organization &&
          st.entities[static_cast<std::size_t>(f.object)].type == EntityType::Organization)
        parties[{static_cast<int>(f.type), f.object}].insert(f.subject);
    const bool list_of_parties =
        !english && std::any_of(parties.begin(), parties.end(), [](const auto& p) { return p.second.size() >= 3; });
    for (const Mention& m : s.mentions) {
      if (list_of_parties) break;
      if (m.pronoun || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization) continue;
      recent_orgs.erase(std::remove(recent_orgs.begin(), recent_orgs.end(), m.entity), recent_orgs.end());
      recent_orgs.push_back(m.entity);
    }
    // The sentence's topic carries over to the next (Korean drops repeated subjects).
    bool topic_here = false;
    previous_titled_person = english ? -1 : titled_topic_person(s, st, text);
    // (not the subject of a relative clause: "카젝이 주도한 시리즈A를 마쳤습니다" is about the company raising)
    auto in_relative = [&](const Mention& m) {
      const std::size_t next = static_cast<std::size_t>(m.last) + 1;
      if (english || m.role != Role::Subject || next >= s.tokens.size()) return false;
      const std::string_view v = s.tokens[next].text;
      return leads_round_after(s, m) || v == "세운" || v == "설립한" || v == "인수한" || v == "투자한" || is_release_adnominal(v);
    };
    for (const Mention& m : s.mentions)
      if ((m.role == Role::Topic || m.role == Role::Subject) && !in_relative(m)) {
        previous_topic = m.entity;
        topic_here = true;
        break;
      }
    // ("SK텔레콤의 AI 투자는 올해 들어 더 빨라졌다": an organisation in the genitive of the topic is what
    // the sentence is about, a word of its field between)
    for (std::size_t i = 0; !english && !topic_here && i < s.mentions.size(); ++i) {
      const Mention& m = s.mentions[i];
      if (m.pronoun || m.role != Role::Genitive || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization) continue;
      for (std::size_t k = static_cast<std::size_t>(m.last) + 1; k < s.tokens.size() && k <= static_cast<std::size_t>(m.last) + 2; ++k) {
        if (s.inside[k] >= 0) break;
        const Role r = split_particle(s.tokens[k].text).role;
        if (r == Role::Topic) {
          previous_topic = m.entity;
          topic_here = true;
        }
        if (r != Role::None) break;
      }
    }
    // ("세 번째 주자로 떠오른 곳이 스타볼트AI다": an organisation the sentence introduces with the copula, its
    // only name, is what the next sentences are about)
    // (said of a place or a company: not "가장 큰 고객은 X이다", a customer)
    const auto introduces = [&] {
      return std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& tk) {
        const ParticleSplit ps = split_particle(tk.text);
        return (ps.role == Role::Subject || ps.role == Role::Topic) &&
               (ps.stem == "곳" || ps.stem == "주인공" || ps.stem == "회사" || ps.stem == "기업" || ps.stem == "주자" || ps.stem == "업체");
      });
    };
    if (!english && !topic_here && s.mentions.size() == 1 && s.mentions[0].role == Role::Copula && !s.mentions[0].pronoun &&
        st.entities[static_cast<std::size_t>(s.mentions[0].entity)].type == EntityType::Organization && introduces()) {
      previous_topic = s.mentions[0].entity;
      topic_here = true;
    }
    // ("한 대표의 경력은 화려하다": a person in the genitive of the topic, likewise)
    for (std::size_t i = 0; !english && !topic_here && i < s.mentions.size(); ++i) {
      const Mention& m = s.mentions[i];
      if (m.pronoun || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) continue;
      std::size_t k = static_cast<std::size_t>(m.last) + 1;
      if (m.role != Role::Genitive) {
        if (k >= s.tokens.size() || s.inside[k] >= 0 || title_prefix(s.tokens[k].text).empty() ||
            split_particle(s.tokens[k].text).role != Role::Genitive)
          continue;
        ++k;
      }
      if (k < s.tokens.size() && s.inside[k] < 0 && split_particle(s.tokens[k].text).role == Role::Topic) {
        previous_topic = m.entity;
        topic_here = true;
      }
    }
  }
  if (!english) link_english_names_ko(sentences, st);
  add_family_makers(sentences, st, text, doc.source, out);
  // An entity no sentence mentions and no relation names (a candidate whose every occurrence went
  // to a longer or other name: "Studio" of "CLOVA Studio") is no node of the graph
  std::vector<int> index(st.entities.size(), -1);
  for (const Sentence& s : sentences)
    for (const Mention& m : s.mentions) index[static_cast<std::size_t>(m.entity)] = 0;
  for (const LocalRelation& r : out.relations) index[static_cast<std::size_t>(r.subject)] = index[static_cast<std::size_t>(r.object)] = 0;
  int kept = 0;
  for (std::size_t i = 0; i < st.entities.size(); ++i)
    if (index[i] == 0) {
      index[i] = kept++;
      out.entities.push_back(std::move(st.entities[i]));
    }
  for (LocalRelation& r : out.relations) {
    r.subject = index[static_cast<std::size_t>(r.subject)];
    r.object = index[static_cast<std::size_t>(r.object)];
  }
  return out;
}

}  // namespace inmaek::extract