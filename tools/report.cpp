#include "tools/report.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

#include "graph/analytics.h"
#include "graph/knowledge_graph.h"

namespace inmaek::tools {
namespace {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string label(const Entity& e) { return e.name + " (" + std::string(to_string(e.type)) + ")"; }

}  // namespace

std::string stats_report(const KnowledgeGraph& g, const std::vector<extract::DocExtraction>& docs, std::size_t top) {
  std::ostringstream out;
  std::size_t sentences = 0;
  for (const auto& d : docs) sentences += d.sentences;
  out << "documents: " << docs.size() << " (" << sentences << " sentences)\n";

  std::map<EntityType, std::size_t> per_type;
  for (const Entity* e : g.entities()) ++per_type[e->type];
  out << "entities: " << g.entity_count() << "\n";
  for (EntityType t : kAllEntityTypes) out << "  " << to_string(t) << ": " << per_type[t] << "\n";

  std::map<RelationType, std::size_t> per_rel;
  std::size_t quotes = 0;
  for (const auto& e : g.edges()) ++per_rel[e.type];
  quotes = g.evidence_count();
  out << "relations: " << g.relation_count() << " (" << quotes << " evidence quotes)\n";
  for (RelationType t : kAllRelationTypes) out << "  " << to_string(t) << ": " << per_rel[t] << "\n";

  const auto metrics = compute_metrics(g);
  std::vector<const Entity*> ents = g.entities();
  auto list = [&](const char* title, auto better, auto describe) {
    std::vector<const Entity*> sorted = ents;
    std::stable_sort(sorted.begin(), sorted.end(), better);  // ties stay in id order
    out << title << "\n";
    for (std::size_t i = 0; i < sorted.size() && i < top; ++i)
      out << "  " << (i + 1) << ". " << label(*sorted[i]) << "  " << describe(*sorted[i]) << "\n";
  };
  list(
      "top entities by PageRank:",
      [&](const Entity* a, const Entity* b) { return metrics.at(a->id).pagerank > metrics.at(b->id).pagerank; },
      [&](const Entity& e) {
        return "pagerank " + fixed(metrics.at(e.id).pagerank, 4) + ", degree " + std::to_string(metrics.at(e.id).degree);
      });
  list(
      "top entities by degree:",
      [&](const Entity* a, const Entity* b) { return metrics.at(a->id).degree > metrics.at(b->id).degree; },
      [&](const Entity& e) {
        return "degree " + std::to_string(metrics.at(e.id).degree) + " (in " + std::to_string(metrics.at(e.id).in_degree) +
               ", out " + std::to_string(metrics.at(e.id).out_degree) + ")";
      });
  list(
      "most aliases merged:",
      [&](const Entity* a, const Entity* b) { return a->aliases.size() > b->aliases.size(); },
      [&](const Entity& e) {
        std::string s = std::to_string(e.aliases.size()) + " aliases";
        for (std::size_t i = 0; i < e.aliases.size(); ++i) s += (i ? ", " : ": ") + e.aliases[i].text;
        return s;
      });
  return out.str();
}

std::string explain_report(const KnowledgeGraph& g, const std::vector<extract::DocExtraction>& docs,
                           const std::string& id) {
  const Entity* e = g.find(id);
  if (!e) return {};
  std::map<std::string, std::string> published;
  for (const auto& d : docs) published[d.doc_id] = d.published;

  std::ostringstream out;
  out << label(*e) << "  id " << e->id;
  if (!e->wikidata.empty()) out << "  wikidata " << e->wikidata;
  out << "\n";
  if (!e->aliases.empty()) {
    out << "  also known as:";
    for (std::size_t i = 0; i < e->aliases.size(); ++i) out << (i ? ", " : " ") << e->aliases[i].text;
    out << "\n";
  }
  std::vector<Relation> all;
  g.for_each_relation([&](const Relation& r) {
    if (r.subject == id || r.object == id) all.push_back(r);
  });
  std::vector<const Relation*> rels;
  for (const Relation& r : all) rels.push_back(&r);
  out << rels.size() << (rels.size() == 1 ? " relation" : " relations") << "\n";
  for (const Relation* r : rels) {
    out << "\n(" << g.find(r->subject)->name << ")-[" << to_string(r->type) << "]->(" << g.find(r->object)->name << ")";
    if (!r->date.empty()) out << "  date " << r->date;
    if (r->amount) out << "  amount " << r->amount->text;
    if (!r->role.empty()) out << "  role " << r->role;
    out << "  confidence " << fixed(r->confidence, 2) << "  evidence " << r->evidence.size() << "\n";
    for (const Evidence& ev : r->evidence) {
      out << "  \"" << ev.sentence << "\"\n    -- " << ev.source;
      auto p = published.find(ev.doc_id);
      if (p != published.end() && !p->second.empty()) out << ", published " << p->second;
      out << ", document " << ev.doc_id << ", bytes " << ev.begin << "-" << ev.end << ", rule " << ev.rule << "\n";
    }
  }
  return out.str();
}

std::vector<std::string> similar_names(const KnowledgeGraph& g, const std::string& name, std::size_t limit) {
  const std::string want = lower(name);
  std::vector<std::string> out;
  for (const Entity* e : g.entities()) {
    bool hit = lower(e->name).find(want) != std::string::npos;
    for (const Alias& a : e->aliases) hit = hit || lower(a.text).find(want) != std::string::npos;
    if (hit) out.push_back(e->name);
    if (out.size() >= limit) break;
  }
  return out;
}

}  // namespace inmaek::tools
