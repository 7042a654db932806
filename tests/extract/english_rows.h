#pragma once
// Shared by the English extract tests: a graph dumped from invented English texts, and rows of
// texts with the relation lines that must, and must not, be in it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/assemble.h"
#include "extract/extractor.h"
#include "extract_test_util.h"

namespace inmaek::extract::testing::en {

// The graph assembled from invented texts, one document each (published 2025-03-10).
inline KnowledgeGraph assembled(const std::vector<std::string>& texts, const std::string& lang = "") {
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
  return assemble(std::move(docs), *testing::default_lexicon());
}

inline std::string graph_of(const std::vector<std::string>& texts, const std::string& lang = "") {
  return dump(assembled(texts, lang));
}

// The subject, "(Name", of the dump's first line that goes on with `rest` (")-[left]->(Naver)"); empty when none does.
inline std::string subject_of(const std::string& g, const std::string& rest) {
  const std::size_t at = g.find(rest);
  return at == std::string::npos ? std::string() : g.substr(g.rfind('(', at), at - g.rfind('(', at));
}

// "Name (Type)" of every entity of the graph of the texts, one per line, sorted.
inline std::string entities_of(const std::vector<std::string>& texts) {
  const KnowledgeGraph g = assembled(texts);
  std::vector<std::string> lines;
  for (const Entity* e : g.entities()) lines.push_back(e->name + " (" + std::string(to_string(e->type)) + ")");
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// True when one entity of g is named both a and b (among its names and aliases).
inline bool together(const KnowledgeGraph& g, const std::string& a, const std::string& b) {
  for (const Entity* x : g.entities()) {
    const std::vector<std::string> names = x->all_names();
    if (std::find(names.begin(), names.end(), a) != names.end()) return std::find(names.begin(), names.end(), b) != names.end();
  }
  return false;
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
