#pragma once
// An edge of the knowledge graph with everything that supports it.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/shared_text.h"
#include "graph/types.h"

namespace inmaek {

// Money as written plus its normalised value, e.g. {"10억 달러", 1e9, "USD"}.
struct Amount {
  std::string text;
  double value = 0;      // in units of currency; 0 when unknown
  std::string currency;  // ISO 4217 ("USD", "KRW", "EUR") or empty

  friend bool operator==(const Amount&, const Amount&) = default;
};

// Where a relation was read: one sentence of one document. The texts are shared between
// copies (graph/shared_text.h): a graph holds millions of records, most of whose texts recur.
struct Evidence {
  SharedText doc_id;    // stable document id (content hash)
  SharedText source;    // path or URL the document came from
  SharedText sentence;  // the sentence, exactly as in the original text
  std::size_t begin = 0; // byte offsets of the sentence in the document, half-open
  std::size_t end = 0;
  SharedText rule;      // id of the rule that fired

  friend bool operator==(const Evidence&, const Evidence&) = default;
  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

struct Relation {
  RelationType type = RelationType::Founded;
  std::string subject;  // entity id
  std::string object;   // entity id
  std::string date;     // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when not given
  std::optional<Amount> amount;
  std::string role;     // for works_for: "CEO", "최고과학자", ...
  double confidence = 0;  // 0..1
  std::vector<Evidence> evidence;  // sorted, unique
};

// Folds `other` (same subject, type and object) into `into`. The result does not depend on
// the order of merges: evidence is the sorted union, confidence the maximum, and date, role
// and amount the most specific value (ties broken by the smaller text).
void merge_relation(Relation& into, const Relation& other);

}  // namespace inmaek
