// StateRun (tools/state_run.h): the state written from a run file and indexed state files is
// byte for byte what write_state writes from the extractions themselves.
#include "tools/state_run.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "tests/tools/tools_test_util.h"
#include "tools/inputs.h"
#include "tools/state.h"

namespace t = inmaek::tools;
namespace x = inmaek::extract;
using inmaek::testing::TempDir;

namespace {

std::shared_ptr<const x::Lexicon> default_lexicon() {
  static std::shared_ptr<const x::Lexicon> lex = [] {
    x::LexiconBuilder b;
    b.add_tsv(x::default_lexicon_tsv(), "lexicon.tsv");
    return b.freeze();
  }();
  return lex;
}

std::vector<x::DocExtraction> extract_examples() {
  std::vector<t::Problem> problems;
  const x::Extractor ex(default_lexicon());
  std::vector<x::DocExtraction> out;
  for (const std::string& f : t::expand_inputs({inmaek::testing::examples_dir()}, problems))
    for (const auto& d : t::read_documents(f, problems)) out.push_back(ex.extract(d));
  return out;
}

std::string to_state(std::vector<x::DocExtraction> docs) {
  t::normalize_documents(docs);
  std::ostringstream s;
  t::write_state(docs, *default_lexicon(), s);
  return s.str();
}

// Writes `docs` as a state file at `path` and indexes it into `run`.
void index_file(t::StateRun& run, const std::string& path, const std::vector<x::DocExtraction>& docs) {
  inmaek::testing::write_file(path, to_state(docs));
  const std::size_t file = run.add_file(path);
  std::ifstream in(path, std::ios::binary);
  t::scan_state(in, path, *default_lexicon(), [&](x::DocExtraction&& d, std::uint64_t offset, std::size_t length) {
    run.add_existing(file, d.doc_id, d.source, offset, length);
  });
}

std::string written(t::StateRun& run) {
  std::ostringstream s;
  run.write(s);
  return s.str();
}

}  // namespace

TEST_CASE("StateRun: documents added in any order are written as write_state writes them, leaving no file") {
  auto docs = extract_examples();
  REQUIRE(docs.size() >= 3);
  const std::string expected = to_state(docs);
  std::shuffle(docs.begin(), docs.end(), std::mt19937(3));
  TempDir dir;
  t::StateRun run(dir.path().string(), *default_lexicon());
  for (const auto& d : docs) run.add(d.doc_id, t::state_line(d, *default_lexicon()));
  CHECK(inmaek::testing::list_dir(dir.path()).empty());  // the run file has no name
  CHECK(run.documents() == docs.size());
  CHECK(written(run) == expected);
  CHECK(written(run) == expected);  // write() can be repeated
}

TEST_CASE("StateRun: existing states are merged as merge does: each id once, the smallest source") {
  auto docs = extract_examples();
  REQUIRE(docs.size() >= 3);
  TempDir dir;
  std::vector<x::DocExtraction> first(docs.begin(), docs.begin() + 2), second(docs.begin() + 1, docs.end());
  second.front().source = "!smaller.txt";  // the shared document, read under another name
  for (auto& r : second.front().relations) r.evidence.source = "!smaller.txt";
  std::vector<x::DocExtraction> all = first;
  all.insert(all.end(), second.begin(), second.end());

  t::StateRun run(dir.path().string(), *default_lexicon());
  index_file(run, dir / "one.jsonl", first);
  index_file(run, dir / "two.jsonl", second);
  std::vector<std::string> folded;
  run.for_each_existing([&](x::DocExtraction&& d) { folded.push_back(d.source); });
  CHECK(folded.size() == docs.size());
  CHECK(std::count(folded.begin(), folded.end(), "!smaller.txt") == 1);
  CHECK(written(run) == to_state(all));
}

TEST_CASE("StateRun: an adopted smaller source replaces the document's own, in its evidence too") {
  auto docs = extract_examples();
  TempDir dir;
  t::StateRun run(dir.path().string(), *default_lexicon());
  for (const auto& d : docs) run.add(d.doc_id, t::state_line(d, *default_lexicon()));
  run.adopt_source(docs[0].doc_id, "!first.txt");
  run.adopt_source(docs[1].doc_id, "~larger.txt");  // not smaller: ignored
  for (auto& r : docs[0].relations)
    if (r.evidence.source == docs[0].source) r.evidence.source = "!first.txt";
  docs[0].source = "!first.txt";
  const std::string out = written(run);
  CHECK(out == to_state(docs));
  CHECK(out.find("~larger.txt") == std::string::npos);
}

TEST_CASE("StateRun: an existing line not in write_state's form is written in that form") {
  auto docs = extract_examples();
  TempDir dir;
  std::string text = to_state(docs);
  // JSON that means the same, spelled otherwise: spaces after the first brace of every document.
  for (std::size_t at = text.find("\n{\"doc_id\""); at != std::string::npos; at = text.find("\n{\"doc_id\"", at + 1))
    text.replace(at, 2, "\n{  ");
  REQUIRE(text != to_state(docs));
  inmaek::testing::write_file(dir / "odd.jsonl", text);
  t::StateRun run(dir.path().string(), *default_lexicon());
  const std::size_t file = run.add_file(dir / "odd.jsonl");
  std::ifstream in(dir / "odd.jsonl", std::ios::binary);
  t::scan_state(in, "odd.jsonl", *default_lexicon(), [&](x::DocExtraction&& d, std::uint64_t offset, std::size_t length) {
    run.add_existing(file, d.doc_id, d.source, offset, length);
  });
  std::size_t folded = 0;
  run.for_each_existing([&](x::DocExtraction&&) { ++folded; });
  CHECK(folded == docs.size());
  CHECK(written(run) == to_state(docs));
}
