#include "graph/knowledge_graph.h"

#include <doctest/doctest.h>

#include "graph/analytics.h"

using namespace inmaek;

namespace {

Entity person(const std::string& name) {
  Entity e;
  e.id = make_entity_id(name);
  e.type = EntityType::Person;
  e.name = name;
  return e;
}

Entity org(const std::string& name) {
  Entity e = person(name);
  e.type = EntityType::Organization;
  return e;
}

Relation rel(const std::string& s, RelationType t, const std::string& o, const std::string& doc = "d1",
             std::size_t begin = 0) {
  Relation r;
  r.type = t;
  r.subject = make_entity_id(s);
  r.object = make_entity_id(o);
  r.confidence = 0.5;
  r.evidence.push_back({doc, doc + ".txt", "sentence", begin, begin + 8, "rule"});
  return r;
}

}  // namespace

TEST_CASE("make_entity_id is derived from the name, not insertion order") {
  struct Row {
    const char* name;
    const char* id;
  };
  const Row rows[] = {
      {"Sam Altman", "sam-altman"},   {"OpenAI", "openai"},       {"GPT-4", "gpt-4"},
      {"코어 오토메이션", "코어-오토메이션"}, {"  ", "entity"},      {"Adam D'Angelo", "adam-d-angelo"},
      {"C++", "cplusplus"},           {"x.AI Corp.", "x-ai-corp"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(make_entity_id(row.name) == row.id);
  }
}

TEST_CASE("adding an entity twice merges aliases") {
  KnowledgeGraph g;
  Entity a = person("Sam Altman");
  a.add_alias("샘 올트먼", "ko");
  g.add_entity(a);
  Entity b = person("Sam Altman");
  b.add_alias("샘 알트만", "ko");
  b.wikidata = "Q7407093";
  g.add_entity(b);
  REQUIRE(g.entity_count() == 1);
  const Entity* e = g.find("sam-altman");
  REQUIRE(e != nullptr);
  CHECK(e->aliases.size() == 2);
  CHECK(e->wikidata == "Q7407093");
}

TEST_CASE("the same triple from two documents is one edge with both evidence records") {
  KnowledgeGraph g;
  g.add_entity(person("Jerry Tworek"));
  g.add_entity(org("OpenAI"));
  CHECK(g.add_relation(rel("Jerry Tworek", RelationType::Left, "OpenAI", "d1")));
  Relation second = rel("Jerry Tworek", RelationType::Left, "OpenAI", "d2");
  second.date = "2026-01";
  second.confidence = 0.9;
  CHECK(g.add_relation(second));
  REQUIRE(g.relation_count() == 1);
  const Relation r = g.relations().front();
  CHECK(r.evidence.size() == 2);
  CHECK(r.date == "2026-01");
  CHECK(r.confidence == doctest::Approx(0.9));
  CHECK(dump(g) == "(Jerry Tworek)-[left]->(OpenAI)\n");
}

TEST_CASE("a relation with an unknown endpoint is refused") {
  KnowledgeGraph g;
  g.add_entity(person("A"));
  CHECK_FALSE(g.add_relation(rel("A", RelationType::Joined, "Nowhere")));
  CHECK(g.relation_count() == 0);
}

TEST_CASE("partnered_with is stored in id order") {
  KnowledgeGraph g;
  g.add_entity(org("Zeta"));
  g.add_entity(org("Alpha"));
  g.add_relation(rel("Zeta", RelationType::PartneredWith, "Alpha"));
  g.add_relation(rel("Alpha", RelationType::PartneredWith, "Zeta", "d2"));
  REQUIRE(g.relation_count() == 1);
  CHECK(g.relations().front().subject == "alpha");
}

TEST_CASE("merge order does not change the graph") {
  auto build = [](bool reversed) {
    KnowledgeGraph a, b;
    a.add_entity(person("P"));
    a.add_entity(org("O"));
    Relation r1 = rel("P", RelationType::WorksFor, "O", "d1");
    r1.role = "CEO";
    r1.date = "2020";
    a.add_relation(r1);
    b.add_entity(person("P"));
    b.add_entity(org("O"));
    Relation r2 = rel("P", RelationType::WorksFor, "O", "d2");
    r2.role = "대표";
    r2.date = "2019";
    b.add_relation(r2);
    KnowledgeGraph out;
    out.merge(reversed ? b : a);
    out.merge(reversed ? a : b);
    return out.relations().front();
  };
  Relation x = build(false), y = build(true);
  CHECK(x.role == y.role);
  CHECK(x.date == y.date);
  CHECK(x.evidence == y.evidence);
}

TEST_CASE("metrics: degree, pagerank and weak components") {
  KnowledgeGraph g;
  for (const char* n : {"A", "B", "C", "D"}) g.add_entity(org(n));
  g.add_relation(rel("A", RelationType::Invested, "B"));
  g.add_relation(rel("C", RelationType::Invested, "B"));
  auto m = compute_metrics(g);
  REQUIRE(m.size() == 4);
  CHECK(m["b"].in_degree == 2);
  CHECK(m["b"].degree == 2);
  CHECK(m["a"].out_degree == 1);
  CHECK(m["b"].pagerank > m["a"].pagerank);
  double total = 0;
  for (auto& [id, x] : m) total += x.pagerank;
  CHECK(total == doctest::Approx(1.0));
  CHECK(m["a"].component == 0);
  CHECK(m["b"].component == 0);
  CHECK(m["c"].component == 0);
  CHECK(m["d"].component == 1);
}

TEST_CASE("issue 5: moving a graph takes its storage instead of copying it, and leaves the source empty") {
  KnowledgeGraph g;
  g.add_entity(person("Jerry Tworek"));
  g.add_entity(org("OpenAI"));
  CHECK(g.add_relation(rel("Jerry Tworek", RelationType::Left, "OpenAI")));
  const Entity* entity_before = g.find("openai");
  KnowledgeGraph moved(std::move(g));
  CHECK(moved.find("openai") == entity_before);  // same object: nothing was copied
  CHECK(moved.relation_count() == 1);
  CHECK(g.entity_count() == 0);  // NOLINT(bugprone-use-after-move): moved-from is empty and usable
  CHECK(g.relations().empty());
  CHECK(g.add_entity(org("OpenAI")) == 0);
  KnowledgeGraph assigned;
  assigned = std::move(moved);
  CHECK(assigned.find("openai") == entity_before);
  CHECK(assigned.add_relation(rel("Jerry Tworek", RelationType::Left, "OpenAI", "d2")));
  CHECK(assigned.relations().front().evidence.size() == 2);  // the moved index still finds the edge
  CHECK(dump(assigned) == "(Jerry Tworek)-[left]->(OpenAI)\n");
}

TEST_CASE("issue 5: relations added in key order, out of order, or repeated give one edge per triple") {
  auto build = [](const std::vector<Relation>& rs) {
    KnowledgeGraph g;
    for (const char* n : {"Ann Lee", "Bo Kim", "Cy Park"}) g.add_entity(person(n));
    g.add_entity(org("OpenAI"));
    for (const Relation& r : rs) CHECK(g.add_relation(r));
    return g;
  };
  const Relation a = rel("Ann Lee", RelationType::Joined, "OpenAI", "d1");
  const Relation b = rel("Bo Kim", RelationType::Joined, "OpenAI", "d2");
  const Relation c = rel("Cy Park", RelationType::Left, "OpenAI", "d3");
  const Relation a2 = rel("Ann Lee", RelationType::Joined, "OpenAI", "d4");
  const Relation c2 = rel("Cy Park", RelationType::Left, "OpenAI", "d5");
  const KnowledgeGraph sorted = build({a, b, c, c2, a2});  // c2 repeats the last key, a2 an earlier one
  const KnowledgeGraph shuffled = build({c2, a2, b, c, a});
  REQUIRE(sorted.relation_count() == 3);
  CHECK(shuffled.relation_count() == 3);
  CHECK(dump(sorted) == dump(shuffled));
  for (const Relation& r : sorted.relations()) CHECK(r.evidence.size() == (r.subject == "bo-kim" ? 1u : 2u));
}
