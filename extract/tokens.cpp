#include "extract/tokens.h"

#include <algorithm>

#include "extract/utf8.h"

namespace inmaek::extract {

bool is_edge_punct(char32_t c) {
  switch (c) {
    case '\'': case '"': case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case ',': case '.': case '!': case '?': case ';': case ':': case 0x2026: case 0x3001: case 0x3002:
    case 0xB7: case 0xFF0C: case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F: case 0x3008: case 0x3009: case 0x300A: case 0x300B: case 0x2015: case 0x2014:
    case 0x2013: case '/': case '*': case '~': case '#': case '=': case 0x25B2: case 0x25B3: case 0x25B6:
    case 0x25A0: case 0x25A1: case 0x2022: case 0x2219:
      return true;
    default:
      // list marks of Korean announcements and arrows: "◇한빛인베스트먼트", "▲부사장 김민수", "※", "★", "→"
      return (c >= 0x25A0 && c <= 0x25FF) || c == 0x203B || c == 0x2605 || c == 0x2606 || (c >= 0x2190 && c <= 0x21FF);
  }
}

namespace {
bool is_open(char32_t c) {
  return c == '\'' || c == '"' || c == '(' || c == '[' || c == '<' || c == 0x2018 || c == 0x201C ||
         c == 0x300C || c == 0x300E || c == 0x3008 || c == 0x300A;
}
bool is_close(char32_t c) {
  return c == '\'' || c == '"' || c == ')' || c == ']' || c == '>' || c == 0x2019 || c == 0x201D ||
         c == 0x300D || c == 0x300F || c == 0x3009 || c == 0x300B;
}
}  // namespace

std::vector<Token> tokenize(std::string_view text, Span sentence) {
  std::vector<Token> out;
  std::size_t i = sentence.begin;
  const std::size_t end = std::min(sentence.end, text.size());
  while (i < end) {
    // (a double hyphen is a dash, between words or inside one: "March 3, 2026--Parallax Reasoning")
    auto double_hyphen = [&](std::size_t at) { return at + 1 < end && text[at] == '-' && text[at + 1] == '-'; };
    // (an equals sign joins a speaker or a heading to what follows: "▶박지훈=서린그룹 IT 계열사인", a word
    // boundary like a space)
    while (i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '=' || double_hyphen(i))) i += double_hyphen(i) ? 2 : 1;
    if (i >= end) break;
    std::size_t w_begin = i;
    // an ellipsis inside a word ends it: headlines write "주도…카카오벤처스" for two phrases (and an
    // arrow: "싱킹머신즈랩→오픈AI", a move from one company to another)
    auto arrow = [&](std::size_t at) {
      return at + 2 < end && text[at] == '\xE2' && (text[at + 1] == '\x86' || text[at + 1] == '\x87');
    };
    // (and a middle dot after a closing parenthesis parts two items of a list: "기욤 랑플(Guillaume
    // Lample)·티모테 라크루아(Timothée Lacroix)가")
    auto listing_dot = [&](std::size_t at) { return at > 0 && at + 1 < end && text.compare(at, 2, "\xC2\xB7") == 0 && text[at - 1] == ')'; };
    while (i < end && text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '=' &&
           !(i > w_begin && (text.compare(i, 3, "\xE2\x80\xA6") == 0 || double_hyphen(i) || arrow(i) || listing_dot(i))))
      ++i;
    std::size_t w_end = i;
    Token t;
    // strip leading punctuation
    std::size_t b = w_begin;
    while (b < w_end) {
      std::size_t j = b;
      char32_t c = decode_utf8(text, j);
      if (!is_edge_punct(c)) break;
      if (is_open(c)) t.open_before = true;
      if (c == '(') t.paren_open_before = true;
      b = j;
    }
    // strip trailing punctuation
    std::size_t e = w_end;
    while (e > b) {
      std::size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
      std::size_t j = k;
      char32_t c = decode_utf8(text, j);
      if (!is_edge_punct(c)) break;
      if (c == ',' || c == 0x3001 || c == 0xFF0C) t.comma_after = true;
      if (is_close(c)) t.close_after = true;
      e = k;
    }
    if (e <= b) continue;
    if (listing_dot(w_end)) t.comma_after = true;
    t.span = {b, e};
    t.text = text.substr(b, e - b);
    out.push_back(t);
  }
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    const std::string_view gap = text.substr(out[k].span.end, out[k + 1].span.begin - out[k].span.end);
    // (a lone hyphen or bar is no edge punctuation: it stays a word of its own)
    // (an arrow too: "Ethan Caldwell → Maru Labs", who moved where)
    out[k].arrow_after = gap.find("\xE2\x86\x92") != std::string_view::npos || gap.find("\xE2\x87\x92") != std::string_view::npos;
    out[k].equals_after = gap.find('=') != std::string_view::npos;
    out[k].ellipsis_after = gap.find("\xE2\x80\xA6") != std::string_view::npos;
    out[k].dash_after = gap.find("\xE2\x80\x94") != std::string_view::npos || gap.find("\xE2\x80\x93") != std::string_view::npos ||
                        gap.find("--") != std::string_view::npos || out[k].arrow_after;
    // a bullet or a bar standing between words separates as a comma does: a profile's
    // "Llion Jones • Co-founder at Sakana AI", "Research Lead at Sakana AI | ex-Samsung Research"
    // (and a middle dot standing alone: "by Ananya Krishnan · 9 min read")
    if (gap.find(" \xE2\x80\xA2 ") != std::string_view::npos || gap.find(" | ") != std::string_view::npos ||
        gap.find(" \xC2\xB7 ") != std::string_view::npos || gap.find('=') != std::string_view::npos)
      out[k].comma_after = true;
  }
  return out;
}

void drop_photo_positions(std::vector<Token>& tokens) {
  static constexpr std::string_view kPositions[] = {"left", "right", "center", "centre", "L", "R", "C", "Left", "Right", "Center"};
  std::vector<Token> kept;
  kept.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const bool position = i > 0 && t.paren_open_before && t.close_after &&
                          std::find(std::begin(kPositions), std::end(kPositions), t.text) != std::end(kPositions);
    if (!position) {
      kept.push_back(t);
      continue;
    }
    kept.back().comma_after = kept.back().comma_after || t.comma_after;  // "X (left), Y and Z"
  }
  tokens = std::move(kept);
}

void drop_list_mark(std::vector<Token>& tokens) {
  static constexpr std::string_view kMarks[] = {"-", "*", "\u2022", "\u2013", "\u2014", "\u00B7"};
  if (tokens.size() >= 2 && std::find(std::begin(kMarks), std::end(kMarks), tokens.front().text) != std::end(kMarks))
    tokens.erase(tokens.begin());
}

}  // namespace inmaek::extract
