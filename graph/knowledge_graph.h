#pragma once
// The knowledge graph: entities as vertices, relations as edges, on a Boost.Graph
// adjacency_list, with an id -> vertex index. Entities and relations are added and
// merged, never removed (removal would invalidate vecS descriptors).
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/entity.h"
#include "graph/relation.h"

namespace inmaek {

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  KnowledgeGraph();
  // Copies rebuild the id and edge indexes: an edge descriptor points into the graph that made
  // it, so copied indexes would point into the source. Moves take the graph (held on the heap:
  // Boost's adjacency_list has no move, its "move" is a copy) and its indexes as they are, in
  // O(1); the moved-from graph is empty.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&& other) noexcept;
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept;
  ~KnowledgeGraph();

  // Adds an entity, or merges it into the one with the same id: every alias is kept
  // (the incoming name becomes an alias if it differs), a missing Wikidata id is filled.
  // Requires a non-empty id.
  Vertex add_entity(const Entity& e);

  // Adds a relation, or merges it into the edge with the same (subject, type, object)
  // (see merge_relation). partnered_with endpoints are put in id order first.
  // Returns false, and adds nothing, when an endpoint id is unknown.
  bool add_relation(Relation r);

  // Folds every entity and relation of `other` into this graph.
  void merge(const KnowledgeGraph& other);

  const Entity* find(std::string_view id) const;
  std::optional<Vertex> vertex(std::string_view id) const;

  std::size_t entity_count() const { return boost::num_vertices(*g_); }
  std::size_t relation_count() const { return boost::num_edges(*g_); }

  // Entities sorted by id; relations sorted by (subject, type, object). Stable across runs.
  std::vector<const Entity*> entities() const;
  std::vector<const Relation*> relations() const;

  const Graph& graph() const { return *g_; }

 private:
  // Views of the ids held by the edge's own Relation (edge properties live in list nodes,
  // which never move), so an edge's key costs no copy of its ids.
  using EdgeKey = std::tuple<std::string_view, RelationType, std::string_view>;
  void reindex();  // index_ and edges_ from g_
  std::unique_ptr<Graph> g_;  // never null
  std::map<std::string, Vertex, std::less<>> index_;
  std::map<EdgeKey, Edge> edges_;
};

// A compact, sorted, human-readable dump for tests: one line per relation,
// "(Jerry Tworek)-[left]->(OpenAI)", using canonical names.
std::string dump(const KnowledgeGraph& g);

}  // namespace inmaek
