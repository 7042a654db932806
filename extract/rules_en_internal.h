#pragma once
// Shared view of one English sentence for the English rules (rules_en*.cpp, appositions_en.cpp),
// defined in rules_en_sentence.cpp.
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor_internal.h"

namespace inmaek::extract {

// One sentence with lower-cased words and helpers over its mentions; collects Found records.
class SentenceEn {
 public:
  explicit SentenceEn(const RuleContext& ctx);

  const RuleContext& ctx_;
  const Sentence& s_;
  int n_;
  std::vector<std::string> lw_;  // lower-cased token texts
  std::vector<Found> out_;

  int inside(int k) const { return s_.inside[static_cast<std::size_t>(k)]; }
  // The mention whose last token is k, or -1.
  int ending_at(int k) const;
  int first(int m) const { return s_.mentions[static_cast<std::size_t>(m)].first; }
  int last(int m) const { return s_.mentions[static_cast<std::size_t>(m)].last; }
  int ent(int m) const { return s_.mentions[static_cast<std::size_t>(m)].entity; }
  bool genitive(int m) const { return s_.mentions[static_cast<std::size_t>(m)].role == Role::Genitive; }
  bool pronoun(int m) const { return s_.mentions[static_cast<std::size_t>(m)].pronoun; }
  EntityType type(int m) const { return ctx_.entities[static_cast<std::size_t>(ent(m))].type; }
  // An organisation mention that modifies a title ("OpenAI researcher", "Halcyon's CEO").
  bool is_descriptor_org(int m) const;
  // True when token k is part of a date ("2019", "May", "last year").
  bool is_date_word(int k) const;
  // Token k is part of an amount of money the sentence states (s_.amounts): "£310m", "$4 billion".
  bool is_amount_word(int k) const;
  // A post held at the time of the sentence that has ended: "Before that" ahead of the subject
  // (ending at token subject_last), or in the clause of the verb at token k (up to a comma or a
  // relative word) "until", "previously", "earlier" or a duration ("for six years"); never after
  // "has"/"have" ("has worked there for two years" still works there).
  bool post_ended(int subject_last, int k) const;
  // Mention m with the mentions coordinated before / after it ("A, B and C"), in text order.
  // mixed: investors, people and organisations in one list ("with Heron Capital and angel X participating").
  std::vector<int> group_left(int m, bool mixed = false) const;
  // mixed: investors, where people and organisations share one list ("from Thrive Capital, Elad Gil
  // and Kindred Horizons") and organisations take appositions ("NVentures, Nvidia's venture arm, and B").
  std::vector<int> group_right(int m, bool mixed = false) const;
  // The token after a conjunction at j ("and", "along with", "as well as"), or -1.
  int skip_conjunction(int j) const;
  // The token after an apposition that follows mention m and closes with a comma
  // ("A, a former X researcher, and B" -> "and"), or -1.
  int skip_apposition(int m, bool mixed = false) const;
  // Descriptor words (titles, "former", "ex-X", "his sister", organisation modifiers) from k.
  int skip_descriptors_left(int k) const;
  int skip_descriptors_right(int k) const;
  // A title starting at token k ("chief technology officer", "head of AI safety"), or "".
  std::string title_after(int k) const;
  // The entity named `name` in the document (case-insensitive), or -1: "ex-Google" -> Google.
  int entity_named(std::string_view name) const;

  void emit(RelationType t, int subj_mention, int obj_mention, int trigger, double conf, const char* rule,
            std::string role = {});
  void emit_ent(RelationType t, int subj_entity, int obj_entity, int trigger, double conf, const char* rule,
                std::string role = {});
};

// Descriptor after a name: [a|the|two] [former] [ORG('s) | ex-ORG] TITLE... [of|at ORG].
struct Descriptor {
  int org = -1;  // entity
  bool former = false, founder = false, other_title = false, investor = false;
  std::string role;
  int title_token = -1;
};
// The descriptor starting at token k ("the Lagos-born founder of payments company Tinkpay"): the
// organisation, past a description before its name, and the title (appositions_en.cpp).
Descriptor parse_descriptor(const SentenceEn& s, int k);

// Appositions, titles, copulas and possessives: "X, CEO of Y", "former Y researcher X",
// "Y's model Z", "X, a unit of Y".
void appositions(SentenceEn& s, std::vector<Found>& out);

// Negated, planned, considered or rumoured predicate at token k (plans to, in talks, denied ...).
bool is_irrealis_en(const Sentence& s, int k);

// A word that starts with "ex-" ("ex-Google").
bool starts_ex(std::string_view w);

}  // namespace inmaek::extract
