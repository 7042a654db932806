#include "graph/focus.h"

#include <algorithm>
#include <set>

#include "graph/knowledge_graph.h"

namespace inmaek {
namespace {

std::string fold(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  std::string out(s.substr(b, e - b + 1));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::vector<std::string> find_entities_by_name(const KnowledgeGraph& g, std::string_view name) {
  const std::string want = fold(name);
  std::vector<std::string> ids;
  if (want.empty()) return ids;
  for (const Entity* e : g.entities()) {
    bool hit = fold(e->name) == want || fold(e->id) == want;
    for (const Alias& a : e->aliases) hit = hit || fold(a.text) == want;
    if (hit) ids.push_back(e->id);
  }
  return ids;  // entities() is sorted by id
}

KnowledgeGraph ego_network(const KnowledgeGraph& g, const std::vector<std::string>& seeds, std::size_t depth) {
  using V = KnowledgeGraph::Vertex;
  std::vector<std::vector<V>> neighbours(g.entity_count());  // both directions
  for (const auto& e : g.edges()) {
    neighbours[e.source].push_back(e.target);
    neighbours[e.target].push_back(e.source);
  }
  std::set<V> kept, frontier;
  for (const std::string& id : seeds)
    if (auto v = g.vertex(id)) frontier.insert(*v);
  kept = frontier;
  for (std::size_t hop = 0; hop < depth && !frontier.empty(); ++hop) {
    std::set<V> next;
    for (auto v : frontier) next.insert(neighbours[v].begin(), neighbours[v].end());
    frontier.clear();
    for (auto v : next)
      if (kept.insert(v).second) frontier.insert(v);
  }
  std::set<std::string> ids;
  for (auto v : kept) ids.insert(g.entity(v).id);
  KnowledgeGraph out(g.text_store());  // the sentences of the kept evidence go to the same store
  for (const Entity* e : g.entities())
    if (ids.count(e->id)) out.add_entity(*e);
  g.for_each_relation([&](const Relation& r) {
    if (ids.count(r.subject) && ids.count(r.object)) out.add_relation(r);
  });
  return out;
}

}  // namespace inmaek
