// English reference resolution: pronouns and nominal references ("he", "its", "the company", "the
// Paris-based startup", "we" in a quotation) resolved to the entities they name.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_state_internal.h"
#include "extract/english_words.h"

namespace inmaek::extract {
namespace {

// "Microsoft had approached the startup": the organisation at mention `a` is the subject of a verb
// whose object is the reference at token `ref`, so it is not what the reference names.
bool subject_of_verb_before(const Sentence& s, const Mention& a, int ref) {
  int k = a.last + 1;
  auto word = [&](int j) { return en::lower(s.tokens[static_cast<std::size_t>(j)].text); };
  // "Granite Peak, which led the startup's Series A": the relative clause's verb acts too
  int from = a.last;
  if (s.tokens[static_cast<std::size_t>(a.last)].comma_after && k + 1 < ref && (word(k) == "which" || word(k) == "that"))
    from = ++k;
  // "Mbeki Scan, a Johannesburg-based imaging company, was acquired by the company": past an
  // apposition that names nothing
  const bool relative = from != a.last;
  if (!relative && s.tokens[static_cast<std::size_t>(a.last)].comma_after && k < ref && (word(k) == "a" || word(k) == "an")) {
    int j = k;
    while (j < ref && !s.tokens[static_cast<std::size_t>(j)].comma_after && s.inside[static_cast<std::size_t>(j)] < 0) ++j;
    if (j < ref && s.inside[static_cast<std::size_t>(j)] < 0 && j <= k + 6) from = k = j + 1;
  }
  for (int j = from; j < ref; ++j)
    if (s.tokens[static_cast<std::size_t>(j)].comma_after) return false;
  while (k < ref && (word(k) == "had" || word(k) == "has" || word(k) == "have" || word(k) == "also" || word(k) == "later" ||
                     word(k) == "reportedly" || word(k) == "then" || word(k) == "recently" || word(k) == "still" ||
                     word(k) == "already"))
    ++k;
  // a passive whose agent is the reference: "X was acquired by the company" is not the company acquiring
  // itself (but "Arclight, which was founded in 2021 ... invested in the company" is Arclight)
  if (!relative && k + 2 < ref && ref <= k + 6 && (word(k) == "was" || word(k) == "were") && word(ref - 1) == "by") {
    const std::string p = word(k + 1);  // "was acquired [in 2024] by the company"
    return p.size() > 2 && (p.compare(p.size() - 2, 2, "ed") == 0 || p == "bought");
  }
  if (k >= ref) return false;
  const std::string v = word(k);
  if (v == "that" || v == "which" || v == "who" || v == "and" || v == "in" || v == "at" || v == "for" || v == "after") return false;
  // "Corvane also announced that X has joined the company": a company reporting acts on nothing
  if (v == "announced" || v == "said" || v == "confirmed" || v == "disclosed" || v == "noted" || v == "revealed" ||
      v == "stated" || v == "added" || v == "reported")
    return false;
  return v.size() > 2 && (v.compare(v.size() - 2, 2, "ed") == 0 || v == "led" || v == "bought" || v == "sold" || v == "hired" ||
                          v == "told" || v == "sued" || v == "met" || v == "beat" || v == "took" || v == "takes" || v == "won" ||
                          // "X still holds a minority stake in the company": present tense too
                          v == "holds" || v == "owns" || v == "backs" || v == "funds" || v == "controls" || v == "acquires" ||
                          v == "buys");
}

// A fund by its name: "Byeolbit Capital", "Northzone Ventures", "Isar Growth Partners".
// An armed force, a ministry, a government body, a university or a stock exchange by its name's last word: "U.S. Army",
// "Ministry of Defence" (its first word), "Army Futures Command", "Korea Exchange".
bool is_public_body(const std::string& name) {
  const std::size_t sp = name.rfind(' ');
  const std::string last = en::lower(sp == std::string::npos ? name : name.substr(sp + 1));
  const std::string first = en::lower(name.substr(0, name.find(' ')));
  return en::is_any(last, {"army", "navy", "force", "forces", "corps", "marines", "command", "ministry", "government", "department",
                           "university", "agency", "administration", "commission", "council", "exchange"}) ||
         en::is_any(first, {"ministry", "department", "university"}) ||
         // (a stock market or an international body: "a listing on Korea's KOSDAQ market")
         en::is_any(en::lower(name), {"nasdaq", "kosdaq", "nyse", "oecd", "krx"});
}

bool looks_like_investor(const LocalEntity& e) {
  return std::any_of(e.names.begin(), e.names.end(), [](const Alias& a) { return en::looks_like_fund_name(a.text); });
}

// The organisation an English reference names ("the company", "the Paris-based startup", "its",
// "it"): an organisation earlier in the same sentence (for "its" the sentence's subject, else the
// nearest; for nominals the nearest that is not the subject acting on it), else the subject of the
// previous sentence when it was an organisation, else the organisation the document is about.
// Mention m stands inside parentheses: an aside ("Ngozi Eze (CEO, formerly at Flutterwave)").
// "we", "our", "us": a first-person reference to a company.
static bool first_person_org(const Sentence& s, const Mention& m) {
  return m.pronoun && en::is_any(en::lower(s.tokens[static_cast<std::size_t>(m.first)].text), {"we", "our", "us"});
}

static bool in_parens(const Sentence& s, const Mention& m) {
  for (int k = m.first; k >= 0; --k) {
    if (k < m.first && s.tokens[static_cast<std::size_t>(k)].close_after) return false;
    if (s.tokens[static_cast<std::size_t>(k)].paren_open_before) return true;
  }
  return false;
}

int org_reference_en(const Sentence& s, const DocState& st, const PronounHit& p, const PreviousSentence& previous) {
  const int previous_subject = previous.subject_org;
  auto is_org = [&](const Mention& m) { return st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization; };
  const bool nominal = p.last > p.first;
  const std::string w = en::lower(s.tokens[static_cast<std::size_t>(p.first)].text);
  // ("Saiga bought Sozly, a chatbot startup, for $38m and made its co-founder, Dinara Abenova, …": the founders of the
  // company the same sentence said was bought, not of the buyer)
  if (w == "its" && p.last + 1 < static_cast<int>(s.tokens.size()) &&
      en::is_any(en::lower(s.tokens[static_cast<std::size_t>(p.last + 1)].text), {"founder", "founders", "co-founder", "co-founders", "cofounder", "cofounders"})) {
    int bought = -1;
    for (int k = 0; k < p.first && bought < 0; ++k)
      if (s.inside[static_cast<std::size_t>(k)] < 0 && en::is_any(en::lower(s.tokens[static_cast<std::size_t>(k)].text), {"bought", "acquired", "buys", "acquires"}))
        for (const Mention& a : s.mentions)
          if (a.first == k + 1 && !a.pronoun && is_org(a)) bought = a.entity;
    if (bought >= 0) return bought;
  }
  int acting = -1;
  bool skipped_past = false;  // a person's past employer was passed over: the previous subject, not the last one funded
  // "the Chilean bank's", "The Seoul startup": the organisation the text placed there, when the text called it
  // by that kind or by none that differs ("Korean voice startup Maru" is no "Korean carrier")
  auto placed_org = [&]() {
    if (!nominal || p.place.empty()) return -1;
    // (not an apposition, which describes the name before it: "Sakana AI, the Tokyo startup co-founded by …")
    if (p.role != Role::Genitive && p.first >= 1 && s.tokens[static_cast<std::size_t>(p.first - 1)].comma_after && s.inside[static_cast<std::size_t>(p.first - 1)] >= 0)
      return -1;
    const auto it = st.place_org.find(en::country_of(p.place));
    if (it == st.place_org.end()) return -1;
    const std::string kind = kind_noun(s.tokens[static_cast<std::size_t>(p.last)].text);
    bool other_kinds = false, this_kind = false;
    for (const auto& [k, orgs] : st.kind_orgs)
      if (!k.empty() && k[0] != '=' && orgs.count(it->second)) (k == kind ? this_kind : other_kinds) = true;
    return this_kind || !other_kinds || en::is_any(kind, {"company", "firm", "startup", "business"}) ? it->second : -1;
  };
  if (const int placed = placed_org(); placed >= 0) return placed;
  // "the institute", "the university's": the organisation last named with that word in its name
  if (nominal) {
    const std::string head = std::string(en::strip_possessive(en::lower(s.tokens[static_cast<std::size_t>(p.last)].text)));
    if (head == "institute" || head == "university" || head == "foundation" || head == "academy" || head == "ministry" ||
        head == "agency" || head == "bank") {
      const int named = st.last_mentioned_if(EntityType::Organization, [&](int e) {
        for (const Alias& a : st.entities[static_cast<std::size_t>(e)].names) {
          const std::string l = " " + en::lower(a.text) + " ";
          if (l.find(" " + head + " ") != std::string::npos) return true;
          // (in other languages too: "Instituto Ñandú", "Universidad de Buenos Aires")
          if (head == "institute" && (l.find(" instituto ") != std::string::npos || l.find(" institut ") != std::string::npos)) return true;
          if (head == "university" && (l.find(" universidad ") != std::string::npos || l.find(" universidade ") != std::string::npos ||
                                       l.find(" universität ") != std::string::npos || l.find(" université ") != std::string::npos))
            return true;
        }
        return false;
      });
      if (named >= 0) return named;
    }
  }
  // "Okonkwo Hartley, the 420-lawyer firm ... The firm has hired X": the one organisation the text called
  // by that noun, when it is what the text is about (not "company" or "startup", which the text may call
  // any organisation it is about; not "the Alphabet-owned lab", an owner's unit)
  if (nominal && p.owner_token < 0) {
    const std::string head = kind_noun(s.tokens[static_cast<std::size_t>(p.last)].text);
    // (and no other organisation's name ends in it: "Halcyon Works, a London-based lab" beside "Kaveri Labs")
    const auto named = st.kind_orgs.find("=" + head);
    // the reference is what a person leaves ("left the firm"); an organisation other than `except` named before it
    const bool leaving = p.first >= 1 && en::is_any(s.tokens[static_cast<std::size_t>(p.first - 1)].text,
                                                     {"left", "leaving", "quit", "quitting", "departed", "exited"});
    auto other_named_before = [&](int except) {
      return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& a) {
        return a.first < p.first && !a.pronoun && a.role != Role::Genitive && is_org(a) && a.entity != except;
      });
    };
    // (of several so called, the one named just before, which a person leaves: "hired Priya Sharma, co-founder of
    // Sharma Katz Partners, the consulting firm that advised it ... Sharma left the firm this month")
    if (const auto it = st.kind_orgs.find(head); head != "company" && head != "startup" && it != st.kind_orgs.end() && leaving) {
      // (or the one named after the person who leaves it: "Kapoor left the firm" of Kapoor Stein Partners)
      int just = -1, count = 0, own = -1, owns = 0;
      std::string surname;
      for (const Mention& a : s.mentions)
        if (a.first < p.first && st.entities[static_cast<std::size_t>(a.entity)].type == EntityType::Person) {
          const std::string& pn = st.entities[static_cast<std::size_t>(a.entity)].name;
          surname = pn.substr(pn.rfind(' ') + 1);
          break;
        }
      for (const int e : it->second) {
        if (st.mentioned_within(e, 4)) just = e, ++count;
        const std::string& on = st.entities[static_cast<std::size_t>(e)].name;
        if (surname.size() >= 3 && (on.starts_with(surname + " ") || on.find(" " + surname + " ") != std::string::npos)) own = e, ++owns;
      }
      if (owns == 1 && !other_named_before(-1)) return own;
      if (count == 1 && !other_named_before(-1)) return just;
    }
    if (const auto it = st.kind_orgs.find(head); head != "company" && head != "startup" && it != st.kind_orgs.end() && it->second.size() == 1) {
      const int kind = *it->second.begin();
      const bool alone = named == st.kind_orgs.end() || std::all_of(named->second.begin(), named->second.end(), [&](int e) { return e == kind; });
      // (nor when the sentence's subject is another organisation: "Lingxi was founded by A and B, who is now
      // the firm's chief scientist" beside "investment firm HongShan")
      // (the subject read as the sentence's opening name: subjects are marked after references)
      const bool other_subject = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& a) {
        return a.first <= 1 && a.first < p.first && !a.pronoun && a.role != Role::Genitive && is_org(a) && a.entity != kind;
      });
      // (nor the firm a person leaves after the sentence named where the person worked: "spent eight years at
      // Clifford Chance before leaving the firm")
      if (alone && !other_subject && !(leaving && other_named_before(kind)) && (kind == previous_subject || kind == st.main_entity(EntityType::Organization) || st.subject_count(kind) >= 1))
        return kind;
    }
  }
  // "A and B also took part, alongside existing backer C, which led the company's Series A": whose round
  // it was is the company last funded, not one of the investors the sentence lists before it
  if (nominal && p.role == Role::Genitive && st.young_org >= 0 && p.last + 1 < static_cast<int>(s.tokens.size()) &&
      en::is_any(en::lower(s.tokens[static_cast<std::size_t>(p.last + 1)].text), {"series", "seed", "pre-seed", "round", "funding"})) {
    bool funded_named = false;  // (unless the company last funded is named before it: "X said the company's seed …")
    for (const Mention& a : s.mentions) funded_named = funded_named || (a.first < p.first && a.entity == st.young_org);
    if (!funded_named) return st.young_org;
  }
  // "Achterberg, who ran the robotics division at Bosch, said the company had signed ...": what a
  // person says "the company" did is the company the person speaks for, not one in the clause before
  if (nominal && p.first >= 2) {
    const std::string said = en::lower(s.tokens[static_cast<std::size_t>(p.first - 1)].text);
    if (said == "said" || said == "says" || said == "added" || said == "noted") {
      int speaker = -1;
      for (const Mention& a : s.mentions)
        if (a.first < p.first && !a.pronoun && st.entities[static_cast<std::size_t>(a.entity)].type == EntityType::Person &&
            (speaker < 0 || a.first < s.mentions[static_cast<std::size_t>(speaker)].first))
          speaker = static_cast<int>(&a - s.mentions.data());
      if (speaker >= 0 && s.mentions[static_cast<std::size_t>(speaker)].first == 0) {
        const auto it = st.person_org.find(s.mentions[static_cast<std::size_t>(speaker)].entity);
        if (it != st.person_org.end()) return it->second;
      }
    }
  }
  // "Tomas Berg co-founded Arkwave. He started it in Oslo": the company a founding verb's "it" names
  // is the one the previous sentence named, else the company of a founder named before it ("My
  // co-founder, Joaquín Paredes, and I started it", she being Cauce AI's co-founder); else none
  if (w == "it" && p.role == Role::Object) {
    // ("X co-founded Tamarind AI in 2021 and left it in 2024": the organisation the same sentence named
    // last, when no organisation is its subject)
    const Mention* named = nullptr;
    bool org_subject = false;
    for (const Mention& a : s.mentions)
      if (a.first < p.first && is_org(a)) {
        org_subject = org_subject || a.role == Role::Subject;
        // (or called by a noun: "who has led the company since he started it")
        if ((!a.pronoun || a.last > a.first) && a.role != Role::Genitive && (!named || a.first > named->first)) named = &a;
      }
    if (named && !org_subject) return named->entity;
    if (previous.own_org >= 0) return previous.own_org;
    for (const Mention& a : s.mentions)
      if (a.first < p.first && st.entities[static_cast<std::size_t>(a.entity)].type == EntityType::Person)
        if (const auto it = st.person_org.find(a.entity); it != st.person_org.end()) return it->second;
    return -1;
  }
  if (w == "it") {  // "Nvidia said it had acquired": the first organisation of the sentence
    // (in text order: a nominal reference found before is appended after the names)
    const Mention* opening = nullptr;
    for (const Mention& a : s.mentions)
      if (a.first < p.first && a.role != Role::Genitive && is_org(a) && (!opening || a.first < opening->first)) opening = &a;
    if (opening) return opening->entity;
    // ("The deal is Mistral's second acquisition, after it bought X": the only one, a possessor)
    int possessor = -1, count = 0;
    for (const Mention& a : s.mentions)
      if (a.first < p.first && is_org(a) && !a.pronoun && a.entity != possessor) possessor = a.entity, ++count;
    if (count == 1) return possessor;
    // ("Murati left OpenAI and founded the lab in February. In July it raised …": the company the
    // previous sentence told the founding of, when no company was its subject)
    if (st.previous_founded >= 0 && previous_subject < 0 && p.role == Role::Subject) return st.previous_founded;
    // ("Next47 and HV Capital also participated. It had previously raised a seed round": what raises money is
    // the company last funded, not the investors of the sentence before)
    if (p.role == Role::Subject && st.young_org >= 0 && previous_subject >= 0 && previous_subject != st.young_org)
      for (int k = p.last + 1; k < static_cast<int>(s.tokens.size()) && k <= p.last + 4; ++k)
        if (en::is_any(en::lower(s.tokens[static_cast<std::size_t>(k)].text), {"raised", "raises", "secured", "closed"})) {
          bool investor = false;  // (the previous subject put money in: "X led the round. It ...")
          for (const auto& [a, b] : st.previous_investments) investor = investor || a == previous_subject;
          if (investor) return st.young_org;
          break;
        }
  } else {
    // the mentions so far, pronouns included (they are appended as they are found), in text order
    // (not the company "we" is, for a nominal reference: "When we first met Lakshmi, the company had …"; but
    // "X, the company's co-founder" after "our" is the speaker's company)
    std::vector<const Mention*> before;
    for (const Mention& a : s.mentions)
      if (a.first < p.first && !(nominal && p.role != Role::Genitive && first_person_org(s, a)))
        before.push_back(&a);
    std::sort(before.begin(), before.end(), [](const Mention* a, const Mention* b) { return a->first < b->first; });
    // "before leaving to start the company", "Founded in 2022 by A, a former Google researcher, the
    // company builds ...": the company founded is not one named earlier in the sentence
    const std::string prev_word = p.first >= 1 ? en::lower(s.tokens[static_cast<std::size_t>(p.first - 1)].text) : std::string();
    const std::string first_word = en::lower(s.tokens[0].text);
    // ("who left Alphabet-owned Google DeepMind in November to join the startup": nor the one left)
    const bool to_found = en::is_any(prev_word, {"start", "found", "co-found", "cofound", "launch", "build", "join"}) && p.first >= 2 &&
                          en::lower(s.tokens[static_cast<std::size_t>(p.first - 2)].text) == "to";
    // (unless the sentence opens on that company: "Vellum was founded in 2020 by X, who left CMU that year
    // to start the company" — its first company that no verb or preposition took, not "left CMU")
    if (nominal && to_found) {
      int left_at = p.first;  // the first word of leaving, if any
      for (int k = 0; k < p.first && left_at == p.first; ++k)
        if (en::is_any(en::lower(s.tokens[static_cast<std::size_t>(k)].text), {"left", "quit", "departed", "leaving", "exited"})) left_at = k;
      for (const Mention* a : before) {
        // (the sentence's first name only: "Ahn spent years at Gray Birch Trading before leaving to start the
        // company" started none of Gray Birch)
        if (a != before.front()) break;
        const std::string before_a = a->first >= 1 ? en::lower(s.tokens[static_cast<std::size_t>(a->first - 1)].text) : std::string();
        if (!a->pronoun && is_org(*a) && a->role != Role::Genitive && a->first < left_at &&
            !en::is_any(before_a, {"left", "quit", "from", "at", "of", "by", "with", "joined", "in", "for", "to"}))
          return a->entity;
      }
    }
    if (nominal && (to_found ||
                    (p.first >= 1 && s.tokens[static_cast<std::size_t>(p.first - 1)].comma_after &&
                     (first_word == "founded" || first_word == "co-founded" || first_word == "based" || first_word == "headquartered" ||
                      first_word == "backed" || first_word == "launched" || first_word == "started" || first_word == "spun"))))
      before.clear();
    auto after_preposition = [&](const Mention& a) {
      if (a.first == 0) return false;
      const std::string prev = en::lower(s.tokens[static_cast<std::size_t>(a.first - 1)].text);
      return prev == "with" || prev == "by" || prev == "in" || prev == "at" || prev == "from" || prev == "to" || prev == "of" ||
             prev == "for" || prev == "on";
    };
    // ("from Nissan, which has licensed Wayve's driving software for its ProPilot system": the organisation a
    // relative clause holding "its" is about)
    if (w == "its")
      for (int k = p.first - 1; k >= 1 && k >= p.first - 10; --k) {
        const std::string kw = en::lower(s.tokens[static_cast<std::size_t>(k)].text);
        // (not a verb acting on another company: "Lumen Ridge, which led its seed round" is the company funded)
        if (s.tokens[static_cast<std::size_t>(k)].comma_after || en::is_any(kw, {"and", "but", "while", "who", "said"}) ||
            en::is_any(kw, {"led", "co-led", "backed", "invested", "funded", "joined", "acquired", "bought", "took", "holds", "sold", "owns",
                            "owned", "founded", "co-founded", "runs", "ran"}))
          break;
        if (kw != "which") continue;
        const int m = s.tokens[static_cast<std::size_t>(k - 1)].comma_after ? s.inside[static_cast<std::size_t>(k - 1)] : -1;
        if (m >= 0 && is_org(s.mentions[static_cast<std::size_t>(m)]) && s.mentions[static_cast<std::size_t>(m)].role != Role::Genitive &&
            !s.mentions[static_cast<std::size_t>(m)].pronoun)
          return s.mentions[static_cast<std::size_t>(m)].entity;
        break;
      }
    // ("LG has its EXAONE family, Upstage sells its Solar model, and Naver has its own": the organisation
    // that opens the clause, a few words before "its")
    if (w == "its" && !before.empty()) {
      const Mention& a = *before.back();
      const std::string opener = a.first >= 1 ? en::lower(s.tokens[static_cast<std::size_t>(a.first - 1)].text) : std::string();
      const bool clause_start = a.first >= 1 && (s.tokens[static_cast<std::size_t>(a.first - 1)].comma_after || en::is_any(opener, {"and", "while", "but", "whereas"}));
      bool verb_only = p.first - a.last <= 4;
      for (int k = a.last + 1; verb_only && k < p.first; ++k)
        verb_only = s.inside[static_cast<std::size_t>(k)] < 0 && !s.tokens[static_cast<std::size_t>(k)].comma_after && s.tokens[static_cast<std::size_t>(k)].text[0] >= 'a' &&
                    !en::is_any(en::lower(s.tokens[static_cast<std::size_t>(k)].text), {"with", "by", "of", "from", "to", "in", "at", "for", "and", "that", "which", "who"});
      // (not a post: "Meta instead hired away its co-founder" is the other company's)
      const std::string next = p.last + 1 < static_cast<int>(s.tokens.size()) ? en::lower(s.tokens[static_cast<std::size_t>(p.last + 1)].text) : std::string();
      if (clause_start && verb_only && !s.tokens[static_cast<std::size_t>(a.last)].comma_after && is_org(a) && !a.pronoun && a.role != Role::Genitive &&
          before.front() != &a && !en::is_title_word(next) && !en::is_founder_word(next))
        return a.entity;
    }
    if (!nominal && !before.empty() && before.front()->role != Role::Genitive && is_org(*before.front()) &&
        !after_preposition(*before.front()))
      return before.front()->entity;  // "Halcyon is building a model that checks its own answers"
    // "... from A, B and existing backer C, the company said": a member of a list is not the speaker
    const bool reporting = p.last + 1 < static_cast<int>(s.tokens.size()) &&
                           (en::lower(s.tokens[static_cast<std::size_t>(p.last + 1)].text) == "said" ||
                            en::lower(s.tokens[static_cast<std::size_t>(p.last + 1)].text) == "says");
    auto listed = [&](const Mention& a) {
      int b = a.first - 1;
      while (b >= 0 && (en::is_title_word(en::lower(s.tokens[static_cast<std::size_t>(b)].text)) ||
                        en::lower(s.tokens[static_cast<std::size_t>(b)].text) == "existing" ||
                        en::lower(s.tokens[static_cast<std::size_t>(b)].text).find("-based") != std::string::npos))  // "and Lisbon-based X"
        --b;
      return b >= 0 && (en::lower(s.tokens[static_cast<std::size_t>(b)].text) == "and" || s.tokens[static_cast<std::size_t>(b)].comma_after);
    };
    // ("Shopify Magic, the company's suite of tools": a product named after its maker describes the maker's)
    if (nominal && p.role == Role::Genitive && p.first >= 2 && s.tokens[static_cast<std::size_t>(p.first - 1)].comma_after) {
      const int d = s.inside[static_cast<std::size_t>(p.first - 1)];
      if (d >= 0 && st.entities[static_cast<std::size_t>(s.mentions[static_cast<std::size_t>(d)].entity)].type == EntityType::Product) {
        const std::string& pn = st.entities[static_cast<std::size_t>(s.mentions[static_cast<std::size_t>(d)].entity)].name;
        const std::size_t sp = pn.find(' ');
        if (sp != std::string::npos)
          // (named in the sentence too: "Tremblay joins Shopify ... into Shopify Magic, the company's suite")
          if (const int maker = st.entity_named(pn.substr(0, sp));
              maker >= 0 && st.entities[static_cast<std::size_t>(maker)].type == EntityType::Organization &&
              std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& a) { return a.entity == maker && !a.pronoun; }))
            return maker;
      }
    }
    // "Naver Cloud, the group's cloud unit": a group's possessive in an apposition names another
    // organisation than the one it describes
    const Mention* described = nullptr;
    const std::string head = std::string(en::strip_possessive(en::lower(s.tokens[static_cast<std::size_t>(p.last)].text)));
    if (nominal && p.role == Role::Genitive && p.first >= 1 && s.tokens[static_cast<std::size_t>(p.first - 1)].comma_after &&
        (head == "group" || head == "conglomerate" || head == "giant" || head == "company" || head == "firm" ||
         // ("Intel Capital, the chipmaker's venture arm")
         en::is_any(head, {"chipmaker", "automaker", "carmaker", "drugmaker", "bank", "insurer", "lender", "telecom", "carrier", "retailer",
                           "publisher", "broadcaster", "maker", "operator"})))
      for (const Mention* a : before)
        if (a->last == p.first - 1 && is_org(*a)) described = a;
    if (described) {
      // the organisation whose name begins as the described one's does ("Google Brain, the search
      // giant's research team": Google; "Naver Cloud, the group's unit": Naver), else none
      const std::string& dn = st.entities[static_cast<std::size_t>(described->entity)].name;
      const std::string first_word = dn.substr(0, dn.find(' '));
      // ("Google Brain, the company's research unit": the company the text was about, else as above)
      const bool company = head == "company" || head == "firm";
      const int about = company && previous.subject_org != described->entity ? previous.subject_org : -1;
      if (first_word.size() == dn.size()) return about;
      // (several: for "the group's", the one named as a group or holding company)
      std::vector<int> found, groups;
      for (std::size_t e = 0; e < st.entities.size(); ++e) {
        if (static_cast<int>(e) == described->entity || st.entities[e].type != EntityType::Organization) continue;
        bool begins = false, group = false;
        for (const Alias& a : st.entities[e].names) {
          begins = begins || a.text == first_word || a.text.rfind(first_word + " ", 0) == 0;
          const std::size_t sp = a.text.rfind(' ');
          const std::string last = sp == std::string::npos ? std::string() : a.text.substr(sp + 1);
          group = group || last == "Group" || last == "Holding" || last == "Holdings";
        }
        if (!begins) continue;
        found.push_back(static_cast<int>(e));
        if (group) groups.push_back(static_cast<int>(e));
      }
      if (found.size() == 1) return found.front();
      if (head != "giant" && groups.size() == 1) return groups.front();
      return about;
    }
    // "Camille Robert, a researcher who worked at Anthropic, has joined the start-up": an organisation
    // inside an apposition to a person describes that person's past, it is not the one the person joins
    // (but "X, a former Microsoft VP, returned to the company" / "has left the company" is that one)
    const std::string verb_before = p.first >= 1 ? en::lower(s.tokens[static_cast<std::size_t>(p.first - 1)].text) : std::string();
    // (and founds: "Founders A, formerly of Google Research, and B started the company in 2023")
    const bool joins = verb_before == "joined" || verb_before == "joins" || verb_before == "join" || verb_before == "joining" ||
                       verb_before == "started" || verb_before == "founded" || verb_before == "co-founded" ||
                       verb_before == "launched";
    auto in_person_apposition = [&](const Mention& a) {
      if (!joins) return false;
      int open = -1, close = -1;
      for (int k = a.first - 1; k >= 0; --k)
        if (s.tokens[static_cast<std::size_t>(k)].comma_after) {
          open = k;
          break;
        }
      for (int k = a.last; k < p.first; ++k)
        if (s.tokens[static_cast<std::size_t>(k)].comma_after) {
          close = k;
          break;
        }
      // ("Sung Kim, a former professor at HKUST who co-founded the company": a relative clause of the
      // apposition holds the reference)
      for (int k = a.last + 1; close < 0 && k < p.first; ++k)
        if (en::lower(s.tokens[static_cast<std::size_t>(k)].text) == "who") close = k;
      if (open < 0 || close < 0 || open + 1 >= static_cast<int>(s.tokens.size())) return false;
      const int head = s.inside[static_cast<std::size_t>(open)];
      const std::string w = en::lower(s.tokens[static_cast<std::size_t>(open + 1)].text);
      return head >= 0 && st.entities[static_cast<std::size_t>(s.mentions[static_cast<std::size_t>(head)].entity)].type == EntityType::Person &&
             (w == "a" || w == "an" || w == "the" || w == "who" || en::is_former_word(w) || en::is_title_word(w));
    };
    // ("Soribox's early backers, including A, B and C, which together had put money into the company":
    // the company the backers are of)
    if (nominal && (verb_before == "into" || verb_before == "in"))
      for (const Mention* a : before)
        if (is_org(*a) && a->role == Role::Genitive && !a->pronoun)
          for (int q = a->last + 1; q <= a->last + 2 && q < p.first; ++q)
            if (en::is_any(s.tokens[static_cast<std::size_t>(q)].text, {"backers", "investors", "shareholders"})) return a->entity;
    // ("X, who left Translated in 2023 to co-found Vocabella, has rejoined the Rome-based company": the company
    // a return goes to is the one left, not the one founded in between)
    const bool returning = verb_before == "rejoined" || verb_before == "rejoins" || verb_before == "rejoin" ||
                           (verb_before == "to" && p.first >= 2 &&
                            en::is_any(en::lower(s.tokens[static_cast<std::size_t>(p.first - 2)].text), {"returned", "returns", "back"}));
    if (nominal && returning)
      for (const Mention* a : before)
        if (is_org(*a) && !a->pronoun && a->first >= 1 &&
            en::is_any(en::lower(s.tokens[static_cast<std::size_t>(a->first - 1)].text), {"left", "quit", "departed", "leaving"}))
          return a->entity;
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      if (!is_org(**it)) continue;
      // ("Brian Mwangi, a former Safaricom data lead, say the startup ...": a past employer is not it;
      // but "a former Intel engineer who worked on the chipmaker's Gaudi" and "returned to the
      // company", "left the company" are that one)
      // ("CEO X, a former Naver Cloud engineer, says ... the startup's model": its possessive too)
      bool past_employer = (*it)->first >= 1 && en::is_former_word(en::lower(s.tokens[static_cast<std::size_t>((*it)->first - 1)].text)) &&
                           verb_before != "left" && verb_before != "quit" && verb_before != "rejoined" &&
                           !(verb_before == "to" && p.first >= 2 &&
                             en::is_any(s.tokens[static_cast<std::size_t>(p.first - 2)].text, {"returned", "returns", "back", "came"}));
      // (unless the clause has closed before the reference: "Marchand, a former Inria researcher who worked on
      // summarization, is the company's chief technology officer")
      for (int k = (*it)->last + 1; past_employer && k < p.first; ++k)
        if (en::lower(s.tokens[static_cast<std::size_t>(k)].text) == "who") {
          past_employer = false;
          for (int q = k; q < p.first; ++q) past_employer = past_employer || s.tokens[static_cast<std::size_t>(q)].comma_after;
          break;
        }
      // (nor what the company was spun out of: "Corvane was spun out of ETH Zurich and is led by X, who co-founded the company")
      const bool spun_from = (*it)->first >= 2 && en::is_any(en::lower(s.tokens[static_cast<std::size_t>((*it)->first - 1)].text), {"of", "from"}) &&
                             en::is_any(en::lower(s.tokens[static_cast<std::size_t>((*it)->first - 2)].text), {"out", "off"}) &&
                             std::any_of(before.begin(), before.end(), [&](const Mention* a) { return is_org(*a) && a->first < (*it)->first; });
      // (nor one in an aside in parentheses: "A (CEO, formerly at Flutterwave) and B started the company")
      if (nominal && (in_person_apposition(**it) || past_employer || spun_from || in_parens(s, **it))) {
        skipped_past = true;
        continue;
      }
      if (nominal && reporting && listed(**it)) continue;
      // ("the U.S. company was discussing ways to offer Mindbridge models through its Azure cloud": a name that
      // only describes a noun after it is not what "its" names, when another organisation comes before)
      if (w == "its" && std::next(it) != before.rend() && (*it)->last + 1 < p.first && (*it)->role != Role::Subject &&
          (*it)->role != Role::Genitive &&
          en::is_product_noun(en::lower(s.tokens[static_cast<std::size_t>((*it)->last + 1)].text)) &&
          std::any_of(std::next(it), before.rend(), [&](const Mention* a) { return is_org(*a); }))
        continue;
      // ("A and B had poured $32 million into the startup": the investors are not what they put money into)
      if (nominal && (verb_before == "into" || verb_before == "in") && (listed(**it) || ((*it)->last + 1 < p.first && en::lower(s.tokens[static_cast<std::size_t>((*it)->last + 1)].text) == "and")))
        continue;
      if (nominal && subject_of_verb_before(s, **it, p.first)) {
        // "Google has also invested in the company": some other organisation, the last one named
        acting = (*it)->entity;
        continue;
      }
      return (*it)->entity;
    }
  }
  // ("Kamau joined Google in 2019 and spent five years there. She left the company in early 2024.": the company
  // left is the one the previous sentence told the same person joined)
  // (not a company some owner's: "leaving the Alphabet-owned lab" is the lab the person came from)
  if (nominal && acting < 0 && p.owner_token < 0 && p.first >= 1 && st.previous_joined >= 0 &&
      en::is_any(en::lower(s.tokens[static_cast<std::size_t>(p.first - 1)].text), {"left", "quit", "departed", "leaving", "exited"}) &&
      std::all_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
        return m.first >= p.first || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person || m.entity == st.previous_joiner;
      }) &&
      std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) { return m.first < p.first && m.entity == st.previous_joiner; }))
    return st.previous_joined;
  if (acting >= 0) {  // the organisation the document is about, unless it is the one acting
    const int main = st.main_entity(EntityType::Organization);
    return main != acting ? main : st.last_mentioned(EntityType::Organization, acting);
  }
  // the previous subject only when it has been a subject before ("Byeolbit Capital also took part. The
  // company also announced ...": an investor named once is not what the article is about)
  const std::string noun = en::lower(s.tokens[static_cast<std::size_t>(p.last)].text);
  // "left the Alphabet-owned lab": the organisation named last that is not the owner (a unit is no
  // startup the article is about)
  if (nominal && p.owner_token >= 0) {
    const int owner_m = s.inside[static_cast<std::size_t>(p.owner_token)];
    const int owner = owner_m >= 0 ? s.mentions[static_cast<std::size_t>(owner_m)].entity : -1;
    const int main = st.main_entity(EntityType::Organization);
    for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it)
      if (it->first < p.first && is_org(*it) && it->entity != owner && it->entity != main && !it->pronoun) return it->entity;
    const int last = st.last_mentioned(EntityType::Organization, owner, main);
    if (last >= 0) return last;
  }
  // ("At Varanda, the funding coincides with a change. X, who co-founded the start-up, left": the company the
  // sentence before opened on, framing what it told, when no company was its subject)
  if (nominal && !skipped_past && previous_subject < 0 && previous.framed_org >= 0 &&
      (noun.rfind("startup", 0) == 0 || noun.rfind("start-up", 0) == 0 || noun.rfind("company", 0) == 0))
    return previous.framed_org;
  if (nominal && !skipped_past && st.young_org >= 0 && (noun.rfind("startup", 0) == 0 || noun.rfind("start-up", 0) == 0 || noun.rfind("venture", 0) == 0)) {
    // ("In December, Kairo acquired Tsukumo Data. Last month the startup signed ...": the buyer, when it
    // is the startup the text has been about and the subject of the sentence before)
    // (not a company the lexicon knows: no startup)
    if (st.young_buyer >= 0 && st.young_buyer == previous_subject && st.subject_count(previous_subject) >= 2 &&
        st.entities[static_cast<std::size_t>(previous_subject)].lexicon < 0)
      return previous_subject;
    return st.young_org;  // "The San Francisco-based startup has raised ...": the one just founded or bought
  }
  // "A and B co-founded Parlance in 2003. The company's engine ...": the company people founded in
  // the sentence before, when that sentence was about them
  if (nominal && !skipped_past && st.previous_founded >= 0 && previous_subject < 0 &&
      (noun == "company" || noun == "company's" || noun == "firm" || noun == "firm's"))
    return st.previous_founded;
  // the previous subject when it has been a subject before, or is no investor ("Byeolbit Capital also
  // took part. The company also announced ...": an investor named once is not what the article is about)
  // ("the company", "the startup"; "the chipmaker" may well be the investor itself)
  if (nominal && previous_subject >= 0 && (noun == "company" || noun == "company's" || noun.rfind("startup", 0) == 0 || noun.rfind("start-up", 0) == 0))
    for (const auto& [investor, funded_org] : st.previous_investments)
      if (investor == previous_subject) return funded_org;
  // ("When we first met Lakshmi, the company had just released …": another company than the one "we" is)
  int we = -1;
  for (const Mention& m : s.mentions)
    if (m.first < p.first && first_person_org(s, m))
      we = m.entity;
  if (nominal && we >= 0 && previous_subject == we)
    if (const int other = st.last_mentioned(EntityType::Organization, we); other >= 0) return other;
  // ("What Salesforce did not do was buy Tlaloc. The startup continues …": no company the lexicon knows is a startup;
  // the other organisation named last, when the lexicon does not know it)
  if (nominal && previous_subject >= 0 && (noun.rfind("startup", 0) == 0 || noun.rfind("start-up", 0) == 0) &&
      st.entities[static_cast<std::size_t>(previous_subject)].lexicon >= 0)
    if (const int other = st.last_mentioned(EntityType::Organization, previous_subject);
        other >= 0 && st.entities[static_cast<std::size_t>(other)].lexicon < 0)
      return other;
  // ("… when Thomson Reuters paid £310m for Casewright. Its product, Quill, …": the product or the founders of
  // the company just bought, not of the buyer)
  if (w == "its" && st.previous_acquired >= 0 && st.previous_acquired == st.young_org && p.last + 1 < static_cast<int>(s.tokens.size()) &&
      en::is_any(en::lower(s.tokens[static_cast<std::size_t>(p.last + 1)].text),
                 {"product", "products", "model", "models", "flagship", "founder", "founders", "co-founder", "co-founders", "technology", "software", "platform", "app"}))
    return st.young_org;
  // (no startup or company is an armed force, a ministry or a university: "The U.S. Army has picked X ... the
  // startup will deliver")
  const bool business_noun = nominal && (noun.rfind("startup", 0) == 0 || noun.rfind("start-up", 0) == 0 || noun.rfind("company", 0) == 0 ||
                                         noun.rfind("firm", 0) == 0 || noun.rfind("maker", 0) == 0);
  // ("Sequoia Capital, which led Tidewell's seed round, did not invest. … The company was co-founded by …": no fund is the
  // company or startup an article is about, when that one was named just before)
  if (const int about = st.main_entity(EntityType::Organization);
      previous_subject >= 0 && nominal && (noun.rfind("company", 0) == 0 || noun.rfind("startup", 0) == 0 || noun.rfind("start-up", 0) == 0) &&
      looks_like_investor(st.entities[static_cast<std::size_t>(previous_subject)]) && about >= 0 && about != previous_subject &&
      !looks_like_investor(st.entities[static_cast<std::size_t>(about)]) && st.mentioned_within(about, 6))
    return about;
  if (previous_subject >= 0 && (st.subject_count(previous_subject) >= 2 || !looks_like_investor(st.entities[static_cast<std::size_t>(previous_subject)])) &&
      !(business_noun && is_public_body(st.entities[static_cast<std::size_t>(previous_subject)].name)))
    return previous_subject;
  if (!nominal && previous_subject < 0 && previous.first_org >= 0) return previous.first_org;  // "... at Corvid. Its co-founder"
  // (a roundup's next story: "… Sutskever remains SSI's chief executive. Sutskever co-founded the lab …", the
  // organisation the sentence before named, when the one the document is about has not been named for a while)
  const int main = st.main_entity(EntityType::Organization);
  if (nominal && previous_subject < 0 && previous.own_org >= 0 && main >= 0 && !st.mentioned_within(main, 12)) return previous.own_org;
  if (business_noun && main >= 0 && is_public_body(st.entities[static_cast<std::size_t>(main)].name))
    return st.last_mentioned_if(EntityType::Organization, [&](int e) { return !is_public_body(st.entities[static_cast<std::size_t>(e)].name); });
  return main;
}

// "the ChatGPT maker", "the Claude developer's": a nominal reference to the organisation that made
// the product named inside it; not "the ChatGPT maker OpenAI" (an apposition before the name).
std::optional<PronounHit> maker_reference(const Sentence& s, const DocState& st, int i) {
  const int n = static_cast<int>(s.tokens.size());
  if (i + 2 >= n || en::lower(s.tokens[static_cast<std::size_t>(i)].text) != "the") return std::nullopt;
  const int pm = s.inside[static_cast<std::size_t>(i + 1)];
  if (pm < 0) return std::nullopt;
  const Mention& product = s.mentions[static_cast<std::size_t>(pm)];
  if (product.pronoun || product.first != i + 1 || st.entities[static_cast<std::size_t>(product.entity)].type != EntityType::Product)
    return std::nullopt;
  const int j = product.last + 1;
  if (j >= n || s.inside[static_cast<std::size_t>(j)] >= 0) return std::nullopt;
  const std::string w = en::lower(s.tokens[static_cast<std::size_t>(j)].text);
  const std::string_view noun = en::strip_possessive(w);
  if (!en::is_maker_noun(w)) return std::nullopt;
  if (j + 1 < n && s.inside[static_cast<std::size_t>(j + 1)] >= 0 && !s.tokens[static_cast<std::size_t>(j)].comma_after)
    return std::nullopt;
  PronounHit h;
  h.first = i;
  h.last = j;
  h.type = EntityType::Organization;
  h.product = product.entity;
  h.role = noun.size() != w.size() ? Role::Genitive : (i == 0 ? Role::Subject : Role::None);
  return h;
}

// The maker a "the ChatGPT maker" reference names: the organisation the document said made the
// product; else, in the same sentence, the organisation it stands in apposition to ("OpenAI, the
// ChatGPT maker") or the one named last before it that is not the subject ("left OpenAI after five
// years at the ChatGPT maker"; "Microsoft has invested in the ChatGPT maker" names someone else).
// Without either the reference stays unresolved: the previous subject is no guess for a maker.
int maker_reference_en(const Sentence& s, const DocState& st, const PronounHit& p) {
  if (const auto it = st.product_org.find(p.product); it != st.product_org.end()) return it->second;
  const Mention* nearest = nullptr;  // the organisation named last before the reference
  for (const Mention& m : s.mentions)
    if (m.first < p.first && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization &&
        (!nearest || m.first > nearest->first))
      nearest = &m;
  if (!nearest) return -1;
  if (nearest->last == p.first - 1 && s.tokens[static_cast<std::size_t>(nearest->last)].comma_after) return nearest->entity;
  // the sentence's subject acts on the maker, it is not the maker ("Microsoft has invested in the
  // ChatGPT maker"); an organisation describing a title is no subject ("OpenAI co-founder X left the
  // ChatGPT maker")
  bool subject = subject_of_verb_before(s, *nearest, p.first);
  if (nearest->first == 0) {
    const int after = nearest->last + 1;
    subject = subject || after >= static_cast<int>(s.tokens.size()) ||
              !en::is_title_word(en::lower(s.tokens[static_cast<std::size_t>(after)].text));
  }
  if (subject) return -1;
  return nearest->entity;
}

// The organisation the speaker of a quotation in sentence s speaks for: "a SoftBank spokesperson
// said", "said Sabine Achterberg, Kairos's chief executive", or the company the speaker was said to
// work for; -1 when the sentence names no speaker.
int speaker_org_en(const Sentence& s, const DocState& st) {
  const int n = static_cast<int>(s.tokens.size());
  auto word = [&](int k) { return k >= 0 && k < n ? en::lower(s.tokens[static_cast<std::size_t>(k)].text) : std::string(); };
  auto type_of = [&](const Mention& m) { return st.entities[static_cast<std::size_t>(m.entity)].type; };
  for (int k = 0; k < n; ++k) {
    const std::string w = word(k);
    if (w != "said" && w != "says" && w != "told" && w != "added" && w != "wrote") continue;
    for (const Mention& m : s.mentions) {
      if (m.pronoun || m.last < k - 6 || m.first > k + 6) continue;
      if (type_of(m) == EntityType::Organization && m.last + 1 < n &&
          (en::is_title_word(word(m.last + 1)) || word(m.last + 1) == "spokesperson" || word(m.last + 1) == "spokesman" ||
           word(m.last + 1) == "spokeswoman"))
        return m.entity;  // "a SoftBank spokesperson said", "Kairos's chief executive"
      if (type_of(m) == EntityType::Organization && m.role == Role::Genitive && m.last + 1 < n && en::is_title_word(word(m.last + 1)))
        return m.entity;
    }
    for (const Mention& m : s.mentions)
      if (!m.pronoun && type_of(m) == EntityType::Person && m.last >= k - 4 && m.first <= k + 3) {
        if (const auto it = st.person_org.find(m.entity); it != st.person_org.end()) return it->second;
        // ('said chief executive Jeong Ha-yoon': a top post with no organisation is at the company the
        // document is about)
        if (m.first >= 1 && en::is_any(word(m.first - 1), {"executive", "ceo", "founder", "co-founder", "cofounder", "president", "chairman", "chairwoman"}))
          return st.main_entity(EntityType::Organization);
      }
  }
  return -1;
}

// A word of digits alone ("2026", "20"); a month's name or its abbreviation, lower-cased.
static bool is_number_word(const std::string& w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}
static bool is_month_word(const std::string& w) {
  return en::is_any(w, {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
}

bool inside_quotation(const Sentence& s, int k, std::string_view norm);

// Interview labels and bylines (see DocState::speaker_label, author): "Ana Lopes: I joined ...",
// "AL: I joined ..." (a person's initials), "Posted by Ana Lopes, co-founder", "By Ana Lopes".
void note_narrator(const Sentence& s, DocState& st, std::string_view norm) {
  const int n = static_cast<int>(s.tokens.size());
  if (n < 2) return;
  // a company's blog or newsroom: "Saebyeok AI Blog", "The Kairo Newsroom"
  if (st.house_org < 0 && n <= 5 && en::is_any(en::lower(s.tokens[static_cast<std::size_t>(n - 1)].text), {"blog", "newsroom"}))
    for (const Mention& m : s.mentions)
      if (!m.pronoun && m.last == n - 2 && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization)
        st.house_org = m.entity;
  // a company's own site: its name alone on the first line, then a blog's heading or a post's byline
  if (st.masthead_org == -1) {
    const bool alone = s.mentions.size() == 1 && s.mentions.front().first == 0 && s.mentions.front().last == n - 1 && !s.mentions.front().pronoun &&
                       st.entities[static_cast<std::size_t>(s.mentions.front().entity)].type == EntityType::Organization;
    st.masthead_org = alone ? s.mentions.front().entity : -2;
  } else if (st.house_org < 0 && st.masthead_org >= 0 &&
             ((n <= 4 && en::lower(s.tokens[0].text) == "blog") ||
              (en::lower(s.tokens[0].text) == "posted" && en::lower(s.tokens[1].text) == "by"))) {
    st.house_org = st.masthead_org;
  }
  auto colon_after = [&](int k) {
    const std::size_t at = s.tokens[static_cast<std::size_t>(k)].span.end;
    return at < norm.size() && norm[at] == ':';
  };
  auto is_person = [&](const Mention& m) { return !m.pronoun && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person; };
  // a transcript's timestamp before the label: "[00:01:03] NGOZI OKAFOR-LIND: We led the round."
  int start = 0;
  while (start < n && std::all_of(s.tokens[static_cast<std::size_t>(start)].text.begin(), s.tokens[static_cast<std::size_t>(start)].text.end(),
                                  [](char c) { return (c >= '0' && c <= '9') || c == ':'; }))
    ++start;
  // (and a part in brackets after the name: "PRIYA RAGHUNATHAN (host):")
  auto label_end = [&](int last) {
    if (colon_after(last)) return true;
    for (int k = last + 1; k < n && k <= last + 3; ++k) {
      if (!s.tokens[static_cast<std::size_t>(last + 1)].paren_open_before) return false;
      const std::size_t at = s.tokens[static_cast<std::size_t>(k)].span.end;
      if (at + 1 < norm.size() && norm[at] == ')' && norm[at + 1] == ':') return true;
    }
    return false;
  };
  for (const Mention& m : s.mentions)
    if (m.first == start && is_person(m) && label_end(m.last)) {
      if (st.speaker_label != m.entity) st.previous_label = st.speaker_label;
      st.speaker_label = m.entity;
      return;
    }
  // initials: "BCN:" for Beatriz Carvalho Nunes
  const std::string_view t0 = s.tokens[static_cast<std::size_t>(std::min(start, n - 1))].text;
  // an interview's "Q:" and "A:": the answers are the interviewee's (the person the text is about),
  // the questions nobody's in the graph
  if ((t0 == "A" || t0 == "Q") && colon_after(std::min(start, n - 1))) {
    const int interviewee = t0 == "A" ? st.main_entity(EntityType::Person) : -1;
    if (st.speaker_label != interviewee) st.previous_label = st.speaker_label;
    st.speaker_label = interviewee;
    return;
  }
  if (t0.size() >= 2 && t0.size() <= 4 && colon_after(std::min(start, n - 1)) &&
      std::all_of(t0.begin(), t0.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    for (std::size_t e = 0; e < st.entities.size(); ++e) {
      if (st.entities[e].type != EntityType::Person) continue;
      std::string initials;
      bool start = true;
      for (char c : st.entities[e].name) {
        if (start && c != ' ') initials += c;
        start = c == ' ' || c == '-';
      }
      if (initials == t0) {
        if (st.speaker_label != static_cast<int>(e)) st.previous_label = st.speaker_label;
        st.speaker_label = static_cast<int>(e);
        return;
      }
    }
  }
  // an interview whose answers no label marks: the person the headline or the introduction says it is
  // with ("Ten questions for Oware Compute's Efua Mensah", "an interview with X", "X talked to us") is the
  // "I" of the answers, and the "we" is that person's company
  if (st.author < 0 && st.speaker_label < 0)
    for (const Mention& m : s.mentions) {
      if (!is_person(m) || m.role == Role::Genitive) continue;
      auto word = [&](int k) { return k >= 0 && k < n ? en::lower(s.tokens[static_cast<std::size_t>(k)].text) : std::string(); };
      // (past the person's company in the genitive: "questions for Oware Compute's Efua Mensah")
      int before = m.first - 1;
      if (before >= 0 && s.inside[static_cast<std::size_t>(before)] >= 0 &&
          s.mentions[static_cast<std::size_t>(s.inside[static_cast<std::size_t>(before)])].role == Role::Genitive)
        before = s.mentions[static_cast<std::size_t>(s.inside[static_cast<std::size_t>(before)])].first - 1;
      const bool with = (word(before) == "for" && en::is_any(word(before - 1), {"questions", "qs"})) ||
                        (word(before) == "with" && en::is_any(word(before - 1), {"interview", "conversation", "q&a", "chat"}) &&
                         !inside_quotation(s, m.first, norm));
      // ("We spoke to Kowalczyk, Tessel's CEO", "we sat down with X")
      const bool spoke_to = en::is_any(word(before), {"to", "with"}) && en::is_any(word(before - 1), {"spoke", "talked", "down", "up"}) &&
                            en::is_any(word(before - 2), {"we", "i", "spoke", "talked", "sat", "caught"}) && !inside_quotation(s, m.first, norm);
      const bool talked = en::is_any(word(m.last + 1), {"talked", "spoke", "speaks", "talks"}) &&
                          en::is_any(word(m.last + 2), {"to", "with"}) && word(m.last + 3) == "us";
      if (with || spoke_to || talked) {
        st.author = m.entity;
        return;
      }
    }
  // a post's byline on two lines: the author's name alone, then the date ("Mercedes Ibarra" / "October 14, 2025 · 9 min read")
  {
    const int lone = st.lone_name;
    st.lone_name = -1;
    if (st.author < 0 && st.speaker_label < 0 && s.mentions.size() == 1 && is_person(s.mentions.front()) && s.mentions.front().first == 0 &&
        s.mentions.front().last == n - 1 && n <= 4)
      st.lone_name = s.mentions.front().entity;
    else if (st.author < 0 && lone >= 0 && s.mentions.empty() && n <= 10 &&
             std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& tk) { return is_month_word(en::lower(tk.text)); }) &&
             std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& tk) { return tk.text.size() == 4 && tk.text[0] == '2' && tk.text[1] == '0'; })) {
      st.author = lone;
      return;
    }
  }
  if (st.author >= 0 || n > 16) return;
  // (after the post's date: "January 20, 2026 · Lena Brandt, CEO and co-founder")
  int opens = 0;
  auto date_word = [](const std::string& w) { return is_number_word(w) || is_month_word(w); };
  while (opens < n && opens < 4 && s.inside[static_cast<std::size_t>(opens)] < 0 && date_word(en::lower(s.tokens[static_cast<std::size_t>(opens)].text)))
    ++opens;
  if (opens == n || (opens > 0 && (opens < 2 || s.inside[static_cast<std::size_t>(opens)] < 0))) opens = 0;
  // a signature line under a post's headline: "Inês Albuquerque, Co-founder & CEO"
  for (const Mention& m : s.mentions)
    if (m.first == opens && is_person(m) && s.tokens[static_cast<std::size_t>(m.last)].comma_after && m.last + 1 < n && n <= 10 + opens) {
      bool titles = true;
      for (int k = m.last + 1; k < n; ++k) {
        const std::string w = en::lower(s.tokens[static_cast<std::size_t>(k)].text);
        titles = titles && (en::is_title_word(w) || en::is_title_filler(w) || w == "and" || w == "&" ||
                            // a profile's degree of connection: "Aditi Varanasi • 1st"
                            (m.last + 2 == n && (w == "1st" || w == "2nd" || w == "3rd" || w == "3rd+")));
      }
      if (titles) {
        st.author = m.entity;
        return;
      }
    }
  // a post's byline of its author and date: "Camille Dufresne · October 2, 2025 · 7 min read"
  for (const Mention& m : s.mentions)
    if (m.first == 0 && is_person(m) && m.last + 1 < n && n <= 12) {
      bool dated = false, rest = true;
      for (int k = m.last + 1; k < n && rest; ++k) {
        const std::string w = en::lower(s.tokens[static_cast<std::size_t>(k)].text);
        const bool number = is_number_word(w);
        const bool month = is_month_word(w);
        dated = dated || month || (number && w.size() == 4);
        rest = number || month || en::is_any(w, {"min", "mins", "minute", "minutes", "read", "updated", "published"});
      }
      if (dated && rest) {
        st.author = m.entity;
        return;
      }
      break;
    }
  const std::string w0 = en::lower(s.tokens[0].text);
  int at = w0 == "by" ? 1 : -1;
  // ("Posted by X", "Posted on February 22, 2026 by X", "Written by X")
  if (w0 == "posted" || w0 == "written")
    for (int k = 1; k + 1 < n && k <= 8 && at < 0; ++k)
      if (en::lower(s.tokens[static_cast<std::size_t>(k)].text) == "by") at = k + 1;
  // a news byline names a reporter, who is not the "I" of an interviewee's answers: a post's author is
  // "Posted by" / "Written by", or signs with a title ("By Ada Kovalenko, co-founder and CEO")
  bool titled = false;
  for (int k = at + 1; k < n && at >= 0; ++k) titled = titled || en::is_title_word(en::lower(s.tokens[static_cast<std::size_t>(k)].text));
  if (at >= 0 && at < n && s.inside[static_cast<std::size_t>(at)] >= 0 && (at >= 2 || titled)) {
    const Mention& m = s.mentions[static_cast<std::size_t>(s.inside[static_cast<std::size_t>(at)])];
    if (m.first == at && is_person(m)) st.author = m.entity;
  }
}

// True when token k of s stands inside a quotation opened in the same sentence.
bool inside_quotation(const Sentence& s, int k, std::string_view norm) {
  int quotes = 0;
  const std::size_t end = std::min(s.tokens[static_cast<std::size_t>(k)].span.begin, norm.size());
  for (std::size_t i = s.span.begin; i < end; ++i) {
    if (norm[i] == '"') ++quotes;
    else if (norm.compare(i, 3, "\xE2\x80\x9C") == 0 || norm.compare(i, 3, "\xE2\x80\x9D") == 0) ++quotes;
  }
  return quotes % 2 == 1;
}

// The person who says sentence s: "..., said Ana Lopes", "Lopes told Reuters", or -1.
int speaker_person_en(const Sentence& s, const DocState& st) {
  const int n = static_cast<int>(s.tokens.size());
  for (int k = 0; k < n; ++k) {
    const std::string w = en::lower(s.tokens[static_cast<std::size_t>(k)].text);
    if (w != "said" && w != "says" && w != "told" && w != "added" && w != "recalled" && w != "recalls" && w != "explained")
      continue;
    for (const Mention& m : s.mentions)
      if (!m.pronoun && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person && m.role != Role::Genitive &&
          ((m.last < k && m.last >= k - 3) || (m.first > k && m.first <= k + 2)))
        return m.entity;
  }
  return -1;
}

}  // namespace

// After sentence s: a sentence that names no organisation keeps the one in focus ("Aleph Alpha has
// stopped training models. It now sells software. Its founder, X, ..."); the person is the
// subject, else the first person named, of the last sentence that named one.
void PreviousSentence::remember(const Sentence& s, const DocState& st) {
  auto type_of = [&](const Mention& m) { return st.entities[static_cast<std::size_t>(m.entity)].type; };
  // a nominal reference ("The startup now employs 85 people") names its organisation as a name would
  auto nominal = [](const Mention& m) { return m.pronoun && m.last > m.first && m.role == Role::Subject; };
  bool names_org = false;
  for (const Mention& m : s.mentions)
    names_org = names_org || ((!m.pronoun || nominal(m)) && type_of(m) == EntityType::Organization);
  own_org = -1;
  for (const Mention& m : s.mentions)
    if ((!m.pronoun || nominal(m)) && m.role != Role::Genitive && type_of(m) == EntityType::Organization) {
      own_org = m.entity;
      break;
    }
  if (names_org) {
    subject_org = first_org = -1;
    for (const Mention& m : s.mentions)
      if (m.role == Role::Subject) {
        if (type_of(m) == EntityType::Organization) subject_org = m.entity;
        // ("The startup's Keystone models have drawn attention ... It has raised": the possessor of a
        // subject that is its product is what the sentence is about)
        for (const Mention& g : s.mentions)
          if (subject_org < 0 && g.role == Role::Genitive && type_of(g) == EntityType::Organization && g.last + 1 == m.first && g.first == 0 &&
              type_of(m) == EntityType::Product)
            subject_org = g.entity;
        break;
      }
    // (not an aside in parentheses: "Wanjiru Kamau (CEO, formerly at Safaricom) and Tunde Adeyemi started
    // the company. Their model ...")
    for (const Mention& m : s.mentions)
      if ((!m.pronoun || nominal(m)) && m.role != Role::Genitive && type_of(m) == EntityType::Organization && !in_parens(s, m)) {
        first_org = m.entity;
        break;
      }
    // ("At Varanda, the funding coincides with …": a company the sentence opens on after a preposition and before a
    // comma, in a sentence that names no person)
    framed_org = -1;
    // (not a person's past there: "At Naver Cloud, Kim worked on …")
    const bool people = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) { return type_of(m) == EntityType::Person; });
    if (!people && s.tokens.size() > 3 && en::is_any(en::lower(s.tokens[0].text), {"at", "for", "inside", "within"}))
      for (const Mention& m : s.mentions)
        if (m.first == 1 && !m.pronoun && type_of(m) == EntityType::Organization && s.tokens[static_cast<std::size_t>(m.last)].comma_after)
          framed_org = m.entity;
  }
  int first_person = -1, subject_person = -1, genitive_person = -1;
  bool others = false;
  for (const Mention& m : s.mentions) {
    if (type_of(m) != EntityType::Person) continue;
    if (m.role == Role::Genitive) {  // "Batra's path to founding the company ... He left X": Batra
      if (genitive_person < 0 && !m.pronoun) genitive_person = m.entity;
      continue;
    }
    if (first_person < 0) first_person = m.entity;
    others = others || m.entity != first_person;
    if (m.role == Role::Subject && subject_person < 0) subject_person = m.entity;
  }
  if (first_person >= 0) person = subject_person >= 0 ? subject_person : first_person, person_subject = subject_person >= 0, person_alone = !others;
  else if (genitive_person >= 0) person = genitive_person, person_subject = false, person_alone = false;
}

// "- 2014: co-founded Nuri Vision with X", "2021: joined Anthropic": a career timeline's line, a year
// and a verb without a subject, tells of the person the text is about (the one last in focus). (The
// line's list mark is gone already: drop_list_mark.)
void timeline_subject(Sentence& s, DocState& st, const PreviousSentence& previous) {
  const auto& t = s.tokens;
  const std::size_t y = 0;
  if (t.size() < y + 3 || s.inside[y] >= 0 || s.inside[y + 1] >= 0) return;
  const std::string_view year = t[y].text;
  // (the colon is cut off the word: it stands right after the year in the text the token views)
  const std::string_view rest(year.data() + year.size(), 1);
  if (year.size() != 4 || !(year.starts_with("19") || year.starts_with("20")) ||
      !std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; }) || rest != ":")
    return;
  const std::string verb = en::lower(t[y + 1].text);
  const bool past = verb.size() > 3 && verb.ends_with("ed") && t[y + 1].text[0] >= 'a' && t[y + 1].text[0] <= 'z';
  if (!(past || en::is_any(verb, {"left", "became", "took", "sold", "built", "ran", "led", "won", "began", "rejoined"}))) return;
  const int person = previous.person >= 0 ? previous.person : st.last_mentioned(EntityType::Person, -1, -1);
  if (person < 0) return;
  Mention m;
  m.span = t[y].span;
  m.first = m.last = static_cast<int>(y);
  m.entity = person;
  m.role = Role::Subject;
  m.pronoun = true;
  s.mentions.push_back(m);
  s.inside[y] = static_cast<int>(s.mentions.size() - 1);
}

void find_pronouns_en(Sentence& s, DocState& st, const PreviousSentence& previous, std::string_view norm) {
  const int n = static_cast<int>(s.tokens.size());
  note_narrator(s, st, norm);
  // "Mr. Rezaei", "Ms. Odhiambo": an honorific gives the person a gender for later pronouns
  for (const Mention& m : s.mentions)
    if (!m.pronoun && m.first >= 1 && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person) {
      const char g = en::honorific_gender(s.tokens[static_cast<std::size_t>(m.first - 1)].text);
      if (g == 'm' || g == 'f') st.gender[m.entity] = g;  // (over what a pronoun guessed)
    }
  // 'Harrowgate Data Corporation (the "Company")': a defined term names that organisation from here on
  // (also after the short name the parenthesis defines: '("Hoshino Digital" or "the Company")')
  for (const Mention& m : s.mentions) {
    if (m.pronoun || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization) continue;
    int j = m.last + 1;
    const bool after_short_name = j + 1 < n && s.tokens[static_cast<std::size_t>(m.first)].open_before &&
                                  s.tokens[static_cast<std::size_t>(m.last)].close_after && en::lower(s.tokens[static_cast<std::size_t>(j)].text) == "or";
    if (after_short_name) ++j;
    else if (j >= n || !s.tokens[static_cast<std::size_t>(j)].paren_open_before) continue;
    bool quoted = j < n && s.tokens[static_cast<std::size_t>(j)].open_before;
    if (j < n && en::lower(s.tokens[static_cast<std::size_t>(j)].text) == "the") ++j;
    if (j >= n || !(quoted || s.tokens[static_cast<std::size_t>(j)].open_before) || !s.tokens[static_cast<std::size_t>(j)].close_after) continue;
    const std::string term = en::lower(s.tokens[static_cast<std::size_t>(j)].text);
    if (s.tokens[static_cast<std::size_t>(j)].text[0] >= 'A' && s.tokens[static_cast<std::size_t>(j)].text[0] <= 'Z' &&
        en::is_org_noun(term))
      st.defined_terms[term] = m.entity;
  }
  // a quotation that names its speaker sets whom "we" stands for, for the rest of the quotation too
  bool opens_quote = n > 0 && s.tokens[0].open_before;
  if (const int so = speaker_org_en(s, st); so >= 0) st.quote_org = so;
  else if (!opens_quote) st.quote_org = -1;
  for (int i = 0; i < n; ++i) {
    if (s.inside[static_cast<std::size_t>(i)] >= 0) continue;
    std::optional<PronounHit> p = maker_reference(s, st, i);
    if (!p) p = english_pronoun(s, i);
    if (!p) continue;
    int ent = -1, ent_first = -1;
    if (p->product >= 0) {
      ent = maker_reference_en(s, st, *p);
    } else if (p->type == EntityType::Organization && p->persons_company) {
      int person = -1;
      for (const Mention& a : s.mentions)
        if (a.first < i && st.entities[static_cast<std::size_t>(a.entity)].type == EntityType::Person) person = a.entity;
      if (person < 0) person = previous.person >= 0 ? previous.person : st.most_recent(EntityType::Person);
      const auto it = person >= 0 ? st.person_org.find(person) : st.person_org.end();
      if (it != st.person_org.end()) ent = it->second;
      // ("Their first model, Tala-1": else the organisation a reference would name)
      else if (en::lower(s.tokens[static_cast<std::size_t>(i)].text) == "their") ent = org_reference_en(s, st, *p, previous);
      else continue;
    } else if (p->narrator) {
      // in a quotation, the speaker the sentence names; elsewhere the interviewee or the author
      ent = inside_quotation(s, i, norm) ? speaker_person_en(s, st) : st.speaker_label >= 0 ? st.speaker_label : st.author;
    } else if (p->type == EntityType::Organization && p->first_person) {
      // outside quotations in an interview or a signed post: the company of the one speaking
      const int narrator = st.speaker_label >= 0 ? st.speaker_label : st.author;
      const auto said = narrator >= 0 && !inside_quotation(s, i, norm) ? st.person_org.find(narrator) : st.person_org.end();
      ent = said != st.person_org.end() ? said->second
            : st.quote_org >= 0 ? st.quote_org
            : st.house_org >= 0 && !inside_quotation(s, i, norm) ? st.house_org
                                                                  : st.main_entity(EntityType::Organization);
    } else if (const auto defined = st.defined_terms.find(en::lower(s.tokens[static_cast<std::size_t>(p->last)].text));
               p->type == EntityType::Organization && p->last > p->first && defined != st.defined_terms.end()) {
      ent = defined->second;  // "the Company" of a filing
    } else if (p->type == EntityType::Organization) {
      ent = org_reference_en(s, st, *p, previous);
    } else {
      ent = previous.person >= 0 && p->type == EntityType::Person ? previous.person : st.most_recent(p->type);
      // he/she: the first non-possessive person earlier in the same sentence (outside a quotation, not one
      // named inside it: "'Rui has shipped it,' Okafor said, adding that she ..." is Okafor)
      const bool outside = p->last == p->first && !inside_quotation(s, i, norm);
      if (p->last == p->first)
        for (const Mention& a : s.mentions)
          if (a.first < i && a.role != Role::Genitive && st.entities[static_cast<std::size_t>(a.entity)].type == p->type &&
              (a.first < ent_first || ent_first < 0) && !(outside && inside_quotation(s, a.first, norm)))
            ent = a.entity, ent_first = a.first;
      // "PARK: Yes, Kim Ji-soo. She was a researcher ...": in an interview "he" and "she" are not the
      // speakers ("I" and "you"), but the person they spoke of last
      if (p->type == EntityType::Person && p->last == p->first && st.speaker_label >= 0 &&
          (ent == st.speaker_label || ent == st.previous_label)) {
        const int other = st.last_mentioned(EntityType::Person, st.speaker_label, st.previous_label);
        if (other >= 0) ent = other;
      }
      // "he" does not name a person a "she" named before, nor the other way round: the nearest person
      // of the pronoun's gender (earlier in the sentence, else mentioned last), or nobody ("Carvalho's
      // father ... He wanted": the father has no name)
      if (p->type == EntityType::Person && p->last == p->first) {
        const std::string pw = en::lower(s.tokens[static_cast<std::size_t>(p->first)].text);
        const char g = pw == "he" || pw == "him" || pw == "his" || pw == "he's" || pw == "he'd" || pw == "he'll" ? 'm'
                       : pw == "she" || pw == "her" || pw == "hers" || pw == "she's" || pw == "she'd" || pw == "she'll" ? 'f'
                                                                                                                      : 0;
        auto fits = [&](int e) {
          const auto it = st.gender.find(e);
          return g == 0 || it == st.gender.end() || it->second == g;
        };
        if (ent >= 0 && !fits(ent)) {
          int alt = -1, alt_first = -1;
          for (const Mention& a : s.mentions)
            if (a.first < i && !a.pronoun && st.entities[static_cast<std::size_t>(a.entity)].type == EntityType::Person &&
                fits(a.entity) && a.first > alt_first)
              alt = a.entity, alt_first = a.first;
          if (alt < 0) alt = st.last_mentioned_if(EntityType::Person, [&](int e) { return fits(e) && e != st.speaker_label; });
          ent = alt;
        }
        // (a person of unknown gender named last, not in this sentence, gives way to the one the text is
        // about when the pronoun is already that person's: "co-founded by A, B and C. At Cohere she ...")
        if (ent >= 0 && g && ent_first < 0 && !st.gender.count(ent) &&
            !(ent == previous.person && (previous.person_subject || previous.person_alone))) {
          const int main = st.main_entity(EntityType::Person);
          const auto known = main >= 0 ? st.gender.find(main) : st.gender.end();
          if (main != ent && known != st.gender.end() && known->second == g && main != st.speaker_label) ent = main;
        }
        if (ent >= 0 && g) st.gender.emplace(ent, g);
      }
    }
  if (ent < 0) continue;
    Mention m;
    m.span = {s.tokens[static_cast<std::size_t>(p->first)].span.begin, s.tokens[static_cast<std::size_t>(p->last)].span.end};
    m.first = p->first;
    m.last = p->last;
    m.entity = ent;
    m.role = p->role;
    m.pronoun = true;
    // "the ChatGPT maker": the product inside only describes the maker, as "ChatGPT's maker" would
    if (p->product >= 0) s.mentions[static_cast<std::size_t>(s.inside[static_cast<std::size_t>(p->first + 1)])].role = Role::Genitive;
    s.mentions.push_back(m);
    for (int k = p->first; k <= p->last; ++k) s.inside[static_cast<std::size_t>(k)] = static_cast<int>(s.mentions.size() - 1);
    i = p->last;
  }
  timeline_subject(s, st, previous);
  index_mentions(s);
}

}  // namespace inmaek::extract
