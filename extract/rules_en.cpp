// English relation rules (issue 6): verb patterns in active and passive voice, relative clauses,
// appositions and possessives, over the mentions of one sentence. Same Found records as the
// Korean rules; rule ids start with "en.". Descriptor phrases (appositions, titles) live in
// appositions_en.cpp. This file holds the trigger words and the entry point; the rules' class is
// declared in rules_en_class_internal.h and its members are defined by family in rules_en_*.cpp.
#include <string_view>
#include <vector>

#include "extract/rules_en_class_internal.h"

namespace inmaek::extract {
namespace rules_en {
namespace {

constexpr Trigger kTriggers[] = {
    {"founded", R::Founded, 0},          {"co-founded", R::Founded, 0},       {"cofounded", R::Founded, 0},
    {"formed", R::Founded, 0},
    {"incorporated", R::Founded, 0},     {"launch", R::Developed, kLaunch},   {"co-founding", R::Founded, 0},
    {"cofounding", R::Founded, 0},       {"founding", R::Founded, 0},     {"followed", R::Invested, 0},        {"follows", R::Invested, 0},
    {"established", R::Founded, 0},      {"started", R::Founded, kLaunch},    {"launched", R::Developed, kLaunch},
    {"launches", R::Developed, kLaunch}, {"left", R::Left, 0},                {"leaving", R::Left, 0},            {"leaves", R::Left, 0},
    {"quit", R::Left, 0},                {"quits", R::Left, 0},               {"resigned", R::Left, kPrepFrom},
    {"departed", R::Left, 0},            {"ousted", R::Left, kPrepFrom},      {"fired", R::Left, kPrepFrom},
    {"ousts", R::Left, kPrepFrom},       {"fires", R::Left, kPrepFrom},       {"dismissed", R::Left, kPrepFrom},
    {"sacked", R::Left, kPrepFrom},
    {"exited", R::Left, 0},              {"worked", R::Left, kPastWork},      {"works", R::WorksFor, kPastWork},      {"counts", R::Invested, 0},
    {"count", R::Invested, 0},            {"counted", R::Invested, 0},          {"lead", R::Invested, kRound},        {"hire", R::Joined, kOrgAgent},      {"become", R::Joined, 0},      {"spent", R::Left, kPastWork},
    {"joined", R::Joined, 0},            {"joins", R::Joined, 0},             {"rejoined", R::Joined, 0},
    {"hired", R::Joined, kOrgAgent},     {"hires", R::Joined, kOrgAgent},     {"recruited", R::Joined, kOrgAgent},
    {"hiring", R::Joined, kOrgAgent},    {"tapped", R::Joined, kOrgAgent},    {"welcomed", R::Joined, kOrgAgent},
    {"welcomes", R::Joined, kOrgAgent},
    {"re-hiring", R::Joined, kOrgAgent}, {"rehiring", R::Joined, kOrgAgent},  {"re-hired", R::Joined, kOrgAgent},
    {"rehired", R::Joined, kOrgAgent},   {"roped", R::Joined, kOrgAgent},     {"lured", R::Joined, kOrgAgent},     {"brought", R::Joined, kOrgAgent},
    {"poached", R::Joined, kOrgAgent},   {"moved", R::Joined, kPrepTo},       {"coming", R::Joined, kPrepTo},      {"decamped", R::Joined, kPrepTo},      {"defected", R::Joined, kPrepTo},      {"defects", R::Joined, kPrepTo},      {"parted", R::Left, kPrepWith},      {"came", R::Joined, kPrepTo},      {"returns", R::Joined, kPrepTo},     {"returning", R::Joined, kPrepTo},
    {"committed", R::Invested, kPrepTo},       {"returned", R::Joined, kPrepTo},
    {"invested", R::Invested, kPrepIn},  {"invests", R::Invested, kPrepIn},   {"backed", R::Invested, 0},
    {"funded", R::Invested, 0},          {"led", R::Invested, kRound},        {"participated", R::Invested, kRound},
    {"participation", R::Invested, kRound}, {"part", R::Invested, kRound},    {"raised", R::Invested, kRaise},
    {"among", R::Invested, kRound},
    {"raises", R::Invested, kRaise},     {"released", R::Developed, 0},       {"releases", R::Developed, 0},
    {"unveiled", R::Developed, 0},       {"unveils", R::Developed, 0},        {"developed", R::Developed, 0},
    {"develops", R::Developed, 0},       {"built", R::Developed, 0},          {"build", R::Developed, 0},
    {"builds", R::Developed, 0},         {"makes", R::Developed, 0},          {"develop", R::Developed, 0},
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
    {"years", R::Left, kPastWork},       {"decade", R::Left, kPastWork},      {"decades", R::Left, kPastWork},       {"included", R::Invested, kRound},   {"include", R::Invested, kRound},
    {"includes", R::Invested, kRound},   {"including", R::Invested, kRound},  {"investors", R::Invested, kRound},
    {"backers", R::Invested, kRound},    {"shareholders", R::Invested, kRound},
    // bare forms; they fire only where the modality check lets them ("left X to found Y")
    {"co-led", R::Invested, kRound},     {"backs", R::Invested, 0},           {"snapped", R::Acquired, kParticle},
    {"snapping", R::Acquired, kParticle}, {"picked", R::Acquired, kParticle},
    {"set", R::Founded, kParticle},      {"spun", R::Founded, kParticle},     {"stepped", R::Left, kParticle},
    {"stepping", R::Left, kParticle},    {"walked", R::Left, kParticle},      {"walking", R::Left, kParticle},
    {"secured", R::Invested, kRaise},    {"known", R::Developed, 0},    {"buying", R::Acquired, 0},          {"acquiring", R::Acquired, 0},
    {"stake", R::Invested, kPrepIn},     {"stakes", R::Invested, kPrepIn},    {"open-sourced", R::Developed, 0},
    {"investment", R::Invested, kNominal}, {"chaired", R::WorksFor, kLeadBy}, {"run", R::WorksFor, kLeadBy},
    {"leads", R::WorksFor, kHeaded},     {"releasing", R::Developed, 0},      {"leading", R::Invested, kRound},
    {"building", R::Developed, 0},       {"developing", R::Developed, 0},     {"shipped", R::Developed, 0},
    {"ships", R::Developed, 0},          {"rolled", R::Developed, 0},
    {"co-developed", R::Developed, 0},   {"co-created", R::Developed, 0},     {"co-designed", R::Developed, 0},
    {"launching", R::Developed, kLaunch}, {"joining", R::Joined, 0},           {"found", R::Founded, 0},            {"start", R::Founded, kLaunch},      {"join", R::Joined, 0},
    {"co-found", R::Founded, 0},         {"invest", R::Invested, kPrepIn},    {"acquire", R::Acquired, 0},
    {"buy", R::Acquired, 0},
    {"retired", R::Left, kPrepFrom},     {"retires", R::Left, kPrepFrom},     {"retiring", R::Left, kPrepFrom},
    {"gave", R::Left, kParticle},        {"giving", R::Left, kParticle},
    {"pushed", R::Left, kParticle},      {"forced", R::Left, kParticle},      {"eased", R::Left, kParticle},
    {"putting", R::Invested, kPrepInto}, {"puts", R::Invested, kPrepInto},    {"pumped", R::Invested, kPrepInto},
    {"partner", R::PartneredWith, kPrepWith},  {"put", R::Invested, kPrepInto},  {"chipped", R::Invested, 0},  {"contributed", R::Invested, kPrepTo},
    // money from investors: "closed a $6.5M seed from X", "landed R$40 million from X"
    {"closed", R::Invested, kRaise},     {"closes", R::Invested, kRaise},     {"secures", R::Invested, kRaise},
    {"landed", R::Invested, kRaise},     {"lands", R::Invested, kRaise},      {"bagged", R::Invested, kRaise},
    {"netted", R::Invested, kRaise},     {"nabbed", R::Invested, kRaise},     {"snagged", R::Invested, kRaise},
};

}  // namespace

std::vector<Found> RulesEn::run() {
  appositions(*this, out_);
  tracker_line();
  participant_line();
  for (int k = 0; k < n_; ++k) {
    owned_modifier(k);
    product_maker(k);
    if (inside(k) >= 0) continue;
    if (in_list(k, {"subsidiary", "unit", "division", "affiliate", "arm"})) as_subsidiary(k);
    if (in_list(k, {"subsidiary", "unit", "division", "arm", "branch"})) opened_unit(k);
    if (in_list(k, {"subsidiary", "unit", "division", "arm", "lab", "laboratory", "hub", "affiliate", "group", "accelerator", "incubator"}))
      possessors_unit(k);
    if (in_list(k, {"is", "was", "remains"})) product_is(k);
    if (in_list(k, {"launched", "released", "built", "developed", "unveiled", "introduced", "shipped", "makes", "sells"})) product_the_maker_launched(k);
    if (in_list(k, {"sold", "sells"})) sold_to(k);
    if (in_list(k, {"paid", "pays", "paying"})) paid_for(k);
    if (lw_[static_cast<std::size_t>(k)] == "venture" && k >= 1 && lw_[static_cast<std::size_t>(k - 1)] == "joint") joint_venture(k);
    if (lw_[static_cast<std::size_t>(k)] == "behind") team_behind(k);
    if (lw_[static_cast<std::size_t>(k)] == "among") among_investors(k);
    if (in_list(k, {"investor", "investors", "backer", "backers", "shareholder", "shareholders"})) investor_was(k);
    if (in_list(k, {"co-founder", "cofounder"})) co_founder_is(k);
    if (in_list(k, {"joined", "joins", "join"})) joined_body(k);
    if (in_list(k, {"co-founders", "cofounders", "founders"})) founders_are(k);
    if (lw_[static_cast<std::size_t>(k)] == "parent") parent_company(k);
    if (lw_[static_cast<std::size_t>(k)] == "whose") whose_product(k);
    // (an agreement only with a word that makes it a partnership: "a joint development agreement with Y")
    if (in_list(k, {"collaboration", "partnership", "cooperation", "alliance"}) ||
        (in_list(k, {"agreement", "deal", "pact"}) && k >= 1 &&
         in_list(k - 1, {"development", "partnership", "distribution", "licensing", "supply", "cooperation", "collaboration", "strategic",
                         "commercial", "research"})))
      in_collaboration(k);
    if (lw_[static_cast<std::size_t>(k)] == "from") money_from(k);
    if (lw_[static_cast<std::size_t>(k)] == "joined" && k + 1 < n_ && lw_[static_cast<std::size_t>(k + 1)] == "by") round_joined_by(k);
    if (lw_[static_cast<std::size_t>(k)] == "came") came_in(k);
    if (lw_[static_cast<std::size_t>(k)] == "following") following_on(k);
    if (in_list(k, {"cheque", "check", "cheques", "checks"})) wrote_cheque(k);
    if (in_list(k, {"arrived", "arrives", "came", "comes"})) arrived_from(k);
    if (in_list(k, {"lost", "loses"})) lost_to(k);
    if (lw_[static_cast<std::size_t>(k)] == "day") final_day(k);
    if (in_list(k, {"head", "lead", "run", "oversee"})) to_head(k);
    if (in_list(k, {"stint", "tenure"})) stint(k);
    if (in_list(k, {"led", "leads", "oversaw", "oversees", "headed", "heads", "ran", "runs"})) led_work_on(k);
    if (in_list(k, {"left", "quit", "departed", "exited"})) founders_left(k);
    if (lw_[static_cast<std::size_t>(k)] == "including") angels_including(k);
    if (in_list(k, {"subsidiaries", "units", "affiliates", "divisions", "agencies", "brands"})) subsidiaries_including(k);
    // "Lumia Labs CEO Han Seo-yeon, left, and CTO Taemin Oh": a caption's position, no departure
    if (lw_[static_cast<std::size_t>(k)] == "left" && k >= 1 && s_.tokens[static_cast<std::size_t>(k - 1)].comma_after &&
        (s_.tokens[static_cast<std::size_t>(k)].comma_after || s_.tokens[static_cast<std::size_t>(k)].close_after))
      continue;
    // "the newly formed Meta Superintelligence Labs", "a recently formed unit": an adjective, no founding told
    if (lw_[static_cast<std::size_t>(k)] == "formed" && k >= 1 && in_list(k - 1, {"newly", "recently", "freshly", "just", "the", "a", "an"}))
      continue;
    for (const Trigger& t : kTriggers)
      if (lw_[static_cast<std::size_t>(k)] == t.word) {
        verb(k, t);
        break;
      }
  }
  return std::move(out_);
}

}  // namespace rules_en

std::vector<Found> apply_rules_en(const RuleContext& ctx) { return rules_en::RulesEn(ctx).run(); }

}  // namespace inmaek::extract
