#pragma once
// The knowledge graph: entities as vertices, relations as edges, with an id -> vertex index.
// Entities and relations are added and merged, never removed.
//
// Relations are stored compactly (issue 5: a 1M-article graph has ~9M edges and ~16M evidence
// records): endpoints as vertex numbers, repeated texts (dates, roles, document ids, sources,
// rules) interned, and evidence sentences in a TextStore (graph/text_store.h) that may live in
// a temporary file. A Relation is built when it is read (for_each_relation, relation,
// relations), with its evidence sentences read back from the store.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/entity.h"
#include "graph/relation.h"
#include "graph/text_store.h"

namespace inmaek {

class KnowledgeGraph {
 public:
  // Vertices are numbered 0, 1, ... in the order entities were added.
  using Vertex = std::uint32_t;

  // Evidence whose sentence is in text_store() already (see the second add_relation).
  struct StoredEvidence {
    SharedText doc_id;
    SharedText source;
    TextRef sentence;
    std::size_t begin = 0, end = 0;
    SharedText rule;
  };

  // An edge by its endpoints, for graph algorithms (analytics, neighbourhoods).
  struct Ends {
    Vertex source, target;
    RelationType type;
  };

  // Evidence sentences kept in memory.
  KnowledgeGraph();
  // Evidence sentences kept in `texts` (which may be spilled to a file and shared).
  explicit KnowledgeGraph(std::shared_ptr<TextStore> texts);
  // Copies share the text store (append-only: each copy's texts stay valid); moves are O(1)
  // and leave an empty graph.
  KnowledgeGraph(const KnowledgeGraph& other) = default;
  KnowledgeGraph(KnowledgeGraph&& other) noexcept;
  KnowledgeGraph& operator=(const KnowledgeGraph& other) = default;
  KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept;
  ~KnowledgeGraph();

  // Adds an entity, or merges it into the one with the same id: every alias is kept
  // (the incoming name becomes an alias if it differs), a missing Wikidata id is filled.
  // Requires a non-empty id.
  Vertex add_entity(const Entity& e);

  // Adds a relation, or merges it into the edge with the same (subject, type, object)
  // (see merge_relation). partnered_with endpoints are put in id order first.
  // Returns false, and adds nothing, when an endpoint id is unknown.
  // Evidence offsets (begin, end) must be below 2^32 (std::length_error otherwise).
  bool add_relation(Relation r);
  // The same for a relation whose evidence (r.evidence is ignored) has its sentences in
  // text_store() already and is sorted and unique in Evidence's order: for builders that know
  // that order without reading the sentences back (extract::Assembler).
  bool add_relation(Relation r, const std::vector<StoredEvidence>& evidence);

  // Makes room for `relations` more relations with `evidence` more evidence records (a large
  // graph then grows without reallocating).
  void reserve(std::size_t relations, std::size_t evidence);

  // Folds every entity and relation of `other` into this graph.
  void merge(const KnowledgeGraph& other);

  const Entity* find(std::string_view id) const;
  std::optional<Vertex> vertex(std::string_view id) const;
  // Requires v < entity_count().
  const Entity& entity(Vertex v) const { return vertices_[v]; }

  std::size_t entity_count() const { return vertices_.size(); }
  std::size_t relation_count() const { return order_.size(); }
  std::size_t evidence_count() const;

  // Entities sorted by id. Stable across runs.
  std::vector<const Entity*> entities() const;

  // Calls `each` with every relation in (subject, type, object) order, built for the call
  // only. Without `evidence` the relations are built without their evidence (cheaper).
  void for_each_relation(const std::function<void(const Relation&)>& each, bool evidence = true) const;
  // The i-th relation in (subject, type, object) order; requires i < relation_count().
  Relation relation(std::size_t i) const;
  // Every relation, built, in (subject, type, object) order: for small graphs and tests.
  std::vector<Relation> relations() const;

  // Every edge's endpoints and type, in the order the edges were added.
  std::vector<Ends> edges() const;

  const std::shared_ptr<TextStore>& text_store() const { return texts_; }

 private:
  // A relation as stored: 40 bytes.
  struct Stored {
    double confidence = 0;
    Vertex subject = 0, object = 0;
    std::uint32_t date = 0, role = 0;  // interned texts (0: empty)
    std::uint32_t amount = 0;          // amounts_[amount - 1]; 0: none
    std::uint32_t evidence = 0;        // first record in evidence_
    std::uint32_t evidence_count = 0;
    RelationType type = RelationType::Founded;
  };
  // An evidence record as stored: 32 bytes.
  struct StoredRecord {
    std::uint64_t sentence_offset = 0;
    std::uint32_t sentence_size = 0;
    std::uint32_t doc_id = 0, source = 0, rule = 0;  // interned texts
    std::uint32_t begin = 0, end = 0;
  };

  std::uint32_t intern(const SharedText& s);
  std::uint32_t intern(std::string_view s);
  // <0, 0, >0 as relation `a` (stored) is before, equal to, after the key (s, t, o).
  int compare(const Stored& a, Vertex s, RelationType t, Vertex o) const;
  // Where (s, t, o) is or would go in order_.
  std::size_t position(Vertex s, RelationType t, Vertex o) const;
  Relation build(const Stored& r, bool evidence) const;
  // Sets the attributes of `into` from `r` (evidence aside).
  void set_attributes(Stored& into, const Relation& r);
  std::uint32_t store_records(const std::vector<StoredRecord>& records);
  StoredRecord record_of(const Evidence& e);
  StoredRecord record_of(const StoredEvidence& e);
  bool add_stored(Relation r, Vertex s, Vertex o, const std::vector<StoredRecord>& records);

  std::shared_ptr<TextStore> texts_;
  std::vector<Entity> vertices_;
  std::map<std::string, Vertex, std::less<>> index_;
  std::vector<Stored> relations_;  // in order of addition
  std::vector<std::uint32_t> order_;  // relations_ in (subject id, type, object id) order
  std::vector<StoredRecord> evidence_;
  std::vector<Amount> amounts_;
  std::vector<SharedText> strings_;  // interned texts; strings_[0] is empty
  std::unordered_map<std::string_view, std::uint32_t> string_index_;  // views of strings_
};

// A compact, sorted, human-readable dump for tests: one line per relation,
// "(Jerry Tworek)-[left]->(OpenAI)", using canonical names.
std::string dump(const KnowledgeGraph& g);

}  // namespace inmaek
