#include "extract/assemble.h"

#include "extract/assembler.h"

namespace inmaek::extract {

KnowledgeGraph assemble(const std::vector<DocExtraction>& docs, const Lexicon& lexicon) {
  Assembler a(lexicon);
  for (const DocExtraction& d : docs) a.add(d);  // the first document of each id counts
  return a.finish();
}

}  // namespace inmaek::extract
