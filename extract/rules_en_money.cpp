// English rules about money: who raised, the company a round belongs to, investors named after
// "from" or "alongside".
#include <string>
#include <vector>

#include "extract/english_words.h"
#include "extract/rules_en_class_internal.h"

namespace inmaek::extract::rules_en {
namespace {

// Verbs of a company taking money in: "raised", "closed a seed", "landed R$40 million" (lower case).
bool is_raise_word(std::string_view w) {
  return is_any(w, {"raised", "raises", "raising", "closed", "closes", "secured", "secures", "landed", "lands", "bagged", "netted", "nabbed",
                    "snagged"});
}

}  // namespace

// "put in more money", "put money in" (the sentence ending there or "too", "as well" after it): money
// put into the round just told, at token k ("put", "puts", "putting").
bool RulesEn::money_put_in(int k) const {
  if (k + 2 >= n_) return false;
  if (lw_[static_cast<std::size_t>(k + 1)] == "in") return in_list(k + 2, {"more", "money", "capital", "cash", "funds", "again"});
  return in_list(k + 1, {"money", "capital", "cash", "more"}) && lw_[static_cast<std::size_t>(k + 2)] == "in" &&
         (k + 3 >= n_ || in_list(k + 3, {"too", "again", "as", "alongside"}));
}

// The raise verb (raised/raises/closed/secured) before token k in this sentence, or -1.
int RulesEn::raise_verb_before(int k) const {
  for (int j = k - 1; j >= 0; --j)
    if (is_raise_word(lw_[static_cast<std::size_t>(j)]) || picked_up_money(j)) return j;
  return -1;
}

// "picked up KRW 25 billion", "picked up an $18M seed round": money picked up is raised, not bought.
bool RulesEn::picked_up_money(int j) const {
  if (!(in_list(j, {"picked", "picks", "picking"}) && j + 2 < n_ && lw_[static_cast<std::size_t>(j + 1)] == "up")) return false;
  for (int q = j + 2; q < n_ && q <= j + 3; ++q) {
    const std::string& w = lw_[static_cast<std::size_t>(q)];
    if (w.empty()) continue;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    if ((c >= '0' && c <= '9') || c == '$' || c >= 0x80 || in_list(q, {"krw", "usd", "eur", "us$", "r$", "rs", "inr", "jpy", "sgd"}) ||
        w.find('$') != std::string::npos)
      return true;
    if (!in_list(q, {"a", "an", "another", "fresh", "new"})) return false;
  }
  return false;
}

// The entity that raised money: the subject of a raise verb before k in this sentence (-1 when it
// has none), else the organisation the previous sentence was about.
int RulesEn::raiser(int k) const {
  if (const int j = raise_verb_before(k); j >= 0) {
    // ("X said it had raised $3m in a round led by Z": the "it" right before the verb)
    int q = j - 1;
    while (q >= 0 && inside(q) < 0 && is_aux(lw_[static_cast<std::size_t>(q)])) --q;
    if (q >= 0 && inside(q) >= 0 && pronoun(inside(q)) && type(inside(q)) == EntityType::Organization) return ent(inside(q));
    int rel = -1;
    const std::vector<int> s = subject_of(j, rel);
    // (an organisation: "X, the startup founded by Y, said it had raised $3m in a round led by Z" is no round of Y's)
    for (int m : s)
      if (type(m) == EntityType::Organization) return ent(m);
    return -1;
  }
  // "Our seed round was led by X", "Plinth's $5 million Series A, led by X": the round's owner
  if (const int owner = round_owner_before(k, true); owner >= 0) return owner;
  // the sentence's subject when it is a company in a sentence about money: "Lattice One, an agentic AI
  // startup, came out of stealth with a $150 million seed round led by X", a deal line "Podo Labs
  // (Busan, translation) — $3.2M seed led by Gwangan Capital"
  // (only where the investors follow the trigger: "led by X", "participation from X")
  if (s_.money_context && ((in_list(k, {"led", "co-led"}) && by_after(k) >= 0) || in_list(k, {"participation"})))
    for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
      if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
        // (or a company's noun: "The startup, which was founded last month by X, emerged from stealth with $18 million in
        // seed funding led by Y")
        if (first(m) < k && type(m) == EntityType::Organization && !genitive(m) && (!pronoun(m) || last(m) > first(m))) return ent(m);
        break;
      }
  // (the sentence before was about an investor in the round just told: the company it invested in)
  if (ctx_.previous_topic >= 0 && ctx_.previous_investments)
    for (const auto& [investor, funded] : *ctx_.previous_investments)
      if (investor == ctx_.previous_topic && funded != investor) return funded;
  if (ctx_.previous_topic >= 0 && ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization) {
    // (not a fund the sentence before was about: "Sony Innovation Fund wrote the first cheque. In
    // January, Coatue led a Series B": the company the text is about)
    if (!looks_like_fund_name(ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].name)) return ctx_.previous_topic;
    if (ctx_.main_org >= 0 && ctx_.main_org != ctx_.previous_topic) return ctx_.main_org;
  }
  return -1;
}

// "Sony Innovation Fund wrote the first institutional cheque in 2021": the writer invested in the
// company the text is about (or the one raising in the sentence).
void RulesEn::wrote_cheque(int k) {
  int j = k - 1;  // the verb, at most four words before
  while (j >= 0 && j >= k - 4 && inside(j) < 0 && !in_list(j, {"wrote", "writes", "written", "cut"})) --j;
  if (j < 0 || j < k - 4 || inside(j) >= 0 || is_irrealis_en(s_, k)) return;
  int rel = -1;
  const std::vector<int> who = subject_of(j, rel);
  const int target = raise_verb_before(j) >= 0 ? raiser(j) : ctx_.funded >= 0 ? ctx_.funded : ctx_.main_org;
  for (int a : who)
    if (type(a) != EntityType::Product) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.invested.cheque");
}

// The company a round belongs to: the one raising in this sentence, else the one the text said
// raised money, else the previous sentence's organisation.
int RulesEn::round_target(int k) const {
  const int r = raiser(k);
  if (raise_verb_before(k) >= 0 && r >= 0) return r;
  // ("Zeta Labs's Series A, which closed in May, was led by X": the round's owner, not the company funded before)
  if (const int owner = round_owner_before(k, false); owner >= 0) return owner;
  return ctx_.funded >= 0 ? ctx_.funded : r;
}

int RulesEn::round_owner_before(int k, bool references) const {
  for (int j = 0; j < k; ++j) {
    const int m = inside(j);
    if (m < 0) continue;
    if (genitive(m) && type(m) == EntityType::Organization && (references || !pronoun(m)))
      for (int q = last(m) + 1; q < k && q <= last(m) + 6 && inside(q) < 0; ++q)
        if (in_list(q, {"round", "series", "seed", "pre-seed", "funding", "raise"}) && !s_.tokens[static_cast<std::size_t>(q - 1)].comma_after)
          return ent(m);
    j = last(m);
  }
  return -1;
}

// A list of investors and the angels named after it: "from Kindred Ventures and a handful of angels,
// among them X", "... and angel investors including X".
std::vector<int> RulesEn::with_angels(std::vector<int> list) const {
  if (list.empty()) return list;
  for (int j = last(list.back()) + 1; j + 1 < n_ && j <= last(list.back()) + 8 && inside(j) < 0; ++j)
    if ((lw_[static_cast<std::size_t>(j)] == "among" && lw_[static_cast<std::size_t>(j + 1)] == "them") ||
        (lw_[static_cast<std::size_t>(j)] == "including" && in_list(j - 1, {"angels", "investors", "backers"}))) {
      for (int a : object_after(lw_[static_cast<std::size_t>(j)] == "among" ? j + 1 : j, "", false, 7, true)) list.push_back(a);
      break;
    }
  return list;
}

// "... led by A, alongside new investor B": B invested in the same round (and "X led, with B and a
// handful of angels", "A co-led the round together with B", "along with B").
void RulesEn::alongside(int k, int target) {
  if (target < 0) return;
  for (int j = k + 1; j < n_; ++j)
    if (lw_[static_cast<std::size_t>(j)] == "alongside" ||
        (j == k + 1 && lw_[static_cast<std::size_t>(j)] == "with" && s_.tokens[static_cast<std::size_t>(k)].comma_after) ||
        (j + 1 < n_ && in_list(j, {"together", "along"}) && lw_[static_cast<std::size_t>(j + 1)] == "with" && inside(j) < 0)) {
      int from = lw_[static_cast<std::size_t>(j)] == "together" || lw_[static_cast<std::size_t>(j)] == "along" ? j + 1 : j;
      while (from + 1 < n_ && inside(from + 1) < 0 && in_list(from + 1, {"new", "existing", "investor", "investors", "backer", "backers"}))
        ++from;
      for (int a : object_after(from, "", false, 7, true)) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.invested.alongside");
      return;
    }
}

// "agreed to lead a €1.7bn investment in Mistral AI", "led a $30 million round in June for Tel
// Aviv-based Quellsec": the organisation a round word after k is in or for (entity), or -1.
int RulesEn::round_company_after(int k) const {
  bool round_word = false;
  for (int j = k + 1; j + 1 < n_ && j <= k + 9 && inside(j) < 0; ++j) {
    if (in_list(j, {"investment", "round", "funding", "financing", "seed", "series"})) round_word = true;
    if (!round_word || !in_list(j, {"in", "for"})) continue;
    int q = j + 1;
    for (int b = q; b < n_ && b <= q + 2 && inside(b) < 0; ++b)
      if (lw_[static_cast<std::size_t>(b)].find("-based") != std::string::npos) {
        q = b + 1;
        break;
      }
    // ("a round in Seoul's Nuri Labs": past a place's possessive)
    if (const std::string_view pw = q + 1 < n_ && inside(q) < 0 ? s_.tokens[static_cast<std::size_t>(q)].text : std::string_view();
        pw.size() > 3 && pw[0] >= 'A' && pw[0] <= 'Z' && en::strip_possessive(pw).size() < pw.size() &&
        !s_.tokens[static_cast<std::size_t>(q)].comma_after)
      ++q;
    // ("a Series A round for voice startup Maru AI": past the lower-case words of its kind)
    for (int b = q; b < n_ && b <= q + 3 && inside(b) < 0; ++b)
      if (en::is_org_noun(kind_noun(s_.tokens[static_cast<std::size_t>(b)].text)) && s_.tokens[static_cast<std::size_t>(b)].text[0] >= 'a' &&
          !s_.tokens[static_cast<std::size_t>(b)].comma_after && b + 1 < n_ && inside(b + 1) >= 0) {
        q = b + 1;
        break;
      }
    if (q < n_ && inside(q) >= 0 && type(inside(q)) == EntityType::Organization) return ent(inside(q));
  }
  return -1;
}

// Words of money in the sentence: a round, a raise, an amount.
bool RulesEn::money_words() const {
  if (!s_.amounts.empty()) return true;
  for (const std::string& w : lw_)
    if (w == "round" || w == "raised" || w == "raise" || w == "funding" || w == "investment" || w == "investors" ||
        w == "seed" || w == "series" || w == "financing" || w == "valuation" || w == "investment")
      return true;
  return false;
}

// "Andes Río Capital came in alongside us", "Kaszek came in as lead": an investor joining the round
// of the company the text is about.
void RulesEn::came_in(int k) {
  // "Our seed came from Partech Africa and Future Africa", "Brindle's Series A came from X": the round's
  // owner (the possessor before the round's word) took money from them
  if (k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "from" && k >= 2 &&
      in_list(k - 1, {"seed", "round", "funding", "money", "capital", "a", "b", "c"}) && !is_irrealis_en(s_, k)) {
    int owner = -1;
    for (int j = k - 1; j >= 0 && j >= k - 4 && owner < 0; --j)
      if (inside(j) >= 0 && genitive(inside(j)) && type(inside(j)) == EntityType::Organization) owner = inside(j);
    if (owner >= 0)
      for (int a : object_after(k + 1, "", false, 7, true))
        if (type(a) != EntityType::Product && ent(a) != ent(owner)) emit(R::Invested, a, owner, k, kConfRound, "en.invested.came_from");
    return;
  }
  if (k + 2 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "in" || !in_list(k + 2, {"alongside", "as", "with"})) return;
  if (is_irrealis_en(s_, k)) return;
  int rel = -1;
  std::vector<int> subj = subject_of(k, rel);
  if (subj.empty() || type(subj.front()) == EntityType::Product) return;
  const int target = round_target(k);
  for (int a : subj) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.invested.came_in");
  // "came in alongside us": "us" is the investor speaking, who invested too
  if (lw_[static_cast<std::size_t>(k + 2)] == "alongside" && k + 3 < n_ && inside(k + 3) >= 0 && type(inside(k + 3)) == EntityType::Organization &&
      ent(inside(k + 3)) != target)
    emit_ent(R::Invested, ent(inside(k + 3)), target, k, kConfRound, "en.invested.came_in");
}

// The company of the last investment this sentence told before token k ("X led the seed, with Y
// following on": Y's round is X's), else `otherwise`.
int RulesEn::round_told(int k, int otherwise) const {
  int o = otherwise;
  for (const Found& f : out_)
    if (f.type == R::Invested && f.trigger < k) o = f.object;
  return o;
}

// "$3.2M seed led by Gwangan Capital, with Kakao Ventures following on": an investor in the same round.
void RulesEn::following_on(int k) {
  if (k < 2 || k + 1 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "on" || !s_.money_context) return;
  if (k + 2 < n_ && !clause_ends_after(k + 1)) return;
  const int m = ending_at(k - 1);
  if (m < 0 || type(m) != EntityType::Organization || pronoun(m)) return;
  const std::vector<int> who = group_left(m, true);
  if (first(who.front()) < 1 || !in_list(first(who.front()) - 1, {"with"})) return;
  const int o = round_told(k, round_target(k));
  for (int a : who) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.following_on");
}

// "... and so did a couple of angels, including Arthur Mensch of Mistral": angels named after
// "including" put money in the round of the company the text is about.
void RulesEn::angels_including(int k) {
  if (k < 1 || !in_list(k - 1, {"angels", "angel"}) || is_irrealis_en(s_, k)) return;
  // (a list before is with_angels' work: "from A and B, and angels including C"; so is an angel the
  // sentence already gave: "we're joined by a group of angels including X")
  for (int j = 0; j < k - 1; ++j)
    if (inside(j) >= 0 && in_list(j > 0 ? j - 1 : 0, {"from", "by"})) return;
  // (the round of a raise in this sentence, else of the company the text said raised money; no
  // guess from the sentence before)
  // ("Inti Capital came in alongside us, and so did angels": the round the sentence told)
  const int target = round_told(k, raise_verb_before(k) >= 0 ? raiser(k) : ctx_.funded);
  if (target < 0) return;
  for (int a : object_after(k, "", false, 7, true)) {
    bool told = false;
    for (const Found& f : out_) told = told || (f.type == R::Invested && f.subject == ent(a));
    if (!told) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.invested.angels");
  }
}

// "came out of stealth with €18m from Eurazeo and Kima Ventures": money from investors, to the
// sentence's subject (the verb need not be "raised").
void RulesEn::money_from(int k) {
  bool amount = false;
  // ("KRW 25 billion in Series A money from X": money named just before "from")
  if (k >= 1 && inside(k - 1) < 0 && in_list(k - 1, {"money", "funding", "financing", "capital"}))
    for (int j = k - 2; j >= 0 && j >= k - 8 && inside(j) < 0 && !amount; --j)
      amount = in_list(j, {"million", "billion", "bn", "m", "crore", "lakh", "trillion"});
  for (int j = k - 1; j >= 0 && j >= k - 3 && inside(j) < 0; --j) {
    const std::string_view t = s_.tokens[static_cast<std::size_t>(j)].text;
    const std::string& w = lw_[static_cast<std::size_t>(j)];
    if (w == "million" || w == "billion" || w == "bn" || w == "m" || (!t.empty() && (t[0] == '$' || t.substr(0, 2) == "\xE2\x82" ||
        t.substr(0, 2) == "\xC2\xA3")))
      amount = true;
  }
  // "The company's early money came from Polder Ventures"
  for (int j = k - 1; j >= 0 && j >= k - 4 && inside(j) < 0; --j)
    if (in_list(j, {"came", "comes", "coming"}))
      for (int q = j - 1; q >= 0 && q >= j - 3 && inside(q) < 0; --q)
        if (in_list(q, {"money", "funding", "capital", "backing", "financing"})) amount = true;
  if (!amount || is_irrealis_en(s_, k)) return;
  for (int j = k - 1; j >= 0; --j)
    if (is_raise_word(lw_[static_cast<std::size_t>(j)])) return;  // the raise rule has it
  int target = -1;
  for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
    if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
      if (type(m) == EntityType::Organization && first(m) < k) target = m;
      break;
    }
  if (target < 0 && !s_.mentions.empty() && first(0) == 0 && genitive(0) && type(0) == EntityType::Organization)
    target = 0;  // "The company's money came from X": the possessor opens the sentence
  if (target < 0) return;
  for (int a : object_after(k, "", false, 7, true))
    if (ent(a) != ent(target)) emit(R::Invested, a, target, k, kConfRound, "en.money_from");
}

// A deal table's row: "Opaline Health — Seed — €6.5m — Faubourg Ventures (lead), Cassius Ferrante":
// fields between dashes, the company first, a round and the investors last.
void RulesEn::tracker_line() {
  // a deal item's labelled line: "Lead: Savanna Frontier Fund.", "Also in: A, plus existing backer B",
  // "Investors: A and B": the investors of the round the text just told
  {
    int label_end = -1;  // the token the colon follows
    for (int k = 0; k < n_ && k <= 2; ++k) {
      const std::string_view tx = s_.tokens[static_cast<std::size_t>(k)].text;
      if (inside(k) >= 0) break;
      if (*(tx.data() + tx.size()) == ':') {
        label_end = k;
        break;
      }
    }
    std::string label;
    // (after an item's mark: "- Lead: Savanna Frontier Fund")
    for (int k = 0; k <= label_end; ++k)
      if (std::any_of(lw_[static_cast<std::size_t>(k)].begin(), lw_[static_cast<std::size_t>(k)].end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        label += (label.empty() ? "" : " ") + lw_[static_cast<std::size_t>(k)];
    if (label_end >= 0 && ctx_.funded >= 0 &&
        (label == "lead" || label == "leads" || label == "led by" || label == "co-leads" || label == "also in" || label == "investors" ||
         label == "backers" || label == "participants" || label == "participating" || label == "lead investor" || label == "lead investors")) {
      for (int k = label_end + 1; k < n_; ++k) {
        const int m = inside(k);
        if (m < 0) continue;
        // (not what an investor is part of: "Samsung Venture Investment, the corporate VC arm of Samsung Electronics")
        if (type(m) != EntityType::Product && !genitive(m) && ent(m) != ctx_.funded && !(k >= 1 && lw_[static_cast<std::size_t>(k - 1)] == "of"))
          emit_ent(R::Invested, ent(m), ctx_.funded, k, kConfRound, "en.invested.labelled");
        k = last(m);
      }
      return;
    }
  }
  std::vector<int> starts = {0};  // first token of each field
  for (int k = 0; k + 1 < n_; ++k)
    if (s_.tokens[static_cast<std::size_t>(k)].dash_after) starts.push_back(k + 1);
  if (starts.size() < 4) return;
  const int company = inside(0);
  if (company < 0 || type(company) != EntityType::Organization || last(company) + 1 != starts[1]) return;
  bool round = false;
  for (int k = starts[1]; k < starts.back(); ++k) round = round || in_list(k, {"series", "seed", "pre-seed", "round", "extension", "angel"});
  if (!round) return;
  for (int k = starts.back(); k < n_; ++k) {
    const int m = inside(k);
    if (m < 0) continue;
    if (type(m) != EntityType::Product && ent(m) != ent(company)) emit(R::Invested, m, company, k, kConfRound, "en.invested.tracker_row");
    k = last(m);
  }
}

// "Sakana counts Nvidia among its investors", "Moonshot has Alibaba among its biggest backers": the
// names before "among" invested in the sentence's subject.
void RulesEn::among_investors(int k) {
  // ("with Nvidia, AMD and Cisco among the participants": the round's company)
  const bool round_members = k + 2 < n_ && in_list(k + 1, {"the"}) && in_list(k + 2, {"participants", "investors", "backers"});
  if (k < 2 || k + 2 >= n_ || !(in_list(k + 1, {"its", "their"}) || round_members) || is_irrealis_en(s_, k)) return;
  int j = k + 2;
  while (j < n_ && j <= k + 4 && lower_word(s_.tokens[static_cast<std::size_t>(j)].text) &&
         !in_list(j, {"investors", "backers", "shareholders", "funders", "participants"}))
    ++j;
  if (j >= n_ || !in_list(j, {"investors", "backers", "shareholders", "funders", "participants"})) return;
  const int investor = inside(k - 1);
  if (investor < 0 || genitive(investor) || pronoun(investor) || type(investor) == EntityType::Product) return;
  if (round_members) {
    const int target = round_target(k);
    if (target >= 0 && money_words())
      for (int a : group_left(investor))
        if (ent(a) != target) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.among_participants");
    return;
  }
  const std::vector<int> investors = group_left(investor);
  const int start = first(investors.front());
  if (start >= 1 && in_list(start - 1, {"counts", "count", "counted"})) return;  // (counts_among)
  int target = -1;
  // ("Sakana AI, the Tokyo startup ..., which has Nvidia among its investors": the antecedent of "which")
  for (int q = start - 1; q >= 1 && !s_.tokens[static_cast<std::size_t>(q)].comma_after; --q)
    if (in_list(q, {"which", "that"})) {
      if (!s_.tokens[static_cast<std::size_t>(q - 1)].comma_after) return;
      // (the name before the comma, or before an apposition that ends there; not a reference, which
      // may stand for another company)
      for (int c = q - 1; c >= 0 && target < 0; --c)
        if (inside(c) >= 0 && type(inside(c)) == EntityType::Organization && !genitive(inside(c)) && !pronoun(inside(c)) &&
            c == last(inside(c)) && s_.tokens[static_cast<std::size_t>(c)].comma_after)
          target = inside(c);
      if (target < 0) return;
      break;
    }
  for (int m = 0; target < 0 && m < static_cast<int>(s_.mentions.size()) && first(m) < first(investor); ++m)
    if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject && type(m) == EntityType::Organization && !genitive(m)) {
      target = m;
      break;
    }
  if (target < 0) return;
  for (int a : investors)
    if (ent(a) != ent(target)) emit(R::Invested, a, target, k, kConfRound, "en.among_investors");
}

// "Our seed investor was Coral Capital", "Its biggest backers are A and B": the names after the
// copula invested in the possessor.
void RulesEn::investor_was(int k) {
  if (k + 2 >= n_ || !in_list(k + 1, {"was", "were", "is", "are"}) || is_irrealis_en(s_, k)) return;
  int owner = -1;
  for (int j = k - 1; j >= 0 && j >= k - 3; --j) {
    const int m = inside(j);
    if (m >= 0) {
      if (genitive(m) && type(m) == EntityType::Organization) owner = m;
      break;
    }
    if (!lower_word(s_.tokens[static_cast<std::size_t>(j)].text)) break;  // "seed", "lead", "biggest"
  }
  const int first_investor = inside(k + 2);
  if (owner < 0 || first_investor < 0 || first(first_investor) != k + 2 || genitive(first_investor)) return;
  for (int a : group_right(first_investor, true))
    if (type(a) != EntityType::Product && ent(a) != ent(owner)) emit(R::Invested, a, owner, k, kConfRound, "en.investor_was");
}

void RulesEn::round_joined_by(int k) {
  bool round = false;
  for (int j = k - 1; j >= 0 && j >= k - 10; --j) round = round || in_list(j, {"round", "series", "seed", "financing", "raise", "funding"});
  if (!round || is_irrealis_en(s_, k)) return;
  const int target = round_target(k);
  if (target < 0) return;
  // (and each "and by X" after it)
  for (int j = k + 1; j < n_; ++j) {
    if (lw_[static_cast<std::size_t>(j)] != "by" || !(j == k + 1 || (j >= 1 && lw_[static_cast<std::size_t>(j - 1)] == "and"))) continue;
    for (int a : with_angels(object_after(j, "", false, 7, true)))
      if (ent(a) != target) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.invested.round_joined_by");
  }
}

// "Northlight Ventures participated, as did angels A and B", "A joined the round, as did existing investor B": those after
// "as did" took part too (not the owner of a fund named after it: "as did Google's AI-focused venture fund, Gradient Ventures")
void RulesEn::as_did(int k, int target) {
  if (target < 0) return;
  for (int j = k + 1; j + 2 < n_; ++j)
    if (s_.tokens[static_cast<std::size_t>(j - 1)].comma_after && lw_[static_cast<std::size_t>(j)] == "as" && lw_[static_cast<std::size_t>(j + 1)] == "did") {
      int from = j + 1;
      while (from + 1 < n_ && inside(from + 1) < 0 && in_list(from + 1, {"existing", "new", "returning"})) ++from;
      for (int a : with_angels(object_after(from, "", false, 7, true)))
        if (!genitive(a) && ent(a) != target) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.invested.as_did");
      return;
    }
}

}  // namespace inmaek::extract::rules_en
