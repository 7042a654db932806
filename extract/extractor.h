#pragma once
// Text to facts: the whole extraction of one document. An Extractor is built once from a
// frozen lexicon and is safe to share between threads (extract() is const and keeps no state).
#include <memory>

#include "extract/document.h"

namespace inmaek::extract {

class Lexicon;

struct ExtractorOptions {
  double min_confidence = 0.0;  // relations below this are dropped
};

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions opt = {});
  // Entities and relations of one document, with evidence quoting the original text.
  DocExtraction extract(const Document& doc) const;
  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  ExtractorOptions opt_;
  bool debug_ = false;  // INMAEK_DEBUG_SENTENCES set: print each sentence's mentions to stderr
};

}  // namespace inmaek::extract
