// English descriptor phrases: titles before and after names, copulas, subsidiaries and
// possessive products, plus the sentence view the English rules share.
#include <string>

#include "extract/english_words.h"
#include "extract/rules_en_internal.h"

namespace inmaek::extract {
namespace {

using R = RelationType;
using namespace en;

constexpr double kConfTitle = 0.8, kConfCopula = 0.8, kConfPossessive = 0.7, kConfSubsidiary = 0.8;

bool is_kin(std::string_view w) {
  return w == "sister" || w == "brother" || w == "wife" || w == "husband" || w == "colleague" || w == "fellow";
}

bool starts_ex(std::string_view w) { return w.size() > 3 && w.substr(0, 3) == "ex-"; }

bool is_corporate_suffix(std::string_view w) {
  return w == "corp" || w == "corp." || w == "inc" || w == "inc." || w == "ltd" || w == "ltd." || w == "plc" || w == "llc" ||
         w == "co." || w == "nv" || w == "n.v." || w == "ag" || w == "sa" || w == "se";
}

// The organisation a title without one refers to: the subject of the sentence when it is an
// organisation named before `before`, else the organisation the previous sentence was about,
// else the one the article is about.
int bare_title_org(const SentenceEn& s, int before) {
  for (int m = 0; m < static_cast<int>(s.s_.mentions.size()); ++m)
    if (s.s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
      if (s.type(m) == EntityType::Organization && s.first(m) < before) return s.ent(m);
      break;
    }
  const int prev = s.ctx_.previous_topic;
  if (prev >= 0 && s.ctx_.entities[static_cast<std::size_t>(prev)].type == EntityType::Organization) return prev;
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

}  // namespace

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
  int j = last(m) + 1;
  while (j < n_ && j <= last(m) + 3 && inside(j) < 0 && is_title_filler(lw_[static_cast<std::size_t>(j)]) &&
         !is_title_word(lw_[static_cast<std::size_t>(j)]) && lw_[static_cast<std::size_t>(j)] != "and" &&
         lw_[static_cast<std::size_t>(j)] != "of")
    ++j;
  return j < n_ && inside(j) < 0 && is_title_word(lw_[static_cast<std::size_t>(j)]) && !s_.tokens[static_cast<std::size_t>(last(m))].comma_after;
}

bool SentenceEn::is_date_word(int k) const {
  const Span sp = s_.tokens[static_cast<std::size_t>(k)].span;
  for (const DateMention& d : s_.dates)
    if (sp.begin < d.span.end && d.span.begin < sp.end) return true;
  const std::string& w = lw_[static_cast<std::size_t>(k)];
  return w.size() == 4 && w[0] >= '1' && w[0] <= '2' && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' &&
         w[3] >= '0' && w[3] <= '9';
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
    if (w != "and" && w != "of" && (is_title_word(w) || is_title_filler(w) || is_former_word(w) || starts_ex(w) || is_kin(w) || w == "angel"))
      ++k;
    else
      break;
  }
  return k;
}

std::vector<int> SentenceEn::group_left(int m, bool mixed) const {
  std::vector<int> g{m};
  int cur = m;
  while (true) {
    int j = skip_descriptors_left(first(cur) - 1);
    // "and Lisbon-based C": the base is no member
    if (j >= 1 && inside(j) < 0 && lw_[static_cast<std::size_t>(j)].find("-based") != std::string::npos) j = skip_descriptors_left(j - 1);
    // "B and Mexico's C": a place in the possessive is no member
    if (j >= 1 && inside(j) < 0 && s_.tokens[static_cast<std::size_t>(j)].text.size() > 2 &&
        s_.tokens[static_cast<std::size_t>(j)].text[0] >= 'A' && s_.tokens[static_cast<std::size_t>(j)].text[0] <= 'Z' &&
        strip_possessive(s_.tokens[static_cast<std::size_t>(j)].text).size() != s_.tokens[static_cast<std::size_t>(j)].text.size())
      j = skip_descriptors_left(j - 1);
    if (j < 0) break;
    if (lw_[static_cast<std::size_t>(j)] == "and" && inside(j) < 0) {
      j = skip_descriptors_left(j - 1);
    } else if (!(s_.tokens[static_cast<std::size_t>(j)].comma_after && ending_at(j) >= 0 && j == first(cur) - 1)) {
      break;
    }
    const int a = ending_at(j);
    if (a < 0 || genitive(a) || pronoun(a)) break;
    if (!(type(a) == type(m) || (mixed && type(a) != EntityType::Product && type(m) != EntityType::Product))) break;
    g.insert(g.begin(), a);
    cur = a;
  }
  return g;
}

int SentenceEn::skip_conjunction(int j) const {
  if (j < n_ && lw_[static_cast<std::size_t>(j)] == "and") return j + 1;
  if (j + 1 < n_ && lw_[static_cast<std::size_t>(j)] == "along" && lw_[static_cast<std::size_t>(j + 1)] == "with") return j + 2;
  if (j + 2 < n_ && lw_[static_cast<std::size_t>(j)] == "as" && lw_[static_cast<std::size_t>(j + 1)] == "well" &&
      lw_[static_cast<std::size_t>(j + 2)] == "as")
    return j + 3;
  return -1;
}

int SentenceEn::skip_apposition(int m, bool mixed) const {
  const int l = last(m);
  if (!s_.tokens[static_cast<std::size_t>(l)].comma_after || l + 1 >= n_) return -1;
  const int a = inside(l + 1);
  // "NVentures, Nvidia's venture capital arm, as well as B": a possessor opens the apposition
  if (a >= 0 && !(mixed && genitive(a))) return -1;
  const std::string& w = lw_[static_cast<std::size_t>(l + 1)];
  if (a < 0 && !(w == "a" || w == "an" || w == "the" || w == "who" || w == "now" || w == "its" || w == "his" || w == "her" ||
                 w == "two" || w == "three" || w == "both" || w == "all" ||
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
    int j = lc + 1;
    // "Heron Corp., B": the abbreviation's full stop stands between the word and the comma
    const std::string_view lt = s_.tokens[static_cast<std::size_t>(lc)].text;
    bool sep = s_.tokens[static_cast<std::size_t>(lc)].comma_after ||
               (lt.data()[lt.size()] == '.' && lt.data()[lt.size() + 1] == ',');
    // "A, a former X researcher, and B", "A, ..., along with B": people across an apposition
    if (sep && (type(m) == EntityType::Person || mixed)) {
      const int after = skip_apposition(cur, mixed);
      if (after >= 0 && skip_conjunction(after) >= 0) j = after;
    }
    if (const int c = skip_conjunction(j); c >= 0) sep = true, j = c;
    if (!sep) break;
    if (mixed && j < n_ && (lw_[static_cast<std::size_t>(j)] == "existing" || lw_[static_cast<std::size_t>(j)] == "returning" ||
                            lw_[static_cast<std::size_t>(j)] == "new"))
      ++j;  // "and existing backer Ridgeline Capital"
    j = skip_descriptors_right(j);
    if (j < n_ && lw_[static_cast<std::size_t>(j)] == "and") j = skip_descriptors_right(j + 1);
    // "and British chip designer Quarry Holdings", "and mobile carrier X": a short description
    // ending in a kind of organisation or a title comes before the member
    // (not after a comma: "a partnership with Mistral, and French bank X" closes a relative clause)
    const bool after_comma = s_.tokens[static_cast<std::size_t>(last(cur))].comma_after;
    for (int q = j, steps = 0; !after_comma && q < n_ && steps < 4 && inside(q) < 0 && !s_.tokens[static_cast<std::size_t>(q)].comma_after;
         ++q, ++steps) {
      const std::string& w = lw_[static_cast<std::size_t>(q)];
      const std::string_view t = s_.tokens[static_cast<std::size_t>(q)].text;
      // "and Lagos angel Ikenna Obi": a place may open the description
      if (!(t.empty() || (t[0] >= 'a' && t[0] <= 'z') || is_stop_word(t) || (q == j && q + 2 < n_ && inside(q + 2) >= 0)))
        break;
      if ((is_org_noun(w) || is_title_word(w) || w == "angel") && q + 1 < n_ && inside(q + 1) >= 0) {
        j = q + 1;
        break;
      }
    }
    // "and Paris-based Atelier Neuronal": the base is no member
    if (j + 1 < n_ && inside(j) < 0 && lw_[static_cast<std::size_t>(j)].find("-based") != std::string::npos) ++j;
    // "Index Ventures, Israel's Carmel Ridge Partners": a place in the possessive is no member
    if (j + 1 < n_ && inside(j) < 0 && s_.tokens[static_cast<std::size_t>(j)].text.size() > 2 &&
        s_.tokens[static_cast<std::size_t>(j)].text[0] >= 'A' && s_.tokens[static_cast<std::size_t>(j)].text[0] <= 'Z' &&
        strip_possessive(s_.tokens[static_cast<std::size_t>(j)].text).size() != s_.tokens[static_cast<std::size_t>(j)].text.size())
      ++j;
    const int a = j < n_ ? inside(j) : -1;
    if (a < 0 || first(a) != j || genitive(a) || pronoun(a)) break;
    if (!(type(a) == type(m) || (mixed && type(a) != EntityType::Product && type(m) != EntityType::Product))) break;
    g.push_back(a);
    cur = a;
  }
  return g;
}

std::string SentenceEn::title_after(int k) const {
  while (k < n_ && (lw_[static_cast<std::size_t>(k)] == "a" || lw_[static_cast<std::size_t>(k)] == "an" ||
                    lw_[static_cast<std::size_t>(k)] == "the" || lw_[static_cast<std::size_t>(k)] == "its"))
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
  out_.push_back(Found{t, se, oe, conf, rule, trigger, std::move(role)});
}

namespace {

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

// Descriptor after a name: [a|the|two] [former] [ORG('s) | ex-ORG] TITLE... [of|at ORG].
struct Descriptor {
  int org = -1;  // entity
  bool former = false, founder = false, other_title = false, investor = false;
  std::string role;
  int title_token = -1;
};

Descriptor parse_descriptor(const SentenceEn& s, int k) {
  Descriptor d;
  const auto& lw = s.lw_;
  // "one of Mistral's investors", "among its backers" (after "is also")
  while (k < s.n_ && s.inside(k) < 0 && (lw[static_cast<std::size_t>(k)] == "also" || lw[static_cast<std::size_t>(k)] == "still")) ++k;
  if (k + 1 < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "one" && lw[static_cast<std::size_t>(k + 1)] == "of") k += 2;
  else if (k < s.n_ && s.inside(k) < 0 && lw[static_cast<std::size_t>(k)] == "among") ++k;
  while (k < s.n_ && s.inside(k) < 0 &&
         (lw[static_cast<std::size_t>(k)] == "a" || lw[static_cast<std::size_t>(k)] == "an" || lw[static_cast<std::size_t>(k)] == "the" ||
          lw[static_cast<std::size_t>(k)] == "two" || lw[static_cast<std::size_t>(k)] == "three" || lw[static_cast<std::size_t>(k)] == "now" ||
          lw[static_cast<std::size_t>(k)] == "both" || lw[static_cast<std::size_t>(k)] == "another" || lw[static_cast<std::size_t>(k)] == "fellow"))
    ++k;
  if (k < s.n_ && s.inside(k) < 0 && is_former_word(lw[static_cast<std::size_t>(k)])) d.former = true, ++k;
  // "both formerly of Google", "formerly at Meta": no title, the organisation left
  if (d.former && k + 1 < s.n_ && s.inside(k) < 0 && (lw[static_cast<std::size_t>(k)] == "of" || lw[static_cast<std::size_t>(k)] == "at") &&
      s.inside(k + 1) >= 0 && s.type(s.inside(k + 1)) == EntityType::Organization && !s.genitive(s.inside(k + 1))) {
    d.org = s.ent(s.inside(k + 1));
    d.title_token = k;
    return d;
  }
  // "an existing OpenAI investor": one plain adjective before the organisation
  if (k + 1 < s.n_ && s.inside(k) < 0 && is_plain_word(s, k) && s.inside(k + 1) >= 0 &&
      s.type(s.inside(k + 1)) == EntityType::Organization && !s.s_.tokens[static_cast<std::size_t>(k)].comma_after)
    ++k;
  if (k < s.n_ && s.inside(k) >= 0 && s.type(s.inside(k)) == EntityType::Organization) {
    d.org = s.ent(s.inside(k));
    k = s.last(s.inside(k)) + 1;
  } else if (k < s.n_ && starts_ex(lw[static_cast<std::size_t>(k)])) {
    d.org = s.entity_named(std::string_view(s.s_.tokens[static_cast<std::size_t>(k)].text).substr(3));
    d.former = true;
    ++k;
  }
  const int start = k;
  // "a semiconductor analyst at": up to two plain lower-case modifiers right before a title word
  int plain = 0;
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
    } else if (w == "and" && last_title == k - 1 && k + 1 < s.n_ && s.inside(k + 1) < 0 &&
               (is_title_word(lw[static_cast<std::size_t>(k + 1)]) || is_title_filler(lw[static_cast<std::size_t>(k + 1)]))) {
      // "co-founder and CEO of Y"
    } else if (!is_title_filler(w) || w == "of" || w == "and") break;
    if (s.s_.tokens[static_cast<std::size_t>(k)].comma_after) { ++k; break; }
    ++k;
  }
  if (last_title < 0) return Descriptor{};
  d.title_token = last_title;
  // the role without founder words: "co-founder and CEO" -> "CEO"
  int role_from = start;
  for (int q = start; q <= last_title; ++q)
    if (is_founder_word(lw[static_cast<std::size_t>(q)]) || lw[static_cast<std::size_t>(q)] == "and") role_from = q + 1;
  if (!d.founder) role_from = start;
  for (int q = role_from; q <= last_title; ++q)
    if (!is_former_word(lw[static_cast<std::size_t>(q)]))
      {
      if (!d.role.empty()) d.role += ' ';
      d.role += s.s_.tokens[static_cast<std::size_t>(q)].text;
    }
  int after = last_title + 1;
  // "head of platform engineering at Y": the unit after "of" is no organisation name
  if (after < s.n_ && lw[static_cast<std::size_t>(after)] == "of" && !s.s_.tokens[static_cast<std::size_t>(last_title)].comma_after) {
    int q = after + 1;
    while (q < s.n_ && q <= after + 4 && s.inside(q) < 0 &&
           (is_plain_word(s, q) || (is_title_filler(lw[static_cast<std::size_t>(q)]) && lw[static_cast<std::size_t>(q)] != "and")) &&
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
  if (after < s.n_ && !s.s_.tokens[static_cast<std::size_t>(last_title)].comma_after &&
      (lw[static_cast<std::size_t>(after)] == "of" || lw[static_cast<std::size_t>(after)] == "at" || investor_in) && after + 1 < s.n_) {
    int q = after + 1;
    if (s.inside(q) < 0 && lw[static_cast<std::size_t>(q)] == "the" && q + 1 < s.n_) ++q;
    // "co-founder of the Istanbul-based payments company Paylane": a description before the name
    for (int r = q, steps = 0; r < s.n_ && steps < 4 && s.inside(r) < 0; ++r, ++steps)
      if ((is_org_noun(lw[static_cast<std::size_t>(r)]) || lw[static_cast<std::size_t>(r)].find("-based") != std::string::npos) &&
          r + 1 < s.n_ && s.inside(r + 1) >= 0) {  // "at the Hyderabad-based Deccan Institute"
        q = r + 1;
        break;
      } else if (!(is_plain_word(s, r) || lw[static_cast<std::size_t>(r)].find('-') != std::string::npos ||
                   is_stop_word(s.s_.tokens[static_cast<std::size_t>(r)].text))) {
        break;
      }
    const int m = s.inside(q);
    if (m >= 0 && s.type(m) == EntityType::Organization) d.org = s.ent(m);
  }
  return d;
}

void emit_descriptor(SentenceEn& s, const Descriptor& d, const std::vector<int>& people, const char* rule, double conf) {
  if (d.org < 0) return;
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

}  // namespace

void appositions(SentenceEn& s, std::vector<Found>& out) {
  (void)out;
  const auto& lw = s.lw_;
  const int nm = static_cast<int>(s.s_.mentions.size());
  for (int p = 0; p < nm; ++p) {
    const EntityType tp = s.type(p);
    // 1. Title before a person: "former OpenAI researcher X", "Quantara's CEO, Grace Liu", "ex-Google engineer X".
    if (tp == EntityType::Person && !s.pronoun(p)) {
      int j = s.first(p) - 1;
      int last_title = -1;
      bool former = false, founder = false, other_title = false;
      std::string role;
      int k = j;
      while (k >= 0 && s.inside(k) < 0 && k >= j - 5) {
        const std::string& w = lw[static_cast<std::size_t>(k)];
        if (s.s_.tokens[static_cast<std::size_t>(k)].comma_after && k != j) break;
        if (is_title_word(w)) {
          if (last_title < 0) last_title = k;
          if (is_founder_word(w)) founder = true;
          else other_title = true;
        } else if (is_former_word(w)) {
          former = true;
        } else if (!is_title_filler(w) || w == "a" || w == "the" || w == "an") {
          break;
        }
        --k;
      }
      if (last_title >= 0) {
        int org = -1;
        if (k >= 0 && s.inside(k) >= 0 && s.type(s.inside(k)) == EntityType::Organization) {
          org = s.ent(s.inside(k));
          const int f = s.first(s.inside(k));
          if (f >= 1 && is_former_word(lw[static_cast<std::size_t>(f - 1)])) former = true;
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
             lw[static_cast<std::size_t>(k)] == "including" || lw[static_cast<std::size_t>(k)] == "interim")) {
          org = bare_title_org(s, s.first(p));  // "... with Chief Technology Officer Ravi Subramaniam", "Founder X said"
        }
        // a plural title covers the people coordinated after it: "former X engineers A and B"
        const std::string& tw = lw[static_cast<std::size_t>(last_title)];
        const bool plural = tw.size() > 3 && tw.back() == 's' && tw != "boss";
        const std::vector<int> people = plural ? s.group_right(p) : std::vector<int>{p};
        if (org >= 0)
          for (int q : people) {
            if (founder) s.emit_ent(R::Founded, s.ent(q), org, last_title, kConfTitle, "en.title_before");
            if (former && !founder) s.emit_ent(R::Left, s.ent(q), org, last_title, kConfTitle, "en.title_before");
            if (!former && other_title) s.emit_ent(R::WorksFor, s.ent(q), org, last_title, kConfTitle, "en.title_before", role);
          }
      }
    }
    // "The co-founder and chief executive of Tejido Labs has ...": the title of the person meant
    if (tp == EntityType::Person && s.pronoun(p) && s.first(p) == 0 && lw[0] == "the")
      emit_descriptor(s, parse_descriptor(s, 1), {p}, "en.title_reference", kConfTitle);
    // 2. Apposition or copula after a person: "X, the CEO of Y", "X, a former Y researcher", "X is Y's CEO".
    if ((tp == EntityType::Person || tp == EntityType::Organization) && !s.genitive(p)) {
      const int l = s.last(p);
      int k = l + 1;
      bool ok = false, past = false, relative = false, became = false, earlier = false;
      if (s.s_.tokens[static_cast<std::size_t>(l)].comma_after) {
        ok = true;
        // "X, who is Y's CEO,", "X, who's now Y's CEO", "X, who served as Y's chief executive"
        if (k < s.n_ && s.inside(k) < 0 &&
            (lw[static_cast<std::size_t>(k)] == "who" || (lw[static_cast<std::size_t>(k)] == "which" && tp == EntityType::Organization)))
          relative = true, ok = false, ++k;
      }
      if (!ok && k < s.n_) {
        while (k < s.n_ && (lw[static_cast<std::size_t>(k)] == "now" || lw[static_cast<std::size_t>(k)] == "also")) ++k;
        const std::string w = k < s.n_ ? lw[static_cast<std::size_t>(k)] : std::string();
        const std::string w1 = k + 1 < s.n_ ? lw[static_cast<std::size_t>(k + 1)] : std::string();
        const bool whos = relative && lower(s.s_.tokens[static_cast<std::size_t>(k - 1)].text) == "who's";
        if (whos) ok = true;
        else if (w == "is" || w == "are" || w == "remains") ok = true, ++k;
        else if (w == "was" || w == "were") {
          ok = past = true, ++k;
          // "Qureshi was earlier a principal researcher at Microsoft": a past post
          if (k < s.n_ && s.inside(k) < 0 && (lw[static_cast<std::size_t>(k)] == "earlier" || lw[static_cast<std::size_t>(k)] == "previously" ||
                                               lw[static_cast<std::size_t>(k)] == "once" || lw[static_cast<std::size_t>(k)] == "formerly"))
            earlier = true, ++k;
        }
        else if ((w == "had" || w == "has") && w1 == "been") ok = true, past = w == "had", k += 2;
        else if ((w == "serves" || w == "served") && w1 == "as") ok = true, past = w == "served", k += 2;
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
      }
      if (ok) {
        Descriptor d = parse_descriptor(s, k);
        // "Wielgosz, who serves as CTO, said", "Herrera, the CEO,", "Mensah serves as CTO": the title at
        // the organisation in focus
        if (d.org < 0 && !past && !d.former && !d.founder && tp == EntityType::Person && d.title_token >= 0 &&
            is_top_title(d.role))
          d.org = bare_title_org(s, s.first(p));
        // past: "Before that she was an engineer at Y" left Y; "X, who served as Y's CEO," worked for Y
        bool before_cue = false;
        for (int q = 0; q < l; ++q)
          if (s.inside(q) < 0 && (lw[static_cast<std::size_t>(q)] == "before" || lw[static_cast<std::size_t>(q)] == "previously"))
            before_cue = true;
        if (past && !d.founder && (before_cue || earlier)) d.former = true;
        if (!(past && !d.former && !d.founder && !d.investor && !relative))
          emit_descriptor(s, d, relative ? std::vector<int>{p} : s.group_left(p), "en.apposition", kConfCopula);
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
            Descriptor d2 = parse_descriptor(s, c + 1);
            if (cw != "was" || d2.investor || d2.founder) emit_descriptor(s, d2, {p}, "en.apposition", kConfCopula);
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
            if (d2.org < 0 && d2.title_token >= 0 && !d2.former && is_top_title(d2.role)) d2.org = bare_title_org(s, s.first(p));
            emit_descriptor(s, d2, {p}, "en.apposition", kConfCopula);
          }
          break;
        }
    }
    // "Amazon Bedrock, Amazon's service for ...": a product described as an organisation's product noun
    if (tp == EntityType::Product && !s.genitive(p) && s.s_.tokens[static_cast<std::size_t>(s.last(p))].comma_after) {
      int q = s.last(p) + 1;
      if (q < s.n_ && s.inside(q) < 0 && (lw[static_cast<std::size_t>(q)] == "the" || lw[static_cast<std::size_t>(q)] == "a")) ++q;
      const int o = q < s.n_ ? s.inside(q) : -1;
      // "Amazon Bedrock, the company's service for ...": a nominal reference may be the possessor, "its" not
      // ("its" too: "Kiln, its platform for developers", the sentence's organisation)
      const bool nominal_ref = o >= 0 && s.pronoun(o);
      // "Gemini, Google's flagship model", "Codex, the company's coding model": up to two modifiers
      int noun = -1;
      if (o >= 0)
        for (int r = s.last(o) + 1; r < s.n_ && r <= s.last(o) + 3 && s.inside(r) < 0; ++r) {
          if (is_product_noun(lw[static_cast<std::size_t>(r)])) {
            noun = r;
            break;
          }
          if (!is_plain_word(s, r) || s.s_.tokens[static_cast<std::size_t>(r)].comma_after) break;
        }
      if (o >= 0 && s.genitive(o) && (!s.pronoun(o) || nominal_ref) && s.type(o) == EntityType::Organization && noun >= 0)
        s.emit_ent(R::Developed, s.ent(o), s.ent(p), noun, kConfPossessive, "en.product_apposition");
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
      // "Tata Consultancy Services (TCS), the Tata Group's IT services arm": past the short form
      if (!ok && k < s.n_ && s.s_.tokens[static_cast<std::size_t>(k)].paren_open_before && s.inside(k) >= 0 &&
          s.s_.tokens[static_cast<std::size_t>(s.last(s.inside(k)))].comma_after)
        ok = true, k = s.last(s.inside(k)) + 1;
      // "The start-up, which builds speech models, is a unit of Y": past the relative clause
      if (ok && k < s.n_ && lw[static_cast<std::size_t>(k)] == "which" && s.inside(k) < 0) {
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
      for (int q = k, steps = 0; ok && q < s.n_ && steps < 6; ++q, ++steps) {
        const int m = s.inside(q);
        const std::string& w = lw[static_cast<std::size_t>(q)];
        // "X, is now running Y's division": a verb ends the apposition
        if (m < 0 && q > k && (w == "is" || w == "was" || w == "are" || w == "has" || w == "had" || w == "will" ||
                               (w.size() > 4 && w.substr(w.size() - 3) == "ing")))
          break;
        if (m >= 0) {
          if (!s.genitive(m)) {
            // "X is now a SoftBank unit", "X, a Hyundai subsidiary"
            const int r = s.last(m) + 1;
            if (!s.pronoun(m) && s.type(m) == EntityType::Organization && r < s.n_ && s.inside(r) < 0 &&
                (lw[static_cast<std::size_t>(r)] == "unit" || lw[static_cast<std::size_t>(r)] == "subsidiary" ||
                 lw[static_cast<std::size_t>(r)] == "division" || lw[static_cast<std::size_t>(r)] == "affiliate"))
              s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(m), r, kConfSubsidiary, "en.subsidiary");
            break;
          }
          for (int r = s.last(m) + 1; r < s.n_ && r <= s.last(m) + 4; ++r) {
            const std::string& u = lw[static_cast<std::size_t>(r)];
            if (u == "unit" || u == "subsidiary" || u == "arm" || u == "division" || u == "affiliate" || u == "fund" ||
                (!s.pronoun(m) && (u == "lab" || u == "consultancy" ||
                                   (u == "team" && s.s_.tokens[static_cast<std::size_t>(r)].comma_after)))) {
              s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(m), r, kConfSubsidiary, "en.subsidiary");
              break;
            }
            if (s.inside(r) >= 0 || s.s_.tokens[static_cast<std::size_t>(r)].comma_after) break;
          }
          break;
        }
        if ((w == "unit" || w == "subsidiary" || w == "arm" || w == "division" || w == "affiliate" || w == "fund" ||
             w == "tank" || w == "part" || w == "spinoff" || w == "spin-off") &&
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
            if (!(is_plain_word(s, r) || tw.find('-') != std::string_view::npos || strip_possessive(tw).size() != tw.size() ||
                  is_stop_word(tw) || place || is_org_noun(lw[static_cast<std::size_t>(r)]) || is_determiner(lw[static_cast<std::size_t>(r)])))
              break;
          }
          if (o >= 0 && s.type(o) != EntityType::Organization) o = -1;
          if (o >= 0) s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(o), q, kConfSubsidiary, "en.subsidiary");
          break;
        }
        if (s.s_.tokens[static_cast<std::size_t>(q)].comma_after) break;
      }
    }
    if (!s.genitive(p) && !s.pronoun(p) && s.last(p) + 2 < s.n_ && lw[static_cast<std::size_t>(s.last(p) + 1)] == "parent" &&
        s.inside(s.last(p) + 2) >= 0 && s.type(s.inside(s.last(p) + 2)) == EntityType::Organization) {
      // "Google parent Alphabet"
      s.emit_ent(R::SubsidiaryOf, s.ent(p), s.ent(s.inside(s.last(p) + 2)), s.last(p) + 1, kConfSubsidiary, "en.parent");
      continue;
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
        if (o >= 0 && s.type(o) == EntityType::Organization && !s.genitive(o) && s.ent(o) != s.ent(p))
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
    bool head_noun = false, copula = false;
    for (int q = k, steps = 0; q < s.n_ && steps < 9; ++q, ++steps) {
      const int m = s.inside(q);
      if (m >= 0) {
        bool unreal = false;  // "its planned model X", "Y's rumoured assistant Z"
        for (int r = k; r < q; ++r)
          if (lw[static_cast<std::size_t>(r)] == "planned" || lw[static_cast<std::size_t>(r)] == "rumored" ||
              lw[static_cast<std::size_t>(r)] == "rumoured" || lw[static_cast<std::size_t>(r)] == "proposed" ||
              lw[static_cast<std::size_t>(r)] == "potential" || lw[static_cast<std::size_t>(r)] == "upcoming")
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
      const bool headword = is_product_noun(w) || w == "product" || w == "technology" || w == "offering";
      if (headword) head_noun = true;
      const bool modifier = w == "main" || w == "core" || w == "key" || w == "primary" || w == "newest" || w == "only" ||
                            w == "best-known" || w == "custom" || w == "first" || (steps < 2 && is_plain_word(s, q) && !copula);
      const bool link = head_noun && !copula && (w == "is" || w == "was");
      if (link) copula = true;
      if (!(headword || modifier || link || is_determiner(w) || w.find('-') != std::string::npos ||
            (copula && is_plain_word(s, q))))
        break;
      if (steps >= 4 && !head_noun) break;
      if (s.s_.tokens[static_cast<std::size_t>(q)].comma_after && !headword) break;
    }
  }
}

bool is_irrealis_en(const Sentence& s, int k) {
  static constexpr std::string_view kMarkers[] = {
      "plans", "plan", "planned", "planning", "intends", "intend", "will", "would", "could", "may", "might", "should",
      "expected", "considering", "consider", "considers", "weighing", "exploring", "talks", "negotiations",
      "negotiating", "discussing", "seeking", "seeks", "aims", "hopes", "hoping", "wants", "not", "never", "no",
      "reportedly", "rumored", "rumoured", "potential", "possible", "proposed", "if", "whether", "denied", "denies",
      "deny", "unlikely", "pending", "to"};
  for (int j = k - 1; j >= 0 && j >= k - 6; --j) {
    const std::string w = lower(s.tokens[static_cast<std::size_t>(j)].text);
    if (w.find("n't") != std::string::npos) return true;
    if (w == "may" && s.tokens[static_cast<std::size_t>(j)].text[0] == 'M') continue;  // the month
    // "will join X as CTO", "will operate as a subsidiary of Y": a post or a structure announced as
    // settled (ANNOTATION.md: a firm announcement is at most optional, never a plan to drop)
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
        if (m == "to" && j >= 1 && (lower(s.tokens[static_cast<std::size_t>(j - 1)].text) == "agreed" ||
                                    lower(s.tokens[static_cast<std::size_t>(j - 1)].text) == "agrees"))
          break;
        if (m == "to") {
          // "left OpenAI to found Anthropic": the purpose of a departure happened
          for (int q = j - 1; q >= 0 && q >= j - 5; --q) {
            const std::string v = lower(s.tokens[static_cast<std::size_t>(q)].text);
            if (v == "left" || v == "quit" || v == "departed" || v == "resigned" || v == "leaving") return false;
            if (v == "on" && q >= 1 && lower(s.tokens[static_cast<std::size_t>(q - 1)].text) == "went") return false;  // "went on to co-found X"
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
    // "held talks with investors including X about joining the round"
    if ((w == "talks" || w == "negotiations" || w == "discussions") && j + 1 < k) {
      const std::string nx = lower(s.tokens[static_cast<std::size_t>(j + 1)].text);
      if (nx == "about" || nx == "with" || nx == "over" || nx == "on" || nx == "to") return true;
    }
  }
  return false;
}

}  // namespace inmaek::extract
