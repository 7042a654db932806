// The sentence view the English rules share (SentenceEn: coordinated groups, descriptors, titles,
// emitting Found records) and the modality test for English predicates.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/english_words.h"
#include "extract/rules_en_internal.h"

namespace inmaek::extract {
namespace {

using namespace en;

bool is_kin(std::string_view w) {
  return w == "sister" || w == "brother" || w == "wife" || w == "husband" || w == "colleague" || w == "fellow";
}

}  // namespace

bool starts_ex(std::string_view w) { return w.size() > 3 && w.substr(0, 3) == "ex-"; }

SentenceEn::SentenceEn(const RuleContext& ctx) : ctx_(ctx), s_(ctx.sentence), n_(static_cast<int>(ctx.sentence.tokens.size())) {
  for (const Token& t : s_.tokens) lw_.push_back(lower(strip_possessive(t.text)));
}

int SentenceEn::ending_at(int k) const {
  if (k < 0 || k >= n_) return -1;
  const int m = inside(k);
  return m >= 0 && last(m) == k ? m : -1;
}

bool SentenceEn::is_descriptor_org(int m) const {
  if (type(m) != EntityType::Organization) return false;
  // "the Alphabet-owned lab", "SoftBank-backed Corvane": the name is part of a modifier word
  const Token& lt = s_.tokens[static_cast<std::size_t>(last(m))];
  const std::size_t end = s_.mentions[static_cast<std::size_t>(m)].span.end;
  const std::string_view rest = end >= lt.span.begin && end <= lt.span.end ? lt.text.substr(end - lt.span.begin) : std::string_view();
  for (std::string_view mod : {"-owned", "-backed", "-based", "-led", "-funded"})
    if (rest.substr(0, mod.size()) == mod) return true;
  // "founded by Alibaba and ByteDance veterans": organisations before a plural of people describe them
  {
    int j = last(m) + 1;
    while (j < n_ && j <= last(m) + 8 &&
           ((inside(j) >= 0 && type(inside(j)) == EntityType::Organization) || lw_[static_cast<std::size_t>(j)] == "and" ||
            lw_[static_cast<std::size_t>(j)] == "or"))
      ++j;
    static constexpr std::string_view kPeople[] = {"veterans", "alumni", "alums", "engineers", "researchers", "employees",
                                                   "executives", "staffers", "scientists", "insiders", "graduates"};
    if (j < n_)
      for (std::string_view p : kPeople)
        if (lw_[static_cast<std::size_t>(j)] == p) return true;
  }
  int j = last(m) + 1;
  // ("former Google TPU engineers": the organisation's product between it and the title)
  if (j < n_ && inside(j) >= 0 && type(inside(j)) == EntityType::Product && !s_.tokens[static_cast<std::size_t>(last(m))].comma_after &&
      !genitive(m))
    j = last(inside(j)) + 1;
  // ("AWS data-centre veteran X", "Google cloud chief X": a field before the title, hyphenated or a business's)
  auto field = [&](const std::string& w) {
    return (w.find('-') != std::string::npos && w.find("-based") == std::string::npos && s_.tokens[static_cast<std::size_t>(j)].text[0] >= 'a') ||
           is_any(w, {"cloud", "infrastructure", "chip", "search", "model", "platform", "network"});
  };
  while (j < n_ && j <= last(m) + 3 && inside(j) < 0 && (is_title_filler(lw_[static_cast<std::size_t>(j)]) || field(lw_[static_cast<std::size_t>(j)])) &&
         !is_title_word(lw_[static_cast<std::size_t>(j)]) && lw_[static_cast<std::size_t>(j)] != "and" &&
         lw_[static_cast<std::size_t>(j)] != "of")
    ++j;
  // "We partner with Microsoft": a title word before "with" is a verb
  if (j + 1 < n_ && lw_[static_cast<std::size_t>(j + 1)] == "with") return false;
  return j < n_ && inside(j) < 0 && is_title_word(lw_[static_cast<std::size_t>(j)]) && !s_.tokens[static_cast<std::size_t>(last(m))].comma_after;
}

bool SentenceEn::is_amount_word(int k) const {
  const Span sp = s_.tokens[static_cast<std::size_t>(k)].span;
  return std::any_of(s_.amounts.begin(), s_.amounts.end(), [&](const AmountMention& a) { return sp.begin < a.span.end && a.span.begin < sp.end; });
}

bool SentenceEn::is_date_word(int k) const {
  const Span sp = s_.tokens[static_cast<std::size_t>(k)].span;
  for (const DateMention& d : s_.dates)
    if (sp.begin < d.span.end && d.span.begin < sp.end) return true;
  const std::string& w = lw_[static_cast<std::size_t>(k)];
  // months, seasons and weekdays, also where no publication date let find_dates() resolve them
  static constexpr std::string_view kWords[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer",
      "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  if (std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords)) {
    // "may" is also a verb: only a capitalised May is the month
    return w != "may" || s_.tokens[static_cast<std::size_t>(k)].text[0] == 'M';
  }
  return w.size() == 4 && w[0] >= '1' && w[0] <= '2' && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' &&
         w[3] >= '0' && w[3] <= '9';
}

bool SentenceEn::post_ended(int subject_last, int k) const {
  if (k >= 1 && (lw_[static_cast<std::size_t>(k - 1)] == "has" || lw_[static_cast<std::size_t>(k - 1)] == "have")) return false;
  for (int q = 0; q < subject_last; ++q)
    if (inside(q) < 0 && lw_[static_cast<std::size_t>(q)] == "before") return true;
  for (int q = k + 1; q < n_; ++q) {
    if (inside(q) >= 0) continue;
    const std::string& x = lw_[static_cast<std::size_t>(q)];
    if (x == "which" || x == "where" || x == "who" || x == "that" || x == "while") break;
    if (x == "until" || x == "previously" || x == "earlier") return true;
    // "She was at Microsoft before.": before, said last
    if (x == "before" && q + 1 == n_) return true;
    // "worked at Google before coming to Kestrel", "before joining X": a job before the next one
    if (x == "before" && q + 1 < n_ && inside(q + 1) < 0 && lw_[static_cast<std::size_t>(q + 1)].size() > 4 &&
        lw_[static_cast<std::size_t>(q + 1)].compare(lw_[static_cast<std::size_t>(q + 1)].size() - 3, 3, "ing") == 0)
      return true;
    const std::string& unit = q + 2 < n_ ? lw_[static_cast<std::size_t>(q + 2)] : x;
    if (x == "for" && (unit == "years" || unit == "year" || unit == "months" || unit == "decade" || unit == "decades")) return true;
    if (s_.tokens[static_cast<std::size_t>(q)].comma_after) break;
  }
  return false;
}

int SentenceEn::skip_descriptors_left(int k) const {
  while (k >= 0) {
    const int m = inside(k);
    if (m >= 0) {
      if (is_descriptor_org(m) || (pronoun(m) && genitive(m))) {
        k = first(m) - 1;
        continue;
      }
      break;
    }
    const std::string& w = lw_[static_cast<std::size_t>(k)];
    if (w != "and" && w != "of" && (is_title_word(w) || is_title_filler(w) || is_former_word(w) || starts_ex(w) || is_kin(w) || w == "angel"))
      --k;
    else
      break;
  }
  return k;
}

int SentenceEn::skip_descriptors_right(int k) const {
  while (k < n_) {
    const int m = inside(k);
    if (m >= 0) {
      if (is_descriptor_org(m) || (pronoun(m) && genitive(m))) {
        k = last(m) + 1;
        continue;
      }
      break;
    }
    const std::string& w = lw_[static_cast<std::size_t>(k)];
    // ("and Ms Nurul Huda Rahman": an honorific too)
    if (w != "and" && w != "of" && (is_title_word(w) || is_title_filler(w) || is_former_word(w) || starts_ex(w) || is_kin(w) || w == "angel" ||
                                   honorific_gender(s_.tokens[static_cast<std::size_t>(k)].text) != 0))
      ++k;
    else
      break;
  }
  return k;
}

std::vector<int> SentenceEn::group_left(int m, bool mixed) const {
  std::vector<int> g{m};
  int cur = m;
  // the member ending at j, or before a legal form there ("Nvidia Corp., SK Telecom Co. and B")
  auto member_at = [&](int j) {
    if (j >= 1 && inside(j) < 0 && is_corporate_suffix(lw_[static_cast<std::size_t>(j)])) return ending_at(j - 1);
    return ending_at(j);
  };
  // a name starting at token f opens an item of a list: first in the sentence, after a comma or "and"
  // (or after the word that opens a list of backers: "with Kakao Ventures, the venture arm of Kakao Corp.,
  // and B participating")
  auto opens_item = [&](int f) {
    return f == 0 || (f >= 1 && (s_.tokens[static_cast<std::size_t>(f - 1)].comma_after ||
                                 is_any(lw_[static_cast<std::size_t>(f - 1)], {"and", "with", "from"})));
  };
  while (true) {
    int j = skip_descriptors_left(first(cur) - 1);
    // "and Lisbon-based C": the base is no member
    bool past_base = false;
    if (j >= 1 && inside(j) < 0 && lw_[static_cast<std::size_t>(j)].find("-based") != std::string::npos) {
      j = skip_descriptors_left(j - 1);
      past_base = true;  // ("A, Zurich-based B": the comma before the base separates the members)
    }
    // "B and Mexico's C": a place in the possessive is no member
    bool past_place = false;  // ("Nvidia, Abu Dhabi's MGX": the comma before the place separates too)
    if (j >= 1 && inside(j) < 0 && s_.tokens[static_cast<std::size_t>(j)].text.size() > 2 &&
        s_.tokens[static_cast<std::size_t>(j)].text[0] >= 'A' && s_.tokens[static_cast<std::size_t>(j)].text[0] <= 'Z' &&
        strip_possessive(s_.tokens[static_cast<std::size_t>(j)].text).size() != s_.tokens[static_cast<std::size_t>(j)].text.size()) {
      // "and Abu Dhabi's MGX", "and Hong Kong's C": a place of two words
      if (j >= 2 && inside(j - 1) < 0 && !s_.tokens[static_cast<std::size_t>(j - 1)].comma_after &&
          s_.tokens[static_cast<std::size_t>(j - 1)].text[0] >= 'A' && s_.tokens[static_cast<std::size_t>(j - 1)].text[0] <= 'Z')
        --j;
      j = skip_descriptors_left(j - 1);
      past_place = true;
    }
    // "B and local VC firm C", "B and Japanese carrier C": a short description of the kind of
    // organisation before the member (mirrors group_right)
    // ("and crypto-focused investor C": the noun may have been skipped as a title word; "and
    // Chennai-based family office C": a base among the words)
    auto kind_noun = [&](int q) {
      return q >= 1 && inside(q) < 0 && !s_.tokens[static_cast<std::size_t>(q)].comma_after &&
             (is_org_noun(lw_[static_cast<std::size_t>(q)]) || lw_[static_cast<std::size_t>(q)] == "office");
    };
    if (type(m) == EntityType::Organization && !kind_noun(j) && j + 1 < first(cur) && kind_noun(j + 1)) j = j + 1;
    if (type(m) == EntityType::Organization && kind_noun(j)) {
      int q = j - 1;
      for (int steps = 0; q >= 0 && steps < 3 && inside(q) < 0 && !s_.tokens[static_cast<std::size_t>(q)].comma_after &&
                          lw_[static_cast<std::size_t>(q)] != "and";
           --q, ++steps) {
        const std::string_view t = s_.tokens[static_cast<std::size_t>(q)].text;
        const bool acronym = t.size() >= 2 && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        const bool base = lw_[static_cast<std::size_t>(q)].ends_with("-based");
        // ("and new backer C", "and existing investor C": adjectives of a backer's standing)
        const bool standing = is_any(t, {"new", "existing", "returning", "early", "longtime", "long-time", "other", "previous"});
        // ("and the São Paulo firm C": a place among the words)
        const bool place = is_place(t) || (q >= 1 && is_place(std::string(s_.tokens[static_cast<std::size_t>(q - 1)].text) + " " + std::string(t))) ||
                           (q + 1 < n_ && is_place(std::string(t) + " " + std::string(s_.tokens[static_cast<std::size_t>(q + 1)].text)));
        if (!(acronym || base || standing || place || (!t.empty() && t[0] >= 'a' && t[0] <= 'z' && is_stop_word(t) == false))) break;
      }
      if (q >= 2 && lw_[static_cast<std::size_t>(q)] == "the" && inside(q) < 0 && lw_[static_cast<std::size_t>(q - 1)] == "and") --q;
      if (q >= 1 && lw_[static_cast<std::size_t>(q)] == "and" && inside(q) < 0) j = q;
    }
    // "A and Irish rugby captain B", "A and K-pop singer B": a person's occupation before the member (lower-case
    // words, a nationality, a hyphenated word), back to the "and" or comma of the list
    if (type(m) == EntityType::Person && j >= 1 && inside(j) < 0 && !s_.tokens[static_cast<std::size_t>(j)].comma_after &&
        lw_[static_cast<std::size_t>(j)] != "and") {
      int q = j;
      for (int steps = 0; q >= 1 && steps < 5 && inside(q) < 0 && !s_.tokens[static_cast<std::size_t>(q)].comma_after &&
                          lw_[static_cast<std::size_t>(q)] != "and";
           --q, ++steps) {
        const std::string_view t = s_.tokens[static_cast<std::size_t>(q)].text;
        const bool lower_noun = !t.empty() && t[0] >= 'a' && t[0] <= 'z' && !is_stop_word(t) && !is_any(t, {"the", "a", "an", "with", "by", "from", "of"});
        const bool hyphened = t.find('-') != std::string_view::npos;
        const bool nationality = q < j && (is_nationality_word(t) || (!t.empty() && t[0] >= 'A' && t[0] <= 'Z' && is_place(t)));
        if (!(lower_noun || hyphened || nationality)) break;
      }
      // (only back to an "and": "of California, names A" is no list; nor past an apposition's comma: "NVentures, the
      // venture arm of Nvidia, and Nigerian entrepreneur A")
      if (q >= 1 && q < j && inside(q) < 0 && lw_[static_cast<std::size_t>(q)] == "and" && !s_.tokens[static_cast<std::size_t>(q - 1)].comma_after)
        j = q;
    }
    if (j < 0) break;
    // "Kakao Ventures, the venture capital arm of internet company Kakao, Tokyo-based B": past the
    // apposition ending before the base to its head
    if (past_base && s_.tokens[static_cast<std::size_t>(j)].comma_after && member_at(j) >= 0 && type(m) == EntityType::Organization) {
      const int f = first(member_at(j));
      bool jumped = false;
      if (!opens_item(f))
        for (int c = f - 1; c >= 1 && c >= f - 12; --c)
          if (s_.tokens[static_cast<std::size_t>(c)].comma_after) {
            const int h = ending_at(c);
            if (h >= 0 && !genitive(h) && !pronoun(h) && type(h) == EntityType::Organization && c + 1 < n_ &&
                is_any(lw_[static_cast<std::size_t>(c + 1)], {"the", "a", "an"}) && opens_item(first(h))) {
              g.insert(g.begin(), h);
              cur = h;
              jumped = true;
            }
            break;
          }
      if (jumped) continue;
    }
    // "Kestrel Ventures of Palo Alto, Cairo-based B": a place after "of" closes the member before it
    if (j >= 3 && inside(j) < 0 && s_.tokens[static_cast<std::size_t>(j)].comma_after && lw_[static_cast<std::size_t>(j)] != "and") {
      auto capital = [&](int q) {
        const std::string_view t = s_.tokens[static_cast<std::size_t>(q)].text;
        return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
      };
      int q = j;
      while (q >= 2 && q > j - 2 && inside(q - 1) < 0 && capital(q - 1) && lw_[static_cast<std::size_t>(q - 1)] != "of") --q;
      std::string place;
      for (int x = q; x <= j; ++x) place += (x > q ? " " : "") + std::string(s_.tokens[static_cast<std::size_t>(x)].text);
      if (q >= 2 && inside(q) < 0 && capital(q) && lw_[static_cast<std::size_t>(q - 1)] == "of" && is_place(place)) {
        const int a = member_at(q - 2);
        if (a >= 0 && !genitive(a) && !pronoun(a) && (type(a) == type(m) || (mixed && type(a) != EntityType::Product && type(m) != EntityType::Product))) {
          g.insert(g.begin(), a);
          cur = a;
          continue;
        }
      }
    }
    if (lw_[static_cast<std::size_t>(j)] == "and" && inside(j) < 0) {
      int before_and = j - 1;
      // "Ngozi Eze (CEO, formerly at Flutterwave) and Ada Obi": a parenthesis after the member is part of it
      if (before_and >= 1 && s_.tokens[static_cast<std::size_t>(before_and)].close_after)
        for (int q = before_and; q >= 1 && q >= before_and - 14; --q)
          if (s_.tokens[static_cast<std::size_t>(q)].paren_open_before) {
            before_and = q - 1;
            break;
          }
      j = skip_descriptors_left(before_and);
      // (an apposition may end in a post word: "A, the Dutch state-backed investor, and B")
      if (before_and >= 1 && j < before_and && inside(before_and) < 0 && s_.tokens[static_cast<std::size_t>(before_and)].comma_after) j = before_and;
      // "A, the venture capital arm of Y, and B": past an apposition to its head
      if (j >= 1 && type(m) == EntityType::Organization && s_.tokens[static_cast<std::size_t>(j)].comma_after) {
        for (int c = j - 1; c >= 0 && c >= j - 14; --c)
          if (s_.tokens[static_cast<std::size_t>(c)].comma_after) {
            const int h = ending_at(c);
            // (the head starts a list item: "SoftBank, which also backs Rebellions, a Korean chip
            // startup, and KT" lists SoftBank and KT, not Rebellions)
            int hf = h >= 0 ? first(group_left(h).front()) : -1;
            if (hf >= 2 && inside(hf - 1) < 0 && lw_[static_cast<std::size_t>(hf - 1)].find("-based") != std::string::npos) --hf;
            const bool item = opens_item(hf);
            bool relative = false;
            for (int q = hf - 1; q >= 0 && q >= hf - 6 && hf >= 1; --q)
              if (inside(q) < 0 && (lw_[static_cast<std::size_t>(q)] == "which" || lw_[static_cast<std::size_t>(q)] == "who" ||
                                    lw_[static_cast<std::size_t>(q)] == "that"))
                relative = true;
            // (or a relative clause: "A, Zurich-based B, which manages about €2bn, and C")
            if (h >= 0 && item && !relative && !genitive(h) && !pronoun(h) && c + 1 < n_ && inside(c + 1) < 0 &&
                (lw_[static_cast<std::size_t>(c + 1)] == "the" || lw_[static_cast<std::size_t>(c + 1)] == "a" ||
                 lw_[static_cast<std::size_t>(c + 1)] == "an" || lw_[static_cast<std::size_t>(c + 1)] == "which"))
              j = c;
            break;
          }
      }
    } else if (!(s_.tokens[static_cast<std::size_t>(j)].comma_after && member_at(j) >= 0 &&
                 (j == first(cur) - 1 || (j == first(cur) - 2 && ending_at(j) < 0) || past_place ||
                  // ("A, Zurich-based B": A a list's item itself, not the end of an apposition: "Kakao Ventures,
                  // the venture capital arm of internet company Kakao, Tokyo-based B")
                  (past_base && opens_item(first(member_at(j))))))) {
      break;
    }
    const int a = member_at(j);
    // "she and Hamid Rezaei co-founded X": a person's pronoun opens a list of people
    const bool person_pronoun = a >= 0 && pronoun(a) && type(a) == EntityType::Person && type(m) == EntityType::Person &&
                                first(a) == last(a) && is_any(lw_[static_cast<std::size_t>(first(a))], {"he", "she"});
    if (a < 0 || genitive(a) || (pronoun(a) && !person_pronoun)) break;
    if (!(type(a) == type(m) || (mixed && type(a) != EntityType::Product && type(m) != EntityType::Product))) break;
    g.insert(g.begin(), a);
    cur = a;
  }
  return g;
}

int SentenceEn::skip_conjunction(int j) const {
  // "led by A and by B", "from A and from B": the preposition said again
  if (j + 2 < n_ && lw_[static_cast<std::size_t>(j)] == "and" && (lw_[static_cast<std::size_t>(j + 1)] == "by" || lw_[static_cast<std::size_t>(j + 1)] == "from") &&
      inside(j + 2) >= 0)
    return j + 2;
  if (j < n_ && lw_[static_cast<std::size_t>(j)] == "and") return j + 1;
  if (j + 1 < n_ && (lw_[static_cast<std::size_t>(j)] == "along" || lw_[static_cast<std::size_t>(j)] == "together") &&
      lw_[static_cast<std::size_t>(j + 1)] == "with")
    return j + 2;
  if (j + 2 < n_ && lw_[static_cast<std::size_t>(j)] == "as" && lw_[static_cast<std::size_t>(j + 1)] == "well" &&
      lw_[static_cast<std::size_t>(j + 2)] == "as")
    return j + 3;
  return -1;
}

int SentenceEn::skip_apposition(int m, bool mixed) const {
  int l = last(m);
  if (!s_.tokens[static_cast<std::size_t>(l)].comma_after || l + 1 >= n_) return -1;
  // ("X, 41, Maru's chief executive, has": past the age)
  if (const std::string& age = lw_[static_cast<std::size_t>(l + 1)];
      l + 2 < n_ && inside(l + 1) < 0 && s_.tokens[static_cast<std::size_t>(l + 1)].comma_after && !age.empty() && age.size() <= 3 &&
      std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; }))
    ++l;
  const int a = inside(l + 1);
  // "NVentures, Nvidia's venture capital arm, as well as B": a possessor opens the apposition
  // (and a person's post at a possessor: "Jimmy Park, Maru's chief executive, has")
  const bool post_of = a >= 0 && genitive(a) && type(a) == EntityType::Organization && type(m) == EntityType::Person && last(a) + 1 < n_ &&
                       inside(last(a) + 1) < 0 && (is_title_word(lw_[static_cast<std::size_t>(last(a) + 1)]) || is_title_filler(lw_[static_cast<std::size_t>(last(a) + 1)]));
  if (a >= 0 && !(mixed && genitive(a)) && !post_of) return -1;
  const std::string& w = lw_[static_cast<std::size_t>(l + 1)];
  if (a < 0 && !(w == "a" || w == "an" || w == "the" || w == "who" || w == "now" || w == "its" || w == "his" || w == "her" ||
                 w == "two" || w == "three" || w == "both" || w == "all" || w == "once" ||
                 is_former_word(w) || is_title_word(w)))
    return -1;
  for (int q = l + 1; q < n_ && q <= l + 14; ++q)
    if (s_.tokens[static_cast<std::size_t>(q)].comma_after) return q + 1 < n_ ? q + 1 : -1;
  return -1;
}

std::vector<int> SentenceEn::group_right(int m, bool mixed) const {
  std::vector<int> g{m};
  int cur = m;
  while (true) {
    int lc = last(cur);
    if (lc + 1 < n_ && inside(lc + 1) < 0 && is_corporate_suffix(lw_[static_cast<std::size_t>(lc + 1)])) ++lc;  // "Nvidia Corp.,"
    // ("Mubadala Investment Co. and G42": company words after a name that stand for the rest of it)
    while (type(cur) == EntityType::Organization && lc + 1 < n_ && lc < last(cur) + 3 && inside(lc + 1) < 0 &&
           !s_.tokens[static_cast<std::size_t>(lc)].comma_after && is_org_suffix(lw_[static_cast<std::size_t>(lc + 1)]) &&
           s_.tokens[static_cast<std::size_t>(lc + 1)].text[0] >= 'A' && s_.tokens[static_cast<std::size_t>(lc + 1)].text[0] <= 'Z')
      ++lc;
    // "Yasmin El-Sayed (ex-Careem) and Omar Haddad": a parenthesis after the member is part of it
    if (lc + 1 < n_ && s_.tokens[static_cast<std::size_t>(lc + 1)].paren_open_before)
      for (int q = lc + 1; q < n_ && q <= lc + 14; ++q)
        if (s_.tokens[static_cast<std::size_t>(q)].close_after) {
          lc = q;
          break;
        }
    int j = lc + 1;
    // "Heron Corp., B": the abbreviation's full stop stands between the word and the comma
    const std::string_view lt = s_.tokens[static_cast<std::size_t>(lc)].text;
    bool sep = s_.tokens[static_cast<std::size_t>(lc)].comma_after ||
               (lt.data()[lt.size()] == '.' && lt.data()[lt.size() + 1] == ',');
    // "A, a former X researcher, and B", "A, ..., along with B": people across an apposition
    if (sep && (type(m) == EntityType::Person || mixed)) {
      int after = skip_apposition(cur, mixed);
      // ("A, a former engineer at Samsung Research, the R&D hub of Samsung Electronics, and B": an
      // apposition of the apposition's organisation)
      // (read as a reference to it: "Samsung, the Korean chip giant, and B")
      if (after >= 0 && skip_conjunction(after) < 0 && inside(after) >= 0 && pronoun(inside(after)) && first(inside(after)) == after &&
          s_.tokens[static_cast<std::size_t>(last(inside(after)))].comma_after && last(inside(after)) + 1 < n_ &&
          inside(after - 1) >= 0 && type(inside(after - 1)) == EntityType::Organization)
        after = last(inside(after)) + 1;
      if (after >= 0 && skip_conjunction(after) < 0 && after + 1 < n_ && inside(after) < 0 &&
          (lw_[static_cast<std::size_t>(after)] == "the" || lw_[static_cast<std::size_t>(after)] == "a" ||
           lw_[static_cast<std::size_t>(after)] == "an") &&
          inside(after - 1) >= 0 && type(inside(after - 1)) == EntityType::Organization)
        for (int q = after; q < n_ && q <= after + 10; ++q)
          if (s_.tokens[static_cast<std::size_t>(q)].comma_after) {
            after = q + 1 < n_ ? q + 1 : -1;
            break;
          }
      if (after >= 0 && skip_conjunction(after) >= 0) j = after;
    }
    // "from Kaszek, which led, and Andreessen Horowitz": a short relative clause between commas
    if (sep && j + 2 < n_ && inside(j) < 0 && (lw_[static_cast<std::size_t>(j)] == "which" || lw_[static_cast<std::size_t>(j)] == "who"))
      for (int q = j + 1; q < n_ && q <= j + 2 && inside(q) < 0; ++q)
        if (s_.tokens[static_cast<std::size_t>(q)].comma_after) {
          if (q + 1 < n_ && lw_[static_cast<std::size_t>(q + 1)] == "and") j = q + 1;
          break;
        }
    // "by Zhou Mingyu, who previously led a research group in ByteDance's Seed unit, and Wei Jiahui":
    // a longer "who" clause between people
    if (sep && j + 2 < n_ && inside(j) < 0 && lw_[static_cast<std::size_t>(j)] == "who" && type(m) == EntityType::Person)
      for (int q = j + 1; q + 2 < n_ && q <= j + 16; ++q)
        if (s_.tokens[static_cast<std::size_t>(q)].comma_after) {
          if (lw_[static_cast<std::size_t>(q + 1)] == "and" && inside(q + 2) >= 0 && type(inside(q + 2)) == EntityType::Person &&
              first(inside(q + 2)) == q + 2)
            j = q + 1;
          break;
        }
    // "by Haruto Nishimura, 31, and Aiko Fujisawa": an age between commas
    if (sep && j + 1 < n_ && inside(j) < 0 && s_.tokens[static_cast<std::size_t>(j)].comma_after && lw_[static_cast<std::size_t>(j)].size() <= 3 &&
        std::all_of(lw_[static_cast<std::size_t>(j)].begin(), lw_[static_cast<std::size_t>(j)].end(), [](char c) { return c >= '0' && c <= '9'; }))
      ++j;
    if (const int c = skip_conjunction(j); c >= 0) sep = true, j = c;
    if (!sep) break;
    // ("..., the Ghanaian entrepreneur X, co-founder of the payments startup Y": a person's post after a comma
    // is an apposition, its organisation no member)
    else if (type(cur) == EntityType::Person && s_.tokens[static_cast<std::size_t>(lc)].comma_after && j == lc + 1 && j < n_ && inside(j) < 0 &&
             (is_title_word(lw_[static_cast<std::size_t>(j)]) || is_founder_word(lw_[static_cast<std::size_t>(j)])))
      break;
    if (mixed && j < n_ && (lw_[static_cast<std::size_t>(j)] == "existing" || lw_[static_cast<std::size_t>(j)] == "returning" ||
                            lw_[static_cast<std::size_t>(j)] == "new"))
      ++j;  // "and existing backer Ridgeline Capital"
    j = skip_descriptors_right(j);
    if (j < n_ && lw_[static_cast<std::size_t>(j)] == "and") j = skip_descriptors_right(j + 1);
    // "and British chip designer Quarry Holdings", "and mobile carrier X": a short description
    // ending in a kind of organisation or a title comes before the member
    // (not after a comma: "a partnership with Mistral, and French bank X" closes a relative clause)
    const bool after_comma = s_.tokens[static_cast<std::size_t>(last(cur))].comma_after;
    // (in a list of investors after a comma too: "from Nvidia, Singapore state investor Temasek, and B")
    // (a person's occupation before a person of a mixed list: "and K-pop singer Han Ye-rin", "and Irish rugby captain X")
    bool person_next = false;
    for (int q = j; mixed && q < n_ && q <= j + 5; ++q)
      if (inside(q) >= 0) {
        person_next = type(inside(q)) == EntityType::Person && first(inside(q)) == q;
        break;
      } else if (s_.tokens[static_cast<std::size_t>(q)].comma_after) {
        break;
      }
    for (int q = j, steps = 0; (!after_comma || mixed) && q < n_ && steps < 4 && inside(q) < 0 &&
                               !s_.tokens[static_cast<std::size_t>(q)].comma_after;
         ++q, ++steps) {
      const std::string& w = lw_[static_cast<std::size_t>(q)];
      const std::string_view t = s_.tokens[static_cast<std::size_t>(q)].text;
      // "and Lagos angel Ikenna Obi": a place may open the description
      const bool place2 = q + 1 < n_ && (is_place(std::string(t) + " " + std::string(s_.tokens[static_cast<std::size_t>(q + 1)].text)) ||
                                         (q > j && is_place(std::string(s_.tokens[static_cast<std::size_t>(q - 1)].text) + " " + std::string(t))));
      // ("and K-pop singer Han Ye-rin", "and Irish rugby captain X": a hyphenated word, a nationality)
      const bool nationality = person_next && q + 1 < n_ && inside(q + 1) < 0 && is_nationality_word(t);
      if (!(t.empty() || (t[0] >= 'a' && t[0] <= 'z') || is_stop_word(t) || is_place(t) || place2 ||
            (person_next && t.find('-') != std::string_view::npos) || nationality || (q == j && q + 2 < n_ && inside(q + 2) >= 0)))
        break;
      // (a person's occupation, any lower-case noun, before a person in a mixed list: "and tennis champion X")
      const bool occupation = person_next && !t.empty() && t[0] >= 'a' && t[0] <= 'z' && !is_stop_word(t) && q + 1 < n_ && inside(q + 1) >= 0 &&
                              first(inside(q + 1)) == q + 1;
      if ((is_org_noun(w) || is_title_word(w) || w == "angel" || occupation) && q + 1 < n_ && inside(q + 1) >= 0) {
        j = q + 1;
        break;
      }
    }
    // "and Paris-based Atelier Neuronal": the base is no member
    if (j + 1 < n_ && inside(j) < 0 && lw_[static_cast<std::size_t>(j)].find("-based") != std::string::npos) ++j;
    // "Nvidia, Abu Dhabi's MGX": a place of two words in the possessive is no member either
    if (j + 2 < n_ && inside(j) < 0 && inside(j + 1) < 0 && s_.tokens[static_cast<std::size_t>(j)].text.size() > 1 &&
        s_.tokens[static_cast<std::size_t>(j)].text[0] >= 'A' && s_.tokens[static_cast<std::size_t>(j)].text[0] <= 'Z' &&
        strip_possessive(s_.tokens[static_cast<std::size_t>(j + 1)].text).size() != s_.tokens[static_cast<std::size_t>(j + 1)].text.size() &&
        is_place(std::string(s_.tokens[static_cast<std::size_t>(j)].text) + " " + std::string(strip_possessive(s_.tokens[static_cast<std::size_t>(j + 1)].text))))
      j += 2;
    // "Index Ventures, Israel's Carmel Ridge Partners": a place in the possessive is no member
    if (j + 1 < n_ && inside(j) < 0 && s_.tokens[static_cast<std::size_t>(j)].text.size() > 2 &&
        s_.tokens[static_cast<std::size_t>(j)].text[0] >= 'A' && s_.tokens[static_cast<std::size_t>(j)].text[0] <= 'Z' &&
        strip_possessive(s_.tokens[static_cast<std::size_t>(j)].text).size() != s_.tokens[static_cast<std::size_t>(j)].text.size())
      ++j;
    int a = j < n_ ? inside(j) : -1;
    // "OpenAI and Elon Musk's xAI": a person's possessive before the member names its owner
    if (a >= 0 && first(a) == j && genitive(a) && !pronoun(a) && type(a) == EntityType::Person && last(a) + 1 < n_ &&
        inside(last(a) + 1) >= 0 && type(inside(last(a) + 1)) == type(m) && !genitive(inside(last(a) + 1))) {
      a = inside(last(a) + 1);
      j = first(a);
    }
    if (a < 0 || first(a) != j || genitive(a) || pronoun(a)) break;
    if (!(type(a) == type(m) || (mixed && type(a) != EntityType::Product && type(m) != EntityType::Product))) break;
    // "Sony AI, the Sony Group research unit, as head": the one named describes the member before
    if (j >= 1 && is_determiner(lw_[static_cast<std::size_t>(j - 1)]) && inside(j - 1) < 0) {
      auto unit = [&](int q) { return is_any(lw_[static_cast<std::size_t>(q)], {"unit", "arm", "subsidiary", "division", "affiliate", "lab", "team", "wing", "fund"}); };
      auto plain = [&](int q) {
        const std::string_view t = s_.tokens[static_cast<std::size_t>(q)].text;
        return (!t.empty() && t[0] >= 'a' && t[0] <= 'z') || lw_[static_cast<std::size_t>(q)] == "ai";
      };
      int q = last(a) + 1;
      while (q < n_ && q <= last(a) + 3 && inside(q) < 0 && !s_.tokens[static_cast<std::size_t>(q - 1)].comma_after && !unit(q) && plain(q)) ++q;
      if (q < n_ && inside(q) < 0 && !s_.tokens[static_cast<std::size_t>(q - 1)].comma_after && unit(q)) break;
    }
    g.push_back(a);
    cur = a;
  }
  return g;
}

std::string SentenceEn::title_after(int k) const {
  // "as its new chief technology officer", "as their first head of research"
  while (k < n_ && (lw_[static_cast<std::size_t>(k)] == "a" || lw_[static_cast<std::size_t>(k)] == "an" ||
                    lw_[static_cast<std::size_t>(k)] == "the" || lw_[static_cast<std::size_t>(k)] == "its" ||
                    lw_[static_cast<std::size_t>(k)] == "their" || lw_[static_cast<std::size_t>(k)] == "our" ||
                    lw_[static_cast<std::size_t>(k)] == "new" || lw_[static_cast<std::size_t>(k)] == "first" ||
                    lw_[static_cast<std::size_t>(k)] == "independent" || lw_[static_cast<std::size_t>(k)] == "non-executive"))
    ++k;
  int j = k, last_title = -1;
  while (j < n_ && j < k + 6 && inside(j) < 0) {
    const std::string& w = lw_[static_cast<std::size_t>(j)];
    if (is_title_word(w)) last_title = j;
    else if (!is_title_filler(w)) break;
    if (s_.tokens[static_cast<std::size_t>(j)].comma_after) break;
    ++j;
  }
  if (last_title < 0) return {};
  // "head of AI safety": fillers after "of" belong to the title
  int end = last_title;
  if (end + 1 < n_ && lw_[static_cast<std::size_t>(end + 1)] == "of") {
    int q = end + 2;
    while (q < j && inside(q) < 0) end = q++;
  }
  std::string out;
  for (int q = k; q <= end; ++q) {
    if (!out.empty()) out += ' ';
    out += s_.tokens[static_cast<std::size_t>(q)].text;
  }
  return out;
}

int SentenceEn::entity_named(std::string_view name) const {
  const std::string key = lower(name);
  for (std::size_t i = 0; i < ctx_.entities.size(); ++i)
    for (const Alias& a : ctx_.entities[i].names)
      if (lower(a.text) == key) return static_cast<int>(i);
  return -1;
}

void SentenceEn::emit(RelationType t, int sm, int om, int trigger, double conf, const char* rule, std::string role) {
  if (sm < 0 || om < 0) return;
  emit_ent(t, ent(sm), ent(om), trigger, conf, rule, std::move(role));
}

void SentenceEn::emit_ent(RelationType t, int se, int oe, int trigger, double conf, const char* rule, std::string role) {
  if (se < 0 || oe < 0 || se == oe) return;
  // ("signed a licensing deal with OpenAI; the publisher stressed the agreement was 'not a partnership'")
  if (t == RelationType::PartneredWith)
    for (int k = 1; k + 1 < n_; ++k)
      if (lw_[static_cast<std::size_t>(k + 1)].starts_with("partner") && (lw_[static_cast<std::size_t>(k)] == "no" ||
                                                                           (lw_[static_cast<std::size_t>(k)] == "a" && lw_[static_cast<std::size_t>(k - 1)] == "not")))
        return;
  out_.push_back(Found{t, se, oe, conf, rule, trigger, std::move(role)});
}

bool is_irrealis_en(const Sentence& s, int k) {
  static constexpr std::string_view kMarkers[] = {
      "plans", "plan", "planned", "planning", "intends", "intend", "will", "would", "could", "may", "might", "should",
      "expected", "expects", "expect", "considering", "consider", "considers", "weighing", "exploring", "talks", "negotiations",
      // a purchase weighed, not made: "had explored buying X", "mulled an offer for Y"
      "explored", "explore", "explores", "weighed", "mulled", "mulling", "contemplated", "contemplating",
      "negotiating", "discussing", "seeking", "seeks", "aims", "hopes", "hoping", "wants", "not", "never", "no", "nor", "neither",
      "reportedly", "rumored", "rumoured", "potential", "possible", "proposed", "if", "whether", "denied", "denies",
      "deny", "unlikely", "pending", "to",
      // beliefs and claims nobody confirmed: "assumed she had been poached by OpenAI", "posts claimed X was leaving"
      "assumed", "assume", "assumes", "speculated", "speculate", "speculation", "claimed", "claim", "claims", "suspected",
      "alleged", "allegedly", "supposedly", "believed", "believes", "guessed",
      // what is under way is not done: "was being acquired by Stone", "a bigger model is coming"
      "being", "coming", "upcoming", "forthcoming"};
  // ("Correction: an earlier version of this story said X led the round": what a correction withdraws)
  for (int j = 0; j + 1 < k; ++j) {
    if (lower(s.tokens[static_cast<std::size_t>(j)].text) == "earlier" && lower(s.tokens[static_cast<std::size_t>(j + 1)].text) == "version")
      return true;
    // ("A correction from last week: we said X had joined Y")
    if (lower(s.tokens[static_cast<std::size_t>(j)].text) == "we" &&
        is_any(s.tokens[static_cast<std::size_t>(j + 1)].text, {"said", "reported", "wrote", "stated", "misstated"}) &&
        std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& x) { return is_any(x.text, {"correction", "corrections", "clarification"}); }))
      return true;
  }
  // ("A plan for Babcock to take a 15pc stake in X has also been dropped": a plan for someone to act, and
  // what a sentence says was dropped or called off)
  for (int j = k - 1; j >= 1 && j >= k - 12; --j)
    if (lower(s.tokens[static_cast<std::size_t>(j)].text) == "for" &&
        is_any(s.tokens[static_cast<std::size_t>(j - 1)].text, {"plan", "plans", "proposal", "bid", "offer", "attempt", "push", "deal"})) {
      for (int q = j + 1; q < k; ++q)
        if (lower(s.tokens[static_cast<std::size_t>(q)].text) == "to") return true;
      break;
    }
  // (words after the verb, in lower case as a sentence's middle writes them: no copies made on this hot path)
  auto one_of = [](std::string_view w, std::initializer_list<std::string_view> list) { return std::find(list.begin(), list.end(), w) != list.end(); };
  for (int j = k + 1; j + 1 < static_cast<int>(s.tokens.size()); ++j) {
    const std::string_view w = s.tokens[static_cast<std::size_t>(j)].text, v = s.tokens[static_cast<std::size_t>(j + 1)].text;
    if (one_of(w, {"been", "was", "were"}) && one_of(v, {"dropped", "abandoned", "scrapped", "shelved", "cancelled", "canceled"})) return true;
    if ((w == "fell" && v == "through") || (w == "called" && v == "off" && one_of(s.tokens[static_cast<std::size_t>(j - 1)].text, {"been", "was", "were"})))
      return true;
  }
  // "will expand its existing partnership with Y": what exists is no plan, whatever is planned for it
  if (k >= 1 && is_any(s.tokens[static_cast<std::size_t>(k - 1)].text, {"existing", "longstanding", "long-standing", "ongoing"})) return false;
  for (int j = k - 1; j >= 0 && j >= k - 6; --j) {
    const std::string w = lower(s.tokens[static_cast<std::size_t>(j)].text);
    if (w.find("n't") != std::string::npos) return true;
    if (w == "may" && s.tokens[static_cast<std::size_t>(j)].text[0] == 'M') continue;  // the month
    // "had looked at buying X", "is looking at acquiring": a purchase considered
    if (w == "at" && j == k - 1 && j >= 1 && is_any(lower(s.tokens[static_cast<std::size_t>(j - 1)].text), {"looked", "looking", "look", "looks"}))
      return true;
    // "will join X as CTO", "will operate as a subsidiary of Y": a post or a structure announced as
    // settled (ANNOTATION.md: a firm announcement is at most optional, never a plan to drop)
    // ("Demir is coming back as CTO": a return announced as settled, like "will join")
    if (w == "coming" && j + 1 <= k && lower(s.tokens[static_cast<std::size_t>(j + 1)].text) == "back") continue;
    if (w == "will" && j + 1 <= k) {
      const std::string v = lower(s.tokens[static_cast<std::size_t>(j + 1)].text);
      if (v == "join" || v == "operate" || v == "continue" || v == "remain" || v == "become" || v == "serve" || v == "stay")
        continue;
    }
    for (std::string_view m : kMarkers)
      if (w == m) {
        // "to" only as an infinitive marker right before the verb ("plans to buy", "in talks to acquire")
        if (m == "to" && j != k - 1) break;
        // "agreed to lead", "has agreed to buy": a decision taken
        // ("continues to develop X": what goes on is no plan)
        if (m == "to" && j >= 1 && is_any(s.tokens[static_cast<std::size_t>(j - 1)].text,
                                          {"agreed", "agrees", "continues", "continue", "continued", "continuing"}))
          break;
        if (m == "to") {
          // "left OpenAI to found Anthropic": the purpose of a departure happened
          for (int q = j - 1; q >= 0 && q >= j - 8; --q) {
            const std::string v = lower(s.tokens[static_cast<std::size_t>(q)].text);
            if (v == "left" || v == "quit" || v == "departed" || v == "resigned" || v == "leaving" || v == "moved" || v == "relocated")
              return false;
            if (v == "on" && q >= 1 && lower(s.tokens[static_cast<std::size_t>(q - 1)].text) == "went") return false;  // "went on to co-found X"
            // (not past another clause or a wish: "left Google and hopes one day to become ...")
            if (v == "and" || v == "hopes" || v == "hope" || v == "wants" || v == "plans" || v == "aims" || v == "expects" ||
                v == "would" || v == "will")
              break;
          }
        }
        if (m == "to") {
          // "moved to", "returned to" are not infinitives; they sit after the trigger
          return true;
        }
        return true;
      }
    if (s.tokens[static_cast<std::size_t>(j)].comma_after) break;
  }
  // "denied a report that it was ...", "is reportedly raising"
  for (int j = 0; j < k; ++j) {
    const std::string w = lower(s.tokens[static_cast<std::size_t>(j)].text);
    if (w == "denied" || w == "denies" || w == "rumors" || w == "rumours" || w == "rumor") return true;
    // "Nor, he added, has Nvidia invested": a sentence opened by a negation negates its verb
    if (j == 0 && (w == "nor" || w == "neither")) return true;
    // "held talks with investors including X about joining the round"
    if ((w == "talks" || w == "negotiations" || w == "discussions") && j + 1 < k) {
      const std::string nx = lower(s.tokens[static_cast<std::size_t>(j + 1)].text);
      if (nx == "about" || nx == "with" || nx == "over" || nx == "on" || nx == "to") return true;
    }
  }
  return false;
}

}  // namespace inmaek::extract
