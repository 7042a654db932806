// gather (tools/pipeline.h): every new document reaches the sink once, on any number of
// threads, and an error in the sink stops the run instead of being lost on a worker thread.
#include "tools/pipeline.h"

#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <sstream>
#include <string>

#include <spdlog/spdlog.h>

#include "graph/error.h"
#include "tests/tools/tools_test_util.h"

namespace t = inmaek::tools;
namespace x = inmaek::extract;
using inmaek::testing::TempDir;

namespace {

t::Options options(unsigned threads) {
  t::Options o = t::parse_options({"build", "--threads", std::to_string(threads), "-q", "--no-progress"});
  return o;
}

}  // namespace

TEST_CASE("gather: each new document goes to the sink once, known ones not at all") {
  TempDir dir;
  for (int i = 0; i < 12; ++i)
    inmaek::testing::write_file(dir / ("a" + std::to_string(i) + ".txt"),
                                inmaek::testing::kArticle + "기사 " + std::to_string(i) + "\n");
  inmaek::testing::write_file(dir / "copy.txt", inmaek::testing::kArticle + "기사 0\n");
  for (unsigned threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    const t::Options o = options(threads);
    std::ostringstream err;
    auto log = t::make_logger(o, err);
    std::istringstream in;
    std::mutex mu;
    std::multiset<std::string> seen;
    const auto got = t::gather(o, {dir.path().string()}, in, err, t::load_lexicon(o), {}, *log,
                               [&](x::DocExtraction&& d) {
                                 std::lock_guard lock(mu);
                                 seen.insert(d.doc_id);
                               });
    CHECK(got.documents == 12);
    CHECK(got.duplicates == 1);
    CHECK(seen.size() == 12);
    CHECK(std::set<std::string>(seen.begin(), seen.end()).size() == 12);
  }
}

TEST_CASE("gather: an error in the sink propagates, whatever the number of threads") {
  TempDir dir;
  for (int i = 0; i < 40; ++i)
    inmaek::testing::write_file(dir / ("a" + std::to_string(i) + ".txt"),
                                inmaek::testing::kArticle + "기사 " + std::to_string(i) + "\n");
  for (unsigned threads : {1u, 2u}) {
    CAPTURE(threads);
    const t::Options o = options(threads);
    std::ostringstream err;
    auto log = t::make_logger(o, err);
    std::istringstream in;
    std::atomic<int> calls{0};
    CHECK_THROWS_AS(t::gather(o, {dir.path().string()}, in, err, t::load_lexicon(o), {}, *log,
                              [&](x::DocExtraction&&) {
                                if (++calls == 3) throw inmaek::IoError("run file: disk full");
                              }),
                    inmaek::IoError);
  }
}
