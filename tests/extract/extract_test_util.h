#pragma once
// Shared by the extract tests: the project's lexicon, built once.
#include <memory>

#include "extract/lexicon.h"

namespace inmaek::extract::testing {

inline std::shared_ptr<const Lexicon> default_lexicon() {
  static const std::shared_ptr<const Lexicon> lex = [] {
    LexiconBuilder b;
    b.add_tsv(default_lexicon_tsv(), "lexicon.tsv");
    return b.freeze();
  }();
  return lex;
}

}  // namespace inmaek::extract::testing
