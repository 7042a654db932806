#include "export/graphml_writer.h"

#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/escape.h"
#include "export/number_format_internal.h"
#include "export/style.h"
#include "graph/knowledge_graph.h"

namespace inmaek::exporters {

namespace {

struct Key {
  std::string_view id;
  std::string_view domain;  // "node" or "edge"
  std::string_view name;
  std::string_view type;
};

constexpr Key kNodeKeys[] = {
    {"label", "node", "label", "string"},       {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},   {"wikidata", "node", "wikidata", "string"},
};
constexpr Key kMetricKeys[] = {
    {"degree", "node", "degree", "int"},
    {"pagerank", "node", "pagerank", "double"},
    {"component", "node", "component", "int"},
};
constexpr Key kColorKeys[] = {
    {"r", "node", "r", "int"},
    {"g", "node", "g", "int"},
    {"b", "node", "b", "int"},
};
constexpr Key kEdgeKeys[] = {
    {"relation", "edge", "relation", "string"},   {"e_label", "edge", "label", "string"},
    {"weight", "edge", "weight", "double"},       {"date", "edge", "date", "string"},
    {"amount", "edge", "amount", "string"},       {"amount_value", "edge", "amount_value", "double"},
    {"currency", "edge", "currency", "string"},   {"role", "edge", "role", "string"},
    {"confidence", "edge", "confidence", "double"}, {"evidence", "edge", "evidence", "string"},
    {"sources", "edge", "sources", "string"},
};

void write_key(std::ostream& out, const Key& k) {
  out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\""
      << k.type << "\"/>\n";
}

// <data key="key">value</data>, or nothing when value is empty. Appends to a buffer that
// write_graphml hands to the stream in large writes (one ostream insertion per piece was
// most of the writer's time).
void write_data(std::string& out, std::string_view key, std::string_view value) {
  const std::string text = escape_xml(value);
  if (text.empty()) return;
  out.append("      <data key=\"").append(key).append("\">").append(text).append("</data>\n");
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

void write_graphml(const KnowledgeGraph& g, std::ostream& out, const GraphmlOptions& opt) {
  const auto metrics = opt.metrics ? compute_metrics(g, opt.analytics) : std::map<std::string, NodeMetrics>{};

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
         " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kNodeKeys) write_key(out, k);
  if (opt.metrics)
    for (const Key& k : kMetricKeys) write_key(out, k);
  if (opt.colors)
    for (const Key& k : kColorKeys) write_key(out, k);
  for (const Key& k : kEdgeKeys) write_key(out, k);
  out << "  <graph id=\"inmaek\" edgedefault=\"directed\">\n";

  std::string buf;
  auto flush_if_full = [&] {
    if (buf.size() < (std::size_t{1} << 16)) return;
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.clear();
  };
  for (const Entity* e : g.entities()) {
    buf.append("    <node id=\"").append(escape_xml(e->id)).append("\">\n");
    write_data(buf, "label", e->name.empty() ? e->id : e->name);
    write_data(buf, "type", to_string(e->type));
    std::vector<std::string> aliases;
    for (const Alias& a : e->aliases) aliases.push_back(a.text);
    write_data(buf, "aliases", join(aliases, " | "));
    write_data(buf, "wikidata", e->wikidata);
    if (auto it = metrics.find(e->id); it != metrics.end()) {
      write_data(buf, "degree", std::to_string(it->second.degree));
      write_data(buf, "pagerank", format_significant(it->second.pagerank, 6));
      write_data(buf, "component", std::to_string(it->second.component));
    }
    if (opt.colors) {
      const TypeStyle s = style_of(e->type);
      write_data(buf, "r", std::to_string(s.r));
      write_data(buf, "g", std::to_string(s.g));
      write_data(buf, "b", std::to_string(s.b));
    }
    buf.append("    </node>\n");
    flush_if_full();
  }

  std::size_t n = 0;
  g.for_each_relation([&](const Relation& relation) {
    const Relation* r = &relation;
    buf.append("    <edge id=\"e").append(std::to_string(n++)).append("\" source=\"").append(escape_xml(r->subject));
    buf.append("\" target=\"").append(escape_xml(r->object)).append("\">\n");
    const std::string name(to_string(r->type));
    write_data(buf, "relation", name);
    write_data(buf, "e_label", r->date.size() >= 4 ? name + " " + r->date.substr(0, 4) : name);
    write_data(buf, "weight", std::to_string(r->evidence.empty() ? 1 : r->evidence.size()));
    write_data(buf, "date", r->date);
    if (r->amount) {
      write_data(buf, "amount", r->amount->text);
      if (r->amount->value != 0) write_data(buf, "amount_value", format_significant(r->amount->value, 15));
      write_data(buf, "currency", r->amount->currency);
    }
    write_data(buf, "role", r->role);
    write_data(buf, "confidence", format_significant(r->confidence, 6));
    if (!r->evidence.empty()) write_data(buf, "evidence", r->evidence.front().sentence);
    std::set<std::string> sources;
    std::vector<std::string> ordered;
    for (const Evidence& ev : r->evidence)
      if (sources.insert(ev.source).second) ordered.push_back(ev.source);
    write_data(buf, "sources", join(ordered, " | "));
    buf.append("    </edge>\n");
    flush_if_full();
  });
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  out << "  </graph>\n</graphml>\n";
}

}  // namespace inmaek::exporters
