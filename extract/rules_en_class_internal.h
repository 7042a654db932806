#pragma once
// The English relation rules over one sentence (class RulesEn): the trigger words' flags, and the
// members, defined by family in rules_en.cpp (the trigger table and the entry point),
// rules_en_verbs.cpp, rules_en_subjects_objects.cpp, rules_en_people.cpp, rules_en_money.cpp and
// rules_en_companies.cpp.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/english_words.h"
#include "extract/extractor_internal.h"
#include "extract/rules_en_internal.h"

namespace inmaek::extract::rules_en {

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

constexpr double kConfVerb = 0.85, kConfPassive = 0.85, kConfRelative = 0.8, kConfRound = 0.75;

bool is_aux(std::string_view w);
bool is_boundary(std::string_view w);

class RulesEn : public SentenceEn {
 public:
  explicit RulesEn(const RuleContext& ctx) : SentenceEn(ctx) {}

  std::vector<Found> run();  // rules_en.cpp

 private:
  // rules_en_subjects_objects.cpp
  int skip_fillers(int k) const;
  std::vector<int> subject_of(int k, int& relative) const;
  int skipped_aux(int k) const;
  std::vector<int> object_after(int k, std::string_view prep, bool want_product, int reach = 7, bool investors = false) const;
  int by_after(int k) const;
  static bool lower_word(std::string_view t);
  bool in_list(int k, std::initializer_list<std::string_view> list) const;
  int reduced_head(int m) const;
  // The one organisation named between tokens from and to (exclusive), or -1 when none or several; with
  // after_at, only one named right after "at" and not a possessive counts as found ("an analyst at Y before joining").
  int only_org_between(int from, int to, bool after_at) const;
  int source_after(int k) const;
  std::string role_at(int j) const;
  bool clause_ends_after(int k) const;

  // rules_en_people.cpp
  void hire(int k, const Trigger& t, std::vector<int> subj, int rel);
  void headed(int k, const Trigger& t);
  // j: the token after the verb phrase ("stepped down |as", "retired |as"); k + 2 when -1
  void step_down(int k, int j = -1);
  bool post_given_up(int k, int from);
  void led_by(int k, int by);

  // rules_en_money.cpp
  int raise_verb_before(int k) const;
  bool picked_up_money(int j) const;
  bool money_put_in(int k) const;
  int raiser(int k) const;
  int round_target(int k) const;
  // "Zeta Labs's Series A, which closed in May, was led by": the organisation whose round a possessive before k names, or
  // -1 (with `references`, a reference's too: "Our seed round was led by X")
  int round_owner_before(int k, bool references) const;
  void alongside(int k, int target);
  // "X co-founded Y with Z", "left to start Y with Z": the people after "with" (past a time or a place) founded Y too.
  void cofounders_with(int from, const std::vector<int>& obj, int k);
  std::vector<int> with_angels(std::vector<int> list) const;
  int round_company_after(int k) const;
  bool money_words() const;
  void money_from(int k);
  void came_in(int k);
  void following_on(int k);
  int round_told(int k, int otherwise) const;
  void wrote_cheque(int k);
  void arrived_from(int k);
  void lost_to(int k);
  void participant_line();
  void final_day(int k);
  void to_head(int k);
  void stint(int k);
  void led_work_on(int k);
  void founders_left(int k);
  void angels_including(int k);
  // "a round led by A and joined by B and by C": those the round was joined by invested in it
  void round_joined_by(int k);
  void as_did(int k, int target);

  // rules_en_companies.cpp
  void nominal(int k, const Trigger& t);
  void deal(int k);
  void owned_modifier(int k);
  void opened_unit(int k);
  void subsidiaries_including(int k);
  void product_maker(int k);
  void sold_to(int k);
  void paid_for(int k);
  void joint_venture(int k);
  void tracker_line();
  void team_behind(int k);
  void person_behind(int k);
  void possessors_unit(int k);
  void product_is(int k);
  void product_the_maker_launched(int k);
  void among_investors(int k);
  void investor_was(int k);
  void co_founder_is(int k);
  void joined_body(int k);
  void founders_are(int k);
  void parent_company(int k);
  void whose_product(int k);
  void in_collaboration(int k);
  void as_subsidiary(int k);

  // rules_en_verbs.cpp
  void verb(int k, const Trigger& t);
  int departure_before(int k, int reach, bool resigned_leaving = true) const;
  // Between tokens `from` and `to` (exclusive) a stake ("a 30% stake in", "a controlling interest in"):
  // -1 none, 0 a stake short of control, 1 a controlling, majority or 50%-and-more one
  int stake_control(int from, int to) const;
};

}  // namespace inmaek::extract::rules_en
