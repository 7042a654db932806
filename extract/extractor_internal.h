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

namespace inmaek::extract {

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

}  // namespace inmaek::extract
