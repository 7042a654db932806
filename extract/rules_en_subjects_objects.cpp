// Argument finding for the English rules: the subject of a predicate, its object, the agent after
// "by", a source after "from", a title after "as", and the word tests they share.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/english_words.h"
#include "extract/rules_en_class_internal.h"

namespace inmaek::extract::rules_en {

bool is_aux(std::string_view w) {
  static constexpr std::string_view kAux[] = {"has", "have", "had", "was", "were", "is", "are", "been", "be", "also",
                                              "previously", "formerly", "recently", "jointly", "later", "then", "quietly",
                                              "officially", "now", "once", "first", "just", "already", "reportedly",
                                              "subsequently", "eventually", "originally", "itself", "both", "all", "finally"};
  for (std::string_view a : kAux)
    if (w == a) return true;
  return false;
}

bool is_boundary(std::string_view w) {
  static constexpr std::string_view kB[] = {"said", "says", "that", "but", "while", "because", "although", "when",
                                            "after", "before", "since", "whose", "where", "though", "as", "they",
                                            "we", "i", "you"};
  for (std::string_view b : kB)
    if (w == b) return true;
  return false;
}

// The next token index after k that is not a date-ish filler ("in 2019", "last year").
int RulesEn::skip_fillers(int k) const {
  while (k < n_) {
    const std::string& w = lw_[static_cast<std::size_t>(k)];
    // (is_date_word has the months and seasons; "may" in any case is skipped here, as before)
    if (is_aux(w) || w == "jointly" || is_date_word(k) || w == "in" || w == "last" || w == "this" || w == "year" ||
        w == "month" || w == "earlier" || w == "up" || w == "down" || w == "may")
      ++k;
    else
      break;
  }
  return k;
}

// The subject of the predicate at k: a mention (with its coordinated group) to the left.
// Sets `relative` to the antecedent of "which"/"that" when the subject sits in a relative clause.
std::vector<int> RulesEn::subject_of(int k, int& relative) const {
  relative = -1;
  const std::string& tw = lw_[static_cast<std::size_t>(k)];
  // "X left DeepL in 2022, co-founding Brucke AI with Y": a participle after a comma shares the
  // sentence's subject
  if (k >= 2 && tw.size() > 4 && tw.compare(tw.size() - 3, 3, "ing") == 0 && s_.tokens[static_cast<std::size_t>(k - 1)].comma_after &&
      inside(k - 1) < 0)
    for (int m = 0; m < static_cast<int>(s_.mentions.size()) && first(m) < k; ++m)
      if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject && !genitive(m)) return group_right(m);
  if (k >= 1 && tw.size() > 3 && tw.substr(tw.size() - 3) == "ing") {
    const std::string& p = lw_[static_cast<std::size_t>(k - 1)];
    if (p == "after" || p == "before" || p == "since" || p == "while" || p == "when") {
      for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
        if (s_.mentions[static_cast<std::size_t>(m)].last < k && !genitive(m)) return group_left(m);
      return {};
    }
  }
  // "X was founded by A and B, and is backed by Y", "A and B left X and have joined Y": a
  // coordinated predicate shares the subject of the sentence
  int j0 = k - 1 - skipped_aux(k);
  // "left X in May and went on to co-found Y", "and later joined Z": past the words that chain the verbs
  for (int q = j0; q >= 1 && q >= j0 - 3 && inside(q) < 0; --q) {
    if (lw_[static_cast<std::size_t>(q)] == "and") {
      j0 = q;
      break;
    }
    // ("and in May led", "and last year joined": a time between)
    if (!in_list(q, {"to", "on", "went", "then", "later", "eventually", "subsequently", "in", "last", "this", "earlier", "year", "month"}) &&
        !is_date_word(q))
      break;
  }
  if (j0 >= 1 && inside(j0) < 0 && lw_[static_cast<std::size_t>(j0)] == "and") {  // "and" right before the verb
    // "... by A and B, who met at Palantir and left the company": inside a relative clause, its antecedent
    for (int q = j0 - 1; q >= 1; --q) {
      if (s_.tokens[static_cast<std::size_t>(q)].comma_after && lw_[static_cast<std::size_t>(q + 1)] != "who") break;
      if (lw_[static_cast<std::size_t>(q)] == "who" && inside(q) < 0) {
        const int a = ending_at(q - 1);
        // ("A (ex-Nubank) and B (who did his PhD at USP and spent four years at Y)": an aside in
        // parentheses is about the one person before it)
        if (a >= 0 && type(a) == EntityType::Person) return s_.tokens[static_cast<std::size_t>(q)].paren_open_before ? std::vector<int>{a} : group_left(a);
        break;
      }
    }
    for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
      if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject && first(m) < j0) return group_right(m);
    return {};
  }
  // "X, the startup backed by Y, has released": the subject stands before the parenthetical
  // (a time may stand between: "X, the lab led by Y, today released")
  int jc = j0;
  while (jc >= 1 && jc >= j0 - 2 && inside(jc) < 0 && !s_.tokens[static_cast<std::size_t>(jc)].comma_after &&
         (is_date_word(jc) || in_list(jc, {"today", "yesterday", "on", "this", "last", "week", "also", "formally", "officially", "quietly"})))
    --jc;
  if (jc >= 1 && s_.tokens[static_cast<std::size_t>(jc)].comma_after) {
    for (int c = jc - 1; c >= 0; --c)
      if (s_.tokens[static_cast<std::size_t>(c)].comma_after) {
        int a = ending_at(c);
        // ("Bareun AI (바른AI), which builds ..., raised": past the name's other form in parentheses)
        if (a < 0 && s_.tokens[static_cast<std::size_t>(c)].close_after)
          for (int open = c; open >= 1 && open >= c - 5; --open)
            if (s_.tokens[static_cast<std::size_t>(open)].paren_open_before) {
              a = ending_at(open - 1);
              break;
            }
        // ("X, the startup founded by Y, which we backed, was acquired": past a name an apposition's
        // preposition takes, to the name the apposition describes)
        if (a >= 0 && !genitive(a) && !pronoun(a) && c >= 2 && first(group_left(a).front()) >= 1 &&
            in_list(first(group_left(a).front()) - 1, {"by", "of", "at", "from", "for"}))
          continue;
        if (a >= 0 && !genitive(a) && !pronoun(a)) return group_left(a);
        break;
      }
  }
  // "Helsing — founded in 2021 by A, B and C — raised": the subject stands before an aside between dashes
  if (jc >= 1 && s_.tokens[static_cast<std::size_t>(jc)].dash_after && !s_.tokens[static_cast<std::size_t>(jc)].arrow_after)
    for (int c = jc - 1; c >= 0; --c)
      if (s_.tokens[static_cast<std::size_t>(c)].dash_after) {
        const int a = ending_at(c);
        if (a >= 0 && !genitive(a) && !pronoun(a) && !s_.tokens[static_cast<std::size_t>(c)].arrow_after) return group_left(a);
        break;
      }
  int j = k - 1;
  int steps = 0;
  while (j >= 0 && steps < 10) {
    // "Omar Haddad (formerly at Careem) joined Y": a parenthesis before the verb holds no subject
    if (s_.tokens[static_cast<std::size_t>(j)].close_after) {
      int open = j;
      while (open > 0 && open > j - 8 && !s_.tokens[static_cast<std::size_t>(open)].paren_open_before) --open;
      if (open > 0 && s_.tokens[static_cast<std::size_t>(open)].paren_open_before) {
        j = open - 1;
        ++steps;
        continue;
      }
    }
    const int m = ending_at(j);
    // ("ADLER: Your co-founder came from Kakao": a speaker's label is no subject of what is said)
    if (m >= 0 && first(m) == 0 && !pronoun(m) && *(s_.tokens[static_cast<std::size_t>(last(m))].text.data() +
                                     s_.tokens[static_cast<std::size_t>(last(m))].text.size()) == ':')
      break;
    if ((m < 0 || pronoun(m)) && lw_[static_cast<std::size_t>(j)] == "it" && j >= 1) {
      // "Nvidia said it had acquired", "The startup said last week it had secured": "it" is the one who said
      int said = j - 1;
      while (said >= 1 && said >= j - 3 && inside(said) < 0 && !in_list(said, {"said", "says", "announced", "confirmed"}) &&
             (is_date_word(said) || in_list(said, {"last", "this", "on", "week", "month", "year", "earlier"})))
        --said;
      if (said >= 1 && in_list(said, {"said", "says", "announced", "confirmed"})) {
        int speaker = ending_at(said - 1);
        // ("X, the cloud unit of telecoms group Y, said it had secured": an apposition closes before the verb;
        // the speaker is the sentence's subject it describes)
        if (s_.tokens[static_cast<std::size_t>(said - 1)].comma_after)
          for (int q = 0; q < static_cast<int>(s_.mentions.size()); ++q)
            if (s_.mentions[static_cast<std::size_t>(q)].role == Role::Subject && !pronoun(q) && !genitive(q) && first(q) < said) {
              speaker = q;
              break;
            }
        if (speaker >= 0 && !genitive(speaker)) return group_left(speaker);
      }
    }
    if (m >= 0) {
      if (genitive(m) && j == k - 1) return {};  // "Halcyon's board": not a subject
      // "OpenAI, which counts Microsoft as its backer, and Anthropic, backed by Amazon": a participle
      // right after the last member of a list whose members have clauses of their own is that member's
      if (j == k - 1 && s_.tokens[static_cast<std::size_t>(j)].comma_after && !genitive(m) && first(m) >= 2 &&
          lw_[static_cast<std::size_t>(first(m) - 1)] == "and" && s_.tokens[static_cast<std::size_t>(first(m) - 2)].comma_after &&
          inside(first(m) - 2) < 0)
        return {m};
      if (!genitive(m) && !is_descriptor_org(m)) {
        // "Oasis Research, a unit of Abu Dhabi conglomerate Tamkeen Holdings, on Tuesday released":
        // a name inside an apposition that closes before the verb; the subject is the head
        bool closed = false;
        for (int q = last(m); q < k; ++q) closed = closed || s_.tokens[static_cast<std::size_t>(q)].comma_after;
        if (closed) {
          const int head = first(group_left(m).front());  // "which is backed by A and B,": before A
          for (int c = head - 1; c >= 1 && c >= head - 8; --c) {
            if (s_.tokens[static_cast<std::size_t>(c)].comma_after) {
              const int h = ending_at(c);
              if (h >= 0 && !genitive(h) && c + 1 < n_ && in_list(c + 1, {"a", "an", "the"})) return group_left(h);
              // "The firm, which is backed by A and B, was co-founded by X": past the relative clause
              if (h >= 0 && !genitive(h) && c + 1 < n_ && in_list(c + 1, {"which", "who"})) return group_left(h);
              break;
            }
            if (inside(c) >= 0 && !genitive(inside(c))) break;
          }
        }
        const std::vector<int> group = group_left(m);  // "that A and B co-founded": before the first of them
        const int f = s_.mentions[static_cast<std::size_t>(group.empty() ? m : group.front())].first;
        if (f >= 1 && (lw_[static_cast<std::size_t>(f - 1)] == "which" || lw_[static_cast<std::size_t>(f - 1)] == "that" ||
                       lw_[static_cast<std::size_t>(f - 1)] == "whom")) {
          int a = f >= 2 ? ending_at(f - 2) : -1;
          // "Loomstack is a San Francisco startup that A and B co-founded", "X, a startup that A founded":
          // the relative clause's head noun describes the name before the copula or apposition
          for (int c = f - 2; a < 0 && c >= 1 && c >= f - 9 && inside(c) < 0; --c) {
            if (in_list(c, {"is", "was"})) {
              a = ending_at(c - 1);
              break;
            }
            if (s_.tokens[static_cast<std::size_t>(c - 1)].comma_after && in_list(c, {"a", "an", "the"})) {
              a = ending_at(c - 1);
              break;
            }
            if (s_.tokens[static_cast<std::size_t>(c)].comma_after) break;
          }
          // "DeepMind in London, which Google had bought": past a place after the name
          if (a < 0 && f >= 4 && s_.tokens[static_cast<std::size_t>(f - 2)].comma_after && inside(f - 2) < 0 && in_list(f - 3, {"in"}) &&
              is_place(s_.tokens[static_cast<std::size_t>(f - 2)].text))
            a = ending_at(f - 4);
          if (a >= 0) relative = a;
        }
        return group_left(m);
      }
    }
    const std::string& w = lw_[static_cast<std::size_t>(j)];
    if (w == "who" || w == "which" || w == "that") {
      int a = j >= 1 ? ending_at(j - 1) : -1;
      // "DeepMind in London, which Google had bought": past a place after the name
      if (a < 0 && j >= 3 && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after && inside(j - 1) < 0 && in_list(j - 2, {"in"}) &&
          is_place(s_.tokens[static_cast<std::size_t>(j - 1)].text))
        a = ending_at(j - 3);
      if (a < 0 && w != "who") {
        // "PayKaki, a payments startup that was bought by X": the head of the apposition ("Naver Cloud,
        // the group's cloud unit, which develops X": a possessive reference may stand in it)
        for (int c = j - 1; c >= 0 && c >= j - 8 && (inside(c) < 0 || (pronoun(inside(c)) && genitive(inside(c)))); --c)
          if (s_.tokens[static_cast<std::size_t>(c)].comma_after && c < j - 1) break;  // (", which": the comma closing it)
          else if (c >= 1 && s_.tokens[static_cast<std::size_t>(c - 1)].comma_after && in_list(c, {"a", "an", "the"})) {
            a = ending_at(c - 1);
            break;
          }
      }
      // ("Sue Bae, a former researcher at Naver who joined Lumeway": "who" is no organisation; the person
      // the apposition describes)
      if (a >= 0 && w == "who" && type(a) == EntityType::Organization)
        for (int c = first(a) - 1; c >= 1 && c >= first(a) - 8; --c) {
          if (inside(c) >= 0) break;
          if (s_.tokens[static_cast<std::size_t>(c - 1)].comma_after && in_list(c, {"a", "an", "the"})) {
            const int h = ending_at(c - 1);
            if (h >= 0 && type(h) == EntityType::Person && !genitive(h)) a = h;
            break;
          }
          if (s_.tokens[static_cast<std::size_t>(c)].comma_after) break;
        }
      // "Naver D2SF, the startup investment arm of internet giant Naver, which led the round": the
      // relative after an apposition "the ... of Y" is the head's, not Y's
      if (a >= 0 && w == "which" && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after && !genitive(a))
        for (int c = first(a) - 1; c >= 1 && c >= first(a) - 9 && inside(c) < 0; --c) {
          if (s_.tokens[static_cast<std::size_t>(c)].comma_after) break;
          if (in_list(c, {"the", "a", "an"}) && s_.tokens[static_cast<std::size_t>(c - 1)].comma_after) {
            bool of = false;
            for (int q = c + 1; q < first(a); ++q) of = of || lw_[static_cast<std::size_t>(q)] == "of";
            const int head = ending_at(c - 1);
            if (of && head >= 0 && type(head) == EntityType::Organization && !genitive(head)) a = head;
            break;
          }
        }
      // "Mistral's audio team, which last year released Voxtral": a team, group or lab an organisation
      // owns acts for it
      if (a < 0 && w == "which" && j >= 3 && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after &&
          in_list(j - 1, {"team", "group", "lab", "unit", "division", "arm"}))
        for (int c = j - 2; c >= 0 && c >= j - 4; --c) {
          const int g = inside(c);
          if (g >= 0) {
            if (genitive(g) && type(g) == EntityType::Organization && !pronoun(g)) a = g;
            break;
          }
          if (s_.tokens[static_cast<std::size_t>(c)].comma_after) break;
        }
      if (a < 0 && w == "who" && j >= 1) {
        // "X, the Character.AI co-founder who rejoined Google": the relative follows an apposition
        const int h = skip_descriptors_left(j - 1);
        if (h >= 0 && s_.tokens[static_cast<std::size_t>(h)].comma_after && ending_at(h) >= 0 &&
            type(ending_at(h)) == EntityType::Person)
          a = ending_at(h);
        // "X, a Lima-born engineer who spent five years at Y": an apposition of plain words (an organisation's name
        // among them: "X, an IIT Madras graduate who")
        for (int c = j - 1; a < 0 && c >= 1 && c >= j - 7 && (inside(c) < 0 || type(inside(c)) == EntityType::Organization); --c) {
          if (s_.tokens[static_cast<std::size_t>(c)].comma_after) break;
          if (s_.tokens[static_cast<std::size_t>(c - 1)].comma_after && in_list(c, {"a", "an", "the"})) {
            const int h2 = ending_at(c - 1);
            if (h2 >= 0 && type(h2) == EntityType::Person && !genitive(h2)) a = h2;
            break;
          }
        }
      }
      // "A, a former Google researcher, and B, who quit Flipkart": after a list whose members have
      // appositions of their own, the relative is the last member's
      if (a >= 0 && w == "who" && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after && first(a) >= 2 &&
          lw_[static_cast<std::size_t>(first(a) - 1)] == "and" && s_.tokens[static_cast<std::size_t>(first(a) - 2)].comma_after &&
          inside(first(a) - 2) < 0)
        return {a};
      return a >= 0 ? group_left(a) : std::vector<int>{};
    }
    if (inside(j) < 0 && s_.tokens[static_cast<std::size_t>(j)].comma_after && j == k - 1 - skipped_aux(k)) {
      // ", who left OpenAI in January, will serve": jump over the parenthetical clause
      for (int c = j - 1; c >= 0; --c)
        if (s_.tokens[static_cast<std::size_t>(c)].comma_after) {
          const int a = ending_at(c);
          if (a >= 0 && !genitive(a)) return group_left(a);
          break;
        }
      // "Corvane, which has offices in Tel Aviv and San Jose, California, was founded": a relative
      // clause with commas of its own, back to its "which" or "who"
      for (int c = j - 1; c >= 1 && c >= j - 20; --c)
        if (inside(c) < 0 && (lw_[static_cast<std::size_t>(c)] == "which" || lw_[static_cast<std::size_t>(c)] == "who")) {
          const int a = s_.tokens[static_cast<std::size_t>(c - 1)].comma_after ? ending_at(c - 1) : -1;
          if (a >= 0 && !genitive(a) && !pronoun(a)) return group_left(a);
          break;
        }
    }
    if ((w == "they" || w == "we" || w == "i") && inside(j) < 0 && j == k - 1 - skipped_aux(k)) {
      // "Mei Lin Tan and I started Ledgerly": the named partner; "X and Y announced they had
      // teamed up": the pair named first
      if (j >= 2 && lw_[static_cast<std::size_t>(j - 1)] == "and" && ending_at(j - 2) >= 0 &&
          !s_.tokens[static_cast<std::size_t>(j - 2)].comma_after)
        return group_left(ending_at(j - 2));
      if (w == "they")
        for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
          if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject && first(m) < j) {
            std::vector<int> g = group_right(m);
            return g.size() >= 2 ? g : std::vector<int>{};
          }
      return {};
    }
    // ("has since released": "since" after an auxiliary is an adverb, no clause boundary)
    if (is_boundary(w) && inside(j) < 0 && !(w == "since" && j > k - 1 - skipped_aux(k))) return {};
    --j;
    ++steps;
  }
  return {};
}

int RulesEn::skipped_aux(int k) const {
  int c = 0;
  for (int j = k - 1; j >= 0 && inside(j) < 0; --j) {
    const std::string& w = lw_[static_cast<std::size_t>(j)];
    // "has since released": "since" right after has/have/had
    const bool since = w == "since" && j >= 1 && in_list(j - 1, {"has", "have", "had"});
    if (!is_aux(w) && !since) break;
    ++c;
  }
  return c;
}

// The first mention of a fitting type after token k (and its group), within a few words.
std::vector<int> RulesEn::object_after(int k, std::string_view prep, bool want_product, int reach, bool investors) const {
  int j = k + 1;
  if (!prep.empty()) {
    int limit = k + reach;
    while (j < n_ && j < limit && lw_[static_cast<std::size_t>(j)] != prep) {
      if (inside(j) >= 0 || s_.tokens[static_cast<std::size_t>(j - 1)].comma_after) return {};
      ++j;
    }
    if (j >= n_ || j >= limit) return {};
    ++j;
  }
  bool only_nouns = true;
  for (int steps = 0; j < n_ && steps < 7; ++j, ++steps) {
    const int m = inside(j);
    if (m >= 0) {
      const EntityType t = type(m);
      const bool fits = want_product ? t == EntityType::Product : t != EntityType::Product;
      // "backed by SoftBank's Vision Fund 2", "moved to Meta's FAIR lab": the possessed organisation
      // (or after a description: "Kakao's venture capital arm Kakao Ventures")
      int owned = genitive(m) && last(m) + 1 < n_ ? inside(last(m) + 1) : -1;
      for (int q = last(m) + 1; genitive(m) && owned < 0 && q < n_ && q <= last(m) + 4 && !s_.tokens[static_cast<std::size_t>(q - 1)].comma_after; ++q) {
        if (inside(q) >= 0) {
          owned = inside(q);
          break;
        }
        if (!lower_word(s_.tokens[static_cast<std::size_t>(q)].text)) break;
      }
      const bool possessed_org = owned >= 0 && !want_product && type(owned) == EntityType::Organization && !genitive(owned);
      if (is_descriptor_org(m) || (genitive(m) && !fits) || (genitive(m) && want_product) || (genitive(m) && pronoun(m)) ||
          possessed_org) {
        // "with his sister Daniela Amodei": the possessor only describes the one named next
        j = s_.mentions[static_cast<std::size_t>(m)].last;
        // ("by former Google TPU engineers A and B": and the product between it and the title)
        if (is_descriptor_org(m) && j + 1 < n_ && inside(j + 1) >= 0 && type(inside(j + 1)) == EntityType::Product) j = last(inside(j + 1));
        continue;
      }
      // "acquired by LexisNexis parent RELX", "by Instagram owner Meta": the company named first only
      // describes the parent named after it, which is the object
      if (fits && !want_product && !genitive(m) && type(m) == EntityType::Organization && last(m) + 2 < n_ &&
          in_list(last(m) + 1, {"parent", "owner"})) {
        int q = last(m) + 2;
        if (q + 1 < n_ && in_list(q, {"company", "group"}) && inside(q) < 0) ++q;
        if (const int o = inside(q); o >= 0 && first(o) == q && type(o) == EntityType::Organization) {
          j = q - 1;
          continue;
        }
      }
      if (!fits && !want_product) return {};
      if (!fits) return {};
      // "by two people I admire enormously: A and B": the subject of a relative clause after its noun
      // is no object
      if (pronoun(m) && j >= 1 && inside(j - 1) < 0 && lower_word(s_.tokens[static_cast<std::size_t>(j - 1)].text) &&
          !is_determiner(lw_[static_cast<std::size_t>(j - 1)]) && !is_any(lw_[static_cast<std::size_t>(j - 1)], {"and", "or", "by", "with"}) &&
          s_.tokens[static_cast<std::size_t>(j)].text == "I" &&
          (lw_[static_cast<std::size_t>(j - 1)] == "people" ||
           (lw_[static_cast<std::size_t>(j - 1)].size() > 3 && lw_[static_cast<std::size_t>(j - 1)].back() == 's' &&
            !is_date_word(j - 1) && !is_any(lw_[static_cast<std::size_t>(j - 1)], {"years", "months", "weeks", "days", "times"})))) {
        j = last(m);
        continue;
      }
      return group_right(m, investors);
    }
    const std::string& w = lw_[static_cast<std::size_t>(j)];
    // "its chief executive and co-founder X": "and" between titles
    const bool title_and = w == "and" && j >= 1 && j + 1 < n_ && is_title_word(lw_[static_cast<std::size_t>(j - 1)]) &&
                           (is_title_word(lw_[static_cast<std::size_t>(j + 1)]) || is_title_filler(lw_[static_cast<std::size_t>(j + 1)]));
    if (!title_and && (is_boundary(w) || w == "by" || w == "and" || w == "who" || w == "which" || (w == "with" && prep != "with")))
      return {};
    if (w == "to" && prep.empty()) return {};  // "left last week to join Y": Y is the infinitive's
    // ("comes to Saebyeok from Samsung Research": past an unknown name, the next preposition's object
    // is no object of this one)
    if (w == "from" && (prep == "to" || prep == "with" || prep == "in" || prep == "into")) return {};
    // ("founded in 1974 by his father, Antônio Albuquerque": a kinship noun before the name it describes)
    if (!(is_determiner(w) || is_product_noun(w) || is_org_noun(w) || is_title_word(w) || is_title_filler(w) ||
          w.find('-') != std::string::npos ||
          is_any(w, {"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "grandfather",
                     "grandmother", "cousin", "nephew", "niece", "parents", "brothers", "sisters"})))
      only_nouns = false;
    // "released its first robot foundation model, Tsubame-1": the name after the product noun
    if (s_.tokens[static_cast<std::size_t>(j)].comma_after && !only_nouns && !(want_product && is_product_noun(w))) return {};
    // ("bought the largest block; SoftBank also invested": a semicolon ends the clause)
    if (*(s_.tokens[static_cast<std::size_t>(j)].text.data() + s_.tokens[static_cast<std::size_t>(j)].text.size()) == ';') return {};
  }
  return {};
}

// "by X" within a few words after k: the agent of a passive.
int RulesEn::by_after(int k) const {
  bool place = false;  // ("founded in Hangzhou in 2021 by X": a place after "in", of one or two words)
  for (int j = k + 1; j < n_ && j <= k + (place ? 8 : 7); ++j) {
    const std::string& w = lw_[static_cast<std::size_t>(j)];
    if (w == "by") return j;
    const std::string_view text = s_.tokens[static_cast<std::size_t>(j)].text;
    // (any one or two capitalised words no mention holds: a place the list does not know, "founded in Can Tho in
    // 2020 by X")
    const bool place_word = inside(j) < 0 && !text.empty() && text[0] >= 'A' && text[0] <= 'Z' &&
                            (lw_[static_cast<std::size_t>(j - 1)] == "in" || (place && j >= 2 && lw_[static_cast<std::size_t>(j - 2)] == "in"));
    if (place_word) {
      place = true;
      continue;
    }
    // (or a place of more words with its particles: "in San Salvador de Jujuy by X")
    if (place && inside(j) < 0 && (w == "de" || w == "del" || w == "la" || w == "do" || w == "da" || w == "dos") && j + 1 < n_ &&
        !s_.tokens[static_cast<std::size_t>(j + 1)].text.empty() && s_.tokens[static_cast<std::size_t>(j + 1)].text[0] >= 'A' &&
        s_.tokens[static_cast<std::size_t>(j + 1)].text[0] <= 'Z' && inside(j + 1) < 0) {
      ++j;
      continue;
    }
    if (inside(j) >= 0 || !(is_date_word(j) || w == "in" || w == "jointly" || w == "last" || w == "year" || w == "early" ||
                             w == "late" || w == "up" || w == "off" || w == "since" || w == "this" || w == "month" || w == "week" ||
                             // ("founded in the spring by X", "originally started by X")
                             w == "the" || w == "spring" || w == "summer" || w == "fall" || w == "autumn" || w == "winter" ||
                             w == "originally" || w == "quietly"))
      return -1;
  }
  return -1;
}

bool RulesEn::lower_word(std::string_view t) {
  if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) return false;
  for (char c : t)
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  return true;
}

bool RulesEn::in_list(int k, std::initializer_list<std::string_view> list) const {
  if (k < 0 || k >= n_) return false;
  for (std::string_view x : list)
    if (lw_[static_cast<std::size_t>(k)] == x) return true;
  return false;
}

// "X, the video startup Y acquired": the head X of an apposition that ends in the subject of
// an object-less verb; -1 when subject mention m does not close such an apposition.
int RulesEn::only_org_between(int from, int to, bool after_at) const {
  int count = 0, only = -1;
  for (int q = from; q < to; ++q)
    if (const int m = inside(q); m >= 0) {
      if (type(m) == EntityType::Organization && !pronoun(m) && m != only) {
        ++count;
        only = !after_at || (first(m) >= 1 && in_list(first(m) - 1, {"at"}) && !genitive(m)) ? m : -1;
      }
      q = last(m);
    }
  return count == 1 ? only : -1;
}

int RulesEn::reduced_head(int m) const {
  int j = first(m) - 1;
  bool noun = false;
  for (int steps = 0; j >= 0 && steps < 6 && inside(j) < 0; ++steps, --j) {
    const std::string& w = lw_[static_cast<std::size_t>(j)];
    if (w == "the" || w == "a" || w == "an") break;
    const std::string_view tw = s_.tokens[static_cast<std::size_t>(j)].text;
    // "the San Francisco startup he co-founded": a capitalised place word may modify the noun
    const bool place = !tw.empty() && tw[0] >= 'A' && tw[0] <= 'Z' && strip_possessive(tw).size() == tw.size();
    // "a dense 70B model the company shipped": a size or a version too
    const bool figure = !tw.empty() && tw[0] >= '0' && tw[0] <= '9';
    if (s_.tokens[static_cast<std::size_t>(j)].comma_after || !(lower_word(tw) || place || figure)) return -1;
    if (is_org_noun(w) || is_product_noun(w) || w == "lab" || w == "venture") noun = true;
  }
  if (!noun || j < 1 || inside(j) >= 0 || !in_list(j, {"the", "a", "an"})) return -1;
  if (!s_.tokens[static_cast<std::size_t>(j - 1)].comma_after) return -1;
  const int h = ending_at(j - 1);
  return h >= 0 && !pronoun(h) && !genitive(h) ? h : -1;
}

// The mention after "from" within a few words after k, or -1.
int RulesEn::source_after(int k) const {
  for (int j = k; j < n_ && j <= k + 2; ++j)
    if (lw_[static_cast<std::size_t>(j)] == "from") {
      std::vector<int> o = object_after(j, "", false);
      return o.empty() || type(o.front()) != EntityType::Organization ? -1 : o.front();
    }
  return -1;
}

// "as (its) TITLE" or "to become (its) TITLE" at token j, or "".
std::string RulesEn::role_at(int j) const {
  j = skip_fillers(j);  // "joined us in April as VP of Engineering"
  if (j < n_ && lw_[static_cast<std::size_t>(j)] == "as") return title_after(j + 1);
  if (j + 1 < n_ && lw_[static_cast<std::size_t>(j)] == "to" && lw_[static_cast<std::size_t>(j + 1)] == "become") return title_after(j + 2);
  return {};
}

// A comma, semicolon or colon right after token k.
bool RulesEn::clause_ends_after(int k) const {
  const std::string_view t = s_.tokens[static_cast<std::size_t>(k)].text;
  const char c = *(t.data() + t.size());  // the normalised text goes on after every token
  return s_.tokens[static_cast<std::size_t>(k)].comma_after || c == ';' || c == ':';
}

}  // namespace inmaek::extract::rules_en
