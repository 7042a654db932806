#include "graph/knowledge_graph.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <utility>

namespace inmaek {

KnowledgeGraph::KnowledgeGraph() : g_(std::make_unique<Graph>()) {}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other) : g_(std::make_unique<Graph>(*other.g_)) { reindex(); }

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept
    : g_(std::exchange(other.g_, std::make_unique<Graph>())),
      index_(std::move(other.index_)),
      edges_(std::move(other.edges_)) {
  other.index_.clear();
  other.edges_.clear();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) {
    *g_ = *other.g_;
    reindex();
  }
  return *this;
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
  if (this != &other) {
    g_ = std::exchange(other.g_, std::make_unique<Graph>());
    index_ = std::move(other.index_);
    edges_ = std::move(other.edges_);
    other.index_.clear();
    other.edges_.clear();
  }
  return *this;
}

KnowledgeGraph::~KnowledgeGraph() = default;

void KnowledgeGraph::reindex() {
  index_.clear();
  edges_.clear();
  for (auto [v, end] = boost::vertices(*g_); v != end; ++v) index_.emplace((*g_)[*v].id, *v);
  for (auto [e, end] = boost::edges(*g_); e != end; ++e) {
    const Relation& r = (*g_)[*e];
    edges_.emplace(EdgeKey{r.subject, r.type, r.object}, *e);
  }
}

KnowledgeGraph::Vertex KnowledgeGraph::add_entity(const Entity& e) {
  auto it = index_.find(e.id);
  if (it == index_.end()) {
    Entity copy = e;
    std::sort(copy.aliases.begin(), copy.aliases.end());
    copy.aliases.erase(std::unique(copy.aliases.begin(), copy.aliases.end()), copy.aliases.end());
    Vertex v = boost::add_vertex(std::move(copy), *g_);
    index_.emplace(e.id, v);
    return v;
  }
  Entity& into = (*g_)[it->second];
  into.add_alias(e.name);
  for (const auto& a : e.aliases) into.add_alias(a.text, a.lang);
  if (into.wikidata.empty()) into.wikidata = e.wikidata;
  return it->second;
}

namespace {
std::tuple<std::string_view, RelationType, std::string_view> key_of(const Relation& r) {
  return {r.subject, r.type, r.object};
}
}  // namespace

bool KnowledgeGraph::add_relation(Relation r) {
  if (is_symmetric(r.type) && r.object < r.subject) std::swap(r.subject, r.object);
  auto s = index_.find(r.subject);
  auto o = index_.find(r.object);
  if (s == index_.end() || o == index_.end()) return false;
  std::sort(r.evidence.begin(), r.evidence.end());
  r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end()), r.evidence.end());
  const EdgeKey key{r.subject, r.type, r.object};
  // Relations added in key order (as assemble adds them) go after the last edge: no search.
  const bool after_last = edges_.empty() || std::prev(edges_.end())->first < key;
  if (!after_last) {
    auto it = edges_.find(key);
    if (it != edges_.end()) {
      merge_relation((*g_)[it->second], r);
      return true;
    }
  }
  auto [edge, added] = boost::add_edge(s->second, o->second, std::move(r), *g_);
  (void)added;
  const Relation& stored = (*g_)[edge];  // the key views the stored ids, which never move
  edges_.emplace_hint(after_last ? edges_.end() : edges_.lower_bound(key_of(stored)), key_of(stored), edge);
  return true;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  for (const Entity* e : other.entities()) add_entity(*e);
  for (const Relation* r : other.relations()) add_relation(*r);
}

const Entity* KnowledgeGraph::find(std::string_view id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &(*g_)[it->second];
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::vertex(std::string_view id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::vector<const Entity*> KnowledgeGraph::entities() const {
  std::vector<const Entity*> out;
  out.reserve(index_.size());
  for (const auto& [id, v] : index_) out.push_back(&(*g_)[v]);  // std::map: sorted by id
  return out;
}

std::vector<const Relation*> KnowledgeGraph::relations() const {
  std::vector<const Relation*> out;
  out.reserve(edges_.size());
  for (const auto& [key, e] : edges_) out.push_back(&(*g_)[e]);  // sorted by key
  return out;
}

std::string dump(const KnowledgeGraph& g) {
  std::vector<std::string> lines;
  for (const Relation* r : g.relations()) {
    const Entity* s = g.find(r->subject);
    const Entity* o = g.find(r->object);
    lines.push_back("(" + s->name + ")-[" + std::string(to_string(r->type)) + "]->(" + o->name + ")");
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace inmaek
