#pragma once
// Words (어절) of a sentence: whitespace-separated, with surrounding punctuation noted.
#include <string_view>
#include <vector>

#include "extract/span.h"

namespace inmaek::extract {

struct Token {
  Span span;              // the word without leading/trailing punctuation, into the text
  std::string_view text;  // that word
  bool comma_after = false;   // a ',' or '、' follows the word
  bool open_before = false;   // an opening quote or bracket precedes it
  bool close_after = false;   // a closing quote or bracket follows it
  bool paren_open_before = false;
  bool dash_after = false;    // an em or en dash stands before the next word: "Tern — Palisade"
  bool arrow_after = false;   // an arrow does (dash_after is set too): "Ethan Caldwell → Maru Labs"
  bool equals_after = false;  // an equals sign follows (comma_after is set too): a panel's "▶박지훈=", "X 대표 = …"
  bool ellipsis_after = false;  // an ellipsis follows, which parts a headline's phrases: "루멘텐서 인수…창업자 가오수이 영입"
};

// Splits `text[sentence]` into words. Punctuation-only pieces are dropped.
std::vector<Token> tokenize(std::string_view text, Span sentence);

// Drops a photo caption's position markers, "(left)", "(right)", "(center)", "(L)": "Perihelion's
// cofounders Nadia Petrossian (left) and Haruto Ishikawa" reads as a list of two, and "left" is no
// departure.
void drop_photo_positions(std::vector<Token>& tokens);

// Drops the list mark that opens an English line ("- Ana Lopes, co-founder and CEO, Orbit Labs",
// "• Ben Ito, partner, Cedar Fund"): the name after it opens the sentence. Korean documents keep it
// (an interview's hyphen marks its questions).
void drop_list_mark(std::vector<Token>& tokens);

// True when the code point is punctuation that tokenize() strips from word edges.
bool is_edge_punct(char32_t c);

}  // namespace inmaek::extract
