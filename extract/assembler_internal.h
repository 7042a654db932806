#pragma once
// The accumulators of Assembler (extract/assembler.h), shared by assembler.cpp (folding a
// document in) and assembler_finish.cpp (the deterministic pass that makes the graph).
#include <cstdint>
#include <limits>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/assembler.h"
#include "extract/string_pool.h"
#include "graph/types.h"

namespace inmaek::extract {

inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// Union-find over nodes; the smaller index becomes the root, so lexicon entries (the first
// nodes) are the roots of their clusters, as in assemble().
struct UnionFind {
  std::vector<std::uint32_t> parent;
  std::uint32_t add() {
    parent.push_back(static_cast<std::uint32_t>(parent.size()));
    return parent.back();
  }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent[b] = a;
  }
};

// Where something was seen: document, then two indexes (entity and alias, or relation).
// Ordered by document id, then the indexes: the order assemble() visits documents in.
struct Pos {
  std::uint32_t doc = kNone;
  std::uint32_t a = 0, b = 0;
};

// One name of a node: how often local entities carried it, and the language of its last sighting.
struct NameCount {
  std::uint32_t name = kNone;
  std::uint32_t count = 0;
  std::uint32_t lang = kNone;
  Pos lang_pos;
};

// A node: a lexicon entry, a name key shared across documents, or a lone entity (a bare
// surname, which never joins others). `first` is the first local entity attached to it.
struct Node {
  Pos first;  // doc == kNone: no local entity has this node as its own
  EntityType type = EntityType::Organization;
  std::vector<NameCount> names;
};

// 40 bytes; the sentence is in the text store, and `rank` orders the distinct evidence
// sentences of one document as their texts do, so that evidence is sorted without reading
// sentences back.
struct EvidenceRef {
  std::uint64_t sentence_offset = 0;
  std::uint32_t sentence_size = 0;
  std::uint32_t doc = kNone;  // the document whose relation it is
  std::uint32_t doc_id = kNone, source = kNone, rule = kNone;  // strings
  std::uint32_t rank = 0;
  std::uint32_t begin = 0, end = 0;
};

// Relations between two nodes with one type, merged as merge_relation() merges them.
struct RelationAcc {
  std::uint32_t date = kNone, role = kNone;
  bool has_amount = false;
  std::uint32_t amount_text = kNone, amount_currency = kNone;
  double amount_value = 0;
  Pos amount_pos;  // among equal amounts the first one seen in document order is kept
  double confidence = 0;
  std::vector<EvidenceRef> evidence;
};

struct RelationKey {
  std::uint32_t subject, object;
  RelationType type;
  friend bool operator==(const RelationKey&, const RelationKey&) = default;
};
struct RelationKeyHash {
  std::size_t operator()(const RelationKey& k) const {
    return (static_cast<std::size_t>(k.subject) * 0x9E3779B97F4A7C15ull) ^ (static_cast<std::size_t>(k.object) << 4) ^
           static_cast<std::size_t>(k.type);
  }
};

struct DocInfo {
  std::string id;
  std::uint32_t source = kNone;
};

struct Assembler::Impl {
  Impl(const Lexicon& l, std::shared_ptr<TextStore> t);

  const Lexicon& lexicon;
  std::shared_ptr<TextStore> texts;  // evidence sentences
  std::uint32_t nlex = 0;
  // (type, transliteration key of a Hangul lexicon name) -> (entry, name)
  std::map<std::pair<int, std::string>, std::pair<std::uint32_t, std::string>> lex_variant;

  mutable std::mutex mu;  // guards everything below
  std::vector<DocInfo> docs;
  std::unordered_map<std::string, std::uint32_t> doc_index;
  std::map<std::string, std::string> adopted;  // doc id -> smallest other source
  StringPool strings;
  UnionFind uf;
  std::vector<Node> nodes;
  std::unordered_map<std::string, std::uint32_t> by_key;  // type + name key -> node
  // type + transliteration key -> name -> (first sighting, node)
  std::unordered_map<std::string, std::map<std::uint32_t, std::pair<Pos, std::uint32_t>>> by_variant;
  std::unordered_map<RelationKey, RelationAcc, RelationKeyHash> relations;

  // a < b in document order (document id, then the indexes).
  bool before(const Pos& a, const Pos& b) const {
    if (a.doc != b.doc) {
      if (a.doc == kNone || b.doc == kNone) return b.doc == kNone && a.doc != kNone;
      return docs[a.doc].id < docs[b.doc].id;
    }
    return a.a != b.a ? a.a < b.a : a.b < b.b;
  }
  std::uint32_t new_node(EntityType type) {
    nodes.push_back(Node{{}, type, {}});
    return uf.add();
  }
  void count_name(std::uint32_t node, std::uint32_t name, std::uint32_t lang, const Pos& at);
  // Frees every accumulator (after finish).
  void release();
  // Merges `from` into `into` as merge_relation() does (an `into` without evidence is empty).
  void fold(RelationAcc& into, RelationAcc&& from) const;
};

}  // namespace inmaek::extract
