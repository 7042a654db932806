#include "extract/word_trie.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace inmaek::extract;

namespace {

std::vector<std::uint32_t> matches(const WordTrie& trie, std::string_view word) {
  std::vector<std::uint32_t> out;
  trie.for_each_match(word, [&](std::uint32_t i) { out.push_back(i); });
  return out;
}

}  // namespace

TEST_CASE("WordTrie finds the entries a word starts or ends with, shortest first, equal entries in table order") {
  const std::vector<std::string_view> table = {"대표", "대표이사", "CEO", "대", "대표", "회사", "는", "에서는"};
  const WordTrie prefixes(table, WordTrie::Direction::Prefix);
  const WordTrie suffixes(table, WordTrie::Direction::Suffix);
  struct Row {
    const char* word;
    std::vector<std::uint32_t> prefix;
    std::vector<std::uint32_t> suffix;
  };
  const Row rows[] = {
      {"대표이사는", {3, 0, 4, 1}, {6}},
      {"대표", {3, 0, 4}, {0, 4}},
      {"CEOs", {2}, {}},
      {"회사에서는", {5}, {6, 7}},
      {"", {}, {}},
      {"표", {}, {}},
      {"\xff\xfe", {}, {}},  // bytes in no entry
  };
  for (const Row& row : rows) {
    const std::string word = row.word;
    CAPTURE(word);
    CHECK(matches(prefixes, word) == row.prefix);
    CHECK(matches(suffixes, word) == row.suffix);
  }
}
