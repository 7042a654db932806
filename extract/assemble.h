#pragma once
// Documents to one graph: resolves each document's entities across documents (lexicon
// entries, shared names, transliteration variants) and adds every relation with its evidence.
#include <vector>

#include "extract/document.h"
#include "graph/knowledge_graph.h"

namespace inmaek::extract {

class Lexicon;

// The result depends only on the set of documents (by doc_id), not on their order: documents
// are sorted by id, duplicates (same id) read once, and canonical names chosen by frequency
// with lexicographic tie-breaks. Relations between entities whose types ANNOTATION.md does not
// allow are dropped.
KnowledgeGraph assemble(const std::vector<DocExtraction>& docs, const Lexicon& lexicon);

}  // namespace inmaek::extract
