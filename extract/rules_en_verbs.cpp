// The English verb rule: one trigger word (rules_en.cpp) in active or passive voice, in a
// relative clause or with its particle, with the arguments rules_en_subjects_objects.cpp finds.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/english_words.h"
#include "extract/rules_en_class_internal.h"

namespace inmaek::extract::rules_en {

namespace {

// A verb whose subject a second verb after "and" or "then" shares ("left Santam, and before that worked at ...").
bool coordinated_verb(const std::string& w) {
  return is_any(w, {"left", "quit", "joined", "founded", "co-founded", "started", "launched", "resigned", "moved", "worked", "spent",
                    "built", "sold", "bought", "acquired", "raised", "invested"});
}

}  // namespace

void RulesEn::verb(int k, const Trigger& t) {
  const std::string& w = lw_[static_cast<std::size_t>(k)];
  // "led by Accel, with Blume Ventures and CRED founder Kunal Shah joining": joining a round is taking part
  if (w == "joining" && s_.money_context && (k + 1 >= n_ || s_.tokens[static_cast<std::size_t>(k)].comma_after)) {
    int rel = -1;
    std::vector<int> subj = subject_of(k, rel);
    if (subj.empty()) return;
    subj = group_left(subj.back(), true);
    bool with = false;
    for (int q = first(subj.front()) - 1; q >= 0 && q >= first(subj.front()) - 3 && !with; --q) with = lw_[static_cast<std::size_t>(q)] == "with";
    if (!with) return;
    const int o = round_target(k);
    for (int a : subj) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.joining");
    return;
  }
  if ((w == "join" || w == "launch" || w == "start" || w == "found" || w == "co-found") && k >= 4 &&
      lw_[static_cast<std::size_t>(k - 1)] == "to" && k + 1 < n_ && inside(k + 1) >= 0) {
    // "X left Meta's FAIR lab after eight years to join Cohere as VP": the leaver joins, past a time
    // phrase between the two (an infinitive of purpose after a departure told as fact is no plan)
    bool time_between = false;
    for (int q = k - 2; q >= 0 && q >= k - 5 && inside(q) < 0; --q)
      if (in_list(q, {"after", "for", "last", "in", "earlier", "this"}) || is_date_word(q)) time_between = true;
    if (const int q = time_between ? departure_before(k, 12, false) : -1; q >= 0 && !is_irrealis_en(s_, q)) {
      int r2 = -1;
      const std::vector<int> subj = subject_of(q, r2);
      const int o = inside(k + 1);
      if (type(o) != EntityType::Organization) return;
      const std::string role = last(o) + 2 < n_ && lw_[static_cast<std::size_t>(last(o) + 1)] == "as" ? title_after(last(o) + 2) : std::string();
      for (int a : subj)
        if (type(a) == EntityType::Person) {
          // ("left Andela last year to launch Ayo": founded it)
          emit(w == "join" ? R::Joined : R::Founded, a, o, k, kConfRelative, "en.left_to_join");
          if (!role.empty()) emit(R::WorksFor, a, o, k, kConfRelative, "en.left_to_join", role);
        }
      if (w != "join" && !pronoun(o)) cofounders_with(last(o), {o}, k);  // (not "to start the company with Z": which company is unsure)
      return;
    }
  }
  // "launch" is a verb above only ("the launch of Sangam" is a noun); "founding" only before what is
  // founded ("a founding grant", "founding team" are adjectives)
  if (w == "launch") return;
  if ((w == "founding" || w == "co-founding" || w == "cofounding") &&
      !(k + 1 < n_ && (inside(k + 1) >= 0 || in_list(k + 1, {"the", "a", "an", "her", "his", "their", "its"}))))
    return;
  if (is_irrealis_en(s_, k)) return;
  // "partner" is a verb only before "with" ("We partner with Microsoft"; "a partner at Conviction" is a title)
  if (w == "partner" && (k + 1 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "with")) return;
  if (w == "investing" && k >= 1 && lw_[static_cast<std::size_t>(k - 1)] == "also" && (k + 1 >= n_ || clause_ends_after(k))) {
    // "led by A, with B and Mexico's C also investing": B and C are in the round too
    int rel = -1;
    std::vector<int> subj = subject_of(k, rel);
    if (!subj.empty()) subj = group_left(subj.back(), true);
    const int o = round_target(k);
    for (int a : subj) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.also_investing");
    return;
  }
  // "a Series B led by Kaszek, with Norrsken22 joining": an investor joining the round
  if (w == "joining" && s_.money_context && k >= 2 && (k + 1 >= n_ || clause_ends_after(k))) {
    const int m = ending_at(k - 1);
    if (m >= 0 && type(m) == EntityType::Organization && !pronoun(m)) {
      const std::vector<int> who = group_left(m, true);
      if (first(who.front()) >= 1 && in_list(first(who.front()) - 1, {"with"})) {
        const int o = round_target(k);
        for (int a : who) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.joining");
        return;
      }
    }
  }
  // "Monashees followed on", "Accel also followed on": a follow-on investment in the round just told
  if ((w == "followed" || w == "follows") && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "on") {
    // (the round of this sentence when it tells one: "closed a Series A led by Kaszek; Monashees followed on")
    const int o = round_target(k);
    int rel = -1;
    for (int a : subject_of(k, rel))
      if (o >= 0 && type(a) == EntityType::Organization && ent(a) != o) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.followed_on");
    return;
  }
  if (w == "followed" || w == "follows") return;  // only "followed on"
  // "Tausi AI is best known for Mkulima, a Swahili-speaking assistant": the product it makes
  if (w == "known") {
    if (k + 1 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "for") return;
    int rel = -1;
    const std::vector<int> subj = subject_of(k, rel);
    const std::vector<int> obj = object_after(k + 1, "", true, 4);
    if (!subj.empty() && type(subj.front()) == EntityType::Organization)
      for (int o : obj)
        if (type(o) == EntityType::Product) emit(R::Developed, subj.front(), o, k, kConfRelative, "en.known_for");
    return;
  }
  if (w == "become" && k >= 2 && lw_[static_cast<std::size_t>(k - 1)] == "to") {
    // "X left the company last month to become finance chief at Kestrel Pay": a new post
    if (const int q = departure_before(k, 9); q >= 0) {
      int r2 = -1;
      const std::vector<int> subj = subject_of(q, r2);
      const std::string role = title_after(k + 1);
      int j = k + 1;
      while (j < n_ && j <= k + 7 && inside(j) < 0 && !in_list(j, {"at", "of"})) ++j;
      const int o = j + 1 < n_ && in_list(j, {"at", "of"}) ? inside(j + 1) : -1;
      if (o < 0 || type(o) != EntityType::Organization) return;
      for (int a : subj)
        if (type(a) == EntityType::Person) {
          emit(R::Joined, a, o, k, kConfRelative, "en.left_to_become");
          emit(R::WorksFor, a, o, k, kConfRelative, "en.left_to_become", role);
        }
    }
    return;
  }
  if ((w == "counts" || w == "count" || w == "counted") && k + 1 < n_) {
    // "the start-up, which also counts Microsoft and Nvidia among its shareholders"
    const std::vector<int> who = object_after(k, "", false, 7, true);
    if (who.empty()) return;
    const int j = last(who.back()) + 1;
    if (!(j + 2 < n_ && lw_[static_cast<std::size_t>(j)] == "among" &&
          in_list(j + 2, {"shareholders", "investors", "backers", "owners", "funders"})))
      return;
    int rel = -1;
    std::vector<int> subj = subject_of(k, rel);
    const int company = rel >= 0 ? rel : (subj.empty() ? -1 : subj.front());
    if (company < 0 || type(company) != EntityType::Organization) return;
    for (int a : who) emit(R::Invested, a, company, k, kConfRelative, "en.counts_among");
    return;
  }
  if ((w == "signed" || w == "signs") && k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "on" &&
      lw_[static_cast<std::size_t>(k + 2)] == "with") {  // "signed on with rival Parallax AI": joined
    int rel = -1;
    const std::vector<int> subj = subject_of(k, rel);
    const std::vector<int> obj = object_after(k + 2, "", false);
    for (int a : subj)
      for (int o : obj)
        if (type(a) == EntityType::Person && type(o) == EntityType::Organization) emit(R::Joined, a, o, k, kConfRelative, "en.signed_on");
    return;
  }
  // "quit his post as head of research at Orsted": a post left, its organisation after it
  if (t.type == R::Left && t.flags == 0 && k + 1 < n_ && !is_irrealis_en(s_, k) && post_given_up(k, k + 1)) return;
  if (t.flags & kParticle) {
    const std::string next = k + 1 < n_ ? lw_[static_cast<std::size_t>(k + 1)] : std::string();
    if (w == "set" && next != "up") return;
    if ((w == "snapped" || w == "snapping" || w == "picked") && next != "up") return;  // "snapping up X" bought X
    if (picked_up_money(k)) return;  // "picked up $18M": raised (the rules about money tell from whom)
    if (w == "spun" && next != "out" && next != "off") return;
    if ((w == "stepped" || w == "stepping") && next != "down" && next != "away") return;
    if (w == "gave" || w == "giving") {  // "gave up a tenured professorship at Aalborg University"
      if (next == "up" && !is_irrealis_en(s_, k)) post_given_up(k, k + 2);
      return;
    }
    // "walked away from Google DeepMind": left it
    if (w == "walked" || w == "walking") {
      if (next == "away" && k + 2 < n_ && lw_[static_cast<std::size_t>(k + 2)] == "from") step_down(k);
      return;
    }
    if (w == "pushed" || w == "forced" || w == "eased") {  // "was pushed out of Weaver Robotics", "forced out as CEO of Y"
      if (next != "out") return;
      step_down(k);
      return;
    }
    if (w == "stepped" || w == "stepping") {
      step_down(k);
      return;
    }
    if (w == "spun") {  // "Puhe was spun out of Aalto University in 2020 by A and B"
      int rel = -1;
      std::vector<int> patient = subject_of(k, rel);
      for (int b = k + 2; b < n_ && b <= k + 12; ++b)
        if (lw_[static_cast<std::size_t>(b)] == "by") {
          if (!patient.empty() && type(patient.front()) == EntityType::Organization)
            for (int a : object_after(b, "", false))
              if (type(a) == EntityType::Person) emit(R::Founded, a, patient.front(), k, kConfPassive, "en.spun_out");
          break;
        }
      return;
    }
  }
  if ((t.flags & kLeadBy) || ((t.flags & kHeaded) && w == "headed" && by_after(k) >= 0)) {
    const int by = by_after(k);
    if (by >= 0) led_by(k, by);
    return;
  }
  if (t.flags & kNominal) {
    nominal(k, t);
    return;
  }
  if (t.flags & kDeal) {
    deal(k);
    return;
  }
  if (t.flags & kHeaded) {
    headed(k, t);
    return;
  }
  if (w == "years" || w == "decade" || w == "decades") {  // "Varga, who joined X after three years at DeepMind"
    // (or "after more than a decade at", "after nearly two decades at")
    int after = k - 2;
    while (after >= 1 && after >= k - 5 && lw_[static_cast<std::size_t>(after)] != "after" &&
           in_list(after, {"a", "more", "than", "over", "nearly", "almost", "about", "some", "two", "three", "four", "five"}))
      --after;
    if (after < 0 || lw_[static_cast<std::size_t>(after)] != "after") return;
    // ("after nine years with Hudl", "after a decade as a producer at Sky Sports": past the post held)
    int at = k + 1;
    if (at + 2 < n_ && inside(at) < 0 && lw_[static_cast<std::size_t>(at)] == "as")
      for (int q = at + 1; q < n_ && q <= at + 6 && inside(q) < 0 && !s_.tokens[static_cast<std::size_t>(q - 1)].comma_after; ++q)
        if (in_list(q, {"at", "with"})) {
          at = q;
          break;
        }
    if (at + 1 >= n_ || !in_list(at, {"at", "with"})) return;
    const int o = inside(at + 1 + (at + 2 < n_ && lw_[static_cast<std::size_t>(at + 1)] == "the" ? 1 : 0));  // ("at the Ghana Cocoa Board")
    if (o < 0 || type(o) != EntityType::Organization) return;
    // the person nearest before "after": "A joins us from X, and B joins as VP after five years at Y"
    for (int m = static_cast<int>(s_.mentions.size()) - 1; m >= 0; --m)
      if (first(m) < k && type(m) == EntityType::Person && !genitive(m)) {
        // (left only, as the years spent at a company are read: not a post held now)
        for (int a : group_left(m)) emit(R::Left, a, o, k, kConfRelative, "en.years_at");
        break;
      }
    return;
  }
  int rel = -1;
  const int by = by_after(k);
  if (t.flags & kRound) {
    // ("is leading a $300 million investment in Y": the progressive, not a gerund: "after leading its Series A")
    const bool progressive = w == "leading" && k >= 1 &&
                             (in_list(k - 1, {"is", "are", "was", "were"}) || (k >= 2 && in_list(k - 1, {"also"}) && in_list(k - 2, {"is", "are", "was", "were"})));
    if (w == "leading" && !progressive) return;
    const bool led = w == "led" || w == "co-led" || w == "lead" || progressive;
    // "the former Ardent reinforcement-learning lead": the noun, a title
    if (w == "lead")
      for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
        if (in_list(j, {"the", "a", "an", "former", "its", "their", "his", "her"})) return;
        if (inside(j) < 0 && !(lower_word(s_.tokens[static_cast<std::size_t>(j)].text) && !is_aux(lw_[static_cast<std::size_t>(j)]))) break;
      }
    if (led && by >= 0 && !money_words() && round_owner_before(k, false) < 0) {
      // "the research organization is now led by Jakub Pachocki": heads an organisation
      int rel2 = -1;
      std::vector<int> patient = subject_of(k, rel2);
      int org = !patient.empty() && type(patient.front()) == EntityType::Organization ? patient.front() : -1;
      if (org < 0 && n_ > 2 && lw_[0] == "at" && inside(1) >= 0 && type(inside(1)) == EntityType::Organization) org = inside(1);
      if (org < 0) return;
      for (int a : object_after(by, "", false))
        if (type(a) == EntityType::Person) emit(R::WorksFor, a, org, k, kConfRelative, "en.led_by");
      return;
    }
    if (led && by >= 0) {
      // (a round led by X, not "an effort led by Suleyman" in a sentence that also tells money)
      bool round_before = false;
      for (int j = k - 1; j >= 0 && j >= k - 6; --j)
        round_before = round_before || in_list(j, {"round", "rounds", "series", "seed", "pre-seed", "funding", "financing", "raise",
                                                   "investment", "tranche", "extension", "bridge", "deal", "million", "billion",
                                                   "raised", "raises", "secured"});
      const int owner = round_owner_before(k, false);
      if (!round_before && owner < 0) return;
      // (else the company the text last said raised money, past a paragraph about its founders)
      int target = raiser(k);
      if (owner >= 0 && (raise_verb_before(k) < 0 || target < 0)) target = owner;
      // "Nvidia also took a minority stake in the company as part of a €600mn round led by X": the
      // company the stake is in
      for (int j = 0; j + 2 < k; ++j)
        if (in_list(j, {"stake", "invested", "investment"}) && lw_[static_cast<std::size_t>(j + 1)] == "in" && inside(j + 2) >= 0 &&
            type(inside(j + 2)) == EntityType::Organization && !genitive(inside(j + 2))) {
          target = ent(inside(j + 2));
          break;
        }
      // (not when the sentence's own raiser is someone the text did not find: "Second Order, based in San Francisco,
      // raised a seed round led by X" is no round of the company funded before)
      if (target < 0 && raise_verb_before(k) >= 0) return;
      if (target < 0) target = ctx_.funded;
      // ("led by Protea partner Thandiwe Nkosi": a fund's partner leads the round for the fund, which invests)
      auto investor = [&](int a) {
        if (type(a) != EntityType::Person) return ent(a);
        bool partner = false;
        int j = first(a) - 1;
        for (; j >= 0 && j >= first(a) - 3 && inside(j) < 0 && (is_title_word(lw_[static_cast<std::size_t>(j)]) || is_title_filler(lw_[static_cast<std::size_t>(j)])); --j)
          partner = partner || in_list(j, {"partner", "principal"});
        if (partner && j >= 0 && inside(j) >= 0 && last(inside(j)) == j && type(inside(j)) == EntityType::Organization && !genitive(inside(j)))
          return ent(inside(j));
        return ent(a);
      };
      for (int a : object_after(by, "", false, 7, true)) emit_ent(R::Invested, investor(a), target, k, kConfRound, "en.invested.led_by");
      alongside(k, target);
      return;
    }
    if (led) {
      std::vector<int> subj = subject_of(k, rel);
      if (!subj.empty() && type(subj.front()) == EntityType::Person) {
        // (and "X, who led a speech group at Y, joined Z", "who until last month led": a relative
        // clause's past post beside the news)
        bool until = false;
        for (int q = k - 1; q >= 1 && q >= k - 4 && inside(q) < 0; --q) until = until || lw_[static_cast<std::size_t>(q)] == "until";
        // (not a deal led: "a partner at Index Ventures who led the firm's first check into the company")
        for (int q = k + 1; q < n_ && q <= k + 6; ++q)
          if (inside(q) < 0 && in_list(q, {"check", "cheque", "round", "investment", "deal", "funding", "financing", "raise", "acquisition", "seed", "series"}))
            return;
        if (in_list(k - 1, {"previously", "formerly", "once", "had"}) || in_list(k - 1, {"who"}) ||
            (until && in_list(k - 1, {"month", "year", "week", "recently"})))
          headed(k, Trigger{"led", R::Left, kHeaded});
        return;
      }
      const int o = k + 1 < n_ ? inside(k + 1) : -1;
      int target = round_company_after(k);  // entity
      if (target < 0 && o >= 0 && genitive(o) && type(o) == EntityType::Organization) {
        target = ent(o);
      } else if (target < 0) {
        // "Y Combinator led an $8 million seed round in 2023 alongside Mireille Duval": the round of the
        // company the text is about
        bool round = false;
        for (int j = k + 1; j < n_ && j <= k + 7 && inside(j) < 0; ++j)
          if (in_list(j, {"round", "series", "seed", "pre-seed"})) round = true;
        // "Ledgerly raised $15 million. Accel led; ...": a bare "led" after a raise
        if (k + 1 >= n_ || clause_ends_after(k) || lw_[static_cast<std::size_t>(k + 1)] == "and")
          round = round || ctx_.funded >= 0;
        // "Vireo raised a $55M Series B. Northbeam Ventures led it": "it" is the round just told
        if (k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "it" && inside(k + 1) < 0 && (k + 2 >= n_ || clause_ends_after(k + 1)))
          round = round || s_.money_context;
        if (round) target = round_target(k);
        // "[NGOZI OKAFOR-LIND:] We led the Series A, $22 million": the investor speaking, of the company
        // the text is about
        if (round && target < 0 && !subj.empty() && pronoun(subj.front()) && type(subj.front()) == EntityType::Organization)
          target = ctx_.main_org;
      }
      if (target < 0) return;
      for (int a : subj) emit_ent(R::Invested, ent(a), target, k, kConfVerb, "en.invested.led_round");
      alongside(k, target);
      return;
    }
    // "Jacarandá's investors, Kaszek and Monashees, had poured": investors in apposition to the possessor's noun
    if (in_list(k, {"investors", "backers", "shareholders"})) {
      // ("Tsumugi's early backers, A and B": an adjective of their standing between)
      const bool standing = k >= 2 && in_list(k - 1, {"early", "earliest", "existing", "previous", "current", "first", "biggest",
                                                      "largest", "main", "other", "new", "original", "institutional"});
      const int g = k >= 1 ? ending_at(standing ? k - 2 : k - 1) : -1;
      const int a = k + 1 < n_ ? inside(k + 1) : -1;
      if (g >= 0 && genitive(g) && type(g) == EntityType::Organization && s_.tokens[static_cast<std::size_t>(k)].comma_after && a >= 0 &&
          first(a) == k + 1 && type(a) != EntityType::Product && !is_irrealis_en(s_, k))
        for (int m : group_right(a, true))
          if (type(m) != EntityType::Product) emit_ent(R::Invested, ent(m), ent(g), k, kConfRound, "en.invested.apposed_investors");
      return;
    }
    // "Mikan AI's previous shareholders, including A and B, tendered": investors named after "including"
    if (w == "including" && !(k >= 1 && s_.tokens[static_cast<std::size_t>(k - 1)].comma_after &&
                              in_list(k - 1, {"investors", "backers", "shareholders", "funders"})))
      return;
    // "Its products include Vellichor Bench and Vellichor Trace": the possessor's products
    if ((w == "include" || w == "includes" || w == "included") && k >= 2 && in_list(k - 1, {"products", "models", "offerings"})) {
      const int g = ending_at(k - 2);
      if (g >= 0 && genitive(g) && type(g) == EntityType::Organization && !is_irrealis_en(s_, k))
        for (int p : object_after(k, "", true))
          if (type(p) == EntityType::Product) emit(R::Developed, g, p, k, kConfRound, "en.products_include");
      return;
    }
    if (w == "included" || w == "include" || w == "includes" || w == "including") {
      // "Other participants in the round included A, B and C", "Its investors include A and B"
      bool investors = false;
      for (int j = k - 5; j < n_ && j <= k + 6; ++j)  // "Its investors include", "included a handful of angel investors"
        if (j >= 0 && j != k && in_list(j, {"participants", "investors", "backers", "shareholders", "angels", "funders"})) investors = true;
      // "The round also included X": the round's own participants
      if (k >= 1 && (in_list(k - 1, {"round"}) || (k >= 2 && in_list(k - 1, {"also"}) && in_list(k - 2, {"round"})))) investors = true;
      if (!investors) return;
      int r = raiser(k);
      // "Mistral AI, whose investors include A and B", "Vireo's backers include A": the possessor's
      for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
        if (lw_[static_cast<std::size_t>(j)] == "whose" && inside(j) < 0 && j >= 1) {
          // (the nominal the text resolved, "Tatra Capital, the Bratislava firm whose investors include X", else the
          // name before the apposition "whose" ends)
          int c = j - 1;
          const int nominal = ending_at(c);
          if (nominal >= 0 && pronoun(nominal) && type(nominal) == EntityType::Organization && !genitive(nominal)) {
            r = ent(nominal);
            break;
          }
          while (c > 0 && c >= j - 5 && !s_.tokens[static_cast<std::size_t>(c)].comma_after && inside(c) < 0) --c;
          if (!s_.tokens[static_cast<std::size_t>(c)].comma_after) break;
          const int h = ending_at(c);
          if (h >= 0 && type(h) == EntityType::Organization && !genitive(h)) r = ent(h);
          break;
        }
        // (the possessive right before the investors: "Vireo's backers include", not "such as Naver's D2SF")
        // (an adjective may stand between: "Mikan AI's previous shareholders")
        const int g = inside(j);
        if (g >= 0 && genitive(g) && type(g) == EntityType::Organization && last(g) + 1 < n_) {
          int q = last(g) + 1;
          if (q + 1 < n_ && in_list(q, {"previous", "existing", "early", "earlier", "other", "current", "new", "original"})) ++q;
          if (in_list(q, {"investors", "backers", "shareholders", "funders"})) {
            r = ent(g);
            break;
          }
        }
      }
      // (a round nobody's in this sentence: the one the text last told of, even after a sentence about a hire)
      if (r < 0) r = ctx_.funded;
      std::vector<int> who = object_after(k, "", false, 7, true);
      // "included a handful of angel investors, among them X"
      for (int j = k + 1; who.empty() && j + 1 < n_ && j <= k + 10; ++j)
        if (lw_[static_cast<std::size_t>(j)] == "among" && lw_[static_cast<std::size_t>(j + 1)] == "them") who = object_after(j + 1, "", false, 7, true);
      for (int a : who) emit_ent(R::Invested, ent(a), r, k, kConfRound, "en.invested.included");
      return;
    }
    // "a $2 billion seed round led by A, with Nvidia among the other backers": a backer named before the noun
    if (w == "among") {
      int q = k + 1;
      if (q < n_ && in_list(q, {"the", "its", "their", "our"})) ++q;
      if (q < n_ && in_list(q, {"other", "existing", "new", "early", "largest", "biggest", "earliest", "main", "key", "major"})) ++q;
      const int a = k >= 1 ? ending_at(k - 1) : -1;
      if (q >= n_ || !in_list(q, {"backers", "investors", "funders", "participants"}) || a < 0 || type(a) == EntityType::Product ||
          genitive(a) || is_irrealis_en(s_, k))
        return;
      int o = round_target(k);
      // ("Anthropic counts Amazon and Google among its largest investors": the company that counts them)
      const std::vector<int> group = group_left(a, true);
      const int c = first(group.front()) - 1;
      // (none when the one counting is not found: "Sakana AI, the startup co-founded by A and B, which counts Nvidia among its
      // investors" is no round's)
      if (c >= 1 && in_list(c, {"counts", "count", "counted", "counting", "lists", "listed"})) {
        int who = ending_at(c - 1);  // "Anthropic counts", else the antecedent of ", which counts"
        if (who < 0 && c >= 2 && in_list(c - 1, {"which", "that"}) && s_.tokens[static_cast<std::size_t>(c - 2)].comma_after) who = ending_at(c - 2);
        if (who < 0 || type(who) != EntityType::Organization) return;
        o = ent(who);
      } else if (k + 1 < n_ && in_list(k + 1, {"its", "their", "our"})) {
        return;  // ("among its investors" after no counting: as before, nobody's round)
      }
      for (int m : group)
        if (type(m) != EntityType::Product) emit_ent(R::Invested, ent(m), o, k, kConfRound, "en.invested.among_backers");
      return;
    }
    if (w == "participation") {
      int r = raiser(k);
      if (r < 0) r = ctx_.funded;
      // ("participation from X", "with the participation of X")
      const std::string_view prep = k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "of" ? "of" : "from";
      for (int a : with_angels(object_after(k, prep, false, 7, true))) emit_ent(R::Invested, ent(a), r, k, kConfRound, "en.invested.participation");
      return;
    }
    if (w == "participated" || w == "participating" || (w == "part" && k >= 1 && (lw_[static_cast<std::size_t>(k - 1)] == "took" || lw_[static_cast<std::size_t>(k - 1)] == "taking"))) {
      // (the subject of "took": "A and B, a fund backed by C, also took part")
      std::vector<int> subj = subject_of(w == "part" ? k - 1 : k, rel);
      if (!subj.empty()) subj = group_left(subj.back(), true);  // "with Heron Capital and angel X participating"
      int o = -1;
      // "took part in xAI's funding rounds", "participated in Qilin's Series C": the possessor's round
      if (k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "in") {
        const int g = inside(k + 2);
        if (g >= 0 && genitive(g) && type(g) == EntityType::Organization) o = ent(g);
      }
      if (o < 0) o = round_target(k);
      for (int a : subj) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.participated");
      as_did(k, o);
    }
    return;
  }
  if (t.flags & kRaise) {
    std::vector<int> subj = subject_of(k, rel);
    if (subj.empty()) return;
    // "raised 2 billion won (roughly $1.4m) in a pre-Series A from A, B and C": the money words may be many
    for (int a : with_angels(object_after(k, "from", false, 14, true))) emit(R::Invested, a, subj.front(), k, kConfVerb, "en.invested.raised_from");
    return;
  }
  if (by >= 0) {  // passive: "Y was founded by X", "Y, developed by X", "X was hired by Y"
    // ("set up by alumni of DeepMind and Meta": people from the organisations, not the organisations)
    if (by + 2 < n_ && in_list(by + 1, {"alumni", "veterans", "employees", "engineers", "researchers", "scientists", "people", "staff",
                                        "members", "graduates", "executives"}) &&
        in_list(by + 2, {"of", "from", "at"}))
      return;
    std::vector<int> patient = subject_of(k, rel);
    std::vector<int> agent = object_after(by, "", false, 7, t.type == R::Invested);
    // "founded by three researchers who had worked at American groups: A, who ..., and B and C": the
    // people a colon introduces after a description of them
    if (agent.empty() && t.type == R::Founded)
      for (int q = by + 1; q + 1 < n_ && q <= by + 14 && inside(q) < 0; ++q) {
        const std::string_view w = s_.tokens[static_cast<std::size_t>(q)].text;
        if (*(w.data() + w.size()) != ':') continue;
        const int m = inside(q + 1);
        if (m >= 0 && type(m) == EntityType::Person) agent = group_right(m);
        break;
      }
    // "founded in 2005 by a group of London underwriters led by the late X": the person leading the group
    if (agent.empty() && t.type == R::Founded && by + 3 < n_ && in_list(by + 1, {"a"}) && in_list(by + 2, {"group", "team", "band", "trio", "handful"}))
      for (int q = by + 3; q + 1 < n_ && q <= by + 14 && inside(q) < 0; ++q) {
        if (s_.tokens[static_cast<std::size_t>(q)].comma_after) break;
        if (lw_[static_cast<std::size_t>(q)] != "led" || lw_[static_cast<std::size_t>(q + 1)] != "by") continue;
        int r = q + 2;
        if (r < n_ && in_list(r, {"the"})) ++r;
        if (r < n_ && in_list(r, {"late"})) ++r;
        const int m = r < n_ ? inside(r) : -1;
        if (m >= 0 && first(m) == r && type(m) == EntityType::Person) agent = group_right(m);
        break;
      }
    // "co-founded by my former teammate at Naver Cloud, Mina Choi": the organisation describes the
    // person named after it, who is the agent
    if (!agent.empty() && type(agent.front()) == EntityType::Organization && first(agent.front()) >= 1 &&
        in_list(first(agent.front()) - 1, {"at", "of", "from"}) && s_.tokens[static_cast<std::size_t>(last(agent.front()))].comma_after &&
        t.type == R::Founded) {
      const int after = last(agent.front()) + 1 < n_ ? inside(last(agent.front()) + 1) : -1;
      if (after >= 0 && first(after) == last(agent.front()) + 1 && type(after) == EntityType::Person) agent = group_right(after);
    }
    if (patient.empty() && k == 0 && !agent.empty()) {
      // "Founded in 2022 by A and B, Corvane Labs builds ...": the patient follows the agents (and
      // their apposition: "by A and B, two former DeepMind researchers, the company builds")
      int l = last(agent.back());
      if (const int a = skip_apposition(agent.back()); a >= 0) l = a - 1;
      if (s_.tokens[static_cast<std::size_t>(l)].comma_after && l + 1 < n_ && inside(l + 1) >= 0 && first(inside(l + 1)) == l + 1)
        patient = {inside(l + 1)};
    }
    if (patient.empty() || agent.empty()) return;
    // "founded by A and B together with C": C too
    if (const int j = last(agent.back()) + 1; j + 2 < n_ && lw_[static_cast<std::size_t>(j)] == "together" &&
                                              lw_[static_cast<std::size_t>(j + 1)] == "with")
      for (int c : object_after(j + 1, "", false))
        if (type(c) == type(agent.front())) agent.push_back(c);
    R type = t.type;
    if (t.flags & kLaunch) type = this->type(patient.front()) == EntityType::Product ? R::Developed : R::Founded;
    if (type == R::Developed && this->type(patient.front()) != EntityType::Product) return;
    for (int a : agent)
      for (int p : patient) {
        if (t.flags & kOrgAgent) emit(type, p, a, k, kConfPassive, "en.passive");
        else if (type == R::SubsidiaryOf) emit(type, p, a, k, kConfPassive, "en.passive");
        else emit(type, a, p, k, kConfPassive, "en.passive");
      }
    return;
  }
  // active voice
  if (t.flags & kPastWork) {
    bool past = false;
    for (int j = k - 1; j >= 0 && j >= k - 3; --j) {
      const std::string& p = lw_[static_cast<std::size_t>(j)];
      if (p == "previously" || p == "had" || p == "formerly" || p == "once" || p == "who" || p == "spent") past = true;
      // ("and before that worked at Old Mutual")
      if (p == "that" && j >= 1 && lw_[static_cast<std::size_t>(j - 1)] == "before") past = true;
    }
    if (w == "spent") past = true;
    // "Before that she worked at Meta", "worked at Meta for two years", "worked at Meta until 2021": a
    // job that ended
    if (w == "worked" && !past) past = post_ended(k, k);
    std::vector<int> subj = subject_of(k, rel);
    // ("X left Santam last month, and before that worked at Old Mutual": the first verb's subject)
    for (int j = k - 1; subj.empty() && rel < 0 && j >= 1 && j >= k - 3; --j)
      if (lw_[static_cast<std::size_t>(j)] == "and" && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after) {
        for (int q = j - 1; q >= 0; --q)
          if (inside(q) < 0 && coordinated_verb(lw_[static_cast<std::size_t>(q)])) {
            int r2 = -1;
            subj = subject_of(q, r2);
            break;
          }
        break;
      }
    if ((w == "worked" || w == "works") && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "with" && !subj.empty() &&
        type(subj.front()) == EntityType::Organization) {
      // "Brindle worked with Heron engineers for a year": a collaboration between organisations
      const int o = k + 2 < n_ ? inside(k + 2) : -1;  // "worked with Heron engineers": Heron itself
      if (o >= 0 && first(o) == k + 2 && type(o) == EntityType::Organization && !pronoun(o))
        for (int a : subj) emit(R::PartneredWith, a, o, k, kConfRelative, "en.worked_with");
      return;
    }
    // "at Google DeepMind, where he worked on the Gemini models": the place made what was worked on
    if ((w == "worked" || w == "works" || w == "working") && k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "on") {
      int where = -1;
      for (int j = k - 1; j >= 1 && j >= k - 4; --j)
        if (lw_[static_cast<std::size_t>(j)] == "where") where = j;
      const int place = where >= 1 ? inside(where - 1) : -1;
      int p = k + 2;
      while (p < n_ && p <= k + 4 && inside(p) < 0 && is_determiner(lw_[static_cast<std::size_t>(p)])) ++p;
      const int made = p < n_ ? inside(p) : -1;
      if (place >= 0 && type(place) == EntityType::Organization && made >= 0 && type(made) == EntityType::Product &&
          !genitive(made) && !is_irrealis_en(s_, k))
        for (int x : group_right(made)) emit(R::Developed, place, x, k, kConfRelative, "en.where_worked_on");
    }
    std::vector<int> obj = object_after(k, "at", false, w == "spent" ? 10 : 7);
    if (obj.empty() && (w == "worked" || w == "works")) obj = object_after(k, "for", false);
    // ("worked as a fraud analyst with Police Scotland": a post held with an organisation, not a collaboration)
    if (obj.empty() && (w == "worked" || w == "works") && k + 3 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "as") {
      bool title = false;
      for (int q = k + 2; q < n_ && q <= k + 6 && inside(q) < 0; ++q) {
        if (lw_[static_cast<std::size_t>(q)] == "with") {
          if (title) obj = object_after(q - 1, "with", false);
          break;
        }
        title = title || is_title_word(lw_[static_cast<std::size_t>(q)]);
      }
    }
    // a past job ("previously worked at Y") is both: the person worked for Y and has left it (annotators write
    // either; ANNOTATION.md's "former" reading is left); years spent at Y only left, as annotators mostly read it
    // (in the team's English gold, 122 left to 70 works_for, 51 of those optional)
    for (int a : subj)
      for (int o : obj) {
        if (w != "spent") emit(R::WorksFor, a, o, k, past ? kConfRound : kConfRelative, "en.worked_at");
        if (past) emit(R::Left, a, o, k, kConfRelative, "en.worked_at");
      }
    return;
  }
  std::vector<int> subj = subject_of(k, rel);
  // "He left Sahyadri in 2018 to join Cartwheel, then quit Cartwheel in 2020": a second verb shares
  // the first one's subject
  if (rel < 0 && k >= 2 && in_list(k - 1, {"then", "later", "and", "eventually"}) &&
      (s_.tokens[static_cast<std::size_t>(k - 2)].comma_after || (in_list(k - 2, {"and"}) && lw_[static_cast<std::size_t>(k - 1)] != "and")))
    for (int q = k - 2; q >= 0; --q)
      if (inside(q) < 0 && coordinated_verb(lw_[static_cast<std::size_t>(q)])) {
        int r2 = -1;
        subj = subject_of(q, r2);
        if (subj.empty() && r2 >= 0) subj = {r2};
        break;
      }
  if (subj.empty() && t.type == R::Left && k >= 2 && in_list(k - 1, {"board", "directors"}) && inside(k - 2) >= 0 &&
      genitive(inside(k - 2)) && type(inside(k - 2)) == EntityType::Organization)
    subj = {inside(k - 2)};  // "Orison AI's board ousts X"
  // "X left Y to found Z": the subject is the one who left, not Y
  if (const int q = departure_before(k, 7); q >= 0) {
    int r2 = -1;
    subj = subject_of(q, r2);
  }
  // "Its chief technology officer, Meera Pillai, joined last year": the subject is the apposition
  if ((subj.empty() || type(subj.front()) != EntityType::Person) && t.type == R::Joined && k >= 1 && inside(k - 1) >= 0 &&
      type(inside(k - 1)) == EntityType::Person && s_.tokens[static_cast<std::size_t>(k - 1)].comma_after)
    subj = {inside(k - 1)};
  // "Vollmer left E.ON, which she joined in 2015", "sold Lumo, which she founded in 2019": the antecedent of an
  // object relative clause, when nothing follows the verb as its object
  if ((t.type == R::Joined || t.type == R::Left || t.type == R::Founded) && !(t.flags & kOrgAgent) && k >= 3 &&
      in_list(k - 2, {"which", "that"}) && inside(k - 1) >= 0 && s_.tokens[static_cast<std::size_t>(k - 3)].comma_after &&
      type(inside(k - 1)) == EntityType::Person && !is_irrealis_en(s_, k) && (k + 1 >= n_ || inside(k + 1) < 0) &&
      (k + 1 >= n_ || !in_list(k + 1, {"as", "us", "the", "a", "an", "its", "their", "his", "her", "with", "alongside"})))
    if (const int a = ending_at(k - 3); a >= 0 && type(a) == EntityType::Organization && !genitive(a)) {
      emit(t.type, inside(k - 1), a, k, kConfRelative, "en.object_relative");
      return;
    }
  // "PerilGrid sells TyphoonSight, a storm-surge model for the Pacific, which it released last year": the product
  // before the relative clause (past its apposition) is what the clause's organisation made
  if (t.type == R::Developed && k >= 3 && in_list(k - 2, {"which", "that"}) && inside(k - 1) >= 0 && s_.tokens[static_cast<std::size_t>(k - 3)].comma_after &&
      type(inside(k - 1)) == EntityType::Organization && !is_irrealis_en(s_, k) && (k + 1 >= n_ || inside(k + 1) < 0))
    for (int q = k - 3; q >= 0 && q >= k - 16; --q)
      if (const int m = inside(q); m >= 0) {
        if (type(m) == EntityType::Product && !genitive(m) && s_.tokens[static_cast<std::size_t>(last(m))].comma_after) {
          emit(R::Developed, inside(k - 1), m, k, kConfRelative, "en.object_relative");
          return;
        }
        break;
      }
  // "X makes a transcription engine called Sonnette": a product of the same clause only (not "makes
  // tools for evaluating AI models, Bloomberg reported")
  if (w == "makes") {
    for (int j = k + 1; j < n_ && j <= k + 7; ++j) {
      const int m = inside(j);
      if (m >= 0) {
        if (type(m) == EntityType::Product && !genitive(m) && !is_irrealis_en(s_, k))
          for (int a : subj) emit(R::Developed, a, m, k, kConfVerb, "en.makes");
        break;
      }
      if (s_.tokens[static_cast<std::size_t>(j)].comma_after) break;
    }
    return;
  }
  if (t.flags & kOrgAgent) {
    hire(k, t, subj, rel);
    return;
  }
  if (w == "owned") return;  // "a wholly owned subsidiary of Y" (the passive "owned by Y" is above)
  if (t.type == R::PartneredWith && k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "between") {
    const int a = inside(k + 2);
    if (a >= 0 && first(a) == k + 2) {
      std::vector<int> g = group_right(a);
      if (g.size() >= 2 && type(g[0]) == EntityType::Organization && type(g[1]) == EntityType::Organization)
        emit(R::PartneredWith, g[0], g[1], k, kConfVerb, "en.partnership_between");
    }
    return;
  }
  if (t.type == R::Left && !(t.flags & (kPastWork | kHeaded)) && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "for") {
    // "Ruoming Pang has left for Meta": joined Meta, and left the organisation the sentence describes the
    // person by ("two Tamarind engineers, A and B, left for Quillpad"), else the one the text tied them to
    const std::vector<int> to = object_after(k + 1, "", false);
    // (the organisation of the subject's own words, right before it: "Windsurf's co-founders, A and B,")
    int described_by = -1;
    const int from = subj.empty() ? 0 : first(subj.front());
    for (int m = 0; !to.empty() && m < static_cast<int>(s_.mentions.size()); ++m)
      if (last(m) < from && from - last(m) <= 4 && type(m) == EntityType::Organization && !pronoun(m) && ent(m) != ent(to.front()) &&
          [&] {
            for (int q = last(m) + 1; q < from; ++q)
              if (!(is_title_word(lw_[static_cast<std::size_t>(q)]) || is_title_filler(lw_[static_cast<std::size_t>(q)]) ||
                    is_founder_word(lw_[static_cast<std::size_t>(q)]) || in_list(q, {"engineers", "researchers", "executives", "staff"})))
                return false;
            return true;
          }())
        described_by = ent(m);
    for (int a : subj) {
      if (type(a) != EntityType::Person) continue;
      for (int o : to)
        if (type(o) == EntityType::Organization) emit(R::Joined, a, o, k, kConfRelative, "en.left_for");
      if (to.empty() || is_irrealis_en(s_, k)) continue;
      int was = described_by;
      if (was < 0 && ctx_.person_org)
        if (const auto it = ctx_.person_org->find(ent(a)); it != ctx_.person_org->end() && it->second != ent(to.front())) was = it->second;
      if (was >= 0) emit_ent(R::Left, ent(a), was, k, kConfRound, "en.left_for");
    }
    return;
  }
  // ("with Index Ventures and rugby captain Conor Magee joining the round": people who join a round invest too)
  // (the participle after "with" only: "A and B, the fund founded by X, joined the round" is no round of X's)
  const bool round_object = w == "joining" && k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "the" && in_list(k + 2, {"round", "raise", "financing"});
  if (t.type == R::Joined && !(t.flags & kOrgAgent) && !subj.empty() && (type(subj.front()) == EntityType::Organization || round_object) &&
      (k + 1 >= n_ || clause_ends_after(k) || in_list(k + 1, {"the", "in", "as"}))) {
    // "Elevation Capital and Blume Ventures joined" (the round): investors after a raise
    if (!(money_words() || ctx_.funded >= 0 || round_object)) return;
    // the one raising in this sentence, else the company the text said raised money
    const int target = round_target(k);
    if (round_object) subj = group_left(subj.back(), true);  // ("with A and B joining the round": the whole list)
    if (target >= 0)
      for (int a : subj)
        if ((type(a) == EntityType::Organization || (round_object && type(a) == EntityType::Person)) && ent(a) != target)
          emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.joined_round");
    as_did(k, target);
    return;
  }
  // ("who joined last year from the University of Ghana": time words before "from")
  int from_at = k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "from" ? k + 1 : -1;
  // ("Shin came over from Naver")
  if (from_at < 0 && t.type == R::Joined && k + 2 < n_ && in_list(k, {"came", "comes"}) && lw_[static_cast<std::size_t>(k + 1)] == "over" &&
      lw_[static_cast<std::size_t>(k + 2)] == "from")
    from_at = k + 2;
  if (from_at < 0 && t.type == R::Joined) {
    const int f = skip_fillers(k + 1);
    if (f > k + 1 && f < n_ && lw_[static_cast<std::size_t>(f)] == "from") from_at = f;
  }
  if (t.type == R::Joined && !(t.flags & kOrgAgent) && from_at >= 0) {
    // "X, who joined from Anthropic": the organisation after "from" is the one X left; the one joined
    // is the other organisation of the sentence ("Brenner Digital is run by X, who joined from SAP")
    const std::vector<int> from = object_after(from_at - 1, "from", false);
    int joined = -1;
    for (int m = 0; m < static_cast<int>(s_.mentions.size()) && first(m) < k; ++m)
      if (type(m) == EntityType::Organization && !genitive(m) && (from.empty() || ent(m) != ent(from.front()))) {
        joined = m;
        break;
      }
    // ("Its research is led by X, who joined last year from Y": else the organisation "its" names)
    for (int m = 0; joined < 0 && m < static_cast<int>(s_.mentions.size()) && first(m) < k; ++m)
      if (type(m) == EntityType::Organization && genitive(m) && (from.empty() || ent(m) != ent(from.front())) &&
          // (or the organisation of the person's title: "X, Kestrel's chief data officer, who joined in 2023 from Y")
          (pronoun(m) || (last(m) + 1 < k && is_title_word(lw_[static_cast<std::size_t>(last(m) + 1)]))))
        joined = m;
    // ("She came over from Naver": to the organisation the text is about)
    const int focus = joined < 0 && in_list(k, {"came", "comes"}) && from_at == k + 2 && ctx_.main_org >= 0 &&
                              (from.empty() || ctx_.main_org != ent(from.front()))
                          ? ctx_.main_org
                          : -1;
    for (int a : subj) {
      for (int o : from) emit(R::Left, a, o, k, kConfRelative, "en.joined_from");
      if (joined >= 0 && type(a) == EntityType::Person) emit(R::Joined, a, joined, k, kConfRound, "en.joined_from");
      if (focus >= 0 && type(a) == EntityType::Person && !from.empty()) emit_ent(R::Joined, ent(a), focus, k, kConfRound, "en.joined_from");
    }
    return;
  }
  // "X joined him at Meta, as did Y": joining a person at an organisation joins the organisation (and
  // so do those "as did" adds)
  if (t.type == R::Joined && !(t.flags & kOrgAgent) && !subj.empty() && type(subj.front()) == EntityType::Person && k + 3 < n_ &&
      in_list(k + 1, {"him", "her", "them"}) && lw_[static_cast<std::size_t>(k + 2)] == "at" && inside(k + 3) >= 0 &&
      first(inside(k + 3)) == k + 3 && type(inside(k + 3)) == EntityType::Organization) {
    const int o = inside(k + 3);
    for (int a : subj) emit(R::Joined, a, o, k, kConfRelative, "en.joined_person_at");
    const int after = last(o) + 1;
    if (after + 2 < n_ && s_.tokens[static_cast<std::size_t>(last(o))].comma_after && lw_[static_cast<std::size_t>(after)] == "as" &&
        lw_[static_cast<std::size_t>(after + 1)] == "did")
      for (int a : object_after(after + 1, "", false))
        if (type(a) == EntityType::Person) emit(R::Joined, a, o, k, kConfRelative, "en.joined_person_at");
    return;
  }
  // "X joined the startup's board", "joined its board": the board of the organisation the reference names
  if (t.type == R::Joined && !(t.flags & kOrgAgent) && !subj.empty() && type(subj.front()) == EntityType::Person && k + 2 < n_ &&
      inside(k + 1) >= 0 && first(inside(k + 1)) == k + 1 && pronoun(inside(k + 1)) && genitive(inside(k + 1)) &&
      type(inside(k + 1)) == EntityType::Organization && last(inside(k + 1)) + 1 < n_ && in_list(last(inside(k + 1)) + 1, {"board"}) &&
      !is_irrealis_en(s_, k) && !(k >= 1 && in_list(k - 1, {"will", "would", "to", "may", "might", "could", "should"}))) {
    for (int a : subj)
      if (type(a) == EntityType::Person) emit(R::Joined, a, inside(k + 1), k, kConfRound, "en.joined_board");
    return;
  }
  // "X joined the board in June": the board of the organisation the text is about (a board of another
  // one is named: "joined the board of Y", "joined Y's board")
  if (t.type == R::Joined && !(t.flags & kOrgAgent) && !subj.empty() && type(subj.front()) == EntityType::Person && k + 2 < n_ &&
      lw_[static_cast<std::size_t>(k + 1)] == "the" && lw_[static_cast<std::size_t>(k + 2)] == "board" && inside(k + 2) < 0 &&
      !(k + 3 < n_ && in_list(k + 3, {"of", "at"})) && ctx_.main_org >= 0 && !is_irrealis_en(s_, k)) {
    for (int a : subj)
      if (type(a) == EntityType::Person) emit_ent(R::Joined, ent(a), ctx_.main_org, k, kConfRound, "en.joined_board");
    return;
  }
  // the object-less "joined": "joined last year as CTO", "joined in 2021, after ...", "joined us"
  const int after_time = skip_fillers(k + 1);
  const bool bare_join = after_time > k + 1 && (after_time >= n_ || in_list(after_time, {"as", "after", "from"}) ||
                                                clause_ends_after(after_time - 1));
  // ("Tomasz comes to us after seven years at Google DeepMind": "to us" is the first person's organisation too)
  const int us_at = k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "us" ? k + 1
                    : k + 2 < n_ && in_list(k, {"comes", "came", "coming"}) && lw_[static_cast<std::size_t>(k + 1)] == "to" &&
                            lw_[static_cast<std::size_t>(k + 2)] == "us"
                        ? k + 2
                        : -1;
  if (t.type == R::Joined && !(t.flags & kOrgAgent) && !subj.empty() && type(subj.front()) == EntityType::Person &&
      k + 1 < n_ && (in_list(k + 1, {"as"}) || us_at >= 0 || bare_join)) {
    // "Mei-Lin Cheng joins as VP of customer success", "X joins us from Y as COO": the organisation
    // in focus (a company's own post), and the one "from" names is left
    int j = us_at >= 0 ? us_at : k + 1;
    int org = ctx_.main_org;
    if (lw_[static_cast<std::size_t>(j)] == "us") {
      if (inside(j) >= 0 && type(inside(j)) == EntityType::Organization) org = ent(inside(j));  // whom "us" stands for
      ++j;
    }
    // "Its chief technology officer, Meera Iyer, joined last year": the organisation of the title
    bool title_org = false;
    for (int q = 0; q < first(subj.front()); ++q)
      if (inside(q) >= 0 && genitive(inside(q)) && type(inside(q)) == EntityType::Organization && q + 1 < n_ &&
          !title_after(q + 1).empty()) {
        org = ent(inside(q));
        title_org = true;
      }
    // "Geulteo was acquired by Naraeum, and its founder Choi Yun-ho joined as head of product": the
    // founder of the company bought joined the buyer
    if (title_org)
      for (int q = 0; q + 2 < first(subj.front()); ++q)
        if (in_list(q, {"acquired", "bought"}) && in_list(q + 1, {"by"}) && inside(q + 2) >= 0 &&
            type(inside(q + 2)) == EntityType::Organization && ent(inside(q + 2)) != org) {
          org = ent(inside(q + 2));
          break;
        }
    if (bare_join && lw_[static_cast<std::size_t>(k + 1)] != "as") j = after_time;
    int source = -1;
    if (j < n_ && lw_[static_cast<std::size_t>(j)] == "from") {
      const std::vector<int> o = object_after(j, "", false);
      if (!o.empty() && type(o.front()) == EntityType::Organization) {
        source = ent(o.front());
        j = last(o.back()) + 1;
      }
    }
    const std::string role = role_at(j);
    if (org < 0 || (role.empty() && us_at < 0 && !title_org)) return;
    for (int a : subj) {
      emit_ent(R::Joined, ent(a), org, k, kConfRelative, "en.joins_as");
      if (!role.empty()) emit_ent(R::WorksFor, ent(a), org, k, kConfRelative, "en.joins_as", role);
      if (source >= 0 && source != org) emit_ent(R::Left, ent(a), source, k, kConfRelative, "en.joins_from");
    }
    return;
  }
  if ((w == "retired" || w == "retires" || w == "retiring" || w == "resigned" || w == "resigns" || w == "resigning") &&
      k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "as") {
    // "Vance retired as managing partner of Sorrel Ventures", "resigned as Chief Financial Officer of
    // the Company": the post names what was left
    step_down(k, k + 1);
    return;
  }
  // "We also put out a small model, Tidewater-7B": a model released
  if ((w == "put" || w == "puts") && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "out") {
    if (is_irrealis_en(s_, k)) return;
    int r = -1;
    const std::vector<int> makers = subject_of(k, r);
    for (int p : object_after(k + 1, "", true))
      for (int a : makers)
        if (type(a) != EntityType::Product) emit(R::Developed, a, p, k, kConfVerb, "en.put_out");
    return;
  }
  // Words from..to (within the sentence): whether they name an organisation (any name when `any_name`, else an
  // organisation not in the genitive) and a round ("round", "seed", "series", "raise", "financing")
  struct RoundWords {
    bool named = false, round = false;
  };
  auto round_words = [&](int from, int to, bool any_name) {
    RoundWords r;
    for (int j = from; j < n_ && j <= to; ++j) {
      r.named = r.named || (inside(j) >= 0 && (any_name || (type(inside(j)) == EntityType::Organization && !genitive(inside(j)))));
      r.round = r.round || in_list(j, {"round", "seed", "series", "raise", "financing"});
    }
    return r;
  };
  // the subjects of the verb at k invest in the round just told (the company last funded)
  auto round_backers = [&](const char* rule) {
    int r = -1;
    for (int a : subject_of(k, r))
      if (type(a) != EntityType::Product && ent(a) != ctx_.funded) emit_ent(R::Invested, ent(a), ctx_.funded, k, kConfRound, rule);
  };
  // "Existing backers A and B also put in more money", "... also put money in", "A and existing backer B
  // are putting in money as well": the round just told
  if ((w == "put" || w == "puts" || w == "putting") && money_put_in(k) && ctx_.funded >= 0 && !is_irrealis_en(s_, k)) {
    round_backers(w == "put" ? "en.invested.put_in" : "en.invested.putting_in");
    return;
  }
  // plans and pledges are not money put in: "putting ... into" needs an amount
  if ((w == "putting" || w == "puts" || w == "pumped" || w == "committed") && s_.amounts.empty()) return;
  // "Amazon has put $8 billion into Anthropic": an amount put into a company, as "pumped"
  bool put_into = false;
  if (w == "put" && !s_.amounts.empty())
    for (int j = k + 1; j < n_ && j <= k + 8 && inside(j) < 0; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "into") put_into = true;
  // ("Nvidia also put money into the seed round": money into the round just told, no amount needed)
  if (w == "put" && !put_into && k + 3 < n_ && in_list(k + 1, {"money", "capital", "cash"}) && in_list(k + 2, {"into", "in"}) &&
      ctx_.funded >= 0 && !is_irrealis_en(s_, k)) {
    if (const RoundWords r = round_words(k + 3, k + 7, true); r.round && !r.named) {
      round_backers("en.invested.into_round");
      return;
    }
  }
  // ("Kumo Capital chipped in $1 million", "contributed $2 million to the round"): money into the round just told, no company named
  if ((w == "chipped" || w == "contributed") && ctx_.funded >= 0 && !is_irrealis_en(s_, k) &&
      (w == "chipped" ? k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "in" : !s_.amounts.empty())) {
    const RoundWords r = round_words(k + 1, k + 9, false);
    const bool named = r.named, round = r.round || w == "chipped";
    if (round && !named) {
      round_backers("en.invested.chipped_in");
      return;
    }
    if (w == "chipped" || !named) return;  // (money contributed to a company named: as "invested … in" below)
  }
  // ("put a further $1 million into the round", "put in ¥1.5 billion"): an amount into the round just told, no company named
  if (w == "put" && ctx_.funded >= 0 && !s_.amounts.empty() && !is_irrealis_en(s_, k)) {
    int into = -1;
    for (int j = k + 1; j < n_ && j <= k + 8 && into < 0; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "into") into = j;
    const RoundWords r = into >= 0 ? round_words(into + 1, into + 4, true) : RoundWords{};
    const bool round = r.round, named = r.named;
    // ("put in" before the amount: the amount right after "in")
    const bool in_amount = into < 0 && k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "in" &&
                           std::any_of(s_.amounts.begin(), s_.amounts.end(), [&](const AmountMention& a) {
                             return a.span.begin <= s_.tokens[static_cast<std::size_t>(k + 2)].span.begin &&
                                    s_.tokens[static_cast<std::size_t>(k + 2)].span.begin < a.span.end;
                           });
    if ((round && !named) || in_amount) {
      round_backers("en.invested.into_round");
      return;
    }
  }
  if (w == "put" && !put_into) return;  // (money put in without an amount: above)
  std::string_view prep;
  if (t.flags & kPrepFrom) prep = "from";
  if (t.flags & kPrepWith) prep = "with";
  if (t.flags & kPrepTo) prep = "to";
  if (t.flags & kPrepIn) prep = "in";
  if (t.flags & kPrepInto) prep = "into";
  const bool want_product = t.type == R::Developed && !(t.flags & kLaunch);
  // ("an assistant its team built on Claude", "built with Llama": what a product is built on is used, not made; in the
  // passive too, "X was built on Llama", below)
  if (t.type == R::Developed && k + 1 < n_ && in_list(k, {"built", "build", "builds", "building"}) &&
      in_list(k + 1, {"on", "upon", "with", "using", "atop"}))
    return;
  // ("shortly after it was founded, having spent nine years at Microsoft": a passive with no agent takes no object; nor
  // what a product was built on, "Quetzal had been built on a proprietary model called Cenzontle", though that one was its own)
  if ((t.type == R::Founded || t.type == R::Acquired || t.type == R::Developed) && k >= 1 &&
      in_list(k - 1, {"was", "were", "been", "being", "is", "are", "be"}) && (w.ends_with("ed") || in_list(k, {"built", "made", "bought"})))
    return;
  std::vector<int> obj = object_after(k, prep, want_product);
  if ((t.flags & kLaunch) && obj.empty()) obj = object_after(k, prep, true);
  if (t.type == R::Acquired && obj.empty()) {  // "picked up Tidewell, the scheduling app": a product right after the verb
    obj = object_after(k, prep, true);
    if (!obj.empty() && first(obj.front()) > k + 2) obj.clear();
  }
  if ((t.flags & kPrepFrom) && obj.empty()) obj = object_after(k, "", false);
  // "Nvidia invested in our Series A", "led its seed round": the company whose round it is
  if (obj.empty() && t.type == R::Invested && k + 3 < n_ && in_list(k + 1, {"in", "into"}) && inside(k + 2) >= 0 && first(inside(k + 2)) == k + 2 &&
      genitive(inside(k + 2)) && type(inside(k + 2)) == EntityType::Organization &&
      in_list(last(inside(k + 2)) + 1, {"series", "seed", "pre-seed", "round", "first", "latest", "last", "new"}))
    obj = {inside(k + 2)};
  if (t.type == R::PartneredWith && !subj.empty() && !obj.empty() && type(subj.front()) == EntityType::Person &&
      type(obj.front()) == EntityType::Person) {
    // "he teamed up with Sofia Lindqvist, a former Anthropic engineer, to start Tessellate"
    int j = last(obj.back()) + 1;
    if (const int a = skip_apposition(obj.back()); a >= 0) j = a;
    if (j + 1 < n_ && lw_[static_cast<std::size_t>(j)] == "to" && in_list(j + 1, {"start", "found", "launch", "co-found", "build", "create"})) {
      const std::vector<int> made = object_after(j + 1, "", false);
      if (!made.empty() && type(made.front()) == EntityType::Organization)
        for (int o : made) {
          for (int a : subj) emit(R::Founded, a, o, j + 1, kConfRelative, "en.teamed_to_start");
          for (int a : obj) emit(R::Founded, a, o, j + 1, kConfRelative, "en.teamed_to_start");
        }
    }
    return;
  }
  // (a noun is no partnering: "Munich Re and Swiss Re have spent years building their own modelling teams")
  if (t.type == R::PartneredWith && subj.size() >= 2 && obj.empty() && in_list(k, {"teams", "partners", "partner"}) && k >= 1 &&
      inside(k - 1) < 0 &&
      (in_list(k - 1, {"their", "its", "our", "his", "her", "own", "the", "a", "an", "of", "new", "research", "engineering"}) ||
       lw_[static_cast<std::size_t>(k - 1)].ends_with("ing")))
    return;
  if (t.type == R::PartneredWith && subj.size() >= 2 && obj.empty()) {  // "X and Y partnered"
    emit(R::PartneredWith, subj[0], subj[1], k, kConfVerb, "en.partnered.pair");
    return;
  }
  // ("also invested in the round", "in the latest financing", "in the Series B"): the round just told, no company named
  auto in_the_round = [&](int j) {
    if (j + 2 >= n_ || lw_[static_cast<std::size_t>(j)] != "in" || lw_[static_cast<std::size_t>(j + 1)] != "the") return false;
    for (int q = j + 2; q < n_ && q <= j + 5 && inside(q) < 0; ++q)
      if (in_list(q, {"round", "financing", "raise", "funding", "series", "seed", "deal"})) return true;
    return false;
  };
  if (obj.empty() && (w == "stake" || w == "stakes" || w == "invested")) {
    // "has taken stakes in other neoclouds, including CoreWeave and Lambda"
    for (int j = k + 1; j < n_ && j <= k + 8; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "including") {
        obj = object_after(j, "", false, 7, true);
        break;
      }
  }
  if (obj.empty() && t.type == R::Developed && !subj.empty() && type(subj.front()) != EntityType::Product) {
    // "has since released a string of open models, including Korvane Large 2": the products listed
    bool noun = false;
    for (int j = k + 1; j < n_ && j <= k + 10 && inside(j) < 0; ++j) {
      if (is_product_noun(lw_[static_cast<std::size_t>(j)])) noun = true;
      if (noun && s_.tokens[static_cast<std::size_t>(j)].comma_after && j + 1 < n_ && in_list(j + 1, {"including"})) {
        obj = object_after(j + 1, "", true);
        break;
      }
    }
  }
  if (obj.empty() && rel < 0 && (w == "invested" || w == "invests") && !subj.empty() && type(subj.front()) != EntityType::Product &&
      ctx_.funded >= 0 && (k + 1 >= n_ || clause_ends_after(k) || in_list(k + 1, {"too", "alongside"}) ||
                           // ("Mistral co-founder Arthur Mensch invested personally": a person's own money)
                           (in_list(k + 1, {"personally"}) && type(subj.front()) == EntityType::Person) ||
                           (k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "as" && lw_[static_cast<std::size_t>(k + 2)] == "well") ||
                           in_the_round(k + 1))) {
    // "Quorra raised $20 million from A. Google also invested.": in the round just told
    for (int a : subj)
      if (ent(a) != ctx_.funded) emit_ent(R::Invested, ent(a), ctx_.funded, k, kConfRound, "en.invested.bare");
    return;
  }
  if (obj.empty() && rel < 0 && !subj.empty() && (t.flags & kPrepIn)) {
    // "OpenAI, in which it has invested $13 billion": the antecedent of "in which"
    const int f = first(subj.front());
    if (f >= 3 && lw_[static_cast<std::size_t>(f - 1)] == "which" && lw_[static_cast<std::size_t>(f - 2)] == "in" &&
        s_.tokens[static_cast<std::size_t>(f - 3)].comma_after && ending_at(f - 3) >= 0)
      obj = {ending_at(f - 3)}, rel = obj.front();
  }
  // "a minority stake in Tamkeen, which it bought in 2024": what was bought is the stake
  if (obj.empty() && rel >= 0 && t.type == R::Acquired && first(rel) >= 2 && in_list(first(rel) - 1, {"in"}) &&
      in_list(first(rel) - 2, {"stake", "stakes", "holding", "shares"}))
    return;
  if (obj.empty() && rel >= 0) obj = {rel};  // "DeepMind, which Google acquired"
  // "Ana Ruiz, Tamarind's president, who co-founded the company in 2022, has resigned": a departure with no
  // object is from the organisation the subject's own words name (a post's possessor, a company founded,
  // joined or run)
  if (obj.empty() && rel < 0 && t.type == R::Left && !(t.flags & (kPastWork | kHeaded)) &&
      in_list(k, {"left", "resigned", "quit", "quits", "departed", "resigns", "exited"}) && !subj.empty() &&
      type(subj.front()) == EntityType::Person && !is_irrealis_en(s_, k)) {
    const int after = skip_fillers(k + 1);
    const bool bare = after >= n_ || clause_ends_after(after - 1) || in_list(after, {"on", "last", "after", "amid", "following", "earlier", "this"});
    if (bare) {
      int org = -1;
      for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m) {
        if (first(m) <= last(subj.back()) || first(m) >= k || type(m) != EntityType::Organization) continue;
        if ((genitive(m) && last(m) + 1 < k && !title_after(last(m) + 1).empty()) ||
            (first(m) >= 1 && in_list(first(m) - 1, {"co-founded", "founded", "cofounded", "runs", "leads"})))
          org = ent(m);
      }
      // (not the one the text tied the person to: "I left, and Tobias and I started Harbor" is the job before)
      if (org >= 0)
        for (int a : subj)
          if (type(a) == EntityType::Person) emit_ent(R::Left, ent(a), org, k, kConfRound, "en.left_bare");
      if (org >= 0) return;
    }
  }
  if (obj.empty() && rel < 0 && !subj.empty() && prep.empty() && t.type != R::PartneredWith && t.type != R::Joined &&
      t.type != R::Left) {
    // "Loom, the video company Atlassian bought in 2023", "io, the startup Jony Ive co-founded"
    const int h = reduced_head(subj.front());
    const bool fits = h >= 0 && (t.type == R::Developed ? type(h) == EntityType::Product
                                                        : (t.type == R::Acquired ? type(h) != EntityType::Person
                                                                                 : type(h) == EntityType::Organization));
    if (fits) obj = {h}, rel = h;
  }
  if (obj.empty() && t.type == R::Left && !(t.flags & (kPastWork | kHeaded)) && !subj.empty() && type(subj.front()) == EntityType::Person) {
    // "X, Parallax's head of product, left last week", "the lab's head of safety, X, left": the
    // organisation of the title just before the verb
    const int a = subj.back();
    int o = -1;
    // "X, the chief scientist of AI lab Halcyon Reasoning, has resigned": the one organisation of a
    // title apposition
    bool title = false;
    int orgs = 0, only = -1;
    for (int j = last(a) + 1; j < k; ++j) {
      if (inside(j) < 0) {
        title = title || is_title_word(lw_[static_cast<std::size_t>(j)]);
        continue;
      }
      if (type(inside(j)) == EntityType::Organization) ++orgs, only = inside(j);
      j = last(inside(j));
    }
    if (title && orgs == 1 && s_.tokens[static_cast<std::size_t>(last(a))].comma_after) o = only;
    // (a true possessive, not an owner in a modifier: "at Intel-owned Mobileye before leaving")
    auto possessive = [&](int m) {
      const std::string_view tx = s_.tokens[static_cast<std::size_t>(last(m))].text;
      return genitive(m) && (pronoun(m) || strip_possessive(tx).size() != tx.size());
    };
    for (int j = k - 1; j > last(a) && o < 0; --j)  // "X previously worked on Naver's team before leaving"
      if (inside(j) >= 0 && type(inside(j)) == EntityType::Organization && possessive(inside(j))) {
        o = inside(j);
        // (the possessor in an organisation's apposition names its owner: "at AlmapBBDO, Omnicom's flagship
        // agency, before leaving" left AlmapBBDO)
        const int d = first(o) >= 1 && s_.tokens[static_cast<std::size_t>(first(o) - 1)].comma_after ? inside(first(o) - 1) : -1;
        if (d >= 0 && type(d) == EntityType::Organization && !pronoun(o)) o = d;
      }
    // "X spent eight years on the grain desk of trading house Y before leaving in 2022": the one organisation
    // between the person and "before leaving" is where the person worked
    if (o < 0 && k >= 1 && lw_[static_cast<std::size_t>(k - 1)] == "before") o = only_org_between(last(a) + 1, k - 1, false);
    for (int j = first(subj.front()) - 1; o < 0 && j >= 0 && j >= first(subj.front()) - 6; --j)
      if (inside(j) >= 0 && type(inside(j)) == EntityType::Organization && genitive(inside(j))) o = inside(j);
    const bool objectless = clause_ends_after(k) || k + 1 >= n_ || is_date_word(k + 1) ||
                            in_list(k + 1, {"last", "in", "on", "earlier", "this", "to", "after", "within", "shortly", "soon",
                                            "abruptly", "suddenly", "amid", "citing"});
    if (o >= 0 && objectless)
      for (int p : subj) emit(R::Left, p, o, k, kConfRelative, "en.left_title");
    // "Okonkwo was the first to go. She left in the spring of 2022": the company she was said to
    // found, join or work for
    // found, join or work for, when the sentence names no other and that is the organisation named last
    // (an organisation after "to start"/"to join" is where the person went, no other one left:
    // "She left in 2024 to start Sundial Labs")
    int destination = n_;
    for (int j = k + 1; j + 1 < n_ && j <= k + 6 && destination == n_; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "to" && in_list(j + 1, {"start", "join", "launch", "found", "co-found", "build", "lead", "head", "run", "become"}))
        destination = j;
    bool names_org = false;
    for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
      names_org = names_org || (type(m) == EntityType::Organization && !pronoun(m) && first(m) < destination);
    // "I joined DeepMind in 2017 and left in early 2023": the organisation the same sentence said
    // the person joined
    if (o < 0 && objectless)
      for (int p : subj) {
        int joined = -1, count = 0;
        for (const Found& f : out_)
          if (f.subject == ent(p) && f.trigger < k && f.type == R::Joined && f.object != joined)
            joined = f.object, ++count;
        if (count == 1) emit_ent(R::Left, ent(p), joined, k, kConfRound, "en.joined_then_left");
      }
    if (o < 0 && objectless && ctx_.person_org && !names_org)
      for (int p : subj)
        if (const auto it = ctx_.person_org->find(ent(p)); it != ctx_.person_org->end() && it->second == ctx_.pair_second)
          emit_ent(R::Left, ent(p), it->second, k, kConfRound, "en.left_known");
    return;
  }
  if (subj.empty() || obj.empty()) return;
  R type = t.type;
  // "acquired a minority stake in Y": an investment, which the noun "stake" tells; "took a controlling
  // stake in Y", "bought a 51% stake": the company bought
  if ((t.type == R::Acquired && first(obj.front()) > k) || (t.type == R::Invested && (w == "stake" || w == "stakes"))) {
    const int control = stake_control(t.type == R::Invested ? k - 4 : k + 1, t.type == R::Invested ? k + 2 : first(obj.front()));
    if (control == 0 && t.type == R::Acquired) return;
    if (control == 1) type = R::Acquired;
  }
  if (t.flags & kLaunch) {
    if (this->type(obj.front()) == EntityType::Product) type = R::Developed;
    else if (this->type(obj.front()) == EntityType::Organization && this->type(subj.front()) == EntityType::Person) type = R::Founded;
    else return;
  }
  const char* rule = rel >= 0 && obj.front() == rel ? "en.relative" : "en.active";
  // "left last year for Microsoft AI": the place left for is where the person went
  // (and past a place left and the destination's description: "quits Kyiv for Seoul agri-finance startup Byeori Labs")
  const bool for_before = t.type == R::Left && [&] {
    for (int q = first(obj.front()) - 1; q > k && q >= first(obj.front()) - 5; --q) {
      if (inside(q) >= 0 || s_.tokens[static_cast<std::size_t>(q)].comma_after) return false;
      if (lw_[static_cast<std::size_t>(q)] == "for") return q == first(obj.front()) - 1 || q > k + 1;
    }
    return false;
  }();
  if (for_before && !(t.flags & (kPastWork | kHeaded)) && first(obj.front()) >= 1) {
    for (int a : subj)
      if (this->type(a) == EntityType::Person)
        for (int o : obj)
          if (this->type(o) == EntityType::Organization) emit(R::Joined, a, o, k, kConfRelative, "en.left_for");
    return;
  }
  // "left Google Brain for OpenAI" (joined OpenAI), "joined DeepMind in 2019 from Spotify" (left Spotify)
  if ((t.type == R::Left && !(t.flags & (kPastWork | kHeaded))) || (t.type == R::Joined && !(t.flags & kOrgAgent))) {
    int j = skip_fillers(last(obj.back()) + 1);
    const bool left = t.type == R::Left;
    // ("joined Brightmoor as CTO last spring from Amazon Robotics": past the post and the time)
    if (!left && j < n_ && lw_[static_cast<std::size_t>(j)] == "as")
      for (int q = j + 1; q < n_ && q <= j + 7 && inside(q) < 0; ++q) {
        if (lw_[static_cast<std::size_t>(q)] == "from") {
          j = q;
          break;
        }
        if (s_.tokens[static_cast<std::size_t>(q)].comma_after) break;
      }
    if (j < n_ && lw_[static_cast<std::size_t>(j)] == (left ? "for" : "from"))
      for (int o : object_after(j, "", false))
        for (int a : subj)
          if (this->type(a) == EntityType::Person && this->type(o) == EntityType::Organization)
            emit(left ? R::Joined : R::Left, a, o, k, kConfRelative, left ? "en.left_for" : "en.joined_from");
    // "X covered food stocks as an analyst at Y before joining Z": the one organisation a person was at,
    // between the person and "before joining", is one the person left
    if (!left && k >= 2 && lw_[static_cast<std::size_t>(k - 1)] == "before" && !subj.empty() && this->type(subj.front()) == EntityType::Person &&
        last(subj.back()) < k - 1) {
      const int at = only_org_between(last(subj.back()) + 1, k - 1, true);
      if (at >= 0 && ent(at) != ent(obj.front()))
        for (int a : subj) emit(R::Left, a, at, k, kConfRelative, "en.at_before_joining");
    }
  }
  // "Orison AI has fired its chief executive Callum Whitford": the person left the organisation
  if (type == R::Left && (w == "fired" || w == "ousted" || w == "ousts" || w == "fires" || w == "dismissed" || w == "sacked")) {
    for (int a : subj)
      for (int o : obj)
        if (this->type(a) == EntityType::Organization && this->type(o) == EntityType::Person) emit(R::Left, o, a, k, kConfVerb, "en.fired");
    if (!subj.empty() && this->type(subj.front()) == EntityType::Organization) return;
  }
  // "X bought roughly €40m of Y shares": shares bought are an investment, not the company
  // (but all of them, or most, is the company: "bought all of Murmure's shares")
  const bool whole = [&] {
    for (int q = k + 1; !obj.empty() && q < first(obj.front()); ++q)
      if (in_list(q, {"all", "majority", "entire", "100%", "controlling", "remaining"})) return true;
    return false;
  }();
  // "Kestrel Agri buys 19.9% of Campo Labs", "bought 30 per cent of X": a minority share is an investment, not the company
  if (type == R::Acquired && !whole && !obj.empty()) {
    double share = -1;
    bool of = false;  // ("19.9% of crop-AI startup Campo Labs": describing words between)
    for (int q = k + 1; q < first(obj.front()) && q <= k + 8; ++q) {
      const std::string& x = lw_[static_cast<std::size_t>(q)];
      const bool percent = (x.size() >= 2 && x.back() == '%') ||
                           (q + 2 < n_ && in_list(q + 1, {"percent", "per"}) && (lw_[static_cast<std::size_t>(q + 1)] == "percent" || in_list(q + 2, {"cent"})));
      if (percent && x[0] >= '0' && x[0] <= '9' && share < 0) share = std::atof(x.c_str());
      of = of || (share > 0 && x == "of");
    }
    if (share > 0 && share < 50 && of) {
      for (int a : subj)
        for (int o : obj) emit(R::Invested, a, o, k, kConfVerb, "en.bought_minority");
      return;
    }
  }
  if (type == R::Acquired && !whole && !obj.empty() && last(obj.back()) + 1 < n_ && in_list(last(obj.back()) + 1, {"shares", "stock", "equity"})) {
    for (int a : subj)
      for (int o : obj) emit(R::Invested, a, o, k, kConfVerb, "en.bought_shares");
    return;
  }
  for (int a : subj)
    for (int o : obj) {
      if (t.flags & kOrgAgent) emit(type, o, a, k, kConfVerb, rule);
      else if (t.flags & kOwns) emit(R::SubsidiaryOf, o, a, k, kConfVerb, rule);
      else emit(type, a, o, k, kConfVerb, rule);
    }
  // "X co-founded Y with Z", "which X started with Z": Z founded Y too
  if (type == R::Founded) cofounders_with(std::max(s_.mentions[static_cast<std::size_t>(obj.back())].last, k), obj, k);
  // "X co-developed the P glasses with Z", "a model it developed together with A and B": Z developed
  // P too, and X and Z worked together
  if (type == R::Developed && (w.compare(0, 3, "co-") == 0 ||
                               (k + 2 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "together" && lw_[static_cast<std::size_t>(k + 2)] == "with"))) {
    const int last_obj = std::max(s_.mentions[static_cast<std::size_t>(obj.back())].last, k);
    for (int j = last_obj + 1; j < n_ && j <= last_obj + 4; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "with") {
        for (int z : object_after(j, "", false)) {
          if (this->type(z) != EntityType::Organization) continue;
          for (int o : obj) emit(R::Developed, z, o, k, kConfRelative, "en.codeveloped_with");
          for (int a : subj)
            if (this->type(a) == EntityType::Organization) emit(R::PartneredWith, a, z, k, kConfRelative, "en.codeveloped_with");
        }
        break;
      }
  }
  // "joined Y as TITLE": works_for with the role
  if (type == R::Joined) {
    const int last_obj = s_.mentions[static_cast<std::size_t>(obj.back())].last;
    // (past a time: "joined Cobalto on Monday as our CTO", "in March as its chief technology officer")
    int j = skip_fillers(last_obj + 1);
    if (j + 1 < n_ && lw_[static_cast<std::size_t>(j)] == "on" && is_date_word(j + 1)) j = skip_fillers(j + 1);
    if (j < n_ && lw_[static_cast<std::size_t>(j)] == "as") {
      int r = j + 1;
      if (r < n_ && in_list(r, {"our", "its", "their", "the", "a", "an"})) ++r;
      std::string role = title_after(r);
      if (!role.empty())
        for (int a : subj)
          for (int o : obj) {
            const int person = (t.flags & kOrgAgent) ? o : a;
            const int org = (t.flags & kOrgAgent) ? a : o;
            emit(R::WorksFor, person, org, k, kConfRelative, "en.joined_as", role);
          }
    }
  }
  (void)rel;
}

// The departure verb before "to" + the verb at k ("left X in May to join Y"): its token within
// `reach` words, or -1 (left, quit, departed; and, when resigned_leaving, resigned and leaving).
int RulesEn::stake_control(int from, int to) const {
  from = std::max(from, 0);
  to = std::min(to, n_);
  int stake = -1;
  for (int j = from; j + 1 < to && stake < 0; ++j)
    if (inside(j) < 0 && in_list(j, {"stake", "stakes", "holding", "interest"}) && in_list(j + 1, {"in", "of"})) stake = j;
  if (stake < 0) return -1;
  for (int j = std::max(from, stake - 4); j < stake; ++j) {
    const std::string_view w = lw_[static_cast<std::size_t>(j)];
    if (w == "controlling" || w == "majority" || w == "full") return 1;
    if (w.size() >= 2 && w.back() == '%' && w[0] >= '0' && w[0] <= '9' && std::atof(std::string(w).c_str()) >= 50) return 1;
  }
  return 0;
}

int RulesEn::departure_before(int k, int reach, bool resigned_leaving) const {
  if (k < 2 || lw_[static_cast<std::size_t>(k - 1)] != "to") return -1;
  for (int q = k - 2; q >= 0 && q >= k - reach; --q)
    if (in_list(q, {"left", "quit", "departed"}) || (resigned_leaving && in_list(q, {"resigned", "leaving"}))) return q;
  return -1;
}

void RulesEn::cofounders_with(int from, const std::vector<int>& obj, int k) {
  bool place = false;  // "founded X in San Francisco in 2020 with Z": a place after "in"
  for (int j = from + 1; j < n_ && j <= from + 7; ++j) {
    if (lw_[static_cast<std::size_t>(j)] == "with") {
      // (and a company with which a company formed another: "Corvane formed CV-Penang with Inari Amertron", a
      // joint venture of the two)
      int rel = -1;
      const std::vector<int> subj = subject_of(k, rel);
      const bool by_company = !subj.empty() && std::all_of(subj.begin(), subj.end(), [&](int a) { return type(a) == EntityType::Organization; });
      for (int z : object_after(j, "", false))
        if (type(z) == EntityType::Person)  // co-founders, not "with former OpenAI colleagues"
          for (int o : obj) emit(R::Founded, z, o, k, kConfRelative, "en.founded.with");
        else if (by_company && type(z) == EntityType::Organization && !genitive(z))
          for (int o : obj) emit(R::Founded, z, o, k, kConfRelative, "en.founded.with_company");
      return;
    }
    // (past the company's legal form: "CV-Penang Sdn. Bhd. with …")
    std::string_view form = lw_[static_cast<std::size_t>(j)];
    if (!form.empty() && form.back() == '.') form.remove_suffix(1);
    if (inside(j) < 0 && is_legal_form_word(form)) continue;
    const std::string_view tj = s_.tokens[static_cast<std::size_t>(j)].text;
    place = inside(j) < 0 && !tj.empty() && tj[0] >= 'A' && tj[0] <= 'Z' && !is_date_word(j) &&
            (lw_[static_cast<std::size_t>(j - 1)] == "in" || place) && !s_.tokens[static_cast<std::size_t>(j - 1)].comma_after;
    if (place) continue;
    if (inside(j) >= 0 || !(is_date_word(j) || lw_[static_cast<std::size_t>(j)] == "last" ||
                            lw_[static_cast<std::size_t>(j)] == "year" || lw_[static_cast<std::size_t>(j)] == "in"))
      return;
  }
}

}  // namespace inmaek::extract::rules_en
