#include "export/jsonld_writer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "tests/export/export_test_util.h"
#include "tests/export/sample_graphs.h"

using namespace inmaek;
using inmaek::testing::contains;
using inmaek::testing::jsonld_of;

namespace {

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

const rapidjson::Value* node_with_id(const rapidjson::Document& d, const std::string& id) {
  for (const auto& n : d["@graph"].GetArray())
    if (n.HasMember("@id") && n["@id"].GetString() == id) return &n;
  return nullptr;
}

// The "@id"s of a property that holds an array of node references.
std::vector<std::string> refs(const rapidjson::Value& node, const char* property) {
  std::vector<std::string> out;
  if (!node.HasMember(property)) return out;
  for (const auto& v : node[property].GetArray()) out.push_back(v["@id"].GetString());
  return out;
}

}  // namespace

TEST_CASE("write_jsonld: inline context and a @graph") {
  const rapidjson::Document d = parse(jsonld_of(samples::realistic_graph()));
  REQUIRE(d.IsObject());
  REQUIRE(d["@context"].IsObject());
  CHECK(std::string(d["@context"]["schema"].GetString()) == "https://schema.org/");
  CHECK(std::string(d["@context"]["inmaek"].GetString()) == "https://inmaek.dev/ns#");
  CHECK(std::string(d["@context"]["prov"].GetString()) == "http://www.w3.org/ns/prov#");
  REQUIRE(d["@graph"].IsArray());
  // 16 entities and 19 statements.
  CHECK(d["@graph"].Size() == 16 + 19);
}

TEST_CASE("write_jsonld: entities") {
  const rapidjson::Document d = parse(jsonld_of(samples::realistic_graph()));
  struct Row {
    const char* id;
    const char* type;
    const char* name;
    const char* same_as;  // "" when no Wikidata id
  };
  const Row rows[] = {
      {"sam-altman", "schema:Person", "Sam Altman", "http://www.wikidata.org/entity/Q7407093"},
      {"openai", "schema:Organization", "OpenAI", "http://www.wikidata.org/entity/Q21708200"},
      {"chatgpt", "schema:SoftwareApplication", "ChatGPT", "http://www.wikidata.org/entity/Q115564437"},
      {"core-automation", "schema:Organization", "Core Automation", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.id);
    const rapidjson::Value* n = node_with_id(d, std::string("https://inmaek.dev/id/") + row.id);
    REQUIRE(n != nullptr);
    CHECK(std::string((*n)["@type"][0].GetString()) == row.type);
    CHECK(std::string((*n)["schema:name"].GetString()) == row.name);
    CHECK(std::string((*n)["inmaek:entityId"].GetString()) == row.id);
    if (*row.same_as)
      CHECK(std::string((*n)["schema:sameAs"]["@id"].GetString()) == row.same_as);
    else
      CHECK_FALSE(n->HasMember("schema:sameAs"));
  }
  const rapidjson::Value* sam = node_with_id(d, "https://inmaek.dev/id/sam-altman");
  bool tagged = false, plain = false;
  for (const auto& a : (*sam)["schema:alternateName"].GetArray()) {
    if (a.IsObject() && std::string(a["@value"].GetString()) == "샘 올트먼")
      tagged = std::string(a["@language"].GetString()) == "ko";
    if (a.IsObject() && std::string(a["@value"].GetString()) == "Altman")
      plain = std::string(a["@language"].GetString()) == "en";
  }
  CHECK(tagged);
  CHECK(plain);
}

TEST_CASE("write_jsonld: relations as properties, with schema.org equivalents") {
  const rapidjson::Document d = parse(jsonld_of(samples::realistic_graph()));
  const std::string id = "https://inmaek.dev/id/";
  struct Row {
    const char* node;
    const char* property;
    const char* target;
  };
  const Row rows[] = {
      {"sam-altman", "inmaek:founded", "openai"},
      {"openai", "schema:founder", "sam-altman"},
      {"openai", "schema:founder", "ilya-sutskever"},
      {"ilya-sutskever", "inmaek:left", "openai"},
      {"mustafa-suleyman", "inmaek:joined", "microsoft"},
      {"microsoft", "inmaek:invested", "openai"},
      {"openai", "schema:funder", "microsoft"},
      {"openai", "inmaek:developed", "chatgpt"},
      {"chatgpt", "schema:creator", "openai"},
      {"satya-nadella", "inmaek:worksFor", "microsoft"},
      {"satya-nadella", "schema:worksFor", "microsoft"},
      {"google", "inmaek:acquired", "deepmind"},
      {"deepmind", "inmaek:subsidiaryOf", "google"},
      {"deepmind", "schema:parentOrganization", "google"},
      {"google", "schema:subOrganization", "deepmind"},
      {"microsoft", "inmaek:partneredWith", "openai"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.node);
    CAPTURE(row.property);
    const rapidjson::Value* n = node_with_id(d, id + row.node);
    REQUIRE(n != nullptr);
    const auto targets = refs(*n, row.property);
    CHECK(std::find(targets.begin(), targets.end(), id + row.target) != targets.end());
  }
}

TEST_CASE("write_jsonld: statements carry evidence, typed dates and decimals") {
  const std::string text = jsonld_of(samples::realistic_graph());
  const rapidjson::Document d = parse(text);
  const rapidjson::Value* st = node_with_id(d, "https://inmaek.dev/stmt/microsoft/invested/openai");
  REQUIRE(st != nullptr);
  CHECK(std::string((*st)["@type"].GetString()) == "rdf:Statement");
  CHECK(std::string((*st)["rdf:subject"]["@id"].GetString()) == "https://inmaek.dev/id/microsoft");
  CHECK(std::string((*st)["rdf:predicate"]["@id"].GetString()) == "https://inmaek.dev/ns#invested");
  CHECK(std::string((*st)["rdf:object"]["@id"].GetString()) == "https://inmaek.dev/id/openai");
  CHECK(std::string((*st)["inmaek:date"]["@type"].GetString()) == "xsd:gYear");
  const auto& amount = (*st)["inmaek:amount"];
  CHECK(std::string(amount["schema:description"].GetString()) == "100억 달러");
  CHECK(std::string(amount["schema:value"]["@value"].GetString()) == "10000000000");
  CHECK(std::string(amount["schema:value"]["@type"].GetString()) == "xsd:decimal");
  CHECK(std::string(amount["schema:currency"].GetString()) == "USD");
  CHECK(std::string((*st)["inmaek:confidence"]["@value"].GetString()) == "0.87");
  const auto& ev = (*st)["inmaek:evidence"][0];
  CHECK(std::string(ev["inmaek:quote"].GetString()) == "오픈AI는 2023년 마이크로소프트로부터 100억 달러를 투자받았다.");
  CHECK(std::string(ev["inmaek:document"]["@id"].GetString()) == "https://inmaek.dev/doc/d-hani-01");
  CHECK(ev["inmaek:begin"].GetUint64() == 500);
  CHECK(std::string((*st)["prov:wasDerivedFrom"][0]["@id"].GetString()) == "https://inmaek.dev/doc/d-hani-01");

  struct Row {
    const char* stmt;
    const char* date_type;
  };
  const Row rows[] = {
      {"sam-altman/founded/openai", "xsd:gYear"},
      {"ilya-sutskever/left/openai", "xsd:gYearMonth"},
      {"openai/developed/chatgpt", "xsd:date"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.stmt);
    const rapidjson::Value* s = node_with_id(d, std::string("https://inmaek.dev/stmt/") + row.stmt);
    REQUIRE(s != nullptr);
    CHECK(std::string((*s)["inmaek:date"]["@type"].GetString()) == row.date_type);
  }
  // No JSON floats anywhere: every non-integer number is a typed string.
  CHECK_FALSE(contains(text, "e+"));
  CHECK_FALSE(contains(text, ": 0."));
}

TEST_CASE("write_jsonld: hostile text stays valid JSON and invalid dates stay plain") {
  const std::string text = jsonld_of(samples::hostile_graph());
  const rapidjson::Document d = parse(text);
  const rapidjson::Value* st = node_with_id(d, "https://inmaek.dev/stmt/%ED%95%9C%EA%B5%AD%EC%96%B4-%ED%9A%8C%EC%82%AC-%EC%A3%BC/developed/%F0%9F%A4%96-robot-ai");
  REQUIRE(st != nullptr);
  CHECK((*st)["inmaek:date"].IsString());  // "2024-13" is not a valid xsd:gYearMonth
  const rapidjson::Value* e = node_with_id(d, "https://inmaek.dev/id/trailing");
  REQUIRE(e != nullptr);
  CHECK(std::string((*e)["schema:name"].GetString()) == "Trailing\\");
  const rapidjson::Value* c = node_with_id(d, "https://inmaek.dev/id/ctrl-char");
  REQUIRE(c != nullptr);
  CHECK(std::string((*c)["schema:name"].GetString()) == "Ctrl\x01" "Char");  // JSON can carry it
  const rapidjson::Value* at = node_with_id(d, "https://inmaek.dev/id/at-t-s-co");
  REQUIRE(at != nullptr);
  CHECK((*at)["schema:alternateName"][0].IsString());  // "bad lang!" is no language tag
}

TEST_CASE("write_jsonld options") {
  exporters::JsonldOptions opt;
  opt.pretty = false;
  opt.statements = false;
  opt.base = "http://example.org/";
  const std::string text = jsonld_of(samples::realistic_graph(), opt);
  CHECK(std::count(text.begin(), text.end(), '\n') == 1);
  CHECK_FALSE(contains(text, "rdf:Statement"));
  CHECK(contains(text, "\"inmaek\":\"http://example.org/ns#\""));
  CHECK(contains(text, "\"@id\":\"http://example.org/id/openai\""));
}

// Session 7 makes every IRI once from the sanitised base: the invalid byte must still be dropped
// from each kind of IRI, as str() dropped it from the whole string before.
TEST_CASE("write_jsonld: an invalid byte in the base is dropped from every IRI") {
  exporters::JsonldOptions opt;
  opt.base = "http://ex\xff" "ample.org/";
  const std::string text = jsonld_of(samples::realistic_graph(), opt);
  parse(text);
  CHECK_FALSE(contains(text, "\xff"));
  const char* rows[] = {"\"inmaek\": \"http://example.org/ns#\"", "\"@id\": \"http://example.org/id/openai\"",
                        "\"@id\": \"http://example.org/stmt/", "\"@id\": \"http://example.org/doc/",
                        "\"@id\": \"http://example.org/ns#founded\""};
  for (const char* row : rows) {
    CAPTURE(row);
    CHECK(contains(text, row));
  }
}

TEST_CASE("write_jsonld: statements formatted on several threads give the same bytes") {
  // more statements than a few tasks' worth (1024 each), with the hostile texts among them
  KnowledgeGraph g = samples::hostile_graph();
  std::vector<std::string> ids;
  for (const Entity* e : g.entities()) ids.push_back(e->id);
  for (int i = 0; i < 80; ++i) {
    Entity e;
    e.name = "회사 \"" + std::to_string(i) + "\" \\ <x>";
    e.id = make_entity_id(e.name) + "-" + std::to_string(i);
    e.type = i % 3 == 0 ? EntityType::Person : EntityType::Organization;
    e.add_alias("별칭 " + std::to_string(i), i % 2 ? "ko" : "");
    ids.push_back(e.id);
    g.add_entity(e);
  }
  const RelationType types[] = {RelationType::Invested, RelationType::PartneredWith, RelationType::Acquired};
  for (std::size_t s = 0; s < ids.size(); ++s)
    for (std::size_t o = 0; o < ids.size(); o += 2) {
      if (s == o) continue;
      Relation r;
      r.subject = ids[s];
      r.object = ids[o];
      r.type = types[(s + o) % 3];
      r.date = (s + o) % 4 ? "2024-0" + std::to_string(1 + (s % 9)) : "지난해";
      if (s % 5 == 0) r.amount = Amount{"10억 달러", 1e9 + static_cast<double>(o), "USD"};
      r.confidence = 0.5 + static_cast<double>(o % 5) / 10;
      r.evidence.push_back({"doc-" + std::to_string(s), "src/" + std::to_string(o) + ".txt",
                            "\"인용\" \\ \xff sentence " + std::to_string(s * o), s, s + 9, "rule"});
      g.add_relation(r);
    }
  REQUIRE(g.relation_count() > 3 * 1024);
  for (bool pretty : {true, false}) {
    CAPTURE(pretty);
    exporters::JsonldOptions one;
    one.pretty = pretty;
    const std::string expected = jsonld_of(g, one);
    parse(expected);
    for (unsigned threads : {2u, 3u, 8u}) {
      CAPTURE(threads);
      exporters::JsonldOptions many = one;
      many.threads = threads;
      CHECK(jsonld_of(g, many) == expected);
    }
  }
}
