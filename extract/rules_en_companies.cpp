// English rules about companies: acquisitions and investments as nouns, deals, owners and
// subsidiaries, sales of a business, the maker of a product.
#include <string>
#include <vector>

#include "extract/english_words.h"
#include "extract/rules_en_class_internal.h"

namespace inmaek::extract::rules_en {

// Nouns: "[X's|its] [$N] acquisition|takeover|purchase of Y", "purchase of a stake in Y",
// "Y announced the appointment of X as CTO".
void RulesEn::nominal(int k, const Trigger& t) {
  int rel = -1;
  if (t.type == R::Joined) {
    // ("the appointment earlier this year of X": a time between the noun and "of")
    int of = k + 1;
    while (of < n_ && of <= k + 4 && inside(of) < 0 && (is_date_word(of) || in_list(of, {"earlier", "this", "last", "year", "month", "week", "in"})))
      ++of;
    if (of >= n_ || lw_[static_cast<std::size_t>(of)] != "of") return;
    std::vector<int> subj = subject_of(k, rel);
    // "Kaveri's appointment of X as its CTO": the possessor appoints
    if (k >= 1 && ending_at(k - 1) >= 0 && genitive(ending_at(k - 1)) && !pronoun(ending_at(k - 1)) &&
        type(ending_at(k - 1)) == EntityType::Organization)
      subj = {ending_at(k - 1)};
    std::vector<int> people = object_after(of, "", false);
    if (subj.empty() || people.empty() || type(people.front()) != EntityType::Person) return;
    int after = last(people.back()) + 1;
    if (const int a = skip_apposition(people.back()); a >= 0) after = a;  // "of X, formerly a scientist at Y, as its CTO"
    const std::string role = role_at(after);
    for (int o : subj)
      for (int p : people) {
        if (type(o) != EntityType::Organization) continue;
        emit(R::Joined, p, o, k, kConfRelative, "en.appointment");
        if (!role.empty()) emit(R::WorksFor, p, o, k, kConfRelative, "en.appointment", role);
      }
    return;
  }
  // "a $2 billion investment from Nvidia", "investments from A and B": the investors, in the company
  // the text says raised money (else the one it is about)
  if (t.type == R::Invested && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "from") {
    const std::vector<int> investors = object_after(k + 1, "", false, 7, true);
    int target = -1;
    for (int j = k + 2; j < n_ && j <= k + 12; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "in" && j + 1 < n_ && inside(j + 1) >= 0 && type(inside(j + 1)) == EntityType::Organization) {
        target = ent(inside(j + 1));
        break;
      }
    if (target < 0) target = round_target(k);
    if (target < 0) target = ctx_.main_org;
    for (int a : investors) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.investment_from");
    return;
  }
  // "Meta's $14.3 billion investment in Scale AI"
  const bool investment = t.type == R::Invested;
  if (k + 1 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != (investment ? "in" : "of")) return;
  // a stake is an investment
  R type = investment ? R::Invested : R::Acquired;
  int from = k + 1;
  for (int j = k + 2; j < n_ && j <= k + 5 && inside(j) < 0; ++j)
    if (lw_[static_cast<std::size_t>(j)] == "stake" && j + 1 < n_ && lw_[static_cast<std::size_t>(j + 1)] == "in") {
      type = R::Invested;
      from = j + 1;
      break;
    }
  std::vector<int> obj = object_after(from, "", false);
  if (obj.empty() || this->type(obj.front()) == EntityType::Person) return;
  int buyer = -1;
  for (int j = k - 1; j >= 0 && j >= k - 5; --j) {
    const int m = inside(j);
    if (m >= 0) {
      if (genitive(m) && this->type(m) == EntityType::Organization) buyer = m;
      break;
    }
    if (s_.tokens[static_cast<std::size_t>(j)].comma_after) break;
  }
  if (buyer < 0) {
    for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
      if (inside(j) >= 0) break;
      if (in_list(j, {"completed", "completes", "closed", "closes", "finalized", "finalised", "announced", "announces"})) {
        std::vector<int> subj = subject_of(j, rel);
        if (!subj.empty() && this->type(subj.front()) == EntityType::Organization) buyer = subj.front();
        break;
      }
    }
  }
  if (buyer >= 0 && pronoun(buyer)) {
    // "Y has completed its acquisition of Z": "its" is the subject of the sentence (named, or "it"
    // in "Y said it had completed its acquisition"), or nobody
    int named = -1;
    for (int m = 0; m < static_cast<int>(s_.mentions.size()) && first(m) < first(buyer); ++m)
      if (!genitive(m) && this->type(m) == EntityType::Organization && ent(m) == ent(buyer) &&
          (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject || lw_[static_cast<std::size_t>(first(m))] == "it"))
        named = m;
    buyer = named;
  }
  if (buyer < 0) return;
  for (int o : obj) emit(type, buyer, o, k, kConfRelative, "en.nominal");
}

// "signed a (long-term collaboration) deal|agreement|partnership with Y", "X and Y signed a pact".
void RulesEn::deal(int k) {
  int d = -1;
  for (int j = k + 1; j < n_ && j <= k + 6; ++j) {
    if (inside(j) >= 0) return;
    const std::string& w = lw_[static_cast<std::size_t>(j)];
    if (w == "acquisition" || w == "merger" || w == "purchase" || w == "sale" || w == "funding" || w == "investment" ||
        w == "loan" || w == "lease" || w == "term" || w == "sheet")
      return;
    if (w == "deal" || w == "agreement" || w == "partnership" || w == "pact" || w == "alliance" || w == "contract" ||
        w == "contracts" || w == "deals" || w == "agreements" || w == "memorandum" || w == "pilot") {  // ("signed a pilot with Y")
      d = j;
      break;
    }
    if (s_.tokens[static_cast<std::size_t>(j)].comma_after) return;
  }
  if (d < 0) return;
  if (d + 2 < n_ && lw_[static_cast<std::size_t>(d + 1)] == "to" &&
      in_list(d + 2, {"acquire", "buy", "sell", "merge", "purchase", "invest", "fund"}))
    return;
  int rel = -1;
  std::vector<int> subj = subject_of(k, rel);
  std::vector<int> obj = object_after(d, "with", false);
  if (obj.empty() && subj.size() >= 2) {
    if (type(subj[0]) == EntityType::Organization && type(subj[1]) == EntityType::Organization)
      emit(R::PartneredWith, subj[0], subj[1], k, kConfVerb, "en.deal.pair");
    return;
  }
  for (int a : subj)
    for (int o : obj)
      if (type(a) == EntityType::Organization && type(o) == EntityType::Organization)
        emit(R::PartneredWith, a, o, k, kConfVerb, "en.deal");
}

// "SoftBank-backed Tractable", "Boston Dynamics, the Hyundai-owned maker of Spot": the modifier
// names the owner or the investor of the organisation it describes.
void RulesEn::owned_modifier(int k) {
  const std::string& w = lw_[static_cast<std::size_t>(k)];
  // ("Intel-controlled Mobileye" is owned too)
  const bool controlled = w.size() > 11 && w.compare(w.size() - 11, 11, "-controlled") == 0;
  const bool owned = controlled || (w.size() > 6 && w.compare(w.size() - 6, 6, "-owned") == 0);
  const bool backed = w.size() > 7 && w.compare(w.size() - 7, 7, "-backed") == 0;
  if (!owned && !backed) return;
  const std::string_view text = s_.tokens[static_cast<std::size_t>(k)].text;
  const int owner = inside(k) >= 0 ? (last(inside(k)) == k ? ent(inside(k)) : -1)
                                   : entity_named(text.substr(0, text.size() - (controlled ? 11 : owned ? 6 : 7)));
  if (owner < 0 || ctx_.entities[static_cast<std::size_t>(owner)].type != EntityType::Organization) return;
  int target = -1;
  for (int j = k + 1; j < n_ && j <= k + 3; ++j)
    if (inside(j) >= 0) {
      if (type(inside(j)) == EntityType::Organization && !genitive(inside(j))) target = inside(j);
      break;
    } else if (!(is_org_noun(lw_[static_cast<std::size_t>(j)]) || lower_word(s_.tokens[static_cast<std::size_t>(j)].text)) ||
               s_.tokens[static_cast<std::size_t>(j)].comma_after) {
      break;
    }
  if (target < 0 && k >= 2 && in_list(k - 1, {"the", "a", "an"}) && s_.tokens[static_cast<std::size_t>(k - 2)].comma_after) {
    const int h = ending_at(k - 2);
    if (h >= 0 && type(h) == EntityType::Organization && !pronoun(h)) target = h;
  }
  if (target < 0 || ent(target) == owner) return;
  if (owned) emit_ent(R::SubsidiaryOf, ent(target), owner, k, kConfRelative, "en.owned_modifier");
  else emit_ent(R::Invested, owner, ent(target), k, kConfRelative, "en.backed_modifier");
}

// "FAIR, the company's AI research lab", "Toyota Ventures is Toyota's corporate venture arm", "Samsung
// Research, Samsung Electronics' advanced R&D hub": a unit the possessor owns, named before it.
void RulesEn::possessors_unit(int k) {
  // the possessor: a few plain words back ("the company's AI research lab")
  int g = -1;
  for (int j = k - 1; j >= 0 && j >= k - 5; --j) {
    if (inside(j) >= 0) {
      // (a plural's apostrophe may have been read as a closing quote: "Samsung Electronics' R&D hub")
      const std::string_view lt = s_.tokens[static_cast<std::size_t>(last(inside(j)))].text;
      const bool s_apostrophe = !lt.empty() && lt.back() == 's' && lt.data()[lt.size()] == '\'';
      if ((genitive(inside(j)) || s_apostrophe) && type(inside(j)) == EntityType::Organization) g = inside(j);
      break;
    }
    // (a place or a nationality too: "Its South Korean unit")
    if (s_.tokens[static_cast<std::size_t>(j)].comma_after ||
        !(lower_word(s_.tokens[static_cast<std::size_t>(j)].text) || lw_[static_cast<std::size_t>(j)] == "ai" || lw_[static_cast<std::size_t>(j)] == "r&d" ||
          is_place(std::string(s_.tokens[static_cast<std::size_t>(j)].text)) || is_stop_word(lw_[static_cast<std::size_t>(j)])))
      return;
    if (is_any(lw_[static_cast<std::size_t>(j)], {"and", "or", "of", "with", "for", "to", "in", "at", "by", "from"})) return;
  }
  if (g < 0 || is_irrealis_en(s_, k)) return;
  // "Its South Korean unit, StarVault Korea, opened …": the unit named right after the noun
  if (s_.tokens[static_cast<std::size_t>(k)].comma_after && k + 1 < n_ && inside(k + 1) >= 0 && first(inside(k + 1)) == k + 1) {
    const int u = inside(k + 1);
    if (type(u) == EntityType::Organization && !genitive(u) && ent(u) != ent(g) && !pronoun(u)) emit(R::SubsidiaryOf, u, g, k, kConfRelative, "en.possessors_unit");
    return;
  }
  int before = first(g) - 1;
  if (before >= 0 && inside(before) < 0 && in_list(before, {"the", "a", "an"})) --before;
  if (before < 0 || inside(before) >= 0) {
    // (no article: "Samsung Research, Samsung Electronics' advanced R&D hub")
    if (before < 0 || !s_.tokens[static_cast<std::size_t>(before)].comma_after) return;
  }
  int unit = -1;
  if (s_.tokens[static_cast<std::size_t>(before)].comma_after) {
    unit = ending_at(before);  // an apposition
    // (and the comma closes it, or the sentence ends: "FAIR, the company's lab, said ...")
    if (!(k + 1 >= n_ || s_.tokens[static_cast<std::size_t>(k)].comma_after || clause_ends_after(k))) return;
  } else if (in_list(before, {"is", "was", "became", "remains", "being"})) {
    for (int m = 0; m < static_cast<int>(s_.mentions.size()) && first(m) < before; ++m)
      if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
        if (last(m) == before - 1 || (last(m) < before - 1 && in_list(before - 1, {"now", "also", "still"}))) unit = m;
        break;
      }
  }
  if (unit < 0 || type(unit) != EntityType::Organization || genitive(unit) || ent(unit) == ent(g)) return;
  emit(R::SubsidiaryOf, unit, g, k, kConfRelative, "en.possessors_unit");
}

// "Hakobune's main product is Funade", "Its flagship model is Tavor-R1": the possessor made the product
// named after the copula.
void RulesEn::product_is(int k) {
  if (k < 2 || k + 1 >= n_ || inside(k + 1) < 0 || type(inside(k + 1)) != EntityType::Product || first(inside(k + 1)) != k + 1) return;
  if (!is_product_noun(lw_[static_cast<std::size_t>(k - 1)]) || is_irrealis_en(s_, k)) return;
  int g = -1;
  for (int j = k - 2; j >= 0 && j >= k - 4; --j) {
    if (inside(j) >= 0) {
      if (genitive(inside(j)) && type(inside(j)) == EntityType::Organization) g = inside(j);
      break;
    }
    if (!in_list(j, {"main", "flagship", "first", "latest", "core", "best-known", "only", "newest", "biggest", "own"})) return;
  }
  if (g >= 0) emit(R::Developed, g, inside(k + 1), k, kConfRelative, "en.product_is");
}

// "Kaji, an agent platform the company launched last year": a product described by what its maker
// did, the maker the subject of the reduced relative clause.
void RulesEn::product_the_maker_launched(int k) {
  if (k < 4 || inside(k) >= 0) return;
  const int maker = inside(k - 1);
  if (maker < 0 || type(maker) != EntityType::Organization || genitive(maker) || is_irrealis_en(s_, k)) return;
  // back over the description to the comma after the product
  int j = first(maker) - 1;
  while (j >= 1 && j >= first(maker) - 5 && inside(j) < 0 && !s_.tokens[static_cast<std::size_t>(j)].comma_after &&
         (is_product_noun(lw_[static_cast<std::size_t>(j)]) || lower_word(s_.tokens[static_cast<std::size_t>(j)].text)))
    --j;
  if (j < 1 || inside(j) < 0 || !in_list(j + 1, {"a", "an", "the"}) || !is_product_noun(lw_[static_cast<std::size_t>(first(maker) - 1)]))
    return;
  const int product = ending_at(j);
  if (product < 0 || !s_.tokens[static_cast<std::size_t>(j)].comma_after || type(product) != EntityType::Product) return;
  emit(R::Developed, maker, product, k, kConfRelative, "en.product_the_maker_launched");
}

// "Tessellate opened a Tokyo subsidiary, Tessellate KK": the subject's new unit, named after a comma.
void RulesEn::opened_unit(int k) {
  if (!s_.tokens[static_cast<std::size_t>(k)].comma_after || k + 1 >= n_) return;
  const int unit = inside(k + 1);
  if (unit < 0 || first(unit) != k + 1 || type(unit) != EntityType::Organization) return;
  for (int j = k - 1; j >= 0 && j >= k - 4 && inside(j) < 0; --j)
    if (in_list(j, {"opened", "opens", "launched", "formed", "created", "established", "set"})) {
      if (is_irrealis_en(s_, j)) return;
      int rel = -1;
      const std::vector<int> subj = subject_of(j, rel);
      if (!subj.empty() && type(subj.front()) == EntityType::Organization && ent(subj.front()) != ent(unit)) {
        emit(R::SubsidiaryOf, unit, subj.front(), k, kConfRelative, "en.opened_unit");
        // (set up, formed, created or established by it: the parent founded it too)
        if (in_list(j, {"set", "formed", "created", "established"})) emit(R::Founded, subj.front(), unit, k, kConfRelative, "en.opened_unit");
      }
      return;
    }
}

// "SoftBank subsidiaries, including SoftBank Corp. and Arm Holdings", "its units such as X".
void RulesEn::subsidiaries_including(int k) {
  int parent = -1;
  for (int j = k - 1; j >= 0 && j >= k - 3; --j)
    if (inside(j) >= 0) {
      if (type(inside(j)) == EntityType::Organization) parent = inside(j);
      break;
    } else if (!lower_word(s_.tokens[static_cast<std::size_t>(j)].text) || s_.tokens[static_cast<std::size_t>(j)].comma_after) {
      break;
    }
  if (parent < 0) return;
  int j = k + 1;
  // ("WPP's agencies include Ogilvy and AKQA")
  if (j < n_ && in_list(j, {"including", "include", "includes"})) ++j;
  else if (j + 1 < n_ && lw_[static_cast<std::size_t>(j)] == "such" && lw_[static_cast<std::size_t>(j + 1)] == "as") j += 2;
  else return;
  std::vector<int> members = object_after(j - 1, "", false);
  // (and past an aside, the list's other members: "Ogilvy, a WPP company since 1989, as well as AKQA, Hogarth and VML")
  if (!members.empty())
    for (int q = last(members.back()) + 1; q < n_; ++q) {
      const int m = inside(q);
      if (m >= 0 && first(m) == q) {
        const std::string_view before = lw_[static_cast<std::size_t>(q - 1)];
        if (s_.tokens[static_cast<std::size_t>(q - 1)].comma_after || before == "and" || before == "or" ||
            (before == "as" && q >= 3 && lw_[static_cast<std::size_t>(q - 2)] == "well"))
          members.push_back(m);
        q = last(m);
      } else if (in_list(q, {"said", "says", "is", "was", "are", "were", "has", "have", "had", "which", "who", "that", "but", "while"})) {
        break;
      }
    }
  for (int a : members)
    if (type(a) == EntityType::Organization && ent(a) != ent(parent)) emit(R::SubsidiaryOf, a, parent, k, kConfRelative, "en.subsidiaries_including");
}

// "the ChatGPT maker", "Claude maker Anthropic", "the Claude developer": the organisation meant
// made the product; `j` is the word "maker". The organisation is the reference's referent, the name
// right after ("Claude maker Anthropic"), or, for "the P maker" left unresolved, the head of an
// apposition before it ("X, the P maker").
void RulesEn::product_maker(int j) {
  if (j < 1 || !is_maker_noun(lw_[static_cast<std::size_t>(j)])) return;
  const int p = inside(j - 1);
  if (p < 0 || type(p) != EntityType::Product || last(p) != j - 1) return;
  int org = -1;
  const int ref = inside(j);
  if (ref >= 0 && pronoun(ref) && type(ref) == EntityType::Organization) {
    org = ent(ref);
  } else if (ref < 0 && j + 1 < n_ && !s_.tokens[static_cast<std::size_t>(j)].comma_after && inside(j + 1) >= 0 &&
             first(inside(j + 1)) == j + 1 && type(inside(j + 1)) == EntityType::Organization) {
    org = ent(inside(j + 1));
  } else if (ref < 0 && first(p) >= 2 && lw_[static_cast<std::size_t>(first(p) - 1)] == "the" &&
             s_.tokens[static_cast<std::size_t>(first(p) - 2)].comma_after) {
    const int h = ending_at(first(p) - 2);
    if (h >= 0 && type(h) == EntityType::Organization) org = ent(h);
  }
  if (org >= 0) emit_ent(R::Developed, org, ent(p), j, kConfRelative, "en.product_maker");
}

// "Humane sold most of its assets to HP", "X sold itself to Y": Y acquired X.
void RulesEn::sold_to(int k) {
  if (is_irrealis_en(s_, k)) return;
  int rel = -1;
  std::vector<int> subj = subject_of(k, rel);
  if (subj.empty() || type(subj.front()) != EntityType::Organization) return;
  bool whole = false;
  int j = k + 1;
  for (; j < n_ && j <= k + 6 && (inside(j) < 0 || pronoun(inside(j))) && lw_[static_cast<std::size_t>(j)] != "to"; ++j)
    if (in_list(j, {"assets", "itself", "business", "operations"})) whole = true;
    else if (in_list(j, {"stake", "shares", "share", "products", "product", "unit", "division"})) return;
  if (!whole || j + 1 >= n_ || lw_[static_cast<std::size_t>(j)] != "to") return;
  const int o = inside(j + 1);
  if (o >= 0 && type(o) == EntityType::Organization) emit(R::Acquired, o, subj.front(), k, kConfRelative, "en.sold_to");
}

// "when Thomson Reuters paid £310m for Casewright": an amount paid for a company is its purchase ("paid
// $40 million for a 10% stake in Y" is an investment, which the stake's rule reads)
void RulesEn::paid_for(int k) {
  if (is_irrealis_en(s_, k)) return;
  int j = k + 1;
  bool amount = false;
  for (; j < n_ && j <= k + 5 && inside(j) < 0 && lw_[static_cast<std::size_t>(j)] != "for"; ++j) amount = amount || is_amount_word(j);
  if (!amount || j + 1 >= n_ || lw_[static_cast<std::size_t>(j)] != "for") return;
  const int o = inside(j + 1);
  if (o < 0 || first(o) != j + 1 || type(o) != EntityType::Organization || genitive(o)) return;
  int rel = -1;
  const std::vector<int> subj = subject_of(k, rel);
  for (int a : subj)
    if (type(a) == EntityType::Organization) emit(R::Acquired, a, o, k, kConfRelative, "en.paid_for");
}

// "A and B announced Alpenglow, a 50-50 joint venture", "Alpenglow, a joint venture between A and B":
// the partners founded it.
void RulesEn::joint_venture(int k) {
  if (is_irrealis_en(s_, k)) return;
  // the venture: the name the apposition describes ("X, a ... joint venture")
  int jv = -1;
  for (int j = k - 2; j >= 0 && j >= k - 5; --j) {
    if (inside(j) >= 0) break;
    if (j >= 1 && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after && inside(j - 1) >= 0 && in_list(j, {"a", "an", "the"})) {
      jv = inside(j - 1);
      break;
    }
  }
  if (jv < 0 || type(jv) != EntityType::Organization) return;
  std::vector<int> partners;
  if (k + 2 < n_ && in_list(k + 1, {"between", "of", "by"}) && inside(k + 2) >= 0) {
    partners = group_right(inside(k + 2));
  } else {
    // "A and B announced/formed/launched X, a joint venture"
    const int v = first(jv) - 1;
    if (v >= 1 && in_list(v, {"announced", "formed", "created", "launched", "unveiled", "established", "set", "started", "founded"})) {
      int rel = -1;
      partners = subject_of(v, rel);
    }
  }
  for (int a : partners)
    if (type(a) == EntityType::Organization && ent(a) != ent(jv)) emit(R::Founded, a, jv, k, kConfRelative, "en.joint_venture");
}

// "Tessellate, the four-person team behind Gauge", "the startup behind ChatGPT, OpenAI": the makers
// of a product.
void RulesEn::team_behind(int k) {
  person_behind(k);
  if (k < 2 || k + 1 >= n_ || !in_list(k - 1, {"team", "company", "startup", "start-up", "lab", "firm", "group", "outfit", "studio",
                                                  "programme", "program", "initiative", "project", "institute", "consortium"}))
    return;
  int p = k + 1;
  while (p < n_ && p <= k + 3 && inside(p) < 0 && is_determiner(lw_[static_cast<std::size_t>(p)])) ++p;  // "behind the Gauge toolkit"
  const int product = p < n_ ? inside(p) : -1;
  if (product < 0 || type(product) != EntityType::Product || genitive(product)) return;
  // the maker: the name the apposition describes ("X, the ... team behind Y"; "the startup" may have
  // been read as a reference)
  int maker = -1;
  for (int j = k - 2; j >= 0 && j >= k - 6; --j) {
    if (inside(j) >= 0 && pronoun(inside(j))) j = first(inside(j));
    else if (inside(j) >= 0) break;
    if (j >= 1 && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after && in_list(j, {"the", "a", "an"})) {
      maker = inside(j - 1);
      break;
    }
  }
  // "the company behind Claude, Anthropic": the name after the product
  if (maker < 0 && s_.tokens[static_cast<std::size_t>(last(product))].comma_after && last(product) + 1 < n_)
    maker = inside(last(product) + 1);
  if (maker < 0 || type(maker) != EntityType::Organization || is_irrealis_en(s_, k)) return;
  emit(R::Developed, maker, product, k, kConfRelative, "en.team_behind");
}

// "Teo Marsh was one of the researchers behind GPT-5", "Marsh, the engineer behind Orca-2, ...": the
// person the sentence is about built the product.
void RulesEn::person_behind(int k) {
  if (k < 2 || k + 1 >= n_ ||
      !in_list(k - 1, {"researcher", "researchers", "engineer", "engineers", "scientist", "scientists", "architect", "architects",
                       "developer", "developers", "creator", "creators", "people", "person", "minds", "brains", "designer", "designers"}))
    return;
  int p = k + 1;
  while (p < n_ && p <= k + 3 && inside(p) < 0 && is_determiner(lw_[static_cast<std::size_t>(p)])) ++p;
  const int product = p < n_ ? inside(p) : -1;
  if (product < 0 || type(product) != EntityType::Product || genitive(product) || is_irrealis_en(s_, k)) return;
  // the person: the sentence's subject before the noun, or the name the apposition describes
  int person = -1;
  for (int m = 0; m < static_cast<int>(s_.mentions.size()) && first(m) < k; ++m)
    if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject || (s_.tokens[static_cast<std::size_t>(last(m))].comma_after && person < 0)) {
      person = m;
      break;
    }
  if (person < 0 || type(person) != EntityType::Person) return;
  // (nothing but the noun's words between: "X said the engineers behind Y" is someone else)
  for (int j = last(person) + 1; j < k - 1; ++j)
    if (inside(j) >= 0 || !in_list(j, {"was", "is", "were", "one", "of", "the", "a", "an", "among", "key", "lead", "core", "main",
                                        "chief", "senior", "principal", "original", "two", "three", "few", "handful", "has", "been"}))
      return;
  emit(R::Developed, person, product, k, kConfRelative, "en.person_behind");
}

// "Its parent company, Arden Global, ...", "its parent, X": the possessor is the parent's subsidiary.
void RulesEn::parent_company(int k) {
  if (k < 1) return;
  const int owner = inside(k - 1);
  if (owner < 0 || !genitive(owner) || type(owner) != EntityType::Organization) return;
  int j = k;
  if (j + 1 < n_ && in_list(j + 1, {"company", "group", "firm"})) ++j;
  if (!s_.tokens[static_cast<std::size_t>(j)].comma_after || j + 1 >= n_) return;
  const int parent = inside(j + 1);
  if (parent < 0 || first(parent) != j + 1 || type(parent) != EntityType::Organization || ent(parent) == ent(owner)) return;
  emit(R::SubsidiaryOf, owner, parent, k, kConfRelative, "en.parent_company");
}

// "Aroeira AI, a startup whose open-weight model Jabuticaba ...": the antecedent made the product.
void RulesEn::whose_product(int k) {
  int maker = -1;
  for (int j = k - 1; j >= 0 && j >= k - 8; --j) {
    if (inside(j) >= 0) {
      if (s_.tokens[static_cast<std::size_t>(last(inside(j)))].comma_after || last(inside(j)) == k - 1) maker = inside(j);
      break;
    }
  }
  if (maker < 0 || type(maker) != EntityType::Organization) return;
  bool noun = false;
  for (int j = k + 1; j < n_ && j <= k + 5; ++j) {
    if (inside(j) >= 0) {
      // (or the noun after the name: "a Dublin company whose Scoutline model helps clubs")
      const int m = inside(j);
      const bool noun_after = last(m) + 1 < n_ && inside(last(m) + 1) < 0 && is_product_noun(lw_[static_cast<std::size_t>(last(m) + 1)]);
      if ((noun || noun_after) && type(m) == EntityType::Product && !genitive(m)) emit(R::Developed, maker, m, k, kConfRelative, "en.whose_product");
      return;
    }
    noun = noun || is_product_noun(lw_[static_cast<std::size_t>(j)]);
  }
}

// "Meridian-7 was developed by Corvane in collaboration with Samsung", "X, in partnership with Y,
// built ...": the organisation acting works with Y.
void RulesEn::in_collaboration(int k) {
  // "in collaboration with", "through a partnership with", "under a research partnership with"
  if (k < 1 || k + 2 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "with") return;
  int b = k - 1;
  while (b >= 1 && b >= k - 3 && inside(b) < 0 && (in_list(b, {"a", "an", "the"}) || lower_word(s_.tokens[static_cast<std::size_t>(b)].text))) --b;
  // "Heliotrope entered into a strategic collaboration with Oracle", "Korvel signed a partnership with
  // X", "X launched Y and announced a partnership with Z": the subject of the verb
  // ("It has a commercial partnership with Airtel", "We have a joint development agreement with Y")
  int verb_at = -1;
  for (int j = k - 1; j >= 1 && j >= k - 5 && inside(j) < 0 && verb_at < 0; --j)
    if (in_list(j, {"signed", "signs", "inked", "inks", "struck", "strikes", "formed", "forms", "sealed", "seals", "forged", "forges",
                    "has", "have", "had", "announced", "announces", "expanded", "expands", "deepened", "deepens", "extended", "extends",
                    "renewed", "renews"}) ||
        (in_list(j, {"into"}) && in_list(j - 1, {"entered", "enters"})))
      verb_at = lw_[static_cast<std::size_t>(j)] == "into" ? j - 1 : j;
  const bool signed_deal = verb_at >= 0;
  if (!signed_deal && !in_list(b, {"in", "through", "under", "via"}) && lw_[static_cast<std::size_t>(k - 1)] != "in") return;
  if (is_irrealis_en(s_, k)) return;
  const int partner = inside(k + 2);
  if (partner < 0 || type(partner) != EntityType::Organization || genitive(partner)) return;
  if (signed_deal) {
    int rel = -1;
    const std::vector<int> who = subject_of(verb_at, rel);
    for (int a : who)
      if (type(a) == EntityType::Organization && ent(a) != ent(partner)) emit(R::PartneredWith, a, partner, k, kConfVerb, "en.signed_partnership");
    return;
  }
  int actor = -1;
  for (int j = k - 2; j >= 0; --j) {
    const int m = inside(j);
    if (m < 0) continue;
    if (type(m) == EntityType::Organization && !genitive(m) && ent(m) != ent(partner)) {
      actor = m;
      break;
    }
    j = first(m);
  }
  if (actor >= 0) emit(R::PartneredWith, actor, partner, k, kConfRelative, "en.in_collaboration");
}

// "X will operate as a wholly owned subsidiary of Y", "X became a unit of Y in 2021": the
// subject of the sentence is part of Y.
void RulesEn::as_subsidiary(int k) {
  // "KT launched KT Mindbridge, a wholly owned AI subsidiary": the unit a company's verb acts on, in an apposition
  // with no owner of its own, is that company's
  if ((k + 1 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "of") && !is_irrealis_en(s_, k)) {
    int j = k - 1;
    while (j >= 1 && inside(j) < 0 && !s_.tokens[static_cast<std::size_t>(j)].comma_after && !in_list(j, {"a", "an"}) && j >= k - 5) --j;
    const int unit = j >= 1 && in_list(j, {"a", "an"}) && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after ? inside(j - 1) : -1;
    if (unit >= 0 && type(unit) == EntityType::Organization && !genitive(unit) && first(unit) >= 2 &&
        in_list(first(unit) - 1, {"launched", "formed", "created", "established", "spun", "unveiled"})) {
      int rel = -1;
      const std::vector<int> subj = subject_of(first(unit) - 1, rel);
      if (!subj.empty() && type(subj.front()) == EntityType::Organization && ent(subj.front()) != ent(unit))
        emit(R::SubsidiaryOf, unit, subj.front(), k, kConfRelative, "en.launched_unit");
      return;
    }
  }
  // "Mbeki Imaging now operates as a Heliotrope subsidiary": the owner named before the noun
  if (k >= 3 && inside(k - 1) >= 0 && (k + 1 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "of") && !is_irrealis_en(s_, k)) {
    const int o = inside(k - 1);
    int j = first(o) - 1;
    while (j >= 1 && inside(j) < 0 && in_list(j, {"wholly", "owned", "wholly-owned", "fully", "majority-owned"})) --j;
    if (type(o) == EntityType::Organization && !genitive(o) && j >= 1 && in_list(j, {"a", "an"}) &&
        in_list(j - 1, {"as", "became", "become", "becomes", "is", "was", "remains"}))
      for (int m = 0; m < static_cast<int>(s_.mentions.size()) && first(m) < j; ++m)
        if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
          if (type(m) == EntityType::Organization && ent(m) != ent(o)) emit(R::SubsidiaryOf, m, o, k, kConfRelative, "en.as_owner_subsidiary");
          break;
        }
    return;
  }
  if (k + 2 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "of" || is_irrealis_en(s_, k)) return;
  int as = -1;
  for (int j = k - 1; j >= 0 && j >= k - 4 && inside(j) < 0; --j)
    if (in_list(j, {"as", "became", "become", "becomes", "is", "was", "remains", "and"})) {
      as = j;
      break;
    }
  const int o = inside(k + 2);
  if (as < 0 || o < 0 || type(o) != EntityType::Organization || genitive(o)) return;
  for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
    if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
      if (type(m) != EntityType::Organization || first(m) >= as) return;
      // "The company is headquartered in San Jose ... and is a wholly owned subsidiary of Y": far from
      // its subject, as long as no other organisation stands between ("X bought Y and a unit of Z")
      for (int b = last(m) + 1; b < as; ++b)
        if (inside(b) >= 0 && ent(inside(b)) != ent(m) && type(inside(b)) != EntityType::Product && !genitive(inside(b))) return;
      emit(R::SubsidiaryOf, m, o, k, kConfRelative, "en.as_subsidiary");
      return;
    }
}

}  // namespace inmaek::extract::rules_en
