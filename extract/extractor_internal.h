#pragma once
// The sentence analysis shared by the extractor's steps (mentions, resolution, rules).
#include <optional>
#include <string>
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
};

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
};

// Runs every relation rule over one analysed sentence.
std::vector<Found> apply_rules(const RuleContext& ctx);

// True when the predicate at `trigger` is negated, planned, considered or rumoured.
bool is_irrealis(const Sentence& s, int trigger);

// Open-world discovery in a Korean sentence (extractor.cpp); lex_token marks tokens inside lexicon names.
void discover(const Sentence& s, const std::vector<bool>& lex_token, std::vector<Candidate>& out);

// --- English (rules_en.cpp, discover_en.cpp) ---

// "ko" when Hangul makes up a fair share of the letters, else "en".
std::string detect_language(std::string_view norm);

// Relation rules for English sentences (same Found records, rule ids "en.*").
std::vector<Found> apply_rules_en(const RuleContext& ctx);

// Open-world discovery in an English sentence; lex_token marks tokens inside lexicon names.
void discover_en(const Sentence& s, const std::vector<bool>& lex_token, std::vector<Candidate>& out);

// An English pronoun or nominal reference starting at token i ("he", "she", "the company",
// "the startup"): its tokens, the type it refers to and the role it plays (subject, object,
// genitive for "his"/"its"), or nullopt.
struct PronounHit {
  int first = 0;
  int last = 0;
  EntityType type = EntityType::Person;
  Role role = Role::None;
};
std::optional<PronounHit> english_pronoun(const Sentence& s, int i);

// Marks the grammatical subject of an English sentence (Role::Subject): the first mention that is
// not a possessor and not the object of a preposition. English mentions carry no particles.
void mark_subject_en(Sentence& s);

}  // namespace inmaek::extract
