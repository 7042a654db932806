#pragma once
// Shared by the English extract tests: a graph dumped from invented English texts, and rows of
// texts with the relation lines that must, and must not, be in it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/assemble.h"
#include "extract/extractor.h"
#include "extract_test_util.h"

namespace inmaek::extract::testing::en {

inline std::string graph_of(const std::vector<std::string>& texts, const std::string& lang = "") {
  Extractor x(testing::default_lexicon());
  std::vector<DocExtraction> docs;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Document d;
    d.text = texts[i];
    d.published = "2025-03-10";
    d.lang = lang;
    d.source = "doc" + std::to_string(i) + ".txt";
    docs.push_back(x.extract(d));
  }
  return dump(assemble(std::move(docs), *testing::default_lexicon()));
}

struct Row {
  std::string text;
  std::vector<std::string> expected;  // lines that must be in the dump
  std::vector<std::string> absent;    // lines that must not
};

inline void check_rows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const std::string g = graph_of({row.text});
    CAPTURE(g);
    for (const std::string& e : row.expected) CHECK(g.find(e + "\n") != std::string::npos);
    for (const std::string& e : row.absent) CHECK(g.find(e + "\n") == std::string::npos);
  }
}


}  // namespace inmaek::extract::testing::en
