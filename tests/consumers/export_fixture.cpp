// inmaek_export_fixture OUTDIR: writes graph.graphml, graph.dot, graph.jsonld and
// expected.json (the intended names, counts and a SPARQL answer) for the sample graphs of
// tests/export/sample_graphs.h into OUTDIR/realistic, OUTDIR/hostile and OUTDIR/large.
// tests/consumers/check_outputs.py and oxigraph_check.mjs read them back with real tools.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "export/dot_writer.h"
#include "export/escape.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "graph/knowledge_graph.h"
#include "tests/export/sample_graphs.h"

namespace fs = std::filesystem;
using namespace inmaek;
using inmaek::exporters::sanitize_utf8;

namespace {

struct SparqlCase {
  std::string product;  // schema:name of the product; empty = no query
};

std::string edge_label(const Relation& r) {
  std::string label(to_string(r.type));
  if (r.date.size() >= 4) label += " " + r.date.substr(0, 4);
  return label;
}

template <typename F>
void write_file(const fs::path& path, F&& f) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path.string());
  f(out);
  if (!out) throw std::runtime_error("error writing " + path.string());
}

void write_expected(const KnowledgeGraph& g, std::size_t added_relations, const SparqlCase& sparql, std::ostream& os) {
  rapidjson::OStreamWrapper ow(os);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(ow);
  w.SetIndent(' ', 1);
  auto str = [&](const std::string& s) {
    const std::string t = sanitize_utf8(s);
    w.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
  };
  w.StartObject();
  w.Key("node_count");
  w.Uint64(g.entity_count());
  w.Key("edge_count");
  w.Uint64(added_relations);
  w.Key("nodes");
  w.StartArray();
  for (const Entity* e : g.entities()) {
    w.StartObject();
    w.Key("id"), str(e->id);
    w.Key("label"), str(e->name.empty() ? e->id : e->name);
    w.Key("type"), str(std::string(to_string(e->type)));
    w.Key("wikidata"), str(e->wikidata);
    w.Key("aliases");
    w.StartArray();
    for (const Alias& a : e->aliases) str(a.text);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const Relation& r : g.relations()) {
    w.StartObject();
    w.Key("source"), str(r.subject);
    w.Key("target"), str(r.object);
    w.Key("relation"), str(std::string(to_string(r.type)));
    w.Key("label"), str(edge_label(r));
    w.EndObject();
  }
  w.EndArray();
  if (!sparql.product.empty()) {
    // Who founded the organisation that developed <product>, with the evidence quote.
    std::vector<std::tuple<std::string, std::string>> answers;
    for (const Relation& dev : g.relations()) {
      if (dev.type != RelationType::Developed || g.find(dev.object)->name != sparql.product) continue;
      for (const Relation& f : g.relations()) {
        if (f.type != RelationType::Founded || f.object != dev.subject) continue;
        for (const Evidence& ev : f.evidence) answers.emplace_back(g.find(f.subject)->name, ev.sentence);
      }
    }
    std::sort(answers.begin(), answers.end());
    w.Key("sparql");
    w.StartObject();
    w.Key("product"), str(sparql.product);
    w.Key("answers");
    w.StartArray();
    for (const auto& [founder, quote] : answers) {
      w.StartArray();
      str(founder), str(quote);
      w.EndArray();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndObject();
  os << '\n';
}

void write_case(const fs::path& dir, const KnowledgeGraph& g, std::size_t added_relations, const SparqlCase& sparql) {
  fs::create_directories(dir);
  write_file(dir / "graph.graphml", [&](std::ostream& os) { exporters::write_graphml(g, os); });
  write_file(dir / "graph.dot", [&](std::ostream& os) { exporters::write_dot(g, os); });
  write_file(dir / "graph.jsonld", [&](std::ostream& os) { exporters::write_jsonld(g, os); });
  write_file(dir / "expected.json", [&](std::ostream& os) { write_expected(g, added_relations, sparql, os); });
}

// Adds every relation and checks that each one is a new edge (the spec has no duplicates).
template <typename Entities, typename Relations>
KnowledgeGraph build(const Entities& entities, const Relations& relations, std::size_t& added) {
  KnowledgeGraph g;
  for (const auto& e : entities) g.add_entity(samples::make_entity(e));
  added = 0;
  for (const auto& r : relations) {
    if (!g.add_relation(samples::make_relation(r)))
      throw std::runtime_error(std::string("unknown endpoint in relation ") + r.s + " -> " + r.o);
    ++added;
  }
  if (g.relation_count() != added) throw std::runtime_error("duplicate relation in sample graph");
  return g;
}

// A graph above DotOptions::max_dot_nodes, so the automatic layout switches to sfdp.
KnowledgeGraph large_graph(std::size_t& added) {
  KnowledgeGraph g;
  const std::size_t n = 180;
  for (std::size_t i = 0; i < n; ++i) {
    Entity e;
    e.name = (i % 3 == 0 ? "사람 " : i % 3 == 1 ? "Org " : "Product ") + std::to_string(i);
    e.id = make_entity_id(e.name);
    e.type = i % 3 == 0 ? EntityType::Person : i % 3 == 1 ? EntityType::Organization : EntityType::Product;
    g.add_entity(e);
  }
  added = 0;
  for (std::size_t i = 0; i + 2 < n; i += 3) {
    const std::string p = make_entity_id("사람 " + std::to_string(i));
    const std::string o = make_entity_id("Org " + std::to_string(i + 1));
    const std::string d = make_entity_id("Product " + std::to_string(i + 2));
    const std::string next = make_entity_id("Org " + std::to_string((i + 4) % n));
    Relation a{RelationType::Founded, p, o, std::to_string(2000 + i % 25), {}, "", 0.5, {}};
    Relation b{RelationType::Developed, o, d, "", {}, "", 0.5, {}};
    Relation c{RelationType::PartneredWith, o, next, "", {}, "", 0.5, {}};
    added += g.add_relation(a) + g.add_relation(b) + g.add_relation(c);
  }
  return g;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: inmaek_export_fixture OUTDIR\n";
    return 2;
  }
  try {
    const fs::path out = argv[1];
    std::size_t added = 0;
    KnowledgeGraph realistic = build(samples::realistic_entities(), samples::realistic_relations(), added);
    write_case(out / "realistic", realistic, added, {"ChatGPT"});
    KnowledgeGraph hostile = build(samples::hostile_entities(), samples::hostile_relations(), added);
    write_case(out / "hostile", hostile, added, {"🤖 Robot AI"});
    KnowledgeGraph large = large_graph(added);
    write_case(out / "large", large, large.relation_count(), {});
  } catch (const std::exception& e) {
    std::cerr << "inmaek_export_fixture: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
