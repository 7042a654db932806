// English relation rules. Placeholder: the English extractor is issue 6 (in progress).
#include "extract/extractor_internal.h"

namespace inmaek::extract {

std::vector<Found> apply_rules_en(const RuleContext&) { return {}; }

void discover_en(const Sentence& s, const std::vector<bool>& lex_token, std::vector<Candidate>& out) {
  discover(s, lex_token, out);  // the Korean discovery also finds Latin names
}

std::optional<PronounHit> english_pronoun(const Sentence&, int) { return std::nullopt; }

}  // namespace inmaek::extract
