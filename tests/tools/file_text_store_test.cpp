// FileTextStore (tools/file_text_store.h): evidence sentences in a temporary file (issue 5).
#include "tools/file_text_store.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "graph/error.h"

using inmaek::TextRef;
using inmaek::tools::FileTextStore;
namespace fs = std::filesystem;

namespace {

// A fresh empty directory under the system temporary directory.
fs::path scratch_dir(const std::string& name) {
  const fs::path d = fs::temp_directory_path() / ("inmaek-text-store-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string text_for(std::size_t i, std::mt19937& rng) {
  std::string s = "문장 " + std::to_string(i) + " ";
  const std::size_t extra = rng() % 300;
  for (std::size_t k = 0; k < extra; ++k) s += static_cast<char>('a' + (i + k) % 26);
  return s;
}

}  // namespace

TEST_CASE("FileTextStore: texts round-trip before and after the file is made, the empty text is {0, 0}") {
  const fs::path dir = scratch_dir("roundtrip");
  for (bool file : {false, true}) {
    CAPTURE(file);
    FileTextStore store(dir.string());
    if (file) store.append(std::string((std::size_t{1} << 20) + 1, 'f'));  // written: the file is made
    const std::uint64_t before = store.bytes();
    const TextRef empty = store.append("");
    CHECK(empty == TextRef{});
    CHECK(store.read(empty).empty());
    const TextRef a = store.append("샘 올트먼은 오픈AI를 설립했다.");
    const TextRef b = store.append(std::string("with\0nul", 8));
    const TextRef c = store.append("a");
    CHECK(store.read(a) == "샘 올트먼은 오픈AI를 설립했다.");
    CHECK(store.read(b) == std::string("with\0nul", 8));
    CHECK(store.read(c) == "a");
    CHECK(store.read(empty).empty());
    CHECK(store.bytes() == before + a.size + b.size + c.size);
    CHECK(store.has_file() == file);
  }
  fs::remove_all(dir);
}

TEST_CASE("FileTextStore: many texts across the file's flushes, read back in any order from several threads") {
  const fs::path dir = scratch_dir("many");
  {
    FileTextStore store(dir.string());
    std::mt19937 rng(5);
    std::vector<std::string> texts;
    std::vector<TextRef> refs;
    for (std::size_t i = 0; i < 30000; ++i) {  // ~5 MB: several flushes of the 1 MB buffer
      texts.push_back(i % 7000 == 0 ? std::string((std::size_t{1} << 20) + 3, static_cast<char>('A' + i % 26))
                                    : text_for(i, rng));
      refs.push_back(store.append(texts.back()));
      if (i % 5000 == 0) CHECK(store.read(refs[i / 2]) == texts[i / 2]);  // reads while appending
    }
    CHECK(store.has_file());
    std::vector<std::size_t> order(texts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<int> bad(2, 0);
    std::vector<std::thread> readers;
    for (int t = 0; t < 2; ++t)
      readers.emplace_back([&, t] {
        std::string buf;
        for (std::size_t k = static_cast<std::size_t>(t); k < order.size(); k += 2) {
          store.read(refs[order[k]], buf);
          bad[static_cast<std::size_t>(t)] += buf != texts[order[k]];
        }
      });
    for (auto& r : readers) r.join();
    CHECK(bad[0] == 0);
    CHECK(bad[1] == 0);
    // The file has no name: nothing is left in the directory, even while the store is open.
    CHECK(fs::is_empty(dir));
  }
  CHECK(fs::is_empty(dir));
  fs::remove_all(dir);
}

TEST_CASE("FileTextStore: a directory that cannot hold the file is an IoError naming it, when texts are written") {
  const fs::path dir = fs::temp_directory_path() / "inmaek-text-store-test-missing" / "nowhere";
  FileTextStore store(dir.string());  // nothing is made yet
  const std::string big((std::size_t{1} << 20) + 1, 'x');
  CHECK_THROWS_AS(store.append(big), inmaek::IoError);
  try {
    store.append(big);
  } catch (const inmaek::IoError& e) {
    CHECK(std::string(e.what()).find("nowhere") != std::string::npos);
  }
}
