#include "graph/analytics.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

#include "graph/knowledge_graph.h"

namespace inmaek {

std::map<std::string, NodeMetrics> compute_metrics(const KnowledgeGraph& kg, const AnalyticsOptions& opt) {
  const std::size_t n = kg.entity_count();
  std::map<std::string, NodeMetrics> out;
  if (n == 0) return out;
  using V = KnowledgeGraph::Vertex;

  // In-edges of each vertex as sources, in the order edges were added (compressed rows), and
  // out-degrees: what Boost's page_rank visits on a bidirectional adjacency_list.
  std::vector<std::size_t> in_start(n + 1, 0), out_degree(n, 0);
  std::vector<V> in_source;
  {
    const std::vector<KnowledgeGraph::Ends> edges = kg.edges();
    for (const auto& e : edges) {
      ++in_start[e.target + 1];
      ++out_degree[e.source];
    }
    std::partial_sum(in_start.begin(), in_start.end(), in_start.begin());
    in_source.resize(edges.size());
    std::vector<std::size_t> fill(in_start.begin(), in_start.end() - 1);
    for (const auto& e : edges) in_source[fill[e.target]++] = e.source;
  }

  // boost::graph::page_rank(g, rank, n_iterations(opt.iterations), opt.damping), step by step.
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n, 0.0);
  for (int it = 0; it < opt.iterations; ++it) {
    for (std::size_t v = 0; v < n; ++v) {
      double r = 0;
      for (std::size_t k = in_start[v]; k < in_start[v + 1]; ++k)
        r += rank[in_source[k]] / static_cast<double>(out_degree[in_source[k]]);
      next[v] = (1.0 - opt.damping) + opt.damping * r;
    }
    rank.swap(next);
  }
  double total = 0;
  for (double r : rank) total += r;
  if (total > 0)
    for (double& r : rank) r /= total;

  // Weakly connected components (union-find), numbered by their smallest entity id.
  std::vector<V> parent(n);
  std::iota(parent.begin(), parent.end(), V{0});
  auto find = [&](V x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (std::size_t v = 0; v < n; ++v)
    for (std::size_t k = in_start[v]; k < in_start[v + 1]; ++k) {
      const V a = find(static_cast<V>(v)), b = find(in_source[k]);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  std::vector<std::size_t> smallest(n, std::numeric_limits<std::size_t>::max());  // by root
  const std::vector<const Entity*> sorted = kg.entities();
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    std::size_t& s = smallest[find(*kg.vertex(sorted[i]->id))];
    s = std::min(s, i);
  }
  std::vector<V> roots;
  for (std::size_t v = 0; v < n; ++v)
    if (find(static_cast<V>(v)) == v) roots.push_back(static_cast<V>(v));
  std::sort(roots.begin(), roots.end(), [&](V a, V b) { return smallest[a] < smallest[b]; });
  std::vector<std::size_t> number(n, 0);
  for (std::size_t i = 0; i < roots.size(); ++i) number[roots[i]] = i;

  for (std::size_t v = 0; v < n; ++v) {
    NodeMetrics m;
    m.in_degree = in_start[v + 1] - in_start[v];
    m.out_degree = out_degree[v];
    m.degree = m.in_degree + m.out_degree;
    m.pagerank = rank[v];
    m.component = number[find(static_cast<V>(v))];
    out.emplace(kg.entity(static_cast<V>(v)).id, m);
  }
  return out;
}

}  // namespace inmaek
