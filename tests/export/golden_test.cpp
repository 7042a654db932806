// Golden files: the exact bytes each writer produces for the sample graphs. After an
// intended output change, regenerate them with
//   INMAEK_UPDATE_GOLDEN=1 ./build/tests/inmaek_export_tests -tc="golden*"
// and review the diff of tests/golden/.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "tests/export/export_test_util.h"
#include "tests/export/sample_graphs.h"

using namespace inmaek;

namespace {

std::string golden_path(const std::string& name) { return std::string(INMAEK_SOURCE_DIR) + "/tests/golden/" + name; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Compares text with the golden file, or rewrites the file when INMAEK_UPDATE_GOLDEN is set.
void check_golden(const std::string& name, const std::string& text) {
  const std::string path = golden_path(name);
  CAPTURE(path);
  if (const char* update = std::getenv("INMAEK_UPDATE_GOLDEN"); update && *update && std::string(update) != "0") {
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
    MESSAGE("updated " << path);
    return;
  }
  const std::string golden = read_file(path);
  REQUIRE_MESSAGE(!golden.empty(), "missing golden file; create it with INMAEK_UPDATE_GOLDEN=1");
  if (golden != text) {
    std::size_t at = 0;
    while (at < golden.size() && at < text.size() && golden[at] == text[at]) ++at;
    FAIL("differs from the golden file at byte " << at << ": expected \"" << golden.substr(at, 80) << "\", got \""
                                                 << text.substr(at, 80) << "\"");
  }
}

}  // namespace

TEST_CASE("golden: realistic graph in every format") {
  const KnowledgeGraph g = samples::realistic_graph();
  check_golden("realistic.graphml", testing::graphml_of(g));
  check_golden("realistic.dot", testing::dot_of(g));
  check_golden("realistic.jsonld", testing::jsonld_of(g));
}

TEST_CASE("golden: hostile graph in every format") {
  const KnowledgeGraph g = samples::hostile_graph();
  check_golden("hostile.graphml", testing::graphml_of(g));
  check_golden("hostile.dot", testing::dot_of(g));
  check_golden("hostile.jsonld", testing::jsonld_of(g));
}
