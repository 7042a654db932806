#pragma once
// Documents folded into one graph as they are extracted, so that a build keeps what the graph
// needs (names, relation attributes, evidence with interned strings) and not every
// DocExtraction until the end (issue 5).
#include <cstddef>
#include <memory>
#include <string>

#include "extract/document.h"
#include "graph/knowledge_graph.h"
#include "graph/text_store.h"

namespace inmaek::extract {

class Lexicon;

// Accumulates documents in any order, from any number of threads, and yields the graph that
// assemble() makes of the same set of documents, byte for byte once written: the order
// dependent choices of assemble (the first name of a transliteration group, the language of a
// name, the amount kept among equals, the entity that keeps a contested id) are made in
// finish() from document ids and positions, never from arrival order.
class Assembler {
 public:
  // `lexicon` must outlive the assembler. Evidence sentences go to `texts` as documents are
  // added (a memory store when null; a file-backed store keeps a large build's sentences out
  // of RAM), and the graph of finish() reads them from there.
  explicit Assembler(const Lexicon& lexicon, std::shared_ptr<TextStore> texts = nullptr);
  ~Assembler();
  Assembler(const Assembler&) = delete;
  Assembler& operator=(const Assembler&) = delete;

  // Folds `d` in; the caller may drop it afterwards. Thread safe. A document whose id was
  // added before is ignored (returns false): callers decide which copy of a document counts.
  // Relations whose endpoints are not indexes into d.entities are ignored.
  bool add(const DocExtraction& d);

  // Document `doc_id` was read from `source` too. When `source` is smaller than the document's
  // own source it replaces it, in the evidence as well (what adopt_sources does to extractions).
  // May come before or after the document's add(). Thread safe.
  void adopt_source(const std::string& doc_id, const std::string& source);

  std::size_t documents() const;

  // The graph of every document added. Call once: the accumulators are released (the graph
  // shares the interned texts), and the assembler is empty afterwards. `threads`: how many
  // threads may compare names across languages (the graph is the same for any number).
  KnowledgeGraph finish(unsigned threads = 1);

  struct Impl;  // the accumulators (assembler_internal.h)

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace inmaek::extract
