#include "graph/focus.h"

#include <doctest/doctest.h>

#include "graph/knowledge_graph.h"

using namespace inmaek;

namespace {

Entity ent(const std::string& name, EntityType type, std::vector<Alias> aliases = {}) {
  Entity e;
  e.id = make_entity_id(name);
  e.type = type;
  e.name = name;
  e.aliases = std::move(aliases);
  return e;
}

void link(KnowledgeGraph& g, const std::string& s, RelationType t, const std::string& o) {
  Relation r;
  r.type = t;
  r.subject = make_entity_id(s);
  r.object = make_entity_id(o);
  r.confidence = 0.5;
  r.evidence.push_back({"d1", "d1.txt", "sentence", 0, 8, "rule"});
  REQUIRE(g.add_relation(r));
}

// A chain Ann -> Acme <- Bob -> Beta -> Gizmo, plus an unconnected Zed.
KnowledgeGraph chain() {
  KnowledgeGraph g;
  g.add_entity(ent("Ann Lee", EntityType::Person, {{"앤 리", "ko"}}));
  g.add_entity(ent("Acme", EntityType::Organization, {{"애크미", "ko"}, {"ACME Corp", "en"}}));
  g.add_entity(ent("Bob Kim", EntityType::Person));
  g.add_entity(ent("Beta", EntityType::Organization));
  g.add_entity(ent("Gizmo", EntityType::Product));
  g.add_entity(ent("Zed", EntityType::Person));
  link(g, "Ann Lee", RelationType::Founded, "Acme");
  link(g, "Bob Kim", RelationType::Left, "Acme");
  link(g, "Bob Kim", RelationType::Joined, "Beta");
  link(g, "Beta", RelationType::Developed, "Gizmo");
  return g;
}

}  // namespace

TEST_CASE("find_entities_by_name matches the name, an alias or the id, ignoring ASCII case and spaces") {
  const KnowledgeGraph g = chain();
  struct Row {
    const char* query;
    std::vector<std::string> ids;
  };
  const std::vector<Row> rows = {
      {"Acme", {"acme"}},          {"acme corp", {"acme"}}, {"  ACME  ", {"acme"}},
      {"애크미", {"acme"}},        {"앤 리", {"ann-lee"}},  {"ann-lee", {"ann-lee"}},
      {"Nobody", {}},              {"", {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.query);
    CHECK(find_entities_by_name(g, row.query) == row.ids);
  }
}

TEST_CASE("ego_network keeps the entities within K undirected hops and the relations among them") {
  const KnowledgeGraph g = chain();
  struct Row {
    std::size_t depth;
    std::size_t entities;
    std::string dump;
  };
  const std::vector<Row> rows = {
      {0, 1, ""},
      {1, 3, "(Ann Lee)-[founded]->(Acme)\n(Bob Kim)-[left]->(Acme)\n"},
      {2, 4, "(Ann Lee)-[founded]->(Acme)\n(Bob Kim)-[joined]->(Beta)\n(Bob Kim)-[left]->(Acme)\n"},
      {9, 5,
       "(Ann Lee)-[founded]->(Acme)\n(Beta)-[developed]->(Gizmo)\n(Bob Kim)-[joined]->(Beta)\n"
       "(Bob Kim)-[left]->(Acme)\n"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.depth);
    const KnowledgeGraph ego = ego_network(g, {"acme"}, row.depth);
    CHECK(ego.entity_count() == row.entities);
    CHECK(dump(ego) == row.dump);
    CHECK(ego.find("zed") == nullptr);
  }
}

TEST_CASE("ego_network: unknown seeds give an empty graph, entities keep their aliases") {
  const KnowledgeGraph g = chain();
  CHECK(ego_network(g, {"nobody"}, 3).entity_count() == 0);
  const KnowledgeGraph ego = ego_network(g, {"ann-lee"}, 1);
  REQUIRE(ego.find("acme") != nullptr);
  CHECK(ego.find("acme")->aliases.size() == 2);
}

TEST_CASE("a copied or moved KnowledgeGraph owns its relations (the source can go away)") {
  const std::string expected = dump(chain());
  KnowledgeGraph copy, moved, assigned;
  {
    KnowledgeGraph g = chain();
    copy = KnowledgeGraph(g);
    assigned = g;
    moved = std::move(g);
    CHECK(g.relation_count() == 0);
  }
  for (const KnowledgeGraph* k : {&copy, &moved, &assigned}) {
    CHECK(dump(*k) == expected);
    REQUIRE(k->relations().size() == 4);
    CHECK(k->relations()[0].evidence.at(0).sentence == "sentence");
  }
  // Adding to a copy merges into its own edges, not the source's.
  Relation r = copy.relations()[0];
  r.evidence[0].doc_id = "d2";
  CHECK(copy.add_relation(r));
  CHECK(copy.relations().size() == 4);
  CHECK(copy.relations()[0].evidence.size() == 2);
  CHECK(assigned.relations()[0].evidence.size() == 1);
}
