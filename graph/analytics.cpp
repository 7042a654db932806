#include "graph/analytics.h"

#include <algorithm>
#include <limits>
#include <vector>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include "graph/knowledge_graph.h"

namespace inmaek {

std::map<std::string, NodeMetrics> compute_metrics(const KnowledgeGraph& kg, const AnalyticsOptions& opt) {
  const auto& g = kg.graph();
  const std::size_t n = boost::num_vertices(g);
  std::map<std::string, NodeMetrics> out;
  if (n == 0) return out;

  std::vector<double> rank(n, 0.0);
  boost::graph::page_rank(g, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, g)),
                          boost::graph::n_iterations(opt.iterations), opt.damping);
  double total = 0;
  for (double r : rank) total += r;
  if (total > 0)
    for (double& r : rank) r /= total;

  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> u(n);
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    boost::add_edge(boost::source(*it, g), boost::target(*it, g), u);
  std::vector<int> comp(n, 0);
  const int ncomp = boost::connected_components(u, comp.data());

  // Renumber components by their smallest entity id so numbering does not depend on insertion order.
  std::vector<std::size_t> smallest(static_cast<std::size_t>(ncomp), std::numeric_limits<std::size_t>::max());
  std::vector<const Entity*> sorted = kg.entities();
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    auto v = *kg.vertex(sorted[i]->id);
    auto& s = smallest[static_cast<std::size_t>(comp[v])];
    s = std::min(s, i);
  }
  std::vector<std::size_t> order(static_cast<std::size_t>(ncomp));
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return smallest[a] < smallest[b]; });
  std::vector<std::size_t> renum(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) renum[order[i]] = i;

  for (std::size_t v = 0; v < n; ++v) {
    NodeMetrics m;
    m.in_degree = boost::in_degree(v, g);
    m.out_degree = boost::out_degree(v, g);
    m.degree = m.in_degree + m.out_degree;
    m.pagerank = rank[v];
    m.component = renum[static_cast<std::size_t>(comp[v])];
    out.emplace(g[v].id, m);
  }
  return out;
}

}  // namespace inmaek
