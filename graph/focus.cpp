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
  const auto& bg = g.graph();
  std::set<KnowledgeGraph::Vertex> kept, frontier;
  for (const std::string& id : seeds)
    if (auto v = g.vertex(id)) frontier.insert(*v);
  kept = frontier;
  for (std::size_t hop = 0; hop < depth && !frontier.empty(); ++hop) {
    std::set<KnowledgeGraph::Vertex> next;
    for (auto v : frontier) {
      for (auto [e, end] = boost::out_edges(v, bg); e != end; ++e) next.insert(boost::target(*e, bg));
      for (auto [e, end] = boost::in_edges(v, bg); e != end; ++e) next.insert(boost::source(*e, bg));
    }
    frontier.clear();
    for (auto v : next)
      if (kept.insert(v).second) frontier.insert(v);
  }
  std::set<std::string> ids;
  for (auto v : kept) ids.insert(bg[v].id);
  KnowledgeGraph out;
  for (const Entity* e : g.entities())
    if (ids.count(e->id)) out.add_entity(*e);
  for (const Relation* r : g.relations())
    if (ids.count(r->subject) && ids.count(r->object)) out.add_relation(*r);
  return out;
}

}  // namespace inmaek
