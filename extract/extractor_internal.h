#pragma once
// The sentence analysis shared by the extractor's steps (mentions, resolution, rules).
#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/amounts.h"
#include "extract/document.h"
#include "extract/particles.h"
#include "extract/span.h"
#include "extract/tokens.h"
#include "graph/types.h"

namespace inmaek::extract {

// A name candidate found by open-world discovery.
struct Candidate {
  std::string name;
  EntityType type;
  std::string latin;  // a parenthesised Latin form, if any
  bool quoted = false;  // written in quotes after a type noun ('마루'): an ordinary word may be a name then
  bool by_default = false;  // typed by its shape alone (two title-case words: a person), no word around it said so
  std::string also{};  // another name the text gives it: "대니얼 오(Daniel Oh·한국명 오승민)"
  bool by_verb = false;  // typed an organisation only by a company's verb after it ("X는 … 투자했다")
  bool with_characters = false;  // given with its Chinese characters: "왕리(王立)", a name however short
  bool parent = false;  // named as what a unit is of ("the venture arm of Telstra"): no short form of a longer name
  // typed by the kind of company after it ("알카자르 출판사는"): kept only when the document also names it
  // alone with a case particle (a field is no company: "알뜰폰 통신사")
  bool by_trade = false;
};

// A discovered Hangul name that is only ordinary words: a dictionary word or compound ("이사회",
// "빅테크", "데이터센터"), or words of which one is a verb form ("사임하지 않고", "강력한 파트너십")
// or all are dictionary words ("인공지능 강자"). Names with a Latin part are never implausible; a
// one-word person name only when the dictionary lists it whole (given names end like suffixes).
bool is_implausible_name(std::string_view name, EntityType type);

// Korean person candidates read across a company's name, set right: "츠바메 시스템스" (two words ending in
// a company's kind) is a company, "진웨이 차이위팅" / "서린그룹 정태윤" (a company of the document, or a word
// shaped like one, before a full name) is the person 차이위팅 / 정태윤; "엘로디 바렌 오르세 인텔리전스" (a
// person, then an organisation of the document) the person 엘로디 바렌. `org_names`: the document's
// organisation candidates (less those read across a person's name). (candidates_ko.cpp)
void fix_korean_person_candidates(std::set<std::string, std::less<>>& org_names, std::vector<Candidate>& candidates);
// A one-word Hangul name only a verb typed a company that is the surname of a person the document names
// in full ("보이치크는 … 세운" after "카타르지나 보이치크") is that person. (candidates_ko.cpp)
void type_korean_surnames(std::vector<Candidate>& candidates);

struct Mention {
  Span span;             // the name, into Text::norm
  int first = 0;         // first token of the name
  int last = 0;          // token holding the end of the name (and its particle)
  int entity = -1;       // local entity index
  Role role = Role::None;
  bool pronoun = false;  // a pronoun or nominal reference resolved to `entity`
};

struct Sentence {
  Span span;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;    // in text order
  std::vector<int> mention_at;      // token -> index of the mention ending in it, or -1
  std::vector<int> inside;          // token -> index of the mention covering it, or -1
  std::vector<DateMention> dates;
  std::vector<AmountMention> amounts;
  bool money_context = false;  // this or the previous sentence speaks of money or a funding round
};

// The characters between the sentence's start and its first word: list marks, quotes, brackets.
inline std::string_view before_first_word(const Sentence& s) {
  if (s.tokens.empty() || s.tokens[0].span.begin <= s.span.begin) return {};
  const std::size_t lead = s.tokens[0].span.begin - s.span.begin;
  return std::string_view(s.tokens[0].text.data() - lead, lead);
}

// A sentence opened by a list mark ("• Raqim AI (Amman) — ...", "▸ ...", "- ..."): an item of a list.
inline bool opens_with_list_mark(const Sentence& s) {
  const std::string_view b = before_first_word(s);
  for (std::string_view mark : {"\u2022", "\u25B8", "\u25B6", "\u25AA", "- ", "* "})
    if (b.find(mark) != std::string_view::npos) return true;
  return false;
}

// A heading in capitals, "KUMO ROBOTICS (Tokyo) | ¥1.2bn Series A", "3) NOVA LABS - $4M seed": its
// first word (after a number) has two or more letters, all capitals, and no word after it is in lower
// case but a round's ("seed", "round").
inline bool caps_heading(const Sentence& s) {
  std::size_t k = 0;
  if (k < s.tokens.size() && !s.tokens[k].text.empty() && s.tokens[k].text[0] >= '0' && s.tokens[k].text[0] <= '9') ++k;
  if (k >= s.tokens.size() || s.tokens.size() > 12) return false;
  const std::string_view w = s.tokens[k].text;
  if (w.size() < 2 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
  return std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k), s.tokens.end(), [](const Token& t) {
    return t.text[0] >= 'a' && t.text[0] <= 'z' && t.text != "seed" && t.text != "pre-seed" && t.text != "round" && t.text != "extension";
  });
}

// Does an item mark (▲) stand right before token k, as in an announcement of appointments
// ("▲상무 김민수 ▲이사 박하린")?
inline bool opens_listed_item(const Sentence& s, std::size_t k) {
  const Token& t = s.tokens[k];
  return t.span.begin >= s.span.begin + 3 && std::string_view(t.text.data() - 3, 3) == "\u25B2";
}

// A relation found in one sentence, before it is attached to the document.
struct Found {
  RelationType type;
  int subject;  // local entity
  int object;
  double confidence;
  const char* rule;
  int trigger = -1;  // token of the trigger, for dates and modality
  std::string role;
};

struct RuleContext {
  const std::vector<LocalEntity>& entities;
  const Sentence& sentence;
  int previous_topic = -1;  // entity the previous sentences were about (zero anaphora)
  // the two organisations named last before this sentence (older, newer): "양사", "두 회사"
  int pair_first = -1;
  int pair_second = -1;
  // the organisation the document last said raised money ("X는 시리즈B 투자를 유치했다"): the
  // receiver of later round participants ("Y도 후속 투자에 참여했다")
  int funded = -1;
  // the organisation the document is about so far (most mentioned): whom a bare title such as
  // "Chief Executive Officer Arthur Mensch" or "who serves as CTO" refers to
  int main_org = -1;
  // the organisation each person was last said to found, join or work for (English: "she left")
  const std::map<int, int>* person_org = nullptr;
  // the person writing or speaking (a post's author, an interview's speaker), for lines that only
  // describe them: a profile's "Research Lead at Sakana AI | ex-Samsung Research"
  int narrator = -1;
  // the organisation a Korean announcement of appointments lists people for ("◇카카오 ▲상무 김민수")
  int listing_org = -1;
  // the person whose quoted answer the sentence is, in a Korean interview (DocState::interviewee)
  int answering = -1;
  // the people the document said founded a company (person_org then holds the company founded)
  const std::set<int>* founders = nullptr;
  // the company whose head each person was first called (DocState::head_of)
  const std::map<int, int>* head_of = nullptr;
  // the person the previous sentence was about by the title that carried its topic ("페레이라 대표는 …"),
  // whom a person's act with no subject of its own continues ("석 달 뒤 … 안데스를 창업했다")
  int previous_titled_person = -1;
  // the investments (investor, funded) the sentence before told: "A and B also took part. The Series A follows a seed
  // round led by C" is the funded company's, not A's
  const std::vector<std::pair<int, int>>* previous_investments = nullptr;
};

// Runs every relation rule over one analysed sentence.
std::vector<Found> apply_rules(const RuleContext& ctx);

// True when the predicate at `trigger` is negated, planned, considered or rumoured.
bool is_irrealis(const Sentence& s, int trigger);

// Open-world discovery in a Korean sentence (discover_ko.cpp); lex_token marks tokens inside lexicon names,
// lex_org those inside the lexicon's organisations.
void discover(const Sentence& s, const std::vector<bool>& lex_token, const std::vector<bool>& lex_org, std::vector<Candidate>& out);

// "니시무라 하루카 쓰바메클라우드 대표", "미라 머라티 전 오픈AI CTO": a foreign person found by one
// word, with the rest of the name written before it at the start of the sentence: a bare Hangul word
// that is no dictionary word, Korean full name, title, type or common noun.
// (discover_ko.cpp)
void extend_foreign_given_names(const std::vector<Sentence>& sentences, const std::vector<std::vector<bool>>& lex_tokens,
                                std::vector<Candidate>& out);

// "재팬" in "노바큐브 재팬": a regional branch is another organisation than its parent.
// (discover_ko.cpp)
bool is_region_word(std::string_view w);
// A name that ends in such a word, glued or apart ("로드스타코리아", "Nuvion Arabia").
bool ends_with_region_word(std::string_view w);

// The last word of a unit named after its organisation, another organisation than it: "Research"
// ("Sorinet AI Research"), "Institute", "Lab", "Center", "안전연구소", "센터". (discover_ko.cpp)
bool is_unit_word(std::string_view w);

// Checks that [b, e) is a whole name in the sentence: it starts a word and is followed by
// nothing, punctuation or a particle. Fills first/last token and role.
// (mentions.cpp)
bool place_mention(const std::string& norm, const Sentence& s, std::size_t b, std::size_t e, Mention& m);

// Strips parenthesised parts and quotes from what follows a name inside its word.
// (mentions.cpp)
std::string clean_suffix(std::string_view s);

// A Hangul word of 3-8 syllables that is no dictionary word or compound and on no rule list: it
// may be a name (discover_repeated.cpp).
bool is_unknown_word(std::string_view w);

// An ordinary noun (a dictionary word or compound, no particle) that can describe a person
// between an organisation and a name: "음성", "연구자", "영상의학과".
bool is_descriptor_noun(std::string_view w);

// Document-level discovery after the per-sentence rules: an unknown word the document uses as an
// argument (with a case particle) in at least two sentences becomes an organisation (a product
// when quoted or after a product noun). `out` holds the candidates found so far; words inside
// them are skipped, and so are the spellings of known_words (the words of the lexicon people the
// document names: "브록먼" alone is Greg Brockman's surname). lex_tokens[i] marks the lexicon tokens
// of sentences[i].
void discover_repeated(const std::vector<Sentence>& sentences, const std::vector<std::vector<bool>>& lex_tokens,
                       const std::vector<std::string>& known_words, std::vector<Candidate>& out);

// --- English (rules_en*.cpp, discover_en.cpp) ---

// "ko" when Hangul makes up a fair share of the letters, else "en".
std::string detect_language(std::string_view norm);

// Puts a sentence's mentions in text order and rebuilds mention_at and inside from them (mentions.cpp).
void index_mentions(Sentence& s);
// The case a title right after mention m carries ("박 CTO가", "하정우 전 퓨처AI센터장은": past one former or
// current marker, a unit's head too), or Role::None when no title follows (mentions.cpp).
Role title_case_after(const Sentence& s, const Mention& m);

// Relation rules for English sentences (same Found records, rule ids "en.*").
std::vector<Found> apply_rules_en(const RuleContext& ctx);

// Open-world discovery in an English sentence; lex_token marks tokens inside lexicon names.
// (`lex_org`: the tokens of lexicon organisations, whose units may be named after them: "Tencent AI Lab";
// `previous_first`: the index in `out` of the previous sentence's first candidate)
void discover_en(const Sentence& s, const std::vector<bool>& lex_token, const std::vector<bool>& lex_org, std::vector<Candidate>& out,
                 std::size_t previous_first);

// An English pronoun or nominal reference starting at token i ("he", "she", "the company",
// "the startup"): its tokens, the type it refers to and the role it plays (subject, object,
// genitive for "his"/"its"), or nullopt.
struct PronounHit {
  int first = 0;
  int last = 0;
  EntityType type = EntityType::Person;
  Role role = Role::None;
  bool first_person = false;  // "we", "our", "us": the company speaking
  bool narrator = false;      // "I", "me", "my": the person speaking or writing
  bool persons_company = false;  // "her company", "his startup": the company of the person meant
  int owner_token = -1;  // "the Alphabet-owned lab": the token naming the owner or backer
  std::string place;  // "the Paris-based start-up", "the Seoul startup", "the French lab": "paris", "seoul", "french"
  int product = -1;   // "the ChatGPT maker": the product (local entity) its referent made
};
std::optional<PronounHit> english_pronoun(const Sentence& s, int i);

// Marks the grammatical subject of an English sentence (Role::Subject): the first mention that is
// not a possessor and not the object of a preposition. English mentions carry no particles.
void mark_subject_en(Sentence& s);

// The place or nationality words that describe organisation mention m where it is named: "Paris-based
// Atelier", "South Korea's Gaon AI", "French startup Mistral", "Kairos, a Munich-based developer",
// "Skagerrak Capital, an Oslo investment firm" (lower case; the last word of a place of several).
std::vector<std::string> place_words_en(const Sentence& s, const Mention& m);
// The kinds of organisation a name is called in its noun phrase or apposition: "firm" for "law firm
// Okonkwo Hartley" and "Okonkwo Hartley, the 420-lawyer firm with offices in Lagos" ("start-up" is "startup");
// the last word of the name itself after a "=" ("=lab" for "Kaveri Labs")
std::vector<std::string> kind_words_en(const Sentence& s, const Mention& m);
// A kind of organisation as kind_words_en records it: lower case, no possessive, "start-up" as "startup".
std::string kind_noun(std::string_view word);

// The amount each investor of a sentence put in, when the sentence gives investors amounts of their own
// ("A가 150억 원을 투자하며 주도했고, B(50억 원)와 C가 참여했다", "A ($5m) and B ($3m) joined"): investor (local
// entity) -> index into s.amounts, or -1 for an investor given none. Empty when no amount stands in
// parentheses right after an investor's name: then the sentence's amount is the round's, for all.
std::map<int, int> investor_amounts(const Sentence& s, const std::string& norm, const std::vector<Found>& found);

namespace en {
// The brands an English document writes in lower case (brands_en.cpp): words that open two sentences or
// more in lower case, or one before an apposition's comma or with a possessive somewhere ("lumora, a
// Singapore startup, ...", "lumora's board"), not bylines, quotes' "said" or page furniture.
std::vector<std::string> lowercase_brands(std::string_view norm, const std::vector<Sentence>& sentences);
// Raises the first letter of each whole-word occurrence of the words (not in web or mail addresses);
// whether any changed.
bool capitalise_words(std::string& norm, const std::vector<std::string>& words);
}  // namespace en

}  // namespace inmaek::extract
