// English descriptor phrases: titles before and after names, copulas, subsidiaries and
// possessive products.
#include <algorithm>
#include <string>

#include "extract/english_words.h"
#include "extract/rules_en_internal.h"

namespace inmaek::extract {
namespace {

using R = RelationType;
using namespace en;

constexpr double kConfTitle = 0.8, kConfCopula = 0.8, kConfPossessive = 0.7, kConfSubsidiary = 0.8;

// The organisation a title without one refers to: the subject of the sentence when it is an
// organisation named before `before`, else the organisation the person was said to found, join or
// work for ("Vidal founded Quorra ... Vidal is chief executive"), else the organisation the previous
// sentence was about, else the one the article is about.
int bare_title_org(const SentenceEn& s, int before, int person = -1) {
  // "Vektorwerk's 40-person team, including co-founders A and B, will move ...": the people of the
  // organisation whose team or staff the sentence is about
  if (!s.s_.mentions.empty() && s.genitive(0) && s.type(0) == EntityType::Organization && s.first(0) < before && !s.pronoun(0))
    for (int k = s.last(0) + 1; k < before && k <= s.last(0) + 3; ++k)
      if (is_any(s.lw_[static_cast<std::size_t>(k)], {"team", "staff", "employees", "engineers", "researchers", "people", "founders"}))
        return s.ent(0);
  int subject_person = -1;
  for (int m = 0; m < static_cast<int>(s.s_.mentions.size()); ++m)
    if (s.s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
      if (s.type(m) == EntityType::Organization && s.first(m) < before) return s.ent(m);
      if (s.type(m) == EntityType::Person && s.first(m) < before && s.ent(m) != person) subject_person = s.ent(m);
      break;
    }
  if (person >= 0 && s.ctx_.person_org)
    if (const auto it = s.ctx_.person_org->find(person); it != s.ctx_.person_org->end()) return it->second;
  // "Founders A and B started the company in 2023": the company the sentence itself refers to
  // (or whose place they are at: "chief technology officer X at the company's headquarters", a caption)
  for (int m = 0; m < static_cast<int>(s.s_.mentions.size()); ++m)
    if (s.pronoun(m) && (!s.genitive(m) || (s.first(m) >= 1 && s.lw_[static_cast<std::size_t>(s.first(m) - 1)] == "at")) && s.s_.mentions[static_cast<std::size_t>(m)].last > s.s_.mentions[static_cast<std::size_t>(m)].first &&
        s.type(m) == EntityType::Organization && s.first(m) > before)
      return s.ent(m);
  // "He's joined by co-founder X": a colleague of the subject, at the subject's company
  if (subject_person >= 0 && s.ctx_.person_org)
    if (const auto it = s.ctx_.person_org->find(subject_person); it != s.ctx_.person_org->end()) return it->second;
  const int prev = s.ctx_.previous_topic;
  if (prev >= 0 && s.ctx_.entities[static_cast<std::size_t>(prev)].type == EntityType::Organization) return prev;
  // "X stepped down as chief executive of Tiba Signal. Co-founder Wanjiru Kamau takes over as CEO.": a
  // succession after a sentence about a person is at the organisation named last
  if (prev >= 0 && s.ctx_.entities[static_cast<std::size_t>(prev)].type == EntityType::Person) {
    bool succession = false;
    for (int k = 0; k + 1 < s.n_; ++k)
      succession = succession || (is_any(s.lw_[static_cast<std::size_t>(k)], {"takes", "took", "taking"}) && s.lw_[static_cast<std::size_t>(k + 1)] == "over") ||
                   is_any(s.lw_[static_cast<std::size_t>(k)], {"succeeds", "succeeded", "replaces", "replaced", "interim"});
    if (succession && s.ctx_.pair_second >= 0) return s.ctx_.pair_second;
  }
  return s.ctx_.main_org;
}

// A chief's title: "CEO", "chief technology officer", "President".
bool is_top_title(std::string_view role) {
  const std::string r = lower(role);
  for (std::string_view t : {"chief", "ceo", "cto", "cfo", "coo", "cpo", "president", "chairman", "chairwoman"})
    if (r.find(t) != std::string::npos && r.find("vice") == std::string::npos) return true;
  return false;
}

bool is_investor_word(std::string_view w) {
  return w == "investor" || w == "investors" || w == "backer" || w == "backers" || w == "shareholder" || w == "shareholders";
}

// A lower-case word of letters (and hyphens) outside any mention: "semiconductor", "payments".
bool is_plain_word(const SentenceEn& s, int k) {
  const std::string_view t = s.s_.tokens[static_cast<std::size_t>(k)].text;
  if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) return false;
  for (char c : t)
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  const std::string& w = s.lw_[static_cast<std::size_t>(k)];
  return w != "and" && w != "of" && w != "who" && w != "which" && w != "that" && w != "at" && w != "in" && w != "for" &&
         w != "with" && w != "from" && w != "to" && w != "by" && w != "on" && w != "is" && w != "was";
}

}  // namespace

// True when word k ends the line, or only a place in parentheses follows it: a panel's "Tomasz
// Wiercinski, co-founder and CEO, Vistula Intelligence (Warsaw)".
bool ends_line(const SentenceEn& s, int k) {
  if (k == s.n_ - 1) return true;
  const auto& t = s.s_.tokens;
  if (k + 1 >= s.n_ || s.n_ - k - 1 > 3 || !t[static_cast<std::size_t>(k + 1)].paren_open_before || !t.back().close_after) return false;
  for (int q = k + 1; q < s.n_; ++q)
    if (s.inside(q) >= 0 && s.type(s.inside(q)) != EntityType::Organization) return false;
  return true;
}

Descriptor parse_descriptor(const SentenceEn& s, int k) {
  Descriptor d;
  const auto& lw = s.lw_;
  // "one of Mistral's investors", "among its backers" (after "is also")
  while (k < s.n_ && s.inside(k) < 0 && (lw[static_cast<std::size_t>(k)] == "also" || lw[static_cast<std::size_t>(k)] == "still")) ++k;
  if (k + 1 < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "one" && lw[static_cast<std::size_t>(k + 1)] == "of") k += 2;
  // ("two of the three co-founders of Inflection AI", "both of its founders")
  else if (k + 1 < s.n_ && s.inside(k) < 0 && is_any(lw[static_cast<std::size_t>(k)], {"two", "three", "four", "both", "all"}) &&
           lw[static_cast<std::size_t>(k + 1)] == "of") {
    k += 2;
    if (k + 1 < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "the" &&
        is_any(lw[static_cast<std::size_t>(k + 1)], {"two", "three", "four", "five", "six"}))
      k += 2;
  }
  else if (k < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "among") ++k;
  // "previously a researcher on ByteDance's Seed team": the past before the article
  if (k + 1 < s.n_ && s.inside(k) < 0 && (lw[static_cast<std::size_t>(k)] == "previously" || lw[static_cast<std::size_t>(k)] == "formerly") &&
      (lw[static_cast<std::size_t>(k + 1)] == "a" || lw[static_cast<std::size_t>(k + 1)] == "an" || lw[static_cast<std::size_t>(k + 1)] == "the"))
    d.former = true, ++k;
  while (k < s.n_ && s.inside(k) < 0 &&
         (lw[static_cast<std::size_t>(k)] == "a" || lw[static_cast<std::size_t>(k)] == "an" || lw[static_cast<std::size_t>(k)] == "the" ||
          lw[static_cast<std::size_t>(k)] == "two" || lw[static_cast<std::size_t>(k)] == "three" || lw[static_cast<std::size_t>(k)] == "now" ||
          lw[static_cast<std::size_t>(k)] == "both" || lw[static_cast<std::size_t>(k)] == "another" || lw[static_cast<std::size_t>(k)] == "fellow"))
    ++k;
  // ("the Toronto-born former Netflix vice president": where the person was born describes no post)
  if (k + 1 < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)].size() > 5 &&
      lw[static_cast<std::size_t>(k)].compare(lw[static_cast<std::size_t>(k)].size() - 5, 5, "-born") == 0)
    ++k;
  if (k < s.n_ && s.inside(k) < 0 && is_former_word(lw[static_cast<std::size_t>(k)])) d.former = true, ++k;
  // "both formerly of Google", "formerly at Meta": no title, the organisation left
  if (d.former && k + 1 < s.n_ && s.inside(k) < 0 && (lw[static_cast<std::size_t>(k)] == "of" || lw[static_cast<std::size_t>(k)] == "at") &&
      s.inside(k + 1) >= 0 && s.type(s.inside(k + 1)) == EntityType::Organization) {
    int m = s.inside(k + 1);
    // ("both formerly of Meta's Paris research lab": the possessor, unless the lab is named: "Meta's FAIR")
    // (or "of Sea's e-commerce arm Shopee": the unit named after a description)
    if (s.genitive(m))
      for (int q = s.last(m) + 1; q < s.n_ && q <= s.last(m) + 4; ++q) {
        const int owned = s.inside(q);
        if (owned >= 0) {
          if (s.type(owned) == EntityType::Organization && !s.genitive(owned)) m = owned;
          break;
        }
        if (!is_plain_word(s, q) && s.lw_[static_cast<std::size_t>(q)].find('-') == std::string::npos) break;
      }
    d.org = s.ent(m);
    d.title_token = k;
    return d;
  }
  // "an existing OpenAI investor": one plain adjective before the organisation
  if (k + 1 < s.n_ && s.inside(k) < 0 && is_plain_word(s, k) && s.inside(k + 1) >= 0 &&
      s.type(s.inside(k + 1)) == EntityType::Organization && !s.s_.tokens[static_cast<std::size_t>(k)].comma_after)
    ++k;
  if (k < s.n_ && s.inside(k) >= 0 && s.type(s.inside(k)) == EntityType::Organization) {
    d.org = s.ent(s.inside(k));
    if (starts_ex(lw[static_cast<std::size_t>(k)])) d.former = true;  // "the ex-Anthropic researcher"
    k = s.last(s.inside(k)) + 1;
    // "a former Nvidia Corp. architect": the legal form after the name
    if (k < s.n_ && s.inside(k) < 0 && is_corporate_suffix(lw[static_cast<std::size_t>(k)])) ++k;
  } else if (k < s.n_ && starts_ex(lw[static_cast<std::size_t>(k)])) {
    d.org = s.entity_named(std::string_view(s.s_.tokens[static_cast<std::size_t>(k)].text).substr(3));
    d.former = true;
    ++k;
  }
  const int start = k;
  // "a semiconductor analyst at": up to two plain lower-case modifiers right before a title word
  int plain = 0;
  // "the Lagos-born founder of", "the 34-year-old chief executive of": a descriptive compound first
  if (k + 1 < s.n_ && s.inside(k) < 0 &&
      (lw[static_cast<std::size_t>(k)].find("-born") != std::string::npos || lw[static_cast<std::size_t>(k)].find("-year-old") != std::string::npos ||
       lw[static_cast<std::size_t>(k)].find("-based") != std::string::npos) &&
      !s.s_.tokens[static_cast<std::size_t>(k)].comma_after)
    ++k;
  // ("the Nigerian founder of payments company Ledgerline": a nationality before the title)
  if (k + 1 < s.n_ && s.inside(k) < 0 && s.inside(k + 1) < 0 && is_title_word(lw[static_cast<std::size_t>(k + 1)]) &&
      !is_title_word(lw[static_cast<std::size_t>(k)]) && !s.s_.tokens[static_cast<std::size_t>(k)].comma_after) {
    const std::string_view t = s.s_.tokens[static_cast<std::size_t>(k)].text;
    if (is_nationality_word(t)) ++k;
  }
  while (k + plain < s.n_ && plain < 2 && s.inside(k + plain) < 0 && is_plain_word(s, k + plain) &&
         !is_title_word(lw[static_cast<std::size_t>(k + plain)]) && !is_title_filler(lw[static_cast<std::size_t>(k + plain)]) &&
         !s.s_.tokens[static_cast<std::size_t>(k + plain)].comma_after)
    ++plain;
  if (plain > 0 && k + plain < s.n_ && s.inside(k + plain) < 0 && is_title_word(lw[static_cast<std::size_t>(k + plain)]))
    k += plain;
  int last_title = -1;
  while (k < s.n_ && k < start + 8 && s.inside(k) < 0) {
    const std::string& w = lw[static_cast<std::size_t>(k)];
    if (is_former_word(w)) d.former = true;
    else if (is_title_word(w)) {
      last_title = k;
      if (w == "alumnus" || w == "alumni" || w == "alumna" || w == "alum") d.former = true;  // "another OpenAI alumnus"
      if (is_founder_word(w)) d.founder = true;
      else if (is_investor_word(w)) d.investor = true;
      else d.other_title = true;
    } else if ((w == "and" || w == "&") && last_title == k - 1 && k + 1 < s.n_ && s.inside(k + 1) < 0 &&
               (is_title_word(lw[static_cast<std::size_t>(k + 1)]) || is_title_filler(lw[static_cast<std::size_t>(k + 1)]))) {
      // "co-founder and CEO of Y"
    } else if (last_title < 0 && is_plain_word(s, k) && !s.s_.tokens[static_cast<std::size_t>(k)].comma_after && k + 1 < s.n_ &&
               s.inside(k + 1) < 0 && is_title_word(lw[static_cast<std::size_t>(k + 1)])) {
      // "a senior actuarial analyst at Y": a plain word of the trade after a filler, right before the title
    } else if (!is_title_filler(w) || w == "of" || w == "and") break;
    if (s.s_.tokens[static_cast<std::size_t>(k)].comma_after) { ++k; break; }
    ++k;
  }
  if (last_title < 0) return Descriptor{};
  // "a former OpenAI colleague of Petrossian's": a colleague of a person, not a past at OpenAI
  if (is_any(lw[static_cast<std::size_t>(last_title)], {"colleague", "colleagues"}) && last_title + 1 < s.n_ &&
      lw[static_cast<std::size_t>(last_title + 1)] == "of")
    return Descriptor{};
  // ("both alumni of the Babeș-Bolyai University computer science faculty": a school's alumni studied there)
  if (is_any(lw[static_cast<std::size_t>(last_title)], {"alumnus", "alumni", "alumna", "alum"}) && last_title + 1 < s.n_ &&
      lw[static_cast<std::size_t>(last_title + 1)] == "of")
    for (int q = last_title + 2; q < s.n_ && q <= last_title + 4; ++q)
      if (s.inside(q) >= 0) {
        const Mention& m = s.s_.mentions[static_cast<std::size_t>(s.inside(q))];
        const std::string_view name(s.s_.tokens[static_cast<std::size_t>(m.first)].text.data(),
                                    static_cast<std::size_t>(s.s_.tokens[static_cast<std::size_t>(m.last)].text.data() +
                                                             s.s_.tokens[static_cast<std::size_t>(m.last)].text.size() -
                                                             s.s_.tokens[static_cast<std::size_t>(m.first)].text.data()));
        for (std::string_view school : {"University", "College", "School", "Universidad", "Universität", "Université", "Universidade", "Politecnico"})
          if (name.find(school) != std::string_view::npos) return Descriptor{};
        break;
      }
  d.title_token = last_title;
  // the role without founder words: "co-founder and CEO" -> "CEO"
  int role_from = start;
  for (int q = start; q <= last_title; ++q)
    if (is_founder_word(lw[static_cast<std::size_t>(q)]) || lw[static_cast<std::size_t>(q)] == "and" || lw[static_cast<std::size_t>(q)] == "&")
      role_from = q + 1;
  if (!d.founder) role_from = start;
  for (int q = role_from; q <= last_title; ++q)
    if (!is_former_word(lw[static_cast<std::size_t>(q)]))
      {
      if (!d.role.empty()) d.role += ' ';
      d.role += s.s_.tokens[static_cast<std::size_t>(q)].text;
    }
  int after = last_title + 1;
  // "VP Engineering at Y", "CTO Platform at Y": the field after the title, without "of"
  {
    int q = after;
    while (q < s.n_ && q < after + 3 && s.inside(q) < 0 && is_title_filler(lw[static_cast<std::size_t>(q)]) &&
           !is_any(lw[static_cast<std::size_t>(q)], {"of", "and", "a", "an", "the"}) && !s.s_.tokens[static_cast<std::size_t>(q - 1)].comma_after)
      ++q;
    if (q > after && q + 1 < s.n_ && lw[static_cast<std::size_t>(q)] == "at" && !s.s_.tokens[static_cast<std::size_t>(q - 1)].comma_after)
      after = q;
  }
  // "head of platform engineering at Y", "vice president for global business at Y": the unit after
  // "of" or "for" is no organisation name
  // ("a former lecturer in statistics at Y": the subject taught, after "in")
  if (after < s.n_ && is_any(lw[static_cast<std::size_t>(after)], {"of", "for", "in"}) &&
      !s.s_.tokens[static_cast<std::size_t>(last_title)].comma_after) {
    int q = after + 1;
    // "head of Africa partnerships at OpenAI": capitalised words of the field too
    auto field_word = [&](int x) {
      const std::string_view t = s.s_.tokens[static_cast<std::size_t>(x)].text;
      return is_plain_word(s, x) || (!t.empty() && t[0] >= 'A' && t[0] <= 'Z' && x + 1 < s.n_ && lw[static_cast<std::size_t>(x + 1)] != "of");
    };
    while (q < s.n_ && q <= after + 4 && s.inside(q) < 0 &&
           (field_word(q) || (is_title_filler(lw[static_cast<std::size_t>(q)]) && lw[static_cast<std::size_t>(q)] != "and")) &&
           !s.s_.tokens[static_cast<std::size_t>(q)].comma_after && lw[static_cast<std::size_t>(q)] != "at")
      ++q;
    if (q > after + 1 && q + 1 < s.n_ && lw[static_cast<std::size_t>(q)] == "at") after = q, last_title = q - 1;
    // "an early backer of AI evaluation startup Mirefield": the organisation named after its description
    else if (q > after + 1 && q < s.n_ && s.inside(q) >= 0 && s.type(s.inside(q)) == EntityType::Organization &&
             is_org_noun(lw[static_cast<std::size_t>(q - 1)]))
      d.org = s.ent(s.inside(q));
  }
  // "an angel investor in the startup": investors are "in" what they back
  const bool investor_in = d.investor && after < s.n_ && lw[static_cast<std::size_t>(after)] == "in";
  // ("a former fraud analyst with Police Scotland": a post held with an organisation)
  const bool post_with = !d.investor && after < s.n_ && lw[static_cast<std::size_t>(after)] == "with" && after + 1 < s.n_ &&
                         s.inside(after + 1) >= 0 && s.first(s.inside(after + 1)) == after + 1 &&
                         s.type(s.inside(after + 1)) == EntityType::Organization && !s.genitive(s.inside(after + 1));
  if (after < s.n_ && !s.s_.tokens[static_cast<std::size_t>(last_title)].comma_after &&
      (lw[static_cast<std::size_t>(after)] == "of" || lw[static_cast<std::size_t>(after)] == "at" || investor_in || post_with) && after + 1 < s.n_) {
    int q = after + 1;
    if (s.inside(q) < 0 && lw[static_cast<std::size_t>(q)] == "the" && q + 1 < s.n_) ++q;
    // "co-founder of the Istanbul-based payments company Paylane": a description before the name
    for (int r = q, steps = 0; r < s.n_ && steps < 4 && s.inside(r) < 0; ++r, ++steps)
      // (and "at trading house Gray Birch Trading", "at fashion house X": a house of a trade, in lower case)
      if ((is_org_noun(lw[static_cast<std::size_t>(r)]) || lw[static_cast<std::size_t>(r)].find("-based") != std::string::npos ||
           (r > q && s.s_.tokens[static_cast<std::size_t>(r)].text == "house")) &&
          r + 1 < s.n_ && s.inside(r + 1) >= 0) {  // "at the Hyderabad-based Deccan Institute"
        q = r + 1;
        break;
      } else if (r + 1 < s.n_ && s.inside(r + 1) >= 0 && strip_possessive(s.s_.tokens[static_cast<std::size_t>(r)].text).size() !=
                                                              s.s_.tokens[static_cast<std::size_t>(r)].text.size() &&
                 is_place(strip_possessive(s.s_.tokens[static_cast<std::size_t>(r)].text))) {  // "at Senegal's Wave"
        q = r + 1;
        break;
      } else if (!(is_plain_word(s, r) || lw[static_cast<std::size_t>(r)].find('-') != std::string::npos ||
                   is_stop_word(s.s_.tokens[static_cast<std::size_t>(r)].text) ||
                   is_place(s.s_.tokens[static_cast<std::size_t>(r)].text) ||
                   // ("at Polish studio Zuraw Interactive": a nationality before the kind)
                   is_nationality_word(s.s_.tokens[static_cast<std::size_t>(r)].text))) {  // "of Nairobi health-AI startup Y"
        break;
      }
    int m = s.inside(q);
    // "a research engineer at Meta's FAIR lab": the possessor's lab named after it
    if (m >= 0 && s.genitive(m) && s.last(m) + 1 < s.n_ && s.inside(s.last(m) + 1) >= 0 &&
        s.type(s.inside(s.last(m) + 1)) == EntityType::Organization && !s.genitive(s.inside(s.last(m) + 1)))
      m = s.inside(s.last(m) + 1);
    if (m >= 0 && s.type(m) == EntityType::Organization) d.org = s.ent(m);
  }
  // a profile line "Karthik Subramanian • Executive Director, Bhasha Commons": the organisation ending
  // the line after the title and a comma
  if (d.org < 0 && s.s_.tokens[static_cast<std::size_t>(last_title)].comma_after && after < s.n_ && s.inside(after) >= 0 &&
      s.first(s.inside(after)) == after && ends_line(s, s.last(s.inside(after))) && s.type(s.inside(after)) == EntityType::Organization &&
      !s.genitive(s.inside(after)))
    d.org = s.ent(s.inside(after));
  // "a researcher on ByteDance's Seed team", "an engineer in Google's speech group": the possessor's unit
  if (d.org < 0 && after + 1 < s.n_ && !s.s_.tokens[static_cast<std::size_t>(last_title)].comma_after &&
      (lw[static_cast<std::size_t>(after)] == "on" || lw[static_cast<std::size_t>(after)] == "in")) {
    const int m = s.inside(after + 1);
    if (m >= 0 && s.first(m) == after + 1 && s.genitive(m) && !s.pronoun(m) && s.type(m) == EntityType::Organization) d.org = s.ent(m);
  }
  return d;
}

namespace {

// "an IIT Madras alumna", "Stanford alumni X": who studied at a school did not work there (no departure)
bool school_alumni(const SentenceEn& s, int title, int org) {
  if (!is_any(s.lw_[static_cast<std::size_t>(title)], {"alumnus", "alumni", "alumna", "alum", "graduate", "graduates"})) return false;
  const std::string& name = s.ctx_.entities[static_cast<std::size_t>(org)].name;
  for (std::string_view school : {"University", "College", "School", "Institute", "Universidad", "Universität", "Université", "Universidade",
                                  "Politecnico", "Polytechnic", "Academy"})
    if (name.find(school) != std::string::npos) return true;
  for (std::string_view prefix : {"IIT ", "IIM ", "NIT ", "MIT", "KAIST", "ETH", "EPFL", "UCL", "NYU", "UCLA", "Stanford", "Harvard", "Caltech",
                                  "Tsinghua", "Oxford", "Cambridge", "IISc"})
    if (name.rfind(prefix, 0) == 0) return true;
  return false;
}

void emit_descriptor(SentenceEn& s, const Descriptor& d, const std::vector<int>& people, const char* rule, double conf) {
  if (d.org < 0 || (d.former && !d.founder && d.title_token >= 0 && school_alumni(s, d.title_token, d.org))) return;
  for (int p : people) {
    if (s.type(p) == EntityType::Organization && d.investor && !d.other_title && !d.founder) {
      s.emit_ent(R::Invested, s.ent(p), d.org, d.title_token, conf, rule);  // "X, an existing Y investor"
      continue;
    }
    if (s.type(p) != EntityType::Person) continue;
    if (d.founder) {
      s.emit_ent(R::Founded, s.ent(p), d.org, d.title_token, conf, rule);
      if (d.other_title && !d.former) s.emit_ent(R::WorksFor, s.ent(p), d.org, d.title_token, conf, rule, d.role);
    } else if (d.investor && !d.other_title) {
      s.emit_ent(R::Invested, s.ent(p), d.org, d.title_token, conf, rule);
    } else if (d.former) {
      s.emit_ent(R::Left, s.ent(p), d.org, d.title_token, conf, rule);
    } else {
      s.emit_ent(R::WorksFor, s.ent(p), d.org, d.title_token, conf, rule, d.role);
    }
  }
}

// "I'm starting a new position as Research Lead at Sakana AI": the person took the post.
void new_position(SentenceEn& s, int k) {
  const auto& lw = s.lw_;
  if (k < 1 || k + 2 >= s.n_ || lw[static_cast<std::size_t>(k - 1)] != "new" || lw[static_cast<std::size_t>(k + 1)] != "as" ||
      !is_any(lw[static_cast<std::size_t>(k)], {"position", "role", "job"}) || is_irrealis_en(s.s_, k))
    return;
  int person = -1;
  for (int m = 0; m < static_cast<int>(s.s_.mentions.size()); ++m)
    if (s.first(m) < k && s.type(m) == EntityType::Person && !s.genitive(m)) person = m;
  if (person < 0) return;
  const Descriptor d = parse_descriptor(s, k + 2);
  if (d.org < 0 || d.former || d.founder) return;
  s.emit_ent(R::Joined, s.ent(person), d.org, k, kConfTitle, "en.new_position");
  if (!d.role.empty()) s.emit_ent(R::WorksFor, s.ent(person), d.org, k, kConfTitle, "en.new_position", d.role);
}

// "Herrera sold the startup and moved to São Paulo to become Pagora's head of AI": the post a move or
// a departure was made for is a joining.
void to_become(SentenceEn& s, int k) {
  const auto& lw = s.lw_;
  if (k < 2 || k + 1 >= s.n_ || lw[static_cast<std::size_t>(k)] != "become" || lw[static_cast<std::size_t>(k - 1)] != "to" ||
      is_irrealis_en(s.s_, k))
    return;
  int move = -1;
  for (int q = k - 2; q >= 0 && q >= k - 12; --q)
    if (s.inside(q) < 0 && is_any(lw[static_cast<std::size_t>(q)], {"moved", "relocated", "left", "quit", "resigned", "departed", "returned"})) {
      move = q;
      break;
    }
  if (move < 0) return;
  int who = -1;
  for (int m = 0; m < static_cast<int>(s.s_.mentions.size()) && s.first(m) < move; ++m)
    if (s.type(m) == EntityType::Person && !s.genitive(m)) who = m;
  if (who < 0) return;
  const Descriptor d = parse_descriptor(s, k + 1);
  if (d.org < 0 || d.former || d.founder || d.investor || d.title_token < 0) return;
  s.emit_ent(R::Joined, s.ent(who), d.org, d.title_token, kConfCopula, "en.to_become");
  if (!d.role.empty()) s.emit_ent(R::WorksFor, s.ent(who), d.org, d.title_token, kConfCopula, "en.to_become", d.role);
}

// A profile's headline under its author's name, "Research Lead at Sakana AI | ex-Samsung Research |
// Multilingual LLMs": a short line of descriptions without a name, each of the narrator.
void profile_headline(SentenceEn& s) {
  const int narrator = s.ctx_.narrator;
  if (narrator < 0 || s.n_ > 16 || s.n_ < 3) return;
  for (int m = 0; m < static_cast<int>(s.s_.mentions.size()); ++m)
    if (s.type(m) == EntityType::Person) return;
  const std::string_view t0 = s.s_.tokens[0].text;
  if (t0.empty() || !(t0[0] >= 'A' && t0[0] <= 'Z') || !(is_title_word(s.lw_[0]) || is_title_filler(s.lw_[0]))) return;
  const char end = *(s.s_.tokens.back().text.data() + s.s_.tokens.back().text.size());
  if (end == '.' || end == '!' || end == '?') return;  // a sentence, not a headline
  for (int k = 0; k < s.n_; ++k) {
    if (k > 0 && !s.s_.tokens[static_cast<std::size_t>(k - 1)].comma_after) continue;  // each part after a bar
    const Descriptor d = parse_descriptor(s, k);
    if (d.org < 0) continue;
    if (d.founder) s.emit_ent(R::Founded, narrator, d.org, k, kConfTitle, "en.profile_headline");
    else if (d.former) s.emit_ent(R::Left, narrator, d.org, k, kConfTitle, "en.profile_headline");
    else if (d.other_title) s.emit_ent(R::WorksFor, narrator, d.org, k, kConfTitle, "en.profile_headline", d.role);
  }
}

// The post after a person's apposition, or in a clause coordinated after the person's first verb:
// "Sung Ye-jin, a former Kakao product lead, has been named head of product at Podo Labs", "Diego
// Ferraz ... has left the fintech and is now VP of research at Sillok Semi".
void post_after(SentenceEn& s, int p, int k, bool after_departure) {
  const auto& lw = s.lw_;
  auto at = [&](int q) { return q < s.n_ && s.inside(q) < 0 ? lw[static_cast<std::size_t>(q)] : std::string(); };
  bool became = false;
  if (at(k) == "has" && at(k + 1) == "been" && is_any(at(k + 2), {"named", "appointed", "promoted", "tapped"})) k += 3, became = true;
  else if (is_any(at(k), {"was", "is"}) && is_any(at(k + 1), {"named", "appointed", "promoted", "tapped"})) k += 2, became = true;
  else if (is_any(at(k), {"became", "becomes"})) k += 1, became = true;
  else if (at(k) == "is" && at(k + 1) == "now") k += 2, became = after_departure;
  else return;
  if (is_any(at(k), {"as", "to"})) ++k;
  if (is_irrealis_en(s.s_, k)) return;
  const Descriptor d = parse_descriptor(s, k);
  if (d.org < 0 || d.former || d.founder || d.investor || !d.other_title) return;
  if (became) s.emit_ent(R::Joined, s.ent(p), d.org, d.title_token, kConfCopula, "en.post_after");
  s.emit_ent(R::WorksFor, s.ent(p), d.org, d.title_token, kConfCopula, "en.post_after", d.role);
}

}  // namespace

// A line of a call's or a panel's participants: "Daniel Okonkwo — Co-Founder and Chief Executive
// Officer" (a post at the organisation the text is about), "Ravi Menon — Morgan Stanley" (an analyst's
// firm); and a line of a list of moves, "Ethan Caldwell → Maru Labs" (where the person went).
static void dash_title_line(SentenceEn& s) {
  if (s.n_ < 3 || s.s_.mentions.empty()) return;
  const int p = 0;
  if (s.first(p) != 0 || s.type(p) != EntityType::Person || s.pronoun(p) || !s.s_.tokens[static_cast<std::size_t>(s.last(p))].dash_after) return;
  const int k = s.last(p) + 1;
  // an organisation that ends the line (after an arrow, where the person moved: "Oh Ji-hyun → Google DeepMind")
  if (const int o = s.inside(k); o >= 0 && s.first(o) == k && s.last(o) == s.n_ - 1 && s.type(o) == EntityType::Organization) {
    if (s.s_.tokens[static_cast<std::size_t>(s.last(p))].arrow_after) s.emit(R::Joined, p, o, k, kConfTitle, "en.arrow_line");
    else s.emit(R::WorksFor, p, o, k, kConfTitle, "en.dash_title_line");
    return;
  }
  std::string role;
  bool founder = false, title = false;
  for (int q = k; q < s.n_; ++q) {
    const std::string& w = s.lw_[static_cast<std::size_t>(q)];
    if (s.inside(q) >= 0) return;
    if (is_founder_word(w)) founder = true;
    else if (is_title_word(w)) title = true;
    else if (!(is_title_filler(w) || w == "and" || w == "&" || w == "investor" || w == "relations")) return;
    if (!is_founder_word(w) && w != "and" && w != "&") {
      if (!role.empty()) role += ' ';
      role += s.s_.tokens[static_cast<std::size_t>(q)].text;
    }
  }
  if (!title && !founder) return;
  const int org = s.ctx_.main_org;
  if (org < 0) return;
  if (founder) s.emit_ent(R::Founded, s.ent(p), org, k, kConfTitle, "en.dash_title_line");
  if (title) s.emit_ent(R::WorksFor, s.ent(p), org, k, kConfTitle, "en.dash_title_line", role);
}

void appositions(SentenceEn& s, std::vector<Found>& out) {
  profile_headline(s);
  dash_title_line(s);
  for (int p = 0; p < static_cast<int>(s.s_.mentions.size()); ++p) {
    if (s.type(p) != EntityType::Person || s.pronoun(p) || s.genitive(p)) continue;
    // "Yasmin El-Sayed (ex-Careem)", "Joon Park (formerly at Naver)": a description in parentheses
    if (const int k = s.last(p) + 1; k < s.n_ && s.s_.tokens[static_cast<std::size_t>(k)].paren_open_before) {
      const int o = s.inside(k);
      if (o >= 0 && starts_ex(s.lw_[static_cast<std::size_t>(k)]) && s.type(o) == EntityType::Organization &&
          s.s_.tokens[static_cast<std::size_t>(s.last(o))].close_after) {
        s.emit_ent(R::Left, s.ent(p), s.ent(o), k, kConfTitle, "en.parenthesis");  // "(ex-Careem)" alone
      } else {
        const Descriptor d = parse_descriptor(s, k);
        if (d.org >= 0 && (d.former || d.founder)) emit_descriptor(s, d, {p}, "en.parenthesis", kConfTitle);
      }
    }
    if (const int a = s.skip_apposition(p); a >= 0) post_after(s, p, a, false);
    // "Kasumi Labs was incorporated that autumn, with Arjun Malhotra, a former Sony AI colleague, as
    // co-founder and CTO": the titles at the organisation the sentence is about
    if (s.first(p) >= 1 && s.lw_[static_cast<std::size_t>(s.first(p) - 1)] == "with") {
      int a = s.skip_apposition(p);
      if (a < 0) a = s.last(p) + 1;
      if (a + 1 < s.n_ && s.inside(a) < 0 && s.lw_[static_cast<std::size_t>(a)] == "as" && !is_irrealis_en(s.s_, a)) {
        Descriptor d = parse_descriptor(s, a + 1);
        if (d.org < 0 && d.title_token >= 0 && !d.former)
          for (int m = 0; m < p; ++m)
            if (s.s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
              if (s.type(m) == EntityType::Organization && !s.genitive(m)) d.org = s.ent(m);
              break;
            }
        emit_descriptor(s, d, {p}, "en.with_as", kConfTitle);
      }
    }
    // "X, who ..., has left Y and is now TITLE at Z": the subject's second clause
    if (s.s_.mentions[static_cast<std::size_t>(p)].role == Role::Subject)
      for (int k = s.last(p) + 1; k + 2 < s.n_; ++k)
        if (s.inside(k) < 0 && s.lw_[static_cast<std::size_t>(k)] == "and" && s.lw_[static_cast<std::size_t>(k + 1)] == "is") {
          bool departure = false;
          for (int q = s.last(p) + 1; q < k; ++q)
            departure = departure || is_any(s.lw_[static_cast<std::size_t>(q)], {"left", "quit", "departed", "exited"});
          post_after(s, p, k + 1, departure);
          break;
        }
  }
  (void)out;
  const auto& lw = s.lw_;
  for (int k = 1; k + 2 < s.n_; ++k)
    if (s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] != "as") new_position(s, k);
  for (int k = 2; k + 1 < s.n_; ++k) to_become(s, k);
  const int nm = static_cast<int>(s.s_.mentions.size());
  for (int p = 0; p < nm; ++p) {
    const EntityType tp = s.type(p);
    // 1. Title before a person: "former OpenAI researcher X", "Quantara's CEO, Grace Liu", "ex-Google engineer X".
    if (tp == EntityType::Person && !s.pronoun(p)) {
      int j = s.first(p) - 1;
      // (an honorific between the title and the name: "CEO Dr. Tamar Levinson")
      if (j >= 1 && s.inside(j) < 0 && honorific_gender(lw[static_cast<std::size_t>(j)]) != 0)
        --j;
      int last_title = -1;
      bool former = false, founder = false, other_title = false;
      std::string role;
      int k = j;
      while (k >= 0 && s.inside(k) < 0 && k >= j - 5) {
        const std::string& w = lw[static_cast<std::size_t>(k)];
        if (s.s_.tokens[static_cast<std::size_t>(k)].comma_after && k != j) break;
        if (is_title_word(w)) {
          if (last_title < 0) last_title = k;
          // ("DeepMind alumna Mira Weber": an alumna worked there before)
          if (is_any(w, {"alumnus", "alumna", "alumni", "alum"})) former = true;
          if (is_founder_word(w)) founder = true;
          else other_title = true;
        } else if (is_former_word(w)) {
          former = true;
        } else if (is_post_adjective(w) && last_title >= 0) {
          // ("Sonari's remaining co-founder, Mira Hoffmann", "its other co-founder X")
        } else if (!is_title_filler(w) || w == "a" || w == "the" || w == "an" || w == "their") {
          break;
        }
        --k;
      }
      if (last_title >= 0) {
        int org = -1;
        // ("former Google TPU engineers X": past the organisation's product before the title)
        if (k >= 1 && s.inside(k) >= 0 && s.type(s.inside(k)) == EntityType::Product && s.first(s.inside(k)) >= 1 &&
            s.inside(s.first(s.inside(k)) - 1) >= 0 && s.type(s.inside(s.first(s.inside(k)) - 1)) == EntityType::Organization &&
            !s.genitive(s.inside(s.first(s.inside(k)) - 1)) && !s.s_.tokens[static_cast<std::size_t>(s.first(s.inside(k)) - 1)].comma_after)
          k = s.first(s.inside(k)) - 1;
        if (k >= 0 && s.inside(k) >= 0 && s.type(s.inside(k)) == EntityType::Organization) {
          org = s.ent(s.inside(k));
          const int f = s.first(s.inside(k));
          if ((f >= 1 && is_former_word(lw[static_cast<std::size_t>(f - 1)])) || starts_ex(lw[static_cast<std::size_t>(f)])) former = true;
        } else if (k >= 0 && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "their" && s.ctx_.pair_second >= 0 &&
                   s.ctx_.entities[static_cast<std::size_t>(s.ctx_.pair_second)].type == EntityType::Organization) {
          org = s.ctx_.pair_second;  // "the team at Yacaré Labs. Their founder, Ramiro Benítez, ...": the organisation named last
        } else if (k >= 0 && starts_ex(lw[static_cast<std::size_t>(k)])) {
          org = s.entity_named(std::string_view(s.s_.tokens[static_cast<std::size_t>(k)].text).substr(3));
          former = true;
        }
        for (int q = k + 1; q <= last_title; ++q)
          if (!is_former_word(lw[static_cast<std::size_t>(q)]) && !is_founder_word(lw[static_cast<std::size_t>(q)]) && lw[static_cast<std::size_t>(q)] != "and")
            {
            if (!role.empty()) role += ' ';
            role += s.s_.tokens[static_cast<std::size_t>(q)].text;
          }
        // "Chief Executive Officer Arthur Mensch said": a top title with no organisation is the
        // title at the organisation the article is about
        if (org < 0 && !former && (founder || is_top_title(role)) &&
            (k < 0 || s.s_.tokens[static_cast<std::size_t>(k)].comma_after || lw[static_cast<std::size_t>(k)] == "said" ||
             lw[static_cast<std::size_t>(k)] == "and" || lw[static_cast<std::size_t>(k)] == "with" ||
             lw[static_cast<std::size_t>(k)] == "including" || lw[static_cast<std::size_t>(k)] == "interim" ||
             // "founded in 2023 by CEO X and CTO Y", "reporting to chief executive X", "under CEO X"
             lw[static_cast<std::size_t>(k)] == "by" || lw[static_cast<std::size_t>(k)] == "to" ||
             lw[static_cast<std::size_t>(k)] == "under" || lw[static_cast<std::size_t>(k)] == "told")) {
          org = bare_title_org(s, s.first(p), s.ent(p));  // "... with Chief Technology Officer Ravi Subramaniam", "Founder X said"
          // "Founder and CEO X started Ajala in 2023": the company the sentence has the person found
          if (const int v = s.last(p) + 1; v + 1 < s.n_ &&
                                           is_any(lw[static_cast<std::size_t>(v)], {"started", "founded", "co-founded", "cofounded", "launched"}) &&
                                           s.inside(v + 1) >= 0 && s.type(s.inside(v + 1)) == EntityType::Organization)
            org = s.ent(s.inside(v + 1));
          // "- Founder Priya Raghunathan spent four years at Y": a list item under a heading this reading
          // does not know names no company, unless the person's own is known
          if (k < 0 && opens_with_list_mark(s.s_)) {
            org = -1;
            if (s.ctx_.person_org)
              if (const auto it = s.ctx_.person_org->find(s.ent(p)); it != s.ctx_.person_org->end()) org = it->second;
          }
          // ("hired the staff of Sonari, including CEO and co-founder X": the organisation the list is of)
          if (k >= 1 && lw[static_cast<std::size_t>(k)] == "including" && s.inside(k - 1) >= 0 &&
              s.type(s.inside(k - 1)) == EntityType::Organization && !s.pronoun(s.inside(k - 1)) &&
              s.s_.tokens[static_cast<std::size_t>(k - 1)].comma_after)
            org = s.ent(s.inside(k - 1));
          // "will join Kaveri as head of AI, reporting to group CEO X": the organisation just named
          if (k >= 1 && lw[static_cast<std::size_t>(k)] == "to" && lw[static_cast<std::size_t>(k - 1)].compare(0, 6, "report") == 0)
            for (int q = k - 2; q >= 0; --q)
              if (s.inside(q) >= 0 && s.type(s.inside(q)) == EntityType::Organization) {
                org = s.ent(s.inside(q));
                break;
              }
        }
        // "Fennick CEO Ines Carvalho and CTO Kwame Osei": a title coordinated with a titled person
        // holds at that person's organisation
        if (org < 0 && !former && k >= 1 && s.inside(k) >= 0 && s.type(s.inside(k)) == EntityType::Person && k + 1 < s.n_ &&
            lw[static_cast<std::size_t>(k + 1)] == "and") {
          int q = s.first(s.inside(k)) - 1;
          while (q >= 0 && s.inside(q) < 0 && is_title_word(lw[static_cast<std::size_t>(q)])) --q;
          if (q >= 0 && q < s.first(s.inside(k)) - 1 && s.inside(q) >= 0 && s.type(s.inside(q)) == EntityType::Organization &&
              !s.pronoun(s.inside(q)))
            org = s.ent(s.inside(q));
          // "by CEO Sunil Rao and CTO Maren Holt": a top title beside a bare one is at the organisation in focus
          else if (q >= 0 && q < s.first(s.inside(k)) - 1 && s.inside(q) < 0 && is_top_title(role) &&
                   (lw[static_cast<std::size_t>(q)] == "by" || lw[static_cast<std::size_t>(q)] == "with" ||
                    s.s_.tokens[static_cast<std::size_t>(q)].comma_after))
            org = bare_title_org(s, s.first(p), s.ent(p));
        }
        // a plural title covers the people coordinated after it: "former X engineers A and B"
        const std::string& tw = lw[static_cast<std::size_t>(last_title)];
        const bool plural = tw.size() > 3 && tw.back() == 's' && tw != "boss";
        std::vector<int> people = plural ? s.group_right(p) : std::vector<int>{p};
        // (not past "together with C" / "along with C": the title is of the people coordinated by "and")
        for (std::size_t g = 1; g < people.size(); ++g)
          if (s.first(people[g]) >= 1 && lw[static_cast<std::size_t>(s.first(people[g]) - 1)] == "with") {
            people.resize(g);
            break;
          }
        if (org >= 0 && !(former && !founder && school_alumni(s, last_title, org)))
          for (int q : people) {
            if (founder) s.emit_ent(R::Founded, s.ent(q), org, last_title, kConfTitle, "en.title_before");
            if (former && !founder) s.emit_ent(R::Left, s.ent(q), org, last_title, kConfTitle, "en.title_before");
            if (!former && other_title) s.emit_ent(R::WorksFor, s.ent(q), org, last_title, kConfTitle, "en.title_before", role);
          }
      }
    }
    // "SoftBank's Masayoshi Son", "Google's Sundar Pichai": a company's person works for it
    if (tp == EntityType::Person && !s.pronoun(p) && s.first(p) >= 1) {
      const int o = s.inside(s.first(p) - 1);
      // (not the object of a hire: "Meta poached OpenAI's Jason Wei" says he was OpenAI's)
      const int before = o >= 0 ? s.first(o) - 1 : -1;
      bool hired = false;
      if (before >= 0 && s.inside(before) < 0)
        for (std::string_view v : {"hired", "hires", "poached", "poaches", "lured", "lures", "recruited", "recruits", "snagged",
                                   "nabbed", "tapped", "hire", "poach", "lure", "recruit"})
          hired = hired || lw[static_cast<std::size_t>(before)] == v;
      if (o >= 0 && !hired && s.last(o) == s.first(p) - 1 && s.genitive(o) && !s.pronoun(o) && s.type(o) == EntityType::Organization)
        s.emit_ent(R::WorksFor, s.ent(p), s.ent(o), s.first(p) - 1, kConfTitle, "en.possessive_person");
    }
    // "The co-founder and chief executive of Tejido Labs has ...": the title of the person meant
    if (tp == EntityType::Person && s.pronoun(p) && s.first(p) == 0 && lw[0] == "the")
      emit_descriptor(s, parse_descriptor(s, 1), {p}, "en.title_reference", kConfTitle);
    // 2. Apposition or copula after a person: "X, the CEO of Y", "X, a former Y researcher", "X is Y's CEO".
    if ((tp == EntityType::Person || tp == EntityType::Organization) && !s.genitive(p)) {
      const int l = s.last(p);
      int k = l + 1;
      bool ok = false, past = false, relative = false, became = false, earlier = false;
      // "Ramaswamy, 41, has served as ...": an age between commas is no apposition
      if (s.s_.tokens[static_cast<std::size_t>(l)].comma_after && k + 1 < s.n_ && s.inside(k) < 0 &&
          s.s_.tokens[static_cast<std::size_t>(k)].comma_after && lw[static_cast<std::size_t>(k)].size() <= 3 &&
          std::all_of(lw[static_cast<std::size_t>(k)].begin(), lw[static_cast<std::size_t>(k)].end(), [](char c) { return c >= '0' && c <= '9'; })) {
        ++k;
        // ("Jimmy Park, 41, Maru's chief executive, has been named ...": an apposition after the age)
        const int o = s.inside(k);
        if (k + 1 < s.n_ && ((o >= 0 && s.first(o) == k && s.genitive(o) && !s.pronoun(o) && s.type(o) == EntityType::Organization) ||
                             (o < 0 && (is_any(lw[static_cast<std::size_t>(k)], {"a", "an", "the"}) || is_former_word(lw[static_cast<std::size_t>(k)]) ||
                                        is_title_word(lw[static_cast<std::size_t>(k)])))))
          ok = true;
      }
      // ("Their founder, Ramiro Benítez, was at Mercado Libre": the comma closes an apposition before
      // the verb)
      else if (s.s_.tokens[static_cast<std::size_t>(l)].comma_after && k < s.n_ && s.inside(k) < 0 && s.first(p) >= 1 &&
               s.s_.tokens[static_cast<std::size_t>(s.first(p) - 1)].comma_after &&
               is_any(lw[static_cast<std::size_t>(k)], {"was", "is", "served", "serves", "became", "remains"}))
        ;
      else if (s.s_.tokens[static_cast<std::size_t>(l)].comma_after) {
        ok = true;
        // "X, once a principal scientist at Google,": a past post
        if (k + 1 < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "once" &&
            is_any(lw[static_cast<std::size_t>(k + 1)], {"a", "an", "the"}))
          past = earlier = true, ++k;
        // "X, who is Y's CEO,", "X, who's now Y's CEO", "X, who served as Y's chief executive"
        if (k < s.n_ && s.inside(k) < 0 &&
            (lw[static_cast<std::size_t>(k)] == "who" || (lw[static_cast<std::size_t>(k)] == "which" && tp == EntityType::Organization)))
          relative = true, ok = false, ++k;
      }
      if (!ok && k < s.n_) {
        while (k < s.n_ && (lw[static_cast<std::size_t>(k)] == "now" || lw[static_cast<std::size_t>(k)] == "also" ||
                            lw[static_cast<std::size_t>(k)] == "later" || lw[static_cast<std::size_t>(k)] == "eventually"))
          ++k;
        // "Mr. Tanabe most recently served as senior vice president of finance at Salesforce": a past post
        if (k + 2 < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "most" && lw[static_cast<std::size_t>(k + 1)] == "recently" &&
            lw[static_cast<std::size_t>(k + 2)] == "served")
          earlier = true, k += 2;
        else if (k + 1 < s.n_ && s.inside(k) < 0 && (lw[static_cast<std::size_t>(k)] == "previously" || lw[static_cast<std::size_t>(k)] == "formerly") &&
                 lw[static_cast<std::size_t>(k + 1)] == "served")
          earlier = true, k += 1;
        // "who until January was a vice president at Microsoft": a post held until then
        if (k + 2 < s.n_ && lw[static_cast<std::size_t>(k)] == "until" && s.inside(k) < 0) {
          int q = k + 1;
          while (q < s.n_ && q <= k + 4 && lw[static_cast<std::size_t>(q)] != "was") ++q;
          if (q < s.n_ && lw[static_cast<std::size_t>(q)] == "was") k = q, earlier = true;
        }
        const std::string w = k < s.n_ ? lw[static_cast<std::size_t>(k)] : std::string();
        const std::string w1 = k + 1 < s.n_ ? lw[static_cast<std::size_t>(k + 1)] : std::string();
        const bool whos = relative && lower(s.s_.tokens[static_cast<std::size_t>(k - 1)].text) == "who's";
        // "He's our CTO": the copula inside the pronoun
        const std::string lt = lower(s.s_.tokens[static_cast<std::size_t>(l)].text);
        const bool hes = tp == EntityType::Person && s.pronoun(p) && (lt == "he's" || lt == "she's") && w != "been" && w != "got";
        const std::string w2 = k + 2 < s.n_ ? lw[static_cast<std::size_t>(k + 2)] : std::string();
        const std::string w3 = k + 3 < s.n_ ? lw[static_cast<std::size_t>(k + 3)] : std::string();
        if (whos || hes) ok = true;
        // a return to a post: "X is back as chief executive", "X is coming back as CTO", "X returns as CEO"
        else if ((w == "is" || w == "was") && w1 == "back" && w2 == "as") ok = became = true, k += 3;
        else if ((w == "is" || w == "was") && w1 == "coming" && w2 == "back" && w3 == "as") ok = became = true, k += 4;
        else if (is_any(w, {"returns", "returned", "comes", "came"}) && w1 == "back" && w2 == "as") ok = became = true, k += 3;
        else if ((w == "returns" || w == "returned") && w1 == "as") ok = became = true, k += 2;
        else if (w == "is" || w == "are" || w == "remains") ok = true, ++k;
        else if (w == "was" || w == "were") {
          ok = past = true, ++k;
          // "Qureshi was earlier a principal researcher at Microsoft": a past post
          if (k < s.n_ && s.inside(k) < 0 && (lw[static_cast<std::size_t>(k)] == "earlier" || lw[static_cast<std::size_t>(k)] == "previously" ||
                                               lw[static_cast<std::size_t>(k)] == "once" || lw[static_cast<std::size_t>(k)] == "formerly"))
            earlier = true, ++k;
          // "Arantes was most recently a general manager at Amazon Web Services"
          else if (k + 1 < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "most" && lw[static_cast<std::size_t>(k + 1)] == "recently")
            earlier = true, k += 2;
        }
        // ("Iyer, who had been a research engineer at Google DeepMind, founded ...": the past perfect tells a post
        // that ended before)
        // (not before a promotion: "Jeff Wang, who had been Windsurf's head of business, became its interim CEO")
        else if ((w == "had" || w == "has") && w1 == "been") {
          ok = true, past = w == "had", k += 2;
          bool promoted = false;
          for (int q = k; q < s.n_; ++q)
            promoted = promoted || is_any(lw[static_cast<std::size_t>(q)], {"became", "becomes", "named", "promoted", "appointed", "elevated", "succeeded"});
          earlier = past && !promoted;
        }
        else if ((w == "serves" || w == "served") && w1 == "as") ok = true, past = w == "served", k += 2;
        else if (w == "has" && w1 == "served" && k + 2 < s.n_ && lw[static_cast<std::size_t>(k + 2)] == "as") ok = true, k += 3;
        else if (w == "became" || w == "becomes" || (w == "has" && w1 == "become")) ok = became = true, k += w == "has" ? 2 : 1;
        else if (w == "will" && (w1 == "become" || w1 == "remain")) ok = true, k += 2;  // an announced post: works_for only
        else if (w == "will" && w1 == "serve" && k + 2 < s.n_ && lw[static_cast<std::size_t>(k + 2)] == "as") ok = true, k += 3;
        else if (w == "will" && w1 == "stay" && k + 3 < s.n_ && lw[static_cast<std::size_t>(k + 2)] == "on" &&
                 lw[static_cast<std::size_t>(k + 3)] == "as")
          ok = true, k += 4;  // "Tanabe will stay on as Quantive's CEO"
        else if ((w == "stays" || w == "stayed") && w1 == "on" && k + 2 < s.n_ && lw[static_cast<std::size_t>(k + 2)] == "as")
          ok = true, k += 3;
        else if (w == "has" && w1 == "taken" && k + 3 < s.n_ && lw[static_cast<std::size_t>(k + 2)] == "over" &&
                 lw[static_cast<std::size_t>(k + 3)] == "as")
          ok = true, k += 4;  // "Sutskever has taken over as the startup's CEO"
        else if (w == "took" && w1 == "over" && k + 2 < s.n_ && lw[static_cast<std::size_t>(k + 2)] == "as")
          ok = became = true, k += 3;  // "since X took over as CEO": a new post
        else if (w == "takes" && w1 == "over" && k + 2 < s.n_ && lw[static_cast<std::size_t>(k + 2)] == "as")
          ok = true, k += 3;  // "Co-founder X takes over as CEO": the post (a co-founder joins nothing)
        // "X has been named head of research at Y", "X was appointed CFO of Y": a new post
        if (ok && !relative && k < s.n_ && s.inside(k) < 0 &&
            (lw[static_cast<std::size_t>(k)] == "named" || lw[static_cast<std::size_t>(k)] == "appointed" ||
             lw[static_cast<std::size_t>(k)] == "promoted" || lw[static_cast<std::size_t>(k)] == "elevated" ||
             lw[static_cast<std::size_t>(k)] == "tapped")) {
          ++k;
          if (k < s.n_ && (lw[static_cast<std::size_t>(k)] == "as" || lw[static_cast<std::size_t>(k)] == "to")) ++k;
          became = true, past = false, earlier = false;
        }
      }
      // "Before that she was at Google DeepMind for six years": a past post without a title
      if (ok && past && tp == EntityType::Person && k + 1 < s.n_ && lw[static_cast<std::size_t>(k)] == "at" && s.inside(k + 1) >= 0 &&
          s.first(s.inside(k + 1)) == k + 1 && s.type(s.inside(k + 1)) == EntityType::Organization && !s.genitive(s.inside(k + 1))) {
        const bool ended = earlier || s.post_ended(l, k);
        // ("A and B were previously at Freshworks": each of them, after a plural copula)
        const std::vector<int> who = lw[static_cast<std::size_t>(l + 1)] == "were" ? s.group_left(p) : std::vector<int>{p};
        if (ended)
          for (int q : who) {
            s.emit_ent(R::WorksFor, s.ent(q), s.ent(s.inside(k + 1)), k, kConfCopula, "en.was_at");
            s.emit_ent(R::Left, s.ent(q), s.ent(s.inside(k + 1)), k, kConfCopula, "en.was_at");
          }
      }
      if (ok) {
        Descriptor d = parse_descriptor(s, k);
        // "X is Orbit's new chief operating officer": a new post is a joining
        if (!past && !became && d.title_token >= k && k >= 1 && lw[static_cast<std::size_t>(k - 1)] == "is")
          for (int q = k; q <= d.title_token; ++q) became = became || lw[static_cast<std::size_t>(q)] == "new";
        // "X, who has been Coral's chief financial officer since October": a post held since then was joined then
        if (!became && d.title_token >= k && k >= 2 && lw[static_cast<std::size_t>(k - 1)] == "been" &&
            (lw[static_cast<std::size_t>(k - 2)] == "has" || lw[static_cast<std::size_t>(k - 2)] == "have" || lw[static_cast<std::size_t>(k - 2)] == "had"))
          for (int q = d.title_token + 1; q + 1 < s.n_ && q <= d.title_token + 6; ++q) {
            if (s.s_.tokens[static_cast<std::size_t>(q - 1)].comma_after && q > d.title_token + 1) break;
            if (lw[static_cast<std::size_t>(q)] == "since" && s.inside(q + 1) < 0 && s.is_date_word(q + 1)) {
              became = true;
              past = false;
              break;
            }
          }
        // "Wielgosz, who serves as CTO, said", "Herrera, the CEO,", "Mensah serves as CTO": the title at
        // the organisation in focus
        if (d.org < 0 && !past && !d.former && !d.founder && tp == EntityType::Person && d.title_token >= 0 &&
            is_top_title(d.role))
          d.org = bare_title_org(s, s.first(p), s.ent(p));
        // a numbered line that is only a name and its titles ("2. Haruto Ishikawa, cofounder and chief
        // scientist", a who's who): the titles at the organisation in focus (not a post's signature line,
        // which comes before the text says what the company is)
        const std::string_view number = s.first(p) == 1 ? s.s_.tokens[0].text : std::string_view();
        if (d.org < 0 && !past && !d.former && tp == EntityType::Person && d.title_token >= 0 && !number.empty() &&
            number.size() <= 2 && std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            s.n_ <= 12 && s.s_.tokens[static_cast<std::size_t>(l)].comma_after && p + 1 == static_cast<int>(s.s_.mentions.size()))
          d.org = bare_title_org(s, s.first(p), s.ent(p));
        // (a company post's heading of a new hire, "Kenji Sato, VP of Engineering", "Irene Wu, Head of Policy":
        // the line only a name and its titles, of any rank, once the text has named its company; not a founder's
        // signature, which may come before the text names the company)
        if (d.org < 0 && !past && !d.former && !d.founder && tp == EntityType::Person && d.title_token >= 0 && number.empty() && s.first(p) == 0 &&
            s.n_ <= 8 && s.s_.tokens[static_cast<std::size_t>(l)].comma_after && p + 1 == static_cast<int>(s.s_.mentions.size()) &&
            s.ctx_.previous_topic >= 0 && [&] {
              for (int q = l + 1; q < s.n_; ++q)
                if ((!is_title_word(lw[static_cast<std::size_t>(q)]) && !is_title_filler(lw[static_cast<std::size_t>(q)]) &&
                     !is_any(lw[static_cast<std::size_t>(q)], {"vp", "svp", "evp", "&"})) ||
                    is_newsroom_title(lw[static_cast<std::size_t>(q)]))  // (a byline: "Tamar Levin, Reporter")
                  return false;
              return true;
            }())
          d.org = bare_title_org(s, s.first(p), s.ent(p));
        // past: "Before that she was an engineer at Y" left Y; "X, who served as Y's CEO," worked for Y
        bool before_cue = false;
        for (int q = 0; q < l; ++q)
          // ("Until last March I was a senior researcher at X": a post that ended)
          if (s.inside(q) < 0 && (lw[static_cast<std::size_t>(q)] == "before" || lw[static_cast<std::size_t>(q)] == "previously" ||
                                  (q == 0 && lw[0] == "until")))
            before_cue = true;
        // "X was a researcher at Y until 2021": a post that ended
        if (past && !before_cue && d.title_token >= 0) before_cue = s.post_ended(0, d.title_token);
        if (past && !d.founder && (before_cue || earlier)) d.former = true;
        if (!(past && !d.former && !d.founder && !d.investor && !relative)) {
          // "A and B, a former research scientist at Y": a singular apposition describes B alone
          const bool singular = s.s_.tokens[static_cast<std::size_t>(l)].comma_after && l + 1 < s.n_ &&
                                (lw[static_cast<std::size_t>(l + 1)] == "a" || lw[static_cast<std::size_t>(l + 1)] == "an");
          emit_descriptor(s, d, relative || singular ? std::vector<int>{p} : s.group_left(p), "en.apposition", kConfCopula);
        }
        // "X, a former Google researcher who serves as chief executive, ...": a relative clause inside
        // the apposition gives the person's present post
        if (!relative && tp == EntityType::Person && s.s_.tokens[static_cast<std::size_t>(l)].comma_after)
          for (int q = k + 1; q + 2 < s.n_ && q <= l + 14 && !s.s_.tokens[static_cast<std::size_t>(q - 1)].comma_after; ++q) {
            if (lw[static_cast<std::size_t>(q)] != "who" || s.inside(q) >= 0) continue;
            int c = q + 1;
            if (lw[static_cast<std::size_t>(c)] == "now") ++c;
            if (c + 1 < s.n_ && (lw[static_cast<std::size_t>(c)] == "serves" || lw[static_cast<std::size_t>(c)] == "acts") &&
                lw[static_cast<std::size_t>(c + 1)] == "as")
              c += 2;
            else if (lw[static_cast<std::size_t>(c)] == "is")
              ++c;
            else
              break;
            Descriptor d3 = parse_descriptor(s, c);
            if (d3.org < 0 && d3.title_token >= 0 && !d3.former && (d3.founder || is_top_title(d3.role)))
              d3.org = bare_title_org(s, s.first(p), s.ent(p));
            emit_descriptor(s, d3, {p}, "en.apposition_relative", kConfCopula);
            break;
          }
        // "X has become CTO of Y", "X became a research director at Y": a new post is a joining
        if (became && d.org >= 0 && tp == EntityType::Person && !d.former && !d.founder && !d.investor &&
            !is_irrealis_en(s.s_, k - 1))
          s.emit_ent(R::Joined, s.ent(p), d.org, d.title_token, kConfCopula, "en.became");
        // "X, the former CPO of Y, is also an angel investor in Z": a copula after the apposition
        if (!relative) {
          // "Magnetar, an Illinois-based hedge fund, was one of its earliest investors"
          const int after = s.skip_apposition(p, tp == EntityType::Organization);
          int c = after;
          const std::string cw = c >= 0 && c < s.n_ ? lw[static_cast<std::size_t>(c)] : std::string();
          if (c >= 0 && c < s.n_ && s.inside(c) < 0 && (cw == "is" || cw == "remains" || cw == "was")) {
            // "X, the only non-researcher of the three, was previously a staff engineer at Y": a past post
            const std::string c1 = c + 1 < s.n_ ? lw[static_cast<std::size_t>(c + 1)] : std::string();
            const bool earlier_post = cw == "was" && is_any(c1, {"previously", "formerly", "once", "earlier"});
            Descriptor d2 = parse_descriptor(s, c + (earlier_post ? 2 : 1));
            if (earlier_post && !d2.founder && !d2.investor) d2.former = true;
            if (cw != "was" || d2.investor || d2.founder || earlier_post) emit_descriptor(s, d2, {p}, "en.apposition", kConfCopula);
            // "X, previously a policy lead at Y, is Northlight's new chief operating officer": a new post
            bool new_post = false;
            for (int q = c + 1; q <= d2.title_token && q < s.n_; ++q) new_post = new_post || lw[static_cast<std::size_t>(q)] == "new";
            if (cw == "is" && new_post && d2.org >= 0 && tp == EntityType::Person && !d2.former && !d2.founder && !d2.investor &&
                !is_irrealis_en(s.s_, c))
              s.emit_ent(R::Joined, s.ent(p), d2.org, d2.title_token, kConfCopula, "en.new_post");
          }
          // "X, once a principal scientist at Google, became chief scientist at Y": a new post is a joining
          // (and "X, Maru's chief executive, has been named Kairon's senior vice president")
          int post = cw == "became" || cw == "becomes" ? c + 1 : -1;
          if (c >= 0 && c + 2 < s.n_ && (cw == "was" || (cw == "has" && lw[static_cast<std::size_t>(c + 1)] == "been")) && s.inside(c) < 0) {
            const int v = cw == "was" ? c + 1 : c + 2;
            if (v + 1 < s.n_ && s.inside(v) < 0 && is_any(lw[static_cast<std::size_t>(v)], {"named", "appointed", "tapped"}))
              post = lw[static_cast<std::size_t>(v + 1)] == "as" ? v + 2 : v + 1;
          }
          if (post >= 0 && post < s.n_ && s.inside(c) < 0 && tp == EntityType::Person && !is_irrealis_en(s.s_, c)) {
            const Descriptor d2 = parse_descriptor(s, post);
            if (d2.org >= 0 && !d2.former && !d2.founder && !d2.investor) {
              emit_descriptor(s, d2, {p}, "en.apposition", kConfCopula);
              s.emit_ent(R::Joined, s.ent(p), d2.org, d2.title_token, kConfCopula, "en.became");
            }
          }
        }
      }
    }
    // "X, who previously led research at Meta, is the new head of research at Y": a copula after the
    // relative clause
    if (tp == EntityType::Person && !s.genitive(p) && !s.pronoun(p) && s.s_.tokens[static_cast<std::size_t>(s.last(p))].comma_after &&
        s.last(p) + 1 < s.n_ && lw[static_cast<std::size_t>(s.last(p) + 1)] == "who") {
      const int l = s.last(p);
      for (int c = l + 2; c < s.n_ && c <= l + 16; ++c)
        if (s.s_.tokens[static_cast<std::size_t>(c)].comma_after) {
          const std::string cw = c + 1 < s.n_ ? lw[static_cast<std::size_t>(c + 1)] : std::string();
          if (c + 1 < s.n_ && s.inside(c + 1) < 0 && (cw == "is" || cw == "remains")) {
            Descriptor d2 = parse_descriptor(s, c + 2);
            if (d2.org < 0 && d2.title_token >= 0 && !d2.former && is_top_title(d2.role)) d2.org = bare_title_org(s, s.first(p), s.ent(p));
            emit_descriptor(s, d2, {p}, "en.apposition", kConfCopula);
          }
          break;
        }
    }
    // "Amazon Bedrock, Amazon's service for ...": a product described as an organisation's product noun
    // (or a colon: "Solar Pro 3: Upstage's mid-size model", a review's heading)
    const std::string_view pl = s.s_.tokens[static_cast<std::size_t>(s.last(p))].text;
    const bool colon_after = *(pl.data() + pl.size()) == ':';
    if (tp == EntityType::Product && !s.genitive(p) && (s.s_.tokens[static_cast<std::size_t>(s.last(p))].comma_after || colon_after)) {
      int q = s.last(p) + 1;
      if (q < s.n_ && s.inside(q) < 0 && (lw[static_cast<std::size_t>(q)] == "the" || lw[static_cast<std::size_t>(q)] == "a")) ++q;
      const int o = q < s.n_ ? s.inside(q) : -1;
      // "Amazon Bedrock, the company's service for ...": a nominal reference may be the possessor, "its" not
      // ("its" too: "Kiln, its platform for developers", the sentence's organisation)
      const bool nominal_ref = o >= 0 && s.pronoun(o);
      // "Gemini, Google's flagship model", "Codex, the company's coding model": up to two modifiers
      int noun = -1;
      if (o >= 0)
        for (int r = s.last(o) + 1; r < s.n_ && r <= s.last(o) + 4 && s.inside(r) < 0; ++r) {
          if (is_product_noun(lw[static_cast<std::size_t>(r)])) {
            noun = r;
            break;
          }
          // ("LearnLM, the company's family of models")
          if (is_any(lw[static_cast<std::size_t>(r)], {"family", "series", "line"}) && r + 2 < s.n_ && lw[static_cast<std::size_t>(r + 1)] == "of" &&
              s.inside(r + 2) < 0 && is_product_noun(lw[static_cast<std::size_t>(r + 2)])) {
            noun = r + 2;
            break;
          }
          // "the company's AI assistant", "Google's open-weight LLM", "the startup's 3-billion-parameter model",
          // "WPP's AI-powered marketing system"
          const bool ai = lw[static_cast<std::size_t>(r)] == "ai" || lw[static_cast<std::size_t>(r)] == "genai" ||
                          lw[static_cast<std::size_t>(r)].starts_with("ai-");
          const bool size = lw[static_cast<std::size_t>(r)].find('-') != std::string::npos && lw[static_cast<std::size_t>(r)][0] >= '0' &&
                            lw[static_cast<std::size_t>(r)][0] <= '9';
          if (!(is_plain_word(s, r) || ai || size) || s.s_.tokens[static_cast<std::size_t>(r)].comma_after) break;
        }
      if (o >= 0 && s.genitive(o) && (!s.pronoun(o) || nominal_ref) && s.type(o) == EntityType::Organization && noun >= 0)
        s.emit_ent(R::Developed, s.ent(o), s.ent(p), noun, kConfPossessive, "en.product_apposition");
    }
    // "a layout model it calls Compasso", "an agent Kestrel dubs Ferry": its maker names the product
    if (tp == EntityType::Product && s.first(p) >= 3 && is_any(lw[static_cast<std::size_t>(s.first(p) - 1)], {"calls", "dubs", "names"})) {
      const int o = s.inside(s.first(p) - 2);
      if (o >= 0 && s.last(o) == s.first(p) - 2 && s.type(o) == EntityType::Organization && !s.genitive(o) &&
          is_product_noun(lw[static_cast<std::size_t>(s.first(o) - 1)]))
        s.emit_ent(R::Developed, s.ent(o), s.ent(p), s.first(p) - 1, kConfPossessive, "en.product_it_calls");
    }
    // "DeepReach-V3 is the latest model from Tianwei Labs", "Kotori, a chatbot by Hoshi AI": a product
    // noun from or by an organisation
    if (tp == EntityType::Product && !s.genitive(p)) {
      int q = s.last(p) + 1;
      const bool comma = s.s_.tokens[static_cast<std::size_t>(s.last(p))].comma_after;
      if (!comma && q < s.n_ && s.inside(q) < 0 && (lw[static_cast<std::size_t>(q)] == "is" || lw[static_cast<std::size_t>(q)] == "was")) ++q;
      if ((comma || q > s.last(p) + 1) && q < s.n_ && s.inside(q) < 0 &&
          (lw[static_cast<std::size_t>(q)] == "the" || lw[static_cast<std::size_t>(q)] == "a" || lw[static_cast<std::size_t>(q)] == "an")) {
        int noun = -1;
        for (int r = q + 1; r < s.n_ && r <= q + 4 && s.inside(r) < 0; ++r) {
          if (is_product_noun(lw[static_cast<std::size_t>(r)])) {
            noun = r;
            break;
          }
          const std::string_view tw = s.s_.tokens[static_cast<std::size_t>(r)].text;
          if (s.s_.tokens[static_cast<std::size_t>(r)].comma_after ||
              !(is_plain_word(s, r) || (!tw.empty() && tw[0] >= '0' && tw[0] <= '9') || lw[static_cast<std::size_t>(r)] == "ai"))
            break;
        }
        // (or a maker's participle before the "by": "Dansa, the motion-synthesis tool made by Animatica")
        const int by = noun >= 0 && noun + 3 < s.n_ && lw[static_cast<std::size_t>(noun + 2)] == "by" &&
                               is_any(lw[static_cast<std::size_t>(noun + 1)], {"made", "built", "developed", "created", "designed", "trained"})
                           ? noun + 2
                           : noun + 1;
        if (noun >= 0 && by + 1 < s.n_ && !s.s_.tokens[static_cast<std::size_t>(noun)].comma_after &&
            !s.s_.tokens[static_cast<std::size_t>(by - 1)].comma_after &&
            (lw[static_cast<std::size_t>(by)] == "from" || lw[static_cast<std::size_t>(by)] == "by")) {
          const int o = s.inside(by + 1);
          if (o >= 0 && s.first(o) == by + 1 && s.type(o) == EntityType::Organization && !s.genitive(o))
            s.emit_ent(R::Developed, s.ent(o), s.ent(p), noun, kConfPossessive, "en.product_from");
        }
        // "Anvil-14B, an open-weight model the startup trained itself", "Hartley Assist, a research assistant its
        // innovation team built on Claude": a product noun whose maker a relative clause names
        if (noun >= 0 && !s.s_.tokens[static_cast<std::size_t>(noun)].comma_after) {
          int r = noun + 1;
          if (r < s.n_ && (lw[static_cast<std::size_t>(r)] == "that" || lw[static_cast<std::size_t>(r)] == "which")) ++r;
          const int o = r < s.n_ ? s.inside(r) : -1;
          if (o >= 0 && s.first(o) == r && s.type(o) == EntityType::Organization) {
            int v = s.last(o) + 1;
            // (the organisation's team: "its innovation team built")
            if (s.genitive(o))
              while (v < s.n_ && v <= s.last(o) + 3 && s.inside(v) < 0 && is_plain_word(s, v) &&
                     !is_any(lw[static_cast<std::size_t>(v)], {"team", "engineers", "researchers", "lab", "unit"}))
                ++v;
            if (s.genitive(o) && v < s.n_ && is_any(lw[static_cast<std::size_t>(v)], {"team", "engineers", "researchers", "lab", "unit"})) ++v;
            else if (s.genitive(o)) v = s.n_;
            if (v < s.n_ && is_any(lw[static_cast<std::size_t>(v)], {"trained", "built", "released", "developed", "made", "created", "launched",
                                                                    "designed", "open-sourced", "shipped", "wrote"}))
              s.emit_ent(R::Developed, s.ent(o), s.ent(p), v, kConfPossessive, "en.product_made_by");
          }
        }
      }
    }
    if (tp != EntityType::Organization) continue;
    // "Cognition, the maker of the AI coding agent Devin": the organisation makes the product
    if (!s.genitive(p) && !s.pronoun(p) && s.s_.tokens[static_cast<std::size_t>(s.last(p))].comma_after) {
      int q = s.last(p) + 1;
      for (int steps = 0; q < s.n_ && steps < 4 && s.inside(q) < 0 && !s.s_.tokens[static_cast<std::size_t>(q)].comma_after; ++q, ++steps) {
        const std::string& w = lw[static_cast<std::size_t>(q)];
        if (w == "maker" || w == "developer" || w == "creator" || w == "builder" || w == "makers") break;
        if (!(w == "the" || w == "a" || w == "an" || is_plain_word(s, q) || w.find('-') != std::string::npos ||
              is_stop_word(s.s_.tokens[static_cast<std::size_t>(q)].text))) {  // "the Korean developer of"
          q = s.n_;
          break;
        }
      }
      if (q + 1 < s.n_ && lw[static_cast<std::size_t>(q + 1)] == "of") {
        for (int r = q + 2, steps = 0; r < s.n_ && steps < 6; ++r, ++steps) {
          const int m = s.inside(r);
          if (m >= 0) {
            if (s.type(m) == EntityType::Product)
              for (int g : s.group_right(m)) s.emit_ent(R::Developed, s.ent(p), s.ent(g), q, kConfPossessive, "en.maker_of");
            break;
          }
          if (s.s_.tokens[static_cast<std::size_t>(r)].comma_after) break;
        }
      }
    }
    // 3. Subsidiaries: "X, a unit of Y", "X, Y's venture capital arm", "X is a subsidiary of Y", "X's parent Y".
    if (!s.genitive(p) && (!s.pronoun(p) || lw[static_cast<std::size_t>(s.first(p))] == "the")) {
      int k = s.last(p) + 1;
      bool ok = s.s_.tokens[static_cast<std::size_t>(s.last(p))].comma_after;
      // "Microsoft Japan Co., Ltd., the Japanese subsidiary of Y": past legal forms the name left out
      for (int q = k; !ok && q < s.n_ && q <= k + 1 && s.inside(q) < 0 && (is_corporate_suffix(lw[static_cast<std::size_t>(q)]) || lw[static_cast<std::size_t>(q)] == "limited"); ++q)
        if (s.s_.tokens[static_cast<std::size_t>(q)].comma_after && (q + 1 >= s.n_ || !is_any(lw[static_cast<std::size_t>(q + 1)], {"ltd", "limited"})))
          ok = true, k = q + 1;
      // "Tata Consultancy Services (TCS), the Tata Group's IT services arm": past the short form
      if (!ok && k < s.n_ && s.s_.tokens[static_cast<std::size_t>(k)].paren_open_before && s.inside(k) >= 0 &&
          s.s_.tokens[static_cast<std::size_t>(s.last(s.inside(k)))].comma_after)
        ok = true, k = s.last(s.inside(k)) + 1;
      // "Hanbit Cloud, which is Hanbit's AI unit": the relative clause says it
      if (ok && k + 1 < s.n_ && lw[static_cast<std::size_t>(k)] == "which" && s.inside(k) < 0 &&
          (lw[static_cast<std::size_t>(k + 1)] == "is" || lw[static_cast<std::size_t>(k + 1)] == "was" ||
           lw[static_cast<std::size_t>(k + 1)] == "became"))
        k += 2;
      // "The start-up, which builds speech models, is a unit of Y": past the relative clause
      else if (ok && k < s.n_ && lw[static_cast<std::size_t>(k)] == "which" && s.inside(k) < 0) {
        ok = false;
        for (int q = k + 1; q < s.n_ && q <= k + 12; ++q)
          if (s.s_.tokens[static_cast<std::size_t>(q)].comma_after) {
            if (q + 1 < s.n_ && (lw[static_cast<std::size_t>(q + 1)] == "is" || lw[static_cast<std::size_t>(q + 1)] == "was" ||
                                 lw[static_cast<std::size_t>(q + 1)] == "became"))
              ok = true, k = q + 2;
            break;
          }
      }
      if (!ok && k < s.n_ && (lw[static_cast<std::size_t>(k)] == "is" || lw[static_cast<std::size_t>(k)] == "became" ||
                              lw[static_cast<std::size_t>(k)] == "was"))
        ok = true, ++k;
      // ("Veldt now operates as part of Mastercard", "Quetzal operates as a Nubank subsidiary")
      if (!ok && k + 1 < s.n_ && lw[static_cast<std::size_t>(k)] == "now") ++k;
      if (!ok && k + 1 < s.n_ && is_any(lw[static_cast<std::size_t>(k)], {"operates", "operated", "operating", "runs", "functions"}) &&
          lw[static_cast<std::size_t>(k + 1)] == "as")
        ok = true, k += 2;
      for (int q = k, steps = 0; ok && q < s.n_ && steps < 6; ++q, ++steps) {
        const int m = s.inside(q);
        const std::string& w = lw[static_cast<std::size_t>(q)];
        // ("the Czech lender that is a unit of Austria's Erste Group": the apposition's own noun, resolved to the
        // organisation it describes, and a relative inside it)
        if (m >= 0 && q == k && s.pronoun(m) && !s.genitive(m) && s.ent(m) == s.ent(p)) {
          q = s.last(m);
          continue;
        }
        // ("Vodacom, which is majority-owned by Vodafone Group", "X, the chip designer owned by SoftBank")
        if (m < 0 && (w == "owned" || (w.size() > 6 && w.ends_with("-owned"))) && q + 2 < s.n_ && lw[static_cast<std::size_t>(q + 1)] == "by" &&
            s.inside(q + 2) >= 0 && s.type(s.inside(q + 2)) == EntityType::Organization && !s.pronoun(s.inside(q + 2)) &&
            s.ent(s.inside(q + 2)) != s.ent(p)) {
          s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(s.inside(q + 2)), q, kConfSubsidiary, "en.owned_by");
          break;
        }
        if (m < 0 && q > k && (w == "that" || w == "which") && q + 1 < s.n_ && s.inside(q + 1) < 0 &&
            (lw[static_cast<std::size_t>(q + 1)] == "is" || lw[static_cast<std::size_t>(q + 1)] == "was")) {
          ++q;
          continue;
        }
        // "X, is now running Y's division": a verb ends the apposition
        // ("the cloud computing unit of Naver": an -ing word before a noun is no verb)
        if (m < 0 && q > k && (w == "is" || w == "was" || w == "are" || w == "has" || w == "had" || w == "will" ||
                               (w.size() > 4 && w.substr(w.size() - 3) == "ing" &&
                                !(q + 1 < s.n_ && s.inside(q + 1) < 0 && lw[static_cast<std::size_t>(q + 1)] != "the" &&
                                  is_plain_word(s, q + 1)))))
          break;
        if (m >= 0) {
          if (!s.genitive(m)) {
            // "X is now a SoftBank unit", "X, a Hyundai subsidiary", "X, the Sony Group research unit" (a
            // word or two of what the unit does between)
            int r = s.last(m) + 1;
            while (!s.s_.tokens[static_cast<std::size_t>(s.last(m))].comma_after && r < s.last(m) + 3 && r + 1 < s.n_ && s.inside(r) < 0 && !s.s_.tokens[static_cast<std::size_t>(r)].comma_after &&
                   (is_plain_word(s, r) || lw[static_cast<std::size_t>(r)] == "ai") &&
                   !(lw[static_cast<std::size_t>(r)] == "unit" || lw[static_cast<std::size_t>(r)] == "subsidiary" ||
                     lw[static_cast<std::size_t>(r)] == "division" || lw[static_cast<std::size_t>(r)] == "affiliate"))
              ++r;
            if (!s.pronoun(m) && s.type(m) == EntityType::Organization && r < s.n_ && s.inside(r) < 0 &&
                (lw[static_cast<std::size_t>(r)] == "unit" || lw[static_cast<std::size_t>(r)] == "subsidiary" ||
                 lw[static_cast<std::size_t>(r)] == "division" || lw[static_cast<std::size_t>(r)] == "affiliate"))
              s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(m), r, kConfSubsidiary, "en.subsidiary");
            break;
          }
          for (int r = s.last(m) + 1; r < s.n_ && r <= s.last(m) + 4; ++r) {
            const std::string& u = lw[static_cast<std::size_t>(r)];
            if (u == "unit" || u == "subsidiary" || u == "arm" || u == "division" || u == "affiliate" || u == "fund" ||
                // ("Pellow, Marrow Group's flagship agency", "WPP Media, the group's media and data business")
                (!s.pronoun(m) && (u == "lab" || u == "consultancy" || u == "agency" || u == "business" ||
                                   (u == "team" && s.s_.tokens[static_cast<std::size_t>(r)].comma_after)))) {
              s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(m), r, kConfSubsidiary, "en.subsidiary");
              break;
            }
            if (s.inside(r) >= 0 || s.s_.tokens[static_cast<std::size_t>(r)].comma_after) break;
          }
          break;
        }
        // "Meta Superintelligence Labs, the unit Meta set up last June": the parent that made the unit
        if ((w == "unit" || w == "subsidiary" || w == "arm" || w == "division" || w == "lab") && q + 2 < s.n_ && s.inside(q + 1) >= 0 &&
            s.first(s.inside(q + 1)) == q + 1 && !s.genitive(s.inside(q + 1)) && !s.pronoun(s.inside(q + 1)) &&
            s.type(s.inside(q + 1)) == EntityType::Organization && s.ent(s.inside(q + 1)) != s.ent(p)) {
          const int after = s.last(s.inside(q + 1)) + 1;
          int v = after;
          if (v < s.n_ && is_any(lw[static_cast<std::size_t>(v)], {"had", "has", "quietly", "first"})) ++v;
          if (v < s.n_ && is_any(lw[static_cast<std::size_t>(v)], {"set", "created", "launched", "formed", "established", "spun", "started",
                                                                   "built", "founded"}))
            s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(s.inside(q + 1)), q, kConfSubsidiary, "en.subsidiary_made");
          break;
        }
        if ((w == "unit" || w == "subsidiary" || w == "arm" || w == "division" || w == "affiliate" || w == "fund" ||
             w == "tank" || w == "part" || w == "spinoff" || w == "spin-off" || w == "hub" || w == "wing" || w == "vehicle") &&
            q + 2 < s.n_ && lw[static_cast<std::size_t>(q + 1)] == "of") {
          // "the early-stage fund of Singapore's Corvane Group", "a unit of Abu Dhabi state-backed investor
          // Qamar Holding", "the cloud unit of internet giant Naver": descriptive words before the parent
          int o = -1;
          for (int r = q + 2; r < s.n_ && r <= q + 8; ++r) {
            if (s.inside(r) >= 0) {
              const std::string_view pl = s.s_.tokens[static_cast<std::size_t>(r)].text;
              const bool place = s.genitive(s.inside(r)) && r + 1 < s.n_ && s.inside(r + 1) >= 0;
              if (place) continue;  // "Singapore's Corvane Group" when Singapore is a name
              (void)pl;
              o = s.inside(r);
              break;
            }
            const std::string_view tw = s.s_.tokens[static_cast<std::size_t>(r)].text;
            if (s.s_.tokens[static_cast<std::size_t>(r)].comma_after) break;
            const bool place = is_place(tw) || (r + 1 < s.n_ && is_place(std::string(tw) + " " + std::string(s.s_.tokens[static_cast<std::size_t>(r + 1)].text))) ||
                               (r >= 1 && is_place(std::string(s.s_.tokens[static_cast<std::size_t>(r - 1)].text) + " " + std::string(tw)));
            // ("the venture arm of Hartford carrier Meridian Mutual": a town before the kind of company)
            const bool town = r + 1 < s.n_ && s.inside(r + 1) < 0 && is_org_noun(lw[static_cast<std::size_t>(r + 1)]);
            if (!(is_plain_word(s, r) || tw.find('-') != std::string_view::npos || strip_possessive(tw).size() != tw.size() ||
                  is_stop_word(tw) || place || town || is_org_noun(lw[static_cast<std::size_t>(r)]) || is_determiner(lw[static_cast<std::size_t>(r)])))
              break;
          }
          if (o >= 0 && s.type(o) != EntityType::Organization) o = -1;
          if (o >= 0) s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(o), q, kConfSubsidiary, "en.subsidiary");
          break;
        }
        if (s.s_.tokens[static_cast<std::size_t>(q)].comma_after) break;
      }
    }
    if (!s.genitive(p) && !s.pronoun(p) && s.last(p) + 2 < s.n_ && lw[static_cast<std::size_t>(s.last(p) + 1)] == "parent") {
      // "Google parent Alphabet", "Pinecone parent company Graywick"
      int q = s.last(p) + 2;
      if (q + 1 < s.n_ && lw[static_cast<std::size_t>(q)] == "company" && s.inside(q) < 0) ++q;
      if (const int o = s.inside(q); o >= 0 && s.first(o) == q && s.type(o) == EntityType::Organization) {
        s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(o), s.last(p) + 1, kConfSubsidiary, "en.parent");
        continue;
      }
    }
    // "Salesforce, whose venture arm Salesforce Ventures": "whose" is the organisation's possessive
    int k = s.last(p) + 1;
    const bool whose = !s.genitive(p) && s.s_.tokens[static_cast<std::size_t>(s.last(p))].comma_after && k < s.n_ &&
                       lw[static_cast<std::size_t>(k)] == "whose";
    if (whose) ++k;
    if (!s.genitive(p) && !whose) continue;
    // "Nvidia's venture arm NVentures", "Ocado's technology unit, Ocado Technology": the unit named after
    for (int q = k, steps = 0; q < s.n_ && steps < 5 && s.inside(q) < 0; ++q, ++steps) {
      const std::string& u = lw[static_cast<std::size_t>(q)];
      if (u == "arm" || u == "unit" || u == "fund" || u == "division" || u == "subsidiary" || u == "lab") {
        const int o = q + 1 < s.n_ ? s.inside(q + 1) : -1;
        // (a name, not a reference after the apposition closes: "X, the chipmaker's venture arm, the company said")
        if (o >= 0 && s.type(o) == EntityType::Organization && !s.genitive(o) && s.ent(o) != s.ent(p) &&
            !(s.pronoun(o) && s.s_.tokens[static_cast<std::size_t>(q)].comma_after))
          s.emit_ent(R::SubsidiaryOf, s.ent(o), s.ent(p), q, kConfSubsidiary, "en.possessive_unit_named");
        break;
      }
      if (!is_plain_word(s, q) && lw[static_cast<std::size_t>(q)].find('-') == std::string::npos) break;
    }
    if (whose) {
      // "Mistral AI, whose chief executive Arthur Mensch ...": the possessor's chief
      {
        int q = k;
        std::string role;
        while (q < s.n_ && s.inside(q) < 0 && (is_title_word(lw[static_cast<std::size_t>(q)]) || is_title_filler(lw[static_cast<std::size_t>(q)]))) {
          if (!role.empty()) role += ' ';
          role += s.s_.tokens[static_cast<std::size_t>(q)].text;
          ++q;
        }
        const int m = q < s.n_ ? s.inside(q) : -1;
        if (q > k && m >= 0 && s.type(m) == EntityType::Person && is_top_title(role))
          s.emit_ent(R::WorksFor, s.ent(m), s.ent(p), q - 1, kConfTitle, "en.whose_title", role);
      }
      // "Nvidia, whose H100 and Blackwell processors power ...": the possessor's products
      for (int q = k, steps = 0; q < s.n_ && steps < 4; ++q, ++steps) {
        const int m = s.inside(q);
        if (m >= 0) {
          if (s.type(m) == EntityType::Product)
            for (int g : s.group_right(m)) s.emit_ent(R::Developed, s.ent(p), s.ent(g), q, kConfPossessive, "en.whose_product");
          break;
        }
        if (!is_plain_word(s, q)) break;
      }
      continue;
    }
    if (k < s.n_ && lw[static_cast<std::size_t>(k)] == "parent") {
      int q = k + 1;
      if (q < s.n_ && lw[static_cast<std::size_t>(q)] == "company") ++q;
      const int o = q < s.n_ ? s.inside(q) : -1;
      if (o >= 0 && s.type(o) == EntityType::Organization && !s.pronoun(p))
        s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(o), k, kConfSubsidiary, "en.parent");
      continue;
    }
    // 4. Possessive products: "OpenAI's ChatGPT", "Meta's model Llama", "its flagship assistant, Brief",
    //    "its main product is a claims agent called Quilla", "the startup's core technology is Gesso".
    bool head_noun = false, copula = false, apposed = false;  // (apposed: "Voltari's main product, a forecasting model called VoltCast")
    for (int q = k, steps = 0; q < s.n_ && steps < 9; ++q, ++steps) {
      const int m = s.inside(q);
      if (m >= 0) {
        bool unreal = false;  // "its planned model X", "Y's rumoured assistant Z"
        for (int r = k; r < q; ++r)
          if (lw[static_cast<std::size_t>(r)] == "planned" || lw[static_cast<std::size_t>(r)] == "rumored" ||
              lw[static_cast<std::size_t>(r)] == "rumoured" || lw[static_cast<std::size_t>(r)] == "proposed" ||
              lw[static_cast<std::size_t>(r)] == "potential" || lw[static_cast<std::size_t>(r)] == "upcoming")
            unreal = true;
        // ("its first product, an agent called Mulgyeol, will launch in May": not yet made)
        if (apposed && s.s_.tokens[static_cast<std::size_t>(s.last(m))].comma_after && s.last(m) + 1 < s.n_ &&
            is_any(lw[static_cast<std::size_t>(s.last(m) + 1)], {"will", "would", "is", "could", "may", "should"}) &&
            (lw[static_cast<std::size_t>(s.last(m) + 1)] != "is" ||
             (s.last(m) + 2 < s.n_ && is_any(lw[static_cast<std::size_t>(s.last(m) + 2)], {"expected", "set", "due", "slated", "scheduled", "planned", "not"}))))
          unreal = true;
        if (s.type(m) == EntityType::Product && !unreal && (steps < 4 || head_noun))
        {
          // "the company's o1 and o3 reasoning models": a list closed by a plural product noun
          std::vector<int> g = s.group_right(m);
          const int after = s.last(g.back()) + 1;
          bool plural_noun = false;
          for (int r = after; r < s.n_ && r <= after + 1 && s.inside(r) < 0; ++r)
            if (is_product_noun(lw[static_cast<std::size_t>(r)]) && lw[static_cast<std::size_t>(r)].back() == 's') plural_noun = true;
          if (!plural_noun) g.resize(1);
          for (int x : g) s.emit_ent(R::Developed, s.ent(p), s.ent(x), q, kConfPossessive, "en.possessive_product");
        }
        else if (s.type(m) == EntityType::Organization && q == k && !s.genitive(m) && !s.pronoun(p) && !s.pronoun(m)) {
          // "Meta's FAIR lab", "Google's DeepMind unit": a lab or unit of the possessor
          const int after = s.last(m) + 1;
          if (after < s.n_ && s.inside(after) < 0 &&
              (lw[static_cast<std::size_t>(after)] == "lab" || lw[static_cast<std::size_t>(after)] == "unit" ||
               lw[static_cast<std::size_t>(after)] == "division" || lw[static_cast<std::size_t>(after)] == "arm"))
            s.emit_ent(R::SubsidiaryOf, s.ent(m), s.ent(p), after, kConfSubsidiary, "en.possessive_unit");
        }
        break;
      }
      const std::string& w = lw[static_cast<std::size_t>(q)];
      // ("Tidewell's first hit was Marlin 2", "its debut release, Wren")
      const bool headword = is_product_noun(w) || w == "product" || w == "technology" || w == "offering" || w == "hit" || w == "release" ||
                            w == "debut";
      if (headword) head_noun = true;
      const bool modifier = w == "main" || w == "core" || w == "key" || w == "primary" || w == "newest" || w == "only" ||
                            w == "best-known" || w == "custom" || w == "first" || (steps < 2 && is_plain_word(s, q) && !copula) ||
                            // "the firm's Kiswahili voice assistant, Msaidizi": a capitalised word no name, before the noun
                            (steps < 2 && !copula && q + 1 < s.n_ && !s.s_.tokens[static_cast<std::size_t>(q)].comma_after &&
                             s.s_.tokens[static_cast<std::size_t>(q)].text[0] >= 'A' && s.s_.tokens[static_cast<std::size_t>(q)].text[0] <= 'Z' &&
                             s.inside(q + 1) < 0 && (is_product_noun(lw[static_cast<std::size_t>(q + 1)]) || is_plain_word(s, q + 1)));
      const bool link = head_noun && !copula && (w == "is" || w == "was");
      if (link) copula = true;
      // ("Our product is called Kavana Verify": the name after "called")
      if (!(headword || modifier || link || is_determiner(w) || w.find('-') != std::string::npos || ((copula || apposed) && is_plain_word(s, q)) ||
            ((copula || apposed) && (w == "called" || w == "named"))))
        break;
      if (steps >= 4 && !head_noun) break;
      if (s.s_.tokens[static_cast<std::size_t>(q)].comma_after && !headword) break;
      if (s.s_.tokens[static_cast<std::size_t>(q)].comma_after && headword && q + 1 < s.n_ && is_any(lw[static_cast<std::size_t>(q + 1)], {"a", "an", "the"}))
        apposed = true;
    }
  }
}

}  // namespace inmaek::extract
