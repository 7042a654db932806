#pragma once
// Documents to one graph: resolves each document's entities across documents (lexicon
// entries, shared names, transliteration variants) and adds every relation with its evidence.
#include <vector>

#include "extract/document.h"
#include "graph/knowledge_graph.h"

namespace inmaek::extract {

class Lexicon;

// The result depends only on the set of documents (by doc_id), not on their order: documents
// count in order of id, of several with one id the first given counts, and canonical names are
// chosen by frequency with lexicographic tie-breaks. The same as an Assembler (assembler.h) fed
// every document. Relations between entities whose types ANNOTATION.md does not
// allow are dropped.
KnowledgeGraph assemble(const std::vector<DocExtraction>& docs, const Lexicon& lexicon);

}  // namespace inmaek::extract
