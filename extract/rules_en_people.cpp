// English rules about people and their organisations: hires and appointments, stepping down,
// heading a team, an organisation led by someone.
#include <string>
#include <vector>

#include "extract/english_words.h"
#include "extract/rules_en_class_internal.h"

namespace inmaek::extract::rules_en {

// Organisation hires person: "Y hired (away) X from Z as TITLE", "Y poached two researchers
// from Z, A and B", "Y named X, a former Z executive, as its CEO".
void RulesEn::hire(int k, const Trigger& t, std::vector<int> subj, int rel) {
  // "the board appointed X as an independent director": the board of the company in focus
  int board_of = -1;
  if (subj.empty() && k >= 2 && in_list(k - 1, {"board", "directors"}) && inside(k - 1) < 0 && !is_irrealis_en(s_, k))
    board_of = ctx_.main_org >= 0 ? ctx_.main_org : ctx_.pair_second;
  // "hiring" is a hire after "since" or "after" ("since hiring X as chief AI officer"), or as a participle after a
  // comma, whose subject is the clause's ("Coral Cloud did it again, hiring Quillpad's co-founders A and B"); not
  // otherwise ("tried to buy Y before hiring Tulloch")
  if (in_list(k, {"hiring", "poaching", "recruiting"}) && !(k >= 1 && in_list(k - 1, {"since", "after"}) && !subj.empty())) {
    if (!(board_of < 0 && k >= 2 && s_.tokens[static_cast<std::size_t>(k - 1)].comma_after && !s_.mentions.empty() && first(0) == 0 &&
          type(0) == EntityType::Organization && !genitive(0) && !is_irrealis_en(s_, k)))
      return;
    subj = {0};
  }
  if (board_of < 0 && (subj.empty() || type(subj.front()) != EntityType::Organization)) return;
  // ("welcomed back co-founder X as CTO": a welcome is a hire only as a return)
  if (in_list(k, {"welcomed", "welcomes"}) && !(k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "back")) return;

  std::vector<int> people;
  int source = -1;
  int reach = k + 8;
  for (int j = k + 1; j < n_ && j <= reach; ++j) {
    const int m = inside(j);
    if (m < 0) {
      if (is_boundary(lw_[static_cast<std::size_t>(j)]) || lw_[static_cast<std::size_t>(j)] == "by") break;
      continue;
    }
    if (type(m) == EntityType::Person && !genitive(m) && !pronoun(m)) {
      people = group_right(m);
      break;
    }
    if (type(m) == EntityType::Organization && first(m) >= 1 && lw_[static_cast<std::size_t>(first(m) - 1)] == "from") {
      source = ent(m);
      // "from Z's lab in Paris, A and B": the people follow after a comma
      for (int q = last(m) + 1; q < n_ && q <= last(m) + 6; ++q) {
        const int p = inside(q);
        if (p >= 0 && type(p) == EntityType::Person && s_.tokens[static_cast<std::size_t>(q - 1)].comma_after) {
          people = group_right(p);
          break;
        }
        if (p >= 0 && type(p) != EntityType::Organization) break;
      }
      break;
    }
    if (type(m) == EntityType::Organization && (genitive(m) || is_descriptor_org(m))) {  // "hired Y's head of sales, X", "Y co-founders A and B"
      j = last(m);
      // ("hired former Meta Llama researcher X": and the organisation's product before the title)
      if (is_descriptor_org(m) && j + 1 < n_ && inside(j + 1) >= 0 && type(inside(j + 1)) == EntityType::Product) j = last(inside(j + 1));
      continue;
    }
    // ("hired the two co-founders of Quillpad, chief executive A and chief technology officer B": the people
    // an apposition to the founders or the post names)
    if (type(m) == EntityType::Organization && first(m) >= 2 && lw_[static_cast<std::size_t>(first(m) - 1)] == "of" &&
        (is_founder_word(lw_[static_cast<std::size_t>(first(m) - 2)]) || is_title_word(lw_[static_cast<std::size_t>(first(m) - 2)])) &&
        s_.tokens[static_cast<std::size_t>(last(m))].comma_after) {
      j = last(m);
      reach = j + 4;
      continue;
    }
    break;
  }
  if (people.empty() && rel >= 0) people = {rel};
  if (people.empty()) return;
  int after = last(people.back()) + 1;
  if (const int a = skip_apposition(people.back()); a >= 0) after = a;
  if (source < 0) {
    const int src = source_after(after);
    if (src >= 0) {
      source = ent(src);
      after = last(src) + 1;
    }
  }
  std::string role = role_at(after);
  if (role.empty() && after < n_ && s_.tokens[static_cast<std::size_t>(after - 1)].comma_after) role = role_at(after);
  // "Kakao has named Seo Min-jae head of its AI division", "appointed X chief executive": the title
  // right after the person, without "as"
  if (role.empty() && (t.flags & kNeedAs) && after < n_ && inside(after) < 0 && !s_.tokens[static_cast<std::size_t>(after - 1)].comma_after &&
      (is_title_word(lw_[static_cast<std::size_t>(after)]) ||
       (is_title_filler(lw_[static_cast<std::size_t>(after)]) && !in_list(after, {"a", "an", "the", "of", "and", "its", "their", "his", "her"}) &&
        after + 1 < n_ && is_title_word(lw_[static_cast<std::size_t>(after + 1)]))))
    role = title_after(after);
  // ("has named Ana Ruiz its chief executive", "its first chief scientist": the post with its possessor)
  if (role.empty() && (t.flags & kNeedAs) && after + 1 < n_ && (inside(after) < 0 || pronoun(inside(after))) &&
      !s_.tokens[static_cast<std::size_t>(after - 1)].comma_after && in_list(after, {"its", "their", "the"})) {
    int q = after + 1;
    if (in_list(q, {"new", "first", "next"})) ++q;
    if (q < n_ && inside(q) < 0 &&
        (is_title_word(lw_[static_cast<std::size_t>(q)]) || (is_title_filler(lw_[static_cast<std::size_t>(q)]) && q + 1 < n_ &&
                                                             is_title_word(lw_[static_cast<std::size_t>(q + 1)]))))
      role = title_after(q);
  }
  if (role.empty()) {  // ", where he ran ..., to become its COO": the purpose clause may come later
    for (int j = after; j < n_ && j <= after + 14; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "to" && j + 1 < n_ && lw_[static_cast<std::size_t>(j + 1)] == "become" &&
          s_.tokens[static_cast<std::size_t>(j - 1)].comma_after) {
        role = role_at(j);
        break;
      }
  }
  // "appointed Naomi Sato, a former Naver executive, as an independent director": past an apposition
  // (a long one too: "named Lee Ji-won, a senior vice president at X who ran its electronics division, as chief executive")
  // (not a post at another organisation, "…, as chief executive of Solvane Energy America", which that organisation's is)
  for (int j = after; role.empty() && j + 1 < n_ && j <= after + 16; ++j)
    if (lw_[static_cast<std::size_t>(j)] == "as" && j >= 1 && s_.tokens[static_cast<std::size_t>(j - 1)].comma_after) {
      bool elsewhere = false;
      for (int q = j + 1; q + 1 < n_ && q <= j + 6 && inside(q) < 0; ++q)
        elsewhere = elsewhere || (in_list(q, {"of", "at"}) && inside(q + 1) >= 0);
      if (j <= after + 10 || !elsewhere) role = role_at(j);
    }
  // "Hoshizora Fire & Marine named a new chief digital officer, Hiroshi Nakagawa": the post before the person
  if (role.empty() && first(people.front()) >= k + 3 && s_.tokens[static_cast<std::size_t>(first(people.front()) - 1)].comma_after) {
    int q = k + 1;
    while (q < first(people.front()) && in_list(q, {"a", "an", "its", "their", "the", "new", "first"})) ++q;
    bool title = false, plain = true;
    for (int j = q; j < first(people.front()); ++j) {
      title = title || is_title_word(lw_[static_cast<std::size_t>(j)]);
      plain = plain && inside(j) < 0 && (is_title_word(lw_[static_cast<std::size_t>(j)]) || is_title_filler(lw_[static_cast<std::size_t>(j)]));
    }
    if (title && plain && q > k + 1) role = title_after(q);
  }
  if ((t.flags & kNeedAs) && role.empty()) return;
  // "Meta poached Arjun V, head of post-training at Mistral AI": whom a company poaches or lures leaves the
  // organisation the apposition gives the person's post at
  if (source < 0 && in_list(k, {"poached", "poaches", "poaching", "lured", "lures", "luring"}) && people.size() == 1 &&
      s_.tokens[static_cast<std::size_t>(last(people.back()))].comma_after)
    for (int j = last(people.back()) + 1; j < n_ && j <= last(people.back()) + 10; ++j) {
      const int m = inside(j);
      if (m >= 0 && type(m) == EntityType::Organization && !pronoun(m) &&
          std::none_of(subj.begin(), subj.end(), [&](int o) { return ent(o) == ent(m); })) {
        source = ent(m);
        break;
      }
      if (m >= 0) j = last(m);
      if (s_.tokens[static_cast<std::size_t>(j)].comma_after) break;
    }
  if (board_of >= 0) {
    for (int p : people)
      if (type(p) == EntityType::Person) {
        emit_ent(R::Joined, ent(p), board_of, k, kConfRelative, "en.board_appointed");
        if (!role.empty()) emit_ent(R::WorksFor, ent(p), board_of, k, kConfRelative, "en.board_appointed", role);
      }
    return;
  }
  for (int o : subj)
    for (int p : people) {
      if (type(p) != EntityType::Person || type(o) != EntityType::Organization) continue;
      emit(R::Joined, p, o, k, kConfVerb, "en.hired");
      if (source >= 0) emit_ent(R::Left, ent(p), source, k, kConfRelative, "en.hired_from");
      if (!role.empty()) emit(R::WorksFor, p, o, k, kConfRelative, "en.hired_as", role);
    }
}

// "who headed Y's models team", "ran the AI practice at Y" (left), "now runs Y's lab" (works_for).
void RulesEn::headed(int k, const Trigger& t) {
  int rel = -1;
  std::vector<int> subj = subject_of(k, rel);
  if (subj.empty() || type(subj.front()) != EntityType::Person) return;
  int org = -1;
  const int g = k + 1 < n_ ? inside(k + 1) : -1;
  if (g >= 0 && genitive(g) && type(g) == EntityType::Organization) org = g;
  // "Brandtner runs the company as chief executive", "she ran Kestrel for a decade"
  else if (g >= 0 && type(g) == EntityType::Organization && (g + 1 >= static_cast<int>(s_.mentions.size()) || first(g + 1) > last(g) + 1))
    org = g;
  else if (g < 0) {
    std::vector<int> o = object_after(k, "at", false, 8);
    if (!o.empty() && type(o.front()) == EntityType::Organization) org = o.front();
    // "led the team behind Samsung's Gauss models", "ran the speech group of Baidu": the possessor's team
    for (int j = k + 1; org < 0 && j < n_ && j <= k + 6 && !s_.tokens[static_cast<std::size_t>(j - 1)].comma_after; ++j) {
      const int m = inside(j);
      if (m < 0) continue;
      if (type(m) == EntityType::Organization && !pronoun(m) &&
          (genitive(m) || (j >= 1 && in_list(j - 1, {"of"}) && j >= 2 && in_list(j - 2, {"team", "group", "division", "unit", "lab"}))))
        org = m;
      break;
    }
  }
  if (org < 0) return;
  const std::string role = last(org) + 2 < n_ && lw_[static_cast<std::size_t>(last(org) + 1)] == "as" ? title_after(last(org) + 2) : std::string();
  for (int a : subj) emit(t.type, a, org, k, kConfRelative, "en.headed", role);
}

// A line of a call's or a panel's list of participants: "Kenji Moriyama - President and Chief Executive
// Officer" (a post at the company the document is about), "Naomi Brandt - Hokuto Securities" (where the
// person works).
void RulesEn::participant_line() {
  if (s_.mentions.empty() || n_ > 12) return;
  const int p = 0;
  // (after an honorific: "Dr Amara Eze — chief medical officer, …")
  const bool honorific = first(p) == 1 && honorific_gender(lw_[0]) != 0;
  if ((first(p) != 0 && !honorific) || type(p) != EntityType::Person || pronoun(p)) return;
  // "Tobenna Eze — chief executive, Harmattan Analytics (Lagos)": a guest's title, then the organisation and
  // its place
  if (s_.tokens[static_cast<std::size_t>(last(p))].dash_after && !s_.tokens[static_cast<std::size_t>(last(p))].comma_after &&
      last(p) + 1 < n_ && (is_title_word(lw_[static_cast<std::size_t>(last(p) + 1)]) || is_title_filler(lw_[static_cast<std::size_t>(last(p) + 1)]))) {
    int o = -1;
    for (int k = last(p) + 1; k < n_ && o < 0; ++k)
      if (inside(k) >= 0) o = inside(k);
    int after = o >= 0 ? last(o) + 1 : n_;  // (past a legal form: "Sanjeevani Diagnostics Private Limited (Bengaluru)")
    while (after < n_ && !s_.tokens[static_cast<std::size_t>(after)].paren_open_before &&
           (is_legal_form_word(lw_[static_cast<std::size_t>(after)]) || lw_[static_cast<std::size_t>(after)] == "private"))
      ++after;
    if (o < 0 || type(o) != EntityType::Organization || pronoun(o) || !s_.tokens[static_cast<std::size_t>(first(o) - 1)].comma_after ||
        !(after == n_ || s_.tokens[static_cast<std::size_t>(after)].paren_open_before))
      return;
    const std::string role = title_after(last(p) + 1);
    if (role.empty()) return;
    emit(R::WorksFor, p, o, last(p) + 1, kConfVerb, "en.participant", role);
    bool founder = false;
    for (int k = last(p) + 1; k < first(o); ++k) founder = founder || is_founder_word(lw_[static_cast<std::size_t>(k)]);
    if (founder) emit(R::Founded, p, o, last(p) + 1, kConfVerb, "en.participant");
    return;
  }
  const int dash = last(p) + 1;
  if (dash + 1 >= n_ || lw_[static_cast<std::size_t>(dash)] != "-" || s_.tokens[static_cast<std::size_t>(last(p))].comma_after) return;
  if (const int o = inside(dash + 1); o >= 0) {
    if (first(o) == dash + 1 && last(o) == n_ - 1 && type(o) == EntityType::Organization && !pronoun(o))
      emit(R::WorksFor, p, o, dash, kConfVerb, "en.participant");
    return;
  }
  if (ctx_.main_org < 0 || !is_title_word(lw_[static_cast<std::size_t>(dash + 1)])) return;
  for (int k = dash + 1; k < n_; ++k)
    if (inside(k) >= 0) return;
  const std::string role = title_after(dash + 1);
  if (!role.empty()) emit_ent(R::WorksFor, ent(p), ctx_.main_org, dash, kConfVerb, "en.participant", role);
}

// "Naver lost Cha Min-seo, who led work on HyperCLOVA X, to Samsung Electronics": the person left the
// organisation that lost them and joined the one they were lost to.
void RulesEn::lost_to(int k) {
  if (k + 1 >= n_ || is_irrealis_en(s_, k)) return;
  const int p = inside(k + 1);
  if (p < 0 || first(p) != k + 1 || type(p) != EntityType::Person) return;
  int rel = -1;
  const std::vector<int> losers = subject_of(k, rel);
  if (losers.empty() || type(losers.front()) != EntityType::Organization) return;
  // "to Y" after the people and their apposition or relative clause
  int to = -1;
  for (int j = last(p) + 1; j + 1 < n_ && j <= last(p) + 16; ++j)
    if (lw_[static_cast<std::size_t>(j)] == "to" && inside(j) < 0 && inside(j + 1) >= 0 && first(inside(j + 1)) == j + 1 &&
        (s_.tokens[static_cast<std::size_t>(j - 1)].comma_after || j == last(p) + 1)) {
      to = inside(j + 1);
      break;
    }
  if (to < 0 || type(to) != EntityType::Organization || ent(to) == ent(losers.front())) return;
  for (int a : group_right(p)) {
    if (type(a) != EntityType::Person) continue;
    emit(R::Left, a, losers.front(), k, kConfRelative, "en.lost_to");
    emit(R::Joined, a, to, k, kConfRelative, "en.lost_to");
  }
}

// "Yusuf Demirci arrived last year from Google DeepMind": the person left that organisation.
void RulesEn::arrived_from(int k) {
  int from = -1, to = -1;
  for (int j = k + 1; j + 1 < n_ && j <= k + 5; ++j) {
    // ("Kenji comes to us from Sony AI": the one the post speaks for in between; "comes to Saebyeok
    // AI from Samsung Research": the one joined, when "came" has not told it)
    if (inside(j) >= 0 && j >= 1 && lw_[static_cast<std::size_t>(j - 1)] == "to" && type(inside(j)) == EntityType::Organization &&
        !genitive(inside(j))) {
      to = inside(j);
      j = last(to);
      continue;
    }
    if (inside(j) >= 0 && !(pronoun(inside(j)) && j >= 1 && lw_[static_cast<std::size_t>(j - 1)] == "to")) break;
    if (inside(j) >= 0) continue;
    if (lw_[static_cast<std::size_t>(j)] == "from") {
      from = j;
      break;
    }
    // ("comes to Saebyeok from ...": a name after "to" that nothing else named)
    const std::string_view tt = s_.tokens[static_cast<std::size_t>(j)].text;
    if (j >= 1 && lw_[static_cast<std::size_t>(j - 1)] == "to" && !tt.empty() && tt[0] >= 'A' && tt[0] <= 'Z' &&
        !s_.tokens[static_cast<std::size_t>(j)].comma_after)
      continue;
    if (!(is_date_word(j) || in_list(j, {"last", "this", "year", "month", "week", "in", "only", "recently", "just", "to"}))) break;
  }
  // ("comes to us": the organisation the first person speaks for, as a company's post writes it)
  const bool us = to >= 0 && lw_[static_cast<std::size_t>(first(to))] == "us";
  if ((from < 0 && !us) || is_irrealis_en(s_, k)) return;
  const int o = from >= 0 ? inside(from + 1) : -1;
  if (from >= 0 && (o < 0 || type(o) != EntityType::Organization || pronoun(o))) return;
  int rel = -1;
  std::vector<int> subj = subject_of(k, rel);
  if (subj.empty() && rel >= 0) subj = {rel};
  for (int a : subj)
    if (type(a) == EntityType::Person) {
      if (o >= 0) emit(R::Left, a, o, k, kConfRelative, "en.arrived_from");
      if (to >= 0 && (!pronoun(to) || us) && (o < 0 || ent(to) != ent(o)) && (us || !in_list(k, {"came", "arrived"})))
        emit(R::Joined, a, to, k, kConfRelative, "en.arrived_from");
    }
}

// "After five years at Samsung Research, last Friday was my final day": the person left the
// organisation the sentence names (else the one the person was said to work for).
void RulesEn::final_day(int k) {
  if (k < 2 || !in_list(k - 1, {"final", "last"})) return;
  const int who = inside(k - 2);
  if (who < 0 || !genitive(who) || type(who) != EntityType::Person || is_irrealis_en(s_, k)) return;
  int org = -1, orgs = 0;
  for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
    if (type(m) == EntityType::Organization && !pronoun(m) && !genitive(m)) org = ent(m), ++orgs;
  if (orgs == 0 && ctx_.person_org)
    if (const auto it = ctx_.person_org->find(ent(who)); it != ctx_.person_org->end()) org = it->second, orgs = 1;
  if (orgs == 1) emit_ent(R::Left, ent(who), org, k, kConfRelative, "en.final_day");
}

// "X has left Preferred Networks after nine years to head partnerships at OpenAI's Tokyo office": the
// leaver took a post at the organisation of the purpose clause.
void RulesEn::to_head(int k) {
  if (k < 2 || lw_[static_cast<std::size_t>(k - 1)] != "to") return;
  const int q = departure_before(k, 12, false);
  if (q < 0 || is_irrealis_en(s_, q)) return;
  int org = -1;
  for (int j = k + 1; j < n_ && j <= k + 8 && org < 0; ++j) {
    const int m = inside(j);
    if (m < 0) {
      if (s_.tokens[static_cast<std::size_t>(j - 1)].comma_after || is_boundary(lw_[static_cast<std::size_t>(j)])) break;
      continue;
    }
    if (type(m) == EntityType::Organization && !pronoun(m) && (in_list(j - 1, {"at", "of"}) || genitive(m))) org = ent(m);
    else break;
  }
  if (org < 0) return;
  int r2 = -1;
  for (int a : subject_of(q, r2))
    if (type(a) == EntityType::Person && ent(a) != org) {
      emit_ent(R::Joined, ent(a), org, k, kConfRelative, "en.left_to_head");
      emit_ent(R::WorksFor, ent(a), org, k, kConfRelative, "en.left_to_head");
    }
}

// "returns to Kakao after a three-year stint as CTO of Dalbit Systems", "a stint at Google": a past
// post of the sentence's person.
void RulesEn::stint(int k) {
  if (is_irrealis_en(s_, k)) return;
  int org = -1;
  for (int j = k + 1; j < n_ && j <= k + 9 && org < 0; ++j) {
    const int m = inside(j);
    if (m < 0) {
      if (s_.tokens[static_cast<std::size_t>(j - 1)].comma_after) break;
      continue;
    }
    if (type(m) != EntityType::Organization || pronoun(m)) break;
    // "at Y", "with Y", "of Y", past a description ("of Seoul-based startup Y")
    int b = j - 1;
    while (b > k && inside(b) < 0 && !in_list(b, {"at", "with", "of", "in"}) && b >= j - 4) --b;
    if (b > k && in_list(b, {"at", "with", "of", "in"})) org = ent(m);
    else break;
  }
  if (org < 0) return;
  int person = -1;
  for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
    if (first(m) < k && type(m) == EntityType::Person && !genitive(m)) {
      person = m;
      break;
    }
  // ("After a stint at Anthropic, where she worked on X, Ada Obi joins …": the main clause's subject after an
  // opening phrase)
  if (person < 0 && k <= 3 && (lw_[0] == "after" || lw_[0] == "following"))
    for (int m = 0; m < static_cast<int>(s_.mentions.size()) && person < 0; ++m)
      if (first(m) > k && type(m) == EntityType::Person && !genitive(m) && !pronoun(m) && first(m) >= 1 &&
          s_.tokens[static_cast<std::size_t>(first(m) - 1)].comma_after)
        person = m;
  if (person < 0) return;
  emit_ent(R::Left, ent(person), org, k, kConfRelative, "en.stint");
  emit_ent(R::WorksFor, ent(person), org, k, kConfRound, "en.stint", title_after(k + 2));
}

// "Zhao led post-training work on Meridian's Atlas 4 model", "who led development of Halcyon-2", "who oversaw
// Hanul-2 Pro's development": a person who led the making of a product developed it.
void RulesEn::led_work_on(int k) {
  if (is_irrealis_en(s_, k)) return;
  int product = -1;
  int j = k + 1;
  if (j < n_ && lw_[static_cast<std::size_t>(j)] == "the") ++j;
  // "oversaw Hanul-2 Pro's development", "led Atlas 4's training"
  if (j < n_ && inside(j) >= 0 && first(inside(j)) == j && genitive(inside(j)) && type(inside(j)) == EntityType::Product) {
    const int after = last(inside(j)) + 1;
    if (after < n_ && in_list(after, {"development", "training", "post-training", "pretraining", "pre-training", "launch", "design"}))
      product = inside(j);
  } else {
    // "led (the) [post-training] work on / development of / research for P"
    int q = j;
    bool noun = false;
    while (q < n_ && q <= j + 3 && inside(q) < 0 && !s_.tokens[static_cast<std::size_t>(q)].comma_after) {
      if (in_list(q, {"development", "work", "post-training", "pretraining", "pre-training", "training", "engineering", "design", "research",
                      "effort", "efforts"}))
        noun = true;
      else if (noun && in_list(q, {"on", "of", "for", "behind"}))
        break;
      else if (!in_list(q, {"model", "multimodal", "safety", "inference", "technical", "core"}))
        return;
      ++q;
    }
    if (!noun || q >= n_ || !in_list(q, {"on", "of", "for", "behind"})) return;
    int p = q + 1;
    if (p < n_ && lw_[static_cast<std::size_t>(p)] == "the") ++p;
    // (past the maker's possessive: "on OpenAI's Sora video model", "on Coral's Atlas 4")
    if (p < n_ && inside(p) >= 0 && first(inside(p)) == p && genitive(inside(p)) && type(inside(p)) == EntityType::Organization)
      p = last(inside(p)) + 1;
    else if (p + 1 < n_ && inside(p) < 0 && strip_possessive(s_.tokens[static_cast<std::size_t>(p)].text).size() != s_.tokens[static_cast<std::size_t>(p)].text.size())
      ++p;
    if (p < n_ && inside(p) >= 0 && first(inside(p)) == p && type(inside(p)) == EntityType::Product) product = inside(p);
  }
  if (product < 0) return;
  int rel = -1;
  const std::vector<int> subj = subject_of(k, rel);
  for (int a : subj)
    if (type(a) == EntityType::Person) emit(R::Developed, a, product, k, kConfRelative, "en.led_work_on");
}

// "Both founders have left Quillmark", "the two co-founders quit Tessellate's board": the people the text said
// founded the company left it.
void RulesEn::founders_left(int k) {
  if (!ctx_.founders || !ctx_.person_org || is_irrealis_en(s_, k)) return;
  int f = k - 1;
  while (f >= 1 && in_list(f, {"have", "had", "has", "since", "both", "already", "now"})) --f;
  if (f < 1 || !in_list(f, {"founders", "co-founders", "cofounders"}) || inside(f) >= 0) return;
  if (!in_list(f - 1, {"both", "the", "two", "all", "its", "three"})) return;
  const std::vector<int> obj = object_after(k, "", false);
  if (obj.empty() || type(obj.front()) != EntityType::Organization) return;
  const int org = ent(obj.front());
  for (int person : *ctx_.founders)
    if (const auto it = ctx_.person_org->find(person); it != ctx_.person_org->end() && it->second == org)
      emit_ent(R::Left, person, org, k, kConfRound, "en.founders_left");
}

// "gave up a tenured associate professorship at Aalborg University", "quit his post as head of research at
// Orsted": a post given up, and the organisation it was at, after the verb at `k`; the words from `from` open
// the post. Returns whether the post was read so (a determiner, up to four words, a post's noun, then "at",
// "of" or "with" and the organisation, past a title after "as").
bool RulesEn::post_given_up(int k, int from) {
  if (from + 2 >= n_ || !in_list(from, {"his", "her", "their", "a", "an", "the", "my", "our"})) return false;
  int q = from + 1;
  while (q < n_ && q <= from + 5 && inside(q) < 0 &&
         !in_list(q, {"job", "post", "role", "position", "seat", "professorship", "chair", "lectureship", "directorship", "fellowship",
                      "career", "tenure"}))
    ++q;
  if (q >= n_ || q > from + 5 || inside(q) >= 0) return false;
  int org = -1;
  for (int r = q + 1; r + 1 < n_ && r <= q + 9 && inside(r) < 0 && !s_.tokens[static_cast<std::size_t>(r - 1)].comma_after; ++r)
    if (in_list(r, {"at", "of", "with"}) && inside(r + 1) >= 0 && first(inside(r + 1)) == r + 1 &&
        type(inside(r + 1)) == EntityType::Organization && !genitive(inside(r + 1))) {
      org = ent(inside(r + 1));
      break;
    }
  if (org < 0) return false;
  int rel = -1;
  std::vector<int> subj = subject_of(k, rel);
  if (subj.empty() && rel >= 0) subj = {rel};
  for (int a : subj)
    if (type(a) == EntityType::Person) emit_ent(R::Left, ent(a), org, k, kConfRelative, "en.post_given_up");
  return true;
}

// "X stepped down as CEO of Y", "stepped down from Y", "who stepped down in March" (the
// organisation the article is about).
void RulesEn::step_down(int k, int j) {
  int rel = -1;
  std::vector<int> subj = subject_of(k, rel);
  if (subj.empty() && rel < 0) return;
  if (subj.empty()) subj = {rel};
  if (type(subj.front()) != EntityType::Person) return;
  int org = -1;
  std::string role;
  if (j < 0) j = k + 2;  // after "stepped down"
  // ("stepped down last month as chief digital officer of X": past a time)
  while (j + 1 < n_ && inside(j) < 0 && (is_date_word(j) || in_list(j, {"last", "this", "earlier", "month", "week", "year", "in", "on", "quietly"})) &&
         !in_list(j, {"as", "from", "of"}))
    ++j;
  if (j < n_ && lw_[static_cast<std::size_t>(j)] == "as") {
    role = title_after(j + 1);
    // the title's organisation, past a description ("as chief executive of Nairobi health-AI startup
    // Tiba Signal")
    org = parse_descriptor(*this, j + 1).org;
  } else if (j + 3 < n_ && lw_[static_cast<std::size_t>(j)] == "from" && in_list(j + 1, {"her", "his", "their", "the"}) &&
             in_list(j + 2, {"role", "post", "position", "job", "seat"})) {
    // ("stepped down from her role as vice president at AWS": the post and the organisation it was at)
    int q = j + 3;
    if (in_list(q, {"as"})) role = title_after(q + 1);
    for (; q + 1 < n_ && q <= j + 12 && inside(q) < 0; ++q)
      if (in_list(q, {"at", "of", "with"}) && inside(q + 1) >= 0 && type(inside(q + 1)) == EntityType::Organization && !genitive(inside(q + 1))) {
        org = ent(inside(q + 1));
        break;
      }
    if (org < 0) return;
  } else if (j < n_ && (lw_[static_cast<std::size_t>(j)] == "from" || lw_[static_cast<std::size_t>(j)] == "of")) {
    std::vector<int> o = object_after(j, "", false);
    if (!o.empty() && type(o.front()) == EntityType::Organization) org = ent(o.front());
    // ("stepped down from our board", "from Kestrel's board": the board's company)
    const int g = j + 1 < n_ ? inside(j + 1) : -1;
    if (org < 0 && g >= 0 && first(g) == j + 1 && genitive(g) && type(g) == EntityType::Organization && last(g) + 1 < n_ &&
        in_list(last(g) + 1, {"board", "team", "company", "lab"}))
      org = ent(g);
  }
  // (no organisation named: the one the person was said to found, join or work for, else the one
  // the article is about: "Brandvold, who founded Ferrovia, ... She resigned as chief executive")
  if (org < 0 && !role.empty() && ctx_.person_org)
    if (const auto it = ctx_.person_org->find(ent(subj.front())); it != ctx_.person_org->end()) org = it->second;
  if (org < 0) org = ctx_.main_org;
  if (org < 0) return;
  for (int a : subj) {
    emit_ent(R::Left, ent(a), org, k, kConfRelative, "en.stepped_down");
    if (!role.empty()) emit_ent(R::WorksFor, ent(a), org, k, kConfRelative, "en.stepped_down", role);  // the post held
  }
}

// "G42, the AI group chaired by X", "the new unit of Meta run by X": X heads the organisation.
void RulesEn::led_by(int k, int by) {
  int rel = -1;
  std::vector<int> patient = subject_of(k, rel);
  if (patient.empty() || type(patient.front()) != EntityType::Organization) return;
  int org = patient.front();
  if (first(org) >= 1 && lw_[static_cast<std::size_t>(first(org) - 1)] == "of") {
    // "X, the new unit of Meta run by Y": the apposition's head
    for (int c = first(org) - 2; c >= 0 && c >= first(org) - 8; --c)
      if (s_.tokens[static_cast<std::size_t>(c)].comma_after) {
        const int h = ending_at(c);
        if (h >= 0 && type(h) == EntityType::Organization) org = h;
        break;
      }
  }
  for (int a : object_after(by, "", false))
    if (type(a) == EntityType::Person) emit(R::WorksFor, a, org, k, kConfRelative, "en.led_by");
}

// "The other two co-founders are A, who ..., and B", "Its founders are A and B": the company in
// focus (or the possessor) was founded by them.
void RulesEn::founders_are(int k) {
  if (k + 2 >= n_ || !in_list(k + 1, {"are", "were"}) || is_irrealis_en(s_, k)) return;
  const int a = inside(k + 2);
  if (a < 0 || type(a) != EntityType::Person || first(a) != k + 2) return;
  int org = -1;
  for (int j = k - 1; j >= 0 && j >= k - 4; --j)
    if (inside(j) >= 0) {
      if (genitive(inside(j)) && type(inside(j)) == EntityType::Organization) org = ent(inside(j));
      break;
    }
  if (org < 0) org = ctx_.previous_topic >= 0 && ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization
                         ? ctx_.previous_topic
                         : ctx_.main_org;
  if (org < 0) return;
  for (int p : group_right(a))
    if (type(p) == EntityType::Person) emit_ent(R::Founded, ent(p), org, k, kConfRelative, "en.founders_are");
}

// "Her co-founder is Park Tae-hoon", "Deepgrove's other co-founder was X": X founded the possessor's
// company (the company itself, or the one the person was said to found or work for).
void RulesEn::co_founder_is(int k) {
  if (k < 1 || k + 2 >= n_ || !in_list(k + 1, {"is", "was"}) || is_irrealis_en(s_, k)) return;
  const int who = inside(k + 2);
  if (who < 0 || first(who) != k + 2 || type(who) != EntityType::Person) return;
  int owner = inside(k - 1);
  if (owner < 0 && k >= 2 && in_list(k - 1, {"other", "fellow"})) owner = inside(k - 2);
  if (owner < 0 || !genitive(owner)) return;
  int org = -1;
  if (type(owner) == EntityType::Organization) org = ent(owner);
  else if (type(owner) == EntityType::Person && ctx_.person_org)
    if (const auto it = ctx_.person_org->find(ent(owner)); it != ctx_.person_org->end()) org = it->second;
  if (org >= 0) emit_ent(R::Founded, ent(who), org, k, kConfRelative, "en.co_founder_is");
}

// "Kamau has joined Vellan's executive committee as chief Africa officer": joining a body of the
// organisation is joining the organisation.
void RulesEn::joined_body(int k) {
  if (k + 2 >= n_ || is_irrealis_en(s_, k)) return;
  const int o = inside(k + 1);
  if (o < 0 || first(o) != k + 1 || !genitive(o) || pronoun(o) || type(o) != EntityType::Organization) return;
  int q = last(o) + 1;
  while (q < n_ && q <= last(o) + 2 && inside(q) < 0 && in_list(q, {"executive", "advisory", "leadership", "management", "research"})) ++q;
  if (q >= n_ || inside(q) >= 0 || !in_list(q, {"board", "committee", "team", "council"})) return;
  int rel = -1;
  std::vector<int> subj = subject_of(k, rel);
  if (subj.empty() && rel >= 0) subj = {rel};
  const int as = q + 1 < n_ && in_list(q + 1, {"as"}) ? q + 1 : -1;
  const std::string role = as >= 0 ? title_after(as + 1) : std::string();
  for (int a : subj) {
    if (type(a) != EntityType::Person) continue;
    emit(R::Joined, a, o, k, kConfRelative, lw_[static_cast<std::size_t>(q)] == "board" ? "en.joined_board_of" : "en.joined_body");
    if (!role.empty()) emit(R::WorksFor, a, o, k, kConfRelative, "en.joined_body", role);
  }
}

}  // namespace inmaek::extract::rules_en
