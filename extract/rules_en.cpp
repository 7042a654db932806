// English relation rules (issue 6): verb patterns in active and passive voice, relative clauses,
// appositions and possessives, over the mentions of one sentence. Same Found records as the
// Korean rules; rule ids start with "en.". Descriptor phrases (appositions, titles) live in
// appositions_en.cpp.
#include <string>
#include <string_view>

#include "extract/english_words.h"
#include "extract/rules_en_internal.h"

namespace inmaek::extract {
namespace {

using R = RelationType;
using namespace en;

enum Flag : unsigned {
  kOrgAgent = 1,    // the subject is the organisation, the object the person (hired, recruited)
  kRaise = 2,       // the subject raised money; investors follow "from"
  kPrepFrom = 4,    // the object follows "from" (resigned from)
  kPrepWith = 8,    // the object follows "with" (partnered with)
  kPrepTo = 16,     // the object follows "to" (moved to)
  kPrepIn = 32,     // the object follows "in" (invested in)
  kLaunch = 64,     // launched/started: a product object gives developed, an organisation founded
  kPastWork = 128,  // worked/spent ... at: left when past
  kRound = 256,     // led/participated: the object is the round's raiser
  kOwns = 512,      // X owns Y: Y subsidiary_of X
  kPrepInto = 1024, // the object follows "into" (poured ... into)
  kDeal = 2048,     // signed/struck a deal|agreement|partnership (with Y)
  kNominal = 4096,  // a noun: [X's] acquisition of Y, the appointment of X as CTO
  kNeedAs = 8192,   // named/appointed: only with "as TITLE" after the object
  kHeaded = 16384,  // headed/ran/oversaw Y's team, ... at Y: left when past, works_for when present
  kParticle = 32768,  // only with its particle: "set up", "spun out/off", "stepped down"
  kLeadBy = 65536,    // "the unit run by X", "chaired by X": X heads the organisation (passive only)
};

struct Trigger {
  std::string_view word;
  R type;
  unsigned flags;
};

constexpr Trigger kTriggers[] = {
    {"founded", R::Founded, 0},          {"co-founded", R::Founded, 0},       {"cofounded", R::Founded, 0},
    {"established", R::Founded, 0},      {"started", R::Founded, kLaunch},    {"launched", R::Developed, kLaunch},
    {"launches", R::Developed, kLaunch}, {"left", R::Left, 0},                {"leaving", R::Left, 0},
    {"quit", R::Left, 0},                {"quits", R::Left, 0},               {"resigned", R::Left, kPrepFrom},
    {"departed", R::Left, 0},            {"ousted", R::Left, kPrepFrom},      {"fired", R::Left, kPrepFrom},
    {"ousts", R::Left, kPrepFrom},       {"fires", R::Left, kPrepFrom},       {"dismissed", R::Left, kPrepFrom},
    {"sacked", R::Left, kPrepFrom},
    {"exited", R::Left, 0},              {"worked", R::Left, kPastWork},      {"works", R::WorksFor, kPastWork},      {"counts", R::Invested, 0},
    {"count", R::Invested, 0},            {"counted", R::Invested, 0},          {"lead", R::Invested, kRound},        {"hire", R::Joined, kOrgAgent},      {"become", R::Joined, 0},      {"spent", R::Left, kPastWork},
    {"joined", R::Joined, 0},            {"joins", R::Joined, 0},             {"rejoined", R::Joined, 0},
    {"hired", R::Joined, kOrgAgent},     {"hires", R::Joined, kOrgAgent},     {"recruited", R::Joined, kOrgAgent},
    {"poached", R::Joined, kOrgAgent},   {"moved", R::Joined, kPrepTo},       {"returned", R::Joined, kPrepTo},
    {"invested", R::Invested, kPrepIn},  {"invests", R::Invested, kPrepIn},   {"backed", R::Invested, 0},
    {"funded", R::Invested, 0},          {"led", R::Invested, kRound},        {"participated", R::Invested, kRound},
    {"participation", R::Invested, kRound}, {"part", R::Invested, kRound},    {"raised", R::Invested, kRaise},
    {"raises", R::Invested, kRaise},     {"released", R::Developed, 0},       {"releases", R::Developed, 0},
    {"unveiled", R::Developed, 0},       {"unveils", R::Developed, 0},        {"developed", R::Developed, 0},
    {"develops", R::Developed, 0},       {"built", R::Developed, 0},          {"build", R::Developed, 0},
    {"introduced", R::Developed, 0},     {"debuted", R::Developed, 0},        {"acquired", R::Acquired, 0},
    {"acquires", R::Acquired, 0},        {"bought", R::Acquired, 0},          {"buys", R::Acquired, 0},
    {"purchased", R::Acquired, 0},       {"partnered", R::PartneredWith, kPrepWith},
    {"partners", R::PartneredWith, kPrepWith}, {"teamed", R::PartneredWith, kPrepWith},
    {"teams", R::PartneredWith, kPrepWith}, {"partnership", R::PartneredWith, kPrepWith},
    {"owns", R::SubsidiaryOf, kOwns},    {"owned", R::SubsidiaryOf, kOwns},
    {"participating", R::Invested, kRound}, {"investing", R::Invested, kPrepIn}, {"poured", R::Invested, kPrepInto},
    {"signed", R::PartneredWith, kDeal},  {"signs", R::PartneredWith, kDeal}, {"struck", R::PartneredWith, kDeal},
    {"inked", R::PartneredWith, kDeal},   {"sealed", R::PartneredWith, kDeal},
    {"acquisition", R::Acquired, kNominal}, {"takeover", R::Acquired, kNominal}, {"purchase", R::Acquired, kNominal},
    {"buyout", R::Acquired, kNominal},    {"appointment", R::Joined, kNominal | kOrgAgent},
    {"named", R::Joined, kOrgAgent | kNeedAs}, {"appointed", R::Joined, kOrgAgent | kNeedAs},
    {"headed", R::Left, kHeaded},         {"ran", R::Left, kHeaded},           {"oversaw", R::Left, kHeaded},
    {"runs", R::WorksFor, kHeaded},       {"running", R::WorksFor, kHeaded},   {"heads", R::WorksFor, kHeaded},
    {"years", R::Left, kPastWork},       {"included", R::Invested, kRound},   {"include", R::Invested, kRound},
    {"includes", R::Invested, kRound},
    // bare forms; they fire only where the modality check lets them ("left X to found Y")
    {"co-led", R::Invested, kRound},     {"backs", R::Invested, 0},           {"snapped", R::Acquired, kParticle},
    {"snapping", R::Acquired, kParticle}, {"picked", R::Acquired, kParticle},
    {"set", R::Founded, kParticle},      {"spun", R::Founded, kParticle},     {"stepped", R::Left, kParticle},
    {"stepping", R::Left, kParticle},    {"buying", R::Acquired, 0},          {"acquiring", R::Acquired, 0},
    {"stake", R::Invested, kPrepIn},     {"stakes", R::Invested, kPrepIn},    {"open-sourced", R::Developed, 0},
    {"investment", R::Invested, kNominal}, {"chaired", R::WorksFor, kLeadBy}, {"run", R::WorksFor, kLeadBy},
    {"leads", R::WorksFor, kHeaded},     {"releasing", R::Developed, 0},
    {"building", R::Developed, 0},       {"developing", R::Developed, 0},     {"shipped", R::Developed, 0},
    {"ships", R::Developed, 0},          {"rolled", R::Developed, 0},
    {"co-developed", R::Developed, 0},   {"co-created", R::Developed, 0},     {"co-designed", R::Developed, 0},
    {"launching", R::Developed, kLaunch}, {"joining", R::Joined, 0},           {"found", R::Founded, 0},            {"start", R::Founded, kLaunch},      {"join", R::Joined, 0},
    {"co-found", R::Founded, 0},
};

constexpr double kConfVerb = 0.85, kConfPassive = 0.85, kConfRelative = 0.8, kConfRound = 0.75;

bool is_aux(std::string_view w) {
  static constexpr std::string_view kAux[] = {"has", "have", "had", "was", "were", "is", "are", "been", "be", "also",
                                              "previously", "formerly", "recently", "jointly", "later", "then", "quietly",
                                              "officially", "now", "once", "first", "just", "already", "reportedly",
                                              "subsequently", "eventually", "originally", "itself", "both", "all"};
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

class RulesEn : public SentenceEn {
 public:
  explicit RulesEn(const RuleContext& ctx) : SentenceEn(ctx) {}

  std::vector<Found> run() {
    appositions(*this, out_);
    for (int k = 0; k < n_; ++k) {
      owned_modifier(k);
      if (inside(k) >= 0) continue;
      if (in_list(k, {"subsidiary", "unit", "division", "affiliate"})) as_subsidiary(k);
      if (in_list(k, {"subsidiary", "unit", "division", "arm", "branch"})) opened_unit(k);
      if (in_list(k, {"sold", "sells"})) sold_to(k);
      if (lw_[static_cast<std::size_t>(k)] == "the") product_maker(k);
      if (lw_[static_cast<std::size_t>(k)] == "from") money_from(k);
      if (in_list(k, {"subsidiaries", "units", "affiliates", "divisions"})) subsidiaries_including(k);
      for (const Trigger& t : kTriggers)
        if (lw_[static_cast<std::size_t>(k)] == t.word) {
          verb(k, t);
          break;
        }
    }
    return std::move(out_);
  }

 private:
  // The next token index after k that is not a date-ish filler ("in 2019", "last year").
  int skip_fillers(int k) const {
    while (k < n_) {
      const std::string& w = lw_[static_cast<std::size_t>(k)];
      if (is_aux(w) || w == "jointly" || is_date_word(k) || w == "in" || w == "last" || w == "this" || w == "year" ||
          w == "month" || w == "earlier" || w == "up" || w == "down")
        ++k;
      else
        break;
    }
    return k;
  }

  // The subject of the predicate at k: a mention (with its coordinated group) to the left.
  // Sets `relative` to the antecedent of "which"/"that" when the subject sits in a relative clause.
  std::vector<int> subject_of(int k, int& relative) const {
    relative = -1;
    const std::string& tw = lw_[static_cast<std::size_t>(k)];
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
    const int j0 = k - 1 - skipped_aux(k);
    if (j0 >= 1 && inside(j0) < 0 && lw_[static_cast<std::size_t>(j0)] == "and") {  // "and" right before the verb
      // "... by A and B, who met at Palantir and left the company": inside a relative clause, its antecedent
      for (int q = j0 - 1; q >= 1; --q) {
        if (s_.tokens[static_cast<std::size_t>(q)].comma_after && lw_[static_cast<std::size_t>(q + 1)] != "who") break;
        if (lw_[static_cast<std::size_t>(q)] == "who" && inside(q) < 0) {
          const int a = ending_at(q - 1);
          if (a >= 0 && type(a) == EntityType::Person) return group_left(a);
          break;
        }
      }
      for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
        if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject && first(m) < j0) return group_right(m);
      return {};
    }
    // "X, the startup backed by Y, has released": the subject stands before the parenthetical
    if (j0 >= 1 && s_.tokens[static_cast<std::size_t>(j0)].comma_after) {
      for (int c = j0 - 1; c >= 0; --c)
        if (s_.tokens[static_cast<std::size_t>(c)].comma_after) {
          const int a = ending_at(c);
          if (a >= 0 && !genitive(a) && !pronoun(a)) return group_left(a);
          break;
        }
    }
    int j = k - 1;
    int steps = 0;
    while (j >= 0 && steps < 10) {
      const int m = ending_at(j);
      if ((m < 0 || pronoun(m)) && lw_[static_cast<std::size_t>(j)] == "it" && j >= 1 &&
          (lw_[static_cast<std::size_t>(j - 1)] == "said" || lw_[static_cast<std::size_t>(j - 1)] == "says" ||
           lw_[static_cast<std::size_t>(j - 1)] == "announced" || lw_[static_cast<std::size_t>(j - 1)] == "confirmed")) {
        // "Nvidia said it had acquired": "it" is the one who said
        const int speaker = j >= 2 ? ending_at(j - 2) : -1;
        if (speaker >= 0 && !genitive(speaker)) return group_left(speaker);
      }
      if (m >= 0) {
        if (genitive(m) && j == k - 1) return {};  // "Halcyon's board": not a subject
        if (!genitive(m) && !is_descriptor_org(m)) {
          // "Oasis Research, a unit of Abu Dhabi conglomerate Tamkeen Holdings, on Tuesday released":
          // a name inside an apposition that closes before the verb; the subject is the head
          bool closed = false;
          for (int q = last(m); q < k; ++q) closed = closed || s_.tokens[static_cast<std::size_t>(q)].comma_after;
          if (closed) {
            for (int c = first(m) - 1; c >= 1 && c >= first(m) - 8; --c) {
              if (s_.tokens[static_cast<std::size_t>(c)].comma_after) {
                const int h = ending_at(c);
                if (h >= 0 && !genitive(h) && c + 1 < n_ && in_list(c + 1, {"a", "an", "the"})) return group_left(h);
                break;
              }
              if (inside(c) >= 0 && !genitive(inside(c))) break;
            }
          }
          const int f = s_.mentions[static_cast<std::size_t>(m)].first;
          if (f >= 1 && (lw_[static_cast<std::size_t>(f - 1)] == "which" || lw_[static_cast<std::size_t>(f - 1)] == "that" ||
                         lw_[static_cast<std::size_t>(f - 1)] == "whom")) {
            const int a = f >= 2 ? ending_at(f - 2) : -1;
            if (a >= 0) relative = a;
          }
          return group_left(m);
        }
      }
      const std::string& w = lw_[static_cast<std::size_t>(j)];
      if (w == "who" || w == "which" || w == "that") {
        int a = j >= 1 ? ending_at(j - 1) : -1;
        if (a < 0 && w != "who") {
          // "PayKaki, a payments startup that was bought by X": the head of the apposition
          for (int c = j - 1; c >= 0 && c >= j - 6 && inside(c) < 0; --c)
            if (s_.tokens[static_cast<std::size_t>(c)].comma_after) break;
            else if (c >= 1 && s_.tokens[static_cast<std::size_t>(c - 1)].comma_after && in_list(c, {"a", "an", "the"})) {
              a = ending_at(c - 1);
              break;
            }
        }
        if (a < 0 && w == "who" && j >= 1) {
          // "X, the Character.AI co-founder who rejoined Google": the relative follows an apposition
          const int h = skip_descriptors_left(j - 1);
          if (h >= 0 && s_.tokens[static_cast<std::size_t>(h)].comma_after && ending_at(h) >= 0 &&
              type(ending_at(h)) == EntityType::Person)
            a = ending_at(h);
        }
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
      if (is_boundary(w) && inside(j) < 0) return {};
      --j;
      ++steps;
    }
    return {};
  }

  int skipped_aux(int k) const {
    int c = 0;
    for (int j = k - 1; j >= 0 && is_aux(lw_[static_cast<std::size_t>(j)]) && inside(j) < 0; --j) ++c;
    return c;
  }

  // The first mention of a fitting type after token k (and its group), within a few words.
  std::vector<int> object_after(int k, std::string_view prep, bool want_product, int reach = 7, bool investors = false) const {
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
        const int owned = genitive(m) && last(m) + 1 < n_ ? inside(last(m) + 1) : -1;
        const bool possessed_org = owned >= 0 && !want_product && type(owned) == EntityType::Organization && !genitive(owned);
        if (is_descriptor_org(m) || (genitive(m) && !fits) || (genitive(m) && want_product) || (genitive(m) && pronoun(m)) ||
            possessed_org) {
          // "with his sister Daniela Amodei": the possessor only describes the one named next
          j = s_.mentions[static_cast<std::size_t>(m)].last;
          continue;
        }
        if (!fits && !want_product) return {};
        if (!fits) return {};
        return group_right(m, investors);
      }
      const std::string& w = lw_[static_cast<std::size_t>(j)];
      // "its chief executive and co-founder X": "and" between titles
      const bool title_and = w == "and" && j >= 1 && j + 1 < n_ && is_title_word(lw_[static_cast<std::size_t>(j - 1)]) &&
                             (is_title_word(lw_[static_cast<std::size_t>(j + 1)]) || is_title_filler(lw_[static_cast<std::size_t>(j + 1)]));
      if (!title_and && (is_boundary(w) || w == "by" || w == "and" || w == "who" || w == "which" || (w == "with" && prep != "with")))
        return {};
      if (w == "to" && prep.empty()) return {};  // "left last week to join Y": Y is the infinitive's
      if (!(is_determiner(w) || is_product_noun(w) || is_org_noun(w) || is_title_word(w) || is_title_filler(w) ||
            w.find('-') != std::string::npos))
        only_nouns = false;
      if (s_.tokens[static_cast<std::size_t>(j)].comma_after && !only_nouns) return {};
    }
    return {};
  }

  // "by X" within a few words after k: the agent of a passive.
  int by_after(int k) const {
    for (int j = k + 1; j < n_ && j <= k + 5; ++j) {
      const std::string& w = lw_[static_cast<std::size_t>(j)];
      if (w == "by") return j;
      if (inside(j) >= 0 || !(is_date_word(j) || w == "in" || w == "jointly" || w == "last" || w == "year" || w == "early" ||
                               w == "late" || w == "up" || w == "off" || w == "since" || w == "spring" || w == "summer" ||
                               w == "autumn" || w == "fall" || w == "winter" || w == "this" || w == "month" || w == "week"))
        return -1;
    }
    return -1;
  }

  // The raise verb (raised/raises/closed/secured) before token k in this sentence, or -1.
  int raise_verb_before(int k) const {
    for (int j = k - 1; j >= 0; --j)
      if (in_list(j, {"raised", "raises", "raising", "closed", "secured"})) return j;
    return -1;
  }

  // The entity that raised money: the subject of a raise verb before k in this sentence (-1 when it
  // has none), else the organisation the previous sentence was about.
  int raiser(int k) const {
    if (const int j = raise_verb_before(k); j >= 0) {
      int rel = -1;
      const std::vector<int> s = subject_of(j, rel);
      return s.empty() ? -1 : ent(s.front());
    }
    if (ctx_.previous_topic >= 0 && ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization)
      return ctx_.previous_topic;
    return -1;
  }

  // The company a round belongs to: the one raising in this sentence, else the one the text said
  // raised money, else the previous sentence's organisation.
  int round_target(int k) const {
    const int r = raiser(k);
    if (raise_verb_before(k) >= 0 && r >= 0) return r;
    return ctx_.funded >= 0 ? ctx_.funded : r;
  }

  static bool lower_word(std::string_view t) {
    if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) return false;
    for (char c : t)
      if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    return true;
  }

  bool in_list(int k, std::initializer_list<std::string_view> list) const {
    if (k < 0 || k >= n_) return false;
    for (std::string_view x : list)
      if (lw_[static_cast<std::size_t>(k)] == x) return true;
    return false;
  }

  // "X, the video startup Y acquired": the head X of an apposition that ends in the subject of
  // an object-less verb; -1 when subject mention m does not close such an apposition.
  int reduced_head(int m) const {
    int j = first(m) - 1;
    bool noun = false;
    for (int steps = 0; j >= 0 && steps < 6 && inside(j) < 0; ++steps, --j) {
      const std::string& w = lw_[static_cast<std::size_t>(j)];
      if (w == "the" || w == "a" || w == "an") break;
      const std::string_view tw = s_.tokens[static_cast<std::size_t>(j)].text;
      // "the San Francisco startup he co-founded": a capitalised place word may modify the noun
      const bool place = !tw.empty() && tw[0] >= 'A' && tw[0] <= 'Z' && strip_possessive(tw).size() == tw.size();
      if (s_.tokens[static_cast<std::size_t>(j)].comma_after || !(lower_word(tw) || place)) return -1;
      if (is_org_noun(w) || is_product_noun(w) || w == "lab" || w == "venture") noun = true;
    }
    if (!noun || j < 1 || inside(j) >= 0 || !in_list(j, {"the", "a", "an"})) return -1;
    if (!s_.tokens[static_cast<std::size_t>(j - 1)].comma_after) return -1;
    const int h = ending_at(j - 1);
    return h >= 0 && !pronoun(h) && !genitive(h) ? h : -1;
  }

  // The mention after "from" within a few words after k, or -1.
  int source_after(int k) const {
    for (int j = k; j < n_ && j <= k + 2; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "from") {
        std::vector<int> o = object_after(j, "", false);
        return o.empty() || type(o.front()) != EntityType::Organization ? -1 : o.front();
      }
    return -1;
  }

  // "as (its) TITLE" or "to become (its) TITLE" at token j, or "".
  std::string role_at(int j) const {
    j = skip_fillers(j);  // "joined us in April as VP of Engineering"
    if (j < n_ && lw_[static_cast<std::size_t>(j)] == "as") return title_after(j + 1);
    if (j + 1 < n_ && lw_[static_cast<std::size_t>(j)] == "to" && lw_[static_cast<std::size_t>(j + 1)] == "become") return title_after(j + 2);
    return {};
  }

  // Organisation hires person: "Y hired (away) X from Z as TITLE", "Y poached two researchers
  // from Z, A and B", "Y named X, a former Z executive, as its CEO".
  void hire(int k, const Trigger& t, std::vector<int> subj, int rel) {
    if (subj.empty() || type(subj.front()) != EntityType::Organization) return;

    std::vector<int> people;
    int source = -1;
    for (int j = k + 1; j < n_ && j <= k + 8; ++j) {
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
    if (role.empty()) {  // ", where he ran ..., to become its COO": the purpose clause may come later
      for (int j = after; j < n_ && j <= after + 14; ++j)
        if (lw_[static_cast<std::size_t>(j)] == "to" && j + 1 < n_ && lw_[static_cast<std::size_t>(j + 1)] == "become" &&
            s_.tokens[static_cast<std::size_t>(j - 1)].comma_after) {
          role = role_at(j);
          break;
        }
    }
    if ((t.flags & kNeedAs) && role.empty()) return;
    for (int o : subj)
      for (int p : people) {
        if (type(p) != EntityType::Person || type(o) != EntityType::Organization) continue;
        emit(R::Joined, p, o, k, kConfVerb, "en.hired");
        if (source >= 0) emit_ent(R::Left, ent(p), source, k, kConfRelative, "en.hired_from");
        if (!role.empty()) emit(R::WorksFor, p, o, k, kConfRelative, "en.hired_as", role);
      }
  }

  // Nouns: "[X's|its] [$N] acquisition|takeover|purchase of Y", "purchase of a stake in Y",
  // "Y announced the appointment of X as CTO".
  void nominal(int k, const Trigger& t) {
    int rel = -1;
    if (t.type == R::Joined) {
      const int of = k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "of" ? k + 1 : -1;
      if (of < 0) return;
      std::vector<int> subj = subject_of(k, rel);
      std::vector<int> people = object_after(of, "", false);
      if (subj.empty() || people.empty() || type(people.front()) != EntityType::Person) return;
      const std::string role = role_at(last(people.back()) + 1);
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
  void deal(int k) {
    int d = -1;
    for (int j = k + 1; j < n_ && j <= k + 6; ++j) {
      if (inside(j) >= 0) return;
      const std::string& w = lw_[static_cast<std::size_t>(j)];
      if (w == "acquisition" || w == "merger" || w == "purchase" || w == "sale" || w == "funding" || w == "investment" ||
          w == "loan" || w == "lease" || w == "term" || w == "sheet")
        return;
      if (w == "deal" || w == "agreement" || w == "partnership" || w == "pact" || w == "alliance" || w == "contract" ||
          w == "contracts" || w == "deals" || w == "agreements" || w == "memorandum") {
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

  // "who headed Y's models team", "ran the AI practice at Y" (left), "now runs Y's lab" (works_for).
  void headed(int k, const Trigger& t) {
    int rel = -1;
    std::vector<int> subj = subject_of(k, rel);
    if (subj.empty() || type(subj.front()) != EntityType::Person) return;
    int org = -1;
    const int g = k + 1 < n_ ? inside(k + 1) : -1;
    if (g >= 0 && genitive(g) && type(g) == EntityType::Organization) org = g;
    else if (g < 0) {
      std::vector<int> o = object_after(k, "at", false, 8);
      if (!o.empty() && type(o.front()) == EntityType::Organization) org = o.front();
    }
    if (org < 0) return;
    for (int a : subj) emit(t.type, a, org, k, kConfRelative, "en.headed");
  }

  // "... led by A, alongside new investor B": B invested in the same round.
  void alongside(int k, int target) {
    if (target < 0) return;
    for (int j = k + 1; j < n_; ++j)
      if (lw_[static_cast<std::size_t>(j)] == "alongside") {
        int from = j;
        while (from + 1 < n_ && inside(from + 1) < 0 && in_list(from + 1, {"new", "existing", "investor", "investors", "backer", "backers"}))
          ++from;
        for (int a : object_after(from, "", false, 7, true)) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.invested.alongside");
        return;
      }
  }

  // "agreed to lead a €1.7bn investment in Mistral AI", "led a $30 million round in June for Tel
  // Aviv-based Quellsec": the organisation a round word after k is in or for (entity), or -1.
  int round_company_after(int k) const {
    bool round_word = false;
    for (int j = k + 1; j + 1 < n_ && j <= k + 9 && inside(j) < 0; ++j) {
      if (in_list(j, {"investment", "round", "funding", "financing", "seed"})) round_word = true;
      if (!round_word || !in_list(j, {"in", "for"})) continue;
      int q = j + 1;
      for (int b = q; b < n_ && b <= q + 2 && inside(b) < 0; ++b)
        if (lw_[static_cast<std::size_t>(b)].find("-based") != std::string::npos) {
          q = b + 1;
          break;
        }
      if (q < n_ && inside(q) >= 0 && type(inside(q)) == EntityType::Organization) return ent(inside(q));
    }
    return -1;
  }

  // A comma, semicolon or colon right after token k.
  bool clause_ends_after(int k) const {
    const std::string_view t = s_.tokens[static_cast<std::size_t>(k)].text;
    const char c = *(t.data() + t.size());  // the normalised text goes on after every token
    return s_.tokens[static_cast<std::size_t>(k)].comma_after || c == ';' || c == ':';
  }

  // Words of money in the sentence: a round, a raise, an amount.
  bool money_words() const {
    if (!s_.amounts.empty()) return true;
    for (const std::string& w : lw_)
      if (w == "round" || w == "raised" || w == "raise" || w == "funding" || w == "investment" || w == "investors" ||
          w == "seed" || w == "series" || w == "financing" || w == "valuation" || w == "investment")
        return true;
    return false;
  }

  // "SoftBank-backed Tractable", "Boston Dynamics, the Hyundai-owned maker of Spot": the modifier
  // names the owner or the investor of the organisation it describes.
  void owned_modifier(int k) {
    const std::string& w = lw_[static_cast<std::size_t>(k)];
    const bool owned = w.size() > 6 && w.compare(w.size() - 6, 6, "-owned") == 0;
    const bool backed = w.size() > 7 && w.compare(w.size() - 7, 7, "-backed") == 0;
    if (!owned && !backed) return;
    const std::string_view text = s_.tokens[static_cast<std::size_t>(k)].text;
    const int owner = inside(k) >= 0 ? (last(inside(k)) == k ? ent(inside(k)) : -1)
                                     : entity_named(text.substr(0, text.size() - (owned ? 6 : 7)));
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

  // "Tessellate opened a Tokyo subsidiary, Tessellate KK": the subject's new unit, named after a comma.
  void opened_unit(int k) {
    if (!s_.tokens[static_cast<std::size_t>(k)].comma_after || k + 1 >= n_) return;
    const int unit = inside(k + 1);
    if (unit < 0 || first(unit) != k + 1 || type(unit) != EntityType::Organization) return;
    for (int j = k - 1; j >= 0 && j >= k - 4 && inside(j) < 0; --j)
      if (in_list(j, {"opened", "opens", "launched", "formed", "created", "established", "set"})) {
        if (is_irrealis_en(s_, j)) return;
        int rel = -1;
        const std::vector<int> subj = subject_of(j, rel);
        if (!subj.empty() && type(subj.front()) == EntityType::Organization && ent(subj.front()) != ent(unit))
          emit(R::SubsidiaryOf, unit, subj.front(), k, kConfRelative, "en.opened_unit");
        return;
      }
  }

  // "SoftBank subsidiaries, including SoftBank Corp. and Arm Holdings", "its units such as X".
  void subsidiaries_including(int k) {
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
    if (j < n_ && lw_[static_cast<std::size_t>(j)] == "including") ++j;
    else if (j + 1 < n_ && lw_[static_cast<std::size_t>(j)] == "such" && lw_[static_cast<std::size_t>(j + 1)] == "as") j += 2;
    else return;
    for (int a : object_after(j - 1, "", false))
      if (type(a) == EntityType::Organization && ent(a) != ent(parent)) emit(R::SubsidiaryOf, a, parent, k, kConfRelative, "en.subsidiaries_including");
  }

  // "came out of stealth with €18m from Eurazeo and Kima Ventures": money from investors, to the
  // sentence's subject (the verb need not be "raised").
  void money_from(int k) {
    bool amount = false;
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
    if (raise_verb_before(k) >= 0) return;  // the raise rule has it
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

  // "the ChatGPT maker", "the Claude developer": the organisation meant made the product. It is the
  // head of an apposition ("X, the P maker"), else the organisation the article is about.
  void product_maker(int k) {
    const int p = k + 1 < n_ ? inside(k + 1) : -1;
    if (p < 0 || type(p) != EntityType::Product || first(p) != k + 1) return;
    const int j = last(p) + 1;
    if (j >= n_ || !in_list(j, {"maker", "developer", "creator", "owner", "maker's", "developer's"})) return;
    int org = -1;
    if (k >= 1 && s_.tokens[static_cast<std::size_t>(k - 1)].comma_after) {
      const int h = ending_at(k - 1);
      if (h >= 0 && type(h) == EntityType::Organization) org = ent(h);
    }
    // "left OpenAI after five years at the ChatGPT maker": the organisation named last before it,
    // unless that is the sentence's subject ("Microsoft has invested in the ChatGPT maker")
    for (int m = static_cast<int>(s_.mentions.size()) - 1; org < 0 && m >= 0; --m) {
      if (first(m) >= k || type(m) != EntityType::Organization) continue;
      if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) break;
      org = ent(m);
    }
    if (org >= 0) emit_ent(R::Developed, org, ent(p), j, kConfRelative, "en.product_maker");
  }

  // "Humane sold most of its assets to HP", "X sold itself to Y": Y acquired X.
  void sold_to(int k) {
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

  // "X will operate as a wholly owned subsidiary of Y", "X became a unit of Y in 2021": the
  // subject of the sentence is part of Y.
  void as_subsidiary(int k) {
    if (k + 2 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "of" || is_irrealis_en(s_, k)) return;
    int as = -1;
    for (int j = k - 1; j >= 0 && j >= k - 4 && inside(j) < 0; --j)
      if (in_list(j, {"as", "became", "become", "becomes"})) {
        as = j;
        break;
      }
    const int o = inside(k + 2);
    if (as < 0 || o < 0 || type(o) != EntityType::Organization || genitive(o)) return;
    for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
      if (s_.mentions[static_cast<std::size_t>(m)].role == Role::Subject) {
        if (type(m) == EntityType::Organization && first(m) < as) emit(R::SubsidiaryOf, m, o, k, kConfRelative, "en.as_subsidiary");
        return;
      }
  }

  // "X stepped down as CEO of Y", "stepped down from Y", "who stepped down in March" (the
  // organisation the article is about).
  void step_down(int k) {
    int rel = -1;
    std::vector<int> subj = subject_of(k, rel);
    if (subj.empty() && rel < 0) return;
    if (subj.empty()) subj = {rel};
    if (type(subj.front()) != EntityType::Person) return;
    int org = -1;
    std::string role;
    const int j = k + 2;
    if (j < n_ && lw_[static_cast<std::size_t>(j)] == "as") {
      role = title_after(j + 1);
      for (int q = j + 1; q < n_ && q <= j + 8; ++q)
        if (inside(q) >= 0) {
          if (type(inside(q)) == EntityType::Organization && q >= 1 && in_list(q - 1, {"of", "at"})) org = ent(inside(q));
          break;
        }
    } else if (j < n_ && lw_[static_cast<std::size_t>(j)] == "from") {
      std::vector<int> o = object_after(j, "", false);
      if (!o.empty() && type(o.front()) == EntityType::Organization) org = ent(o.front());
    }
    if (org < 0) org = ctx_.main_org;
    if (org < 0) return;
    for (int a : subj) emit_ent(R::Left, ent(a), org, k, kConfRelative, "en.stepped_down");
  }

  // "G42, the AI group chaired by X", "the new unit of Meta run by X": X heads the organisation.
  void led_by(int k, int by) {
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

  void verb(int k, const Trigger& t) {
    const std::string& w = lw_[static_cast<std::size_t>(k)];
    if (is_irrealis_en(s_, k)) return;
    if (w == "investing" && k >= 1 && lw_[static_cast<std::size_t>(k - 1)] == "also" && (k + 1 >= n_ || clause_ends_after(k))) {
      // "led by A, with B and Mexico's C also investing": B and C are in the round too
      int rel = -1;
      std::vector<int> subj = subject_of(k, rel);
      if (!subj.empty()) subj = group_left(subj.back(), true);
      const int o = round_target(k);
      for (int a : subj) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.also_investing");
      return;
    }
    if (w == "become" && k >= 2 && lw_[static_cast<std::size_t>(k - 1)] == "to") {
      // "X left the company last month to become finance chief at Kestrel Pay": a new post
      for (int q = k - 2; q >= 0 && q >= k - 9; --q)
        if (in_list(q, {"left", "quit", "departed", "resigned", "leaving"})) {
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
          return;
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
    if (t.flags & kParticle) {
      const std::string next = k + 1 < n_ ? lw_[static_cast<std::size_t>(k + 1)] : std::string();
      if (w == "set" && next != "up") return;
      if ((w == "snapped" || w == "snapping" || w == "picked") && next != "up") return;  // "snapping up X" bought X
      if (w == "spun" && next != "out" && next != "off") return;
      if ((w == "stepped" || w == "stepping") && next != "down") return;
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
    if (w == "years") {  // "Varga, who joined X after three years at DeepMind"
      if (k < 2 || lw_[static_cast<std::size_t>(k - 2)] != "after" || k + 2 >= n_ || lw_[static_cast<std::size_t>(k + 1)] != "at") return;
      const int o = inside(k + 2);
      if (o < 0 || type(o) != EntityType::Organization) return;
      // the person nearest before "after": "A joins us from X, and B joins as VP after five years at Y"
      for (int m = static_cast<int>(s_.mentions.size()) - 1; m >= 0; --m)
        if (first(m) < k && type(m) == EntityType::Person && !genitive(m)) {
          for (int a : group_left(m)) {
            emit(R::Left, a, o, k, kConfRelative, "en.years_at");
            emit(R::WorksFor, a, o, k, kConfRound, "en.years_at");
          }
          break;
        }
      return;
    }
    int rel = -1;
    const int by = by_after(k);
    if (t.flags & kRound) {
      const bool led = w == "led" || w == "co-led" || w == "lead";
      if (led && by >= 0 && !money_words()) {
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
        const int target = raiser(k);
        for (int a : object_after(by, "", false, 7, true)) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.invested.led_by");
        alongside(k, target);
        return;
      }
      if (led) {
        std::vector<int> subj = subject_of(k, rel);
        if (!subj.empty() && type(subj.front()) == EntityType::Person) {
          if (in_list(k - 1, {"previously", "formerly", "once", "had"})) headed(k, Trigger{"led", R::Left, kHeaded});
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
            if (lw_[static_cast<std::size_t>(j)] == "round") round = true;
          // "Ledgerly raised $15 million. Accel led; ...": a bare "led" after a raise
          if (k + 1 >= n_ || clause_ends_after(k) || lw_[static_cast<std::size_t>(k + 1)] == "and")
            round = round || ctx_.funded >= 0;
          // "Vireo raised a $55M Series B. Northbeam Ventures led it": "it" is the round just told
          if (k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "it" && inside(k + 1) < 0 && (k + 2 >= n_ || clause_ends_after(k + 1)))
            round = round || s_.money_context;
          if (round) target = round_target(k);
        }
        if (target < 0) return;
        for (int a : subj) emit_ent(R::Invested, ent(a), target, k, kConfVerb, "en.invested.led_round");
        alongside(k, target);
        return;
      }
      if (w == "included" || w == "include" || w == "includes") {
        // "Other participants in the round included A, B and C", "Its investors include A and B"
        bool investors = false;
        for (int j = k - 5; j < n_ && j <= k + 6; ++j)  // "Its investors include", "included a handful of angel investors"
          if (j >= 0 && j != k && in_list(j, {"participants", "investors", "backers", "shareholders", "angels", "funders"})) investors = true;
        if (!investors) return;
        const int r = raiser(k);
        std::vector<int> who = object_after(k, "", false, 7, true);
        // "included a handful of angel investors, among them X"
        for (int j = k + 1; who.empty() && j + 1 < n_ && j <= k + 10; ++j)
          if (lw_[static_cast<std::size_t>(j)] == "among" && lw_[static_cast<std::size_t>(j + 1)] == "them") who = object_after(j + 1, "", false, 7, true);
        for (int a : who) emit_ent(R::Invested, ent(a), r, k, kConfRound, "en.invested.included");
        return;
      }
      if (w == "participation") {
        const int r = raiser(k);
        for (int a : object_after(k, "from", false, 7, true)) emit_ent(R::Invested, ent(a), r, k, kConfRound, "en.invested.participation");
        return;
      }
      if (w == "participated" || w == "participating" || (w == "part" && k >= 1 && (lw_[static_cast<std::size_t>(k - 1)] == "took" || lw_[static_cast<std::size_t>(k - 1)] == "taking"))) {
        std::vector<int> subj = subject_of(k, rel);
        if (!subj.empty()) subj = group_left(subj.back(), true);  // "with Heron Capital and angel X participating"
        const int o = round_target(k);
        for (int a : subj) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.participated");
      }
      return;
    }
    if (t.flags & kRaise) {
      std::vector<int> subj = subject_of(k, rel);
      if (subj.empty()) return;
      // "raised 2 billion won (roughly $1.4m) in a pre-Series A from A, B and C": the money words may be many
      for (int a : object_after(k, "from", false, 14, true)) emit(R::Invested, a, subj.front(), k, kConfVerb, "en.invested.raised_from");
      return;
    }
    if (by >= 0) {  // passive: "Y was founded by X", "Y, developed by X", "X was hired by Y"
      std::vector<int> patient = subject_of(k, rel);
      std::vector<int> agent = object_after(by, "", false, 7, t.type == R::Invested);
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
      }
      if (w == "spent") past = true;
      std::vector<int> subj = subject_of(k, rel);
      if ((w == "worked" || w == "works") && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "with" && !subj.empty() &&
          type(subj.front()) == EntityType::Organization) {
        // "Brindle worked with Heron engineers for a year": a collaboration between organisations
        const int o = k + 2 < n_ ? inside(k + 2) : -1;  // "worked with Heron engineers": Heron itself
        if (o >= 0 && first(o) == k + 2 && type(o) == EntityType::Organization && !pronoun(o))
          for (int a : subj) emit(R::PartneredWith, a, o, k, kConfRelative, "en.worked_with");
        return;
      }
      std::vector<int> obj = object_after(k, "at", false, w == "spent" ? 10 : 7);
      if (obj.empty() && (w == "worked" || w == "works")) obj = object_after(k, "for", false);
      // a past job ("previously worked at Y", "spent six years at Y") is both: the person worked for Y
      // and has left it (annotators write either; ANNOTATION.md's "former" reading is left)
      for (int a : subj)
        for (int o : obj) {
          emit(R::WorksFor, a, o, k, past ? kConfRound : kConfRelative, "en.worked_at");
          if (past) emit(R::Left, a, o, k, kConfRelative, "en.worked_at");
        }
      return;
    }
    std::vector<int> subj = subject_of(k, rel);
    if (subj.empty() && t.type == R::Left && k >= 2 && in_list(k - 1, {"board", "directors"}) && inside(k - 2) >= 0 &&
        genitive(inside(k - 2)) && type(inside(k - 2)) == EntityType::Organization)
      subj = {inside(k - 2)};  // "Orison AI's board ousts X"
    if (k >= 2 && lw_[static_cast<std::size_t>(k - 1)] == "to") {
      // "X left Y to found Z": the subject is the one who left, not Y
      for (int q = k - 2; q >= 0 && q >= k - 7; --q)
        if (in_list(q, {"left", "quit", "departed", "resigned", "leaving"})) {
          int r2 = -1;
          subj = subject_of(q, r2);
          break;
        }
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
      // "Ruoming Pang has left for Meta": joined Meta
      for (int a : subj)
        for (int o : object_after(k + 1, "", false))
          if (type(a) == EntityType::Person && type(o) == EntityType::Organization) emit(R::Joined, a, o, k, kConfRelative, "en.left_for");
      return;
    }
    if (t.type == R::Joined && !(t.flags & kOrgAgent) && !subj.empty() && type(subj.front()) == EntityType::Organization &&
        (k + 1 >= n_ || clause_ends_after(k) || in_list(k + 1, {"the", "in", "as"}))) {
      // "Elevation Capital and Blume Ventures joined" (the round): investors after a raise
      if (!(money_words() || ctx_.funded >= 0)) return;
      // the company the text said raised money, else the one raising in this sentence
      const int target = ctx_.funded >= 0 ? ctx_.funded : raiser(k);
      if (target >= 0)
        for (int a : subj)
          if (type(a) == EntityType::Organization && ent(a) != target) emit_ent(R::Invested, ent(a), target, k, kConfRound, "en.joined_round");
      return;
    }
    if (t.type == R::Joined && !(t.flags & kOrgAgent) && !subj.empty() && type(subj.front()) == EntityType::Person &&
        k + 1 < n_ && (in_list(k + 1, {"as", "us"}))) {
      // "Mei-Lin Cheng joins as VP of customer success", "X joins us from Y as COO": the organisation
      // in focus (a company's own post), and the one "from" names is left
      int j = k + 1;
      if (lw_[static_cast<std::size_t>(j)] == "us") ++j;
      int source = -1;
      if (j < n_ && lw_[static_cast<std::size_t>(j)] == "from") {
        const std::vector<int> o = object_after(j, "", false);
        if (!o.empty() && type(o.front()) == EntityType::Organization) {
          source = ent(o.front());
          j = last(o.back()) + 1;
        }
      }
      const std::string role = role_at(j);
      const int org = ctx_.main_org;
      if (org < 0 || (role.empty() && lw_[static_cast<std::size_t>(k + 1)] != "us")) return;
      for (int a : subj) {
        emit_ent(R::Joined, ent(a), org, k, kConfRelative, "en.joins_as");
        if (!role.empty()) emit_ent(R::WorksFor, ent(a), org, k, kConfRelative, "en.joins_as", role);
        if (source >= 0 && source != org) emit_ent(R::Left, ent(a), source, k, kConfRelative, "en.joins_from");
      }
      return;
    }
    if (t.type == R::Joined && !(t.flags & kOrgAgent) && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "from") {
      // "X, who joined from Anthropic": the organisation after "from" is the one X left; the one joined
      // is the other organisation of the sentence ("Brenner Digital is run by X, who joined from SAP")
      const std::vector<int> from = object_after(k, "from", false);
      int joined = -1;
      for (int m = 0; m < static_cast<int>(s_.mentions.size()) && first(m) < k; ++m)
        if (type(m) == EntityType::Organization && !genitive(m) && (from.empty() || ent(m) != ent(from.front()))) {
          joined = m;
          break;
        }
      for (int a : subj) {
        for (int o : from) emit(R::Left, a, o, k, kConfRelative, "en.joined_from");
        if (joined >= 0 && type(a) == EntityType::Person) emit(R::Joined, a, joined, k, kConfRound, "en.joined_from");
      }
      return;
    }
    std::string_view prep;
    if (t.flags & kPrepFrom) prep = "from";
    if (t.flags & kPrepWith) prep = "with";
    if (t.flags & kPrepTo) prep = "to";
    if (t.flags & kPrepIn) prep = "in";
    if (t.flags & kPrepInto) prep = "into";
    const bool want_product = t.type == R::Developed && !(t.flags & kLaunch);
    std::vector<int> obj = object_after(k, prep, want_product);
    if ((t.flags & kLaunch) && obj.empty()) obj = object_after(k, prep, true);
    if (t.type == R::Acquired && obj.empty()) {  // "picked up Tidewell, the scheduling app": a product right after the verb
      obj = object_after(k, prep, true);
      if (!obj.empty() && first(obj.front()) > k + 2) obj.clear();
    }
    if ((t.flags & kPrepFrom) && obj.empty()) obj = object_after(k, "", false);
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
    if (t.type == R::PartneredWith && subj.size() >= 2 && obj.empty()) {  // "X and Y partnered"
      emit(R::PartneredWith, subj[0], subj[1], k, kConfVerb, "en.partnered.pair");
      return;
    }
    if (obj.empty() && (w == "stake" || w == "stakes" || w == "invested")) {
      // "has taken stakes in other neoclouds, including CoreWeave and Lambda"
      for (int j = k + 1; j < n_ && j <= k + 8; ++j)
        if (lw_[static_cast<std::size_t>(j)] == "including") {
          obj = object_after(j, "", false, 7, true);
          break;
        }
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
      for (int j = k - 1; j > last(a) && o < 0; --j)  // "X previously worked on Naver's team before leaving"
        if (inside(j) >= 0 && type(inside(j)) == EntityType::Organization && genitive(inside(j))) o = inside(j);
      for (int j = first(subj.front()) - 1; o < 0 && j >= 0 && j >= first(subj.front()) - 6; --j)
        if (inside(j) >= 0 && type(inside(j)) == EntityType::Organization && genitive(inside(j))) o = inside(j);
      if (o >= 0 && (clause_ends_after(k) || k + 1 >= n_ || is_date_word(k + 1) || in_list(k + 1, {"last", "in", "on", "earlier", "this", "to", "after"})))
        for (int p : subj) emit(R::Left, p, o, k, kConfRelative, "en.left_title");
      return;
    }
    if (subj.empty() || obj.empty()) return;
    R type = t.type;
    if (t.flags & kLaunch) {
      if (this->type(obj.front()) == EntityType::Product) type = R::Developed;
      else if (this->type(obj.front()) == EntityType::Organization && this->type(subj.front()) == EntityType::Person) type = R::Founded;
      else return;
    }
    const char* rule = rel >= 0 && obj.front() == rel ? "en.relative" : "en.active";
    // "left Google Brain for OpenAI" (joined OpenAI), "joined DeepMind in 2019 from Spotify" (left Spotify)
    if ((t.type == R::Left && !(t.flags & (kPastWork | kHeaded))) || (t.type == R::Joined && !(t.flags & kOrgAgent))) {
      int j = skip_fillers(last(obj.back()) + 1);
      const bool left = t.type == R::Left;
      if (j < n_ && lw_[static_cast<std::size_t>(j)] == (left ? "for" : "from"))
        for (int o : object_after(j, "", false))
          for (int a : subj)
            if (this->type(a) == EntityType::Person && this->type(o) == EntityType::Organization)
              emit(left ? R::Joined : R::Left, a, o, k, kConfRelative, left ? "en.left_for" : "en.joined_from");
    }
    // "Orison AI has fired its chief executive Callum Whitford": the person left the organisation
    if (type == R::Left && (w == "fired" || w == "ousted" || w == "ousts" || w == "fires" || w == "dismissed" || w == "sacked")) {
      for (int a : subj)
        for (int o : obj)
          if (this->type(a) == EntityType::Organization && this->type(o) == EntityType::Person) emit(R::Left, o, a, k, kConfVerb, "en.fired");
      if (!subj.empty() && this->type(subj.front()) == EntityType::Organization) return;
    }
    for (int a : subj)
      for (int o : obj) {
        if (t.flags & kOrgAgent) emit(type, o, a, k, kConfVerb, rule);
        else if (t.flags & kOwns) emit(R::SubsidiaryOf, o, a, k, kConfVerb, rule);
        else emit(type, a, o, k, kConfVerb, rule);
      }
    // "X co-founded Y with Z", "which X started with Z": Z founded Y too
    if (type == R::Founded) {
      const int last_obj = s_.mentions[static_cast<std::size_t>(obj.back())].last;
      const int from = std::max(last_obj, k);
      for (int j = from + 1; j < n_ && j <= from + 4; ++j) {
        if (lw_[static_cast<std::size_t>(j)] == "with") {
          for (int z : object_after(j, "", false))
            if (this->type(z) == EntityType::Person)  // co-founders, not "with former OpenAI colleagues"
              for (int o : obj) emit(R::Founded, z, o, k, kConfRelative, "en.founded.with");
          break;
        }
        if (inside(j) >= 0 || !(is_date_word(j) || lw_[static_cast<std::size_t>(j)] == "last" ||
                                lw_[static_cast<std::size_t>(j)] == "year" || lw_[static_cast<std::size_t>(j)] == "in"))
          break;
      }
    }
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
      int j = last_obj + 1;
      if (j < n_ && lw_[static_cast<std::size_t>(j)] == "as") {
        std::string role = title_after(j + 1);
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
};

}  // namespace

std::vector<Found> apply_rules_en(const RuleContext& ctx) { return RulesEn(ctx).run(); }

}  // namespace inmaek::extract
