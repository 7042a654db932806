#pragma once
// The accumulators of Assembler (extract/assembler.h), shared by assembler.cpp (folding a
// document in) and assembler_finish.cpp (the deterministic pass that makes the graph).
#include <cstdint>
#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <new>
#include <type_traits>
#include <limits>
#include <memory>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/assembler.h"
#include "extract/string_pool.h"
#include "graph/text_store.h"
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

// A vector of trivially copyable elements in blocks of 2^16, each mapped from the system on its
// own: growing never copies what is there (a large accumulator does not need twice its size
// while it grows), and a released block goes back to the system at once rather than to the
// allocator's free lists, so the graph built from it can take its place (issue 5).
template <class T>
class ChunkedVector {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  static constexpr std::size_t kShift = 16;
  ChunkedVector() = default;
  ChunkedVector(const ChunkedVector&) = delete;
  ChunkedVector& operator=(const ChunkedVector&) = delete;
  ~ChunkedVector() { clear(); }

  std::size_t size() const { return size_; }
  T& operator[](std::size_t i) { return blocks_[i >> kShift][i & kMask]; }
  const T& operator[](std::size_t i) const { return blocks_[i >> kShift][i & kMask]; }
  void push_back(const T& v) {
    if ((size_ & kMask) == 0) blocks_.push_back(map_block());
    (*this)[size_++] = v;
  }
  void clear() {
    for (T* b : blocks_) unmap_block(b);
    std::vector<T*>().swap(blocks_);
    size_ = 0;
  }
  // Frees the blocks wholly below element i (which must not be read again).
  void release_before(std::size_t i) {
    for (std::size_t b = 0; b < (i >> kShift) && b < blocks_.size(); ++b) {
      unmap_block(blocks_[b]);
      blocks_[b] = nullptr;
    }
  }

 private:
  static constexpr std::size_t kMask = (std::size_t{1} << kShift) - 1;
  static constexpr std::size_t kBytes = sizeof(T) << kShift;
  static T* map_block() {
    void* p = ::mmap(nullptr, kBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    return static_cast<T*>(p);
  }
  static void unmap_block(T* b) {
    if (b) ::munmap(b, kBytes);
  }
  std::vector<T*> blocks_;
  std::size_t size_ = 0;
};

// One evidence record, 44 bytes (all 32-bit fields); the sentence is in the text store, and
// `rank` orders the distinct evidence sentences of one document as their texts do, so that
// evidence is sorted without reading sentences back.
struct EvidenceRef {
  std::uint32_t offset_low = 0, offset_high = 0, sentence_size = 0;  // the sentence's TextRef
  std::uint32_t doc = kNone;  // the document whose relation it is
  std::uint32_t doc_id = kNone, source = kNone, rule = kNone;  // strings
  std::uint32_t rank = 0;
  std::uint32_t begin = 0, end = 0;
  std::uint32_t relation = kNone;  // index in Impl::relations (in finish(): of the graph's relation)
  TextRef sentence() const { return {(std::uint64_t{offset_high} << 32) | offset_low, sentence_size}; }
};

// An amount of a relation, with where it was seen (among equal amounts the first one seen in
// document order is kept).
struct AmountAcc {
  double value = 0;
  std::uint32_t text = kNone, currency = kNone;
  Pos pos;
};

// Relations between two nodes with one type, merged as merge_relation() merges them: 32 bytes
// (their evidence records name them).
struct RelationAcc {
  double confidence = 0;
  std::uint32_t subject = kNone, object = kNone;  // nodes
  std::uint32_t date = kNone, role = kNone;
  std::uint32_t amount = kNone;  // in Impl::amounts
  RelationType type = RelationType::Founded;
};

// (subject, type, object) -> index in Impl::relations, by open addressing on 32-bit slots.
class RelationIndex {
 public:
  // The slot of the key: holding its index, or kNone where it would go.
  template <class KeyOf>
  std::uint32_t& find(std::uint32_t subject, std::uint32_t object, RelationType type, const KeyOf& key_of) {
    if ((used_ + 1) * 2 > slots_.size()) grow(key_of);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(subject, object, type) & mask;; i = (i + 1) & mask) {
      std::uint32_t& slot = slots_[i];
      if (slot == kNone) return slot;
      const RelationAcc& r = key_of(slot);
      if (r.subject == subject && r.object == object && r.type == type) return slot;
    }
  }
  void added() { ++used_; }
  void clear() {
    std::vector<std::uint32_t>().swap(slots_);
    used_ = 0;
  }

 private:
  static std::size_t hash(std::uint32_t s, std::uint32_t o, RelationType t) {
    std::uint64_t h = (std::uint64_t{s} << 32 | o) * 0x9E3779B97F4A7C15ull;
    h ^= static_cast<std::uint64_t>(t) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  template <class KeyOf>
  void grow(const KeyOf& key_of) {
    std::vector<std::uint32_t> old(std::max<std::size_t>(1024, slots_.size() * 2), kNone);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t idx : old) {
      if (idx == kNone) continue;
      const RelationAcc& r = key_of(idx);
      std::size_t i = hash(r.subject, r.object, r.type) & mask;
      while (slots_[i] != kNone) i = (i + 1) & mask;
      slots_[i] = idx;
    }
  }
  std::vector<std::uint32_t> slots_;
  std::size_t used_ = 0;
};

struct DocInfo {
  std::uint32_t id = kNone, source = kNone;  // strings
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
  std::vector<std::uint32_t> doc_of;  // string -> the document with that id (kNone: none)
  std::map<std::string, std::string> adopted;  // doc id -> smallest other source
  StringPool strings;
  UnionFind uf;
  std::vector<Node> nodes;
  struct KeyNode {
    std::uint32_t node = kNone;
    bool spaced = false;  // some name with this key has a space ("Tsubame Electric", not "Lim")
  };
  std::unordered_map<std::string, KeyNode> by_key;  // type + name key -> node
  // a Latin person name of three words keyed without its middle one -> the nodes of such names
  // ("Wanjiru Njoroge Kamau" under "Wanjiru Kamau"), for the two-word name that comes later
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_short;
  // a Latin person's given name whole or less one letter, with the surname -> the first node of such
  // a name (spelling_keys in assembler.cpp)
  std::unordered_map<std::string, std::uint32_t> by_spelling;
  // type + transliteration key -> name -> (first sighting, node)
  std::unordered_map<std::string, std::map<std::uint32_t, std::pair<Pos, std::uint32_t>>> by_variant;
  ChunkedVector<RelationAcc> relations;
  RelationIndex relation_index;
  ChunkedVector<EvidenceRef> evidence;
  std::vector<AmountAcc> amounts;

  // a < b in document order (document id, then the indexes).
  bool before(const Pos& a, const Pos& b) const {
    if (a.doc != b.doc) {
      if (a.doc == kNone || b.doc == kNone) return b.doc == kNone && a.doc != kNone;
      return strings[docs[a.doc].id] < strings[docs[b.doc].id];
    }
    return a.a != b.a ? a.a < b.a : a.b < b.b;
  }
  const std::string& doc_id(std::uint32_t doc) const { return strings[docs[doc].id]; }
  std::uint32_t new_node(EntityType type) {
    nodes.push_back(Node{{}, type, {}});
    return uf.add();
  }
  void count_name(std::uint32_t node, std::uint32_t name, std::uint32_t lang, const Pos& at);
  // Adds to the votes of each root in `votes` the type each of its relations calls for ("developed"
  // a product, "works for" a person and an organisation): for a cluster of several types.
  void vote_by_relations(std::unordered_map<std::uint32_t, std::array<int, 3>>& votes);
  // Frees every accumulator (after finish).
  void release();
  // Merges the attributes of `from` into `into` as merge_relation() does.
  void fold(RelationAcc& into, const RelationAcc& from);
  // Adds `r` (with its one evidence record `e`), or folds it into the relation with its key.
  void add_relation(RelationAcc r, EvidenceRef e);
};

// Whether name sightings (`votes`, by EntityType) give a cluster several types.
inline bool several_types(const std::array<int, 3>& votes) {
  return (votes[0] > 0) + (votes[1] > 0) + (votes[2] > 0) > 1;
}

// The type of a cluster of several types: the one most votes (name sightings, then relations: see
// Impl::vote_by_relations) give, an organisation on a tie.
inline EntityType voted_type(const std::array<int, 3>& votes) {
  std::size_t best = static_cast<std::size_t>(EntityType::Organization);
  for (std::size_t t = 0; t < 3; ++t)
    if (votes[t] > votes[best]) best = t;
  return static_cast<EntityType>(best);
}

// A company's name without the abbreviated legal form that ends it ("Mizuchi Labs K.K" -> "Mizuchi
// Labs"; assembler_finish.cpp).
std::string without_legal_form(const std::string& name);

// Joins clusters across scripts (assembler_join.cpp), comparing names on up to `threads` threads;
// the result does not depend on the thread count.
void join_across_languages(Assembler::Impl& s, unsigned threads);

// The other usual forms of a given name (lower case): "nell" -> "eleanor", "michael" -> "mike", "bill" (assembler.cpp).
std::vector<std::string_view> other_given_name_forms(std::string_view first);

}  // namespace inmaek::extract
