// Issue 5: the compact storage of KnowledgeGraph (vertex endpoints, interned texts, evidence
// records with sentences in a TextStore) reads back exactly what was added, in the same order.
#include <doctest/doctest.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/page_rank.hpp>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "graph/analytics.h"
#include "graph/knowledge_graph.h"

using namespace inmaek;

namespace {

Entity org(const std::string& name) {
  Entity e;
  e.id = make_entity_id(name);
  e.type = EntityType::Organization;
  e.name = name;
  return e;
}

// A graph of `n` entities and random relations; each relation's evidence is in random order
// with repeats, sentences and sources that share prefixes, and an empty sentence.
std::vector<Relation> random_relations(std::mt19937& rng, int n, int count) {
  std::vector<Relation> out;
  for (int i = 0; i < count; ++i) {
    Relation r;
    r.type = kAllRelationTypes[rng() % kAllRelationTypes.size()];
    r.subject = "e" + std::to_string(rng() % n);
    r.object = "e" + std::to_string(rng() % n);
    if (r.subject == r.object) continue;
    if (rng() % 3 == 0) r.date = rng() % 2 ? "2024" : "2024-0" + std::to_string(1 + rng() % 9);
    if (rng() % 4 == 0) r.role = rng() % 2 ? "CEO" : "대표";
    if (rng() % 5 == 0) r.amount = Amount{"$" + std::to_string(rng() % 9) + "M", 1e6 * (rng() % 9), "USD"};
    r.confidence = 0.5 + 0.01 * (rng() % 50);
    const int ev = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < ev; ++k) {
      const std::string doc = "d" + std::to_string(rng() % 6);
      std::string sentence = rng() % 9 == 0 ? "" : "문장 " + std::string(rng() % 3, 'z') + std::to_string(rng() % 4);
      r.evidence.push_back({doc, doc + (rng() % 2 ? ".txt" : ".html"), sentence, rng() % 100, 100 + rng() % 100,
                            rng() % 2 ? "ko.rule" : "en.rule"});
      if (rng() % 4 == 0) r.evidence.push_back(r.evidence.back());  // a repeat
    }
    out.push_back(std::move(r));
  }
  return out;
}

// What add_relation keeps of `rs`, computed with the value types: one Relation per key,
// merged with merge_relation, evidence sorted and unique, in key order.
std::map<std::tuple<std::string, RelationType, std::string>, Relation> expected_of(std::vector<Relation> rs) {
  std::map<std::tuple<std::string, RelationType, std::string>, Relation> out;
  for (Relation& r : rs) {
    if (is_symmetric(r.type) && r.object < r.subject) std::swap(r.subject, r.object);
    std::sort(r.evidence.begin(), r.evidence.end());
    r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end()), r.evidence.end());
    auto [it, added] = out.emplace(std::make_tuple(r.subject, r.type, r.object), r);
    if (!added) merge_relation(it->second, r);
  }
  return out;
}

}  // namespace

TEST_CASE("compact graph: relations read back as added and merged, in key order, with the default or a given store") {
  std::mt19937 rng(11);
  for (bool given : {false, true}) {
    CAPTURE(given);
    const std::vector<Relation> rs = random_relations(rng, 12, 400);
    const auto store = std::make_shared<MemoryTextStore>();
    KnowledgeGraph g(given ? store : nullptr);
    CHECK((g.text_store() == store) == given);
    for (int i = 0; i < 12; ++i) g.add_entity(org("E" + std::to_string(i)));
    for (const Relation& r : rs) CHECK(g.add_relation(r));
    const auto expected = expected_of(rs);
    REQUIRE(g.relation_count() == expected.size());
    std::size_t i = 0, evidence = 0;
    for (const auto& [key, want] : expected) {
      const Relation got = g.relation(i++);
      CHECK(got.subject == want.subject);
      CHECK(got.type == want.type);
      CHECK(got.object == want.object);
      CHECK(got.date == want.date);
      CHECK(got.role == want.role);
      CHECK(got.amount == want.amount);
      CHECK(got.confidence == want.confidence);
      CHECK(got.evidence == want.evidence);  // same records, same order (Evidence's)
      evidence += want.evidence.size();
    }
    CHECK(g.evidence_count() == evidence);
    std::vector<Relation> all = g.relations();
    REQUIRE(all.size() == expected.size());
    CHECK(all.back().evidence == g.relation(all.size() - 1).evidence);
    // Without evidence: the same attributes, no records.
    std::size_t k = 0;
    g.for_each_relation([&](const Relation& r) { CHECK((r.evidence.empty() && r.object == all[k++].object)); }, false);
    if (given) CHECK(store->bytes() > 0);
  }
}

TEST_CASE("compact graph: copies share the text store and diverge, evidence offsets must fit 32 bits") {
  KnowledgeGraph g;
  g.add_entity(org("A"));
  g.add_entity(org("B"));
  Relation r;
  r.type = RelationType::Acquired;
  r.subject = "a";
  r.object = "b";
  r.evidence.push_back({"d1", "d1.txt", "A acquired B.", 0, 13, "rule"});
  CHECK(g.add_relation(r));
  KnowledgeGraph copy = g;
  CHECK(copy.text_store() == g.text_store());
  r.evidence[0].doc_id = "d2";
  r.evidence[0].sentence = "B was bought by A.";
  CHECK(copy.add_relation(r));
  CHECK(copy.relations()[0].evidence.size() == 2);
  CHECK(copy.relations()[0].evidence[1].sentence == "B was bought by A.");
  REQUIRE(g.relations()[0].evidence.size() == 1);
  CHECK(g.relations()[0].evidence[0].sentence == "A acquired B.");
  r.evidence[0].end = std::size_t{1} << 32;
  CHECK_THROWS_AS(g.add_relation(r), std::length_error);
}

TEST_CASE("compact graph: evidence given as stored records is kept in the order given") {
  KnowledgeGraph g;
  g.add_entity(org("A"));
  g.add_entity(org("B"));
  const TextRef s1 = g.text_store()->append("first sentence");
  const TextRef s2 = g.text_store()->append("second sentence");
  Relation r;
  r.type = RelationType::Invested;
  r.subject = "a";
  r.object = "b";
  r.confidence = 0.7;
  CHECK(g.add_relation(r, {{"d1", "d1.txt", s1, 0, 14, "rule"}, {"d1", "d1.txt", s2, 15, 30, "rule"}}));
  const Relation got = g.relation(0);
  REQUIRE(got.evidence.size() == 2);
  CHECK(got.evidence[0] == Evidence{"d1", "d1.txt", "first sentence", 0, 14, "rule"});
  CHECK(got.evidence[1] == Evidence{"d1", "d1.txt", "second sentence", 15, 30, "rule"});
  // Into an existing edge: merged as Relations.
  CHECK(g.add_relation(r, {{"d0", "d0.txt", s2, 1, 2, "rule"}}));
  REQUIRE(g.relation(0).evidence.size() == 3);
  CHECK(g.relation(0).evidence[0].doc_id == "d0");
  CHECK_FALSE(g.add_relation(Relation{RelationType::Invested, "a", "nowhere", "", {}, "", 0, {}}, {}));
}

TEST_CASE("compact graph: PageRank equals Boost.Graph's page_rank on the same edges, bit for bit") {
  std::mt19937 rng(3);
  KnowledgeGraph g;
  for (int i = 0; i < 40; ++i) g.add_entity(org("E" + std::to_string(i)));
  for (const Relation& r : random_relations(rng, 40, 300)) g.add_relation(r);
  // Boost's graph with the same vertices and edges in the order they were added.
  using BG = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  BG bg(g.entity_count());
  for (const auto& e : g.edges()) boost::add_edge(e.source, e.target, bg);
  REQUIRE(boost::num_edges(bg) == g.relation_count());
  std::vector<double> rank(g.entity_count());
  const AnalyticsOptions opt;
  boost::graph::page_rank(bg, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, bg)),
                          boost::graph::n_iterations(static_cast<std::size_t>(opt.iterations)), opt.damping);
  double total = 0;
  for (double r : rank) total += r;
  const auto metrics = compute_metrics(g, opt);
  for (KnowledgeGraph::Vertex v = 0; v < g.entity_count(); ++v) {
    const NodeMetrics& m = metrics.at(g.entity(v).id);
    CHECK(m.pagerank == rank[v] / total);  // exactly: same additions in the same order
    CHECK(m.in_degree == boost::in_degree(v, bg));
    CHECK(m.out_degree == boost::out_degree(v, bg));
  }
}
