// The saved state (tools/state.h): a lossless round trip of every extraction, one canonical
// order, and errors that name the file and line.
#include "tools/state.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/error.h"
#include "tests/tools/tools_test_util.h"
#include "tools/inputs.h"

namespace t = inmaek::tools;
namespace x = inmaek::extract;
using inmaek::testing::contains;

namespace {

std::shared_ptr<const x::Lexicon> default_lexicon() {
  x::LexiconBuilder b;
  b.add_tsv(x::default_lexicon_tsv(), "lexicon.tsv");
  return b.freeze();
}

std::vector<x::DocExtraction> extract_examples(const std::shared_ptr<const x::Lexicon>& lexicon) {
  std::vector<t::Problem> problems;
  const x::Extractor ex(lexicon);
  std::vector<x::DocExtraction> out;
  for (const std::string& f : t::expand_inputs({inmaek::testing::examples_dir()}, problems))
    for (const auto& d : t::read_documents(f, problems)) out.push_back(ex.extract(d));
  return out;
}

std::string to_state(const std::vector<x::DocExtraction>& docs, const x::Lexicon& lexicon) {
  std::ostringstream s;
  t::write_state(docs, lexicon, s);
  return s.str();
}

}  // namespace

TEST_CASE("state round trip: read(write(docs)) writes the same bytes and keeps every field") {
  const auto lexicon = default_lexicon();
  const auto docs = extract_examples(lexicon);
  REQUIRE(docs.size() >= 3);
  const std::string once = to_state(docs, *lexicon);
  std::istringstream in(once);
  const auto back = t::read_state(in, "s.jsonl", *lexicon);
  CHECK(to_state(back, *lexicon) == once);
  REQUIRE(back.size() == docs.size());
  std::size_t relations = 0, lexicon_entities = 0, amounts = 0;
  for (const auto& d : back) {
    const auto it = std::find_if(docs.begin(), docs.end(), [&](const auto& o) { return o.doc_id == d.doc_id; });
    REQUIRE(it != docs.end());
    CHECK(d.source == it->source);
    CHECK(d.sentences == it->sentences);
    REQUIRE(d.entities.size() == it->entities.size());
    for (std::size_t i = 0; i < d.entities.size(); ++i) {
      CHECK(d.entities[i].lexicon == it->entities[i].lexicon);
      CHECK(d.entities[i].names == it->entities[i].names);
      lexicon_entities += d.entities[i].lexicon >= 0;
    }
    REQUIRE(d.relations.size() == it->relations.size());
    for (std::size_t i = 0; i < d.relations.size(); ++i) {
      const auto &a = d.relations[i], &b = it->relations[i];
      CHECK(a.evidence == b.evidence);
      CHECK(a.confidence == b.confidence);  // exact: doubles round-trip
      CHECK(a.amount == b.amount);
      CHECK(a.date == b.date);
      CHECK(a.role == b.role);
      amounts += a.amount.has_value();
      ++relations;
    }
  }
  CHECK(relations > 0);
  CHECK(lexicon_entities > 0);
  CHECK(amounts > 0);
}

TEST_CASE("state order: documents sorted by id, duplicates kept once under the smallest source") {
  const auto lexicon = default_lexicon();
  auto docs = extract_examples(lexicon);
  auto reversed = docs;
  std::reverse(reversed.begin(), reversed.end());
  auto copy = docs[0];
  copy.source = "zzz/later.txt";
  reversed.push_back(copy);
  CHECK(to_state(reversed, *lexicon) == to_state(docs, *lexicon));
}

TEST_CASE("state: lexicon entries are stored by canonical name and looked up again") {
  x::LexiconBuilder small;
  small.add_tsv("Acme\tOrganization\t\tAcme@en|애크미@ko\nZed Corp\tOrganization\t\tZed Corp@en\n", "a.tsv");
  const auto with_acme = small.freeze();
  x::LexiconBuilder other;
  other.add_tsv("Zed Corp\tOrganization\t\tZed Corp@en\n", "b.tsv");
  const auto without_acme = other.freeze();
  const x::Extractor ex(with_acme);
  x::Document d;
  d.text = "애크미는 새 제품을 공개했다. Zed Corp도 참석했다.";
  d.source = "a.txt";
  const std::string state = to_state({ex.extract(d)}, *with_acme);
  CHECK(contains(state, "\"lexicon\":\"Acme\""));
  std::istringstream in1(state), in2(state);
  const auto same = t::read_state(in1, "s", *with_acme);
  const auto changed = t::read_state(in2, "s", *without_acme);
  REQUIRE(same.size() == 1);
  REQUIRE(changed.size() == 1);
  for (std::size_t i = 0; i < same[0].entities.size(); ++i) {
    CAPTURE(same[0].entities[i].name);
    if (same[0].entities[i].name == "Acme") {
      CHECK(same[0].entities[i].lexicon == 0);
      CHECK(changed[0].entities[i].lexicon == -1);  // no longer in the lexicon: a discovered name
    } else if (same[0].entities[i].name == "Zed Corp") {
      CHECK(same[0].entities[i].lexicon == 1);
      CHECK(changed[0].entities[i].lexicon == 0);  // a different index, the same entry
    }
  }
}

TEST_CASE("state errors name the file and line") {
  const auto lexicon = default_lexicon();
  const std::string header = R"({"format":"inmaek-state","version":1,"documents":1})";
  const std::string doc = R"({"doc_id":"d","source":"a.txt","sentences":1,"entities":[)"
                          R"({"name":"A","type":"Person","names":[["A","en"]]},{"name":"B","type":"Organization","names":[["B",""]]}],)"
                          R"("relations":[{"type":"works_for","subject":0,"object":1,"confidence":0.5,)"
                          R"("evidence":{"sentence":"A works for B.","begin":0,"end":14,"rule":"r"}}]})";
  struct Row {
    std::string name, content, message;
  };
  auto with = [&](std::string from, std::string to) {
    std::string d = doc;
    d.replace(d.find(from), from.size(), to);
    return header + "\n" + d + "\n";
  };
  const std::vector<Row> rows = {
      {"empty", "", "s.jsonl:1: empty state file"},
      {"not a state", "{\"a\":1}\n", "s.jsonl:1: not an inmaek state file"},
      {"future version", R"({"format":"inmaek-state","version":2,"documents":0})", "s.jsonl:1: unsupported state version 2"},
      {"malformed JSON", header + "\n{\"doc_id\":\n", "s.jsonl:2: malformed JSON"},
      {"truncated", header + "\n", "s.jsonl:1: truncated: the header announces 1 documents, found 0"},
      {"wrong type", with("\"sentences\":1", "\"sentences\":\"one\""), "s.jsonl:2: \"sentences\" must be a non-negative integer"},
      {"unknown relation", with("works_for", "hired_by"), "s.jsonl:2: unknown relation type \"hired_by\""},
      {"unknown entity type", with("\"Person\"", "\"Robot\""), "s.jsonl:2: unknown entity type \"Robot\""},
      {"endpoint out of range", with("\"object\":1", "\"object\":2"), "s.jsonl:2: relation endpoints must be indexes"},
      {"missing evidence", with(R"("evidence":{"sentence":"A works for B.","begin":0,"end":14,"rule":"r"})", R"("x":1)"),
       "s.jsonl:2: missing \"evidence\""},
  };
  {
    std::istringstream ok(header + "\n" + doc + "\n");
    CHECK(t::read_state(ok, "s.jsonl", *lexicon).size() == 1);
  }
  for (const Row& row : rows) {
    CAPTURE(row.name);
    std::istringstream in(row.content);
    try {
      t::read_state(in, "s.jsonl", *lexicon);
      FAIL("no error");
    } catch (const inmaek::ParseError& e) {
      CHECK(contains(e.what(), row.message));
    }
  }
}

TEST_CASE("load_state: a directory without a state is an IoError naming it") {
  inmaek::testing::TempDir tmp("nostate");
  const auto lexicon = default_lexicon();
  CHECK_THROWS_AS(t::load_state(tmp / "missing", *lexicon), inmaek::IoError);
  try {
    t::load_state(tmp.path().string(), *lexicon);
    FAIL("no error");
  } catch (const inmaek::IoError& e) {
    CHECK(contains(e.what(), "inmaek-state.jsonl"));
  }
}
