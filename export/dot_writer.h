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
                                       // entities, else "sfdp" with overlap=prism, splines=false
  bool legend = true;                  // a "Legend" cluster with one node per entity type
  std::size_t max_dot_nodes = 150;     // the automatic layout's limit for "dot"
  std::string fontname = "NanumGothic";  // graph, node and edge font; must cover Hangul
};

// Writes g as a `digraph`. Every id and attribute value is double-quoted and escaped with
// escape_dot (labels also with '&' -> "&amp;"), so DOT keywords, quotes, backslashes and
// newlines in names are safe. Nodes: id = entity id, label = canonical name (or the id),
// shape and fill per entity type (style.h). Edges: label = relation, plus " YYYY" when dated.
// Legend node ids start with "__legend_" (make_entity_id never produces '_').
// Nodes are sorted by id, edges by (subject, type, object); output is byte-identical for
// equal graphs, whatever the insertion order.
void write_dot(const KnowledgeGraph& g, std::ostream& out, const DotOptions& opt = {});

}  // namespace inmaek::exporters
