#include "export/graphml_writer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/graph/graphml.hpp>

#include "export/escape.h"
#include "tests/export/export_test_util.h"
#include "tests/export/sample_graphs.h"

using namespace inmaek;
using inmaek::testing::contains;
using inmaek::testing::graphml_of;

namespace {

KnowledgeGraph small_graph() {
  KnowledgeGraph g;
  Entity a{"sam-altman", EntityType::Person, "Sam Altman", {}, "Q7407093"};
  a.add_alias("샘 올트먼", "ko");
  a.add_alias("Altman", "en");
  g.add_entity(a);
  g.add_entity({"openai", EntityType::Organization, "OpenAI", {}, ""});
  Relation r;
  r.type = RelationType::Founded;
  r.subject = "sam-altman";
  r.object = "openai";
  r.date = "2015-12";
  r.confidence = 0.85;
  r.evidence.push_back({"d2", "b.txt", "second quote", 5, 10, "r"});
  r.evidence.push_back({"d1", "a.txt", "올트먼은 2015년 오픈AI를 세웠다", 0, 40, "r"});
  r.evidence.push_back({"d3", "a.txt", "third", 0, 5, "r"});
  g.add_relation(r);
  return g;
}

struct BoostVertex {
  std::string label, type, aliases;
  int degree = 0;
  double pagerank = 0;
};
struct BoostEdge {
  std::string relation, label, date;
  double weight = 0;
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, BoostVertex, BoostEdge>;

BoostGraph read_back(const std::string& xml) {
  BoostGraph bg;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&BoostVertex::label, bg));
  dp.property("type", boost::get(&BoostVertex::type, bg));
  dp.property("aliases", boost::get(&BoostVertex::aliases, bg));
  dp.property("degree", boost::get(&BoostVertex::degree, bg));
  dp.property("pagerank", boost::get(&BoostVertex::pagerank, bg));
  dp.property("relation", boost::get(&BoostEdge::relation, bg));
  dp.property("label", boost::get(&BoostEdge::label, bg));
  dp.property("date", boost::get(&BoostEdge::date, bg));
  dp.property("weight", boost::get(&BoostEdge::weight, bg));
  std::istringstream in(xml);
  boost::read_graphml(in, bg, dp);
  return bg;
}

}  // namespace

TEST_CASE("write_graphml declares every key with attr.name and attr.type") {
  const std::string xml = graphml_of(small_graph());
  const char* keys[] = {
      R"(<key id="label" for="node" attr.name="label" attr.type="string"/>)",
      R"(<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>)",
      R"(<key id="degree" for="node" attr.name="degree" attr.type="int"/>)",
      R"(<key id="pagerank" for="node" attr.name="pagerank" attr.type="double"/>)",
      R"(<key id="component" for="node" attr.name="component" attr.type="int"/>)",
      R"(<key id="r" for="node" attr.name="r" attr.type="int"/>)",
      R"(<key id="e_label" for="edge" attr.name="label" attr.type="string"/>)",
      R"(<key id="weight" for="edge" attr.name="weight" attr.type="double"/>)",
      R"(<key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>)",
      R"(<key id="sources" for="edge" attr.name="sources" attr.type="string"/>)",
      R"(<graph id="inmaek" edgedefault="directed">)",
  };
  for (const char* k : keys) {
    CAPTURE(k);
    CHECK(contains(xml, k));
  }
}

TEST_CASE("write_graphml node and edge data") {
  const std::string xml = graphml_of(small_graph());
  const char* rows[] = {
      "<node id=\"openai\">\n      <data key=\"label\">OpenAI</data>\n      <data key=\"type\">Organization</data>\n"
      "      <data key=\"degree\">1</data>",
      "<data key=\"aliases\">Altman | 샘 올트먼</data>",
      "<data key=\"wikidata\">Q7407093</data>",
      "<data key=\"r\">166</data>",
      "<edge id=\"e0\" source=\"sam-altman\" target=\"openai\">",
      "<data key=\"relation\">founded</data>",
      "<data key=\"e_label\">founded 2015</data>",
      "<data key=\"weight\">3</data>",
      "<data key=\"date\">2015-12</data>",
      "<data key=\"confidence\">0.85</data>",
      "<data key=\"evidence\">올트먼은 2015년 오픈AI를 세웠다</data>",  // first in evidence order (d1)
      "<data key=\"sources\">a.txt | b.txt</data>",
  };
  for (const char* row : rows) {
    CAPTURE(row);
    CHECK(contains(xml, row));
  }
  // Empty values are left out: OpenAI has no aliases or Wikidata id, the edge no role or amount.
  CHECK_FALSE(contains(xml, "<data key=\"role\">"));
  CHECK_FALSE(contains(xml, "<data key=\"amount\">"));
  CHECK_FALSE(contains(xml, "></data>"));
}

TEST_CASE("write_graphml options turn metrics and colours off") {
  exporters::GraphmlOptions opt;
  opt.metrics = false;
  opt.colors = false;
  const std::string xml = graphml_of(small_graph(), opt);
  CHECK_FALSE(contains(xml, "pagerank"));
  CHECK_FALSE(contains(xml, "key=\"r\""));
  CHECK(contains(xml, "<data key=\"label\">Sam Altman</data>"));
}

TEST_CASE("write_graphml escapes hostile text and drops what XML forbids") {
  const std::string xml = graphml_of(samples::hostile_graph());
  const char* rows[] = {
      "<data key=\"label\">Quote &quot;Inc&quot;</data>",
      "<data key=\"label\">&lt;AT&amp;T&apos;s&gt; &amp; Co</data>",
      "<data key=\"label\">Trailing\\</data>",
      "<data key=\"label\">Line&#10;Break Corp</data>",
      "<data key=\"label\">Tab&#9;Separated</data>",
      "<data key=\"label\">CtrlChar</data>",
      "<data key=\"label\">BadByte</data>",
      "<node id=\"id&lt;&amp;&gt;&apos;; -&gt; --\">",
      "<node id=\"🤖-robot-ai\">",
  };
  for (const char* row : rows) {
    CAPTURE(row);
    CHECK(contains(xml, row));
  }
  CHECK_FALSE(contains(xml, "\x01"));
  CHECK(exporters::sanitize_utf8(xml) == xml);
}

TEST_CASE("GraphML round trip through Boost read_graphml") {
  struct Row {
    const char* name;
    KnowledgeGraph graph;
  };
  const Row rows[] = {{"realistic", samples::realistic_graph()}, {"hostile", samples::hostile_graph()}};
  for (const Row& row : rows) {
    CAPTURE(row.name);
    const BoostGraph bg = read_back(graphml_of(row.graph));
    REQUIRE(boost::num_vertices(bg) == row.graph.entity_count());
    REQUIRE(boost::num_edges(bg) == row.graph.relation_count());

    std::multiset<std::string> want_labels, got_labels;
    for (const Entity* e : row.graph.entities())
      want_labels.insert(exporters::strip_xml_forbidden(e->name));
    for (auto v : boost::make_iterator_range(boost::vertices(bg))) got_labels.insert(bg[v].label);
    CHECK(got_labels == want_labels);

    std::multiset<std::string> want_edges, got_edges;
    for (const Relation& r : row.graph.relations()) {
      const Entity* s = row.graph.find(r.subject);
      const Entity* o = row.graph.find(r.object);
      want_edges.insert(exporters::strip_xml_forbidden(s->name) + " -" + std::string(to_string(r.type)) + "-> " +
                        exporters::strip_xml_forbidden(o->name));
    }
    for (auto e : boost::make_iterator_range(boost::edges(bg)))
      got_edges.insert(bg[boost::source(e, bg)].label + " -" + bg[e].relation + "-> " + bg[boost::target(e, bg)].label);
    CHECK(got_edges == want_edges);
  }
}

TEST_CASE("GraphML metrics read back as numbers") {
  const BoostGraph bg = read_back(graphml_of(samples::realistic_graph()));
  double total = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(bg))) {
    CHECK(bg[v].degree >= 1);
    total += bg[v].pagerank;
  }
  CHECK(total == doctest::Approx(1.0).epsilon(1e-4));
  for (auto e : boost::make_iterator_range(boost::edges(bg))) CHECK(bg[e].weight >= 1);
}
