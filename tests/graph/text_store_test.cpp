// MemoryTextStore (graph/text_store.h): evidence sentences named by (offset, size) (issue 5).
#include "graph/text_store.h"

#include <doctest/doctest.h>

#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using inmaek::MemoryTextStore;
using inmaek::TextRef;

TEST_CASE("MemoryTextStore: texts round-trip, the empty text is {0, 0}, many texts from several threads") {
  MemoryTextStore store;
  const TextRef empty = store.append("");
  CHECK(empty == TextRef{});
  CHECK(store.read(empty).empty());
  const TextRef a = store.append("샘 올트먼은 오픈AI를 설립했다.");
  const TextRef b = store.append(std::string("with\0nul", 8));
  CHECK(store.read(a) == "샘 올트먼은 오픈AI를 설립했다.");
  CHECK(store.read(b) == std::string("with\0nul", 8));
  CHECK(store.bytes() == a.size + b.size);
  CHECK_THROWS_AS(store.read(TextRef{store.bytes(), 1}), std::out_of_range);

  std::vector<std::vector<std::pair<TextRef, std::string>>> done(2);
  std::vector<std::thread> writers;
  for (std::size_t t = 0; t < 2; ++t)
    writers.emplace_back([&, t] {
      std::mt19937 rng(static_cast<unsigned>(t));
      for (int i = 0; i < 5000; ++i) {
        const std::string s = std::to_string(t) + ":" + std::string(rng() % 50, 'x') + std::to_string(i);
        done[t].emplace_back(store.append(s), s);
      }
    });
  for (auto& w : writers) w.join();
  int bad = 0;
  for (const auto& list : done)
    for (const auto& [ref, text] : list) bad += store.read(ref) != text;
  CHECK(bad == 0);
}
