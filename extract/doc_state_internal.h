#pragma once
// The document state the extractor's steps share: the entities found so far and their names, the
// salience that resolves references, and what the previous English sentence was about. DocState is
// defined in doc_state.cpp, PreviousSentence::remember() in references_en.cpp.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/extractor_internal.h"
#include "extract/lexicon.h"
#include "extract/text.h"
#include "graph/types.h"

namespace inmaek::extract {

class DocState {
 public:
  DocState(const Lexicon& lex, const Text& text, std::string_view lowered)
      : lex_(lex), text_(text), lowered_(lowered) {}

  std::vector<LocalEntity> entities;

  int entity_for_lexicon(int entry, std::string_view surface);
  // (`shortened`: whether an organisation's name may be a longer one's short form, "Telstra" for "Telstra
  // Ventures"; not when the text names it as the unit's parent)
  int entity_for_name(std::string_view surface, EntityType type, bool type_sure, bool shortened = true);
  // The entity with a name of the same key as surface, or -1 (creates none).
  int entity_named(std::string_view surface) const;
  // The first organisation with an alias that `fits`, or -1; with `only`, -2 when another one fits too.
  template <class Fits>
  int organisation_with_alias(Fits fits, bool only = false) const;
  // The same for any type.
  template <class Fits>
  int with_alias(EntityType type, bool only, Fits fits) const;
  int person_by_short_name(std::string_view short_name) const;
  // The one person a foreign surname alone in another spelling names, or -1 (doc_state.cpp).
  int person_by_surname_spelling(std::string_view surface) const;
  // The one person a foreign given name alone names ("쏨차이 대표" for "솜차이 웡사꾼"), or -1 (doc_state.cpp).
  int person_by_given_name(std::string_view surface) const;
  void add_name(int id, std::string_view surface);

  // Pronoun resolution by salience: the most recent topic (은/는 marks what the discourse is
  // about) of the type within the last few mentions, else the most recent subject, else the most
  // recent mention of the type.
  enum Salience { kDescriptor = -1, kPlain = 0, kSubject = 1, kTopic = 2 };
  void note(int entity, Salience s);
  int main_entity(EntityType t) const;

  int young_org = -1;  // the organisation last founded, acquired or funded: what "the startup" names
  int young_buyer = -1;  // the buyer, when young_org was last acquired
  int previous_founded = -1;  // the organisation people founded in the previous sentence ("The company's engine")
  int previous_joined = -1;  // the organisation a person joined in the previous sentence ("… 앤트로픽에 합류했다. … 회사를 나왔다")
  int previous_joiner = -1;  // and that person
  int previous_acquired = -1;  // the organisation the previous sentence told was bought ("… paid £310m for Casewright. Its product")
  // Korean: the organisation a sentence of no other name was about, as its subject or topic ("신생 기업 중에서는
  // 한싱즈넝이 눈에 띈다"), for "이 회사" in the next sentence
  int previous_sole_org = -1;
  int previous_sole_person = -1;  // Korean: the one person a sentence named, as its subject or topic ("그는" next)
  // English: the organisation last described by a place or nationality ("Paris-based X"), by that word
  std::map<std::string, int, std::less<>> place_org;
  // English: the organisations each kind of organisation was said of ("law firm X", "X, a London
  // start-up"), by that noun ("firm", "startup")
  std::map<std::string, std::set<int>, std::less<>> kind_orgs;
  // English: the organisation each person was last said to found, join or work for; and the one the
  // speaker of the last quotation speaks for ("we" in a quote is the speaker's company)
  std::map<int, int> person_org;  // a founder speaks for the company founded
  std::set<int> founder_of;
  // the company whose head each person was first called ("차윤서 보닥AI 대표"): a news title is the
  // post held when the article was written
  std::map<int, int> head_of;
  // English: the investors and the funded organisations of the previous sentence's investments ("Nvidia
  // also participated. The company's co-founders ...": the company is the one funded)
  std::vector<std::pair<int, int>> previous_investments;
  // English: the organisation each product was said to be made by ("the ChatGPT maker" names it)
  std::map<int, int> product_org;
  int quote_org = -1;
  // English first-person texts: the speaker an interview's label names ("Ana Lopes: I joined ...",
  // "AL: ...") and the author a post's byline names ("Posted by Ana Lopes"); "I" outside quotations
  // is the one, else the other
  // English: the grammatical gender a "he" or "she" gave a person ('m' or 'f'); a later pronoun of the
  // other gender names someone else ("Carvalho ... her father ... He wanted")
  std::map<int, char> gender;
  int speaker_label = -1;
  int previous_label = -1;  // the one who spoke before (the other side of an interview)
  int author = -1;
  int lone_name = -1;  // English: the person a line of its own named, the line before ("Mercedes Ibarra" over a post's date)
  // English: the company whose blog or newsroom the text is ("Saebyeok AI Blog"): its "we"
  int house_org = -1;
  // English: the organisation whose name alone is the page's first line ("Kestrel Labs" over its menu), until a
  // blog's mark ("Blog / Releases", "Posted by") makes it the house (-2: the first line was something else)
  int masthead_org = -1;
  // a filing's or contract's defined terms: 'Harrowgate Data Corporation (the "Company")' makes "the
  // Company" Harrowgate for the rest of the document (lower-case noun -> entity)
  std::map<std::string, int> defined_terms;
  // Korean Q&A interviews ("Q. …", "A. …", or "―질문" lines answered by quoted paragraphs): the
  // person answering, once a question was seen; in_answer while a quoted answer goes on
  bool interview = false;
  int interviewee = -1;
  bool in_answer = false;
  // Korean: the previous sentence was a section's heading ("■ 돈은 누가 댔나"): "이 회사" right after it
  // is the company the document is about, not the one a background sentence before it described
  bool after_heading = false;
  // a transcript's speaker labels ("변상아(SK텔레콤): …", "보드로:"): the person labelled speaks (is
  // the interviewee) until the next label, whatever the lines in between
  bool transcript = false;
  int moderator = -1;  // the label's "(사회)": who asks, not answers
  // the organisation a Korean timeline's lines ("- 2025년 12월: …") tell of, while they go on
  int timeline_org = -1;
  // the previous sentence introduced a person other than the one answering ("흥미로운 인물이 토마스
  // 에체베리아입니다"): a next sentence without a subject is about that person, not the speaker
  bool other_person_before = false;
  // questions on lines opened by a hyphen ("- 창업 전에는 무엇을 했나."), each answered by a quoted line
  bool hyphen_questions = false;

  int last_mentioned(EntityType t, int except, int except2 = -1) const;
  // The entity of type t mentioned last (not as a descriptor) for which ok(entity) holds, or -1.
  template <class Ok>
  int last_mentioned_if(EntityType t, Ok ok) const {
    for (auto it = recent_.rbegin(); it != recent_.rend(); ++it)
      if (it->second != kDescriptor && entities[static_cast<std::size_t>(it->first)].type == t && ok(it->first)) return it->first;
    return -1;
  }
  int subject_count(int e) const;
  // Whether entity e is among the last `within` mentions.
  bool mentioned_within(int e, std::size_t within) const;
  int most_recent(EntityType t, bool companies_only = false) const;
  static bool is_institution(const LocalEntity& e);
  // An investor by its name: "폰도 케찰 벤처스", "새봄인베스트먼트", "Han River Partners", "Seoul Frontier Fund".
  static bool is_investor_named(const LocalEntity& e);

 private:
  int add(LocalEntity e);
  const Lexicon& lex_;
  const Text& text_;
  std::string_view lowered_;
  std::map<int, int> by_lex_;
  std::vector<std::pair<int, Salience>> recent_;  // (entity, how salient the mention was)
  std::unordered_map<int, std::pair<int, int>> score_;  // entity -> (weight, last position in recent_)
  std::unordered_map<int, int> subjects_;               // entity -> times a subject or topic
  std::unordered_map<int, int> best_;                   // entity type -> main entity of that type
};

// What the previous English sentence was about: its subject organisation, the first organisation it
// named, the person it was about (each -1 when none).
struct PreviousSentence {
  int subject_org = -1;
  int first_org = -1;
  int framed_org = -1;  // the organisation it opened on ("At Varanda, …"), when it named any
  int person = -1;
  bool person_subject = false;  // person was the subject there (not only named: "co-founded by A, B and C")
  bool person_alone = false;    // person was the only one it named ("X has hired Y as its head of AI")
  int own_org = -1;  // the first organisation the previous sentence itself named (-1: it named none)

  void remember(const Sentence& s, const DocState& st);
};

// Pronouns and nominal references: 그는, 그녀는, 이 회사, 이곳, 해당 기업, 회사는.
// (mentions.cpp)
void find_pronouns(Sentence& s, DocState& st);

// English pronouns and nominal references ("he", "the company"), through english_pronoun(); he/she
// without an antecedent in their own sentence go to the person the previous sentence was about ("The
// startup hired Dev Patel from Ninefold. He will serve as ...").
// (references_en.cpp)
void find_pronouns_en(Sentence& s, DocState& st, const PreviousSentence& previous, std::string_view norm);

// A Korean person's English name, which a Korean article gives in quotes ("조 대표는 미국에서는 '대니얼
// 조(Daniel Cho)'라는 영어 이름을 쓴다", "'토니 정'으로 불린다"): its names become the person's, the one
// of the document whose Korean name opens with the surname it ends in. (english_names_ko.cpp)
void link_english_names_ko(const std::vector<Sentence>& sentences, DocState& st);

}  // namespace inmaek::extract
