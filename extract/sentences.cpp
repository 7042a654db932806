#include "extract/sentences.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/english_words.h"
#include "extract/scan_internal.h"
#include "extract/text.h"

namespace inmaek::extract {
namespace {

using namespace std::string_view_literals;

// Tokens that end with a period without ending the sentence (compared without the last '.').
constexpr std::array kAbbreviations = {
    "Mr"sv,  "Mrs"sv, "Ms"sv,  "Dr"sv,   "Prof"sv, "Sr"sv,  "Jr"sv,  "St"sv,  "Inc"sv, "Corp"sv,
    "Co"sv,  "Ltd"sv, "Bros"sv, "vs"sv,  "etc"sv,  "e.g"sv, "i.e"sv, "U.S"sv, "U.K"sv, "U.N"sv,
    "E.U"sv, "Jan"sv, "Feb"sv, "Mar"sv,  "Apr"sv,  "Jun"sv, "Jul"sv, "Aug"sv, "Sep"sv, "Sept"sv,
    "Oct"sv, "Nov"sv, "Dec"sv, "No"sv,   "Nos"sv,  "Gen"sv, "Gov"sv, "Sen"sv, "Rep"sv, "Rev"sv,
    "Mt"sv,  "Ave"sv, "Fig"sv, "al"sv,   "approx"sv, "Lt"sv, "Col"sv, "Sgt"sv, "Capt"sv, "Ph.D"sv,
    "a.m"sv, "p.m"sv, "Sdn"sv, "Brig"sv, "Maj"sv, "Adm"sv, "Cmdr"sv, "Cdr"sv, "Cpl"sv,
    // (Muhammad written short before a South Asian or Malay name: "Md. Rafiqul Islam", "Mohd. Faizal")
    "Md"sv, "Mohd"sv, "Muhd"sv,
};

// Legal forms of other countries, which end a sentence unless a word in lower case follows:
// "Verdant Compute B.V. was founded ..." but "... established Orbisant Japan K.K. The unit ..."
constexpr std::array kLegalForms = {"B.V"sv, "N.V"sv, "S.A"sv, "K.K"sv, "S.p.A"sv, "Pte"sv, "Pvt"sv, "Bhd"sv};

// Syllables that end a Korean sentence (했다, 합니다, 해요, 하죠, 합니까).
bool is_final_ending(char32_t c) { return c == U'다' || c == U'요' || c == U'죠' || c == U'까'; }

bool is_open_bracket(char ch) { return ch == '(' || ch == '[' || ch == '{'; }
bool is_close_bracket(char ch) { return ch == ')' || ch == ']' || ch == '}'; }

// Length of the sentence-final mark at byte i (. ! ? 。 …), 0 if none.
std::size_t mark_len(std::string_view s, std::size_t i) {
  const auto ch = static_cast<unsigned char>(s[i]);
  if (ch == '.' || ch == '!' || ch == '?') return 1;
  if (ch != 0xE3 && ch != 0xE2) return 0;
  if (scan::starts_at(s, i, "\u3002") || scan::starts_at(s, i, "\u2026")) return 3;
  return 0;
}

// Letters each followed by a full stop, two or more, the last one's stop at mark_begin ("S.A. de C.V.",
// "A.Ş."), and the next word after `k` in lower case: a legal form or initials inside the sentence
// ("Nopal Cómputo S.A. de C.V.) said", "Çınar Yapay Zeka A.Ş. on the paperwork").
bool dotted_initials_go_on(std::string_view s, std::size_t begin, std::size_t end, std::size_t mark_begin, std::size_t k) {
  std::size_t n = k;
  while (n < end && (s[n] == ' ' || s[n] == '\t')) ++n;
  if (n >= end || !(s[n] >= 'a' && s[n] <= 'z')) return false;
  std::size_t at = mark_begin, letters = 0;
  while (at > begin) {
    const std::size_t letter = scan::prev_start(s, at);
    if (!scan::is_letter(scan::at(s, letter))) break;
    ++letters;
    at = letter;
    if (at == begin || scan::before(s, at) != U'.') break;
    at = scan::prev_start(s, at);
  }
  // (a single letter each: "C.V", not "Inc" or "etc")
  return letters >= 2 && (at == begin || !scan::is_letter(scan::before(s, at)));
}

constexpr std::size_t kMaxBracket = 300;  // an unclosed bracket stops hiding marks after this

// An interview's speaker label at a line's start, "한도윤: " or "사회자: ": up to three Hangul words
// (the last no verb's ending), perhaps a part in parentheses ("변상아(SK텔레콤): ", "옥채린(사회): "), and
// a colon before a space or the line's end. Returns the end of the colon, or 0.
std::size_t speaker_label_end(std::string_view s, std::size_t b, std::size_t end) {
  std::size_t i = b, words = 0;
  while (i < end && words < 3) {
    const std::size_t word = i;
    while (i < end && scan::at(s, i) >= 0xAC00 && scan::at(s, i) <= 0xD7A3) i += scan::len_at(s, i);
    if (i == word) return 0;
    ++words;
    if (i < end && s[i] == '(') {
      const std::size_t close = s.find(')', i);
      if (close == std::string_view::npos || close > i + 48 || close + 1 >= end || s[close + 1] != ':' ||
          s.substr(i, close - i).find('\n') != std::string_view::npos)
        return 0;
      i = close + 1;
      return i + 1 == end || s[i + 1] == ' ' || s[i + 1] == '\n' ? i + 1 : 0;
    }
    // (not a clause's verb before the colon: "그가 말했다: …")
    // (a name alone may end like one: "카스티요: ")
    if (i < end && s[i] == ':') return i + 1 < end && s[i + 1] == ' ' && (words == 1 || !is_final_ending(scan::before(s, i))) ? i + 1 : 0;
    if (i >= end || s[i] != ' ') return 0;
    ++i;
  }
  return 0;
}

}  // namespace

std::vector<Span> split_sentences(const Text& text, Span para) {
  const std::string_view s = text.norm;
  std::vector<Span> out;
  auto emit = [&](std::size_t b, std::size_t e) {
    Span sp = scan::trim(s, {b, e});
    if (!sp.empty()) out.push_back(sp);
  };
  // An odd number of '"' means the last one has no partner: it opens nothing.
  std::size_t quotes = 0, last_quote = para.end;
  for (std::size_t i = para.begin; i < para.end; ++i)
    if (s[i] == '"') ++quotes, last_quote = i;
  const std::size_t lone_quote = quotes % 2 ? last_quote : para.end;

  std::size_t start = para.begin;
  bool in_quote = false, line_quote = false;
  int depth = 0;
  std::size_t open_at = 0;
  std::size_t i = para.begin;
  while (i < para.end) {
    // (a speaker's label is no part of what the speaker says: "한도윤: 모리야마 박사가 …" names no 한도윤 모리야마)
    if (i == start && (start == para.begin || s[start - 1] == '\n'))
      if (const std::size_t label = speaker_label_end(s, start, para.end); label > 0) {
        emit(start, label);
        start = i = label;
        continue;
      }
    const char ch = s[i];
    if (ch == '\n') {
      emit(start, i);
      start = ++i;
      in_quote = false, depth = 0;
      continue;
    }
    if (ch == '"') {
      if (i != lone_quote) in_quote = !in_quote;
      // a quotation that is the whole line (an interview's answer, a statement quoted alone): its
      // Korean sentences are sentences of their own, there is no "라고 말했다" after it to keep
      if (in_quote) {
        line_quote = scan::trim(s, {start, i}).empty();
        std::size_t c = i + 1;
        while (c < para.end && s[c] != '"' && s[c] != '\n') ++c;
        if (c >= para.end || s[c] != '"') line_quote = false;
        for (std::size_t r = c + 1; line_quote && r < para.end && s[r] != '\n'; ++r)
          if (s[r] != ' ' && s[r] != '\t') line_quote = false;
      }
      ++i;
      continue;
    }
    if (is_open_bracket(ch)) {
      if (depth++ == 0) open_at = i;
      ++i;
      continue;
    }
    if (is_close_bracket(ch)) {
      depth = std::max(0, depth - 1);
      ++i;
      continue;
    }
    if (depth > 0 && i - open_at > kMaxBracket) depth = 0;
    const std::size_t m = mark_len(s, i);
    if (m == 0) {
      ++i;
      continue;
    }
    // A run of marks: "?!", "...", "…", "다.”".
    const std::size_t mark_begin = i;
    std::size_t j = i;
    std::size_t dots = 0;
    bool ellipsis = false, only_dots = true;
    while (j < para.end) {
      std::size_t n = mark_len(s, j);
      if (n == 0) break;
      if (s[j] == '.') ++dots;
      else only_dots = false;
      if (n == 3 && scan::starts_at(s, j, "\u2026")) ellipsis = true;
      j += n;
    }
    ellipsis = ellipsis || dots >= 2;
    const bool was_in_quote = in_quote;
    bool closed_quote = false;
    std::size_t k = j;  // past closing quotes/brackets
    while (k < para.end && (s[k] == '"' || s[k] == '\'' || is_close_bracket(s[k]))) {
      if (s[k] == '"' && k != lone_quote) {
        in_quote = !in_quote;
        closed_quote = closed_quote || was_in_quote;
      }
      if (is_close_bracket(s[k])) depth = std::max(0, depth - 1);
      ++k;
    }
    i = k;
    if (depth > 0) continue;
    if (was_in_quote && !closed_quote) {  // mark inside a quotation
      // (a sentence of a quoted Korean answer ends at its final ending: "옮겼다. 두 곳 모두")
      if (line_quote && in_quote && k < para.end && scan::is_space(scan::at(s, k)) && is_final_ending(scan::before(s, mark_begin)) &&
          s[mark_begin] == '.') {
        emit(start, k);
        start = k;
      }
      continue;
    }
    if (in_quote) continue;                      // the '"' opened a quotation
    const bool has_closer = k > j;
    const char32_t prev = scan::before(s, mark_begin);
    bool split = false;
    if (k >= para.end) {
      split = true;
    } else {
      const char32_t next = scan::at(s, k);
      const bool korean_end = is_final_ending(prev);
      if (scan::is_space(next)) {
        if (ellipsis) {
          std::size_t n = k;
          while (n < para.end && scan::is_space(scan::at(s, n))) ++n;
          split = korean_end || scan::is_upper(scan::at(s, n));
        } else if (only_dots && !has_closer) {
          // Abbreviations, initials and list numbers keep the sentence going.
          std::size_t b = mark_begin;
          while (b > para.begin) {
            char32_t c = scan::before(s, b);
            if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '.') break;
            b = scan::prev_start(s, b);
          }
          const std::string_view tok = s.substr(b, mark_begin - b);
          // (or joined by an ampersand: "R&D." ends a sentence, its D no initial)
          const bool glued = b > para.begin && (scan::is_letter(scan::before(s, b)) || scan::before(s, b) == '&');
          bool abbr = !glued && std::find(kAbbreviations.begin(), kAbbreviations.end(), tok) != kAbbreviations.end();
          if (!glued && std::find(kLegalForms.begin(), kLegalForms.end(), tok) != kLegalForms.end()) {
            std::size_t n = k;
            while (n < para.end && (s[n] == ' ' || s[n] == '\t')) ++n;
            // (or another legal form: "Promptwise Technologies Pvt. Ltd.")
            abbr = n < para.end && ((scan::at(s, n) >= 'a' && scan::at(s, n) <= 'z') || s.compare(n, 3, "Ltd") == 0 ||
                                    s.compare(n, 7, "Limited") == 0);
          }
          // "… controlled by Doosan Corp. Actuators account for …": a company's legal form before a capitalised
          // word that is no title and a word in lower case ends the sentence (not "Apple Inc. Chief
          // executive Tim Cook", "Nvidia Corp. said")
          if (abbr && (tok == "Inc" || tok == "Corp" || tok == "Co" || tok == "Ltd")) {
            std::size_t n = k;
            while (n < para.end && (s[n] == ' ' || s[n] == '\t')) ++n;
            std::size_t w = n;
            while (w < para.end && is_ascii_alpha(scan::at(s, w))) ++w;
            std::size_t n2 = w;
            while (n2 < para.end && (s[n2] == ' ' || s[n2] == '\t')) ++n2;
            std::string word(s.substr(n, w - n));
            for (char& c : word) c = static_cast<char>(c | 0x20);
            // ("… formed with Korea Electric Power Corp. An SK Telecom spokesperson said", "Keller Inc. The
            // buyer paid": so does a word that opens sentences, whatever follows it)
            const bool capitalised = w > n && scan::is_upper(scan::at(s, n)) && w < para.end && s[w] == ' ';
            if (capitalised && en::is_any(word, {"a", "an", "the", "it", "its", "he", "she", "they", "their", "we", "this", "that", "but", "in", "on"}))
              abbr = false;
            else if (capitalised && w > n + 1 && n2 < para.end && scan::at(s, n2) >= 'a' && scan::at(s, n2) <= 'z')
              abbr = en::is_title_word(word) || en::is_title_filler(word) || word == "ltd" || word == "limited";
          }
          // "No. 3" is a number; "No. We did not" is an answer
          if (abbr && (tok == "No" || tok == "Nos")) {
            std::size_t n = k;
            while (n < para.end && (s[n] == ' ' || s[n] == '\t')) ++n;
            abbr = n < para.end && is_ascii_digit(scan::at(s, n));
          }
          // "a $221 million Series B. The chipmaker ...": a round's letter is no initial
          auto word_before = [&](std::size_t at) {
            std::size_t e = at;
            while (e > para.begin && scan::is_space(scan::before(s, e))) e = scan::prev_start(s, e);
            std::size_t w = e;
            while (w > para.begin && is_ascii_alpha(scan::before(s, w))) w = scan::prev_start(s, w);
            std::string out(s.substr(w, e - w));
            for (char& c : out) c = static_cast<char>(c | 0x20);
            return out;
          };
          const bool round_letter = tok.size() == 1 && (word_before(b) == "series" || word_before(b) == "round");
          const bool initial = !glued && tok.size() == 1 && scan::is_upper(static_cast<unsigned char>(tok[0])) && !round_letter;
          const bool list_no =
              !tok.empty() && tok.size() <= 2 && std::all_of(tok.begin(), tok.end(), [](char c) {
                return c >= '0' && c <= '9';
              }) && scan::trim(s, {para.begin, b}).empty();
          split = !abbr && !initial && !list_no && !dotted_initials_go_on(s, para.begin, para.end, mark_begin, k);
        } else if (only_dots && has_closer && is_close_bracket(s[j]) && !korean_end) {
          // "'에이닷(A.)' 사업을", "(Inc.)": an initial or an abbreviation closing a parenthesis
          std::size_t b = mark_begin;
          while (b > para.begin && is_ascii_alpha(scan::before(s, b))) b = scan::prev_start(s, b);
          const std::string_view tok = s.substr(b, mark_begin - b);
          const bool opened = b > para.begin && scan::before(s, b) == U'(';
          // ("Oriel AI (Oriel Cognitive Systems Ltd.) was founded": an abbreviation or a legal form closing
          // the parenthesis, the sentence going on in lower case)
          std::size_t n = k;
          while (n < para.end && (s[n] == ' ' || s[n] == '\t')) ++n;
          const bool legal_form = (std::find(kLegalForms.begin(), kLegalForms.end(), tok) != kLegalForms.end() ||
                                   std::find(kAbbreviations.begin(), kAbbreviations.end(), tok) != kAbbreviations.end()) &&
                                  n < para.end && scan::at(s, n) >= 'a' && scan::at(s, n) <= 'z';
          // ("Lt. Col. (res.) Dana Peretz", "(ret.)": a rank's retirement or reserve mark)
          const bool rank_mark = opened && (tok == "res" || tok == "ret" || tok == "retd" || tok == "rtd" || tok == "Ret" || tok == "Res");
          split = !legal_form && !rank_mark && !(opened && !tok.empty() && tok.size() <= 5 && scan::is_upper(static_cast<unsigned char>(tok[0]))) &&
                  !dotted_initials_go_on(s, para.begin, para.end, mark_begin, k);
        } else {
          split = true;
        }
      } else if (has_closer) {
        split = false;  // `다."라고`, `다.'며`: the quotation continues the sentence
      } else if (korean_end && !ellipsis) {
        split = true;  // "했습니다.내부" with the space missing
      } else if (scan::starts_at(s, mark_begin, "\u3002")) {
        split = true;
      }
    }
    if (split) {
      emit(start, k);
      start = k;
    }
  }
  emit(start, para.end);
  return out;
}

}  // namespace inmaek::extract
