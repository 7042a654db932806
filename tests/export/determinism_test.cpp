// Output depends only on the graph's content: repeated writes and other insertion orders
// give the same bytes.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "tests/export/export_test_util.h"
#include "tests/export/sample_graphs.h"

using namespace inmaek;

namespace {

// The sample graph built with entities, relations and evidence records in reverse order.
template <typename Entities, typename Relations>
KnowledgeGraph reversed(Entities entities, Relations relations) {
  std::reverse(entities.begin(), entities.end());
  std::reverse(relations.begin(), relations.end());
  KnowledgeGraph g;
  for (const auto& e : entities) {
    Entity ent = samples::make_entity(e);
    std::reverse(ent.aliases.begin(), ent.aliases.end());
    g.add_entity(ent);
  }
  for (const auto& r : relations) {
    Relation rel = samples::make_relation(r);
    std::reverse(rel.evidence.begin(), rel.evidence.end());
    if (is_symmetric(rel.type)) std::swap(rel.subject, rel.object);
    g.add_relation(rel);
  }
  return g;
}

}  // namespace

TEST_CASE("writers are deterministic and independent of insertion order") {
  struct Row {
    const char* name;
    KnowledgeGraph forward;
    KnowledgeGraph backward;
  };
  const Row rows[] = {
      {"realistic", samples::realistic_graph(), reversed(samples::realistic_entities(), samples::realistic_relations())},
      {"hostile", samples::hostile_graph(), reversed(samples::hostile_entities(), samples::hostile_relations())},
  };
  struct Format {
    const char* name;
    std::function<std::string(const KnowledgeGraph&)> write;
  };
  const Format formats[] = {
      {"graphml", [](const KnowledgeGraph& g) { return testing::graphml_of(g); }},
      {"dot", [](const KnowledgeGraph& g) { return testing::dot_of(g); }},
      {"jsonld", [](const KnowledgeGraph& g) { return testing::jsonld_of(g); }},
  };
  for (const Row& row : rows) {
    for (const Format& f : formats) {
      CAPTURE(row.name);
      CAPTURE(f.name);
      const std::string first = f.write(row.forward);
      CHECK(f.write(row.forward) == first);
      CHECK(f.write(row.backward) == first);
    }
  }
}
