#pragma once
// Sentence splitting for Korean and English news text.
#include <vector>

#include "extract/span.h"

namespace inmaek::extract {

struct Text;

// Splits text.norm[paragraph] into sentences, in order, as trimmed non-empty spans into norm.
// A sentence ends at . ! ? 。 (or a run of them) followed by whitespace, a closing quote or
// bracket and then whitespace, or the end of the paragraph; at a newline; and at the paragraph
// end (headlines need no final punctuation). A period right after a Korean final ending
// (다 요 죠 까) ends the sentence even with no space after it ("했습니다.내부").
// No split: inside parentheses/brackets; inside "..." (a quote ending in a mark and followed by
// a particle, as in `"...했다."라고`, continues the sentence); in numbers (2.5, 10.3%); after
// abbreviations (Mr. Dr. Inc. Corp. Co. Ltd. U.S. Jan. vs. e.g. ...) and single initials;
// after a list number at the paragraph start ("1. "); at ellipses (… or ...), unless they
// follow a Korean final ending or precede a capital letter.
// Requires paragraph.begin <= paragraph.end <= text.norm.size().
std::vector<Span> split_sentences(const Text& text, Span paragraph);

}  // namespace inmaek::extract
