#pragma once
// Shared by the Korean extract tests: a graph dumped from invented Korean texts (each dated by a
// news-site line), and rows of texts with the relation lines that must, and must not, be in it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/assemble.h"
#include "extract/extractor.h"
#include "extract_test_util.h"

namespace inmaek::extract::testing::ko {

// The graph assembled from invented texts, one document each.
inline KnowledgeGraph assembled(const std::vector<std::string>& texts) {
  Extractor x(testing::default_lexicon());
  std::vector<DocExtraction> docs;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Document d;
    d.text = "입력 2025.03.10 09:00\n" + texts[i];
    d.source = "doc" + std::to_string(i) + ".txt";
    docs.push_back(x.extract(d));
  }
  return assemble(std::move(docs), *testing::default_lexicon());
}

inline std::string graph_of(const std::vector<std::string>& texts) { return dump(assembled(texts)); }

// The graph's entities, one a line: "Type:name|alias|...|" (the canonical name first).
inline std::string names_of(const KnowledgeGraph& g) {
  std::string out;
  for (const Entity* e : g.entities()) {
    out += std::string(to_string(e->type)) + ":";
    for (const std::string& n : e->all_names()) out += n + "|";
    out += "\n";
  }
  return out;
}

struct Row {
  const char* text;
  std::vector<const char*> expected;  // lines that must be in the dump
  std::vector<const char*> absent;    // lines (or, with absent_anywhere, text) that must not
};

// absent_anywhere: an absent entry may not appear even as part of a longer line.
inline void check_rows(const std::vector<Row>& rows, bool absent_anywhere = false) {
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const std::string g = graph_of({row.text});
    CAPTURE(g);
    for (const char* e : row.expected) CHECK(g.find(std::string(e) + "\n") != std::string::npos);
    for (const char* e : row.absent) CHECK(g.find(absent_anywhere ? std::string(e) : std::string(e) + "\n") == std::string::npos);
  }
}

}  // namespace inmaek::extract::testing::ko
