#pragma once
// Per-node network measures that users want in Gephi without extra steps.
#include <cstddef>
#include <map>
#include <string>

namespace inmaek {

class KnowledgeGraph;

struct NodeMetrics {
  std::size_t in_degree = 0;
  std::size_t out_degree = 0;
  std::size_t degree = 0;     // in + out
  double pagerank = 0;        // sums to 1 over the graph
  std::size_t component = 0;  // weakly connected component, numbered 0.. in order of each
                              // component's smallest entity id
};

struct AnalyticsOptions {
  double damping = 0.85;   // PageRank damping factor
  int iterations = 50;     // PageRank power iterations
};

// Degree, PageRank (the arithmetic of Boost.Graph's page_rank on a bidirectional graph, in-edges
// in the order edges were added) and weakly connected components, keyed by entity id. Works on
// flat arrays (a few bytes per edge) rather than a Boost graph, for large graphs (issue 5).
std::map<std::string, NodeMetrics> compute_metrics(const KnowledgeGraph& g, const AnalyticsOptions& opt = {});

}  // namespace inmaek
