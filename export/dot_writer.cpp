#include "export/dot_writer.h"

#include <ostream>
#include <string_view>

#include "export/escape.h"
#include "export/style.h"
#include "graph/knowledge_graph.h"

namespace inmaek::exporters {

namespace {

std::string quote(std::string_view s) { return "\"" + escape_dot(s) + "\""; }
std::string quote_label(std::string_view s) { return "\"" + escape_dot(s, true) + "\""; }

void write_node(std::ostream& out, std::string_view indent, std::string_view id, std::string_view label,
                EntityType type) {
  const TypeStyle s = style_of(type);
  out << indent << quote(id) << " [label=" << quote_label(label) << ", shape=" << quote(s.dot_shape)
      << ", fillcolor=" << quote(s.fill) << "];\n";
}

}  // namespace

void write_dot(const KnowledgeGraph& g, std::ostream& out, const DotOptions& opt) {
  std::string layout = opt.layout;
  if (layout.empty())
    layout = g.entity_count() <= opt.max_dot_nodes && g.relation_count() <= opt.max_dot_edges ? "dot" : "sfdp";
  const bool sfdp = layout == "sfdp";
  const std::string font = quote(opt.fontname);

  out << "digraph \"inmaek\" {\n";
  out << "  graph [layout=" << quote(layout) << ", fontname=" << font << ", charset=\"UTF-8\"";
  if (layout == "dot") out << ", rankdir=\"LR\"";
  if (sfdp) out << ", overlap=\"prism\", splines=\"false\", outputorder=\"edgesfirst\"";
  out << "];\n";
  out << "  node [fontname=" << font << ", style=\"filled\"];\n";
  out << "  edge [fontname=" << font << ", fontsize=\"10\"";
  if (sfdp) out << ", color=\"#00000030\", fontcolor=\"#00000080\"";
  out << "];\n";

  if (opt.legend) {
    out << "  subgraph \"cluster_legend\" {\n";
    out << "    graph [label=\"Legend\", style=\"rounded\"];\n";
    for (EntityType t : kAllEntityTypes) {
      const std::string name(to_string(t));
      write_node(out, "    ", "__legend_" + name, name, t);
    }
    out << "  }\n";
  }

  for (const Entity* e : g.entities()) write_node(out, "  ", e->id, e->name.empty() ? e->id : e->name, e->type);

  g.for_each_relation(
      [&](const Relation& r) {
        std::string label(to_string(r.type));
        if (r.date.size() >= 4) label += " " + r.date.substr(0, 4);
        out << "  " << quote(r.subject) << " -> " << quote(r.object) << " [label=" << quote_label(label) << "];\n";
      },
      false);
  out << "}\n";
}

}  // namespace inmaek::exporters
