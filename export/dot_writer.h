#pragma once
// Graphviz DOT, for `dot -Tsvg` / `dot -Tpng` (and sfdp on large graphs).
#include <cstddef>
#include <iosfwd>
#include <string>

namespace inmaek {
class KnowledgeGraph;
}

namespace inmaek::exporters {

struct DotOptions {
  std::string layout = "";             // Graphviz engine; empty = "dot" up to max_dot_nodes
                                       // entities and max_dot_edges relations, else "sfdp"
  bool legend = true;                  // a "Legend" cluster with one node per entity type
  std::size_t max_dot_nodes = 150;     // the automatic layout's limits for "dot": its time
  std::size_t max_dot_edges = 300;     // grows steeply with labelled edges (122 nodes: 0.1 s at
                                       // 150 edges, 1.8 s at 300, 35 s at 600, > 120 s at 2,833)
  std::string fontname = "NanumGothic";  // graph, node and edge font; must cover Hangul
};

// Writes g as a `digraph`. Every id and attribute value is double-quoted and escaped with
// escape_dot (labels also with '&' -> "&amp;"), so DOT keywords, quotes, backslashes and
// newlines in names are safe. Nodes: id = entity id, label = canonical name (or the id),
// shape and fill per entity type (style.h). Edges: label = relation, plus " YYYY" when dated.
// With "sfdp" the graph gets overlap="prism" and splines="false" (straight edges: fast) and
// outputorder="edgesfirst" with translucent grey edges and edge labels, so that on a dense
// graph every node and its label is drawn above the edges and stays readable.
// Legend node ids start with "__legend_" (make_entity_id never produces '_').
// Nodes are sorted by id, edges by (subject, type, object); output is byte-identical for
// equal graphs, whatever the insertion order.
void write_dot(const KnowledgeGraph& g, std::ostream& out, const DotOptions& opt = {});

}  // namespace inmaek::exporters
