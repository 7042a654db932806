#pragma once
// GraphML for Gephi, networkx, igraph and Boost's read_graphml.
#include <iosfwd>

#include "graph/analytics.h"

namespace inmaek {
class KnowledgeGraph;
}

namespace inmaek::exporters {

struct GraphmlOptions {
  bool metrics = true;         // node keys degree, pagerank, component (compute_metrics)
  bool colors = true;          // Gephi's node keys r, g, b, per entity type (style.h)
  AnalyticsOptions analytics;  // PageRank settings used for the metrics
};

// Writes g as one directed GraphML graph (subject -> object).
// Nodes: id = entity id; data label (canonical name, or the id when the name is empty),
// type, aliases (every other name joined by " | "), wikidata, degree (int), pagerank
// (double, 6 significant digits), component (int), r, g, b (int).
// Edges: id "e0", "e1", ... in relation order (subject, type, object); data relation
// (ANNOTATION.md name), label (relation, plus " YYYY" when dated), weight (double: number
// of evidence records, at least 1), date, amount (as written), amount_value (double),
// currency, role, confidence (double), evidence (first quote), sources (distinct evidence
// sources joined by " | ").
// Every key declares attr.name and attr.type; data whose value is empty is left out; text
// is XML-escaped with characters XML 1.0 forbids removed. Nodes are sorted by id and the
// output is byte-identical for equal graphs, whatever the insertion order.
void write_graphml(const KnowledgeGraph& g, std::ostream& out, const GraphmlOptions& opt = {});

}  // namespace inmaek::exporters
