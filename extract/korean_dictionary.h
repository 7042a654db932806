#pragma once
// The Korean word list of Debian's hunspell-ko (spellcheck-ko), compiled into the binary, plus the
// team's list of loanwords common in technology and business news that it lacks
// (extract/data/ko_common_words.txt). Discovery asks it whether an unknown Hangul word is an
// ordinary word of the language; a word that is not may be a name.
#include <string_view>

namespace inmaek::extract {

// True when `word` (NFC Hangul, no particle) is a dictionary word: a noun, an adverb, or a verb
// or adjective form the dictionary lists ("설립", "병원", "가까이", "가감한").
bool is_dictionary_word(std::string_view word);

// True when `word` splits entirely into dictionary words of at least two syllables each, with at
// most one one-syllable derivational suffix at the end ("데이터센터", "의료영상", "판독결과",
// "거대언어모델", "소비자용"): a compound common noun, not a name.
bool is_dictionary_compound(std::string_view word);

// Number of words loaded (for tests and diagnostics).
std::size_t dictionary_size();

}  // namespace inmaek::extract
