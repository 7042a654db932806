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
    {"exited", R::Left, 0},              {"worked", R::Left, kPastWork},      {"spent", R::Left, kPastWork},
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
                                            "after", "before", "since", "whose", "where", "though", "as"};
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
      if (inside(k) >= 0) continue;
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
    // "X, the startup backed by Y, has released": the subject stands before the parenthetical
    const int j0 = k - 1 - skipped_aux(k);
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
        const int a = j >= 1 ? ending_at(j - 1) : -1;
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
  std::vector<int> object_after(int k, std::string_view prep, bool want_product) const {
    int j = k + 1;
    if (!prep.empty()) {
      int limit = k + 7;
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
        if (is_descriptor_org(m) || (genitive(m) && !fits) || (genitive(m) && want_product)) {
          j = s_.mentions[static_cast<std::size_t>(m)].last;
          continue;
        }
        if (!fits && !want_product) return {};
        if (!fits) return {};
        return group_right(m);
      }
      const std::string& w = lw_[static_cast<std::size_t>(j)];
      if (is_boundary(w) || w == "by" || w == "and" || w == "who" || w == "which") return {};
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
                               w == "late"))
        return -1;
    }
    return -1;
  }

  // The organisation that raised money in this sentence (the subject of raised/raises/closed).
  int raiser(int k) const {
    for (int j = k - 1; j >= 0; --j) {
      const std::string& w = lw_[static_cast<std::size_t>(j)];
      if (w == "raised" || w == "raises" || w == "raising" || w == "closed" || w == "secured") {
        int rel = -1;
        std::vector<int> s = subject_of(j, rel);
        return s.empty() ? -1 : s.front();
      }
    }
    if (ctx_.previous_topic >= 0 && ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization)
      return -2 - ctx_.previous_topic;  // an entity, not a mention
    return -1;
  }

  void verb(int k, const Trigger& t) {
    const std::string& w = lw_[static_cast<std::size_t>(k)];
    if (is_irrealis_en(s_, k)) return;
    int rel = -1;
    const int by = by_after(k);
    if (t.flags & kRound) {
      if (w == "led" && by >= 0) {
        const int r = raiser(k);
        for (int a : object_after(by, "", false)) emit_ent(R::Invested, ent(a), r <= -2 ? -2 - r : (r >= 0 ? ent(r) : -1), k, kConfRound, "en.invested.led_by");
        return;
      }
      if (w == "led") {
        std::vector<int> subj = subject_of(k, rel);
        const int o = k + 1 < n_ ? inside(k + 1) : -1;
        if (o >= 0 && genitive(o) && type(o) == EntityType::Organization)
          for (int a : subj) emit(R::Invested, a, o, k, kConfVerb, "en.invested.led_round");
        return;
      }
      if (w == "participation") {
        const int r = raiser(k);
        for (int a : object_after(k, "from", false)) emit_ent(R::Invested, ent(a), r <= -2 ? -2 - r : (r >= 0 ? ent(r) : -1), k, kConfRound, "en.invested.participation");
        return;
      }
      if (w == "participated" || (w == "part" && k >= 1 && (lw_[static_cast<std::size_t>(k - 1)] == "took" || lw_[static_cast<std::size_t>(k - 1)] == "taking"))) {
        std::vector<int> subj = subject_of(k, rel);
        const int r = raiser(k);
        const int o = r <= -2 ? -2 - r : (r >= 0 ? ent(r) : -1);
        for (int a : subj) emit_ent(R::Invested, ent(a), o, k, kConfRound, "en.invested.participated");
      }
      return;
    }
    if (t.flags & kRaise) {
      std::vector<int> subj = subject_of(k, rel);
      if (subj.empty()) return;
      for (int a : object_after(k, "from", false)) emit(R::Invested, a, subj.front(), k, kConfVerb, "en.invested.raised_from");
      return;
    }
    if (by >= 0) {  // passive: "Y was founded by X", "Y, developed by X", "X was hired by Y"
      std::vector<int> patient = subject_of(k, rel);
      std::vector<int> agent = object_after(by, "", false);
      if (patient.empty() || agent.empty()) return;
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
      std::vector<int> obj = object_after(k, "at", false);
      if (obj.empty() && w == "worked") obj = object_after(k, "for", false);
      for (int a : subj)
        for (int o : obj) emit(past ? R::Left : R::WorksFor, a, o, k, kConfRelative, "en.worked_at");
      return;
    }
    std::vector<int> subj = subject_of(k, rel);
    if (t.type == R::Joined && !(t.flags & kOrgAgent) && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "from") {
      // "X, who joined from Anthropic": the organisation after "from" is the one X left
      for (int a : subj)
        for (int o : object_after(k, "from", false)) emit(R::Left, a, o, k, kConfRelative, "en.joined_from");
      return;
    }
    std::string_view prep;
    if (t.flags & kPrepFrom) prep = "from";
    if (t.flags & kPrepWith) prep = "with";
    if (t.flags & kPrepTo) prep = "to";
    if (t.flags & kPrepIn) prep = "in";
    const bool want_product = t.type == R::Developed && !(t.flags & kLaunch);
    std::vector<int> obj = object_after(k, prep, want_product);
    if ((t.flags & kLaunch) && obj.empty()) obj = object_after(k, prep, true);
    if ((t.flags & kPrepFrom) && obj.empty()) obj = object_after(k, "", false);
    if (t.type == R::PartneredWith && subj.size() >= 2 && obj.empty()) {  // "X and Y partnered"
      emit(R::PartneredWith, subj[0], subj[1], k, kConfVerb, "en.partnered.pair");
      return;
    }
    if (obj.empty() && rel >= 0) obj = {rel};  // "DeepMind, which Google acquired"
    if (subj.empty() || obj.empty()) return;
    R type = t.type;
    if (t.flags & kLaunch) {
      if (this->type(obj.front()) == EntityType::Product) type = R::Developed;
      else if (this->type(obj.front()) == EntityType::Organization && this->type(subj.front()) == EntityType::Person) type = R::Founded;
      else return;
    }
    const char* rule = rel >= 0 && obj.front() == rel ? "en.relative" : "en.active";
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
      for (int j = from + 1; j < n_ && j <= from + 2; ++j)
        if (lw_[static_cast<std::size_t>(j)] == "with") {
          for (int z : object_after(j, "", false))
            for (int o : obj) emit(R::Founded, z, o, k, kConfRelative, "en.founded.with");
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
